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
    if (obj instanceof PyType t && t.isSubtypeOf(thisType)) {
      return new PySuper(ts, thisType, obj, t);
    }
    if (obj.type.isSubtypeOf(thisType)) {
      return new PySuper(ts, thisType, obj, obj.type);
    }
    throw Exc.typeError(ts, "super(type, obj): obj must be an instance or subtype of type");
  }

  /** The attribute, or null when the MRO after {@code thisType} does not have it. */
  public PyObject get(ThreadState ts, PyStr name) {
    PyType[] mro = objType.mro;
    int i = 0;
    while (i < mro.length && mro[i] != thisType) {
      i++;
    }
    for (i++; i < mro.length; i++) {
      PyObject v = mro[i].dict.getStr(name);
      if (v != null) {
        if (obj == objType) {
          return Attributes.bindToClass(ts, v, objType);
        }
        return Attributes.bind(ts, v, obj, objType);
      }
    }
    return null;
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
