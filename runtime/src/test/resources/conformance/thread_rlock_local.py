import sys
import threading, queue
# RLock reentrancy, Lock basics, thread-local storage.
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
other = []
t = threading.Thread(target=lambda: other.append(r.acquire(False)))
t.start(); t.join()
print("other thread non-blocking:", other)
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("rlock ->", e)
with r:
    with r:
        print("nested with ok")
t = threading.Thread(target=lambda: other.append(r.acquire(timeout=1) and (r.release() or True)))
t.start(); t.join()
print(other)

l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.02))
l.release()
try:
    l.release()
except RuntimeError as e:
    print("lock ->", e)
with l:
    print("locked in with:", l.locked())
print(l.locked(), type(l) is type(threading.Lock()))

loc = threading.local()
loc.x = "main"
res = []
lk = threading.Lock()
def worker(i):
    print_missing = not hasattr(loc, "x")
    loc.x = i
    for _ in range(1000):
        loc.x = loc.x
    with lk:
        res.append((i, loc.x, print_missing))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res), loc.x)

class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
ml = MyLocal(10)
seen = []
def w2():
    seen.append(ml.v)
    ml.v = 99
t = threading.Thread(target=w2); t.start(); t.join()
print(seen, ml.v)
