# An exception escaping a generator driven by a for loop: the generator's frame is listed.
def numbers(limit):
    for i in range(limit):
        if i == 2:
            raise IndexError("generator ran out")
        yield i


for n in numbers(5):
    print("got", n)
