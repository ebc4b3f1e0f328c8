# Checks with statements with several items: enter order, reverse exit order and partial failure.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else "-")
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("x") as x, CM("y", fail_enter=True) as y, CM("z") as z:
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("p"), CM("q"):
        raise KeyError("body")
except KeyError as e:
    print("caught", repr(e))
with (CM("paren1") as p1,
      CM("paren2") as p2):
    print("parenthesized", p1, p2)
with CM("outer"):
    with CM("inner"):
        print("nested body")
