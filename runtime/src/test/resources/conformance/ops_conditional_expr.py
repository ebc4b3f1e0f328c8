# Checks conditional expressions, nesting and lazy evaluation of branches.
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

print([sign(n) for n in (-3, 0, 4)])
def boom():
    raise RuntimeError("should not run")

x = 5
print(x if x > 0 else boom())
print(boom() if x < 0 else "safe")
print((1 if True else 2) + (10 if False else 20))
f = (lambda v: v * 2) if x else (lambda v: v)
print(f(21))
print(["even" if i % 2 == 0 else "odd" for i in range(5)])
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
print("yes" if [] else "no", "yes" if [0] else "no", "yes" if None is None else "no")
y = 1 if x > 3 else 0 if x > 1 else -1
print(y)
