# Checks assert with and without messages, and message evaluation only on failure.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(type(e).__name__, e)
def msg():
    print("message computed")
    return "computed message"
assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print(e)
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print(e.args)
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(5))
try:
    check_positive(-3)
except AssertionError as e:
    print(e)
print(issubclass(AssertionError, Exception))
