# OSError: errno subclasses, attributes, args and str, as CPython builds them.
cases = [
    (2, "No such file or directory"),
    (2, "No such file or directory", "data.txt"),
    (17, "File exists", "a", None, "b"),
    (13, "Permission denied", "/root/x"),
    (1, "Operation not permitted"),
    (11, "Resource temporarily unavailable"),
    (32, "Broken pipe"),
    (104, "Connection reset by peer"),
    (111, "Connection refused"),
    (20, "Not a directory", "f"),
    (21, "Is a directory", "d"),
    (3, "No such process"),
    (110, "Connection timed out"),
    (10, "No child processes"),
    (4, "Interrupted system call"),
    (999, "made up"),
]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e), repr(e))
print(OSError("just a message"), OSError("a", "b", "c", "d", "e", "f").args, OSError().errno)
print(FileNotFoundError(2, "x", "y").filename, type(FileNotFoundError(17, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError))
print([c.__name__ for c in ConnectionError.__subclasses__()], ConnectionError.__mro__[1].__name__)
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.cfg")
except OSError as ex:
    print("caught", type(ex).__name__, ex, ex.errno == 2)


class MyError(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)


m = MyError(2, "gone", "f")
print(type(m).__name__, m, m.args, m.extra, m.filename)
e = OSError(2, "x")
e.filename = "later"
print(e)
