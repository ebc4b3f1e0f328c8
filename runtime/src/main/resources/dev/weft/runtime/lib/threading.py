"""Thread-based parallelism (Weft implementation).

A pure-Python threading module written for the Weft runtime.  It follows
the public behaviour of CPython 3.11's ``threading`` module, but is built
only on the low-level ``_thread`` module plus ``sys`` and ``time``.

Overview of the machinery:

* Every Thread object started through this module is recorded in a
  registry (``_active``: ident -> Thread).  While ``start()`` is waiting
  for the new OS thread to come up, the object sits in ``_limbo``.
* Each started thread obtains a "sentinel" lock from
  ``_thread._set_sentinel()``.  The runtime releases that lock when the
  thread's state is destroyed, i.e. after the thread has completely
  finished.  ``join()`` and ``is_alive()`` are implemented by waiting on /
  probing that lock.
* ``_shutdown()`` is called by the runtime once the main program is done;
  it joins every non-daemon thread that is still running.
"""

import sys as _sys
import _thread
from time import monotonic as _time, sleep as _sleep

__all__ = ['get_ident', 'get_native_id', 'active_count', 'Condition',
           'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Thread', 'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'excepthook', 'ExceptHookArgs',
           'gettrace', 'getprofile']

# Short local aliases for the primitives we use from _thread.
_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
local = _thread._local

# Hooks installed into every new thread (see settrace/setprofile).
_trace_hook = None
_profile_hook = None


def setprofile(func):
    """Set a profile function for all threads started from threading."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Return the profiler hook set by setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from threading."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Return the trace hook set by settrace()."""
    return _trace_hook


# ---------------------------------------------------------------------------
# Locks
# ---------------------------------------------------------------------------

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Return a new reentrant lock (a factory function, as in CPython)."""
    return _thread.RLock(*args, **kwargs)


# ---------------------------------------------------------------------------
# Condition variables
# ---------------------------------------------------------------------------

class Condition:
    """A condition variable bound to a lock (an RLock by default).

    Each waiting thread parks on a private, already-acquired lock that it
    appends to ``_waiters``; notify() releases those private locks in FIFO
    order to wake the waiters.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # Expose the lock's acquire/release directly.
        self.acquire = lock.acquire
        self.release = lock.release
        # If the lock knows how to fully release / restore itself (RLock),
        # use that; otherwise the generic fallbacks defined below are used.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # Fallbacks for plain (non-reentrant) locks.
    def _release_save(self):
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner; the best we can do is check that it is
        # held by somebody.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, wait for a notification or the timeout, then
        reacquire the lock.  Returns False only if the wait timed out."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        parked = _allocate_lock()
        parked.acquire()
        self._waiters.append(parked)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                parked.acquire()
                woken = True
            elif timeout > 0:
                woken = parked.acquire(True, timeout)
            else:
                woken = parked.acquire(False)
            return woken
        finally:
            # Always get the lock back, even if interrupted.
            self._acquire_restore(state)
            if not woken:
                # Timed out (or interrupted): withdraw from the waiter list
                # unless a notifier already removed us.
                try:
                    self._waiters.remove(parked)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires; return the
        last value of predicate()."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            parked = waiters[0]
            try:
                parked.release()
            except RuntimeError:
                # Already released by an earlier, interrupted notify().
                pass
            else:
                n -= 1
            try:
                waiters.remove(parked)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores
# ---------------------------------------------------------------------------

class Semaphore:
    """A counter that acquire() decrements (blocking at zero) and release()
    increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter; return True on success, False if a
        non-blocking call or a timed call could not do so."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up to n waiters."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------

class Event:
    """A boolean flag that threads can wait on."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Return True if the flag is set."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        return self.is_set()

    def set(self):
        """Set the flag and wake every waiter."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag to False."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout expires; return the
        flag's value at exit."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# ---------------------------------------------------------------------------
# Barriers
# ---------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


# Barrier states.
_FILLING = 0      # accepting new arrivals
_DRAINING = 1     # released; waiters are leaving wait()
_RESETTING = -1   # reset() called while threads were waiting
_BROKEN = -2      # aborted, timed out, or the action raised


class Barrier:
    """Blocks a fixed number of parties until they have all called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0          # threads currently inside wait()

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for all parties; return this thread's arrival index in
        range(parties).  Raises BrokenBarrierError if the barrier breaks."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A previous cycle may still be draining or resetting.
            while self._state == _DRAINING or self._state == _RESETTING:
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                # The last thread out re-opens the barrier for a new cycle.
                if self._count == 0 and (self._state == _DRAINING or
                                         self._state == _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        # Called by the last arriving thread, with the lock held.
        try:
            if self._action:
                self._action()
        except:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            # Timed out: this breaks the barrier for everybody.
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; current waiters get
        BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    # Cleared by the last waiter to leave.
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# Thread registry
# ---------------------------------------------------------------------------

_registry_lock = _allocate_lock()   # guards _active, _limbo
_active = {}        # ident -> Thread, for running threads
_limbo = {}         # Thread -> Thread, for threads between start() and run

_name_lock = _allocate_lock()
_name_counter = 0   # shared by "Thread-%d" and "Dummy-%d" names


def _newname(template):
    global _name_counter
    with _name_lock:
        _name_counter += 1
        n = _name_counter
    return template % n


# ---------------------------------------------------------------------------
# excepthook
# ---------------------------------------------------------------------------

class ExceptHookArgs:
    """Arguments of threading.excepthook().

    Behaves like CPython's struct sequence: built from one 4-item sequence,
    with named attributes and tuple-style indexing.
    """

    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __init__(self, args):
        values = tuple(args)
        if len(values) != 4:
            raise TypeError("threading.ExceptHookArgs() takes a 4-sequence "
                            f"({len(values)}-sequence given)")
        self._values = values

    exc_type = property(lambda self: self._values[0])
    exc_value = property(lambda self: self._values[1])
    exc_traceback = property(lambda self: self._values[2])
    thread = property(lambda self: self._values[3])

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, ExceptHookArgs):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        parts = ", ".join(f"{name}={value!r}"
                          for name, value in zip(self._fields, self._values))
        return f"ExceptHookArgs({parts})"


def _python_excepthook(args):
    """Pure-Python equivalent of _thread._excepthook (see below)."""
    if args.exc_type is SystemExit:
        return                      # SystemExit is silently ignored
    thread = args.thread
    stderr = _sys.stderr
    if stderr is None:
        if thread is None:
            return
        stderr = getattr(thread, '_stderr', None)
        if stderr is None:
            return
    name = getattr(thread, 'name', None) if thread is not None else None
    if name is None:
        name = get_ident()
    stderr.write(f"Exception in thread {name}:\n")
    stderr.flush()
    # sys.__excepthook__ prints the traceback to sys.stderr; point that at
    # the chosen stream for the duration of the call.
    saved = _sys.stderr
    _sys.stderr = stderr
    try:
        _sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)
    finally:
        _sys.stderr = saved
    stderr.flush()


def _pick_default_excepthook():
    # The runtime's _thread._excepthook accepts our ExceptHookArgs.  CPython's
    # C version only accepts its own struct sequence, which matters when this
    # module is exercised on CPython.  Probe with a SystemExit record: an
    # accepting hook ignores it silently; a rejecting one raises TypeError.
    native = getattr(_thread, '_excepthook', None)
    if native is None:
        return _python_excepthook
    try:
        native(ExceptHookArgs((SystemExit, SystemExit(), None, None)))
    except TypeError:
        return _python_excepthook
    return native


excepthook = _pick_default_excepthook()
__excepthook__ = excepthook      # the original value, as in CPython


def _make_excepthook_invoker():
    # Returns the function that a thread's bootstrap code calls from its
    # except clause.  (Built by a factory so that its traceback frame reads
    # "invoke_excepthook", matching CPython's reports.)
    def invoke_excepthook(thread):
        exc_type, exc_value, exc_tb = _sys.exc_info()
        args = None
        try:
            hook = excepthook
            if hook is None:
                hook = __excepthook__
            args = ExceptHookArgs((exc_type, exc_value, exc_tb, thread))
            hook(args)
        except Exception as exc:
            # The hook itself failed: report that failure via sys.excepthook.
            exc.__suppress_context__ = True
            stderr = _sys.stderr
            if stderr is None:
                stderr = thread._stderr
            print("Exception in threading.excepthook:", file=stderr,
                  flush=True)
            hook = _sys.excepthook
            if hook is None:
                hook = _sys.__excepthook__
            hook(*_sys.exc_info())
        finally:
            # Break reference cycles through the traceback.
            args = exc_type = exc_value = exc_tb = None
    return invoke_excepthook


_invoke_excepthook = _make_excepthook_invoker()


# ---------------------------------------------------------------------------
# Thread
# ---------------------------------------------------------------------------

class Thread:
    """A thread of control.  Pass a callable as ``target`` or override
    run() in a subclass."""

    _initialized = False     # becomes True in __init__

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                target_name = getattr(target, '__name__', None)
                if target_name is not None:
                    name += f" ({target_name})"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            # Inherit the daemon flag of the creating thread.
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._sentinel = None        # released when the thread is gone
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # Remembered in case sys.stderr is None when the thread fails.
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()          # refreshes _is_stopped
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{self.__class__.__name__}({self._name}, {status})>"

    # -- starting ----------------------------------------------------------

    def start(self):
        """Start the thread; may be called at most once per object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                del _limbo[self]
            raise
        # Wait until the new thread has registered itself.
        self._started.wait()

    def run(self):
        """The thread's activity; by default calls target(*args, **kwargs)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop references so that the thread object does not keep the
            # target and its arguments alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # Entry point of the new OS thread.
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._take_sentinel()
            self._native_id = get_native_id()
            with _registry_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook is not None:
                _sys.settrace(_trace_hook)
            if _profile_hook is not None:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            with _registry_lock:
                _active.pop(get_ident(), None)

    def _take_sentinel(self):
        # _set_sentinel() gives a lock that the runtime releases when this
        # thread's state is destroyed.  We need it held from now on.  Weft
        # hands it back already locked; CPython hands it back unlocked.  A
        # non-blocking acquire makes both cases end up locked.
        lock = _set_sentinel()
        lock.acquire(False)
        self._sentinel = lock

    # -- joining -----------------------------------------------------------

    def _poll_sentinel(self, block, timeout=-1):
        # Wait for (or, with block=False, just check) the sentinel lock.
        # Once it has been released the thread is marked stopped.
        lock = self._sentinel
        if lock is None:
            return              # already known to be stopped
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            # Interrupted while holding it: still a valid observation.
            if lock.locked():
                lock.release()
                self._stop()
            raise

    def _stop(self):
        self._is_stopped = True
        self._sentinel = None

    def join(self, timeout=None):
        """Wait until the thread terminates or the timeout (seconds)
        expires.  Always returns None; check is_alive() afterwards."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._poll_sentinel(True)
        else:
            # A negative timeout behaves like 0.
            self._poll_sentinel(True, max(timeout, 0))

    def is_alive(self):
        """Return True between the start of run() and the thread's end."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._poll_sentinel(False)
        return not self._is_stopped

    # -- attributes --------------------------------------------------------

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # Deprecated camelCase accessors.
    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Call function(*args, **kwargs) after interval seconds unless
    cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported this module (normally the main thread)."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._take_sentinel()
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands in for a thread not started via this module.  Such threads
    are treated as daemons, are always alive and cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------
# Module-level functions
# ---------------------------------------------------------------------------

def current_thread():
    """Return the Thread object of the calling thread (a dummy object if
    the thread was not started through this module)."""
    with _registry_lock:
        thread = _active.get(get_ident())
    if thread is None:
        thread = _DummyThread()
    return thread


def currentThread():
    """Deprecated alias of current_thread()."""
    return current_thread()


def active_count():
    """Number of Thread objects currently alive (as enumerate() lists)."""
    with _registry_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    return active_count()


def enumerate():
    """List of all Thread objects currently alive, including the main
    thread, dummy threads and threads that are still starting up."""
    with _registry_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main Thread object."""
    return _main_thread


_main_thread = _MainThread()

# Functions to run when _shutdown() starts, before threads are joined.
_shutting_down = False
_threading_atexits = []


def _register_atexit(func, *args, **kwargs):
    """Register func to be called by _shutdown() before non-daemon threads
    are joined (used by e.g. concurrent.futures)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, args, kwargs))


def _shutdown():
    """Called by the runtime when the main program ends: wait for all
    non-daemon threads to finish."""
    global _shutting_down
    if _main_thread._is_stopped:
        return                      # already done
    _shutting_down = True
    for func, args, kwargs in reversed(_threading_atexits):
        func(*args, **kwargs)

    me = get_ident()
    if _main_thread._ident == me:
        # The main thread is finishing: mark it stopped so that threads
        # joining it are released.
        lock = _main_thread._sentinel
        if lock is not None and lock.locked():
            lock.release()
        _main_thread._stop()

    # Join non-daemon threads.  Threads may start more threads while we
    # wait, so rescan until a pass finds nothing left to wait for.
    while True:
        with _registry_lock:
            candidates = list(_active.values()) + list(_limbo.values())
        pending = []
        starting = False
        for t in candidates:
            if t is _main_thread or t._ident == me or t._daemonic:
                continue
            if not t._started.is_set():
                # Still in start(); it will register (or be dropped from
                # _limbo if starting failed) momentarily.
                starting = True
            elif t.is_alive():
                pending.append(t)
        if not pending and not starting:
            break
        for t in pending:
            t.join()
        if starting and not pending:
            _sleep(0.001)
