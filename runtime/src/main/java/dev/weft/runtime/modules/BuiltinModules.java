package dev.weft.runtime.modules;

import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.threads.ThreadState;

/** The modules written in Java, by name; null for a name that is not one of them. */
public final class BuiltinModules {
  private BuiltinModules() {}

  public static PyModule create(ThreadState ts, String name) {
    return switch (name) {
      case "__future__" -> FutureModule.create(ts);
      case "time" -> TimeModule.create(ts);
      case "_thread" -> ThreadModule.create(ts);
      case "operator" -> OperatorModule.create(ts);
      case "copy" -> CopyModule.create(ts);
      case "itertools" -> ItertoolsModule.create(ts);
      case "functools" -> FunctoolsModule.create(ts);
      case "math" -> MathModule.create(ts);
      case "string" -> StringModule.create(ts);
      case "random" -> RandomModule.create(ts);
      case "heapq" -> HeapqModule.create(ts);
      case "bisect" -> BisectModule.create(ts);
      case "dataclasses" -> DataclassesModule.create(ts);
      case "array" -> ArrayModule.create(ts);
      case "struct" -> StructModule.create(ts);
      case "io" -> IoModule.create(ts);
      case "os" -> OsModule.create(ts);
      case "posixpath" -> PosixPath.create(ts);
      case "collections" -> CollectionsModule.create(ts);
      case "collections.abc" -> AbcModules.collectionsAbc(ts);
      case "abc" -> AbcModules.abc(ts);
      case "typing" -> TypingModule.create(ts);
      case "types" -> TypesModule.create(ts);
      default -> null;
    };
  }
}
