# Threads share one list, dict, set and object; every builtin operation is atomic, so the final
# states are exact whatever the interleaving.
import threading

N_THREADS = 4
N = 5000

shared_list = []
shared_dict = {}
shared_set = set()


class Box:
    pass


box = Box()
box.total = 0
lock = threading.Lock()
counter = [0]


def worker(k):
    for i in range(N):
        shared_list.append(k * N + i)
        shared_dict[(k, i)] = i * 0.5
        shared_set.add(i % 997 + k * 1000)
        with lock:
            counter[0] += 1
            box.total += i
        if i % 100 == 0:
            setattr(box, "last_%d" % k, i)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(shared_list), sorted(shared_list) == list(range(N_THREADS * N)))
print(len(shared_dict), sum(shared_dict.values()))
print(len(shared_set), sum(shared_set))
print(counter[0], box.total)
print(sorted(k for k in vars(box) if k.startswith("last_")), box.last_0, box.last_3)

# Readers iterate and index while writers pop: no reader sees an item twice or a hole.
data = list(range(20000))
popped = []


def popper():
    mine = []
    while True:
        try:
            mine.append(data.pop())
        except IndexError:
            break
    with lock:
        popped.extend(mine)


def reader(out):
    seen = 0
    for x in data:
        seen += 1
    for i in range(0, 20000, 7):
        try:
            v = data[i]
            assert v == i, (v, i)
        except IndexError:
            pass
    out.append(seen <= 20000)


flags = []
ts = [threading.Thread(target=popper) for _ in range(2)] + [
    threading.Thread(target=reader, args=(flags,)) for _ in range(2)
]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(popped), sorted(popped) == list(range(20000)), data, flags)

# Dict readers racing inserts and deletes of other keys always see the stable keys.
d = {"stable%d" % i: i for i in range(50)}
errors = []


def dict_writer():
    for i in range(20000):
        d["tmp%d" % (i % 300)] = i
        if i % 3 == 0:
            d.pop("tmp%d" % ((i * 7) % 300), None)


def dict_reader():
    for i in range(20000):
        k = "stable%d" % (i % 50)
        if d[k] != i % 50 or k not in d or d.get(k) != i % 50:
            errors.append(k)


ts = [threading.Thread(target=dict_writer), threading.Thread(target=dict_reader)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errors, sorted(k for k in d if k.startswith("stable")) == sorted("stable%d" % i for i in range(50)))
