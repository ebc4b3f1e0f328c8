# Checks list methods: append extend insert pop remove index count reverse copy clear.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2), a)
a.remove(1)
print(a, a.index(1), a.count(1), a.count("zz"), a.index(5, 2), a.index(0, 3, 9))
a.reverse()
print(a)
b = a.copy()
b.append("only in b")
print(len(a), len(b), b[-1], a is not b)
a.clear()
print(a, b[:2])
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append("shared")
print(nested)
print([].append(1), [2, 1].sort(), [1].reverse(), [].extend([]), [1].insert(0, 0))
x = [1, 2, 3]
x.extend(x)
print(x)
try:
    [1, 2].index(1, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x.insert("0", 1)
except TypeError as e:
    print(type(e).__name__, e)
