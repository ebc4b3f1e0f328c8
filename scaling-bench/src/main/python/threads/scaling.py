"""Thread scaling of the free-threaded interpreter: speedup = t(1 thread) * N / t(N threads).

Each workload runs WORK units on one thread, then WORK units on each of N threads at once (so
perfect scaling gives N); threads are started once per measurement, and the best of REPEATS runs
after WARMUP runs is kept (with fewer warm-up runs the JIT was still compiling on the other CPU
while the one-thread runs were timed). Usage: weft run scaling.py [N] [names...]; prints one
line per workload.
"""
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
WANTED = sys.argv[2:]
WARMUP = 8
REPEATS = 7
WORK = 1_000_000


def cpu_private():
    # A CPU-bound loop on private data.
    total = 0.0
    xs = [1.5, 2.5, 3.5]
    for i in range(WORK):
        total += xs[i % 3] * 0.5
    return total


def shared_function_body(x):
    return x + 1


def shared_function():
    # Every thread calls the same module-level function.
    f = shared_function_body
    acc = 0
    for i in range(WORK):
        acc = f(acc)
    return acc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return self.x + self.y


def create_instances():
    # Every thread creates instances of the same class and calls a method on them.
    acc = 0
    for i in range(WORK // 4):
        p = Point(i, 1)
        acc += p.norm1()
    return acc


# Shared containers built by the main thread. The items of the first pair are immortal (small
# ints, interned strings), so the readers write nothing shared: these measure the lock-free read
# paths themselves. The "_counted" pair holds floats and ints the readers must count: every read
# is an atomic increment and decrement of the item's shared count, a cache line the two threads
# pass back and forth (CPython's free-threaded build counts such reads the same way).
SHARED_LIST = [i % 256 for i in range(1000)]
SHARED_DICT = {sys.intern("k%d" % i): i % 256 for i in range(1000)}
KEYS = list(SHARED_DICT)
COUNTED_LIST = [i * 0.25 for i in range(1000)]
COUNTED_DICT = {"k%d" % i: 1000 + i for i in range(1000)}
COUNTED_KEYS = list(COUNTED_DICT)


def read_list(data):
    acc = 0
    for i in range(WORK):
        acc += data[i % 1000]
    return acc


def read_dict(d, keys):
    acc = 0
    for i in range(WORK // 2):
        acc += d[keys[i % 1000]]
    return acc


def read_shared_list():
    # Every thread reads items of one list that the main thread built.
    return read_list(SHARED_LIST)


def read_shared_dict():
    # Every thread looks keys up in one dict that the main thread built.
    return read_dict(SHARED_DICT, KEYS)


def read_list_counted():
    return read_list(COUNTED_LIST)


def read_dict_counted():
    return read_dict(COUNTED_DICT, COUNTED_KEYS)


WORKLOADS = [
    cpu_private,
    shared_function,
    create_instances,
    read_shared_list,
    read_shared_dict,
    read_list_counted,
    read_dict_counted,
]


def timed(fn, threads):
    results = [None] * threads
    barrier = threading.Barrier(threads + 1)

    def body(k):
        barrier.wait()
        results[k] = fn()

    ts = [threading.Thread(target=body, args=(k,)) for k in range(threads)]
    for t in ts:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    for t in ts:
        t.join()
    elapsed = time.perf_counter() - start
    assert all(r == results[0] for r in results), results
    return elapsed, results[0]


def best(fn, threads):
    for _ in range(WARMUP):
        timed(fn, threads)
    return min(timed(fn, threads)[0] for _ in range(REPEATS))


for fn in WORKLOADS:
    if WANTED and fn.__name__ not in WANTED:
        continue
    t1 = best(fn, 1)
    tn = best(fn, N)
    print("%-18s 1 thread %7.1f ms  %d threads %7.1f ms  speedup %.2fx"
          % (fn.__name__, t1 * 1e3, N, tn * 1e3, t1 * N / tn))
