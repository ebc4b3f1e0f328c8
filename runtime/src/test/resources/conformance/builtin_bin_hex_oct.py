# Checks bin, hex, oct and format/f-string integer bases, including negatives and big ints.
for n in [0, 1, 7, 8, 255, -1, -255, 2 ** 64, -(2 ** 70)]:
    print(n, bin(n), oct(n), hex(n))
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#o} {255:#b} {255:08b}")
print(f"{-10:x} {3735928559:x} {3735928559:,} {1234567.891:,.2f} {-1234567:,}")
print(format(255, "x"), format(10, "b"), format(8, "o"), format(255, "#06x"))
print(int(bin(12345), 2), int(hex(12345), 16), int(oct(12345), 8), int(hex(-99), 0))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("5")
except TypeError as e:
    print(type(e).__name__, e)
print(hex(True), bin(False))
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 5, -42, 255, 10 ** 20]:
    print(n, to_base(n, 2) == bin(n).replace("0b", ""), to_base(n, 8) == oct(n).replace("0o", ""), to_base(n, 16) == hex(n).replace("0x", ""), to_base(n, 36))
