package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code super(type, obj)}: attribute lookup that starts after {@code type} in the MRO of {@code
 * obj}'s type (or of {@code obj} itself when it is a class), binding what it finds to {@code obj}.
 */
public final class PySuper extends PyObject {
  public static final PyType TYPE = PyType.builtin("super", null, PyType.BASETYPE, null);

  public final PyType thisType;
  public final PyObject obj;
  public final PyType objType;

  private PySuper(ThreadState ts, PyType thisType, PyObject obj, PyType objType) {
    super(ts.rc, TYPE);
    this.thisType = Ops.newRef(ts, thisType);
    this.obj = Ops.newRef(ts, obj);
    this.objType = objType;
  }

  /** {@code super(thisType, obj)}; TypeError unless obj is an instance or subtype of thisType. */
  public static PySuper of(ThreadState ts, PyType thisType, PyObject obj) {
    return new PySuper(ts, thisType, obj, searchType(ts, thisType, obj));
  }

  /**
   * The class whose MRO {@code super(thisType, obj)} searches: {@code obj} itself when it is a
   * subclass of thisType (super in a classmethod), else obj's type; TypeError when it is neither.
   */
  public static PyType searchType(ThreadState ts, PyType thisType, PyObject obj) {
    if (obj instanceof PyType t && t.isSubtypeOf(thisType)) {
      return t;
    }
    if (obj.type.isSubtypeOf(thisType)) {
      return obj.type;
    }
    throw Exc.typeError(ts, "super(type, obj): obj must be an instance or subtype of type");
  }

  /**
   * The first definition of {@code name} in the MRO of {@code objType} after {@code thisType}, as a
   * new reference (read safely against a class being changed by another thread), or null.
   */
  public static PyObject findAfter(ThreadState ts, PyType thisType, PyType objType, PyStr name) {
    PyType[] mro = objType.mro;
    int i = 0;
    while (i < mro.length && mro[i] != thisType) {
      i++;
    }
    for (i++; i < mro.length; i++) {
      PyObject v = mro[i].dict.getRefStr(ts, name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * What a definition found after thisType means through {@code super(thisType, obj)}: bound to
   * obj, or to the class when obj is the class itself.
   */
  public static PyObject bind(ThreadState ts, PyObject found, PyObject obj, PyType objType) {
    return obj == objType
        ? Attributes.bindToClass(ts, found, objType)
        : Attributes.bind(ts, found, obj, objType);
  }

  /** The attribute, or null when the MRO after {@code thisType} does not have it. */
  public PyObject get(ThreadState ts, PyStr name) {
    PyObject v = findAfter(ts, thisType, objType, name);
    if (v == null) {
      return null;
    }
    try {
      return bind(ts, v, obj, objType);
    } finally {
      Ops.decref(ts, v);
    }
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visitNonNull(visit, thisType);
    visitNonNull(visit, obj);
  }

  @Override
  protected void release(RcThread thread) {
    Ops.decref(thread, thisType);
    Ops.decref(thread, obj);
  }
}
