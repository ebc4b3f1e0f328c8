import sys
import threading, queue
# Event: set/clear/is_set/wait with and without timeouts.
import time
e = threading.Event()
print(e.is_set(), e.wait(0.05), e.wait(0), e.wait(-1))
woken = []
lock = threading.Lock()
def waiter(i):
    r = e.wait(10)
    with lock:
        woken.append((i, r))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
time.sleep(0.05)
print("before set:", woken)
e.set()
for t in ts: t.join()
print("after set:", sorted(woken), e.is_set(), e.wait(), e.wait(0))
e.set()
e.clear()
print(e.is_set(), e.wait(0.01))
# Setter in another thread, waiter with timeout in main.
e2 = threading.Event()
threading.Timer(0.05, e2.set).start()
print("timer-set wait:", e2.wait(5))
# start() returns only once the thread is running: Event handshake.
go = threading.Event(); done = threading.Event()
def worker():
    go.wait()
    done.set()
t = threading.Thread(target=worker); t.start()
print(t.is_alive(), done.wait(0.02))
go.set()
print(done.wait(5)); t.join(); print(t.is_alive())
