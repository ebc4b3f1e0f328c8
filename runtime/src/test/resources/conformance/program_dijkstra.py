# Program: Dijkstra shortest paths on a weighted graph with a hand-written binary min-heap.


class MinHeap:
    """Binary heap of (priority, seq, item) entries; seq breaks ties deterministically."""

    def __init__(self):
        self.data = []
        self.seq = 0

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def push(self, priority, item):
        self.data.append((priority, self.seq, item))
        self.seq += 1
        self._sift_up(len(self.data) - 1)

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            self._sift_down(0)
        return top[0], top[2]

    def _sift_up(self, i):
        data = self.data
        while i > 0:
            parent = (i - 1) // 2
            if data[i] < data[parent]:
                data[i], data[parent] = data[parent], data[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        data = self.data
        n = len(data)
        while True:
            left = 2 * i + 1
            right = left + 1
            smallest = i
            if left < n and data[left] < data[smallest]:
                smallest = left
            if right < n and data[right] < data[smallest]:
                smallest = right
            if smallest == i:
                return
            data[i], data[smallest] = data[smallest], data[i]
            i = smallest


class Graph:
    def __init__(self):
        self.adj = {}

    def add_edge(self, a, b, w, both=True):
        if w < 0:
            raise ValueError(f"negative weight {w} on {a}-{b}")
        self.adj.setdefault(a, []).append((b, w))
        self.adj.setdefault(b, [])
        if both:
            self.adj[b].append((a, w))

    def nodes(self):
        return sorted(self.adj)

    def dijkstra(self, source):
        if source not in self.adj:
            raise KeyError(source)
        dist = {source: 0}
        prev = {}
        heap = MinHeap()
        heap.push(0, source)
        visited = set()
        pops = 0
        while heap:
            d, node = heap.pop()
            pops += 1
            if node in visited:
                continue
            visited.add(node)
            for nxt, w in self.adj[node]:
                nd = d + w
                if nxt not in dist or nd < dist[nxt]:
                    dist[nxt] = nd
                    prev[nxt] = node
                    heap.push(nd, nxt)
        return dist, prev, pops

    def path(self, prev, source, target):
        if target != source and target not in prev:
            return None
        out = [target]
        while out[-1] != source:
            out.append(prev[out[-1]])
        return out[::-1]


def heap_sort(values):
    h = MinHeap()
    for v in values:
        h.push(v, v)
    return [h.pop()[1] for _ in range(len(h))]


print(heap_sort([5, 3, 9, 1, 5, 7, 2, 8, 0, 6]))
print(heap_sort([2.5, -1, 3]), heap_sort([]))
try:
    MinHeap().pop()
except IndexError as e:
    print(type(e).__name__, e)

g = Graph()
edges = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
    ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1),
]
for a, b, w in edges:
    g.add_edge(a, b, w)
dist, prev, pops = g.dijkstra("A")
print("nodes:", g.nodes(), "pops:", pops)
for node in g.nodes():
    p = g.path(prev, "A", node)
    if p is None:
        print(f"{node}: unreachable")
    else:
        print(f"{node}: {dist[node]:>3} via {' -> '.join(p)}")

grid_text = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#.",
    "...#.#.E",
]
grid = Graph()
costs = {".": 1, "S": 1, "E": 1}
start = goal = None
for r, row in enumerate(grid_text):
    for c, ch in enumerate(row):
        if ch == "#":
            continue
        if ch == "S":
            start = (r, c)
        if ch == "E":
            goal = (r, c)
        for dr, dc in ((0, 1), (1, 0)):
            nr, nc = r + dr, c + dc
            if nr < len(grid_text) and nc < len(row) and grid_text[nr][nc] != "#":
                grid.add_edge((r, c), (nr, nc), costs[grid_text[nr][nc]])
gd, gp, _ = grid.dijkstra(start)
route = grid.path(gp, start, goal)
print("grid distance:", gd[goal], "steps:", len(route) - 1)
canvas = [list(row) for row in grid_text]
for (r, c) in route[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))

directed = Graph()
for a, b, w in [(1, 2, 4), (1, 3, 1), (3, 2, 2), (2, 4, 1), (3, 4, 5), (4, 5, 3)]:
    directed.add_edge(a, b, w, both=False)
d2, p2, _ = directed.dijkstra(1)
print(sorted(d2.items()), directed.path(p2, 1, 5))
d3, p3, _ = directed.dijkstra(5)
print(sorted(d3.items()), directed.path(p3, 5, 1))
try:
    directed.add_edge(1, 9, -2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    directed.dijkstra(42)
except KeyError as e:
    print(type(e).__name__, e)
