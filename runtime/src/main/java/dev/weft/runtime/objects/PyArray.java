package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.format.FloatFormat;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@code array.array}: a typed sequence whose items live in one primitive Java array of the item's
 * width ({@code byte[]} for b/B, {@code short[]} for h/H, {@code int[]} for i/I/u, {@code long[]}
 * for l/L/q/Q, {@code float[]} for f, {@code double[]} for d), over-allocated as CPython's {@code
 * array_resize}. Item conversions follow {@code Modules/arraymodule.c}'s {@code *_setitem}
 * functions, with their OverflowError messages.
 *
 * <p>Items are moved as raw bits ({@link #raw}, {@link #store}): an integer's value as a long
 * (sign-extended; the unsigned typecodes mask it when making a Python int), a float's as the bits
 * of the double it widens to.
 *
 * <p>Mutations run in a critical section on the array ({@link ArrayMethods}). Readers that take no
 * lock (iteration) read the storage array once and check the index against it too: the items are
 * primitives, so a stale array is harmless.
 */
public class PyArray extends PyObject {
  public static final PyType TYPE =
      PyType.builtin(
          "array.array",
          null,
          PyType.BASETYPE,
          (ts, t) -> t == PyArray.TYPE ? new PyArray(ts, t) : new Sub(ts, t));

  public static final String TYPECODES = "bBuhHiIlLqQfd";

  static final int K_BYTE = 0, K_SHORT = 1, K_INT = 2, K_LONG = 3, K_FLOAT = 4, K_DOUBLE = 5;

  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  public char typecode;
  int kind;
  int itemsize;

  /** The storage: a primitive array of {@link #kind}, at least {@link #size} long. */
  volatile Object data;

  public int size;

  public PyArray(ThreadState ts, char typecode) {
    this(ts, TYPE);
    setTypecode(typecode);
  }

  PyArray(ThreadState ts, PyType type) {
    super(ts.rc, type);
  }

  /** Gives a new array its typecode (before anyone else sees it). */
  final void setTypecode(char tc) {
    typecode = tc;
    kind = kindOf(tc);
    itemsize = itemsizeOf(tc);
    data = alloc(kind, 0);
  }

  static int kindOf(char tc) {
    return switch (tc) {
      case 'b', 'B' -> K_BYTE;
      case 'h', 'H' -> K_SHORT;
      case 'i', 'I', 'u' -> K_INT;
      case 'f' -> K_FLOAT;
      case 'd' -> K_DOUBLE;
      default -> K_LONG;
    };
  }

  static int itemsizeOf(char tc) {
    return switch (tc) {
      case 'b', 'B' -> 1;
      case 'h', 'H' -> 2;
      case 'i', 'I', 'u', 'f' -> 4;
      default -> 8;
    };
  }

  static Object alloc(int kind, int n) {
    return switch (kind) {
      case K_BYTE -> new byte[n];
      case K_SHORT -> new short[n];
      case K_INT -> new int[n];
      case K_LONG -> new long[n];
      case K_FLOAT -> new float[n];
      default -> new double[n];
    };
  }

  static int length(Object d) {
    return switch (d) {
      case byte[] a -> a.length;
      case short[] a -> a.length;
      case int[] a -> a.length;
      case long[] a -> a.length;
      case float[] a -> a.length;
      case double[] a -> a.length;
      default -> 0;
    };
  }

  /** Item {@code i} of storage {@code d} as raw bits (see the class comment). */
  static long rawAt(Object d, int i) {
    return switch (d) {
      case byte[] a -> a[i];
      case short[] a -> a[i];
      case int[] a -> a[i];
      case long[] a -> a[i];
      case float[] a -> Double.doubleToRawLongBits(a[i]);
      case double[] a -> Double.doubleToRawLongBits(a[i]);
      default -> throw new IllegalStateException();
    };
  }

  long raw(int i) {
    return rawAt(data, i);
  }

  void store(int i, long bits) {
    switch (data) {
      case byte[] a -> a[i] = (byte) bits;
      case short[] a -> a[i] = (short) bits;
      case int[] a -> a[i] = (int) bits;
      case long[] a -> a[i] = bits;
      case float[] a -> a[i] = (float) Double.longBitsToDouble(bits);
      case double[] a -> a[i] = Double.longBitsToDouble(bits);
      default -> throw new IllegalStateException();
    }
  }

  boolean isFloat() {
    return kind >= K_FLOAT;
  }

  /** Whether raw values compare as unsigned 64-bit numbers (L and Q). */
  boolean unsigned64() {
    return typecode == 'L' || typecode == 'Q';
  }

  /** A raw integer value made non-negative for the unsigned typecodes narrower than 64 bits. */
  long masked(long bits) {
    return switch (typecode) {
      case 'B' -> bits & 0xFFL;
      case 'H' -> bits & 0xFFFFL;
      case 'I' -> bits & 0xFFFFFFFFL;
      default -> bits;
    };
  }

  /** The Python object for raw bits {@code bits} of this array's typecode (new reference). */
  PyObject box(ThreadState ts, long bits) {
    if (isFloat()) {
      return PyFloat.of(ts, Double.longBitsToDouble(bits));
    }
    if (typecode == 'u') {
      return PyStr.ofChar(ts, (int) bits);
    }
    if (unsigned64() && bits < 0) {
      return PyInt.of(ts, BigInteger.valueOf(bits).add(TWO_64));
    }
    return PyInt.of(ts, masked(bits));
  }

  /** Item {@code i} (0 <= i < size) as a new reference. */
  public PyObject item(ThreadState ts, int i) {
    return box(ts, raw(i));
  }

  /**
   * Item {@code i} read without the lock (iteration): null past the end, judged against one read of
   * the storage.
   */
  PyObject itemLockFree(ThreadState ts, int i) {
    Object d = data;
    if (i >= size || i >= length(d)) {
      return null;
    }
    return box(ts, rawAt(d, i));
  }

  // --- Growing and moving ---

  /** Makes room for {@code n} items, over-allocating as CPython's {@code array_resize}. */
  void ensureCapacity(int n) {
    Object d = data;
    if (n <= length(d)) {
      return;
    }
    int capacity = n + (n >> 4) + (n < 8 ? 3 : 7);
    Object grown = alloc(kind, capacity);
    System.arraycopy(d, 0, grown, 0, size);
    data = grown;
  }

  /** Sets the length to {@code n}, shrinking the storage when it is less than half used. */
  void resize(int n) {
    ensureCapacity(n);
    if (n < length(data) / 2 && length(data) > 16) {
      Object shrunk = alloc(kind, n + (n >> 4) + 7);
      System.arraycopy(data, 0, shrunk, 0, n);
      data = shrunk;
    }
    size = n;
  }

  /** Opens {@code n} items of room at {@code at}, moving the tail up. */
  void openGap(int at, int n) {
    int old = size;
    ensureCapacity(old + n);
    System.arraycopy(data, at, data, at + n, old - at);
    size = old + n;
  }

  /** Removes items {@code [from, to)}. */
  void removeRange(int from, int to) {
    int n = size;
    System.arraycopy(data, to, data, from, n - to);
    resize(n - (to - from));
  }

  /** A copy of items {@code [from, from + n)} as storage of exactly {@code n}. */
  Object copyRange(int from, int n) {
    Object out = alloc(kind, n);
    System.arraycopy(data, from, out, 0, n);
    return out;
  }

  /** A new array of this typecode holding {@code storage[0, n)} (the storage is kept). */
  static PyArray adopt(ThreadState ts, char typecode, Object storage, int n) {
    PyArray a = new PyArray(ts, typecode);
    a.data = storage;
    a.size = n;
    return a;
  }

  void append(long bits) {
    int n = size;
    ensureCapacity(n + 1);
    store(n, bits);
    size = n + 1;
  }

  // --- Converting Python values to items ---

  /** The raw bits for {@code v} as an item of typecode {@code tc}, or the error CPython raises. */
  static long encode(ThreadState ts, char tc, PyObject v) {
    switch (tc) {
      case 'f', 'd' -> {
        double d = asDouble(ts, v);
        return Double.doubleToRawLongBits(tc == 'f' ? (double) (float) d : d);
      }
      case 'u' -> {
        if (!(v instanceof PyStr s) || s.length() != 1) {
          throw Exc.typeError(ts, "array item must be unicode character");
        }
        return s.codePointAt(0);
      }
      default -> {}
    }
    PyInt i = Ops.indexInt(ts, v);
    try {
      return encodeInt(ts, tc, i);
    } finally {
      Ops.decref(ts, i);
    }
  }

  private static long encodeInt(ThreadState ts, char tc, PyInt i) {
    switch (tc) {
      case 'I', 'L' -> {
        if (i.signum() < 0) {
          throw Exc.overflowError(ts, "can't convert negative value to unsigned int");
        }
        if (i.isBig() && i.big.bitLength() > 64) {
          throw Exc.overflowError(ts, "Python int too large to convert to C unsigned long");
        }
        long v = i.isBig() ? i.big.longValue() : i.value;
        if (tc == 'I' && (v < 0 || v > 0xFFFFFFFFL)) {
          throw Exc.overflowError(ts, "unsigned int is greater than maximum");
        }
        return v;
      }
      case 'q' -> {
        if (i.isBig()) {
          throw Exc.overflowError(ts, "int too big to convert");
        }
        return i.value;
      }
      case 'Q' -> {
        if (i.signum() < 0) {
          throw Exc.overflowError(ts, "can't convert negative int to unsigned");
        }
        if (i.isBig() && i.big.bitLength() > 64) {
          throw Exc.overflowError(ts, "int too big to convert");
        }
        return i.isBig() ? i.big.longValue() : i.value;
      }
      default -> {}
    }
    if (i.isBig()) {
      throw Exc.overflowError(ts, "Python int too large to convert to C long");
    }
    long v = i.value;
    switch (tc) {
      case 'b' -> {
        checkRange(ts, v, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
        checkRange(ts, v, Byte.MIN_VALUE, Byte.MAX_VALUE, "signed char");
      }
      case 'B' -> checkRange(ts, v, 0, 255, "unsigned byte integer");
      case 'h' -> checkRange(ts, v, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
      case 'H' -> {
        checkRange(ts, v, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
        checkRange(ts, v, 0, 0xFFFF, "unsigned short");
      }
      case 'i' -> checkRange(ts, v, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
      default -> {}
    }
    return v;
  }

  private static void checkRange(ThreadState ts, long v, long min, long max, String what) {
    if (v < min) {
      throw Exc.overflowError(ts, what + " is less than minimum");
    }
    if (v > max) {
      throw Exc.overflowError(ts, what + " is greater than maximum");
    }
  }

  /**
   * CPython's {@code PyFloat_AsDouble}: a float's value, an int's (OverflowError past the float
   * range), else {@code __float__}, else {@code __index__}.
   */
  public static double asDouble(ThreadState ts, PyObject o) {
    if (o instanceof PyFloat || o instanceof PyInt) {
      return Arith.toDouble(ts, o);
    }
    PyObject method = o.type.lookup("__float__");
    if (method == null) {
      if (o.type.lookup("__index__") == null) {
        throw Exc.typeError(ts, "must be real number, not " + o.typeName());
      }
      PyInt i = Ops.indexInt(ts, o);
      try {
        return Arith.toDouble(ts, i);
      } finally {
        Ops.decref(ts, i);
      }
    }
    PyObject r = dev.weft.runtime.interpreter.Calls.callMethod(ts, method, o);
    try {
      if (!(r instanceof PyFloat f)) {
        throw Exc.typeError(
            ts, o.typeName() + ".__float__ returned non-float (type " + r.typeName() + ")");
      }
      return f.value;
    } finally {
      Ops.decref(ts, r);
    }
  }

  // --- Bytes ---

  /** The items' machine representation (little-endian, as on the platforms Weft runs on). */
  public byte[] toBytes() {
    Object d = data;
    int n = Math.min(size, length(d));
    ByteBuffer b = ByteBuffer.allocate(n * itemsize).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < n; i++) {
      switch (d) {
        case byte[] a -> b.put(a[i]);
        case short[] a -> b.putShort(a[i]);
        case int[] a -> b.putInt(a[i]);
        case long[] a -> b.putLong(a[i]);
        case float[] a -> b.putFloat(a[i]);
        case double[] a -> b.putDouble(a[i]);
        default -> throw new IllegalStateException();
      }
    }
    return b.array();
  }

  /** Appends the items {@code bytes} holds (its length a multiple of the item size). */
  void appendBytes(byte[] bytes, int offset, int length) {
    int n = length / itemsize;
    int at = size;
    ensureCapacity(at + n);
    ByteBuffer b = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN);
    Object d = data;
    for (int i = at; i < at + n; i++) {
      switch (d) {
        case byte[] a -> a[i] = b.get();
        case short[] a -> a[i] = b.getShort();
        case int[] a -> a[i] = b.getInt();
        case long[] a -> a[i] = b.getLong();
        case float[] a -> a[i] = b.getFloat();
        case double[] a -> a[i] = b.getDouble();
        default -> throw new IllegalStateException();
      }
    }
    size = at + n;
  }

  /** The length of the items' machine representation. */
  public long byteLength() {
    return (long) size * itemsize;
  }

  /**
   * Overwrites the items' bytes from {@code offset} with {@code src}, as far as they reach (a
   * writable buffer for {@code struct.pack_into}).
   */
  public void writeBytes(ThreadState ts, int offset, byte[] src) {
    dev.weft.runtime.threads.CriticalSection.begin(ts, this);
    try {
      byte[] all = toBytes();
      System.arraycopy(src, 0, all, offset, Math.max(0, Math.min(src.length, all.length - offset)));
      int n = size;
      size = 0;
      appendBytes(all, 0, all.length);
      size = n;
    } finally {
      dev.weft.runtime.threads.CriticalSection.end(ts);
    }
  }

  /** Reverses the byte order of every item. */
  void byteswap() {
    Object d = data;
    for (int i = 0; i < size; i++) {
      switch (d) {
        case short[] a -> a[i] = Short.reverseBytes(a[i]);
        case int[] a -> a[i] = Integer.reverseBytes(a[i]);
        case long[] a -> a[i] = Long.reverseBytes(a[i]);
        case float[] a ->
            a[i] = Float.intBitsToFloat(Integer.reverseBytes(Float.floatToRawIntBits(a[i])));
        case double[] a ->
            a[i] = Double.longBitsToDouble(Long.reverseBytes(Double.doubleToRawLongBits(a[i])));
        default -> {}
      }
    }
  }

  // --- Text ---

  /** The items of a 'u' array as a string. */
  String unicode() {
    StringBuilder sb = new StringBuilder(size);
    for (int i = 0; i < size; i++) {
      sb.appendCodePoint((int) raw(i));
    }
    return sb.toString();
  }

  String repr(ThreadState ts) {
    String head = (type.isHeap() ? type.name : "array") + "('" + typecode + "'";
    int n = size;
    if (n == 0) {
      return head + ")";
    }
    if (typecode == 'u') {
      PyStr s = PyStr.of(ts, unicode());
      try {
        return head + ", " + Ops.reprString(ts, s) + ")";
      } finally {
        Ops.decref(ts, s);
      }
    }
    StringBuilder sb = new StringBuilder(head).append(", [");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      long bits = raw(i);
      if (isFloat()) {
        sb.append(FloatFormat.repr(Double.longBitsToDouble(bits)));
      } else if (unsigned64() && bits < 0) {
        sb.append(Long.toUnsignedString(bits));
      } else {
        sb.append(masked(bits));
      }
    }
    return sb.append("])").toString();
  }

  @Override
  public String toString() {
    return "array('" + typecode + "')";
  }

  /** Instances of array subclasses: an array with a namespace. */
  static final class Sub extends PyArray implements HasDict {
    private final InstanceDict namespace = new InstanceDict();

    Sub(ThreadState ts, PyType type) {
      super(ts, type);
    }

    @Override
    public PyDict dict(ThreadState ts) {
      return namespace.get(ts);
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      namespace.traverse(visit);
    }

    @Override
    protected void release(RcThread thread) {
      namespace.release(thread);
    }
  }
}
