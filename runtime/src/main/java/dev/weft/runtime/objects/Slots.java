package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/**
 * {@code __slots__}: each declared name becomes a member descriptor on the class that reads and
 * writes one element of the instance's slot array; a class that declares slots (and none of its
 * bases has a dict) gives its instances no {@code __dict__}.
 */
final class Slots {
  private Slots() {}

  /** Slot values an instance of {@code type} carries: its own and its bases'. */
  static int count(PyType type) {
    int n = 0;
    for (PyType t : type.mro) {
      if (t.slotNames != null) {
        n += t.slotNames.length;
      }
    }
    return n;
  }

  /** A member descriptor for slot {@code index} named {@code name} of {@code owner}. */
  static PyGetSet member(PyType owner, String name, int index) {
    return new PyGetSet(
        PyGetSet.MEMBER_TYPE,
        name,
        owner,
        (ts, self) -> {
          PyObject v = ((PyInstance) self).slotRef(ts, index);
          if (v == null) {
            throw Exc.raise(
                ts,
                Exc.AttributeError,
                "'" + self.typeName() + "' object has no attribute '" + name + "'");
          }
          return v;
        },
        (ts, self, value) -> {
          if (value != null) {
            Ops.incref(ts, value);
          }
          PyObject old = ((PyInstance) self).swapSlot(index, value);
          if (old != null) {
            Ops.decref(ts, old);
          } else if (value == null) {
            throw Exc.raise(
                ts,
                Exc.AttributeError,
                "'" + self.typeName() + "' object has no attribute '" + name + "'");
          }
        },
        index);
  }

  /** Declares {@code names} on a new class: one member each, placed after the bases' slots. */
  static void declare(ThreadState ts, PyType type, String[] names) {
    int offset = count(type) - (type.slotNames != null ? type.slotNames.length : 0);
    type.slotOffset = offset;
    for (int i = 0; i < names.length; i++) {
      PyGetSet member = member(type, names[i], offset + i);
      type.dict.putString(ts, names[i], member);
      Ops.decref(ts, member);
    }
  }
}
