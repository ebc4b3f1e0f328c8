# Checks if/elif/else chains with various truthy and falsy conditions.
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool"
    elif isinstance(v, int) and v < 0:
        return "negative int"
    elif isinstance(v, int):
        return "int"
    elif isinstance(v, str):
        if not v:
            return "empty str"
        elif v.isdigit():
            return "digit str"
        else:
            return "str"
    else:
        return "other"

for v in [None, True, -3, 7, "", "123", "abc", 1.5, [1]]:
    print(repr(v), classify(v))

for cond in [0, 1, "", "x", [], [0], {}, {0: 0}, 0.0, -0.0, 1e-300, range(0), None]:
    if cond:
        print(repr(cond), "truthy")
    else:
        print(repr(cond), "falsy")

x = 15
if x % 3 == 0 and x % 5 == 0:
    print("FizzBuzz")
if x > 10: print("single line if")
if x < 0:
    pass
elif x < 100:
    print("under 100")
