# Program: tokenizer generator + recursive-descent parser + evaluator for a small expression language.


class CalcError(Exception):
    pass


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < n and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            if text.count(".") > 1:
                raise CalcError(f"bad number {text!r} at {start}")
            yield Token("num", text, start)
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            yield Token("name", src[start:i], start)
        elif src.startswith("**", i):
            yield Token("op", "**", i)
            i += 2
        elif ch in "+-*/%(),=":
            yield Token("op", ch, i)
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    yield Token("end", "", n)


class Parser:
    """Grammar:
    stmt   := name '=' expr | expr
    expr   := term (('+'|'-') term)*
    term   := unary (('*'|'/'|'%') unary)*
    unary  := '-' unary | power
    power  := atom ('**' unary)?
    atom   := num | name | name '(' args ')' | '(' expr ')'
    """

    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        tok = self.next()
        if tok.text != text:
            raise CalcError(f"expected {text!r} but found {tok.text or 'end'!r} at {tok.pos}")
        return tok

    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.i + 1].text == "=":
            name = self.next().text
            self.next()
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        if self.peek().kind != "end":
            raise CalcError(f"trailing input at {self.peek().pos}")
        return node

    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.next().text
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.next().text
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek().text == "-":
            self.next()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.next()
            return ("**", base, self.unary())
        return base

    def atom(self):
        tok = self.next()
        if tok.kind == "num":
            return ("num", float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.next()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                return ("call", tok.text, args)
            return ("var", tok.text)
        if tok.text == "(":
            node = self.expr()
            self.expect(")")
            return node
        raise CalcError(f"unexpected {tok.text or 'end'!r} at {tok.pos}")


class Calculator:
    def __init__(self):
        self.env = {"answer": 42}
        self.functions = {
            "max": max,
            "min": min,
            "abs": abs,
            "sqr": lambda x: x * x,
            "sum": lambda *xs: sum(xs),
        }
        binary = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: a / b,
            "%": lambda a, b: a % b,
            "**": lambda a, b: a ** b,
        }
        self.binary = binary

    def evaluate(self, node):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "var":
            try:
                return self.env[node[1]]
            except KeyError:
                raise CalcError(f"undefined variable {node[1]!r}") from None
        if kind == "neg":
            return -self.evaluate(node[1])
        if kind == "assign":
            value = self.evaluate(node[2])
            self.env[node[1]] = value
            return value
        if kind == "call":
            fn = self.functions.get(node[1])
            if fn is None:
                raise CalcError(f"unknown function {node[1]!r}")
            return fn(*[self.evaluate(a) for a in node[2]])
        left = self.evaluate(node[1])
        right = self.evaluate(node[2])
        try:
            return self.binary[kind](left, right)
        except ZeroDivisionError as e:
            raise CalcError(f"math error: {e}") from e

    def run(self, line):
        return self.evaluate(Parser(line).statement())


def show_tree(node, depth=0):
    pad = "  " * depth
    if node[0] in ("num", "var"):
        return [pad + f"{node[0]} {node[1]}"]
    if node[0] == "call":
        lines = [pad + f"call {node[1]}"]
        for a in node[2]:
            lines.extend(show_tree(a, depth + 1))
        return lines
    if node[0] == "assign":
        return [pad + f"assign {node[1]}"] + show_tree(node[2], depth + 1)
    lines = [pad + node[0]]
    for child in node[1:]:
        lines.extend(show_tree(child, depth + 1))
    return lines


calc = Calculator()
print(list(tokenize("x = 2 ** -3 + max(1, 2)")))
print("\n".join(show_tree(Parser("1 + 2 * -(3 - x) ** 2").statement())))
programs = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 4", "-7 % 3",
    "x = 5", "y = x * 2 + 1", "x * y", "answer / 2", "max(x, y, 3) - min(4, 2)",
    "sqr(sqr(3))", "sum(1, 2, 3, 4.5)", "abs(-3.25) * 2", "1.5 + .5", "2 ** 100",
    "1 / 0", "nope + 1", "foo(1)", "1 +", "(1 + 2", "3 $ 4", "1.2.3", "1 2",
]
for line in programs:
    try:
        print(f"{line:<26} => {calc.run(line)!r}")
    except CalcError as e:
        print(f"{line:<26} !! {e}" + (f" (cause: {type(e.__cause__).__name__})" if e.__cause__ else ""))
print(sorted(calc.env.items()))
