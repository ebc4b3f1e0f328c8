# Program: an interpreter for a tiny Forth-like stack language with user words, conditionals and loops.


class StackError(Exception):
    pass


class Interpreter:
    def __init__(self):
        self.stack = []
        self.output = []
        self.words = {}
        self.variables = {}
        self.builtins = {
            "+": self.binary(lambda a, b: a + b),
            "-": self.binary(lambda a, b: a - b),
            "*": self.binary(lambda a, b: a * b),
            "/": self.binary(self.divide),
            "mod": self.binary(lambda a, b: a % b),
            "=": self.binary(lambda a, b: -1 if a == b else 0),
            "<": self.binary(lambda a, b: -1 if a < b else 0),
            ">": self.binary(lambda a, b: -1 if a > b else 0),
            "dup": lambda: self.push(self.peek()),
            "drop": lambda: self.pop(),
            "swap": self.swap,
            "over": lambda: self.push(self.stack[-2] if len(self.stack) > 1 else self.underflow("over")),
            "rot": self.rot,
            ".": lambda: self.output.append(str(self.pop())),
            "emit": lambda: self.output.append(chr(self.pop())),
            "cr": lambda: self.output.append("\n"),
            ".s": lambda: self.output.append("<" + str(len(self.stack)) + "> " + " ".join(map(str, self.stack))),
            "!": self.store,
            "@": lambda: self.push(self.variables[self.pop()]),
        }

    @staticmethod
    def divide(a, b):
        if b == 0:
            raise StackError("division by zero")
        q = abs(a) // abs(b)
        return q if (a < 0) == (b < 0) else -q

    def binary(self, fn):
        def op():
            b = self.pop()
            a = self.pop()
            self.push(fn(a, b))
        return op

    def underflow(self, word):
        raise StackError(f"stack underflow in {word!r}")

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            self.underflow("pop")
        return self.stack.pop()

    def peek(self):
        if not self.stack:
            self.underflow("peek")
        return self.stack[-1]

    def swap(self):
        b, a = self.pop(), self.pop()
        self.push(b)
        self.push(a)

    def rot(self):
        c, b, a = self.pop(), self.pop(), self.pop()
        self.push(b)
        self.push(c)
        self.push(a)

    def store(self):
        name = self.pop()
        self.variables[name] = self.pop()

    @staticmethod
    def tokenize(src):
        tokens = []
        in_comment = False
        for tok in src.split():
            if tok == "(":
                in_comment = True
            elif tok == ")" and in_comment:
                in_comment = False
            elif not in_comment:
                tokens.append(tok.lower())
        return tokens

    def compile_block(self, tokens, i, terminators):
        block = []
        while i < len(tokens):
            tok = tokens[i]
            if tok in terminators:
                return block, i, tok
            if tok == "if":
                then_part, i, end = self.compile_block(tokens, i + 1, ("else", "then"))
                else_part = []
                if end == "else":
                    else_part, i, end = self.compile_block(tokens, i + 1, ("then",))
                block.append(("if", then_part, else_part))
            elif tok == "do":
                body, i, _ = self.compile_block(tokens, i + 1, ("loop",))
                block.append(("do", body))
            elif tok == "begin":
                body, i, _ = self.compile_block(tokens, i + 1, ("until",))
                block.append(("begin", body))
            elif tok == "variable":
                i += 1
                block.append(("var", tokens[i]))
            else:
                block.append(tok)
            i += 1
        if terminators:
            raise StackError(f"missing {' or '.join(terminators)}")
        return block, i, None

    def execute(self, block, loop_index=None):
        for item in block:
            if isinstance(item, tuple):
                kind = item[0]
                if kind == "if":
                    self.execute(item[1] if self.pop() != 0 else item[2], loop_index)
                elif kind == "do":
                    start, limit = self.pop(), self.pop()
                    for idx in range(start, limit):
                        self.execute(item[1], idx)
                elif kind == "begin":
                    while True:
                        self.execute(item[1], loop_index)
                        if self.pop() != 0:
                            break
                elif kind == "var":
                    self.variables[item[1]] = 0
                    self.words[item[1]] = [("lit", item[1])]
                elif kind == "lit":
                    self.push(item[1])
            elif item == "i":
                if loop_index is None:
                    raise StackError("'i' outside of loop")
                self.push(loop_index)
            elif item in self.words:
                self.execute(self.words[item], loop_index)
            elif item in self.builtins:
                self.builtins[item]()
            else:
                try:
                    self.push(int(item))
                except ValueError:
                    raise StackError(f"unknown word {item!r}") from None

    def run(self, src):
        tokens = self.tokenize(src)
        main = []
        i = 0
        while i < len(tokens):
            if tokens[i] == ":":
                name = tokens[i + 1]
                body, i, _ = self.compile_block(tokens, i + 2, (";",))
                self.words[name] = body
                i += 1
            else:
                j = i
                while j < len(tokens) and tokens[j] != ":":
                    j += 1
                block, _, _ = self.compile_block(tokens[i:j], 0, ())
                main.extend(block)
                i = j
        self.output = []
        self.execute(main)
        return "".join(o if o in ("\n",) or len(o) == 1 and not o.isdigit() else o + " " for o in self.output)


programs = [
    "2 3 + 4 * .",
    "10 3 - . 7 2 / . -7 2 / . 7 -2 mod .",
    ": square dup * ; : cube dup square * ; 5 square . 3 cube .",
    ": fact dup 1 > if dup 1 - fact * then ; 10 fact . 20 fact .",
    ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 9 sign .",
    "10 0 do i . loop",
    ": stars 0 do 42 emit loop ; 5 stars cr 3 stars",
    "1 2 3 rot .s",
    "1 2 over .s swap .s",
    "( comment ) 6 begin dup . 1 - dup 0 = until drop",
    "variable x 42 x ! x @ 1 + x ! x @ .",
    ": fib 0 1 rot 0 do over over + rot drop loop drop ; 30 fib . 90 fib .",
    ": gcd begin swap over mod dup 0 = until drop ; 1071 462 gcd .",
    "72 emit 105 emit 33 emit",
    "1 0 /",
    "drop",
    "1 2 frobnicate",
    ": broken 1 if 2 ;",
    "i",
]
interp = Interpreter()
for src in programs:
    interp.stack.clear()
    try:
        out = interp.run(src)
        print(f"{src!r}\n  => {out.strip()!r} stack={interp.stack}")
    except StackError as e:
        print(f"{src!r}\n  !! {e}")
print("defined words:", sorted(interp.words))
