#!/usr/bin/env python3
"""Regenerates the expected results of Weft's number formatting and parsing from CPython.

Writes runtime/src/test/resources/format/expected.tsv: one line per (kind, value, spec) with
what CPython 3.11 returns or raises: repr and format() of floats and ints, int(str, base),
float(str), round() and hash() of numbers. Floats are written with float.hex() so the Java side reads
exactly the same double. Run after changing the vectors:

    python3 scripts/generate-format-expectations.py
"""
import math
import pathlib
import random
import struct
import sys

OUT = pathlib.Path(__file__).resolve().parent.parent / "runtime/src/test/resources/format/expected.tsv"

FLOAT_SPECS = [
    "", "e", ".3e", "E", ".0e", "#.0e", "f", ".2f", ".0f", "#.0f", "F", "g", ".3g", ".1g", ".12g",
    ".17g", "#g", "#.3g", "G", "%", ".1%", "+", " ", "+.3f", "010.3f", "-010.2e", ",.2f", "_.4f",
    ",", ">12.4", "<12", "^12g", "*^15.3e", "z.1f", "z", "n", ".2", ".5", "020,.2f", "#", "=+12.2f",
    "08.2f", "x<9.1f", ".30f", ".20e", ".0%", "abc", "d", ".", "z,.0f",
]
INT_SPECS = [
    "", "d", "b", "o", "x", "X", "#x", "#o", "#b", "#X", ",", "_", "_x", "_b", "_o", "010", "+d",
    " d", "=+10", "^10", "*<8", "e", ".2f", "%", ".3g", "n", "020_x", "#010x", "010,", "09,",
    "08,", "07,", ",d", "c", "+c", ".2d", ",c", "z", "abc", ",x", "#c", "_c", ",_", ",,",
]


def outcome(value, spec):
    try:
        return "OK", format(value, spec)
    except (ValueError, OverflowError) as e:
        return type(e).__name__, str(e)


def floats():
    rng = random.Random(20261122)
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 2.675, 0.125, 0.375, 1e16, 1e-5, 1e-4,
              123.456, 1e22, 1e23, 5e-324, sys.float_info.max, sys.float_info.min, 1 / 3, 2 / 3,
              math.pi, math.e, 12.0, 100.0, 1234567.891, 0.000123456, 9.995, 9.9999, 99.5, 0.05,
              123456789012345678.0, float("inf"), float("-inf"), float("nan"), 1e300, 1e-300]
    for _ in range(150):
        values.append(rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30))
    for _ in range(50):
        values.append(round(rng.uniform(0, 1000), rng.randint(0, 4)) + 0.5 * 10 ** -rng.randint(0, 5))
    return values


def random_doubles():
    """Thousands of doubles for the repr property test: every bit pattern is equally likely (so
    subnormals, huge and tiny exponents all occur), plus short decimals and integers near the
    1e16 switch to exponent notation, where the layout rules meet."""
    rng = random.Random(20261123)
    values = []
    while len(values) < 4000:
        x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
        if math.isfinite(x):
            values.append(x)
    for _ in range(1000):
        values.append(round(rng.uniform(-1, 1), rng.randint(1, 17)) * 10.0 ** rng.randint(-20, 20))
    for _ in range(500):
        values.append(float(rng.randint(1, 10 ** 17)) * rng.choice((1, -1)))
    return values


def ints():
    rng = random.Random(1122)
    values = [0, 1, -1, 7, 42, -42, 255, 65, 0x263A, 1234, 1234567, -1234567, 2 ** 31, 2 ** 63,
              -(2 ** 63), 2 ** 64 + 1, 10 ** 30, -(10 ** 30), 2 ** 1100]
    for _ in range(60):
        values.append(rng.randint(-10 ** rng.randint(1, 25), 10 ** rng.randint(1, 25)))
    return values


INT_TEXTS = ["4.0", " 4 ", "+2", "-7", "1_000", "0x10", "0X1f", "1__0", "_1", "1_", "\u0661\u0662",
             "0b", "0b101", "0o17", "010", "00", "0_0", "0_", "  -0o17 ", "1e5", "", "  ", "12a",
             "zz", "0x_ff", "0x__ff", "\u20034\u2003", "9" * 30, "1" * 4301, "-0", "+", "0b_1"]
FLOAT_TEXTS = [" 1e5 ", "1_0.5", "inf", "-Infinity", "nAn", "+nan", "1e", "0x1p3", ".5", "5.",
               "1_e5", "1e_5", "\u0661.\u0665", "1e400", "-1e-400", "2.5e-324", "0.1", "1_000.000_1",
               "", "-", ".", "e5", "1.2.3", "  -.5e+3 ", "infinit", "123456789012345678901234567890"]
ROUND_CASES = [(2.675, 2), (-0.4, 0), (0.5, 0), (1.5, 0), (-2.5, 0), (1e300, -300), (123.456, -1),
               (-0.04, 1), (1.7e308, -308), (0.125, 2), (0.375, 2), (5e-324, 323), (123.456, 400),
               (123.456, -400), (1234.5678, -2), (2.5, 0), (-1.5, 0), (1e16 + 1, -1), (0.1, 20)]


def parse_rows():
    rows = []
    for text in INT_TEXTS:
        for base in (10, 0, 16, 2, 36):
            try:
                # In hex: str() of a huge result would hit the int-to-str digit limit itself.
                result = "OK", format(int(text, base), "x")
            except ValueError as e:
                result = "ValueError", str(e)
            rows.append("\t".join(["int_parse", text, str(base), *result]))
    for text in FLOAT_TEXTS:
        try:
            result = "OK", float(text).hex()
        except ValueError as e:
            result = "ValueError", str(e)
        rows.append("\t".join(["float_parse", text, "", *result]))
    rng = random.Random(7)
    cases = list(ROUND_CASES) + [(rng.uniform(-1e6, 1e6), rng.randint(-5, 8)) for _ in range(200)]
    for x, n in cases:
        try:
            result = "OK", round(x, n).hex()
        except (ValueError, OverflowError) as e:
            result = type(e).__name__, str(e)
        rows.append("\t".join(["round", x.hex(), str(n), *result]))
    for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 1e20, 2.0 ** 70 + 0.0, float("inf"), float("nan")] + [rng.uniform(-1e6, 1e6) for _ in range(50)]:
        try:
            result = "OK", str(round(x))
        except (ValueError, OverflowError) as e:
            result = type(e).__name__, str(e)
        rows.append("\t".join(["round_int", x.hex(), "", *result]))
    for n in ints() + [2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 62, -1, -2]:
        rows.append("\t".join(["hash_int", str(n), "", "OK", str(hash(n))]))
    for x in floats():
        if x == x:
            rows.append("\t".join(["hash_float", x.hex(), "", "OK", str(hash(x))]))
    return rows


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"the expected results come from CPython 3.11, not {sys.version.split()[0]}")
    rows = []
    for x in floats():
        rows.append("\t".join(["repr", x.hex(), "", "OK", repr(x)]))
        for spec in FLOAT_SPECS:
            rows.append("\t".join(["float", x.hex(), spec, *outcome(x, spec)]))
    for x in random_doubles():
        rows.append("\t".join(["repr_random", x.hex(), "", "OK", repr(x)]))
    for n in ints():
        for spec in INT_SPECS:
            if spec in ("c", "+c") and not 0 <= n < 0x110000:
                continue
            kind, text = outcome(n, spec)
            if "\t" in text or "\n" in text or any(ord(c) < 32 for c in text):
                continue
            rows.append("\t".join(["int", str(n), spec, kind, text]))
    rows += parse_rows()
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} expected results written to {OUT}")


if __name__ == "__main__":
    main()
