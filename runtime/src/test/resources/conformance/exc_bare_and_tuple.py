# Checks bare except, tuples of exception types and catching via base classes.
def fail(n):
    errors = [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"),
              AttributeError("a"), NameError("n"), StopIteration("s"), OverflowError("o")]
    raise errors[n]
for n in range(9):
    try:
        fail(n)
    except (ValueError, TypeError) as e:
        print(n, "value/type", repr(e))
    except LookupError as e:
        print(n, "lookup", type(e).__name__)
    except ArithmeticError as e:
        print(n, "arithmetic", type(e).__name__)
    except:
        print(n, "bare except")
types = (KeyError, IndexError)
try:
    [1][5]
except types as e:
    print("tuple variable caught", type(e).__name__)
try:
    raise ValueError
except Exception as e:
    print("class raised:", type(e).__name__, repr(e), e.args, str(e) == "")
try:
    try:
        raise ValueError("x")
    except:
        print("bare except re-raises")
        raise
except ValueError as e:
    print("got", e)
try:
    raise SystemExit(5)
except BaseException as e:
    print("SystemExit caught", type(e).__name__, e.code)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
