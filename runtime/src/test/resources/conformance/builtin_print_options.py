# Checks print with sep=, end=, multiple values, no values, flush, file=sys.stdout and sys.stdout.write.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print(1, 2.5, None, True, [1], sep=",")
print("no newline", end="")
print(" ...continued")
print("x", end="\n\n")
print(*range(5))
print(*range(5), sep="-")
print(*[], sep="ignored")
print("to stdout", file=sys.stdout, flush=True)
print("sep None", "end None", sep=None, end=None)
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("partial ")
sys.stdout.write("line\n")
print("tab\tand\\backslash", 'quotes "in" it')
print(repr("é"), "é", "ünïcödé", "日本")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
