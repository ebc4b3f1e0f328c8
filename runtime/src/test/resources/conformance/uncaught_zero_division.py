# Checks an uncaught ZeroDivisionError raised deep in a call chain after some output.
def average(values):
    return sum(values) / len(values)


def safe_average(values):
    try:
        return average(values)
    except ZeroDivisionError as e:
        print("caught:", e)
        return None


def report(groups):
    for name, values in groups:
        print(name, average(values))


print("safe:", safe_average([]), safe_average([2, 4]))
print("int division:", 7 // 2, -7 // 2, "modulo:", 7 % 3)
print("starting report")
report([("a", [1, 2, 3]), ("b", [10]), ("empty", []), ("never", [1])])
print("not reached")
