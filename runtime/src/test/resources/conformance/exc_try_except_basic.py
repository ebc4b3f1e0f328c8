# Checks try/except with typed handlers, "as" binding, handler order and unhandled-type propagation.
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["k"]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("x")
    return "fine"
for kind in ["zero", "index", "key", "type", "value", "none"]:
    try:
        result = risky(kind)
        print("result", result)
    except ZeroDivisionError as e:
        print("zero:", e)
    except IndexError as e:
        print("index:", e)
    except KeyError as e:
        print("key:", e, repr(e), e.args)
    except (TypeError, ValueError) as e:
        print("type-or-value:", type(e).__name__, e)
def outer():
    try:
        risky("index")
    except KeyError:
        print("not reached")
try:
    outer()
except IndexError as e:
    print("propagated", type(e).__name__)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer caught", e)
try:
    raise Exception("first match wins")
except Exception as e:
    print("Exception handler", e)
except BaseException:
    print("not reached")
