package dev.weft.runtime.modules;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBaseException;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyBytes;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The file-system side of {@code os} and {@code os.path}: paths as Java {@link Path}s, the
 * predicates of {@code genericpath} ({@code exists}, {@code isfile}, ...: any failure to stat is
 * False), and Java's I/O exceptions turned into the OSError subclasses CPython raises, with Linux's
 * errno numbers and messages.
 */
final class OsFiles {
  private OsFiles() {}

  /**
   * The Java path for a path argument ({@code who}: the function, for the TypeError); a bytes path
   * is taken as UTF-8, the file-system encoding. Null when the path cannot name a file (an embedded
   * NUL: CPython's ValueError).
   */
  static Path path(ThreadState ts, PyObject o, String who) {
    if (!(o instanceof PyStr) && !(o instanceof PyBytes) && o.type.lookup("__fspath__") == null) {
      throw Exc.typeError(
          ts, who + ": path should be string, bytes, os.PathLike or integer, not " + o.typeName());
    }
    PosixPath.P p = PosixPath.fspath(ts, o);
    String s =
        p.bytes()
            ? new String(p.s().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
            : p.s();
    if (s.indexOf('\0') >= 0) {
      return null;
    }
    try {
      return Path.of(s.isEmpty() ? "\0" : s);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Like {@link #path}, but a ValueError for an embedded NUL, as the os functions raise. */
  static Path required(ThreadState ts, PyObject o, String who) {
    Path p = path(ts, o, who);
    if (p == null) {
      if (o instanceof PyStr s && s.value.isEmpty()) {
        throw error(ts, 2, "No such file or directory", o, null);
      }
      throw Exc.valueError(ts, who + ": embedded null character in path");
    }
    return p;
  }

  /** The attributes of the file, following links unless {@code lstat}; null if there is none. */
  static BasicFileAttributes stat(ThreadState ts, PyObject o, boolean lstat) {
    if (o instanceof PyInt) {
      return null;
    }
    Path p = path(ts, o, lstat ? "lstat" : "stat");
    if (p == null) {
      return null;
    }
    try {
      return lstat
          ? Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          : Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  private interface Test {
    boolean test(BasicFileAttributes a);
  }

  static void definePredicates(PyModule m, ThreadState ts) {
    predicate(m, ts, "exists", false, a -> true);
    predicate(m, ts, "lexists", true, a -> true);
    predicate(m, ts, "isfile", false, BasicFileAttributes::isRegularFile);
    predicate(m, ts, "isdir", false, BasicFileAttributes::isDirectory);
    predicate(m, ts, "islink", true, BasicFileAttributes::isSymbolicLink);
    m.put(
        ts,
        "getsize",
        PyBuiltin.function(
            "getsize", 1, (PyBuiltin.F1) (t, s, p) -> PyInt.of(t, statOrRaise(t, p).size())));
    String[] times = {"getmtime", "getatime", "getctime"};
    for (int k = 0; k < 3; k++) {
      int which = k;
      m.put(
          ts,
          times[k],
          PyBuiltin.function(
              times[k],
              1,
              (PyBuiltin.F1)
                  (t, s, p) -> {
                    BasicFileAttributes a = statOrRaise(t, p);
                    java.nio.file.attribute.FileTime ft =
                        which == 0
                            ? a.lastModifiedTime()
                            : which == 1 ? a.lastAccessTime() : a.creationTime();
                    java.time.Instant i = ft.toInstant();
                    return PyFloat.of(t, i.getEpochSecond() + i.getNano() / 1e9);
                  }));
    }
  }

  private static void predicate(PyModule m, ThreadState ts, String name, boolean lstat, Test test) {
    m.put(
        ts,
        name,
        PyBuiltin.function(
            name,
            1,
            (PyBuiltin.F1)
                (t, s, p) -> {
                  if (p instanceof PyInt fd) {
                    // A file descriptor: only the standard streams are open in Weft.
                    return PyBool.of(
                        name.equals("exists") && fd.signum() >= 0 && fd.toDouble() <= 2);
                  }
                  BasicFileAttributes a = stat(t, p, lstat);
                  return PyBool.of(a != null && test.test(a));
                }));
  }

  private static BasicFileAttributes statOrRaise(ThreadState ts, PyObject p) {
    Path path = required(ts, p, "stat");
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw error(ts, e, p, null);
    }
  }

  // --- Errors ---

  /** {@code OSError(errno, strerror, filename[, None, filename2])}: the errno's subclass. */
  static PyException error(
      ThreadState ts, int errno, String strerror, PyObject filename, PyObject filename2) {
    PyObject no = PyInt.of(ts, errno);
    PyObject msg = PyStr.of(ts, strerror);
    PyObject[] args =
        filename2 == null
            ? new PyObject[] {no, msg, filename}
            : new PyObject[] {no, msg, filename, PySingleton.NONE, filename2};
    try {
      return new PyException(
          (PyBaseException) Calls.call(ts, Exc.OSError, args, 0, args.length, null));
    } finally {
      Ops.decref(ts, no);
      Ops.decref(ts, msg);
    }
  }

  /** The OSError CPython would raise for what Java reported as {@code e}. */
  static PyException error(ThreadState ts, IOException e, PyObject filename, PyObject filename2) {
    int errno;
    String message;
    if (e instanceof NoSuchFileException) {
      errno = 2;
      message = "No such file or directory";
    } else if (e instanceof FileAlreadyExistsException) {
      errno = 17;
      message = "File exists";
    } else if (e instanceof DirectoryNotEmptyException) {
      errno = 39;
      message = "Directory not empty";
    } else if (e instanceof NotDirectoryException) {
      errno = 20;
      message = "Not a directory";
    } else if (e instanceof java.nio.file.AtomicMoveNotSupportedException) {
      errno = 18;
      message = "Invalid cross-device link";
    } else if (e instanceof AccessDeniedException) {
      errno = 13;
      message = "Permission denied";
    } else {
      String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
      errno = errnoOf(reason);
      message = reason == null ? "Input/output error" : reason;
      if (errno == 0) {
        return Exc.raise(ts, Exc.OSError, message);
      }
    }
    return error(ts, errno, message, filename, filename2);
  }

  private static int errnoOf(String reason) {
    if (reason == null) {
      return 5;
    }
    return switch (reason) {
      case "Operation not permitted" -> 1;
      case "No such file or directory" -> 2;
      case "Permission denied" -> 13;
      case "File exists" -> 17;
      case "Not a directory" -> 20;
      case "Is a directory" -> 21;
      case "Invalid argument" -> 22;
      case "Read-only file system" -> 30;
      case "File name too long" -> 36;
      case "Directory not empty" -> 39;
      case "Too many levels of symbolic links" -> 40;
      default -> 0;
    };
  }

  /** The home directory of user {@code name} in {@code /etc/passwd}, or null. */
  static String passwdHome(String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
        String[] f = line.split(":", -1);
        if (f.length >= 6 && f[0].equals(name)) {
          return f[5];
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }
}
