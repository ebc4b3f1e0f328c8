# Checks function objects: __name__, __qualname__, __doc__, __defaults__, custom attributes.
def documented(a, b=2):
    """Adds two numbers."""
    return a + b
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__module__)
def undocumented():
    pass
print(undocumented.__doc__)
documented.calls = 0
documented.calls += 1
print(documented.calls)
class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K().method().__qualname__, K.method.__name__)
f = documented
print(f is documented, f(1), callable(f), type(f).__name__)
f.__name__ = "renamed"
print(documented.__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
