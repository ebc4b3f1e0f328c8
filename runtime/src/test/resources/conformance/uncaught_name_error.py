# Checks an uncaught NameError for an undefined name used inside a function.
width = 2
def area(width, height):
    return width * height * scale_factor


def safe_area(w, h):
    try:
        return area(w, h)
    except NameError as e:
        print("caught:", e)
        return None


print("computing")
print(safe_area(2, 3))
scale_factor = 10
print("with scale defined:", area(2, 3))
del scale_factor
print("deleted scale again")
try:
    print(scale_factor)
except NameError as e:
    print("caught:", e)
print(area(width, 5))
print("not reached")
