# Checks sys.exit(3) ending the program with exit status 3, running finally blocks first.
import sys


class Cleanup:
    def __enter__(self):
        print("enter cleanup")
        return self

    def __exit__(self, et, ev, tb):
        print("exit cleanup sees", et.__name__ if et else None, getattr(ev, "code", None))
        return False


def main():
    with Cleanup():
        try:
            print("doing work")
            sys.exit(3)
        finally:
            print("finally still runs")
    print("not reached")


try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args, isinstance(e, Exception))
main()
