# An uncaught exception raised three calls deep: the traceback lists every frame, outermost first.
def parse(text):
    check(text)


def check(text):
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")


def main():
    print("parsing")
    parse("12")
    parse("x1")


main()
