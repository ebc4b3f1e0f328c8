# Checks that a closure's captured objects are freed as soon as the closure is dropped, and that
# format() errors name the type (bool) and the space option as CPython does.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


def make(name):
    resource = Resource(name)
    return lambda: resource.name


getter = make("a")
print("calling", getter())
del getter
print("after del")
handlers = [make("loop" + str(i)) for i in range(3)]
print("handlers built")
handlers.clear()
print("cleared")
for spec in [" ", "s"]:
    for value in ["text", True]:
        try:
            print(repr(format(value, spec)))
        except ValueError as error:
            print("ValueError", error)
