#!/usr/bin/env python3
"""Times the tier-1 speed programs under `./weft run` and under `python3`, side by side.

Each program (scaling-bench/src/main/python/tier1/*.py) runs its workload several rounds and
prints `steady SECONDS` on stderr: the best time of the second half of its rounds, after
warm-up. This script runs every program RUNS times on each runtime, alternating them so that
the machine's noise hits both alike, and prints a Markdown table of the best steady-state time,
the median whole-process time, and the ratio (speed of Weft relative to python3; 1.0 = equal,
below 1 = Weft slower). Extra arguments after `--` go to `./weft run` before the file (for
example `-- -X refcount=atomic`); WEFT_JAVA_OPTS is not used.
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = {
    "float_loop": ["200000", "40"],
    "method_calls": ["300", "40"],
    "list_ops": ["100000", "40"],
}
RUNS = 3


def run(cmd):
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True)
    wall = time.perf_counter() - start
    steady = float(done.stderr.split("steady")[-1].split()[0])
    return done.stdout, steady, wall


def main():
    weft_opts = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
    subprocess.run(["./weft", "run", os.devnull], cwd=ROOT, check=False, capture_output=True)
    print("| program | python3 steady | weft steady | python3 process | weft process | weft speed vs python3 (steady) |")
    print("|---|---|---|---|---|---|")
    for name, args in PROGRAMS.items():
        path = f"scaling-bench/src/main/python/tier1/{name}.py"
        results = {"python3": [], "weft": []}
        for _ in range(RUNS):
            results["python3"].append(run(["python3", path] + args))
            results["weft"].append(run(["./weft", "run"] + weft_opts + [path] + args))
        outputs = {r[0] for rs in results.values() for r in rs}
        if len(outputs) != 1:
            sys.exit(f"{name}: checksums differ: {outputs}")
        py_steady = min(r[1] for r in results["python3"])
        weft_steady = min(r[1] for r in results["weft"])
        py_wall = statistics.median(r[2] for r in results["python3"])
        weft_wall = statistics.median(r[2] for r in results["weft"])
        print(f"| {name} | {py_steady * 1e3:.1f} ms | {weft_steady * 1e3:.1f} ms | "
              f"{py_wall:.2f} s | {weft_wall:.2f} s | {py_steady / weft_steady:.2f}x |")


main()
