"""Functions whose disassembly is kept as a golden file (functions.dis)."""


def fib(n, memo={}):
    if n < 2:
        return n
    total = 0
    for i in range(2):
        total += fib(n - 1 - i)
    return total


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


class Point(Base):
    def norm(self):
        return super().norm() if 0 <= self.x < 10 else abs(self.x)


def handlers(path, items):
    try:
        with open(path) as f:
            for line in f:
                if not line:
                    break
                items[0] += 1
    except (OSError, ValueError) as error:
        raise RuntimeError(f"{path!r}: {error}") from error
    finally:
        items.clear()


def pairs(data):
    first, *rest = data
    yield from ((k, v) for k, v in rest if k != first)
