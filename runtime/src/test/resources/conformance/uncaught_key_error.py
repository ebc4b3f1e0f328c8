# Checks an uncaught KeyError from a dict lookup (the key's repr appears in the message).
prices = {"apple": 3, "pear": 4, "plum": 2}
print(prices.get("mango"), prices.get("mango", 0), "mango" in prices)
try:
    prices["kiwi"]
except KeyError as e:
    print("caught:", repr(e), e.args)
class Menu(dict):
    def __missing__(self, key):
        return 99
menu = Menu(prices)
print("menu mango:", menu["mango"])
for key in ("pear", "kiwi"):
    print(key, prices.setdefault(key, 0), sorted(prices))
del prices["kiwi"]
print(prices.pop("mango", "no mango"), len(prices))
order = ["apple", "pear", "plum", "mango"]
total = 0
for item in order:
    total += prices[item]
    print(item, "subtotal", total)
print("not reached", total)
