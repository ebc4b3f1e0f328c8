"""The in-process half of `weft scaling`: runs the workloads on a pool of threads started once
and prints one RESULT line per workload for the Java harness (dev.weft.bench.scaling) to read.

    driver.py --threads N --scale F --warmup W --repeats R [NAME...]

For each workload: W warm-up rounds, then R timed rounds of (one thread runs it) and (N threads
run it at once); each thread's work comes through its own queue, so the threads are started once
for the whole suite. Times are seconds from handing out the work to the last result. Output:

    PROGRESS <i> <count> <name>                          (stderr)
    RESULT <name> <t1,...> <tN,...> <ok> <detail>        (stdout, tab-separated)

where ok is 1 when every run, on one thread or on N, returned the same value, and detail is that
value's repr (or the differing values).
"""
import queue
import sys
import threading
import time

import workloads

BASE_ITERATIONS = 400_000


def parse(argv):
    opts = {"threads": 2, "scale": 1.0, "warmup": 10, "repeats": 7}
    names = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg.startswith("--"):
            key = arg[2:]
            value = argv[i + 1]
            opts[key] = float(value) if key == "scale" else int(value)
            i += 2
        else:
            names.append(arg)
            i += 1
    return opts, names


class Pool:
    """N worker threads, each taking (function, argument) from its own queue."""

    def __init__(self, n):
        self.inboxes = [queue.SimpleQueue() for _ in range(n)]
        self.done = queue.SimpleQueue()
        self.threads = [threading.Thread(target=self.work, args=(box,), daemon=True)
                        for box in self.inboxes]
        for t in self.threads:
            t.start()

    def work(self, inbox):
        while True:
            job = inbox.get()
            if job is None:
                return
            fn, arg = job
            try:
                self.done.put(("ok", fn(arg)))
            except BaseException as e:  # reported, not lost: the harness prints it
                self.done.put(("error", "%s: %s" % (type(e).__name__, e)))

    def run(self, fn, arg, threads):
        start = time.perf_counter()
        for box in self.inboxes[:threads]:
            box.put((fn, arg))
        results = [self.done.get() for _ in range(threads)]
        return time.perf_counter() - start, results

    def stop(self):
        for box in self.inboxes:
            box.put(None)


def measure(pool, fn, iterations, threads, warmup, repeats):
    seen = []
    t1, tn = [], []
    for round_ in range(warmup + repeats):
        elapsed1, results1 = pool.run(fn, iterations, 1)
        elapsedn, resultsn = pool.run(fn, iterations, threads)
        seen.extend(results1 + resultsn)
        if round_ >= warmup:
            t1.append(elapsed1)
            tn.append(elapsedn)
    values = []
    for status, value in seen:
        text = repr(value) if status == "ok" else value
        if text not in values:
            values.append(text)
    ok = len(values) == 1 and all(status == "ok" for status, _ in seen)
    return t1, tn, ok, " | ".join(values)


def main():
    opts, names = parse(sys.argv[1:])
    chosen = [w for w in workloads.WORKLOADS if not names or w.__name__ in names]
    unknown = [n for n in names if n not in {w.__name__ for w in workloads.WORKLOADS}]
    if unknown:
        print("unknown workload(s): " + ", ".join(unknown), file=sys.stderr)
        sys.exit(2)
    pool = Pool(opts["threads"])
    for i, fn in enumerate(chosen, 1):
        print("PROGRESS\t%d\t%d\t%s" % (i, len(chosen), fn.__name__), file=sys.stderr, flush=True)
        iterations = max(1, int(BASE_ITERATIONS * opts["scale"] * fn.weight))
        t1, tn, ok, detail = measure(pool, fn, iterations, opts["threads"], opts["warmup"],
                                     opts["repeats"])
        print("RESULT\t%s\t%s\t%s\t%d\t%s" % (
            fn.__name__, ",".join("%.6f" % t for t in t1), ",".join("%.6f" % t for t in tn),
            1 if ok else 0, detail.replace("\t", " ").replace("\n", " ")), flush=True)
    pool.stop()


main()
