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

  public PySuper(ThreadState ts, PyType thisType, PyObject obj) {
    super(ts.rc, TYPE);
    this.thisType = Ops.newRef(ts, thisType);
    this.obj = Ops.newRef(ts, obj);
    if (obj instanceof PyType t && t.isSubtypeOf(thisType)) {
      this.objType = t;
    } else if (obj.type.isSubtypeOf(thisType)) {
      this.objType = obj.type;
    } else {
      Ops.decref(ts, thisType);
      Ops.decref(ts, obj);
      throw Exc.typeError(ts, "super(type, obj): obj must be an instance or subtype of type");
    }
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
  protected void release(RcThread thread) {
    Ops.decref(thread, thisType);
    Ops.decref(thread, obj);
  }
}
