import sys
import threading, queue
# Semaphore and BoundedSemaphore.
import time
sem = threading.Semaphore(2)
state = {"cur": 0, "max": 0}
lock = threading.Lock()
def work():
    with sem:
        with lock:
            state["cur"] += 1
            state["max"] = max(state["max"], state["cur"])
        time.sleep(0.01)
        with lock:
            state["cur"] -= 1
ts = [threading.Thread(target=work) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print("max concurrent <= 2:", state["max"] <= 2, "final", state["cur"])

s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.05), s.acquire(blocking=True, timeout=0))
s.release(3)
print([s.acquire(False) for _ in range(4)])
for label, fn in [("negative", lambda: threading.Semaphore(-1)),
                  ("release 0", lambda: s.release(0)),
                  ("timeout nonblocking", lambda: s.acquire(False, 1))]:
    try:
        fn()
    except ValueError as e:
        print(label, "->", e)
# A release from another thread wakes a blocked acquire.
s2 = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(s2.acquire(timeout=5))); t.start()
s2.release(); t.join(); print(got)

bs = threading.BoundedSemaphore(2)
print(bs.acquire(), bs.acquire(), bs.acquire(False))
bs.release(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("bounded ->", e)
bs.acquire()
try:
    bs.release(2)
except ValueError as e:
    print("bounded n ->", e)
bs.release()
with bs:
    print("in with", bs.acquire(False))
print(isinstance(bs, threading.Semaphore), "value=2/2" in repr(bs), "value=0" in repr(threading.Semaphore(0)))
