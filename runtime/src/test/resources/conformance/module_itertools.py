# itertools: every iterator, their reprs and argument errors, and laziness.
import itertools as it
from itertools import islice

print(list(islice(it.count(), 5)), list(islice(it.count(10, -2.5), 4)), repr(it.count(3)), repr(it.count(1, 2)))
print(list(islice(it.cycle("ab"), 5)), list(it.cycle([])), list(it.repeat("x", 3)), repr(it.repeat(1)), repr(it.repeat(1, 2)))
print(list(it.repeat(0, -1)), it.repeat(1, 4).__length_hint__())
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)),
      list(it.accumulate([1, 2], initial=100)), list(it.accumulate([])), list(it.accumulate([], initial=7)))
print(list(it.chain("ab", [1, 2], ())), list(it.chain.from_iterable(["xy", "z"])), list(it.chain()))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress("AB", [1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = it.groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [k for k, g in groups])
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
c = it.count()
print(list(islice(c, 3, 5)), next(c))
print(list(it.pairwise("ABCD")), list(it.pairwise("A")), list(it.starmap(pow, [(2, 5), (3, 2)])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), [list(t) for t in it.tee("xyz", 3)], it.tee("q", 0))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest()), list(it.zip_longest([1], [])))
print(list(it.product("AB", repeat=2)), list(it.product([1, 2], "xy")), list(it.product()), list(it.product([], [1])))
print(list(it.permutations("ABC", 2)), len(list(it.permutations(range(5)))), list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 5)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement("", 2)), list(it.combinations_with_replacement("", 0)))
print(type(it.count()).__name__, type(it.chain()), iter(it.count()) is not None)

log = []
def gen():
    for i in range(3):
        log.append(i)
        yield i
m = it.takewhile(lambda x: x < 1, gen())
print(list(m), log)

for bad in [
    lambda: it.count("a"),
    lambda: islice([1], -1),
    lambda: islice([1], 1, 2, 0),
    lambda: islice([1], "a"),
    lambda: it.combinations("abc"),
    lambda: it.combinations("abc", -1),
    lambda: it.product([1], repeat=-1),
    lambda: it.tee([1], -1),
    lambda: it.chain(1),
    lambda: list(it.chain([1], 2)),
    lambda: it.cycle(),
    lambda: it.starmap(pow),
    lambda: it.pairwise(1),
    lambda: it.zip_longest([1], fill=1),
    lambda: it.repeat(),
]:
    try:
        print(type(bad()).__name__)
    except Exception as e:
        print(type(e).__name__, e)
