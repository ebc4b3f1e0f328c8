# bisect: positions, insertion, lo/hi/key, sequences that are not lists, and messages.
import bisect

a = [1, 2, 2, 2, 5, 8, 13]
for x in (0, 1, 2, 3, 13, 14):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 8, hi=None))
print(bisect.bisect_right(a, 2, lo=4), bisect.bisect_left(a, 100, 0, 2))

grades = []
for score in [33, 99, 77, 70, 89, 90, 100, 60, 77]:
    bisect.insort(grades, score)
print(grades)
bisect.insort_left(grades, 77)
bisect.insort_right(grades, 0, 0, 0)
print(grades)

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

records = [("alice", 31), ("bob", 25), ("carol", 47), ("dave", 25)]
records.sort(key=lambda r: r[1])
print(bisect.bisect_left(records, 25, key=lambda r: r[1]), bisect.bisect_right(records, 25, key=lambda r: r[1]))
bisect.insort(records, ("erin", 30), key=lambda r: r[1])
bisect.insort_left(records, ("finn", 25), key=lambda r: r[1])
print(records)

print(bisect.bisect_left(range(0, 100, 3), 50), bisect.bisect_right((1, 1, 2), 1), bisect.bisect("abcde", "c"))

class Seq:
    def __init__(self):
        self.items = [10, 20, 30]
        self.reads = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        self.reads.append(i)
        return self.items[i]
    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)

s = Seq()
bisect.insort(s, 25)
print(s.items, s.reads)

class Sub(list):
    def insert(self, i, x):
        print("Sub.insert", i, x)
        super().insert(i, x)

sub = Sub([1, 3])
bisect.insort(sub, 2)
print(sub)

def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(bisect.bisect_right, [1], 1, -1)
err(bisect.bisect_left)
err(bisect.bisect, [1], 1, 0, "x")
err(bisect.insort, 5, 1)
err(bisect.bisect_left, 5, 1)
err(bisect.bisect_left, [1, 2], 1, key=3)
err(bisect.bisect, [1], 1, 0, 5, 6)
err(bisect.bisect_left, [1], 1, lo=None)
err(bisect.bisect_left, [1], 1, bogus=1)
err(bisect.bisect_left, [1, "a"], 2)
