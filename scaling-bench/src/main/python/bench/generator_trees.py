"""Binary trees traversed with recursive generators.

Exercises generator functions, `yield from` delegation through deep
recursion, generator expressions consumed by sum()/zip(), itertools.islice,
and node objects with optional children.  A balanced tree and a skewed
search tree are built, then walked in-order, pre-order, post-order and
level-order; the walks are cross-checked against each other.
"""

import itertools
import sys
from collections import deque

SIZE = 16


class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right


def build_balanced(lo, hi):
    """Build a perfectly balanced tree holding keys lo..hi-1."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build_balanced(lo, mid), build_balanced(mid + 1, hi))


def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return root
            node = node.right


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def preorder(node):
    if node is not None:
        yield node.key
        yield from preorder(node.left)
        yield from preorder(node.right)


def postorder(node):
    if node is None:
        return
    yield from postorder(node.left)
    yield from postorder(node.right)
    yield node.key


def levelorder(root):
    queue = deque([root] if root is not None else [])
    while queue:
        node = queue.popleft()
        yield node.key
        if node.left is not None:
            queue.append(node.left)
        if node.right is not None:
            queue.append(node.right)


def depth_first_paths(node, prefix=()):
    """Yield the root-to-leaf path (as a tuple) for every leaf."""
    if node is None:
        return
    path = prefix + (node.key,)
    if node.left is None and node.right is None:
        yield path
        return
    yield from depth_first_paths(node.left, path)
    yield from depth_first_paths(node.right, path)


def pseudo_random_keys(count, seed):
    x = seed
    for _ in range(count):
        x = (x * 48271) % 2147483647
        yield x % (count * 4)


def run(n):
    count = (1 << n) - 1
    tree = build_balanced(0, count)
    ordered = list(inorder(tree))
    if ordered != list(range(count)):
        raise AssertionError("in-order walk of balanced tree is wrong")
    pre_sum = sum(k * (i % 7) for i, k in enumerate(preorder(tree)))
    post_sum = sum(k * (i % 5) for i, k in enumerate(postorder(tree)))
    level_head = sum(itertools.islice(levelorder(tree), 0, 64))
    leaf_paths = sum(len(p) for p in depth_first_paths(tree))

    bst = None
    for key in pseudo_random_keys(count // 2, 12345):
        bst = insert(bst, key)
    keys = list(inorder(bst))
    if any(a > b for a, b in zip(keys, keys[1:])):
        raise AssertionError("search tree walk is not sorted")
    deepest = max((len(p) for p in depth_first_paths(bst)), default=0)
    bst_digest = sum(k * (i + 1) for i, k in enumerate(postorder(bst))) % 1000000007
    return f"{pre_sum}:{post_sum}:{level_head}:{leaf_paths}:{deepest}:{bst_digest}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
