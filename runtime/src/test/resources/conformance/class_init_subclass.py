# Checks __init_subclass__ hooks with keyword arguments and subclass registries.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, "for", cls.__name__)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Plugin.registry["b"] is Beta)
class Shape:
    sides = 0
    def __init_subclass__(cls, sides=0):
        cls.sides = sides
class Triangle(Shape, sides=3):
    pass
class Square(Shape, sides=4):
    pass
print(Triangle.sides, Square.sides, Shape.sides)
try:
    class Bad(Shape, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(cls.__name__ + " must define 'required'")
class Good(Strict):
    required = True
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Good.required)
class Base:
    pass
try:
    class Plain(Base, extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
