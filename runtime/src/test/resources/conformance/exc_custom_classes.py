# Checks user-defined exception classes: extra attributes, custom __str__, args and hierarchies.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"
class NotFound(AppError, LookupError):
    code = 404
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field, repr(e))
try:
    raise NotFound("page")
except LookupError as e:
    print(type(e).__name__, e, e.code, isinstance(e, AppError))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(str(WithDefault()), repr(WithDefault("x")))
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = NoSuperInit(1, 2)
print(e.args, str(e), e.a + e.b)
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), repr(Empty(1, 2)), str(Empty(1, 2)), str(Empty("one")))
def validate(age):
    if age < 0:
        raise ValidationError("age", f"{age} is negative")
    return age
for a in (5, -1):
    try:
        print("valid", validate(a))
    except ValidationError as err:
        print("invalid", err)
print([c.__name__ for c in NotFound.__mro__])
err = AppError("mutable args")
err.args = ("changed",)
print(err, err.args)
