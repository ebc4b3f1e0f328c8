import sys
import threading, queue
# Subclassing Thread, Timer, and enumerate()/active_count() consistency.
import time
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))

ws = [Worker(n) for n in (10, 100, 1000)]
for w in ws: w.start()
for w in ws: w.join()
print([(w.name, w.result) for w in ws])

class ArgThread(threading.Thread):
    def run(self):
        super().run()
        out.append("after super().run")
out = []
a = ArgThread(target=lambda x, y=0: out.append(x + y), args=(1,), kwargs={"y": 2})
a.start(); a.join(); print(out, a.name)

fired = []
t = threading.Timer(0.05, fired.append, args=["fired"])
print(type(t).__name__, t.name)
t.start(); t.join(); print(fired)
c = threading.Timer(5, fired.append, args=["never"])
c.start(); c.cancel(); c.join(); print(fired, c.is_alive())
t2 = threading.Timer(0.01, lambda **kw: fired.append(sorted(kw)), kwargs={"a": 1, "b": 2})
t2.start(); t2.join(); print(fired)

# enumerate() and active_count() track running threads.
gate = threading.Event(); inside = threading.Semaphore(0)
def held():
    inside.release()
    gate.wait()
hs = [threading.Thread(target=held, name=f"held-{i}") for i in range(3)]
for h in hs: h.start()
for _ in hs: inside.acquire()
print(sorted(t.name for t in threading.enumerate()), threading.active_count())
print(all(isinstance(t, threading.Thread) for t in threading.enumerate()))
gate.set()
for h in hs: h.join()
print(sorted(t.name for t in threading.enumerate()), threading.active_count())
print(threading.main_thread() in threading.enumerate())
