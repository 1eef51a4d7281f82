# description: program - an exact-arithmetic expression calculator with a re tokenizer, enum token kinds, a recursive-descent parser and Fraction
# features: [re, enum, fractions, dataclasses]
# expect: output

import re
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

class Kind(Enum):
    NUM = r"\d+(?:\.\d+)?"
    NAME = r"[a-zA-Z_]\w*"
    OP = r"\*\*|[-+*/%()=,]"
    WS = r"\s+"
    BAD = r"."

TOKEN = re.compile("|".join(f"(?P<{k.name}>{k.value})" for k in Kind))

@dataclass(frozen=True)
class Tok:
    kind: Kind
    text: str
    pos: int

def tokenize(src):
    for m in TOKEN.finditer(src):
        kind = Kind[m.lastgroup]
        if kind is Kind.WS:
            continue
        if kind is Kind.BAD:
            raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        yield Tok(kind, m.group(), m.start())

class Parser:
    FUNCS = {"min": min, "max": max, "abs": abs}
    def __init__(self, src, env):
        self.toks = list(tokenize(src))
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i].text if self.i < len(self.toks) else None
    def take(self, expected=None):
        tok = self.toks[self.i] if self.i < len(self.toks) else None
        if tok is None or (expected and tok.text != expected):
            raise SyntaxError(f"expected {expected or 'token'} at end" if tok is None else f"expected {expected!r} at {tok.pos}")
        self.i += 1
        return tok
    def statement(self):
        if len(self.toks) > 1 and self.toks[0].kind is Kind.NAME and self.toks[1].text == "=":
            name = self.take().text
            self.take("=")
            self.env[name] = self.expr()
            return name, self.env[name]
        return None, self.expr()
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take().text == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take().text
            rhs = self.factor()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def factor(self):
        if self.peek() == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == "**":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        tok = self.take()
        if tok.kind is Kind.NUM:
            return Fraction(tok.text)
        if tok.kind is Kind.NAME:
            if self.peek() == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek() == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[tok.text](*args)
            return self.env[tok.text]
        if tok.text == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected {tok.text!r} at {tok.pos}")

env = {}
for line in ["1/3 + 1/6", "x = 2 ** 10 - 24", "x / 7", "-2 ** 2", "y = 0.1 + 0.2", "y == 3/10",
             "max(1/2, 2/3, 0.6) * 3", "(1 + 2", "5 / (x - 1000)", "undefined + 1", "3 $ 4", "7 % 4 + abs(-1/2)"]:
    try:
        name, value = Parser(line, env).statement()
        shown = f"{value} (= {float(value):.6g})" if value.denominator != 1 else str(value)
        print(f"{line:26} -> {name + ' = ' if name else ''}{shown}")
    except (SyntaxError, ZeroDivisionError, KeyError) as e:
        print(f"{line:26} !! {type(e).__name__}: {e}")
print("env:", {k: str(v) for k, v in sorted(env.items())})
