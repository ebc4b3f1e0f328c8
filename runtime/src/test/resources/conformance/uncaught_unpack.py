# Checks an uncaught ValueError from tuple unpacking with too few values.
rows = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 40)]
first, *others = rows
print("first row:", first, "others:", len(others))
try:
    a, b = rows[0]
except ValueError as e:
    print("caught:", e)
try:
    a, b, c, d = rows[2]
except ValueError as e:
    print("caught:", e)
ages = 0
for row in rows[:2]:
    name, age, city = row
    ages += age
    print(f"{name:>4} {age:>3} {city}")
print("ages so far", ages)
for row in rows:
    name, age, city = row
    print(name, age, city)
print("not reached")
