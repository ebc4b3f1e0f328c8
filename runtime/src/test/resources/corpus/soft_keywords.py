"""match statements parse (Weft does not run them yet); match stays a name elsewhere."""
match command:
    case [x, y, *rest] if x > 0:
        pass
    case {"k": v}:
        pass
    case Point(x=0) | None:
        pass
    case _:
        pass

match = 1
match.attr = 2

