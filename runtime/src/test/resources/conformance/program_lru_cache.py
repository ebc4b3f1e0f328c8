# Program: an LRU cache built from a dict and a hand-written doubly linked list, used as a memoizer.


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = Node()          # most recent side
        self.tail = Node()          # least recent side
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
        if len(self.map) > self.capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evictions += 1
            return victim.key
        return None

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __reversed__(self):
        node = self.tail.prev
        while node is not self.head:
            yield node.key
            node = node.prev

    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, [{items}])"

    def stats(self):
        return {"hits": self.hits, "misses": self.misses, "evictions": self.evictions, "size": len(self)}


def lru_memoize(capacity):
    def decorator(fn):
        cache = LRUCache(capacity)
        missing = object()

        def wrapper(*args):
            value = cache.get(args, missing)
            if value is missing:
                value = fn(*args)
                cache.put(args, value)
            return value

        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c)
print("get a:", c.get("a"), "->", list(c))
print("put d evicts:", c.put("d", 4), "->", list(c))
print("get b:", c.get("b"), "contains c:", "c" in c, "reversed:", list(reversed(c)))
print("update c evicts:", c.put("c", 30), c)
del c["a"]
print("after del a:", c, len(c))
try:
    del c["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
print("stats:", c.stats())


@lru_memoize(64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib(80) =", fib(80), fib.cache.stats())
print("fib(80) again =", fib(80), fib.cache.stats())


@lru_memoize(4)
def slow_square(n):
    print("  computing", n)
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 2]:
    print("square", n, "=", slow_square(n))
print(slow_square.cache, slow_square.cache.stats())

access = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1]
for cap in (1, 2, 3, 4, 5):
    cache = LRUCache(cap)
    faults = 0
    for page in access:
        if cache.get(page) is None:
            faults += 1
            cache.put(page, True)
    print(f"capacity {cap}: faults {faults}, final order {list(cache)}")
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
