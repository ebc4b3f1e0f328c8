# A file whose last reference goes away is closed then, and what was written reaches the disk.
import os

PATH = "/tmp/weft_open_dropped_%d.txt" % os.getpid()


def scribble():
    g = open(PATH, "w")
    g.write("kept")


scribble()
with open(PATH) as f:
    print(f.read())
os.remove(PATH)
