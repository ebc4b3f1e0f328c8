package dev.weft.runtime.modules;

import dev.weft.runtime.interpreter.Functions;
import dev.weft.runtime.interpreter.Tracebacks;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBaseException;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyRuntime;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.ThreadObjects;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code _thread}: starting Python threads, locks, thread-local objects, and the default hook for
 * exceptions that end a thread. {@code threading} and {@code queue} are written in Python on it.
 *
 * <p>A new thread gets its own {@link ThreadState} (linked SUSPENDED if the world is being
 * stopped), runs on a daemon Java thread with an explicit stack size, attaches, calls the function,
 * and at the end leaves through {@code Threads.exit}, which releases its {@code _set_sentinel} lock
 * last, so {@code Thread.join} returns only once the thread state is gone.
 */
final class ThreadModule {
  private ThreadModule() {}

  /** Stack for Python threads: room for the recursion limit with deep native re-entry. */
  private static final long THREAD_STACK_BYTES = 256L << 20;

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "_thread");
    fn(m, ts, "start_new_thread", 2, (PyBuiltin.F3) ThreadModule::startNewThread);
    fn(m, ts, "start_new", 2, (PyBuiltin.F3) ThreadModule::startNewThread);
    fn(m, ts, "allocate_lock", 0, (PyBuiltin.F0) (t, s) -> new ThreadObjects.Lock(t));
    fn(m, ts, "allocate", 0, (PyBuiltin.F0) (t, s) -> new ThreadObjects.Lock(t));
    fn(m, ts, "get_ident", 0, (PyBuiltin.F0) (t, s) -> PyInt.of(t, t.ident));
    fn(
        m,
        ts,
        "get_native_id",
        0,
        (PyBuiltin.F0) (t, s) -> PyInt.of(t, Thread.currentThread().threadId()));
    fn(m, ts, "_count", 0, (PyBuiltin.F0) (t, s) -> PyInt.of(t, t.threads.pythonThreads()));
    fn(m, ts, "daemon_threads_allowed", 0, (PyBuiltin.F0) (t, s) -> PyBool.TRUE);
    fn(m, ts, "stack_size", 0, (PyBuiltin.F1) (t, s, size) -> PyInt.of(t, 0));
    fn(
        m,
        ts,
        "_set_sentinel",
        0,
        (PyBuiltin.F0)
            (t, s) -> {
              ThreadObjects.Lock lock = new ThreadObjects.Lock(t);
              lock.acquireNow();
              // Released when the state is torn down; only the Java reference is kept, so the
              // lock's Python life is its owner's business.
              t.onTeardown = lock::releaseQuietly;
              return lock;
            });
    fn(m, ts, "_excepthook", 1, (PyBuiltin.F1) ThreadModule::exceptHook);
    m.put(ts, "LockType", ThreadObjects.LOCK_TYPE);
    m.put(ts, "lock", ThreadObjects.LOCK_TYPE);
    m.put(ts, "RLock", ThreadObjects.RLOCK_TYPE);
    m.put(ts, "_local", ThreadObjects.LOCAL_TYPE);
    m.put(ts, "error", Exc.RuntimeError);
    m.dict.putStringSteal(ts, "TIMEOUT_MAX", PyFloat.of(ts, ThreadObjects.TIMEOUT_MAX));
    return m;
  }

  private static PyObject startNewThread(
      ThreadState ts, PyObject self, PyObject function, PyObject args, PyObject kwargs) {
    if (!Builtins.isCallable(function)) {
      throw Exc.typeError(ts, "first arg must be callable");
    }
    if (!(args instanceof PyTuple)) {
      throw Exc.typeError(ts, "2nd arg must be a tuple");
    }
    if (kwargs != null && !(kwargs instanceof PyDict)) {
      throw Exc.typeError(ts, "optional 3rd arg must be a dictionary");
    }
    PyRuntime runtime = ts.runtime;
    ThreadState child = runtime.threads.newThread(runtime);
    Ops.incref(ts, function);
    Ops.incref(ts, args);
    if (kwargs != null) {
      Ops.incref(ts, kwargs);
    }
    Thread thread =
        new Thread(
            null,
            () -> run(child, function, (PyTuple) args, (PyDict) kwargs),
            "weft-thread-" + Long.toHexString(child.ident),
            THREAD_STACK_BYTES);
    thread.setDaemon(true);
    child.javaThread = thread;
    runtime.threads.threadStarted();
    thread.start();
    return PyInt.of(ts, child.ident);
  }

  private static void run(ThreadState ts, PyObject function, PyTuple args, PyDict kwargs) {
    ts.attach();
    try {
      try {
        Ops.decref(ts, Functions.callWithArgsAndKwargs(ts, function, null, args, kwargs));
      } catch (PyException e) {
        PyBaseException exc = e.value;
        if (!exc.type.isSubtypeOf(Exc.SystemExit)) {
          ts.runtime.stderr.print(
              "Exception ignored in thread started by: "
                  + Ops.reprString(ts, function)
                  + "\n"
                  + Tracebacks.format(ts, exc));
          ts.runtime.stderr.flush();
        }
        Ops.decref(ts, exc);
      }
      Ops.decref(ts, function);
      Ops.decref(ts, args);
      if (kwargs != null) {
        Ops.decref(ts, kwargs);
      }
    } finally {
      ts.threads.threadFinished();
      ts.threads.exit(ts);
    }
  }

  /**
   * {@code threading.excepthook}'s default: "Exception in thread NAME:" and the traceback on
   * stderr; SystemExit is silent.
   */
  private static PyObject exceptHook(ThreadState ts, PyObject self, PyObject args) {
    PyObject type = Ops.getattr(ts, args, "exc_type");
    PyObject value = Ops.getattr(ts, args, "exc_value");
    PyObject thread = Ops.getattr(ts, args, "thread");
    try {
      if (type instanceof dev.weft.runtime.objects.PyType t && t.isSubtypeOf(Exc.SystemExit)) {
        return PySingleton.NONE;
      }
      String name;
      if (thread != PySingleton.NONE) {
        PyObject n = Ops.getattr(ts, thread, "name");
        name = Ops.strString(ts, n);
        Ops.decref(ts, n);
      } else {
        name = Long.toString(ts.ident);
      }
      String report =
          value instanceof PyBaseException e
              ? Tracebacks.format(ts, e)
              : Ops.strString(ts, type) + "\n";
      ts.runtime.stderr.print("Exception in thread " + name + ":\n" + report);
      ts.runtime.stderr.flush();
      return PySingleton.NONE;
    } finally {
      Ops.decref(ts, type);
      Ops.decref(ts, value);
      Ops.decref(ts, thread);
    }
  }

  private static void fn(PyModule m, ThreadState ts, String name, int minArgs, Object impl) {
    m.put(ts, name, PyBuiltin.function(name, minArgs, impl));
  }
}
