package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/**
 * A function written in Java: a module-level builtin ({@code len}), a method descriptor of a
 * builtin type ({@code list.append}, which takes {@code self} first), or such a method bound to its
 * {@code self}. Small fixed arities get their own interfaces so that the common calls pass
 * arguments without an array; the general form receives the interpreter's argument window.
 *
 * <p>All arguments are borrowed and the result is a new reference. A method descriptor checks that
 * {@code self} is an instance of its owner, as CPython's {@code method_descriptor} does.
 */
public final class PyBuiltin extends PyObject {
  public static final PyType FUNCTION_TYPE =
      PyType.builtin("builtin_function_or_method", null, 0, null);
  public static final PyType METHOD_DESCRIPTOR_TYPE =
      PyType.builtin("method_descriptor", null, 0, null);

  @FunctionalInterface
  public interface F0 {
    PyObject call(ThreadState ts, PyObject self);
  }

  @FunctionalInterface
  public interface F1 {
    PyObject call(ThreadState ts, PyObject self, PyObject a);
  }

  @FunctionalInterface
  public interface F2 {
    PyObject call(ThreadState ts, PyObject self, PyObject a, PyObject b);
  }

  @FunctionalInterface
  public interface F3 {
    PyObject call(ThreadState ts, PyObject self, PyObject a, PyObject b, PyObject c);
  }

  /** The general form: {@code n} positional arguments at {@code args[off]}, then keywords. */
  @FunctionalInterface
  public interface FN {
    PyObject call(ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kwnames);
  }

  public final String name;

  /** The type whose method this is, or null for a module-level function. */
  public final PyType owner;

  /** Bound self (owned) or null. */
  public final PyObject self;

  final Object fn;

  /** For F0..F3: the fewest positional arguments; missing ones up to the arity arrive as null. */
  final int minArgs;

  final int arity;

  /**
   * Whether calls hold {@code self}'s critical section (CPython's {@code @critical_section} on the
   * list, dict and set methods), and the first argument's too when it is also a mutable container:
   * every method of the builtin containers is atomic as CPython's free-threaded build promises.
   */
  boolean lockSelf;

  /**
   * What a method written in Java for one heap type keeps (owned), as a Python function keeps its
   * defaults and closure: the generated methods of a dataclass share their class's field table
   * here. Null for every other builtin.
   */
  public final PyObject closure;

  private PyBuiltin(
      PyType type, String name, PyType owner, PyObject self, Object fn, int minArgs, int arity) {
    super(type, self == null);
    this.name = name;
    this.owner = owner;
    this.self = self;
    this.fn = fn;
    this.minArgs = minArgs;
    this.arity = arity;
    this.closure = null;
  }

  /**
   * A counted method descriptor of a heap type, owning {@code closure} (a new reference taken); its
   * {@code fn} is the general form, and receives a null self when called with no positional
   * argument.
   */
  private PyBuiltin(ThreadState ts, PyType owner, String name, FN fn, PyObject closure) {
    super(ts.rc, METHOD_DESCRIPTOR_TYPE);
    this.name = name;
    this.owner = owner;
    this.self = null;
    this.fn = fn;
    this.minArgs = 0;
    this.arity = -1;
    this.closure = closure;
    // Deferred like a class body's functions: threads that bind it do not contend on its count.
    Refcount.makeDeferred(ts.rc, this);
  }

  private PyBuiltin(ThreadState ts, PyBuiltin unbound, PyObject self) {
    super(ts.rc, FUNCTION_TYPE);
    this.name = unbound.name;
    this.owner = unbound.owner;
    this.self = self;
    this.fn = unbound.fn;
    this.minArgs = unbound.minArgs;
    this.arity = unbound.arity;
    this.lockSelf = unbound.lockSelf;
    this.closure = unbound.closure;
    Ops.incref(ts, self);
    if (closure != null) {
      Ops.incref(ts, closure);
    }
  }

  static int arityOf(Object fn) {
    return switch (fn) {
      case F0 f -> 0;
      case F1 f -> 1;
      case F2 f -> 2;
      case F3 f -> 3;
      default -> -1;
    };
  }

  /**
   * A module-level function; {@code fn} is F0..F3 or FN (its {@code self} is the module or null).
   */
  public static PyBuiltin function(String name, int minArgs, Object fn) {
    return new PyBuiltin(FUNCTION_TYPE, name, null, null, fn, minArgs, arityOf(fn));
  }

  /** A method descriptor of {@code owner}. */
  public static PyBuiltin method(PyType owner, String name, int minArgs, Object fn) {
    return new PyBuiltin(METHOD_DESCRIPTOR_TYPE, name, owner, null, fn, minArgs, arityOf(fn));
  }

  /**
   * A method descriptor made at run time for the heap type {@code owner}, which keeps {@code
   * closure} (taking over the reference): unlike the builtin types' methods it is counted, so what
   * it keeps is freed with it. It binds its own arguments, self among them (see {@link #call}).
   */
  public static PyBuiltin heapMethod(
      ThreadState ts, PyType owner, String name, FN fn, PyObject closure) {
    return new PyBuiltin(ts, owner, name, fn, closure);
  }

  /** This method bound to {@code self} (a new object holding a reference to it). */
  public PyBuiltin bind(ThreadState ts, PyObject self) {
    return new PyBuiltin(ts, this, self);
  }

  public boolean isDescriptor() {
    return owner != null && self == null;
  }

  /** Calls with the arguments {@code args[off, off+n)} and keyword names {@code kwnames}. */
  public PyObject call(ThreadState ts, PyObject[] args, int off, int n, PyTuple kwnames) {
    PyObject s = self;
    if (closure != null && s == null) {
      // A heap type's method stands for a Python function: its first positional argument is self,
      // of any type, and with none the method itself reports what is missing (self is null).
      int positional = n - (kwnames == null ? 0 : kwnames.items.length);
      return positional == 0
          ? dispatch(ts, null, args, off, n, kwnames)
          : dispatch(ts, args[off], args, off + 1, n - 1, kwnames);
    }
    if (owner != null && s == null) {
      if (n == 0) {
        throw Exc.typeError(
            ts, "unbound method " + owner.name + "." + name + "() needs an argument");
      }
      s = args[off];
      if (!s.type.isSubtypeOf(owner)) {
        throw Exc.typeError(
            ts,
            "descriptor '"
                + name
                + "' for '"
                + owner.name
                + "' objects doesn't apply to a '"
                + s.typeName()
                + "' object");
      }
      off++;
      n--;
    }
    if (lockSelf) {
      return callLocked(ts, s, args, off, n, kwnames);
    }
    return dispatch(ts, s, args, off, n, kwnames);
  }

  private PyObject callLocked(
      ThreadState ts, PyObject s, PyObject[] args, int off, int n, PyTuple kwnames) {
    PyObject other = n > 0 ? args[off] : null;
    if (other instanceof PyList || other instanceof PyDict || other instanceof PySet) {
      CriticalSection.begin2(ts, s, other);
    } else {
      CriticalSection.begin(ts, s);
    }
    try {
      return dispatch(ts, s, args, off, n, kwnames);
    } finally {
      CriticalSection.end(ts);
    }
  }

  private PyObject dispatch(
      ThreadState ts, PyObject s, PyObject[] args, int off, int n, PyTuple kwnames) {
    if (arity < 0) {
      return ((FN) fn).call(ts, s, args, off, n, kwnames);
    }
    if (kwnames != null && kwnames.items.length > 0) {
      throw Exc.typeError(ts, displayName() + "() takes no keyword arguments");
    }
    if (n < minArgs || n > arity) {
      throw arityError(ts, n);
    }
    return switch (arity) {
      case 0 -> ((F0) fn).call(ts, s);
      case 1 -> ((F1) fn).call(ts, s, n > 0 ? args[off] : null);
      case 2 -> ((F2) fn).call(ts, s, n > 0 ? args[off] : null, n > 1 ? args[off + 1] : null);
      default ->
          ((F3) fn)
              .call(
                  ts,
                  s,
                  n > 0 ? args[off] : null,
                  n > 1 ? args[off + 1] : null,
                  n > 2 ? args[off + 2] : null);
    };
  }

  private PyException arityError(ThreadState ts, int n) {
    String who = displayName();
    String qualified = owner != null ? owner.qualname + "." + name : name;
    if (arity == 0) {
      return Exc.typeError(ts, qualified + "() takes no arguments (" + n + " given)");
    }
    if (arity == 1 && minArgs == 1) {
      return Exc.typeError(ts, qualified + "() takes exactly one argument (" + n + " given)");
    }
    ArgParser.checkPositional(ts, who, n, minArgs, arity);
    throw new IllegalStateException("arity error for an acceptable count: " + n);
  }

  private String displayName() {
    return name;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visitNonNull(visit, self);
    visitNonNull(visit, closure);
  }

  @Override
  protected void release(RcThread thread) {
    if (self != null) {
      Ops.decref(thread, self);
    }
    if (closure != null) {
      Ops.decref(thread, closure);
    }
  }
}
