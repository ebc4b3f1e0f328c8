# Checks int floor division and modulo with every sign combination, including big ints.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)

# results keep the sign of the divisor
print(-17 % 5, 17 % -5, -17 % -5)
print(-17 // 5, 17 // -5, -17 // -5)

big = 10 ** 30 + 7
for d in (3, -3, 10 ** 15, -(10 ** 15)):
    print(big // d, big % d, (-big) // d, (-big) % d)

# divmod agrees with // and %
for a, b in pairs:
    print(divmod(a, b) == (a // b, a % b), end=" ")
print()

# true division of ints gives float
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 10 ** 20 / 10 ** 10)
print(type(6 / 3).__name__, type(6 // 3).__name__)
