package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyBytes;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code posixpath}, which {@code os.path} is: the pure path functions written as CPython's {@code
 * Lib/posixpath.py} and {@code genericpath.py} write them, step for step, and the ones that ask the
 * file system. A path is a str or bytes (or an object with {@code __fspath__}); bytes are handled
 * as Latin-1 text, which maps each byte to one character, and given back as bytes.
 */
final class PosixPath {
  private PosixPath() {}

  /** A path argument: its text, and whether it came as bytes. */
  record P(String s, boolean bytes) {}

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "posixpath");
    String[][] constants = {
      {"sep", "/"},
      {"extsep", "."},
      {"pathsep", ":"},
      {"curdir", "."},
      {"pardir", ".."},
      {"defpath", "/bin:/usr/bin"},
      {"devnull", "/dev/null"}
    };
    for (String[] c : constants) {
      m.put(ts, c[0], PyStr.intern(c[1]));
    }
    m.put(ts, "altsep", PySingleton.NONE);
    m.put(ts, "supports_unicode_filenames", PyBool.FALSE);
    fn1(m, ts, "basename", (t, p) -> p.s.substring(p.s.lastIndexOf('/') + 1));
    fn1(m, ts, "dirname", (t, p) -> head(p.s));
    fn1(m, ts, "isabs", (t, p) -> PyBool.of(p.s.startsWith("/")));
    fn1(m, ts, "normpath", (t, p) -> normpath(p.s));
    fn1(m, ts, "abspath", (t, p) -> abspath(p.s));
    fn1(m, ts, "realpath", (t, p) -> realpath(p.s));
    fn1(m, ts, "expanduser", (t, p) -> expanduser(t, p.s));
    fn1(m, ts, "expandvars", (t, p) -> expandvars(t, p));
    fn1(
        m,
        ts,
        "split",
        (t, p) -> {
          int i = p.s.lastIndexOf('/') + 1;
          return new String[] {head(p.s), p.s.substring(i)};
        });
    fn1(m, ts, "splitext", (t, p) -> splitext(p.s));
    fn1(m, ts, "splitdrive", (t, p) -> new String[] {"", p.s});
    fn(m, ts, "join", PosixPath::join);
    fn(m, ts, "relpath", PosixPath::relpath);
    fn(m, ts, "commonprefix", PosixPath::commonprefix);
    fn(m, ts, "commonpath", PosixPath::commonpath);
    OsFiles.definePredicates(m, ts);
    return m;
  }

  // --- Arguments and results ---

  /** CPython's {@code os.fspath}. */
  static P fspath(ThreadState ts, PyObject o) {
    if (o instanceof PyStr s) {
      return new P(s.value, false);
    }
    if (o instanceof PyBytes b) {
      return new P(new String(b.value, StandardCharsets.ISO_8859_1), true);
    }
    PyObject m = o.type.lookup("__fspath__");
    if (m == null) {
      throw Exc.typeError(ts, "expected str, bytes or os.PathLike object, not " + o.typeName());
    }
    PyObject r = Ops.callMethod(ts, o, "__fspath__");
    try {
      if (r instanceof PyStr || r instanceof PyBytes) {
        return fspath(ts, r);
      }
      throw Exc.typeError(
          ts,
          "expected " + o.typeName() + ".__fspath__() to return str or bytes, not " + r.typeName());
    } finally {
      Ops.decref(ts, r);
    }
  }

  static PyObject out(ThreadState ts, String s, boolean bytes) {
    return bytes ? new PyBytes(ts, s.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(ts, s);
  }

  /**
   * A path function's result: a String or a String[] pair in the argument's kind, or a PyObject.
   */
  interface PathFn {
    Object call(ThreadState ts, P p);
  }

  /** A one-argument path function: its argument through fspath, its result of the same kind. */
  private static void fn1(PyModule m, ThreadState ts, String name, PathFn f) {
    m.put(
        ts,
        name,
        PyBuiltin.function(
            name,
            1,
            (PyBuiltin.F1)
                (t, s, a) -> {
                  P p = fspath(t, a);
                  Object r = f.call(t, p);
                  if (r instanceof String str) {
                    return out(t, str, p.bytes);
                  }
                  if (r instanceof String[] two) {
                    PyObject x = out(t, two[0], p.bytes), y = out(t, two[1], p.bytes);
                    try {
                      return PyTuple.of(t, x, y);
                    } finally {
                      Ops.decref(t, x);
                      Ops.decref(t, y);
                    }
                  }
                  return (PyObject) r;
                }));
  }

  static void fn(PyModule m, ThreadState ts, String name, PyBuiltin.FN f) {
    m.put(ts, name, PyBuiltin.function(name, 0, f));
  }

  /**
   * genericpath's {@code _check_arg_types}: every argument str or bytes (TypeError naming the
   * function otherwise), not both; true for bytes.
   */
  static boolean checkArgTypes(ThreadState ts, String function, List<PyObject> args) {
    boolean str = false, bytes = false;
    for (PyObject a : args) {
      if (a instanceof PyStr) {
        str = true;
      } else if (a instanceof PyBytes) {
        bytes = true;
      } else {
        throw Exc.typeError(
            ts,
            function
                + "() argument must be str, bytes, or os.PathLike object, not '"
                + a.typeName()
                + "'");
      }
    }
    if (str && bytes) {
      throw Exc.typeError(ts, "Can't mix strings and bytes in path components");
    }
    return bytes;
  }

  // --- The pure functions ---

  /** {@code split(p)[0]}: up to the last slash, trailing slashes stripped unless all slashes. */
  static String head(String p) {
    String head = p.substring(0, p.lastIndexOf('/') + 1);
    if (!head.isEmpty() && !head.equals("/".repeat(head.length()))) {
      int end = head.length();
      while (end > 0 && head.charAt(end - 1) == '/') {
        end--;
      }
      head = head.substring(0, end);
    }
    return head;
  }

  /** genericpath's {@code _splitext}: leading dots of the file name are not an extension. */
  private static String[] splitext(String p) {
    int sepIndex = p.lastIndexOf('/');
    int dotIndex = p.lastIndexOf('.');
    if (dotIndex > sepIndex) {
      for (int i = sepIndex + 1; i < dotIndex; i++) {
        if (p.charAt(i) != '.') {
          return new String[] {p.substring(0, dotIndex), p.substring(dotIndex)};
        }
      }
    }
    return new String[] {p, ""};
  }

  static String normpath(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    int initialSlashes = path.startsWith("/") ? 1 : 0;
    if (initialSlashes == 1 && path.startsWith("//") && !path.startsWith("///")) {
      initialSlashes = 2;
    }
    List<String> comps = new ArrayList<>();
    for (String comp : path.split("/", -1)) {
      if (comp.isEmpty() || comp.equals(".")) {
        continue;
      }
      if (!comp.equals("..")
          || (initialSlashes == 0 && comps.isEmpty())
          || (!comps.isEmpty() && comps.get(comps.size() - 1).equals(".."))) {
        comps.add(comp);
      } else if (!comps.isEmpty()) {
        comps.remove(comps.size() - 1);
      }
    }
    String out = "/".repeat(initialSlashes) + String.join("/", comps);
    return out.isEmpty() ? "." : out;
  }

  static String join(String a, String b) {
    if (b.startsWith("/")) {
      return b;
    }
    return a.isEmpty() || a.endsWith("/") ? a + b : a + "/" + b;
  }

  static String abspath(String path) {
    if (!path.startsWith("/")) {
      path = join(System.getProperty("user.dir"), path);
    }
    return normpath(path);
  }

  /** The absolute path with symbolic links resolved as far as the path exists. */
  static String realpath(String path) {
    String abs = abspath(path);
    try {
      Path p = Path.of(abs);
      Path existing = p;
      while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
        existing = existing.getParent();
      }
      if (existing == null) {
        return abs;
      }
      Path real = existing.toRealPath();
      return existing.equals(p)
          ? real.toString()
          : normpath(real.resolve(existing.relativize(p)).toString());
    } catch (java.io.IOException | RuntimeException e) {
      return abs;
    }
  }

  /** The value of {@code os.environ[name]} (or the process's, before os is imported), or null. */
  static String environ(ThreadState ts, String name) {
    if (ts.runtime.modules.getString("os") instanceof PyModule os
        && os.dict.getString("environ") instanceof PyDict env) {
      PyObject v = env.getString(name);
      return v instanceof PyStr s ? s.value : null;
    }
    return System.getenv(name);
  }

  private static String expanduser(ThreadState ts, String path) {
    if (!path.startsWith("~")) {
      return path;
    }
    int i = path.indexOf('/', 1);
    if (i < 0) {
      i = path.length();
    }
    String userhome;
    if (i == 1) {
      userhome = environ(ts, "HOME");
      if (userhome == null) {
        userhome = System.getProperty("user.home");
      }
    } else {
      userhome = OsFiles.passwdHome(path.substring(1, i));
      if (userhome == null) {
        return path;
      }
    }
    int end = userhome.length();
    while (end > 0 && userhome.charAt(end - 1) == '/') {
      end--;
    }
    String out = userhome.substring(0, end) + path.substring(i);
    return out.isEmpty() ? "/" : out;
  }

  private static final java.util.regex.Pattern VAR =
      java.util.regex.Pattern.compile("\\$(\\w+|\\{[^}]*\\})");

  private static String expandvars(ThreadState ts, P p) {
    String path = p.s;
    if (path.indexOf('$') < 0) {
      return path;
    }
    int i = 0;
    while (true) {
      java.util.regex.Matcher m = VAR.matcher(path);
      if (!m.find(i)) {
        return path;
      }
      int start = m.start(), j = m.end();
      String name = m.group(1);
      if (name.startsWith("{") && name.endsWith("}")) {
        name = name.substring(1, name.length() - 1);
      }
      String value = environ(ts, name);
      if (value == null) {
        i = j;
      } else {
        String tail = path.substring(j);
        path = path.substring(0, start) + value;
        i = path.length();
        path += tail;
      }
    }
  }

  // --- Functions of several paths ---

  private static List<PyObject> args(PyObject[] a, int off, int n) {
    List<PyObject> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(a[off + i]);
    }
    return out;
  }

  private static PyObject join(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    if (kw != null && kw.items.length > 0) {
      throw Exc.typeError(ts, "join() takes no keyword arguments");
    }
    if (n == 0) {
      throw Exc.typeError(ts, "join() missing 1 required positional argument: 'a'");
    }
    P first = fspath(ts, a[off]);
    List<P> parts = new ArrayList<>();
    try {
      for (int i = 1; i < n; i++) {
        parts.add(fspath(ts, a[off + i]));
      }
    } catch (dev.weft.runtime.objects.PyException e) {
      if (!e.matches(Exc.TypeError)) {
        throw e;
      }
      // genericpath._check_arg_types names the argument that is not a path, if one is not.
      List<PyObject> all = args(a, off, n);
      all.set(0, out(ts, first.s, first.bytes));
      try {
        checkArgTypes(ts, "join", all);
      } catch (dev.weft.runtime.objects.PyException better) {
        Ops.decref(ts, e.value);
        throw better;
      } finally {
        Ops.decref(ts, all.get(0));
      }
      throw e;
    }
    String path = first.s;
    for (P b : parts) {
      if (b.bytes != first.bytes) {
        throw Exc.typeError(ts, "Can't mix strings and bytes in path components");
      }
      path = join(path, b.s);
    }
    return out(ts, path, first.bytes);
  }

  private static PyObject relpath(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    dev.weft.runtime.objects.ArgParser p =
        new dev.weft.runtime.objects.ArgParser(ts, "relpath", a, off, n, kw, "path", "start");
    if (!p.has(0)) {
      throw Exc.typeError(ts, "relpath() missing 1 required positional argument: 'path'");
    }
    if (!Ops.isTrue(ts, p.get(0))) {
      throw Exc.valueError(ts, "no path specified");
    }
    P path = fspath(ts, p.get(0));
    PyObject startArg = p.get(1, PySingleton.NONE);
    P start = startArg == PySingleton.NONE ? new P(".", path.bytes) : fspath(ts, startArg);
    if (start.bytes != path.bytes) {
      throw Exc.typeError(ts, "Can't mix strings and bytes in path components");
    }
    List<String> startList = components(abspath(start.s));
    List<String> pathList = components(abspath(path.s));
    int i = 0;
    while (i < startList.size()
        && i < pathList.size()
        && startList.get(i).equals(pathList.get(i))) {
      i++;
    }
    List<String> rel = new ArrayList<>();
    for (int k = i; k < startList.size(); k++) {
      rel.add("..");
    }
    rel.addAll(pathList.subList(i, pathList.size()));
    if (rel.isEmpty()) {
      return out(ts, ".", path.bytes);
    }
    String r = rel.get(0);
    for (int k = 1; k < rel.size(); k++) {
      r = join(r, rel.get(k));
    }
    return out(ts, r, path.bytes);
  }

  private static List<String> components(String p) {
    List<String> out = new ArrayList<>();
    for (String c : p.split("/")) {
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /** The items of an iterable argument (new references). */
  private static List<PyObject> items(ThreadState ts, PyObject iterable) {
    PyList list = dev.weft.runtime.objects.SequenceOps.toList(ts, iterable);
    List<PyObject> out = new ArrayList<>();
    for (int i = 0; i < list.size; i++) {
      out.add(Ops.newRef(ts, list.items[i]));
    }
    Ops.decref(ts, list);
    return out;
  }

  private static PyObject commonprefix(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    dev.weft.runtime.objects.ArgParser.checkPositional(ts, "commonprefix", n, 1, 1);
    List<PyObject> m = items(ts, a[off]);
    try {
      if (m.isEmpty()) {
        return PyStr.EMPTY;
      }
      if (m.get(0) instanceof PyList || m.get(0) instanceof PyTuple) {
        throw Exc.raise(
            ts, Exc.NotImplementedError, "commonprefix() of lists is not supported by Weft yet");
      }
      List<P> paths = new ArrayList<>();
      for (PyObject o : m) {
        paths.add(fspath(ts, o));
      }
      String s1 = paths.get(0).s, s2 = s1;
      for (P p : paths) {
        if (p.bytes != paths.get(0).bytes) {
          throw Exc.typeError(ts, "'<' not supported between instances of 'bytes' and 'str'");
        }
        s1 = p.s.compareTo(s1) < 0 ? p.s : s1;
        s2 = p.s.compareTo(s2) > 0 ? p.s : s2;
      }
      int i = 0;
      while (i < s1.length() && s1.charAt(i) == s2.charAt(i)) {
        i++;
      }
      return out(ts, s1.substring(0, i), paths.get(0).bytes);
    } finally {
      for (PyObject o : m) {
        Ops.decref(ts, o);
      }
    }
  }

  private static PyObject commonpath(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    dev.weft.runtime.objects.ArgParser.checkPositional(ts, "commonpath", n, 1, 1);
    List<PyObject> m = items(ts, a[off]);
    try {
      if (m.isEmpty()) {
        throw Exc.valueError(ts, "commonpath() arg is an empty sequence");
      }
      List<P> paths = new ArrayList<>();
      for (PyObject o : m) {
        paths.add(fspath(ts, o));
      }
      boolean bytes = paths.get(0).bytes;
      for (P p : paths) {
        if (p.bytes != bytes) {
          throw Exc.typeError(ts, "Can't mix strings and bytes in path components");
        }
      }
      boolean abs = paths.get(0).s.startsWith("/");
      List<List<String>> split = new ArrayList<>();
      for (P p : paths) {
        if (p.s.startsWith("/") != abs) {
          throw Exc.valueError(ts, "Can't mix absolute and relative paths");
        }
        List<String> comps = new ArrayList<>();
        for (String c : p.s.split("/", -1)) {
          if (!c.isEmpty() && !c.equals(".")) {
            comps.add(c);
          }
        }
        split.add(comps);
      }
      java.util.Comparator<List<String>> order =
          (x, y) -> {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
              int c = x.get(i).compareTo(y.get(i));
              if (c != 0) {
                return c;
              }
            }
            return Integer.compare(x.size(), y.size());
          };
      List<String> s1 = java.util.Collections.min(split, order);
      List<String> s2 = java.util.Collections.max(split, order);
      int i = 0;
      while (i < s1.size() && s1.get(i).equals(s2.get(i))) {
        i++;
      }
      return out(ts, (abs ? "/" : "") + String.join("/", s1.subList(0, i)), bytes);
    } finally {
      for (PyObject o : m) {
        Ops.decref(ts, o);
      }
    }
  }
}
