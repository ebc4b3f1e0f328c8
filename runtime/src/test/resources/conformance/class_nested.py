# Checks nested classes, classes defined in functions and qualified names.
class Outer:
    class Inner:
        value = "inner"
        class Deepest:
            pass
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().value, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.__name__, type(Outer().make()).__qualname__)
def factory(n):
    class Local:
        size = n
        def get(self):
            return self.size
    return Local
A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is B, A.__qualname__, A.__name__)
class Tree:
    class Node:
        def __init__(self, v, children=()):
            self.v = v
            self.children = list(children)
    def __init__(self):
        N = Tree.Node
        self.root = N(1, [N(2, [N(4)]), N(3)])
    def values(self):
        out = []
        stack = [self.root]
        while stack:
            node = stack.pop()
            out.append(node.v)
            stack.extend(reversed(node.children))
        return out
print(Tree().values())
