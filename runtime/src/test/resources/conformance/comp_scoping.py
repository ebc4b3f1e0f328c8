# Checks comprehension scoping: own scope, closure over the enclosing function, first iterable evaluation.
x = "module x"
result = [x for x in range(3)]
print(result, x)
def f():
    factor = 10
    return [i * factor for i in range(3)]
print(f())
def g():
    items = [1, 2, 3]
    return [[a * b for b in items] for a in items]
print(g())
def first_iter_evaluated_eagerly():
    it = [1, 2]
    gen = (v for v in it)
    it = [100]
    return list(gen)
print(first_iter_evaluated_eagerly())
def inner_iter_evaluated_lazily():
    outer = [1, 2]
    inner = ["a"]
    gen = ((o, i) for o in outer for i in inner)
    inner = ["b", "c"]
    return list(gen)
print(inner_iter_evaluated_lazily())
def closures_in_comprehension():
    return [lambda: i for i in range(3)]
print([fn() for fn in closures_in_comprehension()])
class K:
    data = [1, 2, 3]
    squares = [d * d for d in data]
print(K.squares)
y = 5
print([y for _ in range(2)], {y: y for _ in range(1)})
def nested_names():
    total = 0
    vals = [total + v for v in range(3)]
    return vals, total
print(nested_names())
