package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.modules.PythonSignature;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code collections.namedtuple}: CPython 3.11 builds each class with {@code type(typename,
 * (tuple,), namespace)} from a namespace of functions it writes; here the namespace holds shared
 * builtins instead ({@code __new__}, {@code _make}, {@code _replace}, {@code __repr__}, {@code
 * _asdict}, {@code __getnewargs__}) that find the class's fields in the namedtuple class they were
 * found on, plus one {@code _tuplegetter} per field. The result is a heap type whose instances are
 * real tuples ({@link PyTuple.Sub}); it can be subclassed like any class.
 */
public final class NamedTuples {
  private NamedTuples() {}

  public static final PyType TUPLEGETTER =
      PyType.builtin("_collections._tuplegetter", null, 0, null);

  /** A field's accessor: {@code self[index]}, read-only, with a writable {@code __doc__}. */
  public static final class TupleGetter extends PyObject {
    final int index;
    PyObject doc;

    TupleGetter(ThreadState ts, int index, PyObject doc) {
      super(ts.rc, TUPLEGETTER);
      this.index = index;
      this.doc = Ops.newRef(ts, doc);
    }

    /** {@code obj.field} (new reference). */
    PyObject get(ThreadState ts, PyObject obj) {
      if (!(obj instanceof PyTuple t)) {
        throw Exc.typeError(
            ts,
            "descriptor for index '"
                + index
                + "' for tuple subclasses doesn't apply to '"
                + obj.typeName()
                + "' object");
      }
      if (index >= t.items.length) {
        throw Exc.indexError(ts, "tuple index out of range");
      }
      return Ops.newRef(ts, t.items[index]);
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, doc);
    }

    @Override
    protected void release(RcThread thread) {
      PyObject d = doc;
      doc = null;
      Ops.xdecref(thread, d);
    }
  }

  // --- The shared members of every namedtuple class ---

  private static final PyDescriptors.Wrapper NEW =
      wrapper(
          PyDescriptors.STATICMETHOD,
          PyBuiltin.function("__new__", 1, (PyBuiltin.FN) NamedTuples::newInstance));

  private static final PyDescriptors.Wrapper MAKE =
      wrapper(
          PyDescriptors.CLASSMETHOD,
          PyBuiltin.function("_make", 2, (PyBuiltin.F2) (ts, s, cls, it) -> make(ts, cls, it)));

  private static final PyBuiltin REPLACE =
      PyBuiltin.method(PyTuple.TYPE, "_replace", 0, (PyBuiltin.FN) NamedTuples::replace);

  private static final PyBuiltin REPR =
      PyBuiltin.method(
          PyTuple.TYPE, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, repr(ts, self)));

  private static final PyBuiltin ASDICT =
      PyBuiltin.method(PyTuple.TYPE, "_asdict", 0, (PyBuiltin.F0) NamedTuples::asDict);

  private static final PyBuiltin GETNEWARGS =
      PyBuiltin.method(
          PyTuple.TYPE,
          "__getnewargs__",
          0,
          (PyBuiltin.F0)
              (ts, self) -> {
                PyObject[] items = ((PyTuple) self).items;
                return PyTuple.copyOf(ts, items, 0, items.length);
              });

  private static PyDescriptors.Wrapper wrapper(PyType kind, PyBuiltin callable) {
    PyDescriptors.Wrapper w = new PyDescriptors.Wrapper(Bootstrap.BOOT, kind);
    w.callable = callable;
    dev.weft.refcount.Refcount.makeImmortal(w);
    return w;
  }

  static void setup() {
    PyType g = TUPLEGETTER;
    Bootstrap.constant(g, "__module__", PyStr.intern("_collections"));
    Bootstrap.getset(
        g,
        "__doc__",
        (ts, self) -> {
          PyObject d = ((TupleGetter) self).doc;
          return Ops.newRef(ts, d == null ? PySingleton.NONE : d);
        },
        (ts, self, v) -> {
          TupleGetter t = (TupleGetter) self;
          PyObject old = t.doc;
          t.doc = v == null ? null : Ops.newRef(ts, v);
          Ops.xdecref(ts, old);
        });
    Bootstrap.def(
        g,
        "__get__",
        1,
        (PyBuiltin.F2)
            (ts, self, obj, type) ->
                obj == PySingleton.NONE ? Ops.newRef(ts, self) : ((TupleGetter) self).get(ts, obj));
    Bootstrap.def(
        g,
        "__set__",
        2,
        (PyBuiltin.F2)
            (ts, self, obj, v) -> {
              throw Exc.raise(ts, Exc.AttributeError, "can't set attribute");
            });
    Bootstrap.def(
        g,
        "__delete__",
        1,
        (PyBuiltin.F1)
            (ts, self, obj) -> {
              throw Exc.raise(ts, Exc.AttributeError, "can't delete attribute");
            });
    Bootstrap.def(
        g,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              TupleGetter t = (TupleGetter) self;
              PyObject d = t.doc == null ? PySingleton.NONE : t.doc;
              return PyStr.of(ts, "_tuplegetter(" + t.index + ", " + Ops.reprString(ts, d) + ")");
            });
  }

  // --- namedtuple(typename, field_names, *, rename=False, defaults=None, module=None) ---

  /**
   * Validates and normalizes the field names as {@code namedtuple} does: a string is split on
   * commas and whitespace, every name becomes {@code str(name)}, and with {@code rename} invalid
   * names become {@code _index}.
   */
  public static String[] fieldNames(ThreadState ts, PyObject spec, boolean rename) {
    List<String> names = new ArrayList<>();
    if (spec instanceof PyStr s) {
      for (String part : s.value.replace(',', ' ').trim().split("\\s+")) {
        if (!part.isEmpty()) {
          names.add(part);
        }
      }
    } else {
      PyObject it = Ops.iter(ts, spec);
      try {
        PyObject x;
        while ((x = Ops.next(ts, it)) != null) {
          try {
            names.add(Ops.strString(ts, x));
          } finally {
            Ops.decref(ts, x);
          }
        }
      } finally {
        Ops.decref(ts, it);
      }
    }
    if (rename) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (!StrPredicates.isIdentifier(name)
            || dev.weft.runtime.compiler.FrontEnd.isKeyword(name)
            || name.startsWith("_")
            || seen.contains(name)) {
          names.set(i, "_" + i);
        }
        seen.add(name);
      }
    }
    return names.toArray(String[]::new);
  }

  /** The checks {@code namedtuple} makes of the type name and the field names. */
  public static void validate(ThreadState ts, String typename, String[] fields, boolean rename) {
    List<String> all = new ArrayList<>();
    all.add(typename);
    all.addAll(List.of(fields));
    for (String name : all) {
      if (!StrPredicates.isIdentifier(name)) {
        throw Exc.valueError(
            ts, "Type names and field names must be valid identifiers: " + Repr.quote(name));
      }
      if (dev.weft.runtime.compiler.FrontEnd.isKeyword(name)) {
        throw Exc.valueError(
            ts, "Type names and field names cannot be a keyword: " + Repr.quote(name));
      }
    }
    Set<String> seen = new HashSet<>();
    for (String name : fields) {
      if (name.startsWith("_") && !rename) {
        throw Exc.valueError(
            ts, "Field names cannot start with an underscore: " + Repr.quote(name));
      }
      if (!seen.add(name)) {
        throw Exc.valueError(ts, "Encountered duplicate field name: " + Repr.quote(name));
      }
    }
  }

  /**
   * Creates the class: {@code defaults} (borrowed, or null) apply to the last fields; {@code
   * module} (borrowed) becomes {@code __module__}.
   */
  public static PyType create(
      ThreadState ts, String typename, String[] fields, PyObject[] defaults, PyObject module) {
    if (defaults != null && defaults.length > fields.length) {
      throw Exc.typeError(ts, "Got more default values than field names");
    }
    PyDict ns = new PyDict(ts);
    try {
      PyObject[] names = new PyObject[fields.length];
      for (int i = 0; i < fields.length; i++) {
        names[i] = PyStr.intern(fields[i]);
      }
      PyTuple fieldTuple = PyTuple.of(ts, names);
      PyDict fieldDefaults = new PyDict(ts);
      if (defaults != null) {
        int first = fields.length - defaults.length;
        for (int i = 0; i < defaults.length; i++) {
          fieldDefaults.put(ts, names[first + i], defaults[i]);
        }
      }
      ns.putStringSteal(
          ts, "__doc__", PyStr.of(ts, typename + "(" + String.join(", ", fields) + ")"));
      ns.putString(ts, "__slots__", PyTuple.EMPTY);
      ns.putString(ts, "_fields", fieldTuple);
      ns.putStringSteal(ts, "_field_defaults", fieldDefaults);
      ns.putString(ts, "__new__", NEW);
      ns.putString(ts, "_make", MAKE);
      ns.putString(ts, "_replace", REPLACE);
      ns.putString(ts, "__repr__", REPR);
      ns.putString(ts, "_asdict", ASDICT);
      ns.putString(ts, "__getnewargs__", GETNEWARGS);
      ns.putStringSteal(ts, "__match_args__", fieldTuple);
      for (int i = 0; i < fields.length; i++) {
        PyStr doc = PyStr.intern("Alias for field number " + i);
        ns.putStringSteal(ts, fields[i], new TupleGetter(ts, i, doc));
      }
      if (module != null && module != PySingleton.NONE) {
        ns.putString(ts, "__module__", module);
      }
      return ClassBuilder.create(ts, typename, new PyType[] {PyTuple.TYPE}, ns, null);
    } finally {
      Ops.decref(ts, ns);
    }
  }

  /** The namedtuple class {@code type} inherits its members from (where {@code _fields} is). */
  private static PyType base(ThreadState ts, PyType type) {
    for (PyType t : type.mro) {
      if (t.dict.getString("__new__") == NEW) {
        return t;
      }
    }
    for (PyType t : type.mro) {
      if (t.dict.getString("_fields") instanceof PyTuple) {
        return t;
      }
    }
    throw Exc.typeError(ts, "'" + type.name + "' is not a namedtuple class");
  }

  private static PyTuple fieldsOf(ThreadState ts, PyType base) {
    if (!(base.dict.getString("_fields") instanceof PyTuple f)) {
      throw Exc.typeError(ts, "'" + base.name + "' has no _fields");
    }
    return f;
  }

  /** {@code __new__(_cls, field, ...)}: the fields bound as a Python function's parameters. */
  private static PyObject newInstance(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    if (n == 0 || !(args[off] instanceof PyType cls) || !cls.isSubtypeOf(PyTuple.TYPE)) {
      throw Exc.typeError(ts, "namedtuple __new__(X): X is not a tuple subtype");
    }
    // The common call: every field by position (the class's _fields, found through its cache).
    if ((kw == null || kw.items.length == 0)
        && cls.lookup("_fields") instanceof PyTuple f
        && f.items.length == n - 1) {
      PyObject[] items = new PyObject[n - 1];
      for (int i = 0; i < items.length; i++) {
        items[i] = Ops.newRef(ts, args[off + 1 + i]);
      }
      return PyTuple.ofType(ts, cls, items);
    }
    PyType base = base(ts, cls);
    PyTuple fields = fieldsOf(ts, base);
    String[] names = new String[fields.items.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = ((PyStr) fields.items[i]).value;
    }
    PyObject defaults = base.dict.getString("_field_defaults");
    PyDict dflt = defaults instanceof PyDict d ? d : null;
    int required = names.length;
    if (dflt != null) {
      while (required > 0 && dflt.getString(names[required - 1]) != null) {
        required--;
      }
    }
    PythonSignature sig =
        new PythonSignature(base.name + ".__new__", required, names.length, names);
    PyObject[] bound = sig.bind(ts, args, off + 1, n - 1, kw);
    PyObject[] items = new PyObject[names.length];
    for (int i = 0; i < names.length; i++) {
      PyObject v = bound[i] != null ? bound[i] : dflt.getString(names[i]);
      items[i] = Ops.newRef(ts, v);
    }
    return PyTuple.ofType(ts, cls, items);
  }

  /** {@code _make(iterable)}: {@code tuple.__new__(cls, iterable)} with the right length. */
  private static PyObject make(ThreadState ts, PyObject clsObj, PyObject iterable) {
    if (!(clsObj instanceof PyType cls) || !cls.isSubtypeOf(PyTuple.TYPE)) {
      throw Exc.typeError(ts, "_make() needs a namedtuple class");
    }
    int count = fieldsOf(ts, base(ts, cls)).items.length;
    PyTuple t = SequenceOps.toTuple(ts, iterable);
    try {
      if (t.items.length != count) {
        throw Exc.typeError(ts, "Expected " + count + " arguments, got " + t.items.length);
      }
      PyObject[] items = new PyObject[count];
      for (int i = 0; i < count; i++) {
        items[i] = Ops.newRef(ts, t.items[i]);
      }
      return PyTuple.ofType(ts, cls, items);
    } finally {
      Ops.decref(ts, t);
    }
  }

  /** {@code _replace(self, /, **kwds)}. */
  private static PyObject replace(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyType base = base(ts, self.type);
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    if (npos > 0) {
      throw Exc.typeError(
          ts,
          base.name + "._replace() takes 1 positional argument but " + (npos + 1) + " were given");
    }
    PyTuple fields = fieldsOf(ts, base);
    PyTuple me = (PyTuple) self;
    PyDict kwds = new PyDict(ts);
    try {
      for (int k = 0; k < nkw; k++) {
        kwds.put(ts, kw.items[k], args[off + k]);
      }
      int count = Math.min(fields.items.length, me.items.length);
      PyObject[] values = new PyObject[count];
      for (int i = 0; i < count; i++) {
        PyObject v = kwds.pop(ts, fields.items[i]);
        values[i] = v != null ? v : Ops.newRef(ts, me.items[i]);
      }
      PyList list = PyList.steal(ts, values, count);
      PyObject result;
      try {
        result = Ops.callMethod(ts, self, "_make", list);
      } finally {
        Ops.decref(ts, list);
      }
      if (kwds.size() > 0) {
        Ops.decref(ts, result);
        PyList left = SequenceOps.toList(ts, kwds);
        try {
          throw Exc.valueError(ts, "Got unexpected field names: " + Ops.reprString(ts, left));
        } finally {
          Ops.decref(ts, left);
        }
      }
      return result;
    } finally {
      Ops.decref(ts, kwds);
    }
  }

  private static String repr(ThreadState ts, PyObject self) {
    PyTuple fields = fieldsOf(ts, base(ts, self.type));
    PyObject[] items = ((PyTuple) self).items;
    if (items.length < fields.items.length) {
      throw Exc.typeError(ts, "not enough arguments for format string");
    }
    if (items.length > fields.items.length) {
      throw Exc.typeError(ts, "not all arguments converted during string formatting");
    }
    StringBuilder sb = new StringBuilder(self.type.shortName()).append('(');
    for (int i = 0; i < items.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(((PyStr) fields.items[i]).value).append('=').append(Ops.reprString(ts, items[i]));
    }
    return sb.append(')').toString();
  }

  /** {@code _asdict()}: {@code dict(zip(self._fields, self))}. */
  private static PyObject asDict(ThreadState ts, PyObject self) {
    PyObject fields = Ops.getattr(ts, self, "_fields");
    PyDict d = new PyDict(ts);
    try {
      PyObject it = Ops.iter(ts, fields);
      try {
        PyObject[] items = ((PyTuple) self).items;
        for (int i = 0; i < items.length; i++) {
          PyObject name = Ops.next(ts, it);
          if (name == null) {
            break;
          }
          try {
            d.put(ts, name, items[i]);
          } finally {
            Ops.decref(ts, name);
          }
        }
      } finally {
        Ops.decref(ts, it);
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, d);
      throw e;
    } finally {
      Ops.decref(ts, fields);
    }
    return d;
  }
}
