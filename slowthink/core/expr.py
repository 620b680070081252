"""A small, bounded arithmetic grammar: parse untrusted text, evaluate it exactly.

Everything that reads an expression goes through here: arithmetic problems, a
model's Countdown answer, the equations a trace writes down. Nothing is ever handed
to `eval`, `sympify` or `parse_expr`; the grammar is

    expr  := term (("+" | "-") term)*
    term  := unary (("*" | "/" | "mod") unary)*
    unary := "-" unary | power                     (when unary minus is allowed)
    power := atom ("^" unary)?                     (when powers are allowed)
    atom  := NUMBER | "(" expr ")"

with the spellings people use (× x · ÷ − –, [ ] for parentheses, ** for ^, and the full-width and other
spellings `core.spelling` reads as these, the one table every answer reader shares) and hard
bounds on length, nesting depth, number size and exponent, so no input can make the
process hang or exhaust memory. Values are `fractions.Fraction`, never floats.
Implicit multiplication ("2(3 + 4)", "(7 − 1)(4)") only where `Rules.implicit_times` asks for
it, and only with nothing between the number and the bracket (or, for a lone answer, with
spaces too: `Rules.spaced_implicit_times`). What it leaves out: variables,
functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Union

from slowthink.core.spelling import BRACKETS, CLOSES, SIGNS, SPACES


class ExprError(ValueError):
    """The text is not an expression this grammar accepts, or it cannot be evaluated."""


@dataclass(frozen=True)
class Rules:
    """What a caller accepts; the defaults suit trusted-but-bounded maths text."""

    max_length: int = 2000  # characters of input
    max_depth: int = 40  # nested parentheses / unary signs
    max_digits: int = 200  # digits in one number literal
    max_tokens: int = 1000
    max_exponent: int = 64  # |exponent| for ^
    max_result_bits: int = 20000  # numerator or denominator size while evaluating
    allow_unary_minus: bool = True
    allow_power: bool = False
    allow_decimals: bool = True
    allow_mod: bool = False
    allow_x_times: bool = False  # read a lone "x" as multiplication (Countdown answers)
    implicit_times: bool = False  # "2(3 + 4)", "(7 − 1)(4)", "(3 + 4)2": a bracket against a number or bracket
    # multiplies; with a space between ("Step 2 (3 + 4)") it does not
    spaced_implicit_times: bool = False  # and with spaces too, "4 (7 − 1)": for a lone answer, where no prose can be
    fraction_literals: bool = False  # read a tight "3/4" as one number (arithmetic problems), but not right
    # after a tight "/": "1/2/3" divides twice
    allow_braces: bool = False  # "{4 × [7 − (8 ÷ 8)]}": braces as a third kind of bracket, as school maths nests
    # them (Countdown answers; elsewhere a brace is LaTeX's or a set's, not a bracket)


DEFAULT_RULES = Rules()
# arithmetic problems: "3/4" written tight is one fraction, "12 / 4" is a division; "23 x 68" is a product, as
# people write one (a problem holds no letters that x could be mistaken for)
ARITHMETIC_RULES = Rules(fraction_literals=True, allow_decimals=False, allow_x_times=True)


@dataclass(frozen=True)
class Num:
    value: Fraction


@dataclass(frozen=True)
class WrittenFraction(Num):
    """A tight fraction literal that its value would not print as: "6/8" (3/4), "7128/18" (396), "4/1" (4).
    The numbers written are kept, so the problem is shown, and worked, as it was written: "7128/18" is the
    division 7128 ÷ 18, not the number 396 given. `value` is the exact value, as for any `Num`."""

    top: int
    bottom: int


@dataclass(frozen=True)
class Neg:
    operand: "Node"


@dataclass(frozen=True)
class BinOp:
    op: str  # one of + - * / ^ mod
    left: "Node"
    right: "Node"


Node = Union[Num, Neg, BinOp]
Token = Union[str, Fraction, WrittenFraction]  # an operator or bracket, a number, a fraction as written

# the grammar's signs: the plain ones, the signs traces write (− × · ÷), and every other spelling of them that
# `core.spelling` reads as one ("－", "∗", "⁄", "＊"), so a character means the same here as in any answer
_TOKENS = {"+": "+", "-": "-", "\u2212": "-", "*": "*", "\u00d7": "*", "\u00b7": "*", "/": "/", "\u00f7": "/", "^": "^"}
_OP_SPELLINGS = {**_TOKENS, **BRACKETS,
                 **{ch: _TOKENS[plain] for ch, plain in SIGNS.items() if plain in _TOKENS}}
_CLOSES = CLOSES
_OPENERS = set(_CLOSES.values())
# the grammar's tokens for the plain spellings, one token at a time: what the fast paths that skip `tokenize`
# for plain text (an answer, a written-out solution) map their tokens by
SIMPLE_TOKENS = {"+": "+", "-": "-", "\u2212": "-", "\u2013": "-", "*": "*", "\u00d7": "*", "x": "*", "X": "*", "/": "/",
                 "\u00f7": "/", "(": "(", "[": "(", ")": ")", "]": ")"}
_OTHER_BRACKETS = (_OPENERS | set(_CLOSES)) - {"(", ")"}
_CLOSES_WITH_BRACES = {**_CLOSES, "}": "{"}
_OP_SPELLINGS_WITH_BRACES = {**_OP_SPELLINGS, "{": "(", "}": ")"}
_SPACES = SPACES
_X_TIMES = "xX" + "".join(ch for ch, plain in SIGNS.items() if plain in ("x", "X"))  # "ｘ" too
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_FRACTION_RE = re.compile(r"(\d+)/(\d+)(?![\d.])")
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])")


def check_bracket_kinds(text: str, braces: bool = False) -> None:
    """ExprError if a bracket is closed by another kind: "(4]" is junk, not 4, and with `braces`, "{4)" too.
    (Whether they balance is the parser's to say.) Text with one kind of bracket needs no look."""
    if not any(kind in text for kind in _OTHER_BRACKETS) and not (braces and ("{" in text or "}" in text)):
        return
    closes = _CLOSES_WITH_BRACES if braces else _CLOSES
    opened: list[str] = []
    for i, ch in enumerate(text):
        if ch in _OPENERS or braces and ch == "{":
            opened.append(ch)
        elif ch in closes and opened:
            if opened[-1] != closes[ch]:
                raise ExprError(f"a {opened[-1]!r} is closed by {ch!r} at position {i}")
            opened.pop()


def _beside_a_power(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an exponent ("^ 6/2", "**6/2") or a base ("4/3 ^2"), spaces aside."""
    before = text[max(0, start - 8):start].rstrip(_SPACES)
    after = text[end:end + 8].lstrip(_SPACES)
    return before.endswith(("^", "**")) or after.startswith(("^", "**"))


def tokenize(text: str, rules: Rules = DEFAULT_RULES) -> list[Token]:
    """Split text into operator strings and Fraction literals (a `WrittenFraction` for a tight fraction
    literal that keeps its written numbers), or raise ExprError."""
    if not isinstance(text, str):
        raise ExprError(f"expected text, got {type(text).__name__}")
    if len(text) > rules.max_length:
        raise ExprError(f"too long: {len(text)} characters (limit {rules.max_length})")
    check_bracket_kinds(text, rules.allow_braces)
    spellings = _OP_SPELLINGS_WITH_BRACES if rules.allow_braces else _OP_SPELLINGS
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _SPACES:
            i += 1
            continue
        if rules.fraction_literals and ch.isdigit() and not (i and text[i - 1] == "/") and \
                (m := _FRACTION_RE.match(text, i)) and not _beside_a_power(text, i, m.end()):
            # a tight chain divides: (1+2)/3/4 is 1/4; "6 ÷ 3/4" is 8; a power binds tighter than a
            # tight fraction: "10^6/2" is 10^6 ÷ 2, "3/4^2" is 3 ÷ 4^2
            top, bottom = m.groups()
            if len(top) > rules.max_digits or len(bottom) > rules.max_digits:
                raise ExprError(f"number too long: more than {rules.max_digits} digits")
            top, bottom = int(top), int(bottom)
            if bottom == 0:
                raise ExprError(f"the fraction {m.group()} has a zero denominator")
            value = Fraction(top, bottom)
            # as written when that is not how the value prints: lowest terms, and a whole number without "/1"
            tokens.append(value if value.denominator == bottom != 1 else WrittenFraction(value, top, bottom))
            i = m.end()
        elif ch.isdigit() or ch == ".":
            if rules.implicit_times and i and spellings.get(text[i - 1]) == ")" or \
                    rules.spaced_implicit_times and tokens and tokens[-1] == ")":
                tokens.append("*")
            m = _GROUPED_RE.match(text, i)
            if m:
                digits = m.group().replace(",", "")
                i = m.end()
            else:
                m = _NUMBER_RE.match(text, i)
                if not m:
                    raise ExprError(f"unexpected {ch!r} at position {i}")
                digits = m.group()
                i = m.end()
            if "." in digits and not rules.allow_decimals:
                raise ExprError(f"decimal numbers are not allowed ({digits!r})")
            if len(digits.replace(".", "")) > rules.max_digits:
                raise ExprError(f"number too long: more than {rules.max_digits} digits")
            tokens.append(Fraction(int(digits)) if digits.isdigit() else Fraction(digits))
        elif text.startswith("**", i):
            tokens.append("^")
            i += 2
        elif ch in spellings:
            if spellings[ch] == "(" and (
                    rules.implicit_times and i and (text[i - 1].isdigit() or spellings.get(text[i - 1]) == ")") or
                    rules.spaced_implicit_times and tokens and (tokens[-1] == ")" or type(tokens[-1]) is not str)):
                tokens.append("*")
            tokens.append(spellings[ch])
            i += 1
        elif rules.allow_x_times and ch in _X_TIMES:
            tokens.append("*")
            i += 1
        elif rules.allow_mod and text.startswith("mod", i):
            tokens.append("mod")
            i += 3
        else:
            raise ExprError(f"unexpected {ch!r} at position {i}")
        if len(tokens) > rules.max_tokens:
            raise ExprError(f"too many tokens (limit {rules.max_tokens})")
    return tokens


class _Parser:
    def __init__(self, tokens: list[Token], rules: Rules):
        self.tokens = tokens
        self.n = len(tokens)
        self.rules = rules
        self.pos = 0
        self.depth = 0

    def peek(self) -> Token | None:
        pos = self.pos
        return self.tokens[pos] if pos < self.n else None

    def peek_op(self) -> str | None:
        """The next token if it is an operator or bracket (numbers never compare equal to one)."""
        pos = self.pos
        tok = self.tokens[pos] if pos < self.n else None
        return tok if type(tok) is str else None  # avoids Fraction.__eq__ against strings on the hot path

    def take(self) -> Token | None:
        tok = self.peek()
        self.pos += 1
        return tok

    def enter(self) -> None:
        self.depth += 1
        if self.depth > self.rules.max_depth:
            raise ExprError(f"nested too deeply (limit {self.rules.max_depth})")

    def expr(self) -> Node:
        node = self.term()
        while self.peek_op() in ("+", "-"):
            op = self.take()
            node = BinOp(op, node, self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while self.peek_op() in ("*", "/", "mod"):
            op = self.take()
            node = BinOp(op, node, self.unary())
        return node

    def unary(self) -> Node:
        op = self.peek_op()
        if op == "-":
            if not self.rules.allow_unary_minus:
                raise ExprError("a leading minus sign (negative number) is not allowed")
            self.take()
            self.enter()
            node = Neg(self.unary())
            self.depth -= 1
            return node
        if op == "+":
            raise ExprError("a leading plus sign is not allowed")
        return self.power()

    def power(self) -> Node:
        base = self.atom()
        if self.peek_op() == "^":
            if not self.rules.allow_power:
                raise ExprError("powers (^) are not allowed")
            self.take()
            self.enter()
            exponent = self.unary()
            self.depth -= 1
            return BinOp("^", base, exponent)
        return base

    def atom(self) -> Node:
        tok = self.take()
        if type(tok) is Fraction:  # exact type test: isinstance on numbers ABCs is slow here
            return Num(tok)
        if type(tok) is WrittenFraction:
            return tok
        if tok == "(":
            self.enter()
            node = self.expr()
            if self.take() != ")":
                raise ExprError("unbalanced parentheses: missing ')'")
            self.depth -= 1
            return node
        if tok is None:
            raise ExprError("expression ends too early")
        raise ExprError(f"expected a number or '(', found {tok!r}")


def parse(text: str, rules: Rules = DEFAULT_RULES) -> Node:
    """Parse text into a tree, or raise ExprError saying what is wrong."""
    return parse_tokens(tokenize(text, rules), rules)


def parse_tokens(tokens: list[Token], rules: Rules = DEFAULT_RULES) -> Node:
    if not tokens:
        raise ExprError("empty expression")
    parser = _Parser(tokens, rules)
    node = parser.expr()
    if parser.pos != len(tokens):
        tok = tokens[parser.pos]
        if tok == ")":
            raise ExprError("unbalanced parentheses: unexpected ')'")
        shown = repr(tok) if type(tok) is str else format_value(tok) if type(tok) is Fraction else \
            f"{tok.top}/{tok.bottom}"
        raise ExprError(f"unexpected {shown} after a complete expression")
    return node


def evaluate(node: Node, rules: Rules = DEFAULT_RULES) -> Fraction:
    """Exact value of a tree; raises ExprError on division by zero or runaway size."""
    kind = type(node)
    if kind is Num or kind is WrittenFraction:
        return node.value
    if kind is Neg:
        return -evaluate(node.operand, rules)
    left = evaluate(node.left, rules)
    right = evaluate(node.right, rules)
    if node.op == "+":
        result = left + right
    elif node.op == "-":
        result = left - right
    elif node.op == "*":
        result = left * right
    elif node.op == "/":
        if right == 0:
            raise ExprError("division by zero")
        result = left / right
    elif node.op == "mod":
        if right == 0:
            raise ExprError("modulo by zero")
        result = left - right * (left // right)
    else:  # "^"
        if right.denominator != 1:
            raise ExprError("only whole-number exponents are allowed")
        if abs(right.numerator) > rules.max_exponent:
            raise ExprError(f"exponent too large (limit {rules.max_exponent})")
        if left == 0 and right < 0:
            raise ExprError("division by zero")
        bits = max(left.numerator.bit_length(), left.denominator.bit_length())
        if bits * abs(right.numerator) > rules.max_result_bits:
            raise ExprError("number too large")
        result = left ** right.numerator
    if max(result.numerator.bit_length(), result.denominator.bit_length()) > rules.max_result_bits:
        raise ExprError("number too large")
    return result


def value_of(text: str, rules: Rules = DEFAULT_RULES) -> Fraction:
    """Parse and evaluate in one call."""
    return evaluate(parse(text, rules), rules)


def numbers_used(node: Node) -> list[Fraction]:
    """The literals of a tree, left to right (Countdown checks them as a multiset)."""
    if isinstance(node, Num):
        return [node.value]
    if isinstance(node, Neg):
        return numbers_used(node.operand)
    return numbers_used(node.left) + numbers_used(node.right)


# ---------------------------------------------------------------- formatting

_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "mod": 2, "^": 4}
# how an operation is written in a trace (the writers use these too: "3 × 4", "7 − 2")
SIGNS = {"+": "+", "-": "\u2212", "*": "\u00d7", "/": "\u00f7", "mod": "mod", "^": "^"}
_ASCII = {"+": "+", "-": "-", "*": "*", "/": "/", "mod": "mod", "^": "^"}


def format_value(value: Fraction | int, unicode: bool = True) -> str:
    """An exact value as people write it: 12, −7, 3/4 (never a decimal)."""
    kind = type(value)
    if kind is not int and kind is not Fraction:  # ints and Fractions, the usual values, are read as they are
        value, kind = Fraction(value), Fraction
    top, bottom = (value, 1) if kind is int else (value.numerator, value.denominator)
    sign = ("\u2212" if unicode else "-") if top < 0 else ""
    top = -top if top < 0 else top
    return f"{sign}{top}" if bottom == 1 else f"{sign}{top}/{bottom}"


def _leaf_precedence(value: Fraction) -> int:
    if value < 0:
        return 3
    return 5 if value.denominator == 1 else 2


def to_text(node: Node, unicode: bool = True) -> str:
    """Render a tree with the fewest parentheses that keep its meaning (and read easily)."""
    text, _ = _render(node, unicode, leftmost=True)
    return text


def _render(node: Node, unicode: bool, leftmost: bool) -> tuple[str, int]:
    if isinstance(node, WrittenFraction):
        return f"{node.top}/{node.bottom}", 2
    if isinstance(node, Num):
        return format_value(node.value, unicode), _leaf_precedence(node.value)
    if isinstance(node, Neg):
        inner, prec = _render(node.operand, unicode, leftmost=False)
        if isinstance(node.operand, (BinOp, Neg)):
            inner = f"({inner})"
        return ("\u2212" if unicode else "-") + inner, 3
    symbols = SIGNS if unicode else _ASCII
    prec = _PRECEDENCE[node.op]
    left, lp = _render(node.left, unicode, leftmost)
    right, rp = _render(node.right, unicode, leftmost=False)
    # a signed number anywhere but at the very start gets brackets: "3 − (−4)", not "3 − −4"
    if lp < prec or (node.op == "^" and lp <= prec) or (prec == 2 and _is_fraction_leaf(node.left)) or (
            lp == 3 and not leftmost):
        left = f"({left})"
    # the right operand of − and ÷ needs brackets at equal precedence: a − (b − c)
    needs = prec + 1 if node.op in ("-", "/", "mod") else prec
    if rp < needs or rp == 3 or (prec == 2 and _is_fraction_leaf(node.right)):
        right = f"({right})"
    return f"{left} {symbols[node.op]} {right}", prec


def _is_fraction_leaf(node: Node) -> bool:
    # "(3/4) × (6/5)" reads unambiguously; "3/4 × 6/5" makes the reader think about precedence
    return isinstance(node, WrittenFraction) or isinstance(node, Num) and node.value.denominator != 1


def leaf(value: Fraction | int) -> Num:
    """A tree leaf holding an exact value (fractions render as p/q)."""
    return Num(Fraction(value))


# ---------------------------------------------------------------- reading operands

def literal_value(node: Node) -> Fraction | None:
    """The value of a signed number literal (5, -5, 3/4 as a fraction literal), else None."""
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Neg):
        inner = literal_value(node.operand)
        return None if inner is None else -inner
    return None


def written_parts(node: Node) -> tuple[int, int] | None:
    """(top, bottom) of a signed number literal as the text wrote it, else None: "−7128/18" is (−7128, 18),
    "6/8" (6, 8), "3/4" (3, 4), "5" (5, 1). A tight "p/q" read as one division divides these."""
    if isinstance(node, WrittenFraction):
        return node.top, node.bottom
    if isinstance(node, Num):
        return node.value.numerator, node.value.denominator
    if isinstance(node, Neg):
        inner = written_parts(node.operand)
        return None if inner is None else (-inner[0], inner[1])
    return None


def chain_operands(node: Node, op: str) -> list[Fraction] | None:
    """[a, b, c] for a left-leaning chain a op b op c of literals, else None."""
    operands: list[Fraction] = []
    while isinstance(node, BinOp) and node.op == op:
        right = literal_value(node.right)
        if right is None:
            return None
        operands.append(right)
        node = node.left
    first = literal_value(node)
    if first is None or not operands:
        return None
    operands.append(first)
    return operands[::-1]
