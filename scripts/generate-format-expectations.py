#!/usr/bin/env python3
"""Regenerates the expected results of Weft's number formatting from CPython.

Writes runtime/src/test/resources/format/expected.tsv: one line per (kind, value, spec) with
what CPython 3.11 returns or raises. Floats are written with float.hex() so the Java side reads
exactly the same double. Run after changing the vectors:

    python3 scripts/generate-format-expectations.py
"""
import math
import pathlib
import random
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


def ints():
    rng = random.Random(1122)
    values = [0, 1, -1, 7, 42, -42, 255, 65, 0x263A, 1234, 1234567, -1234567, 2 ** 31, 2 ** 63,
              -(2 ** 63), 2 ** 64 + 1, 10 ** 30, -(10 ** 30), 2 ** 1100]
    for _ in range(60):
        values.append(rng.randint(-10 ** rng.randint(1, 25), 10 ** rng.randint(1, 25)))
    return values


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"the expected results come from CPython 3.11, not {sys.version.split()[0]}")
    rows = []
    for x in floats():
        rows.append("\t".join(["repr", x.hex(), "", "OK", repr(x)]))
        for spec in FLOAT_SPECS:
            rows.append("\t".join(["float", x.hex(), spec, *outcome(x, spec)]))
    for n in ints():
        for spec in INT_SPECS:
            if spec in ("c", "+c") and not 0 <= n < 0x110000:
                continue
            kind, text = outcome(n, spec)
            if "\t" in text or "\n" in text or any(ord(c) < 32 for c in text):
                continue
            rows.append("\t".join(["int", str(n), spec, kind, text]))
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} expected results written to {OUT}")


if __name__ == "__main__":
    main()
