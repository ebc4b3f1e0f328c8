package dev.weft.runtime.modules;

import dev.weft.runtime.interpreter.Imports;
import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Bootstrap;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyBytes;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code os}, the basic part: the path constants, {@code os.path} (the {@code posixpath} module,
 * also importable as {@code os.path}), {@code environ} and {@code getenv}, the process's id and CPU
 * count, the working directory, and listing, making and removing files and directories. Not yet:
 * {@code stat}, {@code walk}, {@code scandir}, file descriptors, processes.
 *
 * <p>{@code environ} is a dict of type {@code os._Environ}, filled in the process's order; storing
 * into it does not reach the process's environment (the JVM cannot change it), so child processes,
 * which Weft cannot start anyway, would not see it.
 */
final class OsModule {
  private OsModule() {}

  static final PyType ENVIRON = PyType.builtin("os._Environ", PyDict.TYPE, PyType.BASETYPE, null);

  private static boolean ready;

  private static synchronized void ready(ThreadState ts) {
    if (ready) {
      return;
    }
    Bootstrap.ready(ENVIRON);
    ENVIRON.qualname = "_Environ";
    ENVIRON.dict.putString(ts, "__module__", PyStr.intern("os"));
    ENVIRON.dict.putString(
        ts,
        "__repr__",
        PyBuiltin.method(
            ENVIRON,
            "__repr__",
            0,
            (PyBuiltin.F0) (t, s) -> PyStr.of(t, environRepr(t, (PyDict) s))));
    ENVIRON.dict.putString(
        ts,
        "__setitem__",
        PyBuiltin.method(
            ENVIRON,
            "__setitem__",
            2,
            (PyBuiltin.F2)
                (t, s, k, v) -> {
                  for (PyObject o : new PyObject[] {k, v}) {
                    if (!(o instanceof PyStr)) {
                      throw Exc.typeError(t, "str expected, not " + o.typeName());
                    }
                  }
                  ((PyDict) s).put(t, k, v);
                  return PySingleton.NONE;
                }));
    ENVIRON.modified();
    ready = true;
  }

  /** {@code environ({'K': 'v', ...})}, as {@code os._Environ.__repr__} prints it. */
  private static String environRepr(ThreadState ts, PyDict d) {
    StringBuilder sb = new StringBuilder("environ({");
    for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
      if (sb.length() > 9) {
        sb.append(", ");
      }
      PyObject k = d.keyAt(p), v = d.valueAt(p);
      Ops.incref(ts, k);
      Ops.incref(ts, v);
      try {
        sb.append(Ops.reprString(ts, k)).append(": ").append(Ops.reprString(ts, v));
      } finally {
        Ops.decref(ts, k);
        Ops.decref(ts, v);
      }
    }
    return sb.append("})").toString();
  }

  static PyModule create(ThreadState ts) {
    ready(ts);
    PyModule m = new PyModule(ts, "os");
    String[][] constants = {
      {"name", "posix"},
      {"sep", "/"},
      {"extsep", "."},
      {"pathsep", ":"},
      {"linesep", "\n"},
      {"curdir", "."},
      {"pardir", ".."},
      {"defpath", "/bin:/usr/bin"},
      {"devnull", "/dev/null"}
    };
    for (String[] c : constants) {
      m.put(ts, c[0], PyStr.intern(c[1]));
    }
    m.put(ts, "altsep", PySingleton.NONE);
    m.put(ts, "error", Exc.OSError);
    PyModule path = Imports.importModule(ts, "posixpath");
    m.put(ts, "path", path);
    ts.runtime.modules.putString(ts, "os.path", path);
    Ops.decref(ts, path);
    m.dict.putStringSteal(ts, "environ", environ(ts));
    fn(m, ts, "getenv", OsModule::getenv);
    fn(m, ts, "getcwd", (t, s, a, o, n, k) -> PyStr.of(t, cwd()));
    fn(
        m,
        ts,
        "getcwdb",
        (t, s, a, o, n, k) -> new PyBytes(t, cwd().getBytes(StandardCharsets.UTF_8)));
    fn(m, ts, "getpid", (t, s, a, o, n, k) -> PyInt.of(t, ProcessHandle.current().pid()));
    fn(
        m,
        ts,
        "getppid",
        (t, s, a, o, n, k) ->
            PyInt.of(t, ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
    fn(
        m,
        ts,
        "cpu_count",
        (t, s, a, o, n, k) -> PyInt.of(t, Runtime.getRuntime().availableProcessors()));
    fn(
        m,
        ts,
        "urandom",
        (t, s, a, o, n, k) -> {
          ArgParser.checkPositional(t, "urandom", n, 1, 1);
          long size = Ops.index(t, a[o]);
          if (size < 0) {
            throw Exc.valueError(t, "negative argument not allowed");
          }
          byte[] b = new byte[(int) size];
          RandomType.ENTROPY.nextBytes(b);
          return new PyBytes(t, b);
        });
    fn(
        m,
        ts,
        "fspath",
        (t, s, a, o, n, k) -> {
          ArgParser.checkPositional(t, "fspath", n, 1, 1);
          PosixPath.P p = PosixPath.fspath(t, a[o]);
          return PosixPath.out(t, p.s(), p.bytes());
        });
    fn(m, ts, "listdir", OsModule::listdir);
    fn(m, ts, "mkdir", (t, s, a, o, n, k) -> mkdir(t, a, o, n, k, false));
    fn(m, ts, "makedirs", (t, s, a, o, n, k) -> mkdir(t, a, o, n, k, true));
    fn(m, ts, "remove", (t, s, a, o, n, k) -> remove(t, a, o, n, k, "remove", false));
    fn(m, ts, "unlink", (t, s, a, o, n, k) -> remove(t, a, o, n, k, "unlink", false));
    fn(m, ts, "rmdir", (t, s, a, o, n, k) -> remove(t, a, o, n, k, "rmdir", true));
    fn(m, ts, "rename", (t, s, a, o, n, k) -> rename(t, a, o, n, "rename"));
    fn(m, ts, "replace", (t, s, a, o, n, k) -> rename(t, a, o, n, "replace"));
    return m;
  }

  private static void fn(PyModule m, ThreadState ts, String name, PyBuiltin.FN impl) {
    m.put(ts, name, PyBuiltin.function(name, 0, impl));
  }

  private static String cwd() {
    return System.getProperty("user.dir");
  }

  /** The process's environment in its own order ({@code /proc/self/environ}, else the JVM's). */
  private static PyDict environ(ThreadState ts) {
    PyDict env = (PyDict) ENVIRON.factory.create(ts, ENVIRON);
    java.util.Map<String, String> vars = new java.util.LinkedHashMap<>();
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc/self/environ"));
      for (String entry : new String(raw, StandardCharsets.UTF_8).split("\0")) {
        int eq = entry.indexOf('=', 1);
        if (eq > 0) {
          vars.putIfAbsent(entry.substring(0, eq), entry.substring(eq + 1));
        }
      }
    } catch (IOException | RuntimeException e) {
      vars.clear();
    }
    vars.keySet().retainAll(System.getenv().keySet());
    for (java.util.Map.Entry<String, String> e : System.getenv().entrySet()) {
      vars.putIfAbsent(e.getKey(), e.getValue());
    }
    for (java.util.Map.Entry<String, String> e : vars.entrySet()) {
      PyStr k = PyStr.of(ts, e.getKey()), v = PyStr.of(ts, e.getValue());
      env.put(ts, k, v);
      Ops.decref(ts, k);
      Ops.decref(ts, v);
    }
    return env;
  }

  /** {@code getenv(key, default=None)}: {@code environ.get(key, default)}. */
  private static PyObject getenv(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "getenv", a, off, n, kw, "key", "default");
    if (!p.has(0)) {
      throw Exc.typeError(ts, "getenv() missing 1 required positional argument: 'key'");
    }
    PyObject key = p.get(0);
    if (!(key instanceof PyStr k)) {
      throw Exc.typeError(ts, "str expected, not " + key.typeName());
    }
    PyObject env =
        ts.runtime.modules.getString("os") instanceof PyModule os
            ? os.dict.getString("environ")
            : null;
    PyObject v = env instanceof PyDict d ? d.getRef(ts, k, k.hash()) : null;
    return v != null ? v : Ops.newRef(ts, p.get(1, PySingleton.NONE));
  }

  private static PyObject listdir(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "listdir", a, off, n, kw, "path");
    PyObject arg = p.get(0, PySingleton.NONE);
    boolean bytes = arg instanceof PyBytes;
    PyObject shown = arg == PySingleton.NONE ? PyStr.intern(".") : arg;
    Path dir = OsFiles.required(ts, shown, "listdir");
    PyList out = new PyList(ts);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path e : entries) {
        String name = e.getFileName().toString();
        out.appendSteal(
            ts,
            bytes ? new PyBytes(ts, name.getBytes(StandardCharsets.UTF_8)) : PyStr.of(ts, name));
      }
    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
      Ops.decref(ts, out);
      IOException io = e instanceof IOException x ? x : (IOException) e.getCause();
      throw OsFiles.error(ts, io, shown, null);
    }
    return out;
  }

  /** {@code mkdir(path, mode=0o777)}, or {@code makedirs(name, mode=0o777, exist_ok=False)}. */
  private static PyObject mkdir(
      ThreadState ts, PyObject[] a, int off, int n, PyTuple kw, boolean parents) {
    ArgParser p =
        parents
            ? new ArgParser(ts, "makedirs", a, off, n, kw, "name", "mode", "exist_ok")
            : new ArgParser(ts, "mkdir", a, off, n, kw, "path", "mode", "*dir_fd");
    if (!p.has(0)) {
      throw Exc.typeError(
          ts,
          parents
              ? "makedirs() missing 1 required positional argument: 'name'"
              : "mkdir() missing required argument 'path' (pos 1)");
    }
    if (p.has(1)) {
      Ops.index(ts, p.get(1));
    }
    boolean existOk = parents && p.has(2) && Ops.isTrue(ts, p.get(2));
    Path dir = OsFiles.required(ts, p.get(0), parents ? "makedirs" : "mkdir");
    try {
      if (parents) {
        makedirs(dir.toAbsolutePath().normalize());
      } else {
        Files.createDirectory(dir);
      }
    } catch (IOException e) {
      if (!(existOk && Files.isDirectory(dir))) {
        throw OsFiles.error(ts, e, p.get(0), null);
      }
    }
    return PySingleton.NONE;
  }

  /** Creates the missing parents of {@code dir}, then {@code dir} (FileExistsError if it is). */
  private static void makedirs(Path dir) throws IOException {
    Path parent = dir.getParent();
    if (parent != null && !Files.exists(parent)) {
      try {
        makedirs(parent);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // Another thread made it meanwhile, as os.makedirs allows.
      }
    }
    Files.createDirectory(dir);
  }

  private static PyObject remove(
      ThreadState ts, PyObject[] a, int off, int n, PyTuple kw, String who, boolean directory) {
    ArgParser p = new ArgParser(ts, who, a, off, n, kw, "path", "*dir_fd");
    if (!p.has(0)) {
      throw Exc.typeError(ts, who + "() missing required argument 'path' (pos 1)");
    }
    Path path = OsFiles.required(ts, p.get(0), who);
    boolean isDir = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && isDir != directory) {
      throw directory
          ? OsFiles.error(ts, 20, "Not a directory", p.get(0), null)
          : OsFiles.error(ts, 21, "Is a directory", p.get(0), null);
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw OsFiles.error(ts, e, p.get(0), null);
    }
    return PySingleton.NONE;
  }

  private static PyObject rename(ThreadState ts, PyObject[] a, int off, int n, String who) {
    ArgParser.checkPositional(ts, who, n, 2, 2);
    Path src = OsFiles.required(ts, a[off], who);
    Path dst = OsFiles.required(ts, a[off + 1], who);
    try {
      Files.move(src, dst, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw OsFiles.error(ts, e, a[off], a[off + 1]);
    }
    return PySingleton.NONE;
  }
}
