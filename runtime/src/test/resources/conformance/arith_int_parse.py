# Checks int() parsing with bases, signs, whitespace, underscores and errors.
print(int(" 4"), int("+2"), int("-17 "), int("1_000"), int("\t42\n"))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("17", 0), int("0", 0))
print(int("ff", 16), int("FF", 16), int("z", 36), int("101", 2), int("777", 8), int("0x1F", 16))
print(int("-0b11", 2), int("  -0o7  ", 8), int("1_0", 16))
print(int(3.99), int(-3.99), int(True), int("12345678901234567890123"))
print(int(), int(0.0), int("-0"))
for text, base in [("4.0", 10), ("x", 10), ("", 10), ("12", 2), ("0x1f", 10), ("1__0", 10),
                   ("_1", 10), ("010", 0), ("9", 8), (" ", 10)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], 1 + 0j if False else {}]:
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
for text in ["1.5", " -2e3 ", "inf", "-Infinity", "nan", "1_0.5"]:
    print(float(text))
for text in ["abc", "1.2.3", "", "1__0"]:
    try:
        float(text)
    except ValueError as e:
        print(type(e).__name__, e)
