# Checks while loops with else clauses, break, continue and nested loops.
n = 0
while n < 5:
    n += 1
else:
    print("while finished normally, n =", n)
n = 0
while n < 10:
    n += 1
    if n == 3:
        break
else:
    print("not printed")
print("broke at", n)
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
print("sum of evens", total)
def find_divisor(m):
    d = 2
    while d * d <= m:
        if m % d == 0:
            print(m, "has divisor", d)
            break
        d += 1
    else:
        print(m, "is prime")
for m in (15, 17, 49, 97, 2):
    find_divisor(m)
a = 0
while a < 3:
    b = 0
    while True:
        b += 1
        if b > a:
            break
    print("inner ran", b, "for a =", a)
    a += 1
while False:
    print("never")
else:
    print("else of never-running loop")
count = 3
while count:
    print("countdown", count)
    count -= 1
