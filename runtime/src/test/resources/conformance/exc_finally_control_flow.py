# Checks return/break/continue inside finally overriding or swallowing pending outcomes.
def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides_return())
def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows_exception())
def break_in_finally():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke at " + str(i)
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())
def rebinding_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebinding_in_finally())
def nested_finally_returns():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally_returns())
def loop_return_finally():
    for i in range(3):
        try:
            if i == 2:
                return i
        finally:
            print("finally", i)
print(loop_return_finally())
