# Checks an exception escaping a generator consumed by a for loop, with the generator's finally running.
def parse(lines):
    try:
        for line in lines:
            yield int(line)
    finally:
        print("parser finally")


print("list:", list(parse(["1", "2"])))
try:
    print(list(parse(["3", "bad"])))
except ValueError as e:
    print("caught:", e)
gen = parse(["5", "6"])
print("next:", next(gen))
gen.close()
print("closed early")
total = 0
for n in parse(["1", "2", "x3", "4"]):
    total += n
    print("running total", total)
print("not reached")
