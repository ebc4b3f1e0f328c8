# Tracebacks with CPython 3.11's indicator lines: binary operators, subscripts, attributes,
# calls inside larger expressions, and a call spanning several lines.
def ratio(total, count):
    return total / count


def lookup(table, key):
    value = table[key] * 2
    return value


def describe(item):
    return "item " + item.name.upper()


def summary(rows):
    return sum(
        ratio(r, 0)
        for r in rows
    )


for attempt in [lambda: ratio(1, 0), lambda: lookup({}, "k"), lambda: describe(None)]:
    try:
        attempt()
    except Exception as error:
        print(type(error).__name__, error)
print("total", [ratio(4, 2), lookup({"k": 3}, "k")])
result = 10 + summary([1, 2])
