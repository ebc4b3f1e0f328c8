# A seeded torture test of shared builtin objects: four threads do mixed operations on one list,
# dict, set and object, and a lock-protected counter; each thread mirrors its own effects, so the
# final states are exactly predictable whatever the interleaving. Readers check that whatever they
# see was really written.
import threading

THREADS = 4
OPS = 6000

shared_list = []
shared_dict = {}
shared_set = set()


class Shared:
    pass


obj = Shared()
obj.count = 0
lock = threading.Lock()
problems = []
mirrors = [None] * THREADS


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state


def worker(k):
    rnd = lcg(1000 + k)
    appended, popped = [], []
    my_dict, my_set, my_attrs = {}, set(), {}
    for step in range(OPS):
        r = next(rnd)
        op = r % 9
        j = (r >> 4) % 50
        if op == 0:
            item = (k, step)
            shared_list.append(item)
            appended.append(item)
        elif op == 1:
            try:
                popped.append(shared_list.pop())
            except IndexError:
                pass
        elif op == 2:
            shared_dict[(k, j)] = (k, step)
            my_dict[(k, j)] = (k, step)
        elif op == 3:
            shared_dict.pop((k, j), None)
            my_dict.pop((k, j), None)
        elif op == 4:
            other = (r >> 10) % THREADS
            v = shared_dict.get((other, j))
            if v is not None and (not isinstance(v, tuple) or v[0] != other):
                problems.append(("dict value", other, j, v))
        elif op == 5:
            if r & 1:
                shared_set.add(k * 100 + j)
                my_set.add(k * 100 + j)
            else:
                shared_set.discard(k * 100 + j)
                my_set.discard(k * 100 + j)
        elif op == 6:
            name = "t%d_%d" % (k, j % 5)
            setattr(obj, name, step)
            my_attrs[name] = step
        elif op == 7:
            with lock:
                obj.count += 1
        else:
            n = 0
            for item in shared_list:
                if not (isinstance(item, tuple) and len(item) == 2):
                    problems.append(("list item", item))
                n += 1
            if n > len(appended) * THREADS + 10 * OPS:
                problems.append(("list length", n))
    mirrors[k] = (appended, popped, my_dict, my_set, my_attrs)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

all_appended = [x for m in mirrors for x in m[0]]
all_popped = [x for m in mirrors for x in m[1]]
print("list: every item appended once, popped or still there:",
      sorted(all_popped + shared_list) == sorted(all_appended))
expected_dict = {}
for m in mirrors:
    expected_dict.update(m[2])
print("dict exact:", shared_dict == expected_dict, len(shared_dict) == len(expected_dict))
print("set exact:", shared_set == set().union(*[m[3] for m in mirrors]))
attrs_ok = all(getattr(obj, n) == v for m in mirrors for n, v in m[4].items())
print("attributes exact:", attrs_ok)
expected_count = 0
for k in range(THREADS):
    rnd = lcg(1000 + k)
    expected_count += sum(1 for _ in range(OPS) if next(rnd) % 9 == 7)
print("counter:", obj.count == expected_count, expected_count)
print("problems:", problems[:5])
