package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyMethod;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyType;

/** How error messages name a callable: {@code f()}, {@code C.m()}, {@code len()}. */
final class CallNames {
  private CallNames() {}

  /** CPython's {@code _PyObject_FunctionStr}: {@code module.qualname()} for functions. */
  static String functionStr(PyObject callable) {
    if (callable instanceof dev.weft.runtime.objects.PyFunction f) {
      String module = f.module instanceof dev.weft.runtime.objects.PyStr s ? s.value : null;
      return (module == null || module.equals("builtins") ? "" : module + ".")
          + f.qualname.value
          + "()";
    }
    if (callable instanceof PyMethod m) {
      return functionStr(m.function);
    }
    return describe(callable);
  }

  static String describe(PyObject callable) {
    return switch (callable) {
      case PyFunction f -> f.qualname.value + "()";
      case PyMethod m -> describe(m.function);
      case PyBuiltin b -> b.name + "()";
      case PyType t -> t.name + "()";
      default -> callable.typeName() + " object";
    };
  }
}
