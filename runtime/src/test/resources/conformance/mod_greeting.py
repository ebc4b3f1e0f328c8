# Helper module that itself imports another corpus module.
import mod_counter
from mod_shapes import square_area as _sq
GREETING = "hello"
def greet(name):
    mod_counter.bump()
    return f"{GREETING}, {name} (area {_sq(len(name))})"
def main():
    return "mod_greeting main ran"
if __name__ == "__main__":
    print(main())
