# Checks set operators | & - ^ and comparisons <= < >= >, plus in-place operator forms.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1, 5} <= a)
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == frozenset(), {1, 2} == {1.0, 2.0}, set() < {0})
c = set(a)
c |= {10}
c &= {1, 2, 10, 99}
c -= {2}
c ^= {1, 7}
print(sorted(c))
alias = c
c |= {100}
print(alias is c, sorted(alias))
print(sorted({1, 2} | frozenset({3})), type({1} | frozenset({3})).__name__, type(frozenset({3}) | {1}).__name__)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2, 3} - {2} - {3}, {1} & set(), sorted({-1, -5, 3}), {0} | {0})
words_a = set("the quick brown fox".split())
words_b = set("the lazy brown dog".split())
print(sorted(words_a & words_b), sorted(words_a ^ words_b), len(words_a | words_b))
