package dev.weft.runtime.modules;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.DataclassObjects;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * What the methods {@code @dataclass} generates for one class share, computed once when the class
 * is decorated: the {@code __init__} parameters with their defaults, the assignments its body
 * makes, and the field names {@code __repr__}, the comparisons, {@code __hash__} and the frozen
 * {@code __setattr__} read. CPython generates Python source for each class and {@code exec}s it;
 * here the same behaviour is one set of Java methods ({@link DataclassMethods}) reading this table,
 * which every generated method keeps as its closure (so the defaults and factories it owns live as
 * long as any of them does).
 *
 * <p>{@link #bind} binds a call's arguments to the parameters exactly as CPython binds the
 * generated function's ({@code initialize_locals}): positionals first, then keywords (unexpected or
 * repeated ones fail there), then surplus positionals, then missing positionals, then missing
 * keyword-only ones, each with CPython's message.
 */
final class DataclassSpec extends PyObject {
  static final PyType TYPE = PyType.builtin("dataclass_methods", null, 0, null);

  /**
   * One statement of {@code __init__}'s body, in field order: store into {@code name} the argument
   * at {@code param} (or, when that is the default-factory marker, the factory's result), or with
   * no parameter the factory's result or {@code value} (a slots class's init=False default).
   */
  record Assignment(PyStr name, int param, PyObject factory, PyObject value) {}

  /** The class (owned); {@code slots=True} replaces it by the class it rebuilds. */
  PyType cls;

  /** The module's {@code FrozenInstanceError} (owned). */
  final PyType frozenError;

  /** {@code "Point.__init__"}: how the binding errors name the function. */
  String initName;

  /** {@code self}, or {@code __dataclass_self__} when a field is named {@code self}. */
  String selfName = "self";

  /** The parameters after self: the positional-or-keyword ones, then the keyword-only ones. */
  PyStr[] params = new PyStr[0];

  /** Each parameter's annotation, for the class's docstring. */
  PyObject[] paramTypes = new PyObject[0];

  /** Each parameter's default: null when required, the factory marker for a default_factory. */
  PyObject[] defaults = new PyObject[0];

  int positional;
  int positionalDefaults;

  Assignment[] assignments = new Assignment[0];

  /** The parameters of the InitVar pseudo-fields, passed to {@code __post_init__} in order. */
  int[] initVarParams = new int[0];

  PyStr[] initVarNames = new PyStr[0];

  boolean frozen;
  boolean hasPostInit;

  /** Real fields (no ClassVar, no InitVar): all, and those in repr, comparisons and hash. */
  PyStr[] fieldNames = new PyStr[0];

  PyStr[] reprFields = new PyStr[0];
  PyStr[] compareFields = new PyStr[0];
  PyStr[] hashFields = new PyStr[0];

  /** The names of the methods set on the class, made again for a class slots=True rebuilds. */
  final List<String> generated = new ArrayList<>();

  /** Every other reference this table holds: defaults, factories, annotations. */
  private final List<PyObject> owned = new ArrayList<>();

  DataclassSpec(ThreadState ts, PyType cls, PyType frozenError) {
    super(ts.rc, TYPE);
    this.cls = Ops.newRef(ts, cls);
    this.frozenError = Ops.newRef(ts, frozenError);
    // Deferred like the methods that share it: threads binding them do not contend on its count.
    Refcount.makeDeferred(ts.rc, this);
  }

  /** Keeps a new reference to {@code o} for as long as this table lives; returns {@code o}. */
  PyObject keep(ThreadState ts, PyObject o) {
    if (o != null) {
      owned.add(Ops.newRef(ts, o));
    }
    return o;
  }

  /** Points the table at {@code replacement}, the class slots=True made from {@link #cls}. */
  void moveTo(ThreadState ts, PyType replacement) {
    PyType old = cls;
    cls = Ops.newRef(ts, replacement);
    Ops.decref(ts, old);
  }

  /**
   * The arguments by parameter, borrowed from the caller's window, every default filled in; the
   * factory marker stands where a default factory is to be called. With {@code selfMissing} (an
   * unbound call that gave no self) self is reported missing first.
   */
  PyObject[] bind(
      ThreadState ts, PyObject[] args, int off, int n, PyTuple kwnames, boolean selfMissing) {
    PyObject[] bound = new PyObject[params.length];
    int nkw = kwnames == null ? 0 : kwnames.items.length;
    int npos = n - nkw;
    System.arraycopy(args, off, bound, 0, Math.min(npos, positional));
    for (int k = 0; k < nkw; k++) {
      PyStr name = (PyStr) kwnames.items[k];
      int index = indexOf(name);
      if (index < 0) {
        if (name.value.equals(selfName)) {
          throw Exc.typeError(
              ts, initName + "() got multiple values for argument '" + selfName + "'");
        }
        throw Exc.typeError(
            ts, initName + "() got an unexpected keyword argument '" + name.value + "'");
      }
      if (bound[index] != null) {
        throw Exc.typeError(
            ts, initName + "() got multiple values for argument '" + name.value + "'");
      }
      bound[index] = args[off + npos + k];
    }
    if (npos > positional) {
      throw tooManyPositional(ts, npos + 1, bound);
    }
    List<String> missing = new ArrayList<>();
    if (selfMissing) {
      missing.add(selfName);
    }
    for (int i = npos; i < positional; i++) {
      if (bound[i] == null) {
        if (defaults[i] == null) {
          missing.add(params[i].value);
        } else {
          bound[i] = defaults[i];
        }
      }
    }
    if (!missing.isEmpty()) {
      throw missingArguments(ts, missing, "positional");
    }
    for (int i = positional; i < params.length; i++) {
      if (bound[i] == null) {
        if (defaults[i] == null) {
          missing.add(params[i].value);
        } else {
          bound[i] = defaults[i];
        }
      }
    }
    if (!missing.isEmpty()) {
      throw missingArguments(ts, missing, "keyword-only");
    }
    return bound;
  }

  private int indexOf(PyStr name) {
    for (int i = 0; i < params.length; i++) {
      if (params[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < params.length; i++) {
      if (params[i].value.equals(name.value)) {
        return i;
      }
    }
    return -1;
  }

  /** CPython's {@code too_many_positional}; {@code given} and the counts include self. */
  private PyException tooManyPositional(ThreadState ts, int given, PyObject[] bound) {
    int keywordOnlyGiven = 0;
    for (int i = positional; i < params.length; i++) {
      if (bound[i] != null) {
        keywordOnlyGiven++;
      }
    }
    return ArgParser.tooManyPositional(
        ts, initName, positional + 1, positionalDefaults, given, keywordOnlyGiven);
  }

  /**
   * CPython's {@code missing_arguments}: {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and
   * 'c'}.
   */
  private PyException missingArguments(ThreadState ts, List<String> names, String kind) {
    return ArgParser.missingArguments(ts, initName, names, kind);
  }

  /** Whether {@code value} is the marker that asks for a default factory's result. */
  static boolean isFactoryMarker(PyObject value) {
    return value == DataclassObjects.HAS_DEFAULT_FACTORY;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visit.accept(cls);
    visit.accept(frozenError);
    for (PyObject o : owned) {
      visit.accept(o);
    }
  }

  @Override
  protected void release(RcThread thread) {
    Ops.decref(thread, cls);
    Ops.decref(thread, frozenError);
    for (PyObject o : owned) {
      Ops.decref(thread, o);
    }
    owned.clear();
  }
}
