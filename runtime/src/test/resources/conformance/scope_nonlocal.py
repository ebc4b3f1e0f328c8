# Checks nonlocal: rebinding enclosing variables across one and several levels.
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print(outer())
def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient"
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(100)
print(dep(50), wd(30), wd(500), get())
def three_levels():
    v = "level1"
    def middle():
        def innermost():
            nonlocal v
            v = "changed by innermost"
        innermost()
        return v
    r = middle()
    return r, v
print(three_levels())
def shadowing():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "inner set mid"
        inner()
        return v
    return mid(), v
print(shadowing())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def dec():
        nonlocal n
        n -= 1
        return n
    return inc, dec
inc, dec = counter_pair()
print(inc(), inc(), dec(), inc())
