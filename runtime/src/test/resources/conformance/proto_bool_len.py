# Checks truthiness via __bool__ and __len__, precedence between them and error cases.
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__ called")
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Neither:
    pass
print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)), len(WithLen(5)))
print(bool(Both()), len(Both()), bool(Neither()))
if WithLen(2):
    print("non-empty")
print("yes" if not WithBool(False) else "no")
print(WithBool(False) or "fallback")
print([x for x in [WithLen(0), WithLen(1)] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 100
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 1.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
while WithBool(False):
    pass
print("done")
