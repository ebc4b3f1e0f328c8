# Checks default parameter values, evaluation time and mutable default sharing.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def append(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append(1), append(2), append(3, []), append(4))
def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_safe(1), append_safe(2))
print(greet.__defaults__, append.__defaults__)
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f.__kwdefaults__)
def calls():
    print("default evaluated")
    return 0
def g(x=calls()):
    return x
print(g(), g())
