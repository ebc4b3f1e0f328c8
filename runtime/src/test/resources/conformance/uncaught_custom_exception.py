# Checks an uncaught user-defined exception with a custom __str__ terminating the program.
class InventoryError(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(item, wanted, have)
        self.item = item
        self.wanted = wanted
        self.have = have
    def __str__(self):
        return f"cannot take {self.wanted} {self.item}: only {self.have} left"
stock = {"apple": 5, "pear": 2}
def take(item, n):
    if stock[item] < n:
        raise InventoryError(item, n, stock[item])
    stock[item] -= n
    print("took", n, item, "remaining", stock[item])
try:
    raise InventoryError("plum", 1, 0)
except InventoryError as e:
    print("caught:", e, "| args:", e.args)
take("apple", 3)
take("pear", 2)
take("apple", 4)
print("not reached")
