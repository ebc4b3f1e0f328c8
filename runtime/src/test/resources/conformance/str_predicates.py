# Checks isdigit/isalpha/isalnum/isspace/isupper/islower/istitle/isdecimal/isnumeric/isidentifier.
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "a b", "é", "Ñandú", "٣", "½", "²", "Hello World",
           "hello World", "_id", "2x", "x_2", "ABC1", "abc!", "ÀÉÎ"]
print("sample digit alpha alnum space upper lower title decimal numeric ident")
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(),
          s.isdecimal(), s.isnumeric(), s.isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii(), "Tab\t".isprintable(), "ok".isprintable())
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower" if ch.islower() else "other-alpha"
    if ch.isspace():
        return "space"
    return "punct"
print([classify(c) for c in "aZ9 _!é\t中"])
counts = {}
for ch in "Hello, World 2024!":
    kind = classify(ch)
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
print(all(c.isalnum() for c in "abc123"), any(c.isspace() for c in "no_space"), "".join(filter(str.isdigit, "a1b2c3")))
print("12".isdigit() and int("12") == 12, "-12".isdigit(), "1.5".isdigit(), "١٢".isdigit(), int("١٢"))
print(" \t\n\r\x0b\x0c".isspace(), "\u00a0".isspace(), "\u3000".isspace(), "a\n".isspace())
print("ABC DEF".isupper(), "abc def".islower(), "ABC1".isupper(), "1".isupper(), "A b".isupper())
