package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/** C3 linearization (CPython's {@code mro_implementation}), with CPython's error message. */
final class Mro {
  private Mro() {}

  static PyType[] compute(ThreadState ts, PyType type) {
    List<List<PyType>> sequences = new ArrayList<>();
    for (PyType b : type.bases) {
      sequences.add(new ArrayList<>(List.of(b.mro)));
    }
    sequences.add(new ArrayList<>(List.of(type.bases)));
    List<PyType> result = new ArrayList<>();
    result.add(type);
    while (true) {
      sequences.removeIf(List::isEmpty);
      if (sequences.isEmpty()) {
        return result.toArray(PyType[]::new);
      }
      PyType candidate = null;
      for (List<PyType> seq : sequences) {
        PyType head = seq.getFirst();
        boolean inTail = false;
        for (List<PyType> other : sequences) {
          if (other.indexOf(head) > 0) {
            inTail = true;
            break;
          }
        }
        if (!inTail) {
          candidate = head;
          break;
        }
      }
      if (candidate == null) {
        StringBuilder names = new StringBuilder();
        List<PyType> heads = new ArrayList<>();
        for (List<PyType> seq : sequences) {
          if (!heads.contains(seq.getFirst())) {
            heads.add(seq.getFirst());
          }
        }
        for (PyType h : heads) {
          if (!names.isEmpty()) {
            names.append(", ");
          }
          names.append(h.name);
        }
        throw Exc.typeError(
            ts, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
      }
      result.add(candidate);
      for (List<PyType> seq : sequences) {
        if (!seq.isEmpty() && seq.getFirst() == candidate) {
          seq.removeFirst();
        }
      }
    }
  }
}
