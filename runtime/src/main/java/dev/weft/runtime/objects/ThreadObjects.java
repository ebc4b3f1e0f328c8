package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The objects of the {@code _thread} module: {@code lock}, {@code RLock} and {@code _local}. Lock
 * waits detach the thread state (so a blocked thread holds up neither stop-the-world nor QSBR, and
 * releases its critical sections) and wake for KeyboardInterrupt.
 */
public final class ThreadObjects {
  private ThreadObjects() {}

  /** CPython's {@code _thread.TIMEOUT_MAX} on Linux ({@code PY_TIMEOUT_MAX / 1e6}, in seconds). */
  public static final double TIMEOUT_MAX = 9223372036.0;

  public static final PyType LOCK_TYPE = PyType.builtin("lock", null, 0, null);
  public static final PyType RLOCK_TYPE =
      PyType.builtin("RLock", null, PyType.BASETYPE, (ts, t) -> new RLock(ts, t));
  public static final PyType LOCAL_TYPE =
      PyType.builtin("_local", null, PyType.BASETYPE, (ts, t) -> new Local(ts, t));

  /** {@code _thread.lock}: a plain lock any thread may release. */
  public static final class Lock extends PyObject {
    final Semaphore permit = new Semaphore(1);

    public Lock(ThreadState ts) {
      super(ts.rc, LOCK_TYPE);
    }

    public boolean locked() {
      return permit.availablePermits() == 0;
    }

    /** Takes the lock, which must be free (a new thread's sentinel). */
    public void acquireNow() {
      if (!permit.tryAcquire()) {
        throw new IllegalStateException("sentinel lock already held");
      }
    }

    /** Releases the lock if it is held (a thread state's sentinel at teardown). */
    public void releaseQuietly() {
      if (locked()) {
        permit.release();
      }
    }
  }

  /** {@code _thread.RLock}: owned by one thread at a time, re-entered by its owner. */
  public static final class RLock extends Holder {
    final Semaphore permit = new Semaphore(1);
    volatile long owner;
    long count;

    RLock(ThreadState ts, PyType type) {
      super(ts, type);
    }
  }

  /**
   * {@code _thread._local}: each thread sees its own namespace. A subclass's {@code __init__} runs
   * again, with the constructor's arguments, the first time each thread touches the object.
   */
  public static final class Local extends PyObject implements HasDict {
    final ConcurrentHashMap<ThreadState, PyDict> dicts = new ConcurrentHashMap<>();
    PyTuple args;
    PyDict kwargs;

    Local(ThreadState ts, PyType type) {
      super(ts.rc, type);
    }

    @Override
    public PyDict dict(ThreadState ts) {
      PyDict d = dicts.get(ts);
      if (d != null) {
        return d;
      }
      d = new PyDict(ts);
      dicts.put(ts, d);
      ts.atExit(
          () -> {
            PyDict mine = dicts.remove(ts);
            if (mine != null) {
              Ops.decref(ts, mine);
            }
          });
      if (args != null) {
        PyObject init = type.lookup("__init__");
        if (init != null && init != Bootstrap.objectInit) {
          PyObject r =
              dev.weft.runtime.interpreter.Functions.callWithArgsAndKwargs(
                  ts, init, this, args, kwargs);
          Ops.decref(ts, r);
        }
      }
      return d;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      for (PyDict d : dicts.values()) {
        visit.accept(d);
      }
      visitNonNull(visit, args);
      visitNonNull(visit, kwargs);
    }

    @Override
    protected void release(RcThread thread) {
      for (ThreadState owner : dicts.keySet()) {
        PyDict d = dicts.remove(owner);
        if (d != null) {
          Ops.decref(thread, d);
        }
      }
      if (args != null) {
        Ops.decref(thread, args);
        args = null;
      }
      if (kwargs != null) {
        Ops.decref(thread, kwargs);
        kwargs = null;
      }
    }
  }

  /**
   * Waits for a permit as {@code acquire(blocking, timeout)} asks, detached while it blocks; true
   * if it was taken. Raises KeyboardInterrupt if the wait is interrupted.
   */
  static boolean acquire(ThreadState ts, Semaphore permit, boolean blocking, double timeout) {
    if (permit.tryAcquire()) {
      return true;
    }
    if (!blocking) {
      return false;
    }
    ts.detach();
    try {
      if (timeout < 0) {
        permit.acquire();
        return true;
      }
      return permit.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      ts.attach();
      throw Exc.raise(ts, Exc.KeyboardInterrupt, "");
    } finally {
      if (ts.state() != ThreadState.ATTACHED) {
        ts.attach();
      }
    }
  }

  /**
   * Parses {@code acquire(blocking=True, timeout=-1)} as CPython's {@code lock_acquire_parse_args}.
   */
  static double timeoutArgument(
      ThreadState ts, String who, PyObject[] args, int off, int n, PyTuple kw, boolean[] blocking) {
    ArgParser p = new ArgParser(ts, who, args, off, n, kw, "blocking", "timeout");
    blocking[0] = p.get(0) == null || Ops.isTrue(ts, p.get(0));
    double timeout = p.get(1) == null ? -1 : Arith.toDouble(ts, p.get(1));
    if (!blocking[0] && timeout != -1) {
      throw Exc.valueError(ts, "can't specify a timeout for a non-blocking call");
    }
    if (timeout < 0 && timeout != -1) {
      throw Exc.valueError(ts, "timeout value must be a non-negative number");
    }
    if (timeout > TIMEOUT_MAX) {
      throw Exc.overflowError(ts, "timeout value is too large");
    }
    return timeout;
  }

  static void setup() {
    PyType l = LOCK_TYPE;
    Bootstrap.constant(l, "__module__", PyStr.intern("_thread"));
    PyBuiltin.FN acquire =
        (ts, self, args, off, n, kw) -> {
          boolean[] blocking = new boolean[1];
          double timeout = timeoutArgument(ts, "acquire", args, off, n, kw, blocking);
          return PyBool.of(acquire(ts, ((Lock) self).permit, blocking[0], timeout));
        };
    PyBuiltin.F0 release =
        (ts, self) -> {
          Lock lock = (Lock) self;
          if (!lock.locked()) {
            throw Exc.runtimeError(ts, "release unlocked lock");
          }
          lock.permit.release();
          return PySingleton.NONE;
        };
    PyBuiltin.F0 locked = (ts, self) -> PyBool.of(((Lock) self).locked());
    for (String name : new String[] {"acquire", "acquire_lock", "__enter__"}) {
      Bootstrap.def(l, name, 0, acquire);
    }
    for (String name : new String[] {"release", "release_lock"}) {
      Bootstrap.def(l, name, 0, release);
    }
    Bootstrap.def(
        l, "__exit__", 0, (PyBuiltin.FN) (ts, self, args, off, n, kw) -> release.call(ts, self));
    Bootstrap.def(l, "locked", 0, locked);
    Bootstrap.def(l, "locked_lock", 0, locked);
    Bootstrap.def(
        l,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) ->
                PyStr.of(
                    ts,
                    "<"
                        + (((Lock) self).locked() ? "locked" : "unlocked")
                        + " _thread.lock object at "
                        + Repr.address(self)
                        + ">"));

    PyType r = RLOCK_TYPE;
    Bootstrap.constant(r, "__module__", PyStr.intern("_thread"));
    Bootstrap.allocatingNew(r);
    PyBuiltin.FN racquire =
        (ts, self, args, off, n, kw) -> {
          RLock lock = (RLock) self;
          boolean[] blocking = new boolean[1];
          double timeout = timeoutArgument(ts, "acquire", args, off, n, kw, blocking);
          if (lock.owner == ts.ident) {
            lock.count++;
            return PyBool.TRUE;
          }
          if (!acquire(ts, lock.permit, blocking[0], timeout)) {
            return PyBool.FALSE;
          }
          lock.owner = ts.ident;
          lock.count = 1;
          return PyBool.TRUE;
        };
    PyBuiltin.F0 rrelease =
        (ts, self) -> {
          RLock lock = (RLock) self;
          if (lock.owner != ts.ident || lock.count == 0) {
            throw Exc.runtimeError(ts, "cannot release un-acquired lock");
          }
          if (--lock.count == 0) {
            lock.owner = 0;
            lock.permit.release();
          }
          return PySingleton.NONE;
        };
    Bootstrap.def(r, "acquire", 0, racquire);
    Bootstrap.def(r, "__enter__", 0, racquire);
    Bootstrap.def(r, "release", 0, rrelease);
    Bootstrap.def(
        r, "__exit__", 0, (PyBuiltin.FN) (ts, self, args, off, n, kw) -> rrelease.call(ts, self));
    Bootstrap.def(
        r,
        "_is_owned",
        0,
        (PyBuiltin.F0)
            (ts, self) -> PyBool.of(((RLock) self).owner == ts.ident && ((RLock) self).count > 0));
    Bootstrap.def(
        r, "_recursion_count", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ownCount(ts, self)));
    Bootstrap.def(
        r,
        "_release_save",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              RLock lock = (RLock) self;
              if (lock.count == 0) {
                throw Exc.runtimeError(ts, "cannot release un-acquired lock");
              }
              PyObject[] state = {PyInt.of(ts, lock.count), PyInt.of(ts, lock.owner)};
              lock.count = 0;
              lock.owner = 0;
              lock.permit.release();
              return PyTuple.steal(ts, state);
            });
    Bootstrap.def(
        r,
        "_acquire_restore",
        1,
        (PyBuiltin.F1)
            (ts, self, state) -> {
              RLock lock = (RLock) self;
              PyTuple t = (PyTuple) state;
              acquire(ts, lock.permit, true, -1);
              lock.owner = Ops.index(ts, t.items[1]);
              lock.count = Ops.index(ts, t.items[0]);
              return PySingleton.NONE;
            });
    Bootstrap.def(
        r,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              RLock lock = (RLock) self;
              long owner = lock.owner;
              return PyStr.of(
                  ts,
                  "<"
                      + (owner != 0 ? "locked" : "unlocked")
                      + " _thread.RLock object owner="
                      + owner
                      + " count="
                      + (owner != 0 ? lock.count : 0)
                      + " at "
                      + Repr.address(self)
                      + ">");
            });

    PyType loc = LOCAL_TYPE;
    Bootstrap.constant(loc, "__module__", PyStr.intern("_thread"));
    Bootstrap.newMethod(
        loc,
        (ts, self, args, off, n, kw) -> {
          PyType cls = (PyType) args[off];
          boolean hasArgs = n > 1;
          if (hasArgs && cls.lookup("__init__") == Bootstrap.objectInit) {
            throw Exc.typeError(ts, "Initialization arguments are not supported");
          }
          Local local = new Local(ts, cls);
          int nkw = kw == null ? 0 : kw.items.length;
          PyObject[] positional = new PyObject[n - 1 - nkw];
          for (int i = 0; i < positional.length; i++) {
            positional[i] = Ops.newRef(ts, args[off + 1 + i]);
          }
          local.args = PyTuple.steal(ts, positional);
          if (nkw > 0) {
            local.kwargs = new PyDict(ts);
            for (int k = 0; k < nkw; k++) {
              local.kwargs.put(ts, kw.items[k], args[off + n - nkw + k]);
            }
          }
          // The creating thread's namespace exists at once; __init__ runs for it in the call.
          PyDict d = new PyDict(ts);
          local.dicts.put(ts, d);
          ThreadState creator = ts;
          ts.atExit(
              () -> {
                PyDict mine = local.dicts.remove(creator);
                if (mine != null) {
                  Ops.decref(creator, mine);
                }
              });
          return local;
        });
  }

  private static long ownCount(ThreadState ts, PyObject self) {
    RLock lock = (RLock) self;
    return lock.owner == ts.ident ? lock.count : 0;
  }
}
