# Checks UnboundLocalError and NameError messages and the compile-time local rule.
x = 10
def f():
    print(x)
    x = 20
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def h():
    return undefined_name + 1
try:
    h()
except NameError as e:
    print(type(e).__name__, e)
def aug():
    x += 1
try:
    aug()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()
print(outer())
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print(type(e).__name__, e)
