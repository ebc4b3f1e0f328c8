"""The in-process half of `weft bench`: imports one benchmark program from this directory and
times its run(n) after a warm-up, so the figures are steady-state ones (after the JVM's JIT, or
PyPy's, has compiled the hot code).

    bench_runner.py PROGRAM SCALE WARMUP REPEATS

runs run(n) with n = the program's SIZE times SCALE (at least 1) and prints one line,
tab-separated: STEADY <n> <checksum> <seconds,...>
"""
import sys
import time

name, scale, warmup, repeats = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
program = __import__(name)
size = max(1, int(program.SIZE * scale))
checksum = None
for _ in range(warmup):
    checksum = program.run(size)
times = []
for _ in range(repeats):
    start = time.perf_counter()
    checksum = program.run(size)
    times.append(time.perf_counter() - start)
print("STEADY\t%d\t%s\t%s" % (size, checksum, ",".join("%.6f" % t for t in times)))
