# Checks that and/or return operands and short-circuit evaluation.
def t(name, v):
    print("call", name)
    return v

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and 1, None or 0)
print("a" and "b" and "c", "a" and "" and "c", "" or [] or {} or 0, "" or [] or "x")
print(t("x", 0) and t("y", 1))
print(t("x", 1) and t("y", 2))
print(t("x", 1) or t("y", 2))
print(t("x", 0) or t("y", 0))
print(not (1 and 0), not "", not "a")
x = None
name = x or "anonymous"
print(name)
values = [0, 1, "", "s", [], [0], None]
print([v or "F" for v in values])
print([v and "T" for v in values])
print(1 or 2 and 0, (1 or 2) and 0, 0 and 1 or 2, 0 or 1 and 2)
print(True + (False or 3), (None and 1) is None)
