# Checks @staticmethod and @classmethod, alternative constructors and inheritance of classmethods.
class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(deg):
        return deg > -273.15
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit
    def __repr__(self):
        return f"{type(self).__name__}({self.deg})"
class Kelvinish(Temp):
    unit = "K"
print(Temp.from_f(212), Kelvinish.from_f(32), Temp(1).from_f(50))
print(Temp.valid(-300), Temp(0).valid(20), Kelvinish.valid(1))
print(Temp.describe(), Kelvinish.describe(), Kelvinish(3).describe())
sm = Temp.__dict__["valid"]
cm = Temp.__dict__["from_f"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(5), cm.__func__(Temp, 32))
bound = Temp.from_f
print(bound.__self__ is Temp, Kelvinish.from_f.__self__ is Kelvinish)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
    @staticmethod
    def helper(*args):
        return sum(args)
print(Registry.register("a"), Registry().register("b"), Registry.items)
print(Registry.helper(1, 2, 3), Registry().helper())
def plain(x):
    return x * 2
class Holder:
    double = staticmethod(plain)
    make = classmethod(lambda cls: cls.__name__)
print(Holder.double(4), Holder().double(5), Holder.make())
