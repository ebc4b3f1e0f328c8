# collections.UserDict, UserList and UserString: the wrapped data, delegation, results rebuilt
# with the subclass, mixin methods from collections.abc, copies and subclassing.
import copy
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


d = UserDict({"a": 1}, b=2)
d["c"] = 3
print(d, d.data, len(d), d["a"], "b" in d, d.get("z"), d.get("z", 0), list(d), sorted(d.items()))
del d["c"]
print(d, d.pop("b"), d.setdefault("q", 9), d, d == {"a": 1, "q": 9}, isinstance(d, MutableMapping))
attempt("missing", lambda: d["nope"])
attempt("hash", lambda: hash(d))
print(d | {"x": 1}, {"y": 2} | d, type(d | {}).__name__, d | UserDict(z=3))
d |= {"w": 0}
print(d, UserDict.fromkeys("ab", 0), d.copy(), copy.copy(d), copy.deepcopy(d), type(d.copy()).__name__)
attempt("two positional", lambda: UserDict({}, {}))


class Defaulting(UserDict):
    def __missing__(self, key):
        return key.upper()


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


dm = Defaulting(a=1)
print(dm["a"], dm["zz"], "zz" in dm, dm.get("zz"), len(dm))
lw = Lower({"A": 1}, B=2)
lw.update(C=3)
lw["D"] = 4
print(lw, lw.copy(), type(lw.copy()).__name__, lw.data is not lw.copy().data)

l = UserList([3, 1, 2])
l.append(4)
l.extend(UserList([5]))
l.insert(0, 0)
print(l, l.data, len(l), l[1], l[1:3], type(l[1:3]).__name__, l.pop(), l.pop(0), l)
l.sort()
l.reverse()
print(l, l.count(1), l.index(2), 3 in l, l + [9], [9] + l, l * 2, 2 * l, l == [3, 2, 1, 4], l < [4])
l += (7,)
l *= 2
print(l, l.copy(), copy.copy(l), isinstance(l, MutableSequence), list(reversed(l)))
l.remove(7)
del l[0]
l[0] = "x"
print(l, l.data)
l.clear()
print(l, bool(l), UserList(), UserList("abc"), UserList(UserList([1])))
attempt("hash list", lambda: hash(UserList()))
attempt("index missing", lambda: UserList([1]).index(5))


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


st = Stack([1])
st.push(2)
print(st, st.peek(), type(st + [3]).__name__, type(st[:1]).__name__, type(st * 2).__name__)

s = UserString("Hello")
print(s, repr(s), len(s), s[1], s[1:3], type(s[1:3]).__name__, s.upper(), s.lower(), s + "!", "<" + s)
print(s * 2, s == "Hello", s == UserString("Hello"), s < "World", "ell" in s, UserString("ell") in s, hash(s) == hash("Hello"))
print(s.replace("l", "L"), s.replace(UserString("H"), "J"), s.split("l"), s.startswith("He"), s.find("l"), s.count("l"))
print(s.center(11, "*"), s.zfill(8), s.strip("Ho"), s.isalpha(), s.title(), s.join(["a", "b"]), s.encode())
print(UserString(42), int(UserString("7")) + 1, float(UserString("2.5")), UserString("%s-%s") % ("a", "b"))
print(s.removeprefix("He"), s.removesuffix(UserString("lo")), s.partition("l"), s.swapcase(), s.casefold())
print(isinstance(s, Sequence), list(s), sorted(UserString("cab")), type(s.upper()).__name__, s.__getnewargs__())


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


sh = Shout("hey")
print(sh.shout(), type(sh.shout()).__name__, type(sh[0]).__name__, type(sh + "x").__name__)
