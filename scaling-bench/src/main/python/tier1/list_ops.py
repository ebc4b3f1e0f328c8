"""List manipulation: building, slicing, sorting, filtering and reversing lists of ints."""
from harness import measure, size


def churn(n):
    data = []
    for i in range(n):
        data.append((i * 7919) % 1000)
    total = 0
    for start in range(0, n, 100):
        chunk = data[start:start + 100]
        chunk.sort()
        evens = [x for x in chunk if x % 2 == 0]
        chunk.reverse()
        total += sum(evens) + chunk[0] - len(chunk)
        while chunk:
            total += chunk.pop()
    return total


measure(lambda: churn(size(100000)))
