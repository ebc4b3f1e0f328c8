# Checks globals() and locals(): contents, modification of globals(), snapshot semantics of locals().
alpha = 1
g = globals()
print(g["alpha"], "__name__" in g, g["__name__"], g is globals())
g["beta"] = "made via globals()"
print(beta)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g2():
    x = 1
    snap = locals()
    x = 2
    return snap["x"], locals()["x"]
print(g2())
def nested():
    outer_var = "captured"
    def inner():
        return sorted(locals())
    def inner2():
        return outer_var, sorted(locals())
    return inner(), inner2()
print(nested())
print(sorted(k for k in globals() if not k.startswith("__")))
print(locals() is globals())
class K:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
