"""An independent, deliberately simple equation checker: how a peer would read our traces.

slowthink's own verifier (slowthink.core.claims) knows our notation: "mod", "(the last 1 is
the carry)", letters as positions, words that say a value. Someone checking the corpus with
their own tool will not. This module is that tool, written the plain way a peer would write
it, and it imports nothing from slowthink:

- in each line, take every maximal run of numbers (integers, decimals, p/q), operators
  (+ - − × * ÷ / ^), parentheses, spaces and "=" signs; anything else (letters, commas,
  colons, semicolons, arrows, "mod", "<", "|") ends a run;
- drop operators and brackets dangling at the ends of a run ("= 11 (the carry)" → "= 11");
- split the run at "=": a side left empty (a letter stood there: "o = 15", "= 13 = m") is
  skipped; every other side is evaluated exactly with Fraction by a small recursive-descent
  parser (no eval); a side it cannot read is skipped too, but counted;
- each pair of neighbouring sides that were both read must be equal, or the run is false.

So "(18 − 1 × 5) mod 26 = 13" reads as "26 = 13", false: exactly the misreading a careful
trace should not invite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

_RUN = re.compile(r"(?:\d+(?:\.\d+)?|[ \t+\-−×*÷/^()=])+")
_TOKEN = re.compile(r"\s*(\d+(?:\.\d+)?|[+\-−×*÷/^()])")
_LEAD = " \t+×*÷/^)="  # cannot start an expression (a leading minus can: "−5 + 2 = −3")
_TRAIL = " \t+-−×*÷/^(="  # cannot end one
MAX_DIGITS = 200


class Unreadable(ValueError):
    pass


def tokens(text: str) -> list[str]:
    out, at = [], 0
    text = text.rstrip()
    while at < len(text):
        m = _TOKEN.match(text, at)
        if m is None:
            raise Unreadable(f"unexpected {text[at:]!r}")
        out.append(m.group(1))
        at = m.end()
    return out


class _Parser:
    """expr := term (("+"|"-") term)* ; term := unary (("×"|"÷") unary)* ;
    unary := ("-"|"+") unary | power ; power := atom ("^" unary)? ; atom := number | "(" expr ")"."""

    def __init__(self, toks: list[str]):
        self.toks, self.at = toks, 0

    def peek(self) -> str | None:
        return self.toks[self.at] if self.at < len(self.toks) else None

    def take(self) -> str:
        tok = self.peek()
        if tok is None:
            raise Unreadable("ends too soon")
        self.at += 1
        return tok

    def parse(self) -> Fraction:
        value = self.expr()
        if self.peek() is not None:
            raise Unreadable(f"left over: {self.toks[self.at:]}")
        return value

    def expr(self) -> Fraction:
        value = self.term()
        while self.peek() in ("+", "-", "−"):
            op = self.take()
            right = self.term()
            value = value + right if op == "+" else value - right
        return value

    def term(self) -> Fraction:
        value = self.unary()
        while self.peek() in ("×", "*", "÷", "/"):
            op = self.take()
            right = self.unary()
            if op in ("×", "*"):
                value = value * right
            elif right == 0:
                raise Unreadable("division by zero")
            else:
                value = value / right
        return value

    def unary(self) -> Fraction:
        if self.peek() in ("-", "−"):
            self.take()
            return -self.unary()
        if self.peek() == "+":
            self.take()
            return self.unary()
        return self.power()

    def power(self) -> Fraction:
        base = self.atom()
        if self.peek() == "^":
            self.take()
            exponent = self.unary()
            if exponent.denominator != 1 or abs(exponent) > 64:
                raise Unreadable("exponent")
            if base == 0 and exponent < 0:
                raise Unreadable("division by zero")
            return base ** int(exponent)
        return base

    def atom(self) -> Fraction:
        tok = self.take()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise Unreadable("unbalanced")
            return value
        if tok[0].isdigit():
            if len(tok) > MAX_DIGITS:
                raise Unreadable("too long")
            return Fraction(tok)
        raise Unreadable(f"unexpected {tok!r}")


def evaluate(text: str) -> Fraction:
    toks = tokens(text)
    if not toks:
        raise Unreadable("empty")
    return _Parser(toks).parse()


@dataclass
class Finding:
    line: str
    run: str
    left: str
    right: str
    left_value: Fraction
    right_value: Fraction

    def __str__(self) -> str:
        return f"{self.left} = {self.right} is false ({self.left_value} ≠ {self.right_value}) in {self.line!r}"


@dataclass
class Report:
    false: list[Finding] = field(default_factory=list)
    checked: int = 0  # neighbouring pairs of sides compared
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (side, line) it skipped


def runs(line: str) -> list[str]:
    """The equation runs of one line, dangling ends trimmed; only those with "=" and a digit."""
    found = []
    for m in _RUN.finditer(line):
        run = m.group().lstrip(_LEAD).rstrip(_TRAIL)  # "x = 24" → "24", "= 13 = m" → "13": no equation left
        if "=" in run and any(ch.isdigit() for ch in run):
            found.append(run)
    return found


def _balanced_trim(side: str) -> str:
    """A side with unmatched brackets at its ends dropped: "11 (" → "11", ") 26" → "26"."""
    side = side.strip()
    while side.endswith("(") or (side.count(")") > side.count("(") and side.endswith(")")):
        side = side[:-1].rstrip()
    while side.startswith(")") or (side.count("(") > side.count(")") and side.startswith("(")):
        side = side[1:].lstrip()
    return side


def check_line(line: str, report: Report | None = None) -> Report:
    report = report if report is not None else Report()
    for run in runs(line):
        sides = [_balanced_trim(s) for s in run.split("=")]
        values: list[Fraction | None] = []
        for side in sides:
            if not side:
                values.append(None)  # a letter (or nothing) stood there: skipped
                continue
            try:
                values.append(evaluate(side))
            except (Unreadable, ZeroDivisionError, OverflowError):
                values.append(None)
                report.unreadable.append((side, line))
        for k in range(len(sides) - 1):
            a, b = values[k], values[k + 1]
            if a is None or b is None:
                continue
            report.checked += 1
            if a != b:
                report.false.append(Finding(line, run, sides[k], sides[k + 1], a, b))
    return report


def check_text(text: str, report: Report | None = None) -> Report:
    report = report if report is not None else Report()
    for line in text.splitlines():
        check_line(line, report)
    return report


# ---------------------------------------------------------------- answers, as a peer checks them
# The same plain reader judges a final answer the way a peer project's scorer does: a Countdown expression by
# its whole numbers and its value, an arithmetic value by the problem's value, a Caesar message by decrypting with
# the shift its example shows. Untrusted text is parsed by the small parser above, never evaluated.

_WHOLE = re.compile(r"\d+")


def countdown_answer_holds(numbers: list[int], target: int, answer: str, subset: bool = False) -> bool:
    """The answer's whole numbers are given ones, each used once (all of them unless `subset`), and its value is
    the target."""
    used = sorted(int(n) for n in _WHOLE.findall(answer))
    left = sorted(numbers)
    for n in used:
        if n not in left:
            return False
        left.remove(n)
    if left and not subset:
        return False
    try:
        return evaluate(answer) == target
    except (Unreadable, ZeroDivisionError, OverflowError):
        return False


def arithmetic_answer_holds(expression: str, answer: str) -> bool:
    """The answer, a whole number or p/q, is the expression's exact value."""
    try:
        return Fraction(answer.replace("−", "-")) == evaluate(expression)
    except (Unreadable, ZeroDivisionError, OverflowError, ValueError):
        return False


def caesar_decrypted(example_cipher: str, example_plain: str, message: str) -> str:
    """The message decrypted with the shift the example's first letter pair shows, case and marks kept."""
    c = next(ch for ch in example_cipher.lower() if ch.isalpha())
    p = next(ch for ch in example_plain.lower() if ch.isalpha())
    shift = (ord(c) - ord(p)) % 26
    out = []
    for ch in message:
        base = "a" if "a" <= ch <= "z" else "A" if "A" <= ch <= "Z" else None
        out.append(chr((ord(ch) - ord(base) - shift) % 26 + ord(base)) if base else ch)
    return "".join(out)
