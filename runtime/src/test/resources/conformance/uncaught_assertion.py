# Checks an uncaught AssertionError with a message after passing assertions.
def check(balance):
    assert balance >= 0, f"balance went negative: {balance}"
    return balance


assert True, "never fails"
try:
    assert 1 > 2, "caught assertion"
except AssertionError as e:
    print("caught:", e)
try:
    check(-1)
except AssertionError as e:
    print("caught:", e)
total = 10
history = []
for delta in [5, -3, -7, -8, 4]:
    total += delta
    history.append(total)
    print("balance", check(total), "history", history)
print("not reached")
