# Program: streaming digits of pi and e with big-int spigot generators, plus exact big-int checks.


def pi_digits():
    """Gibbons' unbounded spigot algorithm."""
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2


def e_digits(count):
    """Spigot for e using a mixed-radix representation."""
    size = count + 10
    a = [1] * size
    yield 2
    for _ in range(count - 1):
        carry = 0
        for i in range(size - 1, -1, -1):
            x = a[i] * 10 + carry
            a[i] = x % (i + 2)
            carry = x // (i + 2)
        yield carry


def take(n, gen):
    out = []
    for d in gen:
        out.append(d)
        if len(out) == n:
            break
    return out


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of negative number")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def arctan_inv(x, scale):
    """arctan(1/x) * scale using the Taylor series on big ints."""
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def machin_pi(digits):
    scale = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return pi // 10 ** 10


def grouped(digit_list, size=10):
    text = "".join(map(str, digit_list))
    return " ".join(text[i:i + size] for i in range(0, len(text), size))


pi = take(100, pi_digits())
print("pi spigot :", grouped(pi))
m = str(machin_pi(99))
print("pi machin :", grouped(list(m)))
print("agree:", "".join(map(str, pi)) == m)
e = list(e_digits(60))
print("e spigot  :", grouped(e))
counts = {}
for d in take(500, pi_digits()):
    counts[d] = counts.get(d, 0) + 1
print("digit counts in first 500 of pi:", [counts[d] for d in range(10)], sum(counts.values()))
first_zero = next(i for i, d in enumerate(pi_digits()) if d == 0)
print("first 0 in pi at index", first_zero)
gen = pi_digits()
window = [next(gen) for _ in range(6)]
pos = 0
while window != [9, 9, 9, 9, 9, 9]:
    window = window[1:] + [next(gen)]
    pos += 1
print("Feynman point (six 9s) starts at digit", pos)
root2 = isqrt(2 * 10 ** 100)
print("sqrt(2) ~", str(root2)[0] + "." + str(root2)[1:51])
print("isqrt checks:", isqrt(10 ** 40) == 10 ** 20, isqrt(99), isqrt(2 ** 201) ** 2 <= 2 ** 201 < (isqrt(2 ** 201) + 1) ** 2)
try:
    isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
