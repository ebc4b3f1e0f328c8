# Checks subclassing list: extra methods, overridden append, and which operations return base lists.
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(type(s + [5]).__name__, type(s[1:]).__name__, type(s * 2).__name__, type(s.copy()).__name__)
s += [9]
print(type(s).__name__, s)
class Logged(list):
    def append(self, v):
        print("append", v)
        super().append(v)
lg = Logged()
lg.append(1)
lg.extend([2, 3])
lg += [4]
print(lg, lg == [1, 2, 3, 4], [1, 2, 3, 4] == lg)
class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, v):
        i = 0
        while i < len(self) and self[i] < v:
            i += 1
        self.insert(i, v)
so = Sorted([5, 1, 3])
so.add(4)
so.add(0)
print(so, so.index(4), so.count(1))
class WithAttrs(list):
    pass
w = WithAttrs("ab")
w.label = "tagged"
print(w, w.label, repr(w), str(w))
class ReprList(list):
    def __repr__(self):
        return "ReprList" + super().__repr__()
print(ReprList([1, 2]), [ReprList([3])])
