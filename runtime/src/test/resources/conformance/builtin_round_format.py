# Checks format() and simple f-string specs: width, alignment, precision, sign, thousands, zero padding.
print(format(3.14159, ".2f"), format(42, "5"), format("ab", ">5"), format("ab", "<5") + "|", format("ab", "^6") + "|")
x = 1234.5678
print(f"{x:.2f}|{x:10.1f}|{x:<10.1f}|{x:^12.3f}|{x:08.3f}|{x:,}|{x:,.2f}")
n = 42
print(f"{n:>5}|{n:<5}|{n:^5}|{n:05}|{n:+}|{-n:+}|{n: }|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}")
print(f"{1234567:,}|{-1234567:,}|{0:,}|{10**12:,}")
s = "weft"
print(f"{s!r}|{s:>8}|{s:*^10}|{s:.2}|{s!s}|{'é'!r}|{s:<6}|")
print(f"{3.0:.0f}|{2.5:.0f}|{0.125:.2f}|{1e-7:.3f}|{-0.0:.1f}|{1/3:.10f}")
print(f"{12:3d}|{-12:5d}|{True:d}|{True}|{-5:05}|{7:+05}")
print(f"{[1, 2]}|{(1,)}|{ {'k': 1} }|{None}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|{'x':>{width}}")
print(f"{n=}", f"{n * 2 = }", f"{s=!r}")
print(f"{{literal braces}} {n}")
print("{} and {}".format("first", "second"), "{0}{1}{0}".format("a", "b"), "{name}".format(name="kw"))
print(format(True), format(None), format([1]), format(1.0), format(1e16), format(123))
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{3.5:d}"
except ValueError as e:
    print(type(e).__name__, e)
