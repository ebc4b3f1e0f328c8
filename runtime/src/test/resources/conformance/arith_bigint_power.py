# Checks arbitrary-precision int powers, negative bases and digit counts.
print(2 ** 200)
print(-2 ** 3, (-2) ** 3, (-3) ** 4)
print(3 ** 100)
print(len(str(7 ** 500)))
print(10 ** 40 - 1)
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63))
print(2 ** 0, 0 ** 0, 1 ** 1000)
print(2 ** -1, 10 ** -2, type(2 ** -1).__name__)

n = 1
for i in range(70):
    n *= 2
print(n == 2 ** 70, n)

# sum of digits of 2**1000
print(sum(int(c) for c in str(2 ** 1000)))

# pow with three arguments
print(pow(2, 100, 97), pow(3, 1000, 10 ** 9 + 7), pow(-2, 5, 7), pow(5, 0, 13))
print(pow(7, -1, 13), (7 * pow(7, -1, 13)) % 13)
print(pow(2, 10), pow(2.0, 10), pow(4, 0.5))

x = 12345678901234567890
print(x * x, x * -x, x // 12345, x % 12345)
print(-x // 7, -x % 7)
