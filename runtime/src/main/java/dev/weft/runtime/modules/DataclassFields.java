package dev.weft.runtime.modules;

import dev.weft.runtime.objects.DataclassObjects;
import dev.weft.runtime.objects.DataclassObjects.Field;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyGetSet;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a class being decorated: one annotation made a {@code Field} ({@code _get_field}:
 * its default from the class, its kind, CPython's checks), recognising {@code ClassVar}, {@code
 * InitVar} and {@code KW_ONLY} annotations, as objects or as strings naming them in the class's
 * module; and the {@link DataclassSpec} the generated methods read, made from the finished fields.
 *
 * <p>ClassVar is {@code typing}'s: without a {@code typing} module in {@code sys.modules} no
 * annotation is one, as in CPython. An annotation counts as {@code ClassVar[...]} when it is {@code
 * typing.ClassVar} itself, or an object of a {@code typing} type whose {@code __origin__} is it (or
 * whose repr starts {@code typing.ClassVar}, for a typing module that keeps no origin).
 */
final class DataclassFields {
  private DataclassFields() {}

  /** CPython's {@code _MODULE_IDENTIFIER_RE}: an optional {@code module.} and then a name. */
  private static final Pattern MODULE_IDENTIFIER =
      Pattern.compile("^(?:\\s*(\\w+)\\s*\\.)?\\s*(\\w+)", Pattern.UNICODE_CHARACTER_CLASS);

  /** The values of a {@code __dataclass_fields__} mapping, as new references. */
  static List<PyObject> values(ThreadState ts, PyObject mapping) {
    List<PyObject> out = new ArrayList<>();
    if (mapping instanceof PyDict d) {
      for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
        out.add(Ops.newRef(ts, d.valueAt(p)));
      }
      return out;
    }
    PyObject values = Ops.callMethod(ts, mapping, "values");
    try {
      PyObject it = Ops.iter(ts, values);
      try {
        PyObject v;
        while ((v = Ops.next(ts, it)) != null) {
          out.add(v);
        }
      } finally {
        Ops.decref(ts, it);
      }
    } catch (RuntimeException e) {
      out.forEach(v -> Ops.decref(ts, v));
      throw e;
    } finally {
      Ops.decref(ts, values);
    }
    return out;
  }

  static Field asField(ThreadState ts, PyObject o) {
    if (o instanceof Field f) {
      return f;
    }
    throw Exc.attributeError(ts, o, "name");
  }

  /** The class's own {@code __annotations__} as (name, annotation) pairs of new references. */
  static List<PyObject[]> annotations(ThreadState ts, PyType cls) {
    List<PyObject[]> out = new ArrayList<>();
    PyObject ann = cls.dict.getString("__annotations__");
    if (ann == null) {
      return out;
    }
    if (ann instanceof PyDict d) {
      for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
        out.add(new PyObject[] {Ops.newRef(ts, d.keyAt(p)), Ops.newRef(ts, d.valueAt(p))});
      }
      return out;
    }
    PyObject items = Ops.callMethod(ts, ann, "items");
    try {
      PyObject it = Ops.iter(ts, items);
      try {
        PyObject pair;
        while ((pair = Ops.next(ts, it)) != null) {
          try {
            PyObject name = Ops.getitem(ts, pair, PyInt.ZERO);
            PyObject one = PyInt.of(ts, 1);
            try {
              out.add(new PyObject[] {name, Ops.getitem(ts, pair, one)});
            } catch (RuntimeException e) {
              Ops.decref(ts, name);
              throw e;
            } finally {
              Ops.decref(ts, one);
            }
          } finally {
            Ops.decref(ts, pair);
          }
        }
      } finally {
        Ops.decref(ts, it);
      }
    } catch (RuntimeException e) {
      for (PyObject[] a : out) {
        Ops.decref(ts, a[0]);
        Ops.decref(ts, a[1]);
      }
      throw e;
    } finally {
      Ops.decref(ts, items);
    }
    return out;
  }

  /** A field name as an attribute name (borrowed). */
  static PyStr attributeName(ThreadState ts, PyObject name) {
    if (name instanceof PyStr s) {
      return s;
    }
    throw Exc.typeError(ts, "attribute name must be string, not '" + name.typeName() + "'");
  }

  // --- one field ---

  /**
   * CPython's {@code _get_field}: the Field for annotation {@code type} of {@code name} (a new
   * reference), its default read from the class ({@code field()} objects are taken as they are).
   */
  static Field getField(
      ThreadState ts,
      DataclassesModule.State st,
      PyType cls,
      PyObject name,
      PyObject type,
      boolean kwOnlyDefault) {
    PyObject dflt = Ops.getattrOrNull(ts, cls, attributeName(ts, name));
    Field f;
    if (dflt instanceof Field given) {
      f = given;
    } else {
      PyObject d =
          dflt == null || dflt.type == PyGetSet.MEMBER_TYPE ? DataclassObjects.MISSING : dflt;
      try {
        f =
            DataclassObjects.newField(
                ts,
                d,
                DataclassObjects.MISSING,
                PyBool.TRUE,
                PyBool.TRUE,
                PySingleton.NONE,
                PyBool.TRUE,
                PySingleton.NONE,
                DataclassObjects.MISSING);
      } finally {
        Ops.xdecref(ts, dflt);
      }
    }
    try {
      f.set(ts, Field.NAME, name);
      f.set(ts, Field.TYPE, type);
      PyObject kind = DataclassObjects.FIELD_KIND;
      if (isClassVar(ts, st, cls, type)) {
        kind = DataclassObjects.CLASSVAR_KIND;
      } else if (isInitVar(ts, st, cls, type)) {
        kind = DataclassObjects.INITVAR_KIND;
      }
      f.set(ts, Field.KIND, kind);
      String shown = Ops.strString(ts, name);
      if (kind != DataclassObjects.FIELD_KIND
          && f.require(ts, Field.DEFAULT_FACTORY) != DataclassObjects.MISSING) {
        throw Exc.typeError(ts, "field " + shown + " cannot have a default factory");
      }
      if (kind != DataclassObjects.CLASSVAR_KIND) {
        if (f.require(ts, Field.KW_ONLY) == DataclassObjects.MISSING) {
          f.set(ts, Field.KW_ONLY, PyBool.of(kwOnlyDefault));
        }
      } else if (f.require(ts, Field.KW_ONLY) != DataclassObjects.MISSING) {
        throw Exc.typeError(ts, "field " + shown + " is a ClassVar but specifies kw_only");
      }
      if (kind == DataclassObjects.FIELD_KIND) {
        PyObject d = f.require(ts, Field.DEFAULT);
        if (d.type.lookup("__hash__") == PySingleton.NONE) {
          throw Exc.valueError(
              ts,
              "mutable default "
                  + Ops.strString(ts, d.type)
                  + " for field "
                  + shown
                  + " is not allowed: use default_factory");
        }
      }
      return f;
    } catch (RuntimeException e) {
      Ops.decref(ts, f);
      throw e;
    }
  }

  static boolean isKwOnlyMarker(
      ThreadState ts, DataclassesModule.State st, PyType cls, PyObject a) {
    Predicate<PyObject> kwOnly = o -> o == DataclassObjects.KW_ONLY;
    return kwOnly.test(a)
        || (a instanceof PyStr s && isType(ts, cls, s.value, st.module(), kwOnly));
  }

  private static boolean isInitVar(
      ThreadState ts, DataclassesModule.State st, PyType cls, PyObject a) {
    Predicate<PyObject> initVar =
        o -> o != null && (o == DataclassObjects.INIT_VAR || o.type == DataclassObjects.INIT_VAR);
    return initVar.test(a)
        || (a instanceof PyStr s && isType(ts, cls, s.value, st.module(), initVar));
  }

  private static boolean isClassVar(
      ThreadState ts, DataclassesModule.State st, PyType cls, PyObject a) {
    PyObject typing = ts.runtime.modules.getString("typing");
    if (typing == null) {
      return false;
    }
    PyObject classVar = Ops.getattrOrNull(ts, typing, PyStr.intern("ClassVar"));
    if (classVar == null) {
      return false;
    }
    try {
      Predicate<PyObject> test = o -> isClassVarObject(ts, o, classVar);
      return test.test(a) || (a instanceof PyStr s && isType(ts, cls, s.value, typing, test));
    } finally {
      Ops.decref(ts, classVar);
    }
  }

  private static boolean isClassVarObject(ThreadState ts, PyObject a, PyObject classVar) {
    if (a == null) {
      return false;
    }
    if (a == classVar) {
      return true;
    }
    if (!(a.type.dict != null && a.type.dict.getString("__module__") instanceof PyStr m)
        || !m.value.equals("typing")) {
      return false;
    }
    PyObject origin = Ops.getattrOrNull(ts, a, PyStr.intern("__origin__"));
    if (origin != null) {
      Ops.decref(ts, origin);
      return origin == classVar;
    }
    return Ops.reprString(ts, a).startsWith("typing.ClassVar");
  }

  /**
   * CPython's {@code _is_type}: whether the string annotation names, in the class's module, an
   * object {@code predicate} accepts: a bare name is looked up in the class's module, {@code
   * mod.Name} in {@code module} when the class's module binds {@code mod} to it.
   */
  private static boolean isType(
      ThreadState ts, PyType cls, String annotation, PyObject module, Predicate<PyObject> test) {
    Matcher m = MODULE_IDENTIFIER.matcher(annotation);
    if (!m.lookingAt()) {
      return false;
    }
    PyDict home = moduleDict(ts, cls);
    PyDict ns = null;
    if (m.group(1) == null) {
      ns = home;
    } else if (home != null
        && home.getString(m.group(1)) == module
        && module instanceof PyModule mod) {
      ns = mod.dict;
    }
    return ns != null && test.test(ns.getString(m.group(2)));
  }

  /** {@code sys.modules[cls.__module__].__dict__}, or null. */
  private static PyDict moduleDict(ThreadState ts, PyType cls) {
    if (cls.dict.getString("__module__") instanceof PyStr name
        && ts.runtime.modules.getString(name.value) instanceof PyModule m) {
      return m.dict;
    }
    return null;
  }

  // --- the spec ---

  private static boolean truth(ThreadState ts, Field f, int slot) {
    return Ops.isTrue(ts, f.require(ts, slot));
  }

  /** The table the generated methods read, from the class's fields in order. */
  static DataclassSpec spec(
      ThreadState ts,
      DataclassesModule.State st,
      PyType cls,
      List<Field> fields,
      DataclassProcess.Options o) {
    DataclassSpec s = new DataclassSpec(ts, cls, st.frozenError());
    try {
      s.initName = cls.qualname + ".__init__";
      s.frozen = o.frozen();
      List<Field> initFields = new ArrayList<>();
      List<Field> real = new ArrayList<>();
      for (Field f : fields) {
        PyObject kind = f.require(ts, Field.KIND);
        if (kind == DataclassObjects.FIELD_KIND || kind == DataclassObjects.INITVAR_KIND) {
          initFields.add(f);
        }
        if (kind == DataclassObjects.FIELD_KIND) {
          real.add(f);
        }
        if (Ops.strString(ts, f.require(ts, Field.NAME)).equals("self")) {
          s.selfName = "__dataclass_self__";
        }
      }
      List<Field> params = new ArrayList<>();
      for (boolean keywordOnly : new boolean[] {false, true}) {
        for (Field f : initFields) {
          if (truth(ts, f, Field.INIT) && truth(ts, f, Field.KW_ONLY) == keywordOnly) {
            params.add(f);
          }
        }
        if (!keywordOnly) {
          s.positional = params.size();
        }
      }
      int n = params.size();
      s.params = new PyStr[n];
      s.paramTypes = new PyObject[n];
      s.defaults = new PyObject[n];
      for (int i = 0; i < n; i++) {
        Field f = params.get(i);
        s.params[i] = attributeName(ts, f.require(ts, Field.NAME));
        s.keep(ts, s.params[i]);
        s.paramTypes[i] = s.keep(ts, f.require(ts, Field.TYPE));
        PyObject dflt = f.require(ts, Field.DEFAULT);
        if (dflt != DataclassObjects.MISSING) {
          s.defaults[i] = s.keep(ts, dflt);
        } else if (f.require(ts, Field.DEFAULT_FACTORY) != DataclassObjects.MISSING) {
          s.defaults[i] = DataclassObjects.HAS_DEFAULT_FACTORY;
        }
        if (i < s.positional && s.defaults[i] != null) {
          s.positionalDefaults++;
        }
      }
      List<DataclassSpec.Assignment> assignments = new ArrayList<>();
      List<Integer> initVars = new ArrayList<>();
      List<PyStr> initVarNames = new ArrayList<>();
      for (Field f : initFields) {
        int param = params.indexOf(f);
        if (f.require(ts, Field.KIND) == DataclassObjects.INITVAR_KIND) {
          initVars.add(param);
          initVarNames.add(ownName(ts, s, f));
          continue;
        }
        PyStr name = param >= 0 ? s.params[param] : ownName(ts, s, f);
        PyObject factory = f.require(ts, Field.DEFAULT_FACTORY);
        PyObject dflt = f.require(ts, Field.DEFAULT);
        if (factory != DataclassObjects.MISSING) {
          assignments.add(new DataclassSpec.Assignment(name, param, s.keep(ts, factory), null));
        } else if (param >= 0) {
          assignments.add(new DataclassSpec.Assignment(name, param, null, null));
        } else if (o.slots() && dflt != DataclassObjects.MISSING) {
          assignments.add(new DataclassSpec.Assignment(name, -1, null, s.keep(ts, dflt)));
        }
      }
      s.assignments = assignments.toArray(new DataclassSpec.Assignment[0]);
      s.initVarParams = initVars.stream().mapToInt(Integer::intValue).toArray();
      s.initVarNames = initVarNames.toArray(new PyStr[0]);
      List<PyStr> names = new ArrayList<>(), repr = new ArrayList<>();
      List<PyStr> compare = new ArrayList<>(), hash = new ArrayList<>();
      for (Field f : real) {
        PyStr name = ownName(ts, s, f);
        names.add(name);
        if (truth(ts, f, Field.REPR)) {
          repr.add(name);
        }
        boolean compared = truth(ts, f, Field.COMPARE);
        if (compared) {
          compare.add(name);
        }
        PyObject h = f.require(ts, Field.HASH);
        if (h == PySingleton.NONE ? compared : Ops.isTrue(ts, h)) {
          hash.add(name);
        }
      }
      s.fieldNames = names.toArray(new PyStr[0]);
      s.reprFields = repr.toArray(new PyStr[0]);
      s.compareFields = compare.toArray(new PyStr[0]);
      s.hashFields = hash.toArray(new PyStr[0]);
      return s;
    } catch (RuntimeException e) {
      Ops.decref(ts, s);
      throw e;
    }
  }

  /** The field's name, kept by the spec. */
  private static PyStr ownName(ThreadState ts, DataclassSpec s, Field f) {
    PyStr name = attributeName(ts, f.require(ts, Field.NAME));
    s.keep(ts, name);
    return name;
  }

  /** {@code _init_fn}'s check: no parameter without a default after one with a default. */
  static void checkDefaultsOrder(ThreadState ts, DataclassSpec s) {
    boolean seenDefault = false;
    for (int i = 0; i < s.positional; i++) {
      if (s.defaults[i] != null) {
        seenDefault = true;
      } else if (seenDefault) {
        throw Exc.typeError(
            ts,
            "non-default argument "
                + Ops.reprString(ts, s.params[i])
                + " follows default argument");
      }
    }
  }

  /** CPython's {@code _get_slots}: the names a class's own {@code __slots__} declares. */
  static List<String> slotsOf(ThreadState ts, PyType t) {
    List<String> out = new ArrayList<>();
    PyObject slots = t.dict.getString("__slots__");
    if (slots == null) {
      return out;
    }
    if (slots instanceof PyStr s) {
      out.add(s.value);
      return out;
    }
    if (slots.type.lookup("__next__") != null) {
      throw Exc.typeError(ts, "Slots of '" + t.name + "' cannot be determined");
    }
    PyObject it = Ops.iter(ts, slots);
    try {
      PyObject v;
      while ((v = Ops.next(ts, it)) != null) {
        out.add(Ops.strString(ts, v));
        Ops.decref(ts, v);
      }
    } finally {
      Ops.decref(ts, it);
    }
    return out;
  }
}
