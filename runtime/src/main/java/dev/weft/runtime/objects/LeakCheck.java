package dev.weft.runtime.objects;

import dev.weft.refcount.RcObject;
import dev.weft.refcount.RefDebug;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds leaked references with the debug accounting on ({@code -Dweft.refcount.debug=true}), by the
 * method of CPython's cycle collector: among the objects created since a snapshot and still alive,
 * subtract from each count the references the others hold ({@link PyObject#traverse}). What remains
 * above zero is a reference nobody accounts for (a missing decrement, or a Java structure holding a
 * count); those objects and everything they reach are leaked. Objects left with nothing are cyclic
 * garbage, which a cycle collector would free: not leaks. Deferred objects (top-level functions,
 * modules, heap types) are never judged: their counts omit other threads' references.
 */
public final class LeakCheck {
  private LeakCheck() {}

  /** The objects created since {@code before} that are kept alive by an unaccounted reference. */
  public static List<PyObject> leaked(Set<RcObject> before) {
    return check(before).leaked();
  }

  /**
   * What is left of a program: the leaked objects, and how many others are still alive only because
   * they reference each other (cyclic garbage, which a cycle collector would free).
   */
  public record Result(List<PyObject> leaked, int cyclicGarbage) {}

  public static Result check(Set<RcObject> before) {
    if (!RefDebug.ENABLED) {
      throw new IllegalStateException("the leak check needs -Dweft.refcount.debug=true");
    }
    Map<PyObject, long[]> external = new IdentityHashMap<>();
    for (RcObject o : RefDebug.liveSnapshot()) {
      if (!before.contains(o) && o instanceof PyObject p && !o.isDeallocated()) {
        external.put(p, new long[] {p.referenceCount()});
      }
    }
    for (PyObject p : external.keySet()) {
      p.traverse(
          child -> {
            long[] count = external.get(child);
            if (count != null) {
              count[0]--;
            }
          });
    }
    ArrayDeque<PyObject> work = new ArrayDeque<>();
    Map<PyObject, Boolean> reached = new IdentityHashMap<>();
    for (Map.Entry<PyObject, long[]> e : external.entrySet()) {
      // A deferred object's count is not authoritative: other threads do not count it (as
      // CPython's stack references to deferred objects are not counted), and no count frees it.
      if (e.getValue()[0] > 0 && !e.getKey().isDeferred()) {
        reached.put(e.getKey(), Boolean.TRUE);
        work.add(e.getKey());
      }
    }
    while (!work.isEmpty()) {
      work.poll()
          .traverse(
              child -> {
                if (external.containsKey(child) && reached.put(child, Boolean.TRUE) == null) {
                  work.add(child);
                }
              });
    }
    return new Result(new ArrayList<>(reached.keySet()), external.size() - reached.size());
  }

  /** A short description of leaked objects for a failure message: type names and counts. */
  public static String describe(List<PyObject> leaked) {
    Map<String, Integer> byType = new java.util.TreeMap<>();
    for (PyObject p : leaked) {
      byType.merge(p.typeName(), 1, Integer::sum);
    }
    return leaked.size() + " objects leaked: " + byType;
  }
}
