"""Find the equations written in free text and check each one exactly.

A trace is prose with arithmetic in it ("23 × 8: 20 × 8 = 160 and 3 × 8 = 24, so
23 × 8 = 184."). Rule 3 of the design says every equation written in a trace is
true; this module is how verifiers check that, for slowthink's own traces and for
anyone else's.

A *claim* is a run of numbers, operators and parentheses joined by relations
(=, ≠, <, >, ≤, ≥): "24 = 3 × 8 = 4 × 6" is one claim with three sides, and every
adjacent pair must satisfy its relation. Words, commas, colons and arrows end a run,
so "o = 15" (a letter on the left) is no claim at all. The first side may carry a
stray prefix and the last a stray suffix ("is 12 (4 × 3 = 12, ..."): the longest
parseable tail/head is taken. A run that still cannot be read is reported as
*unreadable*, which slowthink's own traces must never contain.
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache
from dataclasses import dataclass
from fractions import Fraction

from slowthink.core.expr import ExprError, Rules, evaluate, parse_tokens, tokenize
from slowthink.core.extract import plain_latex

CLAIM_RULES = Rules(max_length=4000, max_depth=30, max_digits=120, max_tokens=600,
                    allow_mod=True, allow_power=True, max_exponent=64, allow_x_times=True, implicit_times=True)

_RELATIONS = {"=": "=", "≠": "≠", "<": "<", ">": ">", "≤": "≤", "≥": "≥", "<=": "≤", ">=": "≥", "!=": "≠"}
# a run: numbers, operators, brackets, spaces and relations; "mod" between numbers too, and an x
# standing between two numbers ("6 x 4 = 24"), never one next to a letter ("3x = 12", "x = 5")
_RUN_RE = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?|mod(?![a-z])|<=|>=|!=|\*\*|"
    r"(?:(?<=\d)|(?<=\d )|(?<=\d\t))[xX](?=[ \t]?\d)|[ \t+\-−–×*·÷/()\[\]^=≠<>≤≥])+"
)
# a stretch of text that may hold a run with a relation in it: only characters a run can hold, from
# the start of such a stretch (never its middle: linear, whatever the text) through a relation; runs
# lie inside these stretches, so reading only them finds the same runs as reading everything
_IN_RUN = r"\d,.mod!*xX \t+\-−–×·÷/()\[\]^"  # every character a run may hold, but the relations
_RELATION_STRETCH = re.compile(rf"(?<![{_IN_RUN}=≠<>≤≥])[{_IN_RUN}]*+[=≠<>≤≥][{_IN_RUN}=≠<>≤≥]*")
# a stretch that is all digits, operators, brackets and relations, but for a closing ", " or ". ",
# is exactly one run (no digit grouping, decimal, "mod" or "x" in it to tell apart)
_PLAIN_RUN = re.compile(r"[\d \t+\-−–×*·÷/()\[\]^=≠<>≤≥]+")
_PLAIN_END = re.compile(r"(?:[,.!][ \t]*)?")
_ARROWS_RE = re.compile(r"->|=>|<-|<=>|==")
_MAX_TEXT = 200_000


@dataclass(frozen=True)
class Claim:
    text: str  # the run as written
    ok: bool | None  # True: holds; False: a relation fails; None: unreadable
    reason: str = ""


_COMPARE = {"=": operator.eq, "≠": operator.ne, "<": operator.lt, ">": operator.gt, "≤": operator.le, "≥": operator.ge}


def relation_holds(rel: str, left: Fraction | int, right: Fraction | int) -> bool:
    """left rel right, for any spelling of a relation ("<=" as "≤", "!=" as "≠")."""
    return _COMPARE[_RELATIONS[rel]](left, right)


def _split_relations(run: str) -> tuple[list[str], list[str]]:
    parts = re.split(r"(<=|>=|!=|[=≠<>≤≥])", run)
    sides = [p for p in parts[0::2]]
    rels = [_RELATIONS[p] for p in parts[1::2]]
    return sides, rels


_PLAIN_INTEGER = re.compile(r"\s*(\d{1,30})\s*")
# "120 + 18", "23 × 6 + 2", "156 − 138": whole numbers and operators, no brackets or signs
_FLAT = re.compile(r"\s*\d{1,30}(?:\s*[-+−×*÷/]\s*\d{1,30}){1,8}\s*")
_FLAT_TOKEN = re.compile(r"\d+|[-+−×*÷/]")


def flat_value(text: str) -> Fraction | int:
    """Evaluate a flat expression with × ÷ before + −, exactly (most equation sides look like this)."""
    tokens = _FLAT_TOKEN.findall(text)
    total, term, op = 0, int(tokens[0]), "+"
    for k in range(1, len(tokens), 2):
        sym, num = tokens[k], int(tokens[k + 1])
        if sym in "×*":
            term *= num
        elif sym in "÷/":
            if num == 0:
                raise ExprError("division by zero")
            term = Fraction(term, num) if type(term) is int else term / num
        else:
            total = total + term if op == "+" else total - term
            term, op = num, "+" if sym == "+" else "-"
    total = total + term if op == "+" else total - term
    if type(total) is Fraction and total.denominator == 1:
        total = total.numerator
    return total


def side_value(text: str) -> Fraction | int:
    """The exact value of one side of an equation, or ExprError (plain numbers and flat sides fast)."""
    plain = _PLAIN_INTEGER.fullmatch(text)
    if plain:  # most sides are one number: skip the parser
        return int(plain.group(1))
    if _FLAT.fullmatch(text):
        return flat_value(text)
    return evaluate(parse_tokens(tokenize(text, CLAIM_RULES), CLAIM_RULES), CLAIM_RULES)


def _edge_value(text: str, keep_tail: bool) -> tuple[Fraction, str] | None:
    """Longest parseable tail (first side) or head (last side) of a side, by token."""
    try:
        tokens = tokenize(text, CLAIM_RULES)
    except ExprError:
        return None
    n = len(tokens)
    cuts = range(n) if keep_tail else range(n, 0, -1)
    for cut in cuts:
        part = tokens[cut:] if keep_tail else tokens[:cut]
        try:
            return evaluate(parse_tokens(part, CLAIM_RULES), CLAIM_RULES), str(len(part))
        except ExprError:
            continue
    return None


_DIGIT = re.compile(r"\d")
_RELATION_CHAR = re.compile(r"[=≠<>≤≥]")


def _has_number(text: str) -> bool:
    return _DIGIT.search(text) is not None


@lru_cache(maxsize=1 << 16)
def check_run(run: str) -> tuple[Claim, ...]:
    """Check one run; a run with an unreadable middle side splits into the readable parts."""
    sides, rels = _split_relations(run)
    claims: list[Claim] = []
    # walk the chain; a side that cannot be read breaks it into independent pieces
    values: list[Fraction | None] = []
    for k, side in enumerate(sides):
        if not _has_number(side):
            values.append(None)
            continue
        try:
            values.append(side_value(side))
            continue
        except ExprError:
            pass
        edge = None
        if k == 0:
            edge = _edge_value(side, keep_tail=True)
        elif k == len(sides) - 1:
            edge = _edge_value(side, keep_tail=False)
        values.append(edge[0] if edge else None)
        if edge is None:
            claims.append(Claim(run.strip(), None, f"cannot read {side.strip()!r} as a number or expression"))
    for k, rel in enumerate(rels):
        left, right = values[k], values[k + 1]
        if left is None or right is None:
            continue
        if not relation_holds(rel, left, right):
            claims.append(Claim(run.strip(), False, f"{sides[k].strip()} {rel} {sides[k + 1].strip()} is false"))
            return tuple(claims)
    if not any(c.ok is False for c in claims) and any(
        values[k] is not None and values[k + 1] is not None for k in range(len(rels))
    ):
        claims.insert(0, Claim(run.strip(), True))
    return tuple(claims)


def claim_runs(text: str) -> list[str]:
    """The relation-bearing runs of a text, as `find_claims` reads them (none if the text is too long):
    for a reader that handles common runs itself and leaves the rest to `check_run`."""
    if len(text) > _MAX_TEXT:
        return []
    if "\\" in text:  # "$6 \times 4 = 24$": models write their arithmetic in LaTeX too
        text = plain_latex(text)
    runs = []
    arrows = "->" in text or "=>" in text or "<-" in text or "==" in text
    for chunk in _ARROWS_RE.split(text) if arrows else (text,):
        for stretch in _RELATION_STRETCH.finditer(chunk):
            plain = _PLAIN_RUN.match(chunk, stretch.start(), stretch.end())
            if plain and _PLAIN_END.fullmatch(chunk, plain.end(), stretch.end()):
                if _has_number(plain.group()):  # the usual "23 × 8 = 184, ": one run, read without _RUN_RE
                    runs.append(plain.group())
                continue
            for run in _RUN_RE.finditer(chunk, stretch.start()):
                if run.start() >= stretch.end():
                    break
                run = run.group()
                if _RELATION_CHAR.search(run) and _has_number(run):
                    runs.append(run)
    return runs


def find_claims(text: str) -> list[Claim]:
    """Every relation-bearing run in the text, checked."""
    if len(text) > _MAX_TEXT:
        return [Claim(text[:40] + "...", None, f"text too long to check (limit {_MAX_TEXT} characters)")]
    claims: list[Claim] = []
    for run in claim_runs(text):
        if len(run) > CLAIM_RULES.max_length:
            claims.append(Claim(run[:40] + "...", None, "equation too long to check"))
            continue
        claims.extend(check_run(run))
    return claims


def false_claims(text: str) -> list[Claim]:
    """The claims in text that fail (the useful question for labelling a step)."""
    return [c for c in find_claims(text) if c.ok is False]


def unreadable_claims(text: str) -> list[Claim]:
    return [c for c in find_claims(text) if c.ok is None]
