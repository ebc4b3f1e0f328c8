#!/usr/bin/env python3
"""Regenerates the table of seeded random sequences Weft's random module must reproduce.

Writes runtime/src/test/resources/random/sequences.txt from CPython 3.11 (the oracle): for each of
20 seeds (ints of many sizes and signs, str, bytes, floats) the first 100 random() values, then
getrandbits(k) for k = 1..100, then randrange, choice and shuffle results, all drawn in that order
from one random.Random(seed). RandomSequenceTest replays each block on Weft and compares line by
line. Format, one item a line:

    seed int <decimal>            a block begins: random.Random(<int>)
    seed str <hex of UTF-8>       ... random.Random(<str>)
    seed bytes <hex>              ... random.Random(<bytes>)
    seed float <float.hex()>      ... random.Random(<float>)
    random <float.hex()>          r.random()
    getrandbits <k> <decimal>     r.getrandbits(k)
    randrange <args...> = <int>   r.randrange(*args)
    choice <n> = <int>            r.choice(list(range(n)))
    shuffle <n> = <ints...>       x = list(range(n)); r.shuffle(x); x

Run after changing the seeds or the draws:

    python3 scripts/generate-random-table.py
"""
import pathlib
import random
import sys

OUT = pathlib.Path(__file__).resolve().parent.parent / "runtime/src/test/resources/random/sequences.txt"

SEEDS = [
    0, 1, 42, 12345, -7, 2**31 - 1, 2**32 - 1, 2**32, 2**64 + 5, 10**50, -(10**40), 2**300 + 1,
    "", "hello", "ünïcode ☃ \U0001F600",
    b"", b"\x00\xffabc",
    3.5, -0.25, 1e100,
]

RANDRANGES = [(10,), (1,), (-5, 1000, 7), (1000, -1000, -3), (2**31,), (2**63,), (2**70,),
              (-(2**65), 2**65, 12345)]


def seed_line(seed):
    if isinstance(seed, int):
        return f"seed int {seed}"
    if isinstance(seed, str):
        return f"seed str {seed.encode().hex()}"
    if isinstance(seed, bytes):
        return f"seed bytes {seed.hex()}"
    return f"seed float {seed.hex()}"


def block(seed):
    r = random.Random(seed)
    lines = [seed_line(seed)]
    lines += [f"random {r.random().hex()}" for _ in range(100)]
    lines += [f"getrandbits {k} {r.getrandbits(k)}" for k in range(1, 101)]
    for args in RANDRANGES:
        for _ in range(3):
            lines.append(f"randrange {' '.join(map(str, args))} = {r.randrange(*args)}")
    for n in (1, 2, 50, 1000):
        for _ in range(3):
            lines.append(f"choice {n} = {r.choice(list(range(n)))}")
    for n in (0, 1, 2, 20, 100):
        x = list(range(n))
        r.shuffle(x)
        lines.append(f"shuffle {n} = {' '.join(map(str, x))}".rstrip())
    return lines


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with CPython 3.11, the version Weft follows")
    assert len(SEEDS) == 20
    out = []
    for seed in SEEDS:
        out += block(seed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} lines to {OUT}")


if __name__ == "__main__":
    main()
