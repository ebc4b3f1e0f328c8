"""Synchronized queues (Weft implementation).

Pure-Python queues with the behaviour of CPython 3.11's ``queue`` module:
Queue (FIFO), LifoQueue, PriorityQueue and SimpleQueue, plus the Empty
and Full exceptions.  Built only on ``threading`` and ``time``.
"""

import threading
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


# Generic alias support (``Queue[int]``) when the runtime provides it.
try:
    _GenericAlias = type(list[int])
except Exception:
    _GenericAlias = None

_TIMEOUT_ERROR = "'timeout' must be a non-negative number"


class _Fifo:
    """A minimal double-ended buffer used as Queue.queue.

    Items live in a list; popleft() advances a head index instead of
    shifting the list, and the consumed prefix is discarded once it makes
    up half of the list, so both ends are amortized O(1).  Not thread-safe
    by itself: callers hold the owning queue's lock.
    """

    def __init__(self):
        self._items = []
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def appendleft(self, item):
        if self._head > 0:
            self._head -= 1
            self._items[self._head] = item
        else:
            self._items.insert(0, item)

    def popleft(self):
        if self._head >= len(self._items):
            raise IndexError("pop from an empty deque")
        item = self._items[self._head]
        self._items[self._head] = None        # drop the reference
        self._head += 1
        if self._head * 2 >= len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def pop(self):
        if self._head >= len(self._items):
            raise IndexError("pop from an empty deque")
        item = self._items.pop()
        if self._head >= len(self._items):
            self.clear()
        return item

    def clear(self):
        self._items = []
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __getitem__(self, index):
        size = len(self._items) - self._head
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError("deque index out of range")
        return self._items[self._head + index]

    def __contains__(self, item):
        return item in self._items[self._head:]

    def __repr__(self):
        return f"deque({self._items[self._head:]!r})"


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock shared by three conditions: a put wakes getters, a get
        # wakes putters, and the last task_done() wakes join()ers.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one previously fetched item as fully processed."""
        with self.all_tasks_done:
            remaining = self.unfinished_tasks - 1
            if remaining <= 0:
                if remaining < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = remaining

    def join(self):
        """Block until every item put in the queue has been task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Approximate number of items in the queue."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue is (approximately) empty."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is (approximately) full."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item, waiting for a free slot if the queue is bounded.
        Raises Full if no slot became free in time (or at once if not
        blocking)."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError(_TIMEOUT_ERROR)
                else:
                    deadline = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if necessary.
        Raises Empty if none arrived in time (or at once if not
        blocking)."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError(_TIMEOUT_ERROR)
            else:
                deadline = time() + timeout
                while not self._qsize():
                    remaining = deadline - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item only if a slot is free now, else raise Full."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Get an item only if one is available now, else raise Empty."""
        return self.get(block=False)

    # Storage hooks, overridden by the subclasses.  Called with the mutex
    # held.
    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)


class LifoQueue(Queue):
    """A LIFO queue (stack): the most recently put item is got first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


# Binary min-heap helpers for PriorityQueue, on a plain list, comparing
# items only with "<".  The algorithm (and therefore the list layout) is
# the classic one used by CPython's heapq.

def _sift_toward_root(heap, top, pos):
    # The item at pos may be smaller than its parent: move it up, but not
    # above index top.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Fill the hole at pos by repeatedly promoting the smaller child until
    # a leaf is reached, then put the displaced item there and let it rise
    # to its proper place.  This costs fewer comparisons than stopping as
    # soon as the item is smaller than both children.
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, top, pos)


def _heap_push(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def _heap_pop(heap):
    last = heap.pop()           # IndexError if empty
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return smallest


class PriorityQueue(Queue):
    """A queue that returns the smallest item first (entries are commonly
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heap_push(self.queue, item)

    def _get(self):
        return _heap_pop(self.queue)


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._lock = threading.Lock()       # guards self._items
        self._items = _Fifo()
        # Counts items not yet claimed by a get(); getters block on it.
        self._available = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Put an item; never blocks (the arguments exist for
        compatibility with Queue.put)."""
        with self._lock:
            self._items.append(item)
        self._available.release()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if necessary; raises
        Empty if none arrived in time (or at once if not blocking)."""
        if block and timeout is not None and timeout < 0:
            raise ValueError(_TIMEOUT_ERROR)
        if block:
            ok = self._available.acquire(True, timeout)
        else:
            ok = self._available.acquire(False)
        if not ok:
            raise Empty
        # A successful acquire reserves exactly one item for us.
        with self._lock:
            return self._items.popleft()

    def put_nowait(self, item):
        """Same as put(item)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Get an item only if one is available now, else raise Empty."""
        return self.get(False)

    def empty(self):
        """True if the queue is empty (not reliable under concurrency)."""
        with self._lock:
            return len(self._items) == 0

    def qsize(self):
        """Approximate number of items in the queue."""
        with self._lock:
            return len(self._items)

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)
