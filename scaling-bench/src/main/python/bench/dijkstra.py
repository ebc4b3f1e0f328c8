"""Shortest paths on a generated weighted grid graph.

Exercises heapq (heappush/heappop with (distance, node) tuples), adjacency
lists of tuples, dict-based predecessor maps, path reconstruction and a
bisect-based percentile query over the resulting distances.  The graph is
an n x n grid with pseudo-random edge weights plus a few long-range
"express" edges; Dijkstra runs from several sources.
"""

import bisect
import heapq
import sys

SIZE = 210


def build_grid(n, seed=7):
    state = seed

    def weight():
        nonlocal state
        state = (state * 75 + 74) % 65537
        return 1 + state % 9

    adj = [[] for _ in range(n * n)]
    for r in range(n):
        for c in range(n):
            u = r * n + c
            if c + 1 < n:
                w = weight()
                adj[u].append((u + 1, w))
                adj[u + 1].append((u, w))
            if r + 1 < n:
                w = weight()
                adj[u].append((u + n, w))
                adj[u + n].append((u, w))
    # express edges jump across the grid
    for k in range(0, n * n, 7):
        v = (k * 31 + 17) % (n * n)
        if v != k:
            adj[k].append((v, 5 + weight() * 3))
    return adj


def dijkstra(adj, source):
    dist = [None] * len(adj)
    prev = {}
    dist[source] = 0
    heap = [(0, source)]
    settled = 0
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        settled += 1
        for v, w in adj[u]:
            nd = d + w
            old = dist[v]
            if old is None or nd < old:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev, settled


def path_to(prev, source, target):
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    path.reverse()
    return path


def run(n):
    n = max(n, 2)
    adj = build_grid(n)
    nodes = n * n
    sources = [0, nodes - 1, nodes // 2, n - 1]
    checksum = 0
    for s in sources:
        dist, prev, settled = dijkstra(adj, s)
        reachable = sorted(d for d in dist if d is not None)
        median = reachable[len(reachable) // 2]
        below = bisect.bisect_left(reachable, median)
        far = max(range(nodes), key=lambda v: (dist[v], -v))
        path = path_to(prev, s, far)
        checksum = (checksum * 1000003 + sum(reachable) * 7 + median * 13
                    + below + settled + len(path) * 17 + far) % 2147483647
    return checksum


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
