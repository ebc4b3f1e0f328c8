# Checks a bare re-raise after logging, with with-statement exit and finally running before termination.
class Logger:
    def __enter__(self):
        print("log open")
        return self
    def __exit__(self, et, ev, tb):
        print("log close, saw", et.__name__ if et else None)
        return False
def risky():
    with Logger():
        try:
            {}.pop("missing-key")
        except KeyError as e:
            print("logging", repr(e))
            raise
        finally:
            print("finally in risky")
try:
    risky()
except KeyError as e:
    print("first call caught", repr(e))
print("second call is not caught")
risky()
print("not reached")
