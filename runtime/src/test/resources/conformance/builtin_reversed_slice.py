# Checks reversed() on sequences and __reversed__, and slice objects with indices().
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(3))))
print("".join(reversed("stressed")), list(reversed({"a": 1, "b": 2})))
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __reversed__(self):
        print("custom __reversed__")
        return iter(self.cards[::-1] + ["(reversed)"])
print(list(reversed(Deck())))
rv = reversed([1, 2])
print(next(rv), next(rv), next(rv, "end"))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100).indices(3))
data = list(range(10))
print(data[s], data[slice(None, None, -3)], "abcdef"[slice(2)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
