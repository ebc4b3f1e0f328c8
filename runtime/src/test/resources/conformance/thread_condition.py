import sys
import threading, queue
# Condition-based ping-pong, wait timeouts, wait_for and notify(n).

def pingpong(cond):
    turn = ["ping"]
    log = []
    def player(me, other):
        for i in range(5):
            with cond:
                cond.wait_for(lambda: turn[0] == me)
                log.append(f"{me}{i}")
                turn[0] = other
                cond.notify_all()
    a = threading.Thread(target=player, args=("ping", "pong"))
    b = threading.Thread(target=player, args=("pong", "ping"))
    b.start(); a.start(); a.join(); b.join()
    return log

print(pingpong(threading.Condition()))
print(pingpong(threading.Condition(threading.Lock())))
print(pingpong(threading.Condition(threading.RLock())))

c = threading.Condition()
with c:
    print("wait timeout ->", c.wait(0.05), c.wait(0), c.wait(-1))
    print("wait_for ->", c.wait_for(lambda: False, 0.05), c.wait_for(lambda: 5))
    with c:                       # default lock is reentrant
        print("nested wait ->", c.wait(0.01))
for label, fn in [("notify", c.notify), ("notify_all", c.notify_all),
                  ("wait", c.wait), ("notify_all", c.notify_all)]:
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", e)
print(c.acquire(), c.release())

# notify(n) wakes exactly n of the waiters.
cond = threading.Condition()
ready = [0]; woke = []
def waiter(i):
    with cond:
        ready[0] += 1
        cond.notify_all()
        if cond.wait(5):
            woke.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ws: t.start()
with cond:
    cond.wait_for(lambda: ready[0] == 5)
    cond.notify(2)
with cond:
    pass
import time
time.sleep(0.2)
print("woken after notify(2):", len(woke))
with cond:
    cond.notify_all()
for t in ws: t.join()
print("woken total:", len(woke), sorted(woke))
