"""Reading a Countdown step's equations and the positions it states, for the step reader.

`_read` turns a step into pieces: the equations each writes (the numbers the first side starts from, the
value of every side, whether it says "="; None when one is false, as `core.claims` checks it), the position
a piece says a move leaves or the search stands at ("leaving 4, 7, 16", "Back to …"), which equations a
"then" chains to the move before (`_bound`), and a solution claimed or written out. Everything is cached per
distinct text, since a trace repeats its lines. `_hedged` is here because a "then" in a hedged sentence
chains nothing; what a step claims in words is read in `countdown_claims`, and the moves are played in
`countdown_reader`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from fractions import Fraction
from functools import lru_cache

from slowthink.core.claims import (CLAIM_RULES, MIXED_READING, as_meant, check_run, claim_runs, flat_value,
                                   improper_fractions, may_claim, parsed_side, placed_claim_runs, relation_holds,
                                   sentence_around, side_value)
from slowthink.core.expr import BinOp, ExprError, Num, evaluate, parse_tokens, tokenize
from slowthink.verifiers.countdown_values import _whole

_RELATION = re.compile(r"<=|>=|!=|[=≠<>≤≥]")
_MARK = re.compile(r"(?<!no )\b(?:it works|that works|this works|which works|works!|solution(?: is)?\s*:|goal reached|"
                   r"found it|that(?:'s|’s| is) (?:it|the (?:answer|solution))\b(?!\s*\?|\s+for\b)|"
                   r"done!|solution found|solved!|success!|(?:is|'s|’s) a (?:valid|correct|working) solution\b(?!\s*\?)|"
                   r"final\s*:|yes!|bingo\b|eureka\b|got it!|there it is\b)", re.I)
# a goal the step sets itself before a finish word ("can 4 and 7 make 3? 7 − 4 = 3, that works", "I need 3 from 4 and 7:
# … That works!"): the word may say that goal is reached, not the target; "yes!" after a question answers it
_SUB_GOAL = re.compile(r"\b(?:make|makes|making|need|needs|get|reach|form)\s+(?:an?\s+)?(\d{1,12}(?:/\d{1,12})?)\b"
                       r"(?![ \t]*[+\-−×*xX÷/^(])", re.I)
_STATED_SOLUTION = re.compile(r"(?<!no )\b(?:solution(?: is)?\s*:|found it\s*:|final\s*:)(.*)", re.I | re.S)

# "24 = 3 × 8: can 4 and 7 make 3? 7 − 4 = 3. Yes!": the yes claims that the equation before it reaches z
# (only numbers, operators and punctuation between them: "? No. 13 − 4 = 9, yes, …" is left alone)
_ASKED = re.compile(r"\bmake (\d{1,12}(?:/\d{1,12})?)\s*\?([\d\s+\-−–×*xX÷/()\[\]=.,:;]*)\byes\b", re.I)
_LIST_NUMBER = re.compile(r"\d+")
# a list of the numbers in play, after words that say what a move leaves or where the search stands
# ("leaving 4, 7 and 16", "Now: 2, 4, 4", "Current numbers: {4, 6, 12}", "the remaining numbers are 4, 7 and 16",
# "So we have 1, 2, 12." and "We have 1, 2, 12" opening a sentence or after a comma, the list ending the sentence,
# "New set: {4, 7, 16}", and as Tree-of-Thoughts prompts write it, "(left: 4 6 12)", and as Stream-of-Search traces
# do, "Resulting Numbers: [4, 7, 16]"); the list must end there (not run on into an expression such as "→ 8 × 3 = 24"),
# and be no count ("Now we have 3 numbers: …")
_POSITION = re.compile(r"(?<!\w)(?:(?P<leaves>[Ll]eaving|[Ll]eaves|[Ll]eft:|[Ll]eft with:?|[Rr]emaining numbers(?: are)?:?|[Rr]emaining:|"
                       r"[Nn]ow we have:?|[Ww]e now have:?|[Nn]ow have:?|[Nn]ow I have:?|I now have:?|[Nn]ow the numbers are:?|"
                       r"(?:(?<![^\n])[ \t]*|(?<=[.;!?,] ))(?:(?:[Ss]o|[Tt]hen|[Aa]nd)\s+)?[Ww]e have:?(?=[\s\[{]*\d{1,12}"
                       r"(?:/\d{1,12})?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,12}(?:/\d{1,12})?)*[\]}]?\s*(?:[.;!?]|$))|"
                       r"[Nn]umbers now:?|[Nn]umbers are now:?|[Nn]ew set:|[Ss]et (?:becomes|is now):?|[Rr]esulting [Nn]umbers:|"
                       r"[Nn]ow:|[Cc]urrent(?: numbers| set)?:|(?<![^\n])[ \t]*(?:[Nn]umbers|[Ss]tate):|"
                       r"(?<=[.;!?] )(?:[Nn]umbers|[Ss]tate):|→)|[Bb]ack to(?: the start| node \d++)?:?|"
                       r"[Ff]rom|[Nn]ode \d+:)\s*[\[{]?(?P<list>\d{1,12}(?:/\d{1,12})?"
                       r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|[ \t]+)\d{1,12}(?:/\d{1,12})?)*)[\]}]?"
                       r"(?=\s*$|\s*[.;:!?,)]|\s+[^\W\d_])(?!\s+(?:numbers?|values?|options?|ways?|choices?|cards?)\b)")


# the same said with the list first, as models often put it: "so we have 4, 6, 13 left", "and 4, 6, 13 are left",
# "now we have 2, 4 and 4 remaining" (a match starts at its opening word; see `_LIST_FIRST_WORDS`)
_POSITION_LIST_FIRST = re.compile(r"(?<!\w)(?:(?:[Ss]o\s+)?(?:[Nn]ow\s+)?[Ww]e\s+(?:now\s+)?have|[Ww]e'?ve\s+got|and)\s+[\[{]?"
                                  r"(?P<list>\d{1,12}(?:/\d{1,12})?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,12}(?:/\d{1,12})?)+)"
                                  r"[\]}]?\s+(?P<leaves>(?:are\s+|is\s+)?(?:left(?:\s+over)?|remaining|remain))"
                                  r"(?=\s*$|\s*[.;:!?,)]|\s+[^\W\d_])")
_LIST_FIRST_WORDS = ("o we", "ow we", "e have", "e now have", "e've got", "eve got", "and ")


# where a `_POSITION` match may start: the character before one of these (a word's first letter, either case), or an
# arrow; the pattern is matched there alone, not tried at every character of the step (see `_matches_from`)
_POSITION_WORDS = ("eav", "eft", "emaining", "esulting ", "ow ", "e now have", " now have", "ack to", "rom", "ode ",
                   "e have", "o we", "hen we", "nd we",
                   "ow:", "urrent", "umbers now", "umbers are now", "ew set:", "et becomes", "et is now", "umbers:",
                   "tate:")


def _position_matches(step: str):
    """`_POSITION.finditer(step)`, tried only where a match may start (`_POSITION_WORDS`)."""
    starts = set()
    for word in _POSITION_WORDS:
        at = step.find(word, 1)
        while at >= 0:
            starts.add(at - 1)
            at = step.find(word, at + 1)
    at = step.find("→")
    while at >= 0:
        starts.add(at)
        at = step.find("→", at + 1)
    found = list(_matches_from(_POSITION, step, starts))
    if " left" in step or " remain" in step:  # the list said first ("so we have 4, 6, 13 left")
        firsts = set()
        for word in _LIST_FIRST_WORDS:
            at = step.find(word)
            while at >= 0:
                firsts.add(at if word == "and " else max(0, at - 1))
                at = step.find(word, at + 1)
        taken = [(m.start(), m.end()) for m in found]
        found += [m for m in _matches_from(_POSITION_LIST_FIRST, step, firsts)
                  if not any(a < m.end() and m.start() < b for a, b in taken)]
        found.sort(key=lambda m: m.start())
    return found


def _matches_from(pattern: re.Pattern, text: str, starts: set):
    """The matches `pattern.finditer(text)` finds, for a pattern that matches nothing empty and no match of which
    starts anywhere but at `starts`: each start in turn, from where the match before ended, as the scan goes;
    a start the scan would pass over finds nothing there, so only these are tried."""
    end = 0
    for at in sorted(starts):
        if at >= end:
            match = pattern.match(text, at)
            if match:
                yield match
                end = match.end()


def _may_list(step: str) -> bool:
    """Whether `_POSITION` can match at all: one of its words is there (most lines have none)."""
    return ("eav" in step or "eft:" in step or "→" in step or "ack to" in step or "rom" in step or "ode " in step
            or "eft with" in step or "emaining" in step or "esulting " in step or "w have" in step or "ew set:" in step
            or "e have" in step or "ow I have" in step or "ow:" in step or "urrent" in step or "umbers now" in step
            or " left" in step or " remain" in step or "umbers" in step or "et becomes" in step or "et is now" in step
            or "tate:" in step)


def _may_say(step: str, words: tuple) -> bool:
    """Whether a case-blind pattern for these words can match: a word is in the lowered text, or the
    text has one of the three letters that case-blind matching takes for an ASCII one but lower() does
    not (ſ for s, ı and İ for i: checked over every code point; İ lowers to two characters)."""
    lowered = _lowered(step)
    if lowered is None:
        return True
    for word in words:
        if word in lowered:
            return True
    return False


@lru_cache(maxsize=1 << 8)
def _lowered(step: str) -> str | None:
    """The step lowered for `_may_say`, or None if it has an ſ, ı or İ (then every pattern may match): worked
    out once per step, which is asked about a dozen words."""
    return None if "ſ" in step or "ı" in step or "İ" in step else step.lower()


def _equations(step: str) -> tuple | None:
    """The equations of a step, read once per distinct text: None if one is false, else for each
    readable one (the numbers its first side starts from, the value of every side, whether it says "=").

    Whole values are kept as ints, which hash far faster than Fractions in the position counts."""
    return _placed_equations(step)[0]


@lru_cache(maxsize=1 << 14)
def _placed_equations(step: str) -> tuple[tuple | None, tuple | None]:
    """(`_equations`, where in the step the run of each equation starts), the places None when the step is not
    read as written (`placed_claim_runs`): `_bound` counts the equations of a step's pieces by them."""
    if not may_claim(step):
        return (), ()
    placed = placed_claim_runs(step)
    out, places = [], []
    # the runs `find_claims` would check, most of them read here directly
    for at, run in placed if placed is not None else ((None, run) for run in claim_runs(step)):
        equations = _run_equations(run)
        if equations is None:
            return None, None
        out += equations
        places += [at] * len(equations)
    return tuple(out), (tuple(places) if placed is not None else None)


def _run_equations(run: str) -> list | None:
    """The `_run_parts` of a run as `_equations` reads them, chains split (`_run_on`); None if one is false."""
    out = []
    if len(run) > CLAIM_RULES.max_length:
        return out  # too long to read: no claim either way
    while run is not None:
        parts = _run_parts(run)
        # "1 + 6 = 7 ÷ 1 = 7": 1 + 6 = 7, then 7 ÷ 1 = 7 (a run of one equation on whole numbers, read by
        # its own match, has no chain to split: `_one_plain_equation`)
        run_on = _run_on(run, True) if parts and not _one_plain_equation(run) else None
        if parts is not False and run_on is None:
            out += parts
            break
        run_on = run_on or _run_on(run)  # "6 × 8 = 48 − 2 = 46": 6 × 8 = 48, then 48 − 2 = 46
        if run_on is None:
            return None
        head, run = run_on
        parts = _run_parts(head)
        if parts is False:
            return None
        out += parts
    return out


def _one_plain_equation(run: str) -> bool:
    """Whether the run is one true relation between two sides of whole numbers (and ÷ of two of them), as
    `_whole_run` or `_quotient_run` read it: then `_run_on(run, True)` is None (its one relation holds, read
    side by side just as those read it), and the second reading of most runs of a trace is skipped."""
    parts = _whole_run(run)
    if parts is None:
        parts = _quotient_run(run)
    return bool(parts) and len(parts[1]) == 2


def _run_parts(run: str) -> list | bool:
    """The `_claim_parts` of each readable equation of a run, or False if a relation in it fails."""
    parts = _whole_run(run)
    if parts is None:
        parts = _quotient_run(run)
    if parts is not None:
        return parts if parts is False else [parts]
    out = []
    for claim in check_run(run):
        if claim.ok is False:
            return False
        if claim.ok and claim.reason == MIXED_READING:  # "7 ÷ 2 = 3 1/2, 3 1/2 × 2 = 7": the 3 1/2 is one number,
            meant = improper_fractions(claim.text)  # 7/2, made earlier; read as written so, or not at all
            parts = _run_parts(meant) if meant != claim.text else False
            if parts is False:
                return False
            out += parts
        elif claim.ok:
            out.append(_claim_parts(claim.text))
    return out


# a side that goes on from a number with an operation: "48 − 2", "7/2 + 1" (group 1: the number); never a "/"
# after a whole number ("3 = 3/4" is a fraction, and false)
_RUN_ON_HEADS = (re.compile(r"\s*(\d{1,30})\s*[-+−–×*÷]\s*[\d(]"),
                 re.compile(r"\s*(\d{1,30}/\d{1,30})\s*[-+−–×*÷]\s*[\d(]"))
_RELATIONS_KEPT = re.compile(r"(<=|>=|!=|[=≠<>≤≥])")


@lru_cache(maxsize=1 << 12)
def _run_on(run: str, holding: bool = False) -> tuple[str, str | None] | None:
    """A chain written left to right, as people work a search out: "6 × 8 = 48 − 2 = 46" says 6 × 8 = 48 and
    then 48 − 2 = 46, not 48 = 46. Where the first relation of a run that fails is an "=" whose right side goes
    on from the very value of its left ("= 48 − 2" after 6 × 8), the run is that value's equation, (head, the
    rest from that side on, or None if the rest has no relation: "6 × 8 = 48 − 2 ... no" leaves 48 − 2
    unfinished, and unjudged); else None, and the run is false. Each part is judged in full, so every
    equation said is still checked ("6 × 8 = 47 − 2 = 45" fails at 6 × 8 = 47). Only Countdown reads runs
    so: its moves are what a person does, each checked against the numbers in play, while in an arithmetic
    trace "2 + 3 = 5 × 4 = 20" for 2 + 3 × 4 is the classic slip, and must stay false.

    `holding`: the same split where the run holds as written only because the chain goes on by nothing ("1 +
    6 = 7 ÷ 1 = 7", "6 × 4 = 24 + 2 − 2 = 24"): its moves are still the chain's, so a number it takes twice (the
    1, from 1, 4, 6, 10) is caught; it is taken only when the chain goes on to another relation."""
    parts = _RELATIONS_KEPT.split(run)
    sides, relations = parts[0::2], parts[1::2]
    for k, relation in enumerate(relations):
        try:
            left, right = side_value(sides[k]), side_value(sides[k + 1])
        except ExprError:
            continue  # a side that cannot be read breaks the chain: its pieces are judged apart
        holds = relation_holds(relation, left, right)
        if holds and not (holding and relation == "=" and k + 1 < len(relations)):
            continue
        if relation != "=":
            return None
        for head in _RUN_ON_HEADS:
            number = head.match(sides[k + 1])
            if number and _listed_number(number.group(1)) == left:  # "n/0" is -1, which no side is worth here
                rest = "".join(parts[2 * k + 2:]) if k + 1 < len(relations) else None
                return "".join(parts[:2 * k + 1]).rstrip() + " = " + number.group(1), rest
        if not holds:
            return None
    return None


@lru_cache(maxsize=1 << 16)
def _whole_run(run: str) -> tuple | bool | None:
    """A run whose sides are all whole numbers joined by + − ×: its `_claim_parts`, or False if a
    relation in it fails; None for any other run (the general reader takes it)."""
    move = _MOVE_RUN.fullmatch(run)
    if move:  # "8 + 8 = 16", most runs of a trace: read in one match, no splitting into sides
        a, op, b, c = int(move.group(1)), move.group(2), int(move.group(3)), int(move.group(4))
        value = a + b if op == "+" else a * b if op in "×*" else a - b
        return (((a,), (b,)), (value, c), True) if value == c else False
    sides = _RELATION.split(run)
    if not all(_WHOLE_SIDE.fullmatch(side) for side in sides):
        return None
    values = tuple(flat_value(side) for side in sides)
    relations = _RELATION.findall(run)
    if not all(relation_holds(relation, values[k], values[k + 1]) for k, relation in enumerate(relations)):
        return False
    return tuple((int(n),) for n in _LIST_NUMBER.findall(sides[0])), values, relations[0] == "="


# "8 + 8 = 16": one operation on two whole numbers, said to equal a whole number (a `_WHOLE_SIDE` each side)
_MOVE_RUN = re.compile(r"\s*(\d{1,30})\s*([-+−×*])\s*(\d{1,30})\s*=\s*(\d{1,30})\s*")
# "52 ÷ 10 = 26/5", "100 ÷ 2 = 50": a quotient of two whole numbers said to be a whole number or a fraction
_QUOTIENT_RUN = re.compile(r"\s*(\d{1,30})\s*÷\s*(\d{1,30})\s*=\s*(\d{1,30})(?:/(\d{1,30}))?\s*")


@lru_cache(maxsize=1 << 14)
def _quotient_run(run: str) -> tuple | bool | None:
    """A `_QUOTIENT_RUN`: what `check_run` and `_claim_parts` make of it (a p ÷ q that is not whole is one
    atom, the fraction, p and q, as `_atoms` gives it), or False if it is not so; None for any other run,
    and for a zero divisor (the general reader has its own ways with those). Every try at a division
    writes one, and the general reader parses it in about a tenth of a millisecond."""
    quotient = _QUOTIENT_RUN.fullmatch(run)
    if not quotient or int(quotient.group(2)) == 0 or quotient.group(4) and int(quotient.group(4)) == 0:
        return None
    a, b, c = int(quotient.group(1)), int(quotient.group(2)), int(quotient.group(3))
    made, said = Fraction(a, b), Fraction(c, int(quotient.group(4) or 1))
    if made != said:
        return False
    atoms = ((a,), (b,)) if made.denominator == 1 else ((made, a, b),)
    return atoms, (_whole(made), _whole(said)), True


# a side of whole numbers joined by + − ×, no brackets or division: "50 − 14", "36 × 16", "576"
_WHOLE_SIDE = re.compile(r"\s*\d{1,30}(?:\s*[-+−×*]\s*\d{1,30}){0,8}\s*")


@lru_cache(maxsize=1 << 16)  # equations recur far more than whole steps ("8 + 8 = 16"), and are small
def _claim_parts(run: str) -> tuple[tuple, tuple, bool]:
    """(the numbers the first side starts from, the value of every side that can be read, whether the
    relation is "="). The first side is read once, for both its numbers and its value; the longest
    readable tail of it gives the numbers when all of it cannot be read, as core.claims reads it."""
    run = as_meant(run)  # "8 ÷ 1/3 = 24": the 1/3 made earlier, one number
    sides = _RELATION.split(run)
    equal = _RELATION.search(run).group() == "="
    first, values, atoms = sides[0], [], ()
    if _WHOLE_SIDE.fullmatch(first):  # "50 − 14", "576": its numbers, in order, are its atoms
        atoms = tuple((int(n),) for n in _LIST_NUMBER.findall(first))
        values.append(flat_value(first))
    elif (parsed := parsed_side(first)) is not None:  # read whole, as `check_run` has read it already
        atoms = tuple(_atoms(parsed[0]))
        values.append(_whole(parsed[1]))
    else:
        try:
            tokens = tokenize(first, CLAIM_RULES)
        except ExprError:
            tokens = []
        for cut in range(len(tokens)):
            try:
                tree = parse_tokens(tokens[cut:], CLAIM_RULES)
            except ExprError:
                continue
            atoms = tuple(_atoms(tree))
            if cut == 0:
                try:
                    values.append(_whole(evaluate(tree, CLAIM_RULES)))
                except ExprError:
                    pass
            break
    for side in sides[1:]:
        try:
            values.append(_whole(side_value(side)))
        except ExprError:
            pass
    return atoms, tuple(values), equal


def _atoms(node) -> list[tuple]:
    """The numbers an expression starts from; p/q that is not whole may stand for a fraction made earlier."""
    if type(node) is Num:
        return [(_whole(node.value),)]
    if type(node) is BinOp:
        if node.op == "/" and type(node.left) is Num and type(node.right) is Num and node.right.value \
                and (node.left.value / node.right.value).denominator != 1:
            left, right = _whole(node.left.value), _whole(node.right.value)
            return [(node.left.value / node.right.value, left, right)]
        return _atoms(node.left) + _atoms(node.right)
    if type(node.operand) is Num:  # "(−4) × (−6)": a negative number made earlier (the rules let answers pass
        return [(-_whole(node.operand.value),)]  # through one), not the 4 it is written with
    return _atoms(node.operand)


def _listed_number(text: str):
    """One number as a trace writes it, "24" or "13/8" (a whole p/q as an int); -1 for "n/0", which is in
    play nowhere and is made by nothing (the lists read here have no minus sign)."""
    top, _, bottom = text.strip().partition("/")
    if not bottom:
        return int(top)
    return _whole(Fraction(int(top), int(bottom))) if int(bottom) else -1


# between a list's numbers: "4, 7, 16", "4, 7 and 16", "4 and 7", "11, 3 or 28" (case-blind, as the lists are found)
_SEPARATOR = r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+"
_LIST_SEPARATOR = re.compile(_SEPARATOR, re.I)


# "4, 7, 16": most lists, whose numbers `_number_list` takes without the general separator
_PLAIN_LIST = re.compile(r"\d+(?:, \d+)*")


# and between the numbers of a position's list, spaces alone too ("left: 4 6 12")
_POSITION_SEPARATOR = re.compile(_SEPARATOR + r"|[ \t]+", re.I)


def _number_list(text: str) -> tuple:
    """"4, 7, 16", "4, 7 and 16", "4 and 7", "4 6 12": the numbers, sorted."""
    if _PLAIN_LIST.fullmatch(text):
        return tuple(sorted(map(int, text.split(", "))))
    return tuple(sorted(_listed_number(part) for part in _POSITION_SEPARATOR.split(text.strip())))


@lru_cache(maxsize=1 << 14)
def _read(step: str) -> tuple | None:
    """A step read once per distinct text, or None if an equation in it is false (or a "yes" its
    question does not get): its pieces, cut at each stated position, as (equations before it,
    "leaves" / "at" / None, the numbers listed, which of the equations a "then" introduces: `_bound`);
    for a claimed solution (the final value of the equation just before the claim, or None, and the
    final values of them all), else None; and the numbers of a solution written out
    (`_stated_solution`), else None.

    "…, leaving 4, 7, 16" / "That leaves …" / "left: …" / "Remaining: …" / "now we have …" / "→ …"
    (a list may be in brackets: "→ [4, 7, 16]") say what a move leaves; "Back to …",
    "from …", "Node k: …" say where the search stands. Lists hold no equations, so reading the
    pieces between them reads every equation of the step."""
    pieces, at = [], 0
    for match in _position_matches(step) if _may_list(step) else ():
        # "6 ÷ 1/4 = 24 (left: 24)": the bracket before the list opens it, and is not the equation's
        end = match.start() - 1 if step[match.start() - 1:match.start()] in ("(", "[") else match.start()
        pieces.append((_equations(step[at:end]), "leaves" if match.group("leaves") else "at",
                       _number_list(match.group("list")), _bound(step, at, end)))
        at = match.end()
    if at < len(step) or not pieces:
        pieces.append((_equations(step[at:]), None, (), _bound(step, at, len(step))))
    if any(equations is None for equations, _, _, _ in pieces) or "?" in step and not _yes_answers_hold(step):
        return None
    mark = _MARK.search(step) if _may_say(step, ("works", "solution", "goal reached", "found it", "that", "done", "solved!",
                                                 "success!", "final", "yes!", "bingo", "eureka", "got it!", "there it is")) \
        else None
    if mark and mark.group()[:1] in "tTdD" and _hedged(step, mark.start(), mark.end(), but_retracts=False):
        mark = None  # "If 7 and 4 make 3, that's it": said of a move wished for
    if mark and mark.group()[:1] in "yY" and "?" in step[:mark.start()]:
        mark = None  # "Is 3 + 4 = 7? Yes!": the question answered
    if mark and mark.group()[:1] in "sS" and _QUALIFIED.search(step, max(0, mark.start() - 24), mark.start()):
        mark = None  # "Possible solution: (100 + 6) × 3 = 318. No.": a try, named as one
    if not mark:
        return tuple(pieces), None, None
    before = _equations(step[:mark.start()])
    finals = tuple(values[-1] for equations, _, _, _ in pieces for _, values, _ in equations if values)
    last = before[-1][1][-1] if before and before[-1][1] else None
    goals = frozenset(_listed_number(goal) for goal in _SUB_GOAL.findall(step, 0, mark.start()))
    stated = _stated_solution(step, mark.start())
    return tuple(pieces), (last if before else (), finals, goals), stated


# a word before "solution:" that makes it a try: "Possible solution:", "Candidate solution:", "Maybe a solution:"
_QUALIFIED = re.compile(r"\b(?:possible|candidate|potential|maybe|perhaps|try|trying|tentative|partial|proposed|"
                        r"attempted|an attempt at)\s+(?:an?\s+)?\Z", re.I)


# "8 + 8 = 16, then 16 + 7 = 23", "…; then …", "…, and then …", "… too small. Then …": a "then" that opens a
# clause (or a piece of a step: "→ 4, 7, 16, then …"), group 1; "back to 4, 7, 16 then." has none after it
_THEN_MOVE = re.compile(r"(?:[,;:.!?\n]|\band)\s{0,8}(then)\b|\A\s{0,8}(then)\b", re.I)


def _bound(step: str, start: int, end: int) -> frozenset:
    """Which equations of step[start:end] (their indices in its `_equations`) a "then" introduces: each the first
    after a `_THEN_MOVE` not in a hedged or asked sentence ("if 7 − 4 = 3, then …", "… then 8 × 3 = 24?"). The
    text is read again cut before each "then", and the parts are used only if they hold the very equations
    the whole does (a "then" never splits one).

    Reading the parts again cost a tenth of the labelling, so where the text is read as written and no letter
    comes right before a "then" (not "andthen"), the parts are counted by where the whole's equations are
    instead: there they are the same (`placed_claim_runs`; `_bound_by_parts` is the reading it stands for)."""
    text = step[start:end]
    # a substring test first: the case-blind search costs ten times as much, and most pieces have no "then"
    # (no letter of it is matched case-blind by one outside ASCII, so the lowered text has it if the pattern does)
    whole = _equations(text) if "then" in text.lower() and _THEN.search(text) else None
    if not whole:
        return frozenset()
    cuts = [then.start(then.lastindex) for then in _THEN_MOVE.finditer(text)]
    places = _placed_equations(text)[1]
    if places is None or any(cut and text[cut - 1].isalnum() for cut in cuts):
        return _bound_by_parts(step, start, text, whole, cuts)
    bound = set()
    for at, cut in zip(cuts, cuts[1:] + [len(text)]):
        first = bisect_left(places, at)  # the first equation after the "then" at `at`, if it is before the next
        if first < len(places) and places[first] < cut and \
                not _hedged(step, start + at, start + at + 4, but_retracts=False):
            bound.add(first)
    return frozenset(bound)


def _bound_by_parts(step: str, start: int, text: str, whole: tuple, cuts: list) -> frozenset:
    """`_bound` by reading each part of the text again."""
    bound, parts = set(), []
    for k, (at, cut) in enumerate(zip([0] + cuts, cuts + [len(text)])):
        part = _equations(text[at:cut])
        if part is None:
            return frozenset()
        if k and part and not _hedged(step, start + at, start + at + 4, but_retracts=False):
            bound.add(len(parts))  # the first equation after the "then" at `at`
        parts += part
    return frozenset(bound) if tuple(parts) == whole else frozenset()


def _stated_solution(step: str, at: int = 0) -> Counter | None:
    """The numbers of a solution written out after "Solution:" / "Found it:" (an expression equal
    to something, its first side made of two or more numbers; a p/q counts as p and q), else None."""
    stated = _STATED_SOLUTION.search(step, at)
    if not stated:
        return None
    for atoms, _, equal in _equations(stated.group(1)) or ():
        if equal and len(atoms) > 1:
            return Counter(n for atom in atoms for n in (atom[1:] if len(atom) == 3 else atom))
    return None


# words before a claim, in its sentence, that take it back, report it or leave it open: "I thought 1, 4, 6
# could not make 24", "if 4, 9, 10 cannot make 24, …", "before saying …", "the claim that …"
_HEDGE = re.compile(r"\b(?:if|whether|unless|maybe|perhaps|might|may|thought|think|assumed?|supposed?|wrong(?:ly)?|"
                    r"mistaken?|not sure|doubt|claim(?:ed|s)?|earlier|not true|not the case|seems?|seemed|looks?|"
                    r"looked|guess|probably|likely|unlikely|hoped?|feared?|before|should(?:n't)?|conclude|about to|"
                    r"verify|verifying|check|checking|said|say|says|wrote|write|writing|wait|tempt\w*|would|"
                    r"suspect\w*|instead of|rather than|not that|prove|proving|show that|test|testing)\b", re.I)
_NEAR = 160  # how far before and after a claim its sentence is read for hedges, a "but" or a "?"


_THEN = re.compile(r"\bthen\b", re.I)
_BUT = re.compile(r"\bbut\b")


def _hedged(step: str, start: int, end: int, but_retracts: bool = True) -> bool:
    """Whether the claim at step[start:end] is taken back, reported, asked or left open: a hedge before it
    in its sentence, or a "?" or (`but_retracts`: "…cannot make 24, but 4 × 6 = 24") a "but" after it. A
    claim that says a thing is so ("the largest … is 20, but 24 is more") is not taken back by a "but".
    Only `_NEAR` characters either side are read, so a step of many claims costs time in proportion to
    its length."""
    opened, closed = sentence_around(step, start, end, back=_NEAR, ahead=_NEAR)
    after = step[end:closed.end() if closed else end + _NEAR]
    return bool(_HEDGE.search(step, opened, start)) or "?" in after or \
        but_retracts and _BUT.search(after) is not None


def _yes_answers_hold(step: str) -> bool:
    """Every "can … make z? … yes" in a step: the last equation between the question and the yes
    reaches z (with no equation there, the yes is not checked)."""
    for asked in _ASKED.finditer(step):
        equations = _equations(asked.group(2))
        if equations and equations[-1][1] and equations[-1][1][-1] != _listed_number(asked.group(1)):
            return False
    return True
