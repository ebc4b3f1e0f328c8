# Checks big-int multiplication via factorials, fibonacci and comparisons of huge values.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 10, 20, 21, 25, 50):
    print(n, fact(n))

f100 = fact(100)
print(len(str(f100)), str(f100)[:20], str(f100).count("0"))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros", trailing)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib(90), fib(200))
print(fib(300) // fib(299), fib(300) % fib(299) == fib(298))

a = fact(30)
b = fact(29)
print(a // b, a % b, a > b, -a < -b, a == 30 * b)
print(fact(40) - fact(39) * 40, fact(22) // -7, fact(22) % -7)
print(abs(-fact(25)), -fact(25) + fact(25))

# multiplication of two large numbers and round trip through str/int
m = int("9" * 60) * int("8" * 55)
print(m)
print(int(str(m)) == m, str(m)[::7])
