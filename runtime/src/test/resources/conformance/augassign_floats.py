# Checks every arithmetic augmented assignment on floats and mixed int/float.
x = 1.5
x += 1; print(x)
x -= 0.25; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 2; print(x)
x = -7.5
x %= 2; print(x)
x **= 3; print(x)
x = 0.1
for _ in range(9):
    x += 0.1
print(x)
y = 3
y /= 2; print(y, type(y).__name__)
y *= 2; print(y, type(y).__name__)
y //= 1; print(y, type(y).__name__)
z = 5
z += 0.0; print(z)
try:
    z &= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    z <<= 1
except TypeError as e:
    print(type(e).__name__, e)
w = 2.0
w **= 0.5
print(w)
