# dataclasses with string annotations (from __future__ import annotations): InitVar and KW_ONLY
# are recognised by name in the class's module, as CPython's _is_type does.
from __future__ import annotations

import dataclasses
from dataclasses import KW_ONLY, InitVar, dataclass, field, fields


@dataclass
class Order:
    item: str
    qty: int = 1
    discount: InitVar[float] = 0.0
    note: dataclasses.InitVar[str] = ""
    _: KW_ONLY
    rush: bool = False
    total: float = field(init=False, default=0.0)

    def __post_init__(self, discount, note):
        self.total = self.qty * 10 * (1 - discount)
        if note:
            self.item += f" ({note})"


o = Order("pen", 3, 0.5, "gift", rush=True)
print(o, Order("cup"), Order.__doc__, Order.__match_args__)
for name, f in Order.__dataclass_fields__.items():
    print(name, repr(f.type), f._field_type, f.kw_only if f._field_type is not dataclasses._FIELD_CLASSVAR else "-")
print([f.name for f in fields(Order)])


@dataclass
class Names:
    a: "InitVar[int]" = 1
    b: InitVar = 2
    c: "dataclasses.InitVar" = 3
    d: "  dataclasses . InitVar[int]" = 4
    e: "Initvar[int]" = 5
    f: "other.InitVar[int]" = 6
    g: "KW_ONLY.x" = 7


print([(n, f._field_type) for n, f in Names.__dataclass_fields__.items()])
print(Names.__doc__)

# An unresolvable ClassVar string is an ordinary field when ClassVar is not bound in the module.
@dataclass
class NotClassVar:
    x: ClassVar[int] = 0


print(NotClassVar(), fields(NotClassVar)[0].type)


@dataclass
class Nested:
    child: Nested | None = None
    items: list[Nested] = field(default_factory=list)


n = Nested(Nested())
print(n, Nested.__doc__, dataclasses.asdict(n))


def build():
    @dataclass
    class Local:
        v: InitVar[int]
        w: int = 0

        def __post_init__(self, v):
            self.w = v * 2

    return Local(4)


print(build())
