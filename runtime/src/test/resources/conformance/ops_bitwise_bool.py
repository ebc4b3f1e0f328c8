# Checks bitwise operators on bools, sets and ints, and their result types.
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True | 2).__name__)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, bin(0b1100 ^ 0b1010))
a = {1, 2, 3}
b = {2, 3, 4}
print(a & b, a | b, a ^ b, a - b)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags & ~READ)
mask = 0xFF
print(0x1234 & mask, (0x1234 >> 8) & mask, hex(0xABCD ^ 0xFFFF))
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" | "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] ^ [2])
except TypeError as e:
    print(type(e).__name__, e)
