# heapq: layouts after every operation equal CPython's (same comparisons in the same order).
import heapq
import random

rng = random.Random(5)
h = []
for x in [rng.randrange(100) for _ in range(30)]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h)
print(heapq.heapreplace(h, 50), h)
print(heapq.heappushpop(h, 1), heapq.heappushpop(h, 99), h)
print(heapq.heappushpop([], 3))

for n in (0, 1, 2, 10, 100, 2501, 3000, 10000):
    data = [rng.random() for _ in range(n)]
    heapq.heapify(data)
    ok = all(data[(i - 1) // 2] <= data[i] for i in range(1, n))
    print(n, ok, hash(tuple(data)) & 0xFFFFFFFF)
    out = [heapq.heappop(data) for _ in range(len(data))]
    print(out == sorted(out))

# Stability of equal keys and tuples
tasks = []
for i, (prio, name) in enumerate([(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (3, "c2"), (0, "z")]):
    heapq.heappush(tasks, (prio, i, name))
print(tasks)
print([heapq.heappop(tasks)[2] for _ in range(len(tasks))])

class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Rev({self.v})"

rh = [Rev(v) for v in [5, 1, 8, 3, 9, 2]]
heapq.heapify(rh)
print(rh, heapq.heappop(rh))

words = "the quick brown fox jumps over the lazy dog and keeps running far away".split()
print(heapq.nsmallest(3, words), heapq.nlargest(3, words))
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nlargest(0, words), heapq.nsmallest(100, [3, 1, 2]), heapq.nlargest(-1, words))
print(heapq.nsmallest(2, iter([5, 4, 3])), heapq.nlargest(2, {"a": 1, "b": 2, "c": 0}.items(), key=lambda kv: kv[1]))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10])))
print(list(heapq.merge(["a1", "b1"], ["a2", "b2"], key=lambda s: s[0])))
print(list(heapq.merge([9, 7, 2], [8, 7, 1], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
m = heapq.merge("ace", "bdf")
print(next(m), next(m), "".join(m))

def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(heapq.heappush, [])
err(heapq.heappush, (), 1)
err(heapq.heappop, [])
err(heapq.heapify, 3)
err(heapq.heapreplace, [], 1)
err(heapq.heappop, 5)
err(heapq.heappush, [1, "a"], 2)
err(heapq.heappush, [1, "a", 3], "b")
err(heapq.nsmallest, 2)

class Shrinker:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True

bad = []
bad.append(0)
bad.append(Shrinker(bad))
err(heapq.heapify, bad)
