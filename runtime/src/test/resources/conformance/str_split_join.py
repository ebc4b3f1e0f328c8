# Checks str.split/rsplit with and without separators and maxsplit, splitlines and join.
s = "  the quick  brown\tfox\n jumps  "
print(s.split(), s.split(" "), s.split(None, 2), s.rsplit(None, 2), s.split(maxsplit=1))
csv = "a,b,,c,"
print(csv.split(","), csv.split(",", 2), csv.rsplit(",", 2), csv.rsplit(",", 1), csv.split(",", 0), csv.split(",", -1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aXbXc".split("X"), "a--b--c".split("--"))
print("a b c".rsplit(maxsplit=1), "k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "x".split("x", 5))
text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines(), text.splitlines(True), "".splitlines(), "no newline".splitlines(), "end\n".splitlines())
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(("x",)), "\n".join(["1", "2"]))
print("/".join(str(i) for i in range(4)), ",".join({"k": 1, "j": 2}), "".join(reversed("abc")))
words = "The Cat sat on The Mat".split()
print(" ".join(w.lower() for w in words), len(words), words.count("The"))
try:
    " ".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("1,2;3".replace(";", ",").split(","), [int(x) for x in "4 5 6".split()])
