package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.GenericAliases.*;

import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}, what {@code X | Y} makes of classes, None and generic aliases (CPython
 * 3.11's {@code unionobject.c}): members flattened and deduplicated, a lone member standing for
 * itself, the {@code int | None} repr, equality as sets, isinstance over the members (refusing
 * parameterized generics), and substitution of type variables by subscription. The {@code |} of
 * {@code type} and of None comes here too.
 */
public final class UnionTypes {
  private UnionTypes() {}

  static void setup() {
    PyType u = UNION;
    Bootstrap.constant(u, "__module__", PyStr.intern("types"));
    Bootstrap.getset(u, "__args__", (ts, self) -> Ops.newRef(ts, ((Union) self).args), null);
    Bootstrap.getset(
        u, "__parameters__", (ts, self) -> Ops.newRef(ts, ((Union) self).parameters(ts)), null);
    def(u, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, unionRepr(ts, (Union) self)));
    def(
        u,
        "__eq__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!(other instanceof Union o)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              return PyBool.of(sameMembers(ts, ((Union) self).args, o.args));
            });
    def(
        u,
        "__ne__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!(other instanceof Union o)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              return PyBool.of(!sameMembers(ts, ((Union) self).args, o.args));
            });
    def(
        u,
        "__hash__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, frozenHash(ts, ((Union) self).args)));
    def(u, "__or__", 1, (PyBuiltin.F1) (ts, self, other) -> or(ts, self, other));
    def(u, "__ror__", 1, (PyBuiltin.F1) (ts, self, other) -> or(ts, other, self));
    def(
        u,
        "__instancecheck__",
        1,
        (PyBuiltin.F1) (ts, self, o) -> PyBool.of(unionCheck(ts, (Union) self, o, true)));
    def(
        u,
        "__subclasscheck__",
        1,
        (PyBuiltin.F1) (ts, self, o) -> PyBool.of(unionCheck(ts, (Union) self, o, false)));
    def(u, "__getitem__", 1, (PyBuiltin.F1) UnionTypes::unionSubscript);

    def(PyType.TYPE, "__or__", 1, (PyBuiltin.F1) (ts, self, other) -> or(ts, self, other));
    def(PyType.TYPE, "__ror__", 1, (PyBuiltin.F1) (ts, self, other) -> or(ts, other, self));
    def(
        PySingleton.NONE_TYPE,
        "__or__",
        1,
        (PyBuiltin.F1) (ts, self, other) -> or(ts, self, other));
    def(
        PySingleton.NONE_TYPE,
        "__ror__",
        1,
        (PyBuiltin.F1) (ts, self, other) -> or(ts, other, self));
  }

  /** What {@code |} accepts on either side: None, a class, a GenericAlias, a union. */
  static boolean unionable(PyObject o) {
    return o == PySingleton.NONE
        || o instanceof PyType
        || (o instanceof Alias && o.type.isSubtypeOf(GENERIC_ALIAS))
        || o instanceof Union;
  }

  /** {@code a | b} for types: a union, the one type if both are the same, or NotImplemented. */
  public static PyObject or(ThreadState ts, PyObject a, PyObject b) {
    if (!unionable(a) || !unionable(b)) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    return makeUnion(ts, new PyObject[] {a, b});
  }

  /**
   * Flattens nested unions, turns None into NoneType, drops duplicates; one member stands alone.
   */
  static PyObject makeUnion(ThreadState ts, PyObject[] members) {
    List<PyObject> flat = new ArrayList<>();
    for (PyObject m : members) {
      if (m instanceof Union u) {
        flat.addAll(List.of(u.args.items));
      } else if (m == PySingleton.NONE) {
        flat.add(PySingleton.NONE_TYPE);
      } else {
        flat.add(m);
      }
    }
    List<PyObject> unique = new ArrayList<>();
    for (PyObject x : flat) {
      boolean seen = false;
      for (PyObject y : unique) {
        if (x == y || (x instanceof Alias && y instanceof Alias && Ops.richEq(ts, x, y))) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        unique.add(x);
      }
    }
    if (unique.size() == 1) {
      return Ops.newRef(ts, unique.getFirst());
    }
    PyTuple args = PyTuple.of(ts, unique.toArray(PyObject[]::new));
    try {
      return new Union(ts, args);
    } finally {
      Ops.decref(ts, args);
    }
  }

  private static String unionRepr(ThreadState ts, Union u) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < u.args.items.length; i++) {
      if (i > 0) {
        sb.append(" | ");
      }
      PyObject x = u.args.items[i];
      sb.append(x == PySingleton.NONE_TYPE || x == PySingleton.NONE ? "None" : reprItem(ts, x));
    }
    return sb.toString();
  }

  /** Whether the two tuples hold the same members, as sets. */
  static boolean sameMembers(ThreadState ts, PyTuple a, PyTuple b) {
    PySet x = SetOps.fromIterable(ts, PySet.FROZENSET_TYPE, a);
    try {
      PySet y = SetOps.fromIterable(ts, PySet.FROZENSET_TYPE, b);
      try {
        return Ops.richEq(ts, x, y);
      } finally {
        Ops.decref(ts, y);
      }
    } finally {
      Ops.decref(ts, x);
    }
  }

  /** {@code hash(frozenset(items))}. */
  static long frozenHash(ThreadState ts, PyTuple items) {
    PySet x = SetOps.fromIterable(ts, PySet.FROZENSET_TYPE, items);
    try {
      return Ops.hash(ts, x);
    } finally {
      Ops.decref(ts, x);
    }
  }

  private static boolean unionCheck(ThreadState ts, Union u, PyObject o, boolean instance) {
    for (PyObject a : u.args.items) {
      if (a instanceof Alias) {
        throw Exc.typeError(
            ts,
            (instance ? "isinstance" : "issubclass")
                + "() argument 2 cannot be a parameterized generic");
      }
    }
    return instance
        ? dev.weft.runtime.modules.Builtins.isInstance(ts, o, u.args)
        : dev.weft.runtime.modules.Builtins.isSubclass(ts, o, u.args);
  }

  private static PyObject unionSubscript(ThreadState ts, PyObject self, PyObject item) {
    Union u = (Union) self;
    PyTuple params = u.parameters(ts);
    if (params.items.length == 0) {
      throw Exc.typeError(ts, Ops.reprString(ts, self) + " is not a generic class");
    }
    PyTuple newArgs = substitute(ts, self, u.args, params, item);
    try {
      PyObject r = Ops.newRef(ts, newArgs.items[0]);
      for (int i = 1; i < newArgs.items.length; i++) {
        PyObject next = Arith.binary(ts, r, newArgs.items[i], Arith.OR);
        Ops.decref(ts, r);
        r = next;
      }
      return r;
    } finally {
      Ops.decref(ts, newArgs);
    }
  }
}
