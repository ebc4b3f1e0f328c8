# Checks try/except/else/finally ordering in success, failure and return paths.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise RuntimeError("boom")
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def returns_in_try():
    try:
        return "try value"
    finally:
        print("finally runs before return completes")
print(returns_in_try())
def exception_in_else():
    try:
        pass
    except ValueError:
        print("not for else exceptions")
    else:
        raise ValueError("from else")
try:
    exception_in_else()
except ValueError as e:
    print("caught", e)
def finally_only():
    try:
        raise KeyError("k")
    finally:
        print("cleanup while propagating")
try:
    finally_only()
except KeyError as e:
    print("then caught", repr(e))
def nested():
    try:
        try:
            raise TypeError("t")
        finally:
            print("inner finally")
    except TypeError:
        print("outer except")
    finally:
        print("outer finally")
nested()
count = 0
for i in range(3):
    try:
        count += 1
    finally:
        count += 10
print(count)
