package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * Named tuples made by the runtime, as CPython's {@code PyStructSequence}: {@code
 * sys.version_info}, {@code sys.float_info}, {@code time.struct_time}. A value is a tuple of its
 * sequence fields; a type may have further fields that are attributes only (as {@code
 * struct_time.tm_zone}), kept beside the tuple. The repr names the type with its module and every
 * sequence field ({@code sys.version_info(major=3, ...)}).
 */
public final class StructSeq {
  private StructSeq() {}

  /** One struct sequence type: its sequence fields, then its attribute-only fields. */
  public record Shape(
      PyType type, String module, String[] fields, String[] extraFields, boolean constructible) {
    String qualifiedName() {
      return module.equals("builtins") ? type.name : module + "." + type.name;
    }
  }

  /** A value with attribute-only fields; a value without them is a plain tuple subclass value. */
  static final class Value extends PyTuple {
    final PyObject[] extra;

    Value(ThreadState ts, PyType type, PyObject[] items, PyObject[] extra) {
      super(ts, type, items);
      this.extra = extra;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      for (PyObject o : extra) {
        visit.accept(o);
      }
    }

    @Override
    protected void release(RcThread thread) {
      super.release(thread);
      for (PyObject o : extra) {
        Ops.decref(thread, o);
      }
    }
  }

  private static final List<Shape> SHAPES = new ArrayList<>();

  public static final Shape VERSION_INFO =
      define("sys", "version_info", false, "major", "minor", "micro", "releaselevel", "serial");
  public static final Shape FLOAT_INFO =
      define(
          "sys",
          "float_info",
          true,
          "max",
          "max_exp",
          "max_10_exp",
          "min",
          "min_exp",
          "min_10_exp",
          "dig",
          "mant_dig",
          "epsilon",
          "radix",
          "rounds");
  public static final Shape INT_INFO =
      define(
          "sys",
          "int_info",
          true,
          "bits_per_digit",
          "sizeof_digit",
          "default_max_str_digits",
          "str_digits_check_threshold");
  public static final Shape HASH_INFO =
      define(
          "sys",
          "hash_info",
          true,
          "width",
          "modulus",
          "inf",
          "nan",
          "imag",
          "algorithm",
          "hash_bits",
          "seed_bits",
          "cutoff");
  public static final Shape STRUCT_TIME =
      define(
          "time",
          "struct_time",
          true,
          "tm_year",
          "tm_mon",
          "tm_mday",
          "tm_hour",
          "tm_min",
          "tm_sec",
          "tm_wday",
          "tm_yday",
          "tm_isdst",
          "|tm_zone",
          "|tm_gmtoff");

  /** A shape; a field name starting with '|' (and every one after it) is attribute-only. */
  private static Shape define(String module, String name, boolean constructible, String... all) {
    List<String> fields = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (String f : all) {
      if (f.startsWith("|")) {
        extra.add(f.substring(1));
      } else {
        (extra.isEmpty() ? fields : extra).add(f);
      }
    }
    Shape shape =
        new Shape(
            PyType.builtin(name, PyTuple.TYPE, 0, null),
            module,
            fields.toArray(new String[0]),
            extra.toArray(new String[0]),
            constructible);
    SHAPES.add(shape);
    return shape;
  }

  /** A value of {@code shape} owning {@code items} (sequence fields, then attribute-only ones). */
  public static PyTuple of(ThreadState ts, Shape shape, PyObject... items) {
    int n = shape.fields.length;
    if (items.length == n && shape.extraFields.length == 0) {
      return PyTuple.ofType(ts, shape.type, items);
    }
    PyObject[] sequence = java.util.Arrays.copyOf(items, n);
    PyObject[] extra = new PyObject[shape.extraFields.length];
    for (int i = 0; i < extra.length; i++) {
      extra[i] = n + i < items.length ? items[n + i] : PySingleton.NONE;
    }
    return new Value(ts, shape.type, sequence, extra);
  }

  private static PyObject field(ThreadState ts, PyObject self, int index) {
    PyTuple t = (PyTuple) self;
    if (index < t.items.length) {
      return Ops.newRef(ts, t.items[index]);
    }
    PyObject[] extra = self instanceof Value v ? v.extra : PyTuple.NO_ITEMS;
    int k = index - t.items.length;
    return Ops.newRef(ts, k < extra.length ? extra[k] : PySingleton.NONE);
  }

  private static PyObject repr(ThreadState ts, Shape shape, PyObject self) {
    PyObject[] items = ((PyTuple) self).items;
    StringBuilder sb = new StringBuilder(shape.qualifiedName()).append('(');
    for (int i = 0; i < items.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(shape.fields[i]).append('=');
      sb.append(Ops.reprString(ts, items[i]));
    }
    return PyStr.of(ts, sb.append(')').toString());
  }

  /** {@code struct_time(sequence)}: CPython's {@code structseq_new} without the dict argument. */
  private static PyObject create(
      ThreadState ts, Shape shape, PyObject[] args, int off, int n, PyTuple kw) {
    if (!shape.constructible) {
      throw Exc.typeError(ts, "cannot create '" + shape.qualifiedName() + "' instances");
    }
    ArgParser.checkPositional(ts, shape.qualifiedName(), n - 1, 1, 2);
    PyList list = (PyList) Ops.call1(ts, PyList.TYPE, args[off + 1]);
    try {
      PyObject[] given = java.util.Arrays.copyOf(list.items, list.size);
      int min = shape.fields.length;
      int max = min + shape.extraFields.length;
      if (given.length < min || given.length > max) {
        String bound = given.length < min ? "at least " + min : "at most " + max;
        if (min == max) {
          bound = min + "";
        }
        throw Exc.typeError(
            ts,
            shape.qualifiedName()
                + "() takes "
                + (min == max ? "a " : "an ")
                + bound
                + "-sequence ("
                + given.length
                + "-sequence given)");
      }
      for (PyObject o : given) {
        Ops.incref(ts, o);
      }
      return of(ts, shape, given);
    } finally {
      Ops.decref(ts, list);
    }
  }

  static void setup() {
    for (Shape shape : SHAPES) {
      PyType t = shape.type;
      Bootstrap.constant(t, "__module__", PyStr.intern(shape.module));
      Bootstrap.constant(t, "n_sequence_fields", PyInt.small(shape.fields.length));
      Bootstrap.constant(
          t, "n_fields", PyInt.small(shape.fields.length + shape.extraFields.length));
      Bootstrap.constant(t, "n_unnamed_fields", PyInt.small(0));
      Bootstrap.def(t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> repr(ts, shape, self));
      Bootstrap.newMethod(t, (ts, self, args, off, n, kw) -> create(ts, shape, args, off, n, kw));
      int index = 0;
      for (String[] group : new String[][] {shape.fields, shape.extraFields}) {
        for (String name : group) {
          int slot = index++;
          Bootstrap.getset(t, name, (ts, self) -> field(ts, self, slot), null);
        }
      }
    }
  }
}
