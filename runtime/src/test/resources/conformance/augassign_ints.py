# Checks every augmented assignment operator on ints, including big ints and negatives.
x = 17
x += 5; print(x)
x -= 30; print(x)
x *= -3; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 20; print(x)
x &= 0xFFFF; print(x)
x |= 0x10000; print(x)
x ^= 0x1FFFF; print(x)
x <<= 70; print(x)
x >>= 65; print(x)
x /= 4; print(x, type(x).__name__)
y = -7
y //= 2; print(y)
y %= -3; print(y)
y = 2 ** 100
y -= 2 ** 100 - 1; print(y)
n = 0
for i in range(1, 11):
    n += i * i
print(n)
b = True
b += True
print(b, type(b).__name__)
z = 10
z **= -1
print(z)
