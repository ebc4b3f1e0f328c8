# Checks sys.exit("message"): exit status 1 and the message on stderr; SystemExit can be caught.
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit("first message")
except SystemExit as e:
    print("caught SystemExit with code", repr(e.code), e.args)
try:
    raise SystemExit(2)
except BaseException as e:
    print("SystemExit is BaseException:", type(e).__name__, e.code)
def finish():
    try:
        sys.exit("fatal: configuration missing")
    finally:
        print("finally before exiting")
print("about to exit")
finish()
print("not reached")
