package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyFile;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The builtin {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
 * closefd=True, opener=None)}: CPython's checks of the mode and arguments, in its order and words,
 * then a {@link PyFile}. The modes are {@code r}, {@code w}, {@code a} and {@code x}, text or
 * binary; the {@code +} modes, file descriptors and openers raise NotImplementedError saying so.
 * Text is UTF-8 unless {@code encoding} names another codec.
 */
final class OpenFunction {
  private OpenFunction() {}

  private static final List<String> PARAMETERS =
      List.of("file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener");

  static PyObject open(ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    if (npos > PARAMETERS.size()) {
      throw Exc.typeError(ts, "open() takes at most 8 arguments (" + n + " given)");
    }
    PyObject[] bound = new PyObject[PARAMETERS.size()];
    System.arraycopy(a, off, bound, 0, npos);
    for (int k = 0; k < nkw; k++) {
      String name = ((PyStr) kw.items[k]).value;
      int index = PARAMETERS.indexOf(name);
      if (index < 0) {
        throw Exc.typeError(ts, "'" + name + "' is an invalid keyword argument for open()");
      }
      if (bound[index] != null) {
        throw Exc.typeError(
            ts,
            "argument for open() given by name ('"
                + name
                + "') and position ("
                + (index + 1)
                + ")");
      }
      bound[index] = a[off + npos + k];
    }
    if (bound[0] == null) {
      throw Exc.typeError(ts, "open() missing required argument 'file' (pos 1)");
    }
    PyObject file = bound[0];
    String mode = optionalStr(ts, bound[1], "mode", "r");
    String encoding = optionalStr(ts, bound[3], "encoding", null);
    String errors = optionalStr(ts, bound[4], "errors", null);
    String newline = optionalStr(ts, bound[5], "newline", null);
    Mode m = Mode.parse(ts, mode);
    if (m.binary && encoding != null) {
      throw Exc.valueError(ts, "binary mode doesn't take an encoding argument");
    }
    if (m.binary && errors != null) {
      throw Exc.valueError(ts, "binary mode doesn't take an errors argument");
    }
    if (m.binary && newline != null) {
      throw Exc.valueError(ts, "binary mode doesn't take a newline argument");
    }
    if (newline != null && !List.of("", "\n", "\r", "\r\n").contains(newline)) {
      throw Exc.valueError(ts, "illegal newline value: " + newline);
    }
    if (file instanceof PyInt) {
      throw Exc.raise(ts, Exc.NotImplementedError, "open() of a file descriptor is not supported");
    }
    if (bound[7] != null && bound[7] != PySingleton.NONE) {
      throw Exc.raise(ts, Exc.NotImplementedError, "open() with an opener is not supported");
    }
    if (m.update) {
      throw Exc.raise(
          ts, Exc.NotImplementedError, "open() mode '" + mode + "' is not supported ('+' modes)");
    }
    if (!(file instanceof PyStr)
        && !(file instanceof dev.weft.runtime.objects.PyBytes)
        && file.type.lookup("__fspath__") == null) {
      throw Exc.typeError(ts, "expected str, bytes or os.PathLike object, not " + file.typeName());
    }
    Path path = OsFiles.path(ts, file, "open");
    if (path == null) {
      throw Exc.valueError(ts, "embedded null byte");
    }
    String shownEncoding = encoding == null ? "UTF-8" : encoding;
    String codec = encoding == null ? "utf-8" : encoding;
    try {
      if (m.kind == 'r') {
        if (Files.isDirectory(path)) {
          throw OsFiles.error(ts, 21, "Is a directory", file, null);
        }
        byte[] bytes = readAll(ts, path);
        return m.binary
            ? PyFile.reading(ts, file, mode, true, bytes, null, null, null, null)
            : PyFile.reading(ts, file, mode, false, bytes, shownEncoding, codec, errors, newline);
      }
      if (Files.isDirectory(path)) {
        throw OsFiles.error(ts, 21, "Is a directory", file, null);
      }
      OpenOption[] options =
          switch (m.kind) {
            case 'w' ->
                new OpenOption[] {
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE
                };
            case 'a' -> new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND};
            default -> new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
          };
      OutputStream out = new BufferedOutputStream(Files.newOutputStream(path, options));
      return PyFile.writing(
          ts, file, mode, out, m.binary, m.binary ? null : shownEncoding, newline);
    } catch (IOException e) {
      throw OsFiles.error(ts, e, file, null);
    }
  }

  /** The whole file; the thread is detached while the disk is read. */
  private static byte[] readAll(ThreadState ts, Path path) throws IOException {
    ts.detach();
    try {
      return Files.readAllBytes(path);
    } finally {
      ts.attach();
    }
  }

  private static String optionalStr(ThreadState ts, PyObject v, String what, String dflt) {
    if (v == null || v == PySingleton.NONE) {
      if (v == PySingleton.NONE && what.equals("mode")) {
        throw Exc.typeError(ts, "open() argument 'mode' must be str, not None");
      }
      return dflt;
    }
    if (!(v instanceof PyStr) && what.equals("mode")) {
      throw Exc.typeError(ts, "open() argument 'mode' must be str, not " + v.typeName());
    }
    if (!(v instanceof PyStr s)) {
      throw Exc.typeError(
          ts, "open() argument '" + what + "' must be str or None, not " + v.typeName());
    }
    return s.value;
  }

  /** A parsed mode string, with CPython's {@code _io_open_impl} checks. */
  record Mode(char kind, boolean binary, boolean update) {
    static Mode parse(ThreadState ts, String mode) {
      boolean creating = false, reading = false, writing = false, appending = false;
      boolean updating = false, text = false, binary = false;
      for (int i = 0; i < mode.length(); i++) {
        char c = mode.charAt(i);
        if ("rwxabt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
          throw Exc.valueError(ts, "invalid mode: " + Ops.reprString(ts, PyStr.intern(mode)));
        }
        switch (c) {
          case 'x' -> creating = true;
          case 'r' -> reading = true;
          case 'w' -> writing = true;
          case 'a' -> appending = true;
          case '+' -> updating = true;
          case 't' -> text = true;
          default -> binary = true;
        }
      }
      if (text && binary) {
        throw Exc.valueError(ts, "can't have text and binary mode at once");
      }
      int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
      if (kinds > 1) {
        throw Exc.valueError(ts, "must have exactly one of create/read/write/append mode");
      }
      if (kinds == 0) {
        throw Exc.valueError(
            ts, "Must have exactly one of create/read/write/append mode and at most one plus");
      }
      char kind = creating ? 'x' : reading ? 'r' : writing ? 'w' : 'a';
      return new Mode(kind, binary, updating);
    }
  }
}
