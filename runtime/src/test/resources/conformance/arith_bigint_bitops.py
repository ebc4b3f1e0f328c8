# Checks bitwise operators on negative and big ints (two's complement semantics).
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256]
for a in vals:
    print(a, ~a, a & 7, a | 8, a ^ -1, a & -a)

print(-6 & 3, -6 | 3, -6 ^ 3, 6 & -3, 6 | -3, 6 ^ -3)

big = 2 ** 100 + 2 ** 50 + 1
print(big & (2 ** 60 - 1), big | 1, big ^ big, big & -big)
print(~big, -big & 0xFFFF, (-big) | 0xF, (-big) ^ (2 ** 100))
print((2 ** 128 - 1) & (2 ** 64), (2 ** 128 - 1) ^ (2 ** 64 - 1))

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

print(popcount(2 ** 200 - 1), popcount(0xDEADBEEF), bin(0xDEADBEEF).count("1"))
print((255).bit_length(), (256).bit_length(), (-256).bit_length(), (2 ** 100).bit_length(), (0).bit_length())
