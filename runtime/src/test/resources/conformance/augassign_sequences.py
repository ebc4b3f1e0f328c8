# Checks augmented assignment on lists (in-place), tuples and strs (rebinding).
a = [1, 2]
alias = a
a += [3]
a += (4, 5)
a += "ab"
a *= 2
print(a, alias is a, alias)
t = (1, 2)
talias = t
t += (3,)
t *= 2
print(t, talias, t is talias)
s = "ab"
salias = s
s += "cd"
s *= 3
print(s, salias)
b = b"x"
b += b"yz"
b *= 2
print(b)
lst = [[0]] * 3
lst[0] += [1]
print(lst)
try:
    t += [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a -= [1]
except TypeError as e:
    print(type(e).__name__, e)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
m = [1, 2]
m *= 0
print(m)
