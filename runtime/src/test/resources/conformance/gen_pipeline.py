# Checks chained lazy generator pipelines and interleaving of stages.
def numbers(limit):
    for i in range(1, limit + 1):
        print("  source", i)
        yield i
def keep_odd(src):
    for v in src:
        if v % 2:
            yield v
def square(src):
    for v in src:
        yield v * v
def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v
pipeline = take(2, square(keep_odd(numbers(100))))
for value in pipeline:
    print("result", value)
def window(src, size):
    buf = []
    for v in src:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_total(src):
    total = 0
    for v in src:
        total += v
        yield total
print(list(running_total(square(range(5)))))
def group_runs(src):
    run = []
    for v in src:
        if run and run[-1] != v:
            yield run
            run = []
        run.append(v)
    if run:
        yield run
print(list(group_runs("aaabccdddd")))
