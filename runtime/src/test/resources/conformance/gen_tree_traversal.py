# Checks recursive generators with yield from over a binary search tree.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
            return
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = Node(key)
                    return
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = Node(key)
                    return
                cur = cur.right
    def inorder(self, node="root"):
        if node == "root":
            node = self.root
        if node is not None:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)
    def preorder(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return
        yield node.key
        yield from self.preorder(node.left)
        yield from self.preorder(node.right)
    def paths(self, node="root", prefix=()):
        if node == "root":
            node = self.root
        if node is None:
            return
        here = prefix + (node.key,)
        if node.left is None and node.right is None:
            yield here
        yield from self.paths(node.left, here)
        yield from self.paths(node.right, here)
    def __iter__(self):
        return self.inorder()
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    t.insert(k)
print(list(t.inorder()))
print(list(t.preorder()))
print(list(t.paths()))
print(sum(t), max(t), 65 in t, 66 in t)
it = iter(t)
print(next(it), next(it), next(it))
