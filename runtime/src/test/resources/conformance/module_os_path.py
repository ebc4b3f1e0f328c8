# os and os.path: the pure path functions on fixed strings (posixpath exactly), the constants,
# environ and getenv, and the file-system calls in a scratch directory. Nothing printed depends on
# the working directory, the user or the process.
import os
import os.path
from os import path
import posixpath


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace(base, "<base>"))
    else:
        print(label, "=", repr(r))


base = path.join(os.environ.get("TMPDIR", "/tmp"), "weft_os_path_%d" % os.getpid())


print(os.path is path, path is posixpath, os.path.__name__, os.name, os.sep, repr(os.linesep))
print(os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep, os.devnull, os.defpath)
print(path.sep, path.curdir, path.pardir, path.extsep, path.pathsep, path.altsep, path.devnull)
print(os.error is OSError, callable(os.getcwd), type(os.environ).__name__)

samples = ["", ".", "..", "...", "/", "//", "///", "////", "//a", "///a//b/", "a", "a/", "a//",
           "a/b", "a//b", "a/b/", "/a/b", "a/./b", "a/../b", "a/b/../c", "../..", "a/../..",
           "/..", "/../a", "//..", "./a/./b/.", "//a/../b", "foo/bar/", "a.b.c", ".bashrc",
           "a/.b", "a/b.", "..a", ".a.b", "x/..c", "x/.y.z", "/.", "a/b/c.tar.gz", " ", "a b/c d.e"]
for p in samples:
    print(repr(p), repr(path.normpath(p)), path.split(p), path.splitext(p), repr(path.basename(p)),
          repr(path.dirname(p)), path.isabs(p), path.splitdrive(p))
for p in [b"", b"//a/../b", b"a/b.c", b"/x/y/"]:
    print(p, path.normpath(p), path.split(p), path.splitext(p), path.basename(p), path.dirname(p))

print(path.join("a"), path.join("a", "b"), path.join("a/", "b"), path.join("a", "/b", "c"))
print(path.join("", "x"), path.join("a", ""), path.join("", ""), path.join("/", "a", "", "b/"))
print(path.join(b"a", b"b"), path.join("a", "b", "c", "d"), path.join("/a", "../b"))
print(path.relpath("/a/b/c", "/a/d"), path.relpath("/a", "/a"), path.relpath("/a/b", "/"), path.relpath("/", "/a/b"))
print(path.relpath(b"/x/y", b"/x"), path.relpath("/a/b/c", start="/a/b"))
print(path.commonprefix([]), path.commonprefix(["/usr/lib", "/usr/local"]), path.commonprefix(["abc", "abd", "ab"]))
print(path.commonpath(["/usr/lib", "/usr/local"]), path.commonpath(["a/b", "a/c/d"]), path.commonpath(["/a/./b", "/a/b/c"]))
print(path.commonpath([b"/x/y", b"/x/z"]), path.commonprefix([b"ab", b"ac"]))

# Paths that depend on the process only through things compared, never printed.
print(path.isabs(os.getcwd()), path.abspath("x") == path.join(os.getcwd(), "x"), path.abspath("/a/../b"))
print(path.realpath("/") == "/", type(os.getcwdb()).__name__, path.abspath(b"/a/./b"))
home = os.environ.get("HOME")
if home is not None:
    print(path.expanduser("~") == home.rstrip("/") or "/", path.expanduser("~/x") == path.join(home, "x"))
else:
    print(True, True)
print(path.expanduser("a~b"), path.expanduser("~nonexistent_user_weft/x"), path.expanduser("~root"))
print(path.expandvars("no vars"), path.expandvars("$WEFT_UNSET_VAR/x"), path.expandvars("${WEFT_UNSET_VAR}"), path.expandvars("$"))

# environ and getenv.
os.environ["WEFT_TEST_VAR"] = "value"
print(os.getenv("WEFT_TEST_VAR"), os.environ["WEFT_TEST_VAR"], "WEFT_TEST_VAR" in os.environ)
print(path.expandvars("$WEFT_TEST_VAR/${WEFT_TEST_VAR}/$WEFT_TEST_VARx"))
print(os.environ.pop("WEFT_TEST_VAR"), os.getenv("WEFT_TEST_VAR"), os.getenv("WEFT_TEST_VAR", "dflt"))
print(os.environ.get("WEFT_TEST_VAR", 0), all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(repr(os.environ).startswith("environ({"), isinstance(os.getpid(), int), os.getpid() > 0)
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1, len(os.urandom(16)), os.fspath("p"), os.fspath(b"q"))


class PathLike:
    def __fspath__(self):
        return "/from/fspath.txt"


print(os.fspath(PathLike()), path.basename(PathLike()), path.splitext(PathLike()), path.join(PathLike(), "x"))

# The file system, in a scratch directory.
os.makedirs(path.join(base, "a", "b", "c"))
os.makedirs(path.join(base, "a", "b", "c"), exist_ok=True)
os.mkdir(path.join(base, "d"))
print(sorted(os.listdir(base)), sorted(os.listdir(base.encode())), os.listdir(path.join(base, "a", "b", "c")))
print(path.exists(base), path.isdir(base), path.isfile(base), path.islink(base), path.lexists(base))
print(path.exists(path.join(base, "nope")), path.isdir(path.join(base, "nope")), path.getsize(base) >= 0)
print(path.exists(""), path.isfile(""), path.exists("/"), path.isdir("/"), path.exists("a\0b"))
attempt("makedirs exists", lambda: os.makedirs(path.join(base, "a")))
attempt("mkdir exists", lambda: os.mkdir(base))
attempt("mkdir missing parent", lambda: os.mkdir(path.join(base, "x", "y")))
attempt("rmdir not empty", lambda: os.rmdir(path.join(base, "a")))
attempt("remove directory", lambda: os.remove(path.join(base, "a")))
attempt("remove missing", lambda: os.remove(path.join(base, "missing")))
attempt("listdir missing", lambda: os.listdir(path.join(base, "missing")))
attempt("getsize missing", lambda: path.getsize(path.join(base, "missing")))
attempt("rename missing", lambda: os.rename(path.join(base, "m1"), path.join(base, "m2")))
try:
    os.rmdir(path.join(base, "missing"))
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == path.join(base, "missing"), isinstance(e, OSError))
os.rename(path.join(base, "d"), path.join(base, "e"))
print(sorted(os.listdir(base)))
os.rmdir(path.join(base, "e"))
os.rmdir(path.join(base, "a", "b", "c"))
os.rmdir(path.join(base, "a", "b"))
os.rmdir(path.join(base, "a"))
print(os.listdir(base))
os.rmdir(base)
print(path.exists(base))

# Argument errors.
attempt("join int", lambda: path.join("a", 1))
attempt("join first int", lambda: path.join(1))
attempt("join mixed", lambda: path.join("a", b"b"))
attempt("join none", lambda: path.join())
attempt("basename none", lambda: path.basename(None))
attempt("normpath int", lambda: path.normpath(3))
attempt("relpath empty", lambda: path.relpath(""))
attempt("relpath mixed", lambda: path.relpath("a", b"b"))
attempt("commonpath empty", lambda: path.commonpath([]))
attempt("commonpath mixed", lambda: path.commonpath(["/a", "b"]))
attempt("exists none", lambda: path.exists(None))
attempt("getenv int", lambda: os.getenv(1))
attempt("environ int", lambda: os.environ.__setitem__("K", 1))
attempt("fspath int", lambda: os.fspath(1))
attempt("import missing", lambda: __import__("os.nope"))

# The import forms of a submodule.
import os.path as osp
from os.path import join as pjoin
import sys

print(osp is posixpath, pjoin("a", "b"), __import__("os.path").__name__,
      __import__("os.path", fromlist=["x"]).__name__, sys.modules["os.path"] is path)
