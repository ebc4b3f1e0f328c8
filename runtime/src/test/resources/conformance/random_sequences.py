# choice, shuffle, sample (both strategies, counts=) and choices (weights, cum_weights, k).
import random


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


r = random.Random(555)
print([r.choice([10, 20, 30]) for _ in range(10)])
print("".join(r.choice("abcdefghij") for _ in range(20)))
print([r.choice((1.5, None, "x")) for _ in range(5)], [r.choice(range(1000, 2000, 7)) for _ in range(5)])
print([r.choice([42]) for _ in range(3)], r.choice(b"bytes"))
print(attempt(r.choice, []), attempt(r.choice, ""), attempt(r.choice, {}))
print(attempt(r.choice, 5), attempt(r.choice, {1: "a", 0: "b"}))

for n in [0, 1, 2, 3, 10, 52]:
    x = list(range(n))
    r.shuffle(x)
    print(n, x)
words = "the quick brown fox jumps over the lazy dog".split()
r.shuffle(words)
print(words)


class Sub(list):
    pass


s = Sub("abcdefg")
print(r.shuffle(s), s, type(s).__name__)
print(attempt(r.shuffle, (1, 2, 3)), attempt(r.shuffle, "abc"), attempt(r.shuffle, 5))

r.seed(77)
print(r.sample(range(10), 3), r.sample(range(10), 10), r.sample(range(10), 0))
print(r.sample([1, 2, 3, 4, 5, 6, 7, 8], 5), r.sample("abcdefghijklmnopqrstuvwxyz", 6))
print(r.sample(tuple(range(21)), 6), r.sample(list(range(22)), 5), r.sample(range(22), 6))
print(r.sample(range(100), 7), r.sample(range(36), 6), r.sample(range(37), 6))
print(r.sample(range(1000), 10), r.sample(range(10**9), 8))
print(r.sample(range(2**40), 3), r.sample(range(1, 60), 20))
print(r.sample(range(300), 50))
print(r.sample(population=range(50), k=4))
print(r.sample(["red", "blue"], counts=[4, 2], k=5), r.sample("ab", 6, counts=[3, 3]))
print(r.sample(range(5), 7, counts=[1, 2, 3, 0, 1]), r.sample("xyz", k=2, counts=[10**6, 1, 5]))
print(attempt(r.sample, range(5), 6), attempt(r.sample, range(5), -1))
print(attempt(r.sample, {1, 2, 3}, 2), attempt(r.sample, {1: 2}, 1))
print(attempt(r.sample, [1, 2, 3], 2.0), attempt(r.sample, [1, 2, 3], "2"))
print(attempt(r.sample, [1, 2, 3], 5.0), attempt(r.sample, [1, 2]))
print(attempt(r.sample, [1], 1, 2), attempt(r.sample, [1, 2], 1, counts=[1]))
print(attempt(r.sample, [1, 2], 1, counts=[1.0, 2.0]), attempt(r.sample, [1, 2], 1, counts=[0, 0]))
print(attempt(r.sample, [], 0, counts=[]), attempt(r.sample, [1, 2], 1, counts=5))
print(attempt(r.sample, [1, 2], 4, counts=[1, 2]))

r.seed(88)
print(r.choices("abc"), r.choices("abc", k=10), r.choices(range(100), k=5))
print(r.choices("abc", [1, 2, 3], k=10), r.choices("abc", [0, 0, 1], k=3))
print(r.choices("abc", weights=[0.1, 0.2, 0.7], k=8), r.choices("abc", cum_weights=[1, 2, 10], k=8))
print(r.choices("ab", [2**80, 1], k=4), r.choices("ab", cum_weights=[0.5, 1.0], k=6))
print(r.choices("abcd", [1, 0, 0, 1], k=6), r.choices(range(5), [True, False, True, False, True], k=5))
print(r.choices("abc", k=0), r.choices("abc", k=-3), r.choices([], k=0))
print(attempt(r.choices, "abc", 3), attempt(r.choices, "abc", [1, 2]))
print(attempt(r.choices, "abc", [1, 2, 3], cum_weights=[1, 2, 3]))
print(attempt(r.choices, "abc", [0, 0, 0]), attempt(r.choices, "abc", [1, float("inf"), 1]))
print(attempt(r.choices, "abc", [-1, 0, 0]), attempt(r.choices, "abc", ["a", "b", "c"]))
print(attempt(r.choices, "abc", [1, "b", 3]), attempt(r.choices, "abc", k=2.0))
print(attempt(r.choices, [], k=1), attempt(r.choices, "abc", [1, 1, 1], k="x"))
print(attempt(r.choices, "abc", [1, 1, float("nan")]), attempt(r.choices, [], []))

random.seed(99)
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13], random.choice(deck), random.sample(deck, 5), random.choices(deck, k=3))
