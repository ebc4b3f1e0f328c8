# Checks what __exit__ receives and exceptions raised inside __exit__ replacing the original.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("type:", et.__name__ if et else None)
        print("value:", repr(ev))
        print("is instance:", isinstance(ev, et) if et else None)
        return True
with Inspect():
    raise IndexError("idx")
with Inspect():
    pass
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit")
try:
    with Replace():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
class Transaction:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        return False
t = Transaction()
with t:
    t.log.append("work")
try:
    with t:
        t.log.append("bad work")
        raise ValueError
except ValueError:
    pass
print(t.log)
