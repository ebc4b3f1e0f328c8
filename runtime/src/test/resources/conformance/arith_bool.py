# Checks bool as an int subclass in arithmetic and its repr.
print(True + True, True * 10, False - True, True / 2, True // 2, -True, ~True, ~False)
print(True == 1, False == 0, 1 == 1.0 == True, isinstance(True, int))
print(sum([True, True, False, True]), max(False, True), True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + 0).__name__, type(True ^ False).__name__)
print(True ** 5, 2 ** True, 10 % True, divmod(True, True))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)))
print(str(True), repr(False), f"{True}", int(True), float(False))
print([True, False], {True: "yes", False: "no"}[1 == 1])
d = {1: "int"}
d[True] = "bool"
d[1.0] = "float"
print(d)
print(True < 2, False < True, sorted([True, False, 2, -1, 0]))
print(not True, not 0, not [], not None)
print(None is None, None == None, repr(None), str(None), type(None).__name__)
flags = [True, False, True, True]
print(flags.count(True), flags.index(False), sum(flags) / len(flags), int(all(flags)), int(any(flags)))
print(True and 5, False or "x", 3 if True else 4, [10, 20][True], "ab"[False])
print(isinstance(False, bool), type(1 == 1).__name__, bool.__name__, issubclass(bool, int))
