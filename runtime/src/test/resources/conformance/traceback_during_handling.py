# An exception raised while handling another: the context is printed first.
def cleanup(resource):
    raise RuntimeError(f"cannot release {resource}")


def work():
    try:
        raise OSError("disk full")
    except OSError:
        cleanup("lock")


print("working")
work()
