"""The measuring loop every tier-1 speed program shares.

`measure(work)` calls `work()` for ROUNDS rounds (argv[2], default 8), prints the last result as
the checksum on stdout and the best time of the second half of the rounds (after warm-up) as
`steady SECONDS` on stderr, which scripts/tier1-speed.py reads.
"""
import sys
import time


def size(default):
    """The work size: argv[1], or `default`."""
    return int(sys.argv[1]) if len(sys.argv) > 1 else default


def measure(work):
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    times = []
    result = None
    for _ in range(rounds):
        t0 = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - t0)
    print("checksum", result)
    print("steady", min(times[rounds // 2:]), file=sys.stderr)
