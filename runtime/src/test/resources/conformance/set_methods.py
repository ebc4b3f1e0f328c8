# Checks set methods: add discard remove pop clear copy update and the named set algebra methods.
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.discard(3)
s.remove(2)
print(sorted(s), len(s))
one = {42}
print(one.pop(), one)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9], (10,), "")), sorted(a.intersection(range(3), [2, 9])), sorted(a.difference([1], {2})))
print({1, 2}.issubset(a), a.issubset({1}), a.issuperset({1, 2}), {1}.issuperset([1]), a.isdisjoint({7, 8}), a.isdisjoint([4]))
c = a.copy()
c.update([7], {8})
c.intersection_update(range(5, 10))
print(sorted(c), sorted(a))
d = {1, 2, 3}
d.difference_update([1])
d.symmetric_difference_update({3, 4})
print(sorted(d))
d.clear()
print(d, set(), len(d))
print(sorted(set("hello")), sorted(set([3, 3, 1])), set(), set(range(3)))
try:
    {1}.remove(5)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1}.add([])
except TypeError as e:
    print(type(e).__name__, e)
