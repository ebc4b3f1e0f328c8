# Checks an uncaught ValueError from int() conversion of a float-looking string.
def parse_all(texts):
    out = []
    for text in texts:
        value = int(text)
        print(repr(text), "->", value)
        out.append(value)
    return out


good = parse_all(["12", " 7 ", "+3", "-0", "1_000", "\t42\n"])
print("sum", sum(good))
for text in ["4.0", "x", ""]:
    try:
        int(text)
    except ValueError as e:
        print("caught:", e)
print("converting floats first:", int(float("4.0")), int(float("-2.5")))
print("bases:", int("ff", 16), int("0b11", 0), int("z", 36))
print("now an uncaught one")
parse_all(["8", "4.0", "9"])
print("not reached")
