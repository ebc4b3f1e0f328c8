import sys
import threading, queue
# Barrier: indices, action per cycle, several cycles, abort, timeout, reset.

for parties in (2, 3, 4):
    actions = []
    b = threading.Barrier(parties, action=lambda: actions.append("tripped"))
    idx = []
    lock = threading.Lock()
    def run():
        for cycle in range(3):
            i = b.wait()
            with lock:
                idx.append((cycle, i))
    ts = [threading.Thread(target=run) for _ in range(parties)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(parties, sorted(idx), len(actions), b.parties, b.n_waiting, b.broken)

# Abort while a thread waits: the waiter gets BrokenBarrierError.
b = threading.Barrier(3)
errs = []
def w():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        errs.append(type(e).__name__)
t = threading.Thread(target=w); t.start()
while b.n_waiting < 1:
    pass
print("n_waiting", b.n_waiting)
b.abort(); t.join()
print(errs, b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("wait on broken barrier raises")
b.reset()
print("after reset broken:", b.broken)

# Timeout breaks the barrier.
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("timeout ->", type(e).__name__, repr(str(e)), b2.broken)
b3 = threading.Barrier(2)
try:
    b3.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("explicit timeout ->", b3.broken)

# Reset while threads are waiting: they get BrokenBarrierError, barrier reusable.
b4 = threading.Barrier(3)
errs = []
def w4():
    try:
        b4.wait()
        errs.append("passed")
    except threading.BrokenBarrierError:
        errs.append("broken")
ts = [threading.Thread(target=w4) for _ in range(2)]
for t in ts: t.start()
while b4.n_waiting < 2:
    pass
b4.reset()
for t in ts: t.join()
print(sorted(errs), b4.broken, b4.n_waiting)
ts = [threading.Thread(target=w4) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(errs))

# An exception in the action breaks the barrier for all parties.
def bad():
    raise KeyError("action")
b5 = threading.Barrier(2, action=bad)
out = []
def w5():
    try:
        b5.wait()
    except threading.BrokenBarrierError:
        out.append("broken")
    except KeyError:
        out.append("keyerror")
ts = [threading.Thread(target=w5) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), b5.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
