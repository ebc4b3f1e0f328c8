# Checks that "except ... as name" unbinds the name after the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "unbound: " + str(err) + " / saved: " + str(saved)
print(f())
try:
    raise KeyError("k")
except KeyError as kept:
    keep = kept
print(repr(keep))
