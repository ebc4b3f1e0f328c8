# Checks break and continue in nested loops, pass statements and loop flags.
result = []
for i in range(5):
    if i == 1:
        continue
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
def noop():
    pass
print(noop())
class Empty:
    pass
print(type(Empty()).__name__)
for _ in range(2):
    pass
if True:
    pass
else:
    pass
k = 0
while True:
    k += 1
    if k < 5:
        continue
    if k == 7:
        break
print("k", k)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found is not None:
        break
print("found", found, "row", row)
try:
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
except Exception:
    pass
