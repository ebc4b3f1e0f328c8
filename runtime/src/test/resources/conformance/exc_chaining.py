# Checks __cause__, __context__ and __suppress_context__ for raise from and implicit chaining.
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("suppressed") from None
except TypeError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise RuntimeError("plain")
except RuntimeError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
def three_deep():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
try:
    three_deep()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("x") from KeyError("explicit cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
