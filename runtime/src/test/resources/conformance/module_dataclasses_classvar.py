# dataclasses: typing.ClassVar annotations are class variables, not fields, whether written as
# objects or as strings naming ClassVar in the class's module.
import typing
from typing import ClassVar
from dataclasses import dataclass, field, fields


@dataclass
class Counter:
    name: str
    instances: ClassVar[int] = 0
    plain: ClassVar = "p"
    registry: typing.ClassVar[list] = []
    limit: "ClassVar[int]" = 10
    label: "typing.ClassVar[str]" = "z"
    step: int = 1

    def __post_init__(self):
        Counter.instances += 1
        Counter.registry.append(self.name)


a, b = Counter("a"), Counter("b", 2)
print(a, b, Counter.instances, Counter.registry, Counter.limit, Counter.label, Counter.plain)
print([f.name for f in fields(Counter)], Counter.__match_args__)
print([(n, f._field_type) for n, f in Counter.__dataclass_fields__.items()])
print(a == Counter("a"), Counter.instances)

try:
    @dataclass
    class Factory:
        a: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(e)
try:
    @dataclass
    class KwOnly:
        a: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print(e)


@dataclass
class FromField:
    a: ClassVar[int] = field(default=3)
    b: int = 0


print(FromField(), FromField.a, FromField.__dataclass_fields__["a"]._field_type)


@dataclass
class Sub(Counter):
    extra: ClassVar[str] = "e"
    more: int = 0


print(Sub("s"), [f.name for f in fields(Sub)], Sub.extra, Counter.instances)
