# Checks class body scope: names defined earlier, no closure over class names from methods.
x = "global"
class A:
    x = "class"
    y = x + "-derived"
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    def method(self):
        return x
    total = sum(items)
    del items
print(A.y, A.doubled, A().method(), A.total, hasattr(A, "items"))
def func():
    local = "func-local"
    class Inner:
        val = local
        def get(self):
            return local
    return Inner
I = func()
print(I.val, I().get())
class B:
    count = 0
    def bump(self):
        B.count += 1
        return B.count
b = B()
print(b.bump(), b.bump(), B.count)
class C:
    name = "C"
    names = [name for _ in range(2)] if False else None
    try:
        bad = [name for _ in range(2)]
    except NameError as e:
        error = str(e)
print(C.error if hasattr(C, "error") else C.bad)
class D:
    a = 1
    b = a + 1
    def a_method(self):
        return self.a + self.b
    c = a_method
print(D().c(), D.b)
