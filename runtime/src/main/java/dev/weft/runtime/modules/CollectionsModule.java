package dev.weft.runtime.modules;

import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Counters;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.NamedTuples;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.OrderedDicts;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyDefaultDict;
import dev.weft.runtime.objects.PyDeque;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.SequenceOps;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code collections}: {@code deque}, {@code defaultdict}, {@code OrderedDict}, {@code Counter},
 * {@code namedtuple}, {@code ChainMap}, {@code UserDict}, {@code UserList} and {@code UserString},
 * as CPython 3.11 defines them (their types live in {@code objects}); {@code collections.abc} is
 * its own module, also reachable as {@code collections.abc}.
 */
final class CollectionsModule {
  private CollectionsModule() {}

  private static final String[] ALL = {
    "ChainMap",
    "Counter",
    "OrderedDict",
    "UserDict",
    "UserList",
    "UserString",
    "defaultdict",
    "deque",
    "namedtuple"
  };

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "collections");
    PyModule abc = dev.weft.runtime.interpreter.Imports.importModule(ts, "collections.abc");
    m.put(ts, "abc", abc);
    Ops.decref(ts, abc);
    m.put(ts, "deque", PyDeque.TYPE);
    m.put(ts, "defaultdict", PyDefaultDict.TYPE);
    m.put(ts, "OrderedDict", OrderedDicts.TYPE);
    m.put(ts, "Counter", Counters.TYPE);
    m.put(ts, "ChainMap", dev.weft.runtime.objects.ChainMaps.TYPE);
    m.put(ts, "UserDict", dev.weft.runtime.objects.UserCollections.USER_DICT);
    m.put(ts, "UserList", dev.weft.runtime.objects.UserCollections.USER_LIST);
    m.put(ts, "UserString", dev.weft.runtime.objects.UserCollections.userString());
    PyObject[] all = new PyObject[ALL.length];
    for (int i = 0; i < ALL.length; i++) {
      all[i] = PyStr.intern(ALL[i]);
    }
    m.dict.putStringSteal(
        ts, "__all__", dev.weft.runtime.objects.PyList.steal(ts, all, all.length));
    m.put(
        ts,
        "namedtuple",
        PyBuiltin.function("namedtuple", 2, (PyBuiltin.FN) CollectionsModule::namedtuple));
    return m;
  }

  /** {@code namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)}. */
  private static PyObject namedtuple(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    int npos = n - (kw == null ? 0 : kw.items.length);
    if (npos > 2) {
      throw Exc.typeError(
          ts, "namedtuple() takes 2 positional arguments but " + npos + " were given");
    }
    ArgParser p =
        new ArgParser(
            ts,
            "namedtuple",
            args,
            off,
            n,
            kw,
            "typename",
            "field_names",
            "*rename",
            "*defaults",
            "*module");
    if (!p.has(0) || !p.has(1)) {
      String missing =
          !p.has(0) && !p.has(1)
              ? "2 required positional arguments: 'typename' and 'field_names'"
              : "1 required positional argument: '" + (p.has(0) ? "field_names" : "typename") + "'";
      throw Exc.typeError(ts, "namedtuple() missing " + missing);
    }
    boolean rename = p.has(2) && Ops.isTrue(ts, p.get(2));
    String[] fields = NamedTuples.fieldNames(ts, p.get(1), rename);
    String typename = Ops.strString(ts, p.get(0));
    NamedTuples.validate(ts, typename, fields, rename);
    PyObject[] defaults = null;
    PyObject d = p.get(3, PySingleton.NONE);
    PyTuple dt = null;
    if (d != PySingleton.NONE) {
      dt = SequenceOps.toTuple(ts, d);
      defaults = dt.items;
    }
    try {
      PyObject module = p.get(4, PySingleton.NONE);
      if (module == PySingleton.NONE) {
        PyObject name = ts.frame != null ? ts.frame.globals.getString("__name__") : null;
        module = name != null ? name : PyStr.intern("__main__");
      }
      return NamedTuples.create(ts, typename, fields, defaults, module);
    } finally {
      Ops.xdecref(ts, dt);
    }
  }
}
