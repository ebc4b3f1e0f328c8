# Checks __set_name__ ordering, functions as descriptors (bound methods) and descriptor __delete__.
class Field:
    created = []
    def __set_name__(self, owner, name):
        Field.created.append((owner.__name__, name))
        self.name = name
    def __get__(self, obj, owner):
        return f"{self.name} of {owner.__name__}" if obj is None else obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)
class Model:
    a = Field()
    b = Field()
    c = Field()
print(Field.created)
m = Model()
print(m.a, Model.b)
m.a = 1
print(m.a)
del m.a
print(m.a)
late = Field()
Model.late = late
print(hasattr(late, "name"))
def plain(self, x):
    return (type(self).__name__, x)
class Holder:
    pass
bound = plain.__get__(Holder(), Holder)
print(bound(5), type(bound).__name__)
print(plain.__get__(None, Holder) is plain)
class WithMethod:
    def m(self):
        return "m"
w = WithMethod()
print(w.m == w.m, w.m is w.m, WithMethod.m(w), WithMethod.__dict__["m"].__get__(w)())
