package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code str}: an immutable Java string. Python indexes by code point; Java by UTF-16 unit. The two
 * agree unless the string holds a character outside the Basic Multilingual Plane, which {@link
 * #isBmp()} tells (computed once), so the common case indexes the Java string directly.
 *
 * <p>Interned strings (identifiers, attribute names, constants of code objects) are immortal and
 * unique per value, so name lookups may compare them by identity first.
 */
public class PyStr extends PyObject {
  public static final PyType TYPE =
      PyType.builtin("str", null, PyType.BASETYPE, (ts, t) -> new Sub(ts, t, ""));

  private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();

  public static final PyStr EMPTY = intern("");

  private static final PyStr[] LATIN1 = new PyStr[256];

  static {
    for (int c = 0; c < 256; c++) {
      LATIN1[c] = intern(String.valueOf((char) c));
    }
  }

  public final String value;

  /** 0 unknown, 1 every char in the BMP, 2 holds surrogate pairs. */
  private byte plane;

  private long hash;
  private boolean hashed;

  public PyStr(ThreadState ts, String value) {
    super(ts.rc, TYPE);
    this.value = value;
  }

  PyStr(ThreadState ts, PyType type, String value) {
    super(ts.rc, type);
    this.value = value;
  }

  private PyStr(String value) {
    super(TYPE, true);
    this.value = value;
  }

  /** The immortal string equal to {@code value}. */
  public static PyStr intern(String value) {
    PyStr s = INTERNED.get(value);
    if (s == null) {
      PyStr fresh = new PyStr(value);
      s = INTERNED.putIfAbsent(value, fresh);
      if (s == null) {
        s = fresh;
      }
    }
    return s;
  }

  /** A new reference to a string equal to {@code value}: single characters come from a table. */
  public static PyStr of(ThreadState ts, String value) {
    if (value.length() <= 1) {
      return value.isEmpty() ? EMPTY : ofChar(ts, value.charAt(0));
    }
    return new PyStr(ts, value);
  }

  public static PyStr ofChar(ThreadState ts, int codePoint) {
    if (codePoint < 256) {
      return LATIN1[codePoint];
    }
    return new PyStr(ts, Character.toString(codePoint));
  }

  public boolean isBmp() {
    if (plane == 0) {
      plane = 1;
      for (int i = 0; i < value.length(); i++) {
        if (Character.isSurrogate(value.charAt(i))) {
          plane = 2;
          break;
        }
      }
    }
    return plane == 1;
  }

  /** {@code len(s)}: code points. */
  public int length() {
    return isBmp() ? value.length() : value.codePointCount(0, value.length());
  }

  /** The code point at Python index {@code i} (0 <= i < length()). */
  public int codePointAt(int i) {
    return isBmp() ? value.charAt(i) : value.codePointAt(value.offsetByCodePoints(0, i));
  }

  /** The Java offset of Python index {@code i}. */
  public int offset(int i) {
    return isBmp() ? i : value.offsetByCodePoints(0, i);
  }

  /** Python's hash of a str: stable within a run (CPython randomizes it per process). */
  public long hash() {
    if (!hashed) {
      hash = hashOf(value);
      hashed = true;
    }
    return hash;
  }

  /** The hash a str equal to {@code s} has. */
  public static long hashOf(String s) {
    long h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = h * 1000003 + s.charAt(i);
    }
    h ^= s.length();
    return h == -1 ? -2 : h;
  }

  @Override
  public String toString() {
    return value;
  }

  /** Instances of str subclasses: a string with a namespace. */
  public static final class Sub extends PyStr implements HasDict {
    private final InstanceDict namespace = new InstanceDict();

    Sub(ThreadState ts, PyType type, String value) {
      super(ts, type, value);
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
