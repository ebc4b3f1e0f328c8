# Checks an uncaught TypeError for 1 + "a" after mixed arithmetic succeeds.
print(1 + 2.5, True + 1, "a" + "b", [1] + [2])
try:
    print(1 + "a")
except TypeError as e:
    print("caught:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("caught:", e)
print(str(1) + "a", 1 + int("2"))
try:
    print([1] + (2,))
except TypeError as e:
    print("caught:", e)
values = [1, 2, True, "a", 4]
acc = 0
for v in values:
    print("adding", repr(v))
    acc = acc + v
    print("acc", acc)
print("not reached")
