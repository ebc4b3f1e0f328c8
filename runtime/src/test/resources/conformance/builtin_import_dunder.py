# Checks __import__ of sys and of a corpus module, and the module objects it returns.
s = __import__("sys")
import sys
print(s is sys, type(s).__name__, s.__name__)
m = __import__("mod_shapes")
print(m.__name__, m.square_area(3), type(m).__name__)
import mod_shapes
print(m is mod_shapes, sys.modules["mod_shapes"] is m)
try:
    __import__("mod_definitely_missing")
except ImportError as e:
    print(type(e).__name__, e)
try:
    import mod_also_missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
m2 = __import__("mod_counter")
print(m2.__name__, m2.bump(2), m2.get())
import mod_counter
print(mod_counter is m2, mod_counter.value)
names = ["mod_shapes", "mod_counter"]
mods = [__import__(n) for n in names]
print([mod.__name__ for mod in mods], all(sys.modules[n] is mod for n, mod in zip(names, mods)))
