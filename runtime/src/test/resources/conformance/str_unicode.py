# Checks BMP unicode letters: len, indexing, repr escapes, ord/chr, case mapping and encode/decode.
texts = ["naïve café", "Ελληνικά", "русский", "中文字符", "עברית", "ひらがな", "emoji-free ✓ ★ ☃", "\u200b\u00ad"]
for t in texts:
    enc = t.encode("utf-8")
    print(repr(t), len(t), len(enc), enc.decode("utf-8") == t, [ord(c) for c in t[:3]])
print(repr("\x00\x07\x1b\x7f\x80\x9f\xa0"), repr("\u2028\ufeff"), repr("é\n"))
print("Ω".lower(), "ω".upper(), "ǆ".title(), "ﬀ".upper(), len("ﬀ".upper()))
print("ÅNGSTRÖM".lower(), "größe".upper(), "İstanbul".lower() == "i̇stanbul")
print(sorted(["ä", "a", "z", "é", "e"]), "ä" > "z")
s = "日本語"
print(s[0], s[-1], s[1:], list(s), s.encode(), s * 2, s.find("語"))
print("\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print("abc".encode("ascii"), "é".encode("utf-8"), "€".encode("utf-8"), b"\xe2\x82\xac".decode("utf-8"))
def char_classes(text):
    return "".join("L" if c.isalpha() else "D" if c.isdigit() else "S" if c.isspace() else "P" for c in text)
print(char_classes("Ñandú 42 ¡sí!"), char_classes("Δ-3 日本"))
greek = "".join(chr(c) for c in range(0x3b1, 0x3ba))
print(greek, greek.upper(), len(greek), greek[::-1], greek.index("ε"))
word = "façade"
print(word.encode("utf-8"), len(word.encode("utf-8")), word.encode("utf-8").decode("utf-8") == word)
print(word.replace("ç", "c"), word.split("ç"), word.partition("ç"), word.center(10, "·"))
print([(c, hex(ord(c))) for c in "€£¥"], "\u20ac" == "€", "\u00A3" == "£")
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "ÀB".isupper(), "àb".islower())
print(max("añb"), min("ñÑn"), sorted("ñÑnN"), "ñ" in "España", "España".find("ñ"))
