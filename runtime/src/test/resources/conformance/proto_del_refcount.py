# Checks __del__ runs immediately when the last reference disappears (del, rebinding, scope exit).
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)
a = Noisy("a")
b = a
del a
print("after del a (b still refers)")
del b
print("after del b")
c = Noisy("c1")
c = Noisy("c2")
print("after rebinding c")
def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("after scope")
def returned():
    return Noisy("returned")
r = returned()
print("holding returned")
r = None
print("after r = None")
items = [Noisy("in-list-1"), Noisy("in-list-2")]
items.pop()
print("after pop")
items.clear()
print("after clear")
d = {"k": Noisy("dict-value")}
d["k"] = 0
print("after dict overwrite")
Noisy("temporary")
print("after temporary")
holder = Noisy("holder")
holder.child = Noisy("child")
del holder
print("after del holder")
c = None
print("end of program")
