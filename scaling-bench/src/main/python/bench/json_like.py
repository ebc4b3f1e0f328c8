"""Hand-written JSON-like serializer and parser.

Exercises building nested dicts/lists of mixed types, isinstance()
dispatch, recursive serialization with string escaping, repr() of floats,
str.join over generators, and a recursive-descent parser working on string
indices (character comparisons, slicing, int()/float() conversion).
Documents are round-tripped and compared for equality.
"""

import sys

SIZE = 5000

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r"}


def make_document(i):
    tags = [f"tag{(i * k) % 13}" for k in range(i % 5)]
    return {
        "id": i,
        "name": f'item "{i}"\tline\n{"x" * (i % 4)}',
        "price": round(i * 1.37 + 0.01, 2),
        "ratio": i / 7.0,
        "active": i % 3 == 0,
        "parent": None if i % 4 == 0 else i // 4,
        "tags": tags,
        "dims": {"w": i % 11, "h": (i * 3) % 17, "scale": [0.5, -1.25e-3, 1e21 + i]},
        "history": [{"step": s, "delta": -s * 0.25} for s in range(i % 6)],
    }


def escape(s):
    return '"' + "".join(ESCAPES.get(ch, ch) for ch in s) + '"'


def dumps(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, list):
        return "[" + ",".join(dumps(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"{escape(k)}:{dumps(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot serialize {type(value).__name__}")


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        return ValueError(f"{msg} at {self.pos}")

    def parse(self):
        value = self.value()
        if self.pos != len(self.text):
            raise self.error("trailing data")
        return value

    def value(self):
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        for word, result in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            key = self.string()
            if self.text[self.pos] != ":":
                raise self.error("expected ':'")
            self.pos += 1
            result[key] = self.value()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise self.error("expected ',' or '}'")

    def array(self):
        self.pos += 1
        result = []
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise self.error("expected ',' or ']'")

    def string(self):
        self.pos += 1
        chunks = []
        text = self.text
        while True:
            ch = text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(chunks)
            if ch == "\\":
                chunks.append(UNESCAPES[text[self.pos + 1]])
                self.pos += 2
            else:
                chunks.append(ch)
                self.pos += 1

    def number(self):
        start = self.pos
        text = self.text
        while self.pos < len(text) and text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = text[start:self.pos]
        if not token:
            raise self.error("unexpected character")
        if any(c in token for c in ".eE"):
            return float(token)
        return int(token)


def run(n):
    docs = [make_document(i) for i in range(n)]
    root = {"version": 3, "count": n, "documents": docs, "empty": {}, "none": []}
    text = dumps(root)
    back = Parser(text).parse()
    if back != root:
        raise AssertionError("round trip mismatch")
    again = dumps(back)
    if again != text:
        raise AssertionError("re-serialization differs")
    digest = 0
    for ch in text[::3]:
        digest = (digest * 33 + ord(ch)) % 2147483647
    return f"{len(text)}:{text.count(',')}:{digest}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
