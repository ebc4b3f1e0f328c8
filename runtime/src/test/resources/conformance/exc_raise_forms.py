# Checks raise with a class, an instance, re-raise and raising non-exceptions.
try:
    raise KeyError
except KeyError as e:
    print("class", repr(e), e.args)
try:
    raise KeyError("key", 2)
except KeyError as e:
    print("instance", repr(e), e.args, str(e))
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raise")
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised", e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def raise_saved():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    raise saved
try:
    raise_saved()
except ZeroDivisionError as e:
    print("saved raised", e)
try:
    e = ValueError("pre-built")
    raise e
except ValueError as caught:
    print(caught is e)
err = RuntimeError("with note")
print(err.args, str(err), repr(err))
print(repr(ValueError()), repr(ValueError("a", 1)), str(ValueError("a", 1)), str(KeyError("x")))
