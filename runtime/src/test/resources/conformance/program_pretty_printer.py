# Program: a hand-written JSON-like serializer, pretty printer and recursive-descent parser with round trips.


class ParseError(ValueError):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
UNESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", '"': '"', "\\": "\\", "/": "/"}


def quote(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append("\\u" + hex(ord(ch))[2:].rjust(4, "0"))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(value, indent=None, sort_keys=False, _level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = [dumps(v, indent, sort_keys, _level + 1) for v in value]
        return _wrap("[", "]", parts, indent, _level)
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        parts = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            sep = ": " if indent is not None else ":"
            parts.append(quote(k) + sep + dumps(value[k], indent, sort_keys, _level + 1))
        return _wrap("{", "}", parts, indent, _level)
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


def _wrap(open_, close, parts, indent, level):
    if indent is None:
        return open_ + ",".join(parts) + close
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    return open_ + "\n" + ",\n".join(pad + p for p in parts) + "\n" + end_pad + close


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def parse(self):
        value = self.value()
        self.ws()
        if self.pos != len(self.text):
            raise ParseError("extra data", self.pos)
        return value

    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\n\r":
            self.pos += 1

    def value(self):
        self.ws()
        if self.pos >= len(self.text):
            raise ParseError("unexpected end", self.pos)
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.ws()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return result
        while True:
            self.ws()
            if self.text[self.pos:self.pos + 1] != '"':
                raise ParseError("expected string key", self.pos)
            key = self.string()
            self.ws()
            if self.text[self.pos:self.pos + 1] != ":":
                raise ParseError("expected ':'", self.pos)
            self.pos += 1
            result[key] = self.value()
            self.ws()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("expected ',' or '}'", self.pos - 1)

    def arr(self):
        self.pos += 1
        result = []
        self.ws()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ParseError("expected ',' or ']'", self.pos - 1)

    def string(self):
        start = self.pos
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                raise ParseError("unterminated string", start)
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos:self.pos + 1]
                self.pos += 1
                if esc == "u":
                    out.append(chr(int(self.text[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                elif esc in UNESCAPES:
                    out.append(UNESCAPES[esc])
                else:
                    raise ParseError(f"bad escape {esc!r}", self.pos - 2)
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        text = self.text[start:self.pos]
        if not text:
            raise ParseError(f"unexpected character {self.text[start]!r}", start)
        try:
            return float(text) if any(c in text for c in ".eE") else int(text)
        except ValueError:
            raise ParseError(f"bad number {text!r}", start) from None


doc = {
    "name": "weft",
    "version": [0, 1, 2],
    "jvm": True,
    "gc": None,
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "nested": {"empty_list": [], "empty_obj": {}, "mixed": [1, "two", 3.0, [False, None]]},
    "text": 'quote " backslash \\ newline \n tab \t bell \x07 é',
}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2, sort_keys=True)
print(pretty)
back = Parser(pretty).parse()
print("round trip equal:", back == doc, "compact equal:", Parser(compact).parse() == doc)
print(dumps([1, [2, [3, [4]]]], indent=1))
print(Parser(' { "a" : [ 1 , -2.5e3 , "x\\u0041y" ] , "b" : { } } ').parse())
for bad in ['{"a" 1}', "[1, 2", '"open', "[1,]", "{1: 2}", "tru", "[1] 2", '"bad \\q"', "-"]:
    try:
        print(Parser(bad).parse())
    except ParseError as e:
        print(f"{bad!r:>12} -> {e} (pos {e.pos})")
for bad in [{1: "x"}, float("nan"), {1, 2}]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
