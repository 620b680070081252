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

Model traces are not written for this reader, so the words around a run count too:
a side the text goes on with is left out, never judged alone ("half of 20 = 10" is not
"20 = 10", nor "x − 3 = 5" "−3 = 5", nor "= 12%" "= 12"); a dash that starts a list
item is a bullet, not a minus; and an expression said in words to have a value is a
claim ("so 23 × 68 is 1565"). A mixed number is one number wherever it stands ("2 1/2 + 1 = 7/2"),
but at the start of a claim after a label ("Step 2 1/2 + 1/3 = 5/6"), where the whole number may be the
label's, a claim is false only if it is false both ways. A false label on a true step teaches a reward model
as badly as a true label on a false one, so when in doubt a side is left out.
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache
from dataclasses import dataclass
from fractions import Fraction

from slowthink.core.expr import SIMPLE_TOKENS, ExprError, Rules, check_bracket_kinds, evaluate, parse_tokens, tokenize
from slowthink.core.extract import approximates, plain_latex
from slowthink.core.spelling import BRACKETS, SIGNS, plain_signs

CLAIM_RULES = Rules(max_length=4000, max_depth=30, max_digits=400, max_tokens=600,
                    allow_mod=True, allow_power=True, max_exponent=1000, allow_x_times=True, implicit_times=True)

_RELATIONS = {"=": "=", "≠": "≠", "<": "<", ">": ">", "≤": "≤", "≥": "≥", "<=": "≤", ">=": "≥", "!=": "≠"}
# a run: numbers, operators, brackets, spaces and relations; "mod" between numbers too, and an x
# standing between two numbers or brackets ("6 x 4 = 24", "(6-4)x(4+8)"), never one next to a letter ("3x = 12",
# "x = 5")
_RUN_RE = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:\.\d+)?|mod(?![a-z])|<=|>=|!=|\*\*|"
    r"(?:(?<=[\d)\]])|(?<=[\d)\]] )|(?<=[\d)\]]\t))[xX](?=[ \t]?[\d(\[])|[ \t+\-−–×*·÷/()\[\]^=≠<>≤≥])+"
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


def split_relations(run: str) -> tuple[list[str], list[str]]:
    """(the sides of a run, the relations between them, each spelt one way: "<=" as "≤")."""
    parts = _SPLIT_RELATIONS.split(run)  # compiled once (defined below), not looked up in re's cache per call
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
    mixed = _MIXED_NUMBER.fullmatch(text)
    if mixed and 0 < int(mixed.group(2)) < int(mixed.group(3)):  # "1 7/12", as school writes 19/12
        return int(mixed.group(1)) + Fraction(int(mixed.group(2)), int(mixed.group(3)))
    parsed = _parsed(text)
    if type(parsed) is str:
        raise ExprError(parsed)
    return parsed[1]


def parsed_side(text: str) -> tuple | None:
    """(tree, value) of a side the full parser reads whole, else None: for a reader that needs the numbers
    a side starts from as well as its value, without parsing it again."""
    parsed = _parsed(text)
    return None if type(parsed) is str else parsed


def _parsed(text: str) -> tuple | str:
    """(tree, value) of a side by the full parser, or why it cannot be read. The same bracketed side ("(3 + 2) ×
    3 × 10 − (10 − 9)") is read by `check_run`, by a verifier for the numbers it starts from (from the claim's
    text, stripped) and again by one that splits the run itself, and the parser is the slow part of each: so
    a side is parsed once, without the spaces at its ends, which change no token. A side that cannot be read
    so is read as written, for its own reason (where a token is, say)."""
    if len(text) <= CLAIM_RULES.max_length:
        parsed = _parsed_as_written(text.strip(" "))
        if type(parsed) is not str:
            return parsed
    return _parsed_as_written(text)


@lru_cache(maxsize=1 << 12)
def _parsed_as_written(text: str) -> tuple | str:
    """`_parsed`, cached. The reason is kept as text, for a fresh ExprError each time (raising one cached
    instance again would chain its tracebacks)."""
    if _SIMPLE_SIDE.fullmatch(text) and "**" not in text and len(text) <= CLAIM_RULES.max_length:
        # whole numbers, brackets and + − × ÷ only (a solution written out): the tokens `tokenize` gives them, made
        # without its loop over characters, but for the "*" of an implicit product ("2(3 + 4)"), without which
        # they cannot be parsed; so anything not read here is read by the tokenizer, which says why
        tokens = _SIMPLE_TOKEN.findall(text)
        if len(tokens) <= CLAIM_RULES.max_tokens and all(len(t) <= CLAIM_RULES.max_digits for t in tokens):
            try:
                check_bracket_kinds(text)  # "(4]": the tokens above make every bracket ( or )
                tree = parse_tokens([SIMPLE_TOKENS.get(t) or Fraction(int(t)) for t in tokens], CLAIM_RULES)
                return tree, evaluate(tree, CLAIM_RULES)
            except ExprError:
                pass
    try:
        tree = parse_tokens(tokenize(text, CLAIM_RULES), CLAIM_RULES)
        return tree, evaluate(tree, CLAIM_RULES)
    except ExprError as error:
        return str(error)


_SIMPLE_SIDE = re.compile(r"[0-9 +\-*/×÷−–xX()\[\]]*")
_SIMPLE_TOKEN = re.compile(r"[0-9]+|\S")


_MIXED_NUMBER = re.compile(r"\s*(\d{1,30}) (\d{1,30})/(\d{1,30})\s*")


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


def _read_side(side: str, k: int, last: int) -> Fraction | int | None:
    """A side's value: all of it, else (the first or last side) its longest readable tail or head; None if
    it cannot be read."""
    try:
        return side_value(side)
    except ExprError:
        pass
    edge = _edge_value(side, keep_tail=True) if k == 0 else _edge_value(side, keep_tail=False) if k == last else None
    return edge[0] if edge else None


@lru_cache(maxsize=1 << 16)
def check_run(run: str) -> tuple[Claim, ...]:
    """Check one run; a run with an unreadable middle side splits into the readable parts.

    A mixed number inside an expression ("2 1/2 + 1 = 7/2") is one number, 2 + 1/2 (`_mixed_readings`); a
    claim that holds only so read says so in its reason (`MIXED_READING`)."""
    sides, rels = split_relations(run)
    claims: list[Claim] = []
    # walk the chain; a side that cannot be read breaks it into independent pieces
    last = len(sides) - 1
    values = [_read_side(side, k, last) if _has_number(side) else None for k, side in enumerate(sides)]
    readings = _mixed_readings(sides, values) if " " in run and "/" in run else None
    for k, side in enumerate(sides):
        if values[k] is None and _has_number(side) and not (readings and readings[k][0][0] is not None):
            if _TOO_LONG_TO_CHECK.search(side):  # a claim that cannot be checked cannot be shown true
                return (Claim(run.strip(), False, f"a number longer than {CLAIM_RULES.max_digits} digits: too long to "
                                                  f"check"),)
            claims.append(Claim(run.strip(), None, f"cannot read {side.strip()!r} as a number or expression"))
    mixed = False  # a relation holds only with a mixed number read as one
    for k, rel in enumerate(rels):
        left, right = values[k], values[k + 1]
        if readings and (readings[k][0][1] != sides[k] or readings[k + 1][0][1] != sides[k + 1]):
            pairs = [(a, b) for a in readings[k] for b in readings[k + 1] if a[0] is not None and b[0] is not None]
            if not pairs:
                continue
            if any(relation_holds(rel, a, b) or _holds_with_fractions_whole(x, rel, y) for (a, x), (b, y) in pairs):
                mixed = mixed or not (left is not None and right is not None and relation_holds(rel, left, right))
                continue
        elif left is None or right is None or relation_holds(rel, left, right) or \
                _holds_with_fractions_whole(sides[k], rel, sides[k + 1]):
            continue
        claims.append(Claim(run.strip(), False, f"{sides[k].strip()} {rel} {sides[k + 1].strip()} is false"))
        return tuple(claims)
    if any(values[k] is not None and values[k + 1] is not None for k in range(len(rels))) or mixed:
        claims.insert(0, Claim(run.strip(), True, MIXED_READING if mixed else ""))
    return tuple(claims)


# a number longer than a claim's numbers are read (a depth-5 product of 12-digit numbers has up to 384 digits)
_TOO_LONG_TO_CHECK = re.compile(rf"\d{{{CLAIM_RULES.max_digits + 1}}}")
MIXED_READING = "holds with a mixed number read as one number"
# a mixed number inside an expression, school style: a whole number, a space, a fraction written without spaces
# ("2 1/2 + 1", "3 × 2 1/2"); not a number against another ("3 2 1/2"), a bracket or a power, nor one a power
# takes ("2 1/2^2"), nor part of a longer fraction or decimal
_MIXED_INSIDE = re.compile(r"(?<![\d.,/^)\]])(?<![\d.,)\]^][ \t])(\d{1,30})[ \t]+(\d{1,30})/(\d{1,30})"
                           r"(?![\d(\[./]|[ \t]*(?:\^|\*\*))")


def _mixed_readings(sides: list[str], values: list) -> list[tuple] | None:
    """For each side, the (value, text) readings it may have when a proper mixed number in it ("2 1/2", not
    "2 3/2") is one number, or None if no side has one; a side without one has its own. A side that is
    only a mixed number is read so by `side_value` already. Elsewhere the mixed reading is the side's, but
    at the very start of the first side, where the whole number may end what comes before the run ("Step
    2 1/2 + 1/3 = 5/6"; `claim_runs` brackets a mixed number it finds after punctuation, "(2 1/2) + 1"), the
    side may be read either way, and its relation fails only if it fails both ways."""
    readings, found, last = [], False, len(sides) - 1
    for k, side in enumerate(sides):
        meant, count = _MIXED_INSIDE.subn(_as_sum, side)
        if not count or meant == side or _MIXED_NUMBER.fullmatch(side):
            readings.append(((values[k], side),))
            continue
        found = True
        value = _read_side(meant, k, last)
        ambiguous = k == 0 and side.lstrip(" \t")[:1].isdigit() and meant.lstrip(" \t")[:1] == "("
        readings.append(((value, meant), (values[k], side)) if ambiguous else ((value, meant),))
    return readings if found else None


def _as_sum(mixed: re.Match) -> str:
    whole, top, bottom = mixed.groups()
    return f"({whole} + {top}/{bottom})" if 0 < int(top) < int(bottom) else mixed.group()


def improper_fractions(run: str) -> str:
    """The run with each proper mixed number `check_run` reads as one number in brackets as one fraction:
    "3 1/2 × 2 = 7" as "(7/2) × 2 = 7", for a reader that needs the numbers a side starts from."""
    return _MIXED_INSIDE.sub(_as_fraction, run)


def _as_fraction(mixed: re.Match) -> str:
    whole, top, bottom = (int(n) for n in mixed.groups())
    return f"({whole * bottom + top}/{bottom})" if 0 < top < bottom else mixed.group()


# a run that stops on an operator at the end of the text goes on past what is written ("14 = 2 × 6 +"): its last
# side's value is not said (`_in_context`). A hyphen is left out ("= 24 -" may be a dash), and so is markdown's "**".
_UNFINISHED = re.compile(r"(?:[+×÷/−]|(?<!\*)\*)\s*$")


# "1/3" written with no space: often one number, a fraction ("8 ÷ 1/3 = 24" means 8 ÷ (1/3))
_GLUED_FRACTION = re.compile(r"(?<![\d)./])(\d{1,30})/(\d{1,30})(?![\d(./])")
_AFTER_DIVISION = re.compile(r"[÷/*×·][ \t]*\d{1,30}/\d")


def _holds_with_fractions_whole(left: str, rel: str, right: str) -> bool:
    """Whether a relation that fails when every "/" is division holds when each fraction written
    without spaces and after ÷ or × is one number: "8 ÷ 1/3 = 24" as people mean it. A claim is
    false only if it is false both ways; where the two readings agree (most sides) nothing changes."""
    if not (_AFTER_DIVISION.search(left) or _AFTER_DIVISION.search(right)):
        return False
    try:
        return relation_holds(rel, side_value(_fractions_whole(left)), side_value(_fractions_whole(right)))
    except ExprError:
        return False


def _fractions_whole(side: str) -> str:
    """The side with each fraction written without spaces in brackets; a side that is one mixed number ("3 1/2")
    is left as it is, for `side_value` reads it so ("3 (1/2)" it cannot read)."""
    return side if _MIXED_NUMBER.fullmatch(side) else _GLUED_FRACTION.sub(r"(\1/\2)", side)


def as_meant(run: str) -> str:
    """The run with each fraction written without spaces after ÷ or × in brackets, when a relation
    fails read strictly and holds read that way ("8 ÷ 1/3 = 24" as "8 ÷ (1/3) = 24"), or when every relation
    holds both ways ("10 × 14/5 = 28": the 14/5 may be one number, made earlier); else the run: for a reader
    that needs the numbers a side starts from, as `check_run` judged them (a fraction in brackets is read as
    one number or as its two)."""
    if not _AFTER_DIVISION.search(run):
        return run
    sides, rels = split_relations(run)
    both = True
    for k, rel in enumerate(rels):
        try:
            if relation_holds(rel, side_value(sides[k]), side_value(sides[k + 1])):
                both = both and _holds_with_fractions_whole(sides[k], rel, sides[k + 1])
                continue
        except ExprError:
            both = False
            continue
        if _holds_with_fractions_whole(sides[k], rel, sides[k + 1]):
            return _GLUED_FRACTION.sub(r"(\1/\2)", run)
        both = False
    return _GLUED_FRACTION.sub(r"(\1/\2)", run) if both and rels else run


def claim_runs(text: str) -> list[str]:
    """The relation-bearing runs of a text, as `find_claims` reads them (none if the text is too long):
    for a reader that handles common runs itself and leaves the rest to `check_run`.

    A side the text goes on with is left out ("half of 20 = 10" holds no claim: its first side is
    not 20), and a number said in words to be an expression's value makes a claim too ("so 23 × 68
    is 1565" gives "23 × 68 = 1565"): see `_in_context` and `_verbal_runs`."""
    placed = placed_claim_runs(text)
    if placed is not None:  # most texts: read as written
        return [run for _, run in placed]
    if len(text) > _MAX_TEXT:
        return []
    if "\\" in text or "{,}" in text:  # "$6 \times 4 = 24$", "$58{,}023$": models write their arithmetic in LaTeX too
        text = plain_latex(text)
    if not text.isascii() and _UNUSUAL.search(text):  # one scan for the three below, which most texts need none of
        if _SPELLED.search(text):  # "2 ⋅ 12 = 26", "（６ − ４）×（４＋８）＝２６"
            text = plain_signs(text).translate(_PLAIN_BRACKETS)
        if _SUPERSCRIPT.search(text):  # "1000² − 2·1000 + 1": a power
            text = powers_written(text)
        if _SPACE_GROUPED.search(text):  # "1\u202f564", typeset: one number, "1,564"
            text = _SPACE_GROUPED.sub(_comma_grouped, text)
    if "*" in text or "_" in text:  # "*3 + 4 = 8*": markdown emphasis round a claim, not a times sign
        text = _EMPHASIS.sub(r"\2", text)
    if "times" in text or "plus" in text or "minus" in text or "divided" in text or "multiplied" in text:
        text = _WORD_OPERATOR_AFTER.sub(_going_on, text)
        text = _WORD_OPERATOR.sub(_operator_sign, text)  # "23 times 68 equals 1564": and in words
    elif _SIGN_AFTER_VALUE[0] in text or _SIGN_AFTER_VALUE[1] in text:
        text = _WORD_OPERATOR_AFTER.sub(_going_on, text)
    runs = []
    arrows = "->" in text or "=>" in text or "<-" in text or "==" in text
    for chunk in _ARROWS_RE.split(text) if arrows else (text,):
        verbal = _verbal_runs(chunk) if _may_say_value(chunk) else None
        placed = _placed_runs(chunk)
        if verbal:  # rare: put the others in their places among these
            placed = sorted(verbal + placed)
        runs.extend(run for _, run in placed)
    return runs


def _placed_runs(text: str) -> list[tuple[int, str]]:
    """(where its span starts, the run) of each run of a text as written (`run_spans`, `_in_context`)."""
    placed = []
    for start, end in run_spans(text):
        run = _in_context(text, start, end)
        if run is not None:
            placed.append((start, run))
    return placed


def _rewritten(text: str) -> bool:
    """Whether `claim_runs` rewrites the text before reading it: LaTeX (its digit groups "58{,}023" too), emphasis,
    operations in words or going on after a comma (", + 2 = 17"), arrows, signs spelled another way, powers written
    as superscripts, digits grouped by thin spaces (substring tests:
    twice as fast as one regex search, and this runs on every step)."""
    return "\\" in text or "{,}" in text or "*" in text or "_" in text or "times" in text or "plus" in text \
        or "minus" in text or "divided" in text or "multiplied" in text or "->" in text or "=>" in text or "<-" in text \
        or "==" in text or _SIGN_AFTER_VALUE[0] in text or _SIGN_AFTER_VALUE[1] in text \
        or not text.isascii() and _UNUSUAL.search(text) is not None and (
            _SPELLED.search(text) is not None or _SUPERSCRIPT.search(text) is not None
            or _SPACE_GROUPED.search(text) is not None)


# a power written as a superscript after a number or bracket ("1000²", "(1000 − 1)²", "10¹²"), read as "^2"; after a
# letter it is left as it is ("x²", "m²": a side that goes on, `_open_before`)
_SUPERSCRIPT = re.compile("(?<=[0-9)\\]])[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def powers_written(text: str) -> str:
    """The text with each power written as a superscript after a number or bracket written with "^"."""
    return _SUPERSCRIPT.sub(lambda power: "^" + power.group().translate(_SUPERSCRIPT_DIGITS), text)


# a number typeset with its digits grouped in threes by thin or no-break spaces ("1\u202f564", "998\u2009001"), read as
# grouped by commas ("1,564"), which a run reads as one number; not a number's decimal places
_SPACE_GROUPED = re.compile("(?<![\\d.,])\\d{1,3}(?:[\u202f\u2009\u00a0]\\d{3})+(?!\\d)")
_GROUP_SPACES = str.maketrans("\u202f\u2009\u00a0", ",,,")


def _comma_grouped(number: re.Match) -> str:
    return number.group().translate(_GROUP_SPACES)


# the other spellings of signs and brackets (`core.spelling`: "⋅", "＝", "（"), made plain before a text is read: a
# claim's brackets need not be of one kind, as an answer's must
_PLAIN_BRACKETS = str.maketrans({ch: plain for ch, plain in BRACKETS.items() if ch not in "()[]"})
_SPELLED_EQUALS = tuple(ch for ch, plain in SIGNS.items() if plain == "=")  # "＝", "﹦"
_SPELLED = re.compile("[" + re.escape("".join(SIGNS) + "".join(ch for ch in BRACKETS if ch not in "()[]")) + "]")
# any character that `_SPELLED`, `_SUPERSCRIPT` or `_SPACE_GROUPED` looks for: one scan tells a text needs none of them
_UNUSUAL = re.compile(_SPELLED.pattern[:-1] + "⁰¹²³⁴⁵⁶⁷⁸⁹\u202f\u2009\u00a0]")


def placed_claim_runs(text: str) -> list[tuple[int, str]] | None:
    """The runs `claim_runs` finds in a text it reads as written, each with where its span starts in the text;
    None when it would first rewrite the text (LaTeX, markdown emphasis, operations in words, arrows) or
    read a value said in words ("so 23 × 68 is 1565", which looks far back), or the text is too long.

    Such a text's runs come from `run_spans` and `_in_context` alone, which look past a run only over spaces,
    one punctuation mark and one word. So where a text is cut just before a word that no run can hold, with no
    letter right before it and a mark or a word between it and the run before it (", then 8 × 3 = 24"), the
    pieces have the very runs the whole has, each in the piece its place is in: a reader that needs the runs
    piece by piece may count them by their places instead of reading every piece again (the countdown
    verifier's "then", whose tests check it against reading the pieces)."""
    if len(text) > _MAX_TEXT or _rewritten(text) or _may_say_value(text):
        return None
    return _placed_runs(text)


# markdown emphasis that opens right before a number or bracket and closes right after one ("*3 + 4 = 8*",
# "_12 ÷ 4 = 3_", and bold: "**4 × 3 = 12**", "4 × 3 = **13**"): the marks come off; a times sign has a number
# or bracket before it ("2 *3 * 4" keeps both), and so has a power ("2**3")
_EMPHASIS = re.compile(r"(?<![\w*)\]])(\*\*|__|[*_])(?=[\d(\[])([^*_\n]*?[\d)\]])\1(?![\w*(\[])")


# an operation said in words between two numbers: "3 times 4", "10 divided by 2"
_WORD_OPERATOR = re.compile(r"(?<=\d)[ \t]+(times|plus|minus|multiplied[ \t]+by|divided[ \t]+by)[ \t]+(?=\(?\d)")
# and one going on from the value an equation just reached: "20 + 10 = 30, minus 2 = 28" says 30 − 2 = 28 (its own
# claim, not a chain 30 − 2 = 28 of 20 + 10, which an arithmetic trace must not write); "16, plus 2" says nothing. So
# too a sign after the comma and a space, as column work adds a carry ("5 × 3 = 15, + 2 = 17"; a "-" there may be a
# dash, and is left alone), and a carry named ("= 15, plus the carried 1 gives 16", "= 24, plus carry 4 = 28"). An
# operand that is a product or quotient says its own value: "= 7200, minus 4 × 18 = 72" is not 7200 − 4 × 18 = 72
_WORD_OPERATOR_AFTER = re.compile(r"(=[ \t]*)(\d{1,30}),[ \t]*(times|plus|minus|multiplied[ \t]+by|divided[ \t]+by|"
                                  r"(?<=[ \t])[+×])(?:[ \t]+(?:the[ \t]+)?(?:carried|carry))?[ \t]+(?=\(?\d)"
                                  r"(?!\d{1,30}[ \t]*[×*·÷/][ \t]*\d)")  # "= 7200, minus 4 × 18 = 72": the product's
_OPERATOR_SIGNS = {"times": " × ", "plus": " + ", "minus": " − ", "multiplied": " × ", "divided": " ÷ ", "+": " + ",
                   "×": " × "}
_SIGN_AFTER_VALUE = (", +", ", ×")  # a sign that goes on from a value (`_WORD_OPERATOR_AFTER`), as substrings


def _operator_sign(word: re.Match) -> str:
    return _OPERATOR_SIGNS[word.group(1).split()[0]]


def _going_on(word: re.Match) -> str:
    """"= 30, minus 2" as "= 30, 30 − 2"."""
    return f"{word.group(1)}{word.group(2)}, {word.group(2)}{_OPERATOR_SIGNS[word.group(3).split()[0]]}"


def may_claim(text: str) -> bool:
    """Whether `claim_runs` can find anything: a relation sign, or a word that says one."""
    return _RELATION_CHAR.search(text) is not None or _may_say_value(text) and _VERBAL.search(text) is not None \
        or not text.isascii() and any(ch in text for ch in _SPELLED_EQUALS)


def run_spans(chunk: str) -> list[tuple[int, int]]:
    """Where the relation-bearing runs of a chunk (text between arrows) lie, as (start, end)."""
    spans = []
    for stretch in _RELATION_STRETCH.finditer(chunk):
        plain = _PLAIN_RUN.match(chunk, stretch.start(), stretch.end())
        if plain and _PLAIN_END.fullmatch(chunk, plain.end(), stretch.end()):
            if _has_number(plain.group()):  # the usual "23 × 8 = 184, ": one run, read without _RUN_RE
                spans.append(plain.span())
            continue
        for run in _RUN_RE.finditer(chunk, stretch.start()):
            if run.start() >= stretch.end():
                break
            if _RELATION_CHAR.search(run.group()) and _has_number(run.group()):
                spans.append(run.span())
    return spans


# Words that go on with the number after them ("half of 20", "3 times 4", "sqrt 16", "divided by 2")
# or before them ("20 percent", "3 squared", "2 thousand"): a side next to one is only part of what is
# said, so it is left out of the claim rather than judged as if it were all of it.
_OPEN_BEFORE = frozenset("times plus minus over by from than sqrt root log ln lg exp sin cos tan abs "
                         "twice thrice half double triple negative point percent remainder rem".split())
_OPEN_AFTER = frozenset("times squared cubed percent thousand million billion trillion hundred dozen "
                        "over divided plus minus of factorial point more less fewer remainder rem".split())
# a quotient with its remainder: "100 ÷ 7 = 14 R 2", "= 14 r2", "= 14 remainder 2", "= 14, with a remainder of 2": the
# side is the pair, not the number 14 ("remainder" and "rem" are in `_OPEN_AFTER`; this reads them after a comma or a
# "with", and an R only before a number: "= 25 (r comes before t" is no remainder)
_REMAINDER_AFTER = re.compile(r",?[ \t]*(?:(?:with|leaving)[ \t]+)?(?:a[ \t]+)?(?:(?:remainder|rem)\b|r[ \t]{0,3}\d)", re.I)
# a character before a run, or after it, that ends what a side can be: punctuation, quotes, dashes, arrows; before it
# an approximation sign ("23 × 68 ≈ 20 × 70 = 1400": the estimate's own equation, judged exactly), and after it a
# check mark ("345 + 187 = 532 ✓": a check ticked off, its last side as said)
_CLOSED_BEFORE = frozenset(":;,.!?([{\"'“”‘’`$→⇒⟹—–…•#\n≈≃")
_CLOSED_AFTER = frozenset(".,;:!?)]}\"'“”‘’`$→⇒⟹—–…\n✓✔✅☑")
# what takes a part of the number after "of" (not "a shift of", "the sum of": those name it)
_PART_OF = frozenset("half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths seventh "
                     "sevenths eighth eighths ninth ninths tenth tenths hundredth hundredths percent twice double "
                     "triple square cube root log logarithm power powers multiple multiples reciprocal inverse "
                     "factorial fraction".split())
_WORD_AFTER = re.compile(r"[^\W\d_]+")
_BULLET = re.compile(r"[ \t]*[-−–*•·][ \t]+(?=\S)")
_SPLIT_RELATIONS = re.compile(r"(<=|>=|!=|[=≠<>≤≥])")


def _in_context(chunk: str, start: int, end: int) -> str | None:
    """The run at chunk[start:end] less any side the text around it goes on with (and less a
    markdown bullet before it), or None when no relation is left between two whole sides.

    Written for speed (every run of every trace comes through here): the usual run, after
    punctuation or at the start and before punctuation or the end, costs a few comparisons."""
    run, open_start = _start_in_context(chunk, start, chunk[start:end])
    after = _first_after(chunk, end)
    trimmed = run.rstrip(" \t")
    if after == len(chunk):
        open_end = trimmed[-1:] in _TRAILING_OPERATORS and _UNFINISHED.search(trimmed) is not None
    elif trimmed[-1:] in _TRAILING_OPERATORS and not trimmed.endswith("**"):
        open_end = _goes_on_after_operator(chunk, after)  # "= 7 + x" goes on; "= 7 - that" is a dash
    elif chunk[after] in _CLOSED_AFTER:  # the usual case: punctuation; but "3:4", "1,5" hold a number across it
        open_end = after == end and chunk[after] in ",:" and _between_digits(chunk, after) or \
            chunk[after] == "," and trimmed[-1:].isdigit() and _REMAINDER_AFTER.match(chunk, after) is not None
    elif chunk[after] == "|" and chunk[after - 1] in " \t" and _table_row(chunk):
        open_end = False  # "| 8 ÷ 8 = 1 | 1 |": a cell's border, not an absolute value's
    else:
        open_end = _open_after(chunk, end, after, run)
    if not (open_start or open_end):
        return _leading_mixed_number(chunk, start, run) if "/" in run else run
    parts = _SPLIT_RELATIONS.split(run)
    if open_start:
        parts = parts[2:]
    if open_end:
        parts = parts[:-2]
    if len(parts) < 3 or not _has_number(parts[0]) or not _has_number(parts[-1]):
        return None
    run = "".join(parts)
    return _leading_mixed_number(chunk, start, run, open_start) if "/" in run else run


# words that number what follows ("Step 2", "case 3"): a whole number after one may be the label, not a mixed number's
_LABELS = frozenset("step steps case cases part row line problem question item example exercise no nr number stage "
                    "round attempt trial version figure table page chapter section level".split())


# words before a label word that make it a noun in prose: "the number 2 1/2 + 1" names 2 1/2, not number 2
_NOT_LABELLING = frozenset("the a an this that these those each every any another our my your its their which "
                           "what whose".split())


def _labels(chunk: str, before: int) -> bool:
    """Whether the word ending at `before` numbers what follows ("Step 2 1/2 + 1/3 = 5/6"): a label word, not
    one in prose after a determiner ("the number 2 1/2 + 1 = 3/2" is of 2 1/2, and false)."""
    begins, word = _word_before(chunk, before)
    if word not in _LABELS:
        return False
    begins = _last_before(chunk, begins)
    return not (begins and chunk[begins - 1].isalpha() and _word_before(chunk, begins)[1] in _NOT_LABELLING)


def _leading_mixed_number(chunk: str, start: int, run: str, after_relation: bool = False) -> str:
    """The run with a proper mixed number that starts it in brackets ("(2 1/2) + 1 = 7/2"), when what comes before
    it cannot have that whole number (the start, punctuation, a relation, a word that numbers nothing): then it
    is one number, as `check_run` reads a bracketed one. After a label ("Step 2 1/2 + 1/3 = 5/6") or a "#" the run
    is left as it is, and `check_run` reads it either way."""
    body = run.lstrip(" \t")
    mixed = _MIXED_INSIDE.match(body)
    if mixed is None or not 0 < int(mixed.group(2)) < int(mixed.group(3)) or _MIXED_NUMBER.fullmatch(
            _SPLIT_RELATIONS.split(body, 1)[0]):
        return run  # no mixed number first, or one that is its whole side (read so already)
    if not after_relation:
        before = _last_before(chunk, start)
        last = chunk[before - 1] if before else ""
        if last.isalnum() and (not last.isalpha() or _labels(chunk, before)) or last == "#":
            return run
    return f"{run[:len(run) - len(body)]}({mixed.group()}){body[mixed.end():]}"


def _start_in_context(chunk: str, start: int, run: str) -> tuple[str, bool]:
    """(the run less a list's bullet, whether the text before it goes on into its first side)."""
    body = run.lstrip(" \t")
    first = body[:1]
    before = _last_before(chunk, start)
    last = chunk[before - 1] if before else ""
    if first in "+×·÷/^" or first == "*" and body[1:2] != "*" or first in "-−–•·" and body[1:2] in " \t":
        bullet = _BULLET.match(run)
        if bullet and not (last and (last.isalnum() or last in ")]")):  # "- 3 + 4 = 7" in a list: 3 + 4 = 7
            return run[bullet.end():], False
        return run, True  # an operator with nothing before it in the run: its left operand is outside it
    if not last:
        return run, False
    if last in _CLOSED_BEFORE:  # the usual case: punctuation; but "3:4", "1,5" hold a number across it
        return run, last in ",:" and before == start and _between_digits(chunk, before - 1)
    if last == "|" and chunk[before] in " \t" and _table_row(chunk):
        return run, False  # "| 2 | 7 − 1 = 6 |": a cell's border, not an absolute value's
    return run, _open_before(chunk, start, before, run)


def _table_row(chunk: str) -> bool:
    """Whether the text is a row of a markdown table ("| 1 | 8 ÷ 8 = 1 | 1, 4, 7 |"): it opens and closes with a
    bar, so a bar with a space on its inside bounds a cell ("| 8 ÷ 8 = 1 |"); an absolute value is written against
    what it holds ("|−3| = 3")."""
    row = chunk.strip()
    return len(row) > 1 and row[0] == "|" and row[-1] == "|"


def _between_digits(chunk: str, at: int) -> bool:
    """Whether the comma or colon at `at` has digits right against it on both sides: a ratio or time
    ("3:4 = 6:8", "2:30") or a decimal comma ("1,5 + 2,5 = 4"), part of the number, not punctuation."""
    return 0 < at < len(chunk) - 1 and chunk[at - 1].isdigit() and chunk[at + 1].isdigit()


def _last_before(chunk: str, start: int) -> int:
    """The end of the text before `start`, spaces and tabs left out (0: there is none)."""
    while start and chunk[start - 1] in " \t":
        start -= 1
    return start


def _first_after(chunk: str, end: int) -> int:
    """The start of the text after `end`, spaces and tabs left out (len(chunk): there is none)."""
    size = len(chunk)
    while end < size and chunk[end] in " \t":
        end += 1
    return end


def _open_before(chunk: str, start: int, before: int, run: str) -> bool:
    """Whether the text before the run, ending at `before` with a character that is not plain
    punctuation, goes on into its first side ("half of 20", "x − 3", "sqrt(16)", "√16")."""
    last = chunk[before - 1]
    if not last.isalpha():
        return True  # "√16", "50%", "|−3|", "x²": a sign or symbol that belongs to the side
    if before == start and (run[:1].isdigit() or run[:1] == "("):
        return True  # a letter written against the run: "x1 = 5", "f(3) = 9", "sqrt(16) = 4"
    begins, word = _word_before(chunk, before)
    if word == "of":  # "half of 20", "50% of 20": a part; "a shift of 13 − 6": the thing itself
        before = _last_before(chunk, begins)
        return before > 0 and (chunk[before - 1] in "0123456789%" or _word_before(chunk, before)[1] in _PART_OF)
    if word in ("plus", "minus") and _AFTER_A_VALUE.search(chunk, max(0, begins - 40), begins) and \
            _PRODUCT.search(_SPLIT_RELATIONS.split(run, 1)[0]):
        return False  # "= 7200, minus 4 × 18 = 72": the product taken away, said with its own value
    if word in ("remainder", "rem") and _HAS_OPERATION.search(_SPLIT_RELATIONS.split(run, 1)[0]):
        return False  # "remainder 945 − 900 = 45": the remainder worked out, a side of its own
    if word in _OPEN_BEFORE or word == "r" and run.lstrip(" \t")[:1].isdigit():  # "= 2 R 6 = 2 3/4": a remainder's
        return True
    if word == "and":  # "3 and 4 = 7", "of 3 and 4": a number before "and" that no relation gave
        token_end = _last_before(chunk, begins)
        before = token_end
        while before > max(0, begins - 24) and chunk[before - 1] not in " \t":
            before -= 1
        if before == token_end or not chunk[token_end - 1].isdigit():
            return False  # "so 23 × 68 = 1564 and, checking, 1564 ÷ 68 = 23": a word, not an operand
        # "= 160 and 3 × 8 = 24", "23x8=184 and 23x60=1380", "1360 = 20 × 68 and 204 = 3 × 68": the numbers and signs
        # before "and" end an equation's side, and what follows is a claim of its own
        return not _SIDE_BEFORE_AND.search(chunk, max(0, token_end - 60), token_end)
    if len(word) != 1 or word in "ai" or run.lstrip(" \t")[:1] not in "-−–(":
        return False
    first_side = _SPLIT_RELATIONS.split(run, 1)[0]  # "x − 3 = 5", "f (3) = 9"; but in "t (23 − 3 = 20)" the bracket
    return first_side.count("(") <= first_side.count(")")  # holds the whole equation, a note on the letter t


_SIDE_BEFORE_AND = re.compile(r"[=≠<>≤≥][\d \t+\-−–×*·÷/()\[\]^.,xX]*\Z")
_AFTER_A_VALUE = re.compile(r"=[ \t]*\d{1,30},[ \t]*\Z")  # "= 7200, " before "minus"
_PRODUCT = re.compile(r"\d[ \t]*[×*·÷/][ \t]*\d")


def _word_before(chunk: str, end: int) -> tuple[int, str]:
    """(where it starts, the word lowered) of the letters ending at `end`, at most 24 of them."""
    start, reach = end, max(0, end - 24)
    while start > reach and chunk[start - 1].isalpha():
        start -= 1
    return start, chunk[start:end].lower()


def _open_after(chunk: str, end: int, after: int, run: str) -> bool:
    """Whether the text after the run, starting at `after` with a character that is not plain
    punctuation, goes on from its last side ("= 10%", "= 2x", "= 4 times 3")."""
    first = chunk[after]
    if not first.isalpha():
        return True  # "= 10%", "= 3²", "= 4√2", "= 90°"
    if after == end and run[-1:].isdigit():
        return True  # a letter written against the number: "= 2x", "= 4π", "= 12k"
    return _WORD_AFTER.match(chunk, after).group().lower() in _OPEN_AFTER or \
        first in "rRwWlL" and run.rstrip(" \t")[-1:].isdigit() and _REMAINDER_AFTER.match(chunk, after) is not None


def _goes_on_after_operator(chunk: str, after: int) -> bool:
    """After a run that ends in an operator: whether what follows is its operand ("+ x", "× √2"), or
    the side goes on unwritten ("12 = 6 + … no", "= 75 ÷ 3 − 6 − ... hmm", "12 = 6 + ?"), not prose after
    a dash ("- that's it", "= 20 − that's it": the side is 20, and judged)."""
    if chunk.startswith(("...", "…", "?"), after):
        return True
    word = _WORD_AFTER.match(chunk, after)
    if word is None:
        return chunk[after] not in _CLOSED_AFTER
    return len(word.group()) == 1 or word.group().lower() in _OPEN_AFTER


_TRAILING_OPERATORS = frozenset("+×·÷/^*-−–")


# "so 23 × 68 is 1565", "184 + 1380 gives us 1564": an expression said in words to have a value (group 1: the words,
# with their spaces)
_VERBAL = re.compile(r"[\d)\]]([ \t]+(?:is(?:[ \t]+equal[ \t]+to)?|equals|makes|gives(?:[ \t]+us)?|comes[ \t]+to|yields)[ \t]+)"
                     r"(?=[-−]?[\d(])")
_OPERAND_CHARS = frozenset("0123456789.,()[] \t+-−–×*·÷/^")  # what the expression before those words may hold
_RIGHT_VALUE = re.compile(r"[-−]?\d{1,3}(?:,\d{3})+(?!\d|,\d)(?:\.\d+)?|[-−]?\d+(?:\.\d+)?(?:/\d+)?|\([-−]?\d+(?:/\d+)?\)")
_HAS_OPERATION = re.compile(r"[\d)\]][ \t]*(?:[+\-−–×*·÷/^])[ \t]*[\d(\[]")
# what may follow the value for the sentence to say only that ("is 24, so", "is 24 and"); not "is 2 more"
_VERBAL_END = frozenset("and so which but then thus hence as not exactly indeed".split())


def _may_say_value(text: str) -> bool:
    """Whether `_VERBAL` can match: one of its words is there (substring tests are far cheaper)."""
    return (" is" in text or "\tis" in text or "equals" in text or "makes" in text or "gives" in text
            or "comes" in text or "yields" in text)


def _verbal_runs(chunk: str) -> list[tuple[int, str]]:
    """(start, run) for each "expression is number" in the chunk, written as "expression = number"."""
    found = []
    for verbal in _VERBAL.finditer(chunk):
        words, said = verbal.start(1), verbal.end(1)
        value = _RIGHT_VALUE.match(chunk, said)
        start, reach = words, max(0, words - 200)
        while start > reach and chunk[start - 1] in _OPERAND_CHARS:  # back over the expression, to a word
            if chunk[start - 1] in ".," and chunk[start] in " \t":  # or to a sentence's end: "… is 24. 24 × 2 is 50"
                break
            start -= 1
        while start < words and chunk[start] in " \t,.":  # "So, 3 × 8 is 24": the comma is the sentence's
            start += 1
        expression = chunk[start:words].rstrip(" \t")
        if value is None or not _HAS_OPERATION.search(expression) or _listed_fraction(chunk, start, expression):
            continue
        after = _first_after(chunk, value.end())
        closed = after == len(chunk) or chunk[after] in _CLOSED_AFTER or chunk[after] in "=≠<>≤≥"  # "is 24 = 3 × 8"
        if not closed and chunk[after].isalpha() and after > value.end():  # a word, not "is 24x"
            closed = _WORD_AFTER.match(chunk, after).group().lower() in _VERBAL_END
        if not closed:
            continue
        expression, open_start = _start_in_context(chunk, start, expression)
        if not open_start:
            run = f"{expression} = {value.group()}"
            found.append((start, _leading_mixed_number(chunk, start, run) if "/" in run else run))
    return found


_FRACTION_ONLY = re.compile(r"\d+/\d+")


def _listed_fraction(chunk: str, start: int, expression: str) -> bool:
    """Whether the "expression" is a fraction that ends a list of numbers ("Nothing from 7, 10, 75/2 makes 144"):
    the list makes nothing, and 75/2 is one of its numbers, not said to be 144."""
    before = _last_before(chunk, start)
    return bool(_FRACTION_ONLY.fullmatch(expression)) and before >= 2 and chunk[before - 1] == "," and \
        chunk[before - 2].isdigit()


def find_claims(text: str, long_links: bool = False) -> list[Claim]:
    """Every relation-bearing run in the text, checked. `long_links`: a run too long to check whole is checked link
    by link too (`_links_of_long_run`), where a family judges such a chain at all."""
    if len(text) > _MAX_TEXT:
        return [Claim(text[:40] + "...", None, f"text too long to check (limit {_MAX_TEXT} characters)")]
    claims: list[Claim] = []
    for run in claim_runs(text):
        if len(run) > CLAIM_RULES.max_length:
            claims.append(Claim(run[:40] + "...", None, "equation too long to check"))
            if long_links:
                claims.extend(_links_of_long_run(run))
            continue
        claims.extend(check_run(run))
    return claims


def _links_of_long_run(run: str) -> list[Claim]:
    """The false links of a run too long to check whole ("1 + 1 = 3 = 3 = …" for pages): each relation between two
    sides short enough to read, a side inside the chain only where it reads whole (as `check_run` reads one)."""
    sides, rels = split_relations(run)
    last, false = len(sides) - 1, []
    for k, rel in enumerate(rels):
        left, right = sides[k], sides[k + 1]
        if len(left) + len(right) >= CLAIM_RULES.max_length or not all(
                k + j in (0, last) or _readable(side) for j, side in ((0, left), (1, right))):
            continue
        false.extend(claim for claim in check_run(f"{left}{rel}{right}") if claim.ok is False)
    return false


def _readable(side: str) -> bool:
    try:
        side_value(side)
        return True
    except ExprError:
        return False


def false_claims(text: str, long_links: bool = False) -> list[Claim]:
    """The claims in text that fail (the useful question for labelling a step)."""
    return [c for c in find_claims(text, long_links) if c.ok is False]


def unreadable_claims(text: str) -> list[Claim]:
    return [c for c in find_claims(text) if c.ok is None]


# ---------------------------------------------------------------- the sentence around a claim

SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")  # a full stop in "1.5" or "e.g.5" ends nothing


def sentence_start(text: str, at: int, marks: re.Pattern = SENTENCE_END, back: int = 160) -> int:
    """Where the sentence holding text[at] starts, looked for at most `back` characters back (so a step of
    many claims costs time in proportion to its length)."""
    reach = max(0, at - back)
    return max((m.end() for m in marks.finditer(text, reach, at)), default=reach)


def sentence_around(text: str, start: int, end: int, marks: re.Pattern = SENTENCE_END, back: int = 160,
                    ahead: int | None = 160) -> tuple[int, re.Match | None]:
    """The sentence holding the claim text[start:end], for the verifiers' hedge rules ("if 6 × 4 = 24, …",
    "… = 24?"): where it starts, and the mark that ends it (None when none lies within `ahead` characters;
    `ahead` None: anywhere after)."""
    closed = marks.search(text, end, len(text) if ahead is None else end + ahead)
    return sentence_start(text, start, marks, back), closed


# An approximation is judged loosely, as said: "387 × 412 ≈ 400 × 400 = 160,000", "1/3 ≈ 0.33" and "2/3 ≈ 0.6" hold,
# "387 × 412 ≈ 16,000", "1/3 ≈ 0.5" and "22/7 ≈ 3.2" do not. A decimal written with places must be the value rounded or
# cut short to them; anything else (an estimate) within one of it, or a factor of 2 with the same sign. A side the words
# around it go on with ("half of 20 ≈ 10", "≈ 1.6 million", "≈ 33%", "x − 3 ≈ 2") is left out.
_APPROXIMATELY = re.compile(r"≈|≃|=[ \t]?~|~=")
_APPROXIMATED = re.compile(r"[-−]?[\d(][\d \t+\-−×*·÷/()\[\]^.,]*\Z")
_APPROXIMATE_VALUE = re.compile(r"[ \t]*([-−]?[\d(][\d \t+\-−×*·÷/()^.,]{0,200})")
_SAID_NUMBER = re.compile(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d{1,60})(?:\.(\d{1,60}))?")
_GOES_ON_BEFORE = frozenset("of times by plus minus over than from half double twice triple".split())
_GOES_ON_AFTER = re.compile(r"[ \t]*(?:%|[^\W\d_])")
_SIGN_AFTER = re.compile(r"[ \t]*[+\-−×*·÷/^(]")  # a number that opens an expression


def approximations_hold(text: str, reach: int = 200) -> bool:
    """Whether each approximation the text says holds as loosely as it is said; each side read no further back than
    `reach`. What a family sets aside as asked or taken back is its own to take out first."""
    if "≈" not in text and "~" not in text and "≃" not in text:
        return True
    for approx in list(_APPROXIMATELY.finditer(text))[:60]:
        left = _APPROXIMATED.search(text, max(0, approx.start() - reach), approx.start())
        right = _APPROXIMATE_VALUE.match(text, approx.end())
        if left is None or right is None:
            continue
        before = _last_before(text, left.start())
        if _word_before(text, before)[1] in _GOES_ON_BEFORE or \
                left.group()[0] in "-−" and before and text[before - 1].isalnum():  # "x − 3 ≈ 2"
            continue
        said = right.group(1).rstrip(" \t.,")
        number = _SAID_NUMBER.fullmatch(said)
        if number is None and (number := _SAID_NUMBER.match(said)) is not None and _SIGN_AFTER.match(said, number.end()):
            number = None  # the first number of an expression
        if _GOES_ON_AFTER.match(text, right.start(1) + len(said)):
            continue
        said = said if number is None else number.group().replace(",", "").replace("−", "-")
        try:
            v, r = Fraction(side_value(left.group().strip(" \t.,"))), Fraction(side_value(said))
        except (ExprError, ValueError):
            continue
        if number is not None and number.group(1):  # "0.33": the value rounded or cut short to its places
            if not approximates(str(v), said):
                return False
        elif not (abs(v - r) < 1 or v * r > 0 and Fraction(1, 2) <= v / r <= 2):  # an estimate
            return False
    return True


