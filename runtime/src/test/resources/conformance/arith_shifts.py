# Checks left and right shifts, including huge shifts and negative numbers.
print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 1 << 200)
print(3 << 100)
print(-1 << 70, -5 << 3)
print(1024 >> 3, 1024 >> 20, -1 >> 5, -1024 >> 3, -1025 >> 3, -1 >> 1000)
print((2 ** 300) >> 290, (2 ** 300 + 12345) >> 300, -(2 ** 300) >> 299)
print(7 >> 0, 0 << 1000)
x = 1
for i in range(5):
    x = (x << 13) | i
print(x, bin(x))
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(8 >> -2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 << 2)
except TypeError as e:
    print(type(e).__name__, e)
print(True << 3, False >> 1)
