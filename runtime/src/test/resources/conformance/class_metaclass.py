# Metaclasses: the most derived metaclass of the bases, explicit metaclass=, __prepare__,
# __new__/__init__/__call__ overrides, keyword arguments, metaclass conflicts, __mro_entries__.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kwargs):
        ns["created_by"] = mcs.__name__
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.options = kwargs


class Base(metaclass=Registry):
    pass


class Child(Base, flag=True):
    def hello(self):
        return "hi"


print(Registry.classes, type(Base), type(Child), Child.created_by, Child.options, Base.options, Child().hello())
print(isinstance(Child, Registry), isinstance(Child, type), Registry.__mro__, Child.__class__.__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value, type(Config).__name__)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], kwargs)
        return {"prepared": True}

    def __new__(mcs, name, bases, ns, **kwargs):
        return super().__new__(mcs, name, bases, dict(ns))


class Fields(metaclass=Ordered, tag="x"):
    a = 1
    b = 2


print(Fields.prepared, [k for k in vars(Fields) if not k.startswith("__")])


class Meta1(type):
    pass


class Meta2(type):
    pass


class A(metaclass=Meta1):
    pass


class B(metaclass=Meta2):
    pass


attempt("conflict", lambda: type("C", (A, B), {}))


def conflict_statement():
    class C(A, B):
        pass


attempt("conflict statement", conflict_statement)


class SubMeta(Meta1):
    pass


class D(A, metaclass=SubMeta):
    pass


print(type(D).__name__, type(type("E", (D,), {})).__name__)


def function_meta(name, bases, ns):
    ns["made_by_function"] = True
    return type(name, bases, ns)


class F(metaclass=function_meta):
    pass


print(F.made_by_function, type(F).__name__)


class Upper(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()})

    def describe(cls):
        return f"class {cls.__name__} with {sorted(k for k in vars(cls) if not k.startswith('__'))}"


class Shout(metaclass=Upper):
    x = 1

    def greet(self):
        return "HELLO"


print(Shout.X, Shout().GREET(), Shout.describe(), hasattr(Shout, "x"))


class Entry:
    def __init__(self, real):
        self.real = real

    def __mro_entries__(self, bases):
        return (self.real,)


class Thing(Entry(dict)):
    pass


print(Thing.__mro__, Thing.__orig_bases__[0].real, Thing(a=1))


class Counted(type):
    count = 0

    def __call__(cls, *args):
        Counted.count += 1
        return super().__call__(*args)


class Widget(metaclass=Counted):
    def __init__(self, n):
        self.n = n


ws = [Widget(i) for i in range(3)]
print(Counted.count, [w.n for w in ws])


class Validating(type):
    def __new__(mcs, name, bases, ns):
        if "required" not in ns and bases:
            raise TypeError(f"{name} must define 'required'")
        return super().__new__(mcs, name, bases, ns)


class Root(metaclass=Validating):
    pass


def missing_required():
    class Leaf(Root):
        pass


attempt("validation", missing_required)


class Good(Root):
    required = 1


print(Good.required, type.__new__(Meta1, "Made", (), {}).__class__.__name__)
attempt("type.__new__ non-type", lambda: type.__new__(int, "X", (), {}))
