# Checks strip/lstrip/rstrip with and without chars, and zfill/ljust/rjust/center padding.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHIcba".lstrip("abc"), "abcHIcba".rstrip("cb"), "hi".strip(""))
print(repr("...".strip(".")), repr("www.example.com".strip("cmowz.")), "0042".lstrip("0"), "1.500".rstrip("0"))
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "".zfill(3), "3.14".zfill(7))
print("|" + "ab".ljust(5) + "|" + "ab".rjust(5) + "|" + "ab".center(6) + "|" + "ab".center(5) + "|" + "abc".center(6) + "|")
print("ab".ljust(5, "*"), "ab".rjust(5, "-"), "ab".center(7, "="), "long".ljust(2), "x".center(4, "."))
for w in ["a", "bb", "ccc", "dddd"]:
    print("[" + w.center(6) + "]", "[" + w.rjust(6) + "]")
try:
    "ab".center(5, "xy")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
print("\u00a0nbsp\u00a0".strip() == "nbsp", " \x0b\x0cvt ".strip())
rows = [("name", "qty", "price"), ("apple", 3, 1.25), ("watermelon", 10, 12.5)]
for name, qty, price in rows:
    print(str(name).ljust(12) + str(qty).rjust(5) + str(price).rjust(8))
print("|".join(s.center(7, "-") for s in ["a", "bb", "ccc"]))
print(repr("  both  ".strip(" b")), repr("xxabcxx".strip("xa")), repr("".strip()), repr(" ".rstrip()))
