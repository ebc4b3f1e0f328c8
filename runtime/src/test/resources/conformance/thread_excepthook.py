import sys
import threading, queue
# Uncaught exceptions in threads: default report on stderr, custom hooks,
# SystemExit ignored, failing hook.
import time

def boom():
    raise ValueError("boom!")

t = threading.Thread(target=boom)
t.start(); t.join()
print("after boom, alive:", t.is_alive())

class Failing(threading.Thread):
    def run(self):
        x = {}
        x["missing"]

f = Failing(name="worker-A"); f.start(); f.join()

def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise LookupError("chained") from e
t = threading.Thread(target=chained, name="chain"); t.start(); t.join()

t = threading.Thread(target=lambda: sys.exit(3)); t.start(); t.join()
print("SystemExit ignored; default hook is original:", threading.excepthook is threading.__excepthook__)

captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                     args[0] is args.exc_type, args[3] is args.thread, len(args),
                     args.exc_traceback is not None))
threading.excepthook = hook
t = threading.Thread(target=boom); t.start(); t.join()
t = threading.Thread(target=lambda: sys.exit(0), name="exiter"); t.start(); t.join()
print(captured)

def bad_hook(args):
    raise TypeError("hook failed")
threading.excepthook = bad_hook
t = threading.Thread(target=boom, name="badhook"); t.start(); t.join()
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=boom, args=(), name="restored"); t.start(); t.join()
sys.stderr.flush()
print("done")
