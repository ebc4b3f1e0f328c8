package dev.weft.runtime.interpreter;

import dev.weft.runtime.compiler.CodeGenerator;
import dev.weft.runtime.compiler.PySyntaxError;
import dev.weft.runtime.compiler.Tokenizer;
import dev.weft.runtime.modules.BuiltinModules;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.ExceptionMethods;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code import}: modules already in {@code sys.modules}, then the built-in modules, then a {@code
 * .py} file in the main program's directory, compiled and run in a new module that is registered
 * before its body runs (so circular imports see the partial module, as in CPython).
 */
public final class Imports {
  private Imports() {}

  static void importName(ThreadState ts, Frame f, int i) {
    PyStr name = f.code.names[i];
    PyObject fromlist = Stack.peek(f, 1);
    PyObject level = Stack.peek(f, 2);
    if (level instanceof PyInt l && l.signum() != 0) {
      throw Exc.raise(
          ts, Exc.ImportError, "attempted relative import with no known parent package");
    }
    PyModule module = importModule(ts, name.value);
    PyObject result = module;
    boolean hasFromlist = fromlist instanceof PyTuple t && t.items.length > 0;
    if (!hasFromlist && name.value.contains(".")) {
      result = importModule(ts, name.value.substring(0, name.value.indexOf('.')));
      Ops.decref(ts, module);
    }
    Stack.replace(ts, f, 2, result);
  }

  static void importFrom(ThreadState ts, Frame f, int i) {
    PyStr name = f.code.names[i];
    PyObject module = Stack.peek(f, 1);
    PyObject v = Ops.getattrOrNull(ts, module, name);
    if (v == null) {
      String modName = module instanceof PyModule m ? m.name() : "?";
      PyObject file = module instanceof PyModule m ? m.dict.getString("__file__") : null;
      String where = file instanceof PyStr s ? " (" + s.value + ")" : " (unknown location)";
      PyException e =
          Exc.raise(
              ts,
              Exc.ImportError,
              "cannot import name '" + name.value + "' from '" + modName + "'" + where);
      e.value.dict(ts).putStringSteal(ts, "name", PyStr.of(ts, modName));
      throw e;
    }
    Stack.push(f, v);
  }

  static void importStar(ThreadState ts, Frame f, PyObject module) {
    if (!(module instanceof PyModule m) || !(f.locals instanceof PyDict target)) {
      throw Exc.raise(ts, Exc.SystemError, "import * needs a module and a namespace");
    }
    PyObject all = m.dict.getString("__all__");
    if (all != null) {
      PyObject it = Ops.iter(ts, all);
      try {
        PyObject n;
        while ((n = Ops.next(ts, it)) != null) {
          try {
            PyObject v = Ops.getattr(ts, m, (PyStr) n);
            target.put(ts, n, v);
            Ops.decref(ts, v);
          } finally {
            Ops.decref(ts, n);
          }
        }
      } finally {
        Ops.decref(ts, it);
      }
      return;
    }
    PyDict d = m.dict;
    for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
      if (d.keyAt(p) instanceof PyStr k && !k.value.startsWith("_")) {
        target.put(ts, k, d.valueAt(p));
      }
    }
  }

  /** The module named {@code name} (a new reference), importing it if needed. */
  public static PyModule importModule(ThreadState ts, String name) {
    if (ts.runtime.modules.getString(name) instanceof PyModule m) {
      return Ops.newRef(ts, m);
    }
    // One import at a time, so two threads never run one module's body twice; a thread waiting
    // for the lock waits detached.
    java.util.concurrent.locks.ReentrantLock lock = ts.runtime.importLock;
    if (!lock.tryLock()) {
      ts.detach();
      lock.lock();
      ts.attach();
    }
    try {
      return importLocked(ts, name);
    } finally {
      lock.unlock();
    }
  }

  private static PyModule importLocked(ThreadState ts, String name) {
    PyDict modules = ts.runtime.modules;
    if (modules.getString(name) instanceof PyModule m) {
      return Ops.newRef(ts, m);
    }
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      String parent = name.substring(0, dot);
      PyModule nativeChild = BuiltinModules.create(ts, name);
      if (nativeChild != null) {
        // A submodule written in Java (collections.abc) is made first, because its parent's own
        // creation imports it; then the parent, which CPython's import always loads too.
        modules.putString(ts, name, nativeChild);
        Ops.decref(ts, importLocked(ts, parent));
        return nativeChild;
      }
      // A submodule: its parent first, which may register it (os registers os.path).
      Ops.decref(ts, importLocked(ts, parent));
      if (modules.getString(name) instanceof PyModule m) {
        return Ops.newRef(ts, m);
      }
      PyException e =
          Exc.raise(
              ts,
              Exc.ModuleNotFoundError,
              "No module named '" + name + "'; '" + parent + "' is not a package");
      e.value.dict(ts).putString(ts, "name", PyStr.intern(name));
      throw e;
    }
    PyModule builtin = BuiltinModules.create(ts, name);
    if (builtin != null) {
      modules.putString(ts, name, builtin);
      return builtin;
    }
    if (!name.contains(".")) {
      PyModule found = searchPath(ts, name);
      if (found != null) {
        return found;
      }
    }
    String library = librarySource(name);
    if (library != null) {
      return loadLibrary(ts, name, LIBRARY_PREFIX + name + ".py", library);
    }
    PyException e = Exc.raise(ts, Exc.ModuleNotFoundError, "No module named '" + name + "'");
    e.value.dict(ts).putString(ts, "name", PyStr.intern(name));
    throw e;
  }

  /**
   * The module {@code name} from the first directory of {@code sys.path} that has {@code name.py},
   * or null. {@code sys.path[0]} is the main program's directory; a program may add its own ({@code
   * sys.path.insert(0, "lib")}); "" is the working directory.
   */
  private static PyModule searchPath(ThreadState ts, String name) {
    PyObject path = ts.runtime.sys == null ? null : ts.runtime.sys.dict.getString("path");
    if (!(path instanceof PyList list)) {
      return null;
    }
    for (int i = 0; ; i++) {
      PyObject entry = list.getItemRef(ts, i);
      if (entry == null) {
        return null;
      }
      try {
        if (!(entry instanceof PyStr dir)) {
          continue;
        }
        Path file = Path.of(dir.value).resolve(name + ".py");
        if (!Files.isRegularFile(file)) {
          continue;
        }
        Path main = ts.runtime.searchPath;
        boolean mainDir =
            main != null && Path.of(dir.value).toAbsolutePath().equals(main.toAbsolutePath());
        return mainDir ? loadFile(ts, name, main.resolve(name + ".py")) : loadFile(ts, name, file);
      } finally {
        Ops.decref(ts, entry);
      }
    }
  }

  /**
   * Where the standard-library modules Weft writes in Python ({@code threading}, {@code queue}) say
   * they come from; they are resources of the runtime jar.
   */
  public static final String LIBRARY_PREFIX = "<weft>/lib/";

  /** The source of a library module written in Python, or null. */
  public static String librarySource(String name) {
    if (name.contains(".") || name.contains("/")) {
      return null;
    }
    try (java.io.InputStream in =
        Imports.class.getResourceAsStream("/dev/weft/runtime/lib/" + name + ".py")) {
      return in == null
          ? null
          : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  private static PyModule loadLibrary(ThreadState ts, String name, String filename, String source) {
    try {
      return run(ts, name, new PyCode(CodeGenerator.compile(filename, source)), filename);
    } catch (PySyntaxError e) {
      throw ExceptionMethods.syntaxError(ts, e);
    }
  }

  private static PyModule loadFile(ThreadState ts, String name, Path file) {
    Path main = ts.runtime.searchPath;
    String filename =
        main != null && main.equals(Path.of("")) ? file.getFileName().toString() : file.toString();
    return run(ts, name, compileFile(ts, file, filename), file.toAbsolutePath().toString());
  }

  /** Runs a new module's code in it, registered in {@code sys.modules} first. */
  private static PyModule run(ThreadState ts, String name, PyCode code, String file) {
    PyModule module = new PyModule(ts, name);
    module.dict.putStringSteal(ts, "__file__", PyStr.of(ts, file));
    ts.runtime.modules.putString(ts, name, module);
    try {
      execute(ts, code, module);
    } catch (PyException e) {
      Ops.xdecref(ts, ts.runtime.modules.pop(ts, PyStr.intern(name)));
      Ops.decref(ts, module);
      throw e;
    }
    return module;
  }

  /** Compiles a source file; a syntax error becomes a Python SyntaxError. */
  public static PyCode compileFile(ThreadState ts, Path file, String filename) {
    try {
      String source = Tokenizer.decode(Files.readAllBytes(file), filename);
      return new PyCode(CodeGenerator.compile(filename, source));
    } catch (PySyntaxError e) {
      throw ExceptionMethods.syntaxError(ts, e);
    } catch (IOException e) {
      throw Exc.raise(ts, Exc.OSError, e.getMessage());
    }
  }

  /** Runs module code with the module's dict as globals and locals. */
  public static void execute(ThreadState ts, PyCode code, PyModule module) {
    PyDict globals = module.dict;
    if (globals.getString("__builtins__") == null) {
      globals.putString(ts, "__builtins__", ts.runtime.builtins);
    }
    Ops.incref(ts, globals);
    Frame frame = new Frame(ts, code, null, globals, ts.runtime.builtins.dict, globals);
    PyObject r = Interpreter.run(ts, frame);
    Ops.decref(ts, r == null ? PySingleton.NONE : r);
  }
}
