# Checks upper/lower/title/capitalize/swapcase/casefold on ASCII and non-ASCII BMP text.
words = ["hello world", "HELLO", "hELLO wORLD", "it's a dog's life", "o'neil mc-donald", "123abc", "",
         "straße", "élan VITAL", "ǅemal", "ΣΊΣΥΦΟΣ", "добрый день"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), sep=" | ")
print("ß".upper(), "ß".lower(), "ß".casefold(), "ﬁ".upper(), "İ".lower() == "i̇")
print("MiXeD".lower() == "mixed", "abc".upper().lower(), "x".upper() * 3)
print("hello world".title() == "Hello World", "HELLO".isupper(), "Hello".istitle(), "hello world".capitalize())
def title_words(text):
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())
for text in ["hello world", "it's a dog's life", "HELLO   THERE"]:
    print(repr(text.title()), repr(title_words(text)), repr(text.capitalize()))
print("weft Runtime".swapcase().swapcase(), "ABC".lower().upper() == "ABC")
print([c.upper() for c in "aé1_ñ"], [c.lower() for c in "AÉ1_Ñ"])
print("straße".casefold() == "STRASSE".casefold(), "Hello".casefold(), "ΣΑΣ".lower())
print("a".upper() < "a", "Z".lower() > "Z", "mIxEd CaSe".title())
word = "python"
print(word.capitalize(), word.upper().capitalize(), word[0].upper() + word[1:])
print("".upper() == "", "123".upper(), "!?".lower(), "ǈ".upper(), "ǈ".lower())
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted(["b", "A", "c", "B"], key=str.swapcase))
print(sum(1 for c in "Hello World Again" if c.isupper()), "".join(c for c in "Hello World" if c.islower()))
print("hello".upper().isupper(), "HELLO".lower().islower(), "Hello World".istitle(), "hello World".istitle())
