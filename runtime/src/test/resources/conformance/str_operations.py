# Checks str concatenation, repetition, comparisons, iteration, indexing, 'in' and immutability.
a, b = "abc", "abd"
print(a + b, a * 3, 2 * "xy", a * 0, a * -1, "" + "", a < b, a == "abc", a != b, "Z" < "a", "abc" < "abcd", "" < "a")
print(a[0], a[-1], a[1:], list(a), [c for c in "héllo"], "".join(c * 2 for c in a))
print(sorted(["b", "B", "a", "A", "é", "e", "_", "1"]), max("hello"), min("hello"))
print("é" > "z", "Z" < "z", "10" < "9", "apple" < "apples" < "b")
s = "immutable"
t = s
s += "!"
print(s, t)
print(str(123), str(1.5), str(None), str([1, "a"]), str(), str("x"), str(b"b"), str(-0.0))
print(len("日本語"), "日本語"[1], "日本語"[::-1], "ü" == "\u00fc", "\N{GREEK SMALL LETTER ALPHA}", "\x41\u0042")
print("ab" "cd", "multi" 'ple' """ parts""")
print("""triple
quoted""", r"raw\n\t", len(r"\n"), "escape\\n")
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[3]
except IndexError as e:
    print(type(e).__name__, e)
