# Checks RecursionError from unbounded recursion under a small recursion limit, after a caught one.
import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
def countdown(n):
    if n == 0:
        return "bottom"
    return countdown(n - 1)
print(countdown(100))
def mutual_a(n):
    return "done" if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n)
print(mutual_a(50))
def forever(n):
    return 1 + forever(n + 1)
print("recursing forever")
forever(0)
