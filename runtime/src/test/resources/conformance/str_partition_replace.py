# Checks partition/rpartition, replace with counts, expandtabs and removeprefix/removesuffix.
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "".partition("x"), "xx".partition("x"))
s = "the cat sat on the mat"
print(s.replace("the", "a"), s.replace("at", "og", 2), s.replace("", "-"), s.replace("zz", "yy"), s.replace("t", "", -1))
print("aaaa".replace("aa", "b"), "abc".replace("", "|", 2), "x".replace("x", "xx").replace("x", "y"))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(2)), repr("ab\n\tc".expandtabs(3)))
print(repr("12345\t6".expandtabs(4)), repr("x\ty".expandtabs(0)), repr("x\ty".expandtabs(1)))
print("test_file.py".removesuffix(".py"), "prefix_name".removeprefix("prefix_"), "abc".removeprefix("x"), "abc".removesuffix(""))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".replace(1, "b")
except TypeError as e:
    print(type(e).__name__, e)
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
def parse_kv(line):
    key, sep, value = line.partition("=")
    return (key.strip(), value.strip()) if sep else (line.strip(), None)
print([parse_kv(l) for l in ["a = 1", "b=", "flag", " c = x = y "]])
path = "/usr/local/lib/python3.11/site.py"
print(path.rpartition("/")[2], path.rpartition("/")[0], path.partition("/")[2].partition("/")[0])
print("a-b-c".replace("-", "", 1), "tab\tsep".expandtabs(8).replace(" ", "."), "x".join("abc").replace("x", "--"))
