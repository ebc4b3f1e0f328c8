# Checks chr and ord round trips across ASCII, Latin-1 and BMP characters.
for c in "Az0 ~\n\té€ßΩЖ中あ":
    print(repr(c), ord(c), chr(ord(c)) == c)
print([chr(i) for i in range(65, 71)], "".join(chr(i) for i in range(0x3b1, 0x3b6)))
print(ord("a") - ord("A"), chr(ord("a") ^ 32), chr(0x263A), chr(1000), chr(0xFFFD))
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(sorted("bAaB"), sorted("éeèz"), max("abcé"), min("Zab"))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
print(ord(b"A"), ord(chr(0xFFFF)), chr(127) == "\x7f", repr(chr(127)), repr(chr(0xe9)))
