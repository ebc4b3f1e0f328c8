"""A warehouse inventory built on dataclasses: stock moves, reorders, valuation and a report.
Mixes dataclasses, typing annotations, collections, copy, functools and formatting."""
from __future__ import annotations

import copy
from collections import Counter, defaultdict, deque
from dataclasses import asdict, astuple, dataclass, field, fields, replace
from functools import total_ordering
from typing import Dict, List, NamedTuple, Optional


class Move(NamedTuple):
    sku: str
    delta: int
    note: str = ""


@dataclass(frozen=True, order=True)
class Sku:
    category: str
    code: str

    def __str__(self):
        return f"{self.category}-{self.code}"


@dataclass
class Item:
    sku: Sku
    name: str
    unit_cost: float
    quantity: int = 0
    reorder_at: int = 5
    tags: List[str] = field(default_factory=list)
    history: List[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self):
        if self.unit_cost < 0:
            raise ValueError(f"negative cost for {self.name}")
        self.tags = sorted(set(self.tags))

    @property
    def value(self) -> float:
        return self.quantity * self.unit_cost

    def needs_reorder(self) -> bool:
        return self.quantity <= self.reorder_at


@total_ordering
@dataclass(eq=False)
class Supplier:
    name: str
    lead_days: int
    rating: float = 3.0

    def __eq__(self, other):
        return (self.lead_days, -self.rating) == (other.lead_days, -other.rating)

    def __lt__(self, other):
        return (self.lead_days, -self.rating) < (other.lead_days, -other.rating)


@dataclass
class Warehouse:
    name: str
    items: Dict[str, Item] = field(default_factory=dict)
    log: deque = field(default_factory=lambda: deque(maxlen=5))
    suppliers: List[Supplier] = field(default_factory=list)
    rejected: Optional[List[Move]] = None

    def add(self, item: Item) -> None:
        self.items[str(item.sku)] = item

    def apply(self, move: Move) -> bool:
        item = self.items.get(move.sku)
        if item is None or item.quantity + move.delta < 0:
            if self.rejected is None:
                self.rejected = []
            self.rejected.append(move)
            return False
        item.quantity += move.delta
        item.history.append(move.delta)
        self.log.append(move)
        return True

    def valuation(self) -> float:
        return sum(item.value for item in self.items.values())


def build() -> Warehouse:
    w = Warehouse("Main")
    w.add(Item(Sku("tools", "H100"), "hammer", 12.5, 10, tags=["steel", "hand", "steel"]))
    w.add(Item(Sku("tools", "S200"), "screwdriver set", 23.99, 4, reorder_at=3))
    w.add(Item(Sku("garden", "R10"), "rake", 18.0, 2, tags=["outdoor"]))
    w.add(Item(Sku("paint", "W5"), "white paint 5L", 41.25, 30, reorder_at=10))
    w.add(Item(Sku("paint", "B1"), "brush", 3.1, 0))
    w.suppliers += [Supplier("Acme", 5, 4.5), Supplier("Bolt", 2, 3.9), Supplier("Crate", 2, 4.8)]
    return w


def main():
    w = build()
    print(w.items["tools-H100"])
    print(fields(Item)[0].name, [f.name for f in fields(Item) if f.repr], len(fields(Item)))
    moves = [Move("tools-H100", -3), Move("paint-B1", 25, "restock"), Move("garden-R10", -5),
             Move("paint-W5", -22, "contractor"), Move("nope-X", 1), Move("tools-S200", -1),
             Move("paint-B1", -7), Move("tools-H100", -6)]
    results = [w.apply(m) for m in moves]
    print("applied:", results.count(True), "rejected:", w.rejected)
    print("last moves:", list(w.log))

    print(f"\n{'SKU':<12}{'Item':<18}{'Qty':>5}{'Cost':>9}{'Value':>11}  Flags")
    for key in sorted(w.items, key=lambda k: w.items[k].sku):
        it = w.items[key]
        flags = "REORDER" if it.needs_reorder() else ""
        print(f"{str(it.sku):<12}{it.name:<18}{it.quantity:>5}{it.unit_cost:>9.2f}{it.value:>11,.2f}  {flags}")
    print(f"{'total':<35}{w.valuation():>19,.2f}")

    by_cat = defaultdict(float)
    for it in w.items.values():
        by_cat[it.sku.category] += it.value
    print("by category:", {k: round(v, 2) for k, v in sorted(by_cat.items())})
    tags = Counter(t for it in w.items.values() for t in it.tags)
    print("tags:", tags)

    best = min(w.suppliers)
    print("fastest supplier:", best, sorted(w.suppliers)[-1].name, Supplier("X", 2, 4.8) == best)
    snapshot = copy.deepcopy(w.items["paint-B1"])
    w.items["paint-B1"].history.append(99)
    print("snapshot history:", snapshot.history, "live:", w.items["paint-B1"].history)
    cheaper = replace(w.items["tools-H100"], unit_cost=9.99)
    print(cheaper, cheaper == w.items["tools-H100"], cheaper.history is w.items["tools-H100"].history)
    print(asdict(w.items["garden-R10"]))
    print(astuple(Sku("a", "b")), Sku("a", "b") < Sku("a", "c"), hash(Sku("a", "b")) == hash(Sku("a", "b")))
    try:
        Item(Sku("x", "y"), "bad", -1.0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        w.items["tools-H100"].sku.code = "Z"
    except Exception as e:
        print(type(e).__name__ + ":", e)
    print(Item.__annotations__["quantity"], Move._fields, Move("a", 1))
    print(w.items["tools-S200"] == Item(Sku("tools", "S200"), "screwdriver set", 23.99, 3, 3))


if __name__ == "__main__":
    main()
