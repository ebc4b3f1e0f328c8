#!/usr/bin/env python3
"""Records what CPython prints for every `weft bench` program at a small size, for
BenchProgramsTest, which runs each program under Weft at that size and compares.

Writes scaling-bench/src/test/resources/bench/checksums.tsv: one line per program,
`name<TAB>n<TAB>checksum line`. Run after adding or changing a program:

    python3 scripts/generate-bench-checksums.py
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "scaling-bench/src/main/python/bench"
OUT = ROOT / "scaling-bench/src/test/resources/bench/checksums.tsv"
SIZE = 3


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"the checksums come from CPython 3.11, not {sys.version.split()[0]}")
    rows = []
    for program in sorted(PROGRAMS.glob("*.py")):
        if program.name == "bench_runner.py":
            continue
        done = subprocess.run([sys.executable, program.name, str(SIZE)], cwd=PROGRAMS,
                              capture_output=True, text=True, timeout=120, check=True)
        lines = [l for l in done.stdout.splitlines() if l.startswith("checksum: ")]
        if len(lines) != 1:
            sys.exit(f"{program.name} printed no single checksum line: {done.stdout!r}")
        rows.append(f"{program.stem}\t{SIZE}\t{lines[0]}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} checksums written to {OUT}")


if __name__ == "__main__":
    main()
