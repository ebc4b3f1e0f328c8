# Reading standard input (module_sys_stdin.in): input(), sys.stdin's readline, read, iteration.
import sys

name = input("name? ")
print()
print("hello,", name)
n = int(input())
numbers = [int(x) for x in input().split()]
print(n, numbers, sum(numbers))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline()))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 0:
        break
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input("> ")
except EOFError as e:
    print()
    print("EOFError:", e)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdout.writable())
print(sys.stdin is sys.__stdin__)
for call in (lambda: sys.stdout.read(), lambda: sys.stdin.write("x")):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

class Feed:
    def __init__(self, lines):
        self.lines = lines
    def readline(self):
        return self.lines.pop(0) if self.lines else ""

sys.stdin = Feed(["from a feed\n", "no newline"])
print(input(), input())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
