# Checks for/else with break, empty iterables and loop variable after the loop.
def search(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
search([4, 5, 6], 5)
search([4, 5, 6], 9)
search([], 1)
for x in []:
    pass
else:
    print("else after empty loop")
for x in range(3):
    pass
print("x after loop", x)
for ch in "abc":
    if ch == "b":
        continue
    print("char", ch)
else:
    print("continue does not skip else")
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j, end="; ")
    else:
        print("never")
print()
