package dev.weft.runtime.modules;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.objects.Bootstrap;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.HasDict;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyArray;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyBytes;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyGetSet;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyIter;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code struct.error}, {@code struct.Struct} and its {@code unpack_iterator}, with the buffer
 * handling of {@code _struct.c}: bytes and arrays are readable buffers, arrays the only writable
 * ones ({@code pack_into}), as Weft has no bytearray or memoryview.
 */
final class StructType {
  private StructType() {}

  static final PyType ERROR = PyType.builtin("struct.error", Exc.Exception, PyType.BASETYPE, null);

  static final PyType STRUCT =
      PyType.builtin("_struct.Struct", null, PyType.BASETYPE, (ts, t) -> new Instance(ts, t));

  static final PyType ITER = PyType.builtin("_struct.unpack_iterator", null, 0, null);

  /** A Struct: its compiled format (replaced by {@code __init__}) and a namespace. */
  static final class Instance extends PyObject implements HasDict {
    volatile StructFormat format;
    private PyDict namespace;

    Instance(ThreadState ts, PyType type) {
      super(ts.rc, type);
    }

    @Override
    public synchronized PyDict dict(ThreadState ts) {
      if (namespace == null) {
        namespace = new PyDict(ts);
      }
      return namespace;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, namespace);
    }

    @Override
    protected void release(RcThread thread) {
      PyDict d = namespace;
      namespace = null;
      Ops.xdecref(thread, d);
    }
  }

  /** A {@code struct.error} to throw. */
  static PyException error(ThreadState ts, String message) {
    return Exc.raise(ts, ERROR, message);
  }

  private static boolean ready;

  /** Fills the types' namespaces, once per JVM (the types are static, shared by all runtimes). */
  static synchronized void ready(ThreadState ts) {
    if (ready) {
      return;
    }
    name(ts, ERROR, "error", "struct");
    name(ts, STRUCT, "Struct", "_struct");
    name(ts, ITER, "unpack_iterator", "_struct");
    Bootstrap.newMethod(
        STRUCT,
        (t, s, a, off, n, kw) -> {
          PyType cls = (PyType) a[off];
          Instance self = (Instance) cls.factory.create(t, cls);
          self.format = StructFormat.compile(t, "");
          return self;
        });
    def(
        ts,
        STRUCT,
        "__init__",
        (t, s, a, off, n, kw) -> {
          int nkw = kw == null ? 0 : kw.items.length;
          PyObject format = n - nkw >= 1 ? a[off] : null;
          for (int k = 0; k < nkw; k++) {
            String name = ((PyStr) kw.items[k]).value;
            if (!name.equals("format") || format != null) {
              throw Exc.typeError(t, "Struct() got an unexpected keyword argument '" + name + "'");
            }
            format = a[off + n - nkw + k];
          }
          if (n - nkw > 1) {
            throw Exc.typeError(t, "Struct() takes at most 1 argument (" + (n - nkw) + " given)");
          }
          if (format == null) {
            throw Exc.typeError(t, "Struct() missing required argument 'format' (pos 1)");
          }
          ((Instance) s).format = StructModule.compile(t, format);
          return PySingleton.NONE;
        });
    getset(ts, "format", (t, s) -> PyStr.of(t, ((Instance) s).format.text));
    getset(ts, "size", (t, s) -> PyInt.of(t, ((Instance) s).format.size));
    def(ts, STRUCT, "pack", (t, s, a, off, n, kw) -> pack(t, fmt(s), "pack", a, off, n, kw));
    def(ts, STRUCT, "pack_into", (t, s, a, off, n, kw) -> packInto(t, fmt(s), a, off, n, kw));
    def(
        ts,
        STRUCT,
        "unpack",
        (t, s, a, off, n, kw) -> {
          exactlyOne(t, "Struct.unpack", n, kw);
          return unpack(t, fmt(s), a[off]);
        });
    def(
        ts,
        STRUCT,
        "unpack_from",
        (t, s, a, off, n, kw) -> {
          PyObject[] p = unpackFromArgs(t, a, off, n, kw, "unpack_from", 0);
          return unpackFrom(t, fmt(s), p[0], p[1]);
        });
    def(
        ts,
        STRUCT,
        "iter_unpack",
        (t, s, a, off, n, kw) -> {
          exactlyOne(t, "Struct.iter_unpack", n, kw);
          return iterUnpack(t, fmt(s), a[off]);
        });
    def(ts, ITER, "__iter__", (t, s, a, off, n, kw) -> Ops.newRef(t, s));
    def(
        ts,
        ITER,
        "__next__",
        (t, s, a, off, n, kw) -> {
          PyObject v = ((Iter) s).next(t);
          if (v == null) {
            throw Exc.stopIteration(t, PySingleton.NONE);
          }
          return v;
        });
    def(ts, ITER, "__length_hint__", (t, s, a, off, n, kw) -> PyInt.of(t, ((Iter) s).remaining()));
    STRUCT.modified();
    ITER.modified();
    ERROR.modified();
    ready = true;
  }

  private static void name(ThreadState ts, PyType t, String qualname, String module) {
    Bootstrap.ready(t);
    t.qualname = qualname;
    t.dict.putString(ts, "__module__", PyStr.intern(module));
  }

  private static void def(ThreadState ts, PyType type, String name, PyBuiltin.FN fn) {
    type.dict.putString(ts, name, PyBuiltin.method(type, name, 0, fn));
  }

  private static void getset(ThreadState ts, String name, PyGetSet.Getter get) {
    STRUCT.dict.putString(ts, name, new PyGetSet(name, STRUCT, get, null));
  }

  private static StructFormat fmt(PyObject self) {
    return ((Instance) self).format;
  }

  private static void exactlyOne(ThreadState ts, String name, int n, PyTuple kw) {
    if (kw != null && kw.items.length > 0) {
      throw Exc.typeError(
          ts, name.substring(name.indexOf('.') + 1) + "() takes no keyword arguments");
    }
    if (n != 1) {
      throw Exc.typeError(ts, name + "() takes exactly one argument (" + n + " given)");
    }
  }

  // --- Buffers ---

  /** The bytes of a readable buffer (bytes, or an array's items). */
  static byte[] readable(ThreadState ts, PyObject o) {
    if (o instanceof PyBytes b) {
      return b.value;
    }
    if (o instanceof PyArray a) {
      return a.toBytes();
    }
    throw Exc.typeError(ts, "a bytes-like object is required, not '" + o.typeName() + "'");
  }

  // --- The operations, shared with the module's functions ---

  static PyObject pack(
      ThreadState ts, StructFormat f, String who, PyObject[] a, int off, int n, PyTuple kw) {
    if (kw != null && kw.items.length > 0) {
      throw Exc.typeError(ts, who + "() takes no keyword arguments");
    }
    if (n != f.count()) {
      throw error(ts, who + " expected " + f.count() + " items for packing (got " + n + ")");
    }
    if (f.size > Integer.MAX_VALUE - 16) {
      throw Exc.raise(ts, Exc.MemoryError, "");
    }
    byte[] out = new byte[(int) f.size];
    f.pack(ts, a, off, out, 0);
    return new PyBytes(ts, out);
  }

  static PyObject packInto(
      ThreadState ts, StructFormat f, PyObject[] a, int off, int n, PyTuple kw) {
    if (kw != null && kw.items.length > 0) {
      throw Exc.typeError(ts, "pack_into() takes no keyword arguments");
    }
    if (n != f.count() + 2) {
      throw n == 0
          ? error(ts, "pack_into expected buffer argument")
          : n == 1
              ? error(ts, "pack_into expected offset argument")
              : error(
                  ts,
                  "pack_into expected " + f.count() + " items for packing (got " + (n - 2) + ")");
    }
    if (!(a[off] instanceof PyArray buffer)) {
      throw Exc.typeError(
          ts, "argument must be read-write bytes-like object, not " + a[off].typeName());
    }
    long offset = Ops.index(ts, a[off + 1]);
    long len = buffer.byteLength();
    if (offset < 0) {
      if (offset + f.size > 0) {
        throw error(ts, "no space to pack " + f.size + " bytes at offset " + offset);
      }
      if (offset + len < 0) {
        throw error(ts, "offset " + offset + " out of range for " + len + "-byte buffer");
      }
      offset += len;
    }
    if (len - offset < f.size) {
      throw error(
          ts,
          "pack_into requires a buffer of at least "
              + (f.size + offset)
              + " bytes for packing "
              + f.size
              + " bytes at offset "
              + offset
              + " (actual buffer size is "
              + len
              + ")");
    }
    byte[] out = new byte[(int) f.size];
    f.pack(ts, a, off + 2, out, 0);
    buffer.writeBytes(ts, (int) offset, out);
    return PySingleton.NONE;
  }

  static PyObject unpack(ThreadState ts, StructFormat f, PyObject buffer) {
    byte[] data = readable(ts, buffer);
    if (data.length != f.size) {
      throw error(ts, "unpack requires a buffer of " + f.size + " bytes");
    }
    return f.unpack(ts, data, 0);
  }

  /**
   * The buffer and offset of {@code unpack_from(buffer, offset=0)}, whose arguments start after
   * {@code skip} leading ones (the module function's format).
   */
  static PyObject[] unpackFromArgs(
      ThreadState ts, PyObject[] a, int off, int n, PyTuple kw, String who, int skip) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    if (npos > 2 + skip) {
      throw Exc.typeError(
          ts, who + "() takes at most " + (2 + skip) + " arguments (" + n + " given)");
    }
    PyObject[] p = new PyObject[2];
    for (int i = skip; i < npos; i++) {
      p[i - skip] = a[off + i];
    }
    String[] names = {"buffer", "offset"};
    for (int k = 0; k < nkw; k++) {
      String name = ((PyStr) kw.items[k]).value;
      int index = name.equals("buffer") ? 0 : name.equals("offset") ? 1 : -1;
      if (index < 0) {
        throw Exc.typeError(ts, "'" + name + "' is an invalid keyword argument for " + who + "()");
      }
      if (p[index] != null) {
        throw Exc.typeError(
            ts,
            "argument for "
                + who
                + "() given by name ('"
                + names[index]
                + "') and position ("
                + (index + 1 + skip)
                + ")");
      }
      p[index] = a[off + npos + k];
    }
    if (p[0] == null) {
      throw Exc.typeError(
          ts, who + "() missing required argument 'buffer' (pos " + (1 + skip) + ")");
    }
    return p;
  }

  static PyObject unpackFrom(ThreadState ts, StructFormat f, PyObject buffer, PyObject off) {
    byte[] data = readable(ts, buffer);
    long offset = off == null ? 0 : Ops.index(ts, off);
    long len = data.length;
    if (offset < 0) {
      if (offset + len < 0) {
        throw error(ts, "offset " + offset + " out of range for " + len + "-byte buffer");
      }
      if (offset + f.size > 0) {
        throw error(ts, "not enough data to unpack " + f.size + " bytes at offset " + offset);
      }
      offset += len;
    }
    if (len - offset < f.size) {
      throw error(
          ts,
          "unpack_from requires a buffer of at least "
              + (f.size + offset)
              + " bytes for unpacking "
              + f.size
              + " bytes at offset "
              + offset
              + " (actual buffer size is "
              + len
              + ")");
    }
    return f.unpack(ts, data, (int) offset);
  }

  static PyObject iterUnpack(ThreadState ts, StructFormat f, PyObject buffer) {
    if (f.size == 0) {
      throw error(ts, "cannot iteratively unpack with a struct of length 0");
    }
    byte[] data = readable(ts, buffer);
    if (data.length % f.size != 0) {
      throw error(
          ts, "iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
    }
    return new Iter(ts, f, data);
  }

  /** {@code unpack_iterator}: one tuple per {@code size} bytes of a snapshot of the buffer. */
  static final class Iter extends PyIter {
    private final StructFormat format;
    private final byte[] data;
    private int at;

    Iter(ThreadState ts, StructFormat format, byte[] data) {
      super(ts, ITER);
      this.format = format;
      this.data = data;
    }

    @Override
    public synchronized PyObject next(ThreadState ts) {
      if (at + format.size > data.length) {
        return null;
      }
      PyObject r = format.unpack(ts, data, at);
      at += (int) format.size;
      return r;
    }

    synchronized long remaining() {
      return (data.length - at) / format.size;
    }
  }
}
