import sys
import threading, queue
import _thread, time
# Thread names, reprs, daemon flags and the misuse errors of Thread.

def work():
    pass

def show(t):
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), "ID")
    return r

class Callable:
    def __call__(self):
        pass

class MyThread(threading.Thread):
    pass

mt = threading.main_thread()
print(mt.name, show(mt), mt is threading.current_thread(), mt.daemon)
print(type(mt).__name__, threading.current_thread() is mt)

t1 = threading.Thread(target=work)
t2 = threading.Thread(target=lambda: None)
t3 = threading.Thread(target=Callable())
t4 = threading.Thread()
t5 = threading.Thread(target=work, name="custom")
t6 = MyThread()
t7 = threading.Thread(target=work, name=42)
t8 = threading.Thread(target=work, name="")       # empty name -> default
for t in (t1, t2, t3, t4, t5, t6, t7, t8):
    print(repr(t.name), show(t))

t1.daemon = True
print(show(t1), t1.daemon, t1.daemon)
t1.daemon = False
t1.name = "renamed"
print(t1.name, show(t1))
t1.name = 7
print(repr(t1.name))

t1.start()
t1.join()
print(show(t1), t1.is_alive(), t1.ident is not None, t1.native_id is not None)

for label, fn in [
        ("start twice", t1.start),
        ("join before start", t2.join),
        ("join current", mt.join),
        ("daemon after start", lambda: setattr(t1, "daemon", True)),
]:
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", type(e).__name__, e)

# Daemon flag is inherited from the creating thread.
res = []
def spawn():
    child = threading.Thread(target=work)
    res.append((child.daemon, child.name))
d = threading.Thread(target=spawn, daemon=True, name="d")
d.start(); d.join()
print(res)

# A thread not started by threading gets a Dummy-N object; the counter is
# shared with Thread-N names.
got = []
done = _thread.allocate_lock(); done.acquire()
def raw():
    ct = threading.current_thread()
    got.append((ct.name, show(ct), ct.daemon, ct.is_alive(), ct is threading.current_thread()))
    done.release()
_thread.start_new_thread(raw, ())
done.acquire()
print(got)
print(threading.Thread(target=work).name)

# Inside the thread, current_thread() is the Thread object and repr is "started".
seen = []
def me():
    seen.append(show(threading.current_thread()))
t9 = threading.Thread(target=me)
t9.start(); t9.join()
print(seen, show(t9))
print(threading.get_ident() == mt.ident, threading.get_native_id() == mt.native_id)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
