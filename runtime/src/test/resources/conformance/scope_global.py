# Checks the global statement: reading, rebinding, creating new globals from functions.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment(); increment()
print(counter)
def read_only():
    return counter * 10
print(read_only())
def create():
    global brand_new
    brand_new = "created in function"
create()
print(brand_new)
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
def nested_global():
    def inner():
        global counter
        counter = 100
    inner()
nested_global()
print(counter)
x = "global x"
def uses_before_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = "local x"
    return x
print(uses_before_assign(), x)
def loop_global():
    global total
    total = 0
    for i in range(5):
        total += i
loop_global()
print(total)
