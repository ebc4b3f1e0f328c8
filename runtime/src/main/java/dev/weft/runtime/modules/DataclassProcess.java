package dev.weft.runtime.modules;

import dev.weft.runtime.objects.ClassBuilder;
import dev.weft.runtime.objects.DataclassObjects;
import dev.weft.runtime.objects.DataclassObjects.Field;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code @dataclass} applied to a class: CPython 3.11's {@code _process_class} step for step. The
 * fields are the dataclass bases' fields (in reverse MRO order, so a redefinition keeps the base's
 * position) then the class's own annotations in order, each made a {@code Field} ({@link
 * DataclassFields}); defaults become plain class attributes; the methods asked for are added unless
 * the class defines them (order and frozen ones must not be defined), {@code __hash__} follows
 * CPython's table of (unsafe_hash, eq, frozen, explicit hash), then the docstring, {@code
 * __match_args__} and, for {@code slots=True}, a new class with {@code __slots__}.
 */
final class DataclassProcess {
  private DataclassProcess() {}

  /** The decorator's keyword arguments, as truth values. */
  record Options(
      boolean init,
      boolean repr,
      boolean eq,
      boolean order,
      boolean unsafeHash,
      boolean frozen,
      boolean matchArgs,
      boolean kwOnly,
      boolean slots,
      boolean weakrefSlot) {}

  private static final PyStr FIELDS = PyStr.intern("__dataclass_fields__");
  private static final PyStr PARAMS = PyStr.intern("__dataclass_params__");

  /** Decorates {@code target}; returns the class (a new one for slots=True) as a new reference. */
  static PyObject process(ThreadState ts, DataclassesModule.State st, PyObject target, Options o) {
    if (!(target instanceof PyType cls)) {
      Ops.decref(ts, Ops.getattr(ts, target, "__module__"));
      throw Exc.attributeError(ts, target, "__mro__");
    }
    PyDict fields = new PyDict(ts);
    List<Field> all = new ArrayList<>();
    DataclassSpec spec = null;
    try {
      PyObject params =
          DataclassObjects.newParams(
              ts, o.init(), o.repr(), o.eq(), o.order(), o.unsafeHash(), o.frozen());
      try {
        Ops.setattr(ts, cls, PARAMS, params);
      } finally {
        Ops.decref(ts, params);
      }
      Bases bases = inheritFields(ts, cls, fields);
      addOwnFields(ts, st, cls, o, fields);
      if (bases.anyDataclass()) {
        if (bases.anyFrozen() && !o.frozen()) {
          throw Exc.typeError(ts, "cannot inherit non-frozen dataclass from a frozen one");
        }
        if (!bases.anyFrozen() && o.frozen()) {
          throw Exc.typeError(ts, "cannot inherit frozen dataclass from a non-frozen one");
        }
      }
      Ops.setattr(ts, cls, FIELDS, fields);
      PyObject classHash = cls.dict.getString("__hash__");
      boolean hasExplicitHash =
          !(classHash == null
              || (classHash == PySingleton.NONE && cls.dict.getString("__eq__") != null));
      if (o.order() && !o.eq()) {
        throw Exc.valueError(ts, "eq must be true if order is true");
      }
      for (int p = fields.next(0); p >= 0; p = fields.next(p + 1)) {
        Field f = DataclassFields.asField(ts, fields.valueAt(p));
        all.add(Ops.newRef(ts, f));
      }
      spec = DataclassFields.spec(ts, st, cls, all, o);
      install(ts, spec, cls, o, hasExplicitHash);
      if (o.weakrefSlot() && !o.slots()) {
        throw Exc.typeError(ts, "weakref_slot is True but slots is False");
      }
      if (o.slots()) {
        return addSlots(ts, spec, cls, o);
      }
      return Ops.newRef(ts, cls);
    } finally {
      for (Field f : all) {
        Ops.decref(ts, f);
      }
      Ops.xdecref(ts, spec);
      Ops.decref(ts, fields);
    }
  }

  /** Whether any base is a dataclass, and whether any of those is frozen. */
  private record Bases(boolean anyDataclass, boolean anyFrozen) {}

  /**
   * Puts into {@code fields} the fields of the dataclass bases, the farthest in the MRO first, so
   * that a nearer base's field of the same name replaces the farther one's but keeps its place.
   */
  private static Bases inheritFields(ThreadState ts, PyType cls, PyDict fields) {
    boolean anyDataclass = false, anyFrozen = false;
    for (int i = cls.mro.length - 1; i > 0; i--) {
      PyObject baseFields = Ops.getattrOrNull(ts, cls.mro[i], FIELDS);
      if (baseFields == null) {
        continue;
      }
      List<PyObject> values;
      try {
        values = DataclassFields.values(ts, baseFields);
      } finally {
        Ops.decref(ts, baseFields);
      }
      try {
        for (PyObject f : values) {
          fields.put(ts, DataclassFields.asField(ts, f).require(ts, Field.NAME), f);
        }
      } finally {
        values.forEach(f -> Ops.decref(ts, f));
      }
      anyDataclass = true;
      anyFrozen |= isFrozen(ts, cls.mro[i]);
    }
    return new Bases(anyDataclass, anyFrozen);
  }

  /**
   * Makes a field of each of the class's own annotations (a {@code KW_ONLY} one switches the rest
   * to keyword-only), puts it into {@code fields}, and replaces a {@code field()} class attribute
   * by the plain default (or removes it when there is none). A {@code field()} without an
   * annotation is an error.
   */
  private static void addOwnFields(
      ThreadState ts, DataclassesModule.State st, PyType cls, Options o, PyDict fields) {
    List<PyObject[]> annotations = DataclassFields.annotations(ts, cls);
    Set<String> annotated = new HashSet<>();
    List<Field> own = new ArrayList<>();
    boolean kwOnly = o.kwOnly(), kwOnlySeen = false;
    try {
      for (PyObject[] a : annotations) {
        annotated.add(Ops.strString(ts, a[0]));
        if (DataclassFields.isKwOnlyMarker(ts, st, cls, a[1])) {
          if (kwOnlySeen) {
            throw Exc.typeError(
                ts,
                Ops.reprString(ts, a[0]) + " is KW_ONLY, but KW_ONLY has already been specified");
          }
          kwOnlySeen = true;
          kwOnly = true;
        } else {
          own.add(DataclassFields.getField(ts, st, cls, a[0], a[1], kwOnly));
        }
      }
      for (Field f : own) {
        PyObject name = f.require(ts, Field.NAME);
        fields.put(ts, name, f);
        PyStr attr = DataclassFields.attributeName(ts, name);
        PyObject current = Ops.getattrOrNull(ts, cls, attr);
        try {
          if (current instanceof Field) {
            PyObject dflt = f.require(ts, Field.DEFAULT);
            if (dflt == DataclassObjects.MISSING) {
              Ops.delattr(ts, cls, attr);
            } else {
              Ops.setattr(ts, cls, attr, dflt);
            }
          }
        } finally {
          Ops.xdecref(ts, current);
        }
      }
    } finally {
      for (PyObject[] a : annotations) {
        Ops.decref(ts, a[0]);
        Ops.decref(ts, a[1]);
      }
      own.forEach(f -> Ops.decref(ts, f));
    }
    for (int p = cls.dict.next(0); p >= 0; p = cls.dict.next(p + 1)) {
      PyObject key = cls.dict.keyAt(p);
      if (cls.dict.valueAt(p) instanceof Field && !annotated.contains(Ops.strString(ts, key))) {
        throw Exc.typeError(ts, Ops.reprString(ts, key) + " is a field but has no type annotation");
      }
    }
  }

  private static boolean isFrozen(ThreadState ts, PyType base) {
    PyObject params = Ops.getattr(ts, base, PARAMS);
    try {
      PyObject frozen = Ops.getattr(ts, params, "frozen");
      try {
        return Ops.isTrue(ts, frozen);
      } finally {
        Ops.decref(ts, frozen);
      }
    } finally {
      Ops.decref(ts, params);
    }
  }

  /** The methods, hash, docstring and {@code __match_args__}, in CPython's order. */
  private static void install(
      ThreadState ts, DataclassSpec spec, PyType cls, Options o, boolean hasExplicitHash) {
    if (o.init()) {
      PyObject postInit = Ops.getattrOrNull(ts, cls, PyStr.intern("__post_init__"));
      spec.hasPostInit = postInit != null;
      Ops.xdecref(ts, postInit);
      DataclassFields.checkDefaultsOrder(ts, spec);
      addMethod(ts, spec, cls, "__init__");
    }
    if (o.repr()) {
      addMethod(ts, spec, cls, "__repr__");
    }
    if (o.eq()) {
      addMethod(ts, spec, cls, "__eq__");
    }
    if (o.order()) {
      for (String name : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
        if (addMethod(ts, spec, cls, name)) {
          throw Exc.typeError(
              ts,
              "Cannot overwrite attribute "
                  + name
                  + " in class "
                  + cls.name
                  + ". Consider using functools.total_ordering");
        }
      }
    }
    if (o.frozen()) {
      for (String name : new String[] {"__setattr__", "__delattr__"}) {
        if (addMethod(ts, spec, cls, name)) {
          throw Exc.typeError(ts, "Cannot overwrite attribute " + name + " in class " + cls.name);
        }
      }
    }
    switch (hashAction(o.unsafeHash(), o.eq(), o.frozen(), hasExplicitHash)) {
      case SET_NONE -> Ops.setattr(ts, cls, PyStr.intern("__hash__"), PySingleton.NONE);
      case ADD -> {
        spec.generated.add("__hash__");
        PyObject m = DataclassMethods.make(ts, spec, "__hash__");
        try {
          Ops.setattr(ts, cls, PyStr.intern("__hash__"), m);
        } finally {
          Ops.decref(ts, m);
        }
      }
      case EXCEPTION ->
          throw Exc.typeError(ts, "Cannot overwrite attribute __hash__ in class " + cls.name);
      case NONE -> {}
    }
    PyObject doc = Ops.getattr(ts, cls, "__doc__");
    boolean hasDoc;
    try {
      hasDoc = Ops.isTrue(ts, doc);
    } finally {
      Ops.decref(ts, doc);
    }
    if (!hasDoc) {
      PyStr text = PyStr.of(ts, cls.name + DataclassSignature.classSignature(ts, cls));
      try {
        Ops.setattr(ts, cls, PyStr.intern("__doc__"), text);
      } finally {
        Ops.decref(ts, text);
      }
    }
    if (o.matchArgs() && cls.dict.getString("__match_args__") == null) {
      PyObject[] names = new PyObject[spec.positional];
      System.arraycopy(spec.params, 0, names, 0, spec.positional);
      PyTuple t = PyTuple.of(ts, names);
      try {
        Ops.setattr(ts, cls, PyStr.intern("__match_args__"), t);
      } finally {
        Ops.decref(ts, t);
      }
    }
  }

  /**
   * CPython's {@code _set_new_attribute} for a generated method: true (and nothing set) when the
   * class already defines {@code name}.
   */
  private static boolean addMethod(ThreadState ts, DataclassSpec spec, PyType cls, String name) {
    if (cls.dict.getString(name) != null) {
      return true;
    }
    spec.generated.add(name);
    PyObject m = DataclassMethods.make(ts, spec, name);
    try {
      Ops.setattr(ts, cls, PyStr.intern(name), m);
    } finally {
      Ops.decref(ts, m);
    }
    return false;
  }

  private enum HashAction {
    NONE,
    SET_NONE,
    ADD,
    EXCEPTION
  }

  /** CPython's {@code _hash_action} table. */
  private static HashAction hashAction(
      boolean unsafeHash, boolean eq, boolean frozen, boolean explicit) {
    if (unsafeHash) {
      return explicit ? HashAction.EXCEPTION : HashAction.ADD;
    }
    if (!eq || explicit) {
      return HashAction.NONE;
    }
    return frozen ? HashAction.ADD : HashAction.SET_NONE;
  }

  // --- slots=True ---

  /**
   * CPython's {@code _add_slots}: a new class from the old one's namespace, with {@code __slots__}
   * of the fields not already slots of a base, and without the fields' defaults (the slots take
   * their place). The generated methods are made again for the new class.
   */
  private static PyObject addSlots(ThreadState ts, DataclassSpec spec, PyType cls, Options o) {
    if (cls.dict.getString("__slots__") != null) {
      throw Exc.typeError(ts, cls.name + " already specifies __slots__");
    }
    Set<String> inherited = new HashSet<>();
    for (int i = 1; i < cls.mro.length - 1; i++) {
      inherited.addAll(DataclassFields.slotsOf(ts, cls.mro[i]));
    }
    List<PyObject> slots = new ArrayList<>();
    for (PyStr name : spec.fieldNames) {
      if (!inherited.contains(name.value)) {
        slots.add(name);
      }
    }
    if (o.weakrefSlot() && !inherited.contains("__weakref__")) {
      slots.add(PyStr.intern("__weakref__"));
    }
    PyDict ns = new PyDict(ts);
    PyType fresh;
    try {
      for (int p = cls.dict.next(0); p >= 0; p = cls.dict.next(p + 1)) {
        ns.put(ts, cls.dict.keyAt(p), cls.dict.hashAt(p), cls.dict.valueAt(p));
      }
      ns.putStringSteal(ts, "__slots__", PyTuple.of(ts, slots.toArray(new PyObject[0])));
      for (PyStr name : spec.fieldNames) {
        Ops.xdecref(ts, ns.pop(ts, name));
      }
      Ops.xdecref(ts, ns.pop(ts, PyStr.intern("__dict__")));
      Ops.xdecref(ts, ns.pop(ts, PyStr.intern("__weakref__")));
      fresh = ClassBuilder.create(ts, cls.name, cls.bases.clone(), ns, null);
    } finally {
      Ops.decref(ts, ns);
    }
    try {
      fresh.qualname = cls.qualname;
      spec.moveTo(ts, fresh);
      List<String> names = new ArrayList<>(spec.generated);
      if (o.frozen()) {
        for (String name : new String[] {"__getstate__", "__setstate__"}) {
          if (fresh.dict.getString(name) == null) {
            names.add(name);
          }
        }
      }
      for (String name : names) {
        PyObject m = DataclassMethods.make(ts, spec, name);
        try {
          Ops.setattr(ts, fresh, PyStr.intern(name), m);
        } finally {
          Ops.decref(ts, m);
        }
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, fresh);
      throw e;
    }
    return fresh;
  }
}
