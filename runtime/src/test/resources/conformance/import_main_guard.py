# Checks "if __name__ == '__main__':" in the program and in imported modules, and module-level state.
import mod_greeting
import mod_shapes
import mod_counter
def main():
    print("main called, __name__ =", __name__)
    mod_counter.bump(10)
    mod_counter.bump(10)
    print("counter", mod_counter.get())
    print(mod_greeting.greet("x"), mod_counter.value)
if __name__ == "__main__":
    main()
else:
    print("not reached when run as program")
print(mod_greeting.__name__ != "__main__", mod_shapes.__name__)
def helper_not_run_on_import():
    return "helper"
if __name__ != "__main__":
    print("imported, not run")
print(helper_not_run_on_import(), __name__ == "__main__")
guard_results = []
for mod in (mod_greeting, mod_shapes, mod_counter):
    guard_results.append((mod.__name__, mod.__name__ == "__main__"))
print(guard_results)
print(mod_greeting.main(), mod_counter.get())
