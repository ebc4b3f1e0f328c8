import sys
import threading, queue
# Queue / LifoQueue / PriorityQueue / SimpleQueue behaviour.

q = queue.Queue(maxsize=3)
N_PROD, PER = 4, 250
def producer(k):
    for i in range(PER):
        q.put(k * 1000 + i)
results = []
def consumer():
    total = 0; count = 0
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        total += item; count += 1
        q.task_done()
    results.append((total, count))
prods = [threading.Thread(target=producer, args=(k,)) for k in range(N_PROD)]
cons = [threading.Thread(target=consumer) for _ in range(3)]
for t in prods + cons: t.start()
for t in prods: t.join()
q.join()
for _ in cons: q.put(None)
for t in cons: t.join()
print("sum", sum(r[0] for r in results), "count", sum(r[1] for r in results))
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)

# Non-blocking and timed operations on a bounded queue.
b = queue.Queue(2)
b.put_nowait(1); b.put(2)
print(b.full(), b.qsize())
for label, fn in [("put_nowait", lambda: b.put_nowait(3)),
                  ("put timeout", lambda: b.put(3, timeout=0.05)),
                  ("put block=False", lambda: b.put(3, False)),
                  ("put neg timeout", lambda: b.put(3, timeout=-1))]:
    try:
        fn()
    except (queue.Full, ValueError) as e:
        print(label, type(e).__name__, repr(str(e)))
print(b.get(), b.get_nowait())
for label, fn in [("get_nowait", b.get_nowait),
                  ("get timeout", lambda: b.get(timeout=0.05)),
                  ("get timeout=0", lambda: b.get(timeout=0)),
                  ("get neg timeout", lambda: b.get(timeout=-0.5)),
                  ("get nonblock neg timeout", lambda: b.get(False, -1))]:
    try:
        fn()
    except (queue.Empty, ValueError) as e:
        print(label, type(e).__name__, repr(str(e)))
# Unbounded queue ignores a negative put timeout (like CPython).
u = queue.Queue(); u.put(1, timeout=-1); print("unbounded put ok", u.get())
try:
    u.task_done(); u.task_done()
except ValueError as e:
    print("task_done:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# Blocking get woken by a later put.
w = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(w.get(timeout=5)))
t.start(); w.put("late"); t.join(); print(got)

# LIFO order.
l = queue.LifoQueue()
for i in range(5): l.put(i)
print([l.get() for _ in range(5)])

# Priority order and heap layout (compare with heapq's layout via stdlib run).
p = queue.PriorityQueue()
x = 12345
vals = []
for i in range(40):
    x = (x * 1103515245 + 12345) % 2**31
    vals.append(x % 100)
for v in vals: p.put((v, str(v)))
print(p.queue[:12])
out = [p.get()[0] for _ in range(20)]
print(out)
print(p.queue[:8], p.qsize())
print(out + [p.get()[0] for _ in range(20)] == sorted(vals))

# SimpleQueue with threads.
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
def sp(k):
    for i in range(100): s.put(k * 100 + i)
ts = [threading.Thread(target=sp, args=(k,)) for k in range(3)]
for t in ts: t.start()
total = sum(s.get(timeout=5) for _ in range(300))
for t in ts: t.join()
print("simple sum", total, s.empty(), s.qsize())
for label, fn in [("sq get_nowait", s.get_nowait), ("sq get timeout", lambda: s.get(timeout=0.02)),
                  ("sq neg", lambda: s.get(timeout=-1)), ("sq nonblock neg", lambda: s.get(False, -1))]:
    try:
        fn()
    except (queue.Empty, ValueError) as e:
        print(label, type(e).__name__, repr(str(e)))
s.put_nowait("a"); s.put("b", False, -3); print(s.get(), s.get(False))
