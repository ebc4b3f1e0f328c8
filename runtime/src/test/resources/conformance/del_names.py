# Checks del on local and global names, and NameError/UnboundLocalError afterwards.
x = 1
y = 2
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
print(y)
a, b, c = 1, 2, 3
del a, b
print("c" in globals(), "a" in globals())
def local_del():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        print(type(e).__name__, e)
        return "caught"
print(local_del())
def del_global():
    global y
    del y
del_global()
try:
    y
except NameError as e:
    print(type(e).__name__, e)
try:
    del zzz
except NameError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
del i
print("i" in globals())
z = [1]
w = z
del z
print(w)
