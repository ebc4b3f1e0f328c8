# Checks find/rfind/index/rindex/count with ranges, startswith/endswith with tuples and 'in'.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("zz"), s.find("a", 1), s.find("a", 1, 3), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("bra"), s.rfind("a", 0, 5), s.rfind("zz"), s.rfind(""))
print(s.index("cad"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 5), "aaaa".count("aa"))
print(s.startswith("abra"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.endswith("bra"), s.endswith(("cad", "ra")))
print(s.endswith("abra", 0, 4), s.startswith(""), s.endswith(("",)), "bra" in s, "" in s, "Abra" in s)
try:
    s.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
def all_positions(text, sub):
    out = []
    i = text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
print(all_positions(s, "a"), all_positions("aaaa", "aa"), all_positions("xyz", "q"))
print("héllo wörld".find("ö"), "日本語テキスト".index("テ"), "ééé".count("é"))
