# sys.path is where imports look: its first entry is the program's directory, and a program may
# add directories of its own.
import sys

here = sys.path[0]
print(here.rsplit("/", 1)[-1] == "conformance" or here)
import mod_syspath_helper
print(mod_syspath_helper.VALUE)
try:
    import syspath_extra
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
sys.path.insert(0, here + "/import_syspath_lib")
import syspath_extra
print(syspath_extra.GREETING)
print(syspath_extra.__file__.endswith("import_syspath_lib/syspath_extra.py"))
print(sys.modules["syspath_extra"] is syspath_extra)
sys.path.append(12)
try:
    import not_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
