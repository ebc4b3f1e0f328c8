# Threads share one array.array, one io.StringIO and one io.BytesIO; every method is atomic (a
# critical section on the object), so the final states are exact whatever the interleaving, and
# readers never see a torn item or a half-written line.
import io
import struct
import threading
from array import array

N_THREADS = 4
N = 3000

shared = array("q")
text = io.StringIO()
data = io.BytesIO()
bad_reads = []
lock = threading.Lock()


def writer(k):
    for i in range(N):
        value = k * N + i
        if i % 3 == 0:
            shared.append(value)
        elif i % 3 == 1:
            shared.extend([value])
        else:
            shared.insert(0, value)
        text.write("line %d %d\n" % (k, i))
        data.write(struct.pack("<qq", value, ~value))


def reader():
    for _ in range(200):
        for x in shared:
            if x < 0 or x >= N_THREADS * N:
                with lock:
                    bad_reads.append(x)
        n = len(shared)
        if n:
            item = shared[n // 2] if n // 2 < len(shared) else 0
            if item < 0:
                with lock:
                    bad_reads.append(item)
        chunk = shared[-10:]
        if len(chunk.tobytes()) != len(chunk) * 8:
            with lock:
                bad_reads.append("bytes")


threads = [threading.Thread(target=writer, args=(k,)) for k in range(N_THREADS)]
threads += [threading.Thread(target=reader) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(shared), sorted(shared) == list(range(N_THREADS * N)), bad_reads)
lines = text.getvalue().splitlines()
seen = sorted(tuple(map(int, line.split()[1:])) for line in lines)
print(len(lines), seen == [(k, i) for k in range(N_THREADS) for i in range(N)])
print(all(line.startswith("line ") and len(line.split()) == 3 for line in lines))
raw = data.getvalue()
pairs = [struct.unpack_from("<qq", raw, off) for off in range(0, len(raw), 16)]
print(len(pairs), all(b == ~a for a, b in pairs), sorted(a for a, b in pairs) == list(range(N_THREADS * N)))

# Threads pop one array empty: every item comes out exactly once.
pool = array("l", range(20000))
popped = []


def popper():
    mine = []
    while True:
        try:
            mine.append(pool.pop())
        except IndexError:
            break
    with lock:
        popped.extend(mine)


ts = [threading.Thread(target=popper) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(pool), len(popped), sorted(popped) == list(range(20000)))

# Concurrent in-place operators and slice assignment keep the array whole.
grid = array("i", [0] * 64)


def bump(k):
    for _ in range(500):
        grid[k] += 1
        grid[32:64] = grid[32:64]


ts = [threading.Thread(target=bump, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(grid[:4], len(grid), sum(grid[4:]))
