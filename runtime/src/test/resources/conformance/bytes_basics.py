# Checks bytes literals, indexing to ints, slicing, concatenation, repr, comparisons and methods.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b + b" world", b * 2, type(b[0]).__name__)
print(repr(b"\x00\x01\x7f\x80\xff"), b"tab\there", b"quote'", b'dq"', b"both'\"", b"\\")
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), b"", bytes())
print(list(b"AZ"), [c for c in b"ab"], b"a" < b"b", b"ab" == b"ab", b"a" == "a", b"abc" > b"abb")
print(b"ell" in b, 104 in b, b.find(b"l"), b.count(b"l"), b.upper(), b.startswith(b"he"), b.split(b"l"))
print(b"-".join([b"a", b"b"]), b" x ".strip(), b.replace(b"l", b"L"), b.index(b"o"), b.decode())
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), b"h\xc3\xa9".decode("utf-8"))
print(hex(b[0]), b.hex(), bytes.fromhex("4142"), b.isalpha(), b"123".isdigit())
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(b"x"), hash(b"a") == hash(b"a"), {b"k": 1}[b"k"])
