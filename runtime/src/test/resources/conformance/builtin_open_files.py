# open(): text and binary files, read and written, newline modes, encodings, and the errors.
import os

DIR = "/tmp/weft_open_files_%d" % os.getpid()
os.makedirs(DIR, exist_ok=True)
path = DIR + "/notes.txt"

with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.name == path, f.closed, f.writable(), f.readable())
    print(f.write("first line\n"), f.write("sécond ✓\n"))
    f.writelines(["third\n", "fourth"])
    print(f"via print {1 + 1}", file=f)
print(f.closed)

with open(path) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(path, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
with open(path) as f:
    print(len(f.read()), f.tell(), f.seek(0), repr(f.read(5)))
    f.readline()
    cookie = f.tell()
    print(cookie, repr(f.readline()), f.seek(cookie), repr(f.readline()), f.seek(0, 2), repr(f.read()))
with open(DIR + "/crlf.txt", "wb") as f:
    f.write("a\r\nbé\r\nc".encode())
with open(DIR + "/crlf.txt") as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell(), f.seek(3), repr(f.read()))
with open(DIR + "/w.bin", "wb") as f:
    print(f.tell(), f.write(b"abc"), f.tell())
with open(DIR + "/w.txt", "w") as f:
    print(f.tell(), f.write("é"), f.tell())

with open(path, "a") as f:
    f.write("appended\n")
print(open(path).read().splitlines()[-2:])

with open(path, "rb") as f:
    data = f.read()
    print(type(f).__name__, type(data).__name__, len(data), data[:12], data.count(b"\n"))
with open(path, "rb") as f:
    print(f.readline(), f.read(4), f.seek(-3, 2), f.read())

with open(DIR + "/raw.bin", "wb") as f:
    print(type(f).__name__, f.write(bytes(range(250, 256)) + b"\r\nend"))
with open(DIR + "/raw.bin", "rb") as f:
    print(list(f.read()))

for newline in (None, "", "\n", "\r", "\r\n"):
    with open(DIR + "/nl.txt", "wb") as f:
        f.write(b"a\r\nb\rc\nd")
    with open(DIR + "/nl.txt", newline=newline) as f:
        print(repr(newline), f.readlines())
    with open(DIR + "/nl2.txt", "w", newline=newline) as f:
        f.write("x\ny\r\n")
    with open(DIR + "/nl2.txt", "rb") as f:
        print(repr(newline), f.read())

with open(DIR + "/latin.txt", "w", encoding="latin-1") as f:
    f.write("café")
with open(DIR + "/latin.txt", "rb") as f:
    print(f.read())
with open(DIR + "/latin.txt", encoding="latin-1") as f:
    print(f.read(), f.encoding)

with open(DIR + "/new.txt", "x") as f:
    f.write("exclusive")

def err(*args, **kwargs):
    try:
        f = open(*args, **kwargs)
        print("opened", repr(f).replace(DIR, "DIR"))
        f.close()
    except Exception as e:
        print(type(e).__name__, str(e).replace(DIR, "DIR"))

err(DIR + "/missing.txt")
err(DIR)
err(DIR + "/new.txt", "x")
err(DIR + "/no/such/dir.txt", "w")
for mode in ["rw", "U", "bt", "", "rr"]:
    err(path, mode)
err(path, "rb", encoding="utf-8")
err(path, "rb", newline="")
err(path, newline="x")
err(5.5)
err(path, 5)
err()
err(path, bogus=1)
with open(DIR + "/bad.txt", "wb") as f:
    f.write(b"ok\xffno")
err(DIR + "/bad.txt")
with open(DIR + "/bad.txt") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
f = open(path)
f.close()
for call in (f.read, f.readline, lambda: next(f)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
with open(path, "w") as f:
    for call in (f.read, lambda: f.write(b"x")):
        try:
            call()
        except Exception as e:
            print(type(e).__name__, e)
with open(path, "rb") as f:
    try:
        f.write(b"x")
    except Exception as e:
        print(type(e).__name__, e)
    print(f.readable(), f.writable(), f.seekable())
with open(DIR + "/w.bin", "wb") as f:
    for call in (f.read, f.readline, lambda: list(f)):
        try:
            call()
        except Exception as e:
            print(type(e).__name__, e)
with open(path) as f:
    for call in (lambda: f.write("x"), f.truncate):
        try:
            call()
        except Exception as e:
            print(type(e).__name__, e)

for name in sorted(os.listdir(DIR)):
    os.remove(DIR + "/" + name)
os.rmdir(DIR)
print(os.path.exists(DIR))
