# Checks range: construction, len, indexing, slicing (printing range reprs), containment, equality.
print(range(5), range(1, 5), range(0, 10, 2), range(10, 0, -3), list(range(10, 0, -3)))
r = range(0, 10, 2)
print(r[1:3], r[::-1], r[::2], r[-1], r[-2], len(r), r.start, r.stop, r.step)
print(range(10)[2:8:3], range(0, 20, 5)[1:], range(5)[::-2], range(10)[100:], range(10)[-3:])
print(list(range(0)), list(range(-3)), list(range(-3, 3)), list(range(5, 5)), list(range(0, -5, -1)))
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in range(3))
print(range(0, 5) == range(0, 5, 1), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2])
print(r.index(4), r.count(4), r.count(5), range(3)[True], len(range(0, 10 ** 15, 3)))
print(list(reversed(range(4))), sum(range(100)), max(range(3, 9)), range(10 ** 20)[-1])
big = range(0, 10 ** 18, 10 ** 9)
print(big[10 ** 8], len(big), big[::10 ** 8])
try:
    range(0, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
