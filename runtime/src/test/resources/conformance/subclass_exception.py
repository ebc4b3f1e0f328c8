# Checks exception subclasses with extra attributes, custom __init__/__str__, and hierarchy catching.
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
class NotFoundError(HttpError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path
    def __str__(self):
        return f"{self.status} {self.reason}: {self.path}"
try:
    raise NotFoundError("/index")
except HttpError as e:
    print(type(e).__name__, e, e.args, e.status, e.path, repr(e))
class RetryableError(Exception):
    attempts = 0
def flaky():
    RetryableError.attempts += 1
    if RetryableError.attempts < 3:
        raise RetryableError(f"attempt {RetryableError.attempts}")
    return "succeeded"
for _ in range(5):
    try:
        print(flaky())
        break
    except RetryableError as e:
        print("retrying after", e)
class MultiBase(KeyError, ValueError):
    pass
for handler in (KeyError, ValueError, LookupError):
    try:
        raise MultiBase("both")
    except handler as e:
        print(handler.__name__, "caught", repr(e), str(e))
class Wrapped(Exception):
    def __init__(self, inner):
        super().__init__(f"wrapped {type(inner).__name__}")
        self.inner = inner
try:
    try:
        int("zz")
    except ValueError as e:
        raise Wrapped(e) from e
except Wrapped as w:
    print(w, "|", w.inner, "|", w.__cause__ is w.inner)
print(str(HttpError(500, "err")), HttpError(1, 2).args)
