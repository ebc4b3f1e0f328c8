"""Per-instruction cost: small loops, each over one kind of instruction, timed in ns per iteration.

    ./weft run scaling-bench/src/main/python/micro/instruction_loops.py [N] [LOOP...]
    python3 scaling-bench/src/main/python/micro/instruction_loops.py [N] [LOOP...]

Each loop runs N iterations (default 2,000,000) twelve times; the figure is the best time, so
the JIT has compiled the loop. `empty` is the loop alone (FOR_ITER, STORE_FAST, JUMP_BACKWARD);
the others add their instructions to it. docs/performance.md compares the runtimes with it.
"""
import sys
import time


def empty(n):
    for i in range(n):
        pass


def loadstore(n):  # 12 LOAD_FAST/STORE_FAST of one small int
    a = 1
    for i in range(n):
        b = a; c = b; a = c; b = a; c = b; a = c


def floatadd(n):  # two float BINARY_OPs
    x = 0.0
    for i in range(n):
        x = x + 1.5
        x = x - 0.5


def intadd(n):  # two int BINARY_OPs
    x = 0
    for i in range(n):
        x = x + 3
        x = x - 2


class P:
    def __init__(self):
        self.a = 1
        self.b = 2


def attrs(n):  # four instance-attribute loads
    p = P()
    for i in range(n):
        x = p.a; y = p.b; x = p.a; y = p.b


def f1(a):
    return a


def calls(n):  # two calls of a one-argument Python function
    for i in range(n):
        f1(i); f1(i)


def lists(n):  # two list subscripts and one subscript store
    l = [1.0, 2.0, 3.0]
    for i in range(n):
        x = l[0]; y = l[1]; l[2] = x


def whileloop(n):  # COMPARE_OP, BINARY_OP (+=), POP_JUMP per iteration
    i = 0
    while i < n:
        i += 1


LOOPS = [empty, loadstore, floatadd, intadd, attrs, calls, lists, whileloop]

n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
names = sys.argv[2:] or [loop.__name__ for loop in LOOPS]
for name in names:
    loop = globals()[name]
    best = None
    for _ in range(12):
        t = time.perf_counter()
        loop(n)
        d = time.perf_counter() - t
        best = d if best is None or d < best else best
    print("%-10s %7.1f ns/iter" % (name, best / n * 1e9))
