"""What a Countdown step says in words besides its equations, read and judged exactly.

Dead ends ("So 4, 9, 10 cannot make 24", "Node 3: dead end"), bounds ("The largest value … is 24"), "no
solution", a pair said to make a value or a list of values, the lists of an argument by the last step,
where a try lands ("= 23: too small"), how near a value comes ("16 is 8 short of 24"), the values a step
says it wants made, and the expressions it writes. Each function gives the claims of one text, or whether
they hold, mostly cached per text; the search that judges a "cannot" is `countdown_values`', and which
position a claim is about is known only to `countdown_reader`, which calls these. A new wording of a
claim is added here, beside the others of its kind.
"""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction
from functools import lru_cache

from slowthink.core.expr import BinOp, ExprError, Num, evaluate, format_value, parse_tokens, tokenize
from slowthink.verifiers.countdown_answers import ANSWER_RULES, MAX_SEARCH_NUMBERS
from slowthink.verifiers.countdown_equations import (_LIST_SEPARATOR, _SEPARATOR, _THEN, _hedged, _listed_number,
                                                     _lowered, _matches_from, _may_say, _number_list)
from slowthink.verifiers.countdown_values import _pair_makes, _partners, _quotient, _whole

# "uses 4, 7, 8 and 8, each once": the numbers a step says it used, which must be the given ones
_USED = re.compile(r"\b(?:uses?|used)\b:?\s+(\d+(?:\s*(?:,\s*and|,|and)\s*\d+)*),?\s+each\s+(?:exactly\s+)?once", re.I)
# "6 × 4 × (3 − 2) = 24, using all four numbers", "… = 952. All six numbers used once": said right after an equation,
# that its moves have taken every number, so the position reached holds one; not said negated ("not using all the
# numbers", "without using all …"), nor of what a solution must do ("We must end up using all four numbers")
_ALL_USED = re.compile(r"(?<!not )(?<!n't )(?<!without )(?<!never )\b(?:using|uses|used)\s+all\s+(?:(?:of\s+)?the\s+)?"
                       r"(?:(?:four|five|six|\d|given)\s+)?numbers\b|(?<!not )\ball\s+(?:four\s+|five\s+|six\s+|\d\s+|the\s+)?"
                       r"numbers\s+(?:are\s+|were\s+|have been\s+)?used\b(?!\s+up\b)", re.I)
_RIGHT_AFTER_EQUATION = re.compile(r"=[ \t]*\d[\d/]*[ \t]*[,.;:!—–-]?[ \t]*\Z")
# "Not needed: 3.", "Left unused: 7 and 9", "unused: 7": the numbers a step says went unused, which must be given
# ones, and with the numbers it says it used, all of them
_UNUSED = re.compile(r"\b(?:not needed|unused)\s*:\s*(\d+(?:\s*(?:,\s*and|,|and)\s*\d+)*)", re.I)


# a list of two numbers or more ("4, 7, 8 and 8", "1/3, 8"), as one group, that no operator goes on from
_NUMBER_LIST = (r"(\d{1,12}(?:/\d{1,12})?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,12}(?:/\d{1,12})?)+)"
                r"(?!\d|[/.]\d|\s*[-+−×*÷/=^(])")
# the problem said again before any move, as a misreading model says it wrong ("Numbers: 4, 7, 8, 9" for 4, 7, 8, 8):
# "Numbers 4, 1, 6, 12;", "The numbers are …", "We have …", "I'm given …", "Given: …", "Make 24 from …", "Using …"
_GIVENS = re.compile(r"(?:(?<![^\n])|(?<=[.;!?] ))[ \t]*(?:(?:the|our|my)\s+)?(?:given\s+)?numbers(?:\s+(?:are|given))?\s*:?\s*"
                     + _NUMBER_LIST + r"|\b(?:make|reach|get|form|hit)\s+\d{1,12}\s+(?:from|with|using|out\s+of)\s+(?:the\s+"
                     r"numbers\s+)?" + _NUMBER_LIST + r"|\b(?:we|i)(?:\s+have|'ve\s+got|\s+am\s+given|'m\s+given|\s+are\s+"
                     r"given)\s+(?:the\s+numbers\s+)?" + _NUMBER_LIST + r"|\b(?:given|using)\s*:?\s+(?:the\s+numbers\s+)?"
                     + _NUMBER_LIST, re.I)

# a return to a position met before, "Back to 4, 7, 16", "Back to the start: 4, 7, 8, 8", "Start over from 4, 7, 8, 8"
# (the start): a list of where the search goes back to, which must be a position it has been at (a Stream-of-Search
# "Back to node 3: …" is read with its node)
_BACK_TO = re.compile(r"\b(?:[Bb]ack\s+to(?P<start>\s+the\s+start)?|[Ss]tart(?P<over>\s+over|\s+again)\s+(?:from|with))"
                      r"\s*:?\s*[\[{(]?" + _NUMBER_LIST)


def _givens_hold(step: str, given: Counter) -> bool:
    """Whether a step read before any move, restating all the given numbers, states them right: a list as long as
    the deal, in such a frame, must be the deal (a shorter one may be a part of it: "we have 8 and 8, …"), unless
    hedged ("if the numbers were 4, 7, 8, 9")."""
    count = sum(given.values())
    if step.count(",") + step.count(" and ") < count - 1 or len(step) >= 2000:
        return True  # too few separators for a list of the whole deal: most lines, at the cost of two counts
    for match in _GIVENS.finditer(step):
        listed = _number_list(next(group for group in match.groups() if group))
        if len(listed) == count and Counter(listed) != given and not _hedged(step, match.start(), match.end()):
            return False
    return True


# "So 4, 9, 10 cannot make 24", "No way to 24 from 6, 8, 13", "Nothing from 2, 10, 11 makes 24", "832 cannot
# be made from 3, 4, 5, 10", "1, 5, 21, 875 leads nowhere", and a proof line "…, leaving 5, 7, 10: … No match.":
# a claim that some numbers cannot make a value, which is false when they can. Pruning a branch that
# holds a solution is the classic mistake of a search, so a step that does it must be labelled false.
_NUM = r"\d{1,12}(?:/\d{1,12})?"
_GROUP = rf"[\[(]?(?P<list>{_NUM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NUM}){{0,11}})[\])]?"  # "or" lists no group
_MAKE = r"(?:make|reach|give|get to|get|produce|form)"
_FROM = r"(?:from|with|using|out of)"
_NEG = r"(?:cannot|can't|can not|could not|couldn't|do not|don't|does not|doesn't|will not|won't)"
_END = r"(?=\s*$|\s*[.;:!,)\]—–]|\s+(?:back|dead|either|at all|whatever|anyway|so|and|but)\b)"
# a whole list, never the tail of one ("5, 7 and 24": not "24") or the end of an expression; after a word
# and a comma it may start ("Hmm, 1, 4, 6 cannot make 24")
_NOT_AFTER = r"(?<![\w+\-−×÷*/=(.,\[])(?<![+\-−×÷*/=(]\s)(?<![\d/)\]],\s)(?<![\d/)\]],)(?<!and\s)(?<!\sor\s)" \
    r"(?<!node\s)(?<!node\s#)"  # "Node 24: dead end" is a Stream-of-Search node's, not the position 24
# each pattern with the words one of which its matches hold, lowered: it is run only on a step that has one
_IMPOSSIBLE = tuple((re.compile(pattern, re.I), needs) for pattern, needs in (
    (rf"{_NOT_AFTER}{_GROUP}(?:,?\s+which)?\s+{_NEG}\s+{_MAKE}\s+(?P<t>{_NUM}){_END}", ("not", "n't")),
    (rf"\bnothing {_FROM} {_GROUP}\s+(?:makes|reaches|gives|gets to)\s+(?P<t>{_NUM}){_END}", ("nothing",)),
    (rf"\bno way to (?:make |get to |get |reach |form )?(?P<t>{_NUM}) {_FROM} {_GROUP}{_END}", ("no way to",)),
    (rf"{_NOT_AFTER}(?P<t>{_NUM}) (?:cannot|can't|can not) be (?:made|reached|formed|obtained) {_FROM} {_GROUP}{_END}",
     ("not be", "n't be")),
    (rf"\bimpossible to {_MAKE} (?P<t>{_NUM}) {_FROM} {_GROUP}{_END}", ("impossible to",)),
    (rf"\bwith {_GROUP},? (?:we|i|you|one) {_NEG} {_MAKE} (?P<t>{_NUM}){_END}", ("not", "n't")),
    # the value is the target
    (rf"{_NOT_AFTER}{_GROUP} leads? nowhere\b", ("nowhere",)),
    (rf"\bleaving {_GROUP}:[^.?!]*(?:\. no match\b|, and none reaches (?P<t>{_NUM}))", ("leaving",)),
    # "Hmm, 2, 3, 4, 5 is impossible", "4, 6, 8 is a dead end", "no solution with 2, 3, 4, 5": the value is the target
    (rf"{_NOT_AFTER}{_GROUP}\s+(?:is|are)\s+(?:impossible|unsolvable|hopeless|a dead end){_END}",
     ("impossible", "unsolvable", "hopeless", "dead end")),
    (rf"\bno solutions? (?:for|with|from|using) {_GROUP}{_END}", ("no solution",)),
    # "We can't make 24 from 4, 6, 8", "Can't reach 24 with 4, 6, 8", "From 4, 6, 8 there is no way to reach 24"
    (rf"\b{_NEG}\s+{_MAKE}\s+(?P<t>{_NUM})\s+{_FROM}\s+{_GROUP}{_END}", ("not", "n't")),
    (rf"\b{_FROM} {_GROUP},? there(?:'s|’s| is) no way to (?:make |get to |get |reach |form )?(?P<t>{_NUM}){_END}",
     ("no way to",)),
    # "leaving 4, 6, 8 — impossible", and a Tree-of-Thoughts verdict on a position: "4 6 8: 4 + 6 + 8 = 18, … impossible"
    (rf"{_NOT_AFTER}{_GROUP}\s*(?:[—–:]|\s-)\s*(?:impossible|unsolvable|hopeless|(?:a )?dead end){_END}",
     ("impossible", "unsolvable", "hopeless", "dead end")),
    (rf"\A\s*(?P<list>{_NUM}(?:[ \t]+{_NUM}){{1,5}}):[^\n]*[.:,]\s*impossible\s*\.?\s*\Z", ("impossible",)),
))
_LIST_NUMBERS = re.compile(_NUM)
# a verdict that names no numbers, about the position the text last stated ("That leaves 2, 8, 13.", the
# argument by the last step, then "No match: dead end."): judged only when no move was played since
_BARE_DEAD_END = re.compile(r"\s*No match[:,.;]?\s*(?:so\s+)?(?:it's\s+|it is\s+|that's\s+)?(?:a\s+)?dead end\.?\s*",
                            re.I)
_IMPOSSIBLE_WORDS = ("cannot", "can't", "can not", "could", "not", "n't", "nothing", "no way", "nowhere", "impossible",
                     "no match", "none reaches", "unsolvable", "hopeless", "dead end", "no solution")


# the Stream-of-Search layout names its positions by node id ("Node 3 (parent 1): 7 − 3 = 4 → 4, 8",
# "Node 0: 1, 2, 7, 8") and later calls one a dead end by its id alone ("Node 3: …; dead end",
# "Node 3: dead end, back to node 1"): the claim is about the position that id was given
_STREAM_NODE = re.compile(rf"\s*Node (\d{{1,9}})(?: \(parent \d{{1,9}}\): [^\n]*?(?:→|->|leaving)|:)\s*"
                          rf"\[?(?P<list>{_NUM}(?:\s*,\s*{_NUM})*)\]?\s*\.?\s*", re.I)
# the layout's own words only: "Node 3: dead end, back to node 1", "Node 3: 12 + 2 = 14, …; dead end"
# ("Node 3: not a dead end", "maybe a dead end", "dead end?" say something else)
_STREAM_DEAD = re.compile(r"\s*Node (\d{1,9}):(?:[^\n;]*;)? dead end(?:, back to node \d{1,9})?\.?\s*", re.I)
# the layout's structure: a node made from its parent by one move ("Node 5 (parent 3): 7 + 2 = 9 → 9, 75"), a
# return to a node by id with its numbers ("Back to node 0: 1, 2, 2, 75"), and an expansion's count of moves
# ("Node 0: expanding, 25 moves", "…, 19 moves, 4 to positions not reached before")
_STREAM_CHILD = re.compile(rf"\s*Node (\d{{1,9}}) \(parent (\d{{1,9}})\):\s*({_NUM})\s*([+\-−–*×x/÷])\s*({_NUM})\s*=\s*"
                           rf"({_NUM})\s*(?:→|->)\s*\[?(?P<list>{_NUM}(?:\s*,\s*{_NUM})*)\]?\s*\.?\s*", re.I)
_STREAM_BACK = re.compile(rf"\s*Back to node (\d{{1,9}})\s*:\s*\[?(?P<list>{_NUM}(?:\s*,\s*{_NUM})*)\]?\s*\.?\s*", re.I)
_STREAM_EXPANDING = re.compile(r"\s*Node (\d{1,9}): expanding, (\d{1,9}) moves?(?:, (\d{1,9}) to positions not "
                               r"reached before)?\.?\s*", re.I)


# the lists of an argument by the last step: "With 2 last, 8 and 13 would have to make one of 22, 26, 12, 48,
# 1/12, but they make 21, 5, 104, 13/8, 8/13", "with 5 last, 7 and 10 make 17, 3, 70, 10/7, 7/10", "7 needs
# 825, 839, 832/7, 5824, 7/832": every value listed must be one the pair makes, or one the number kept for
# last needs (r with r ∘ s = the target); a list may leave values out, never put a wrong one in
_LISTED = rf"(?P<NAME>{_NUM}(?:,\s*{_NUM})*)"
_LIST_END = r"(?=\s*(?:[;.!]|$))"  # a list ends its clause: "make 3, 8 × 3 = 24" lists no 8
_LAST_STEP = re.compile(rf"\bwith (?P<s>{_NUM}) last, (?P<x>{_NUM}) and (?P<y>{_NUM}) (?:would have to make (?:one of )?"
                        rf"{_LISTED.replace('NAME', 'need')}, but they make |make ){_LISTED.replace('NAME', 'made')}"
                        rf"{_LIST_END}", re.I)
# "7 needs 825, 839, 832/7, 5824, 7/832": three or more values ("7 needs 1" is a person's sub-goal, not this)
_NEEDS = re.compile(rf"(?<![\w/])(?P<s>{_NUM}) needs (?P<need>{_NUM}(?:,\s*{_NUM}){{2,}}){_LIST_END}")


# "With 8 last, 7 and 4 make 3, 8 × 3 = 24": a pair said to make one value is a move in words. Written out
# as an equation ("7 − 4 = 3") it is played like any other, so what it made may be used after it; a value no
# operation on the pair gives is a false step. A question, condition or need ("can 7 and 4 make 3?", "if …",
# "would have to make …") and a list ("7 and 4 make 11, 3, 28") are left as they are.
_PAIR_MOVE = re.compile(rf"(?<![\w/.])(?P<x>{_NUM}) and (?P<y>{_NUM}) (?:make|makes|give|gives) (?P<v>{_NUM})"
                        rf"(?![\w/]|\s*,\s*{_NUM}\s*(?:[,;.!]|$)|\s*\?)"
                        # a count of things ("cases 1 and 2 give 3 options") is no value made
                        r"(?!\s+(?!(?:and|then|so|which|but|with|leaving|that|together|too|now|already|again|or|here|"
                        r"exactly|as|for|to|from|left|is|making)\b)[a-z])", re.I)
_NOT_SAID_DONE = re.compile(r"\b(?:can|could|cannot|can't|would|will|if|whether|might|must|should|to|do|does|"
                            r"did|not|don't|doesn't|neither|nor|need|needs|needed|'d|is it true|true that)\s*$", re.I)
# the last two of a longer group ("2, 3 and 4 make 24", "8 and 8 and 8 make 24") or an expression's right
# side ("7 − 4 and 8 make 24") are no pair
_PART_OF_MORE = re.compile(r"(?:\d\s*,\s*(?:and\s+)?|\d\s+and\s+|[+\-−–×*÷/xX(·]\s*)$")


def _said_of_a_pair(step: str, match: re.Match) -> bool:
    """Whether a pair's words (`_PAIR_MOVE`, `_PAIR_LIST`) assert something of two numbers: not asked, wished or
    denied just before, nor the end of a longer group or expression, nor hedged in its sentence."""
    before = step[max(0, match.start() - 16):match.start()]  # the words just before, in linear time
    return not (_NOT_SAID_DONE.search(before) or _PART_OF_MORE.search(before) or
                _hedged(step, match.start(), match.end(), but_retracts=False))


@lru_cache(maxsize=1 << 12)
def _pair_moves_spelled_out(step: str) -> str | None:
    """The step with each pair said to make a value written as the equation that makes it, or None if one
    cannot (`_PAIR_MOVE`)."""
    pieces, at = [], 0
    for match in _PAIR_MOVE.finditer(step):
        if not _said_of_a_pair(step, match):
            continue
        x, y, v = (_listed_number(match.group(k)) for k in "xyv")
        if -1 in (x, y, v):
            continue
        equation = _pair_equation(Fraction(x), Fraction(y), Fraction(v))
        if equation is None:
            return None
        pieces += [step[at:match.start()], equation]
        at = match.end()
    return "".join(pieces) + step[at:] if pieces else step


def _pair_equation(x: Fraction, y: Fraction, v: Fraction) -> str | None:
    """"7 − 4 = 3": an operation on x and y that gives v, larger first unless a quotient needs it otherwise."""
    a, b = max(x, y), min(x, y)
    for first, op, second in ((a, "+", b), (a, "−", b), (a, "×", b), (a, "÷", b), (b, "÷", a)):
        if second or op != "÷":
            value = first + second if op == "+" else first - second if op == "−" else first * second if op == "×" \
                else first / second
            if value == v:
                return f"{format_value(first)} {op} {format_value(second)} = {format_value(v)}"
    return None


# a move said in words, as models write their steps ("Subtract 4 from 6 to get 2", "Multiplying 12 by 2 gives 24",
# "The sum of 4 and 8 is 12"): written out as its equation, and so judged and played like one. Asked, wished or
# hedged ("I need to multiply 12 by 2 to get 24", "if we add 4 and 8 …") it is left as it is (`_said_of_a_pair`).
_WORDED_RESULT = rf"\s*,?\s*(?:to get|to make|to reach|and get|gives|give|makes|make|yields|equals|is|=|results in|" \
                 rf"we get|which gives|which is|leaves us with|leaving us with)\s+(?P<v>{_NUM})(?![\w/]|\s*\?)"
_WORDED_MOVE = re.compile(
    rf"\b(?:(?P<add>add(?:ing)?|sum(?:ming)?) (?P<a1>{_NUM}) (?:and|to|plus) (?P<b1>{_NUM})|"
    rf"(?P<sub>subtract(?:ing)?|tak(?:e|ing)) (?P<a2>{_NUM}) (?:from|away from) (?P<b2>{_NUM})|"
    rf"(?P<mul>multipl(?:y|ying)) (?P<a3>{_NUM}) (?:by|and|with|times) (?P<b3>{_NUM})|"
    rf"(?P<div>divid(?:e|ing)) (?P<a4>{_NUM}) by (?P<b4>{_NUM})|"
    rf"the (?P<op>sum|product) of (?P<a5>{_NUM}) and (?P<b5>{_NUM}))(?![\w/]){_WORDED_RESULT}", re.I)
_WORDED_WORDS = ("add", "sum", "subtract", "tak", "multipl", "divid", "product of")
_WORDED_KINDS = ("add", "sub", "mul", "div", "op")  # the groups of `_WORDED_MOVE`, in order: a1 b1 are add's
_WORDED_SIGNS = {"add": "+", "sub": "−", "mul": "×", "div": "÷", "op": None}


@lru_cache(maxsize=1 << 12)
def _worded_moves_written_out(step: str) -> str:
    """The step with each move said in words (`_WORDED_MOVE`) written as its equation."""
    if not _may_say(step, _WORDED_WORDS):
        return step
    pieces, at = [], 0
    for match in _WORDED_MOVE.finditer(step):
        if not _said_of_a_pair(step, match):
            continue
        k = next(k for k, kind in enumerate(_WORDED_KINDS, 1) if match.group(kind))
        a, b, sign = match.group(f"a{k}"), match.group(f"b{k}"), _WORDED_SIGNS[_WORDED_KINDS[k - 1]]
        if sign == "−":  # "subtract 4 from 6": 6 − 4
            a, b = b, a
        elif sign is None:  # "the sum of", "the product of"
            sign = "+" if match.group("op").lower() == "sum" else "×"
        pieces += [step[at:match.start()], f"{a} {sign} {b} = {match.group('v')}"]
        at = match.end()
    return "".join(pieces) + step[at:] if pieces else step


# an arrow from an operation to one value says what the operation makes ("4 + 8 → 12", "6 - 4 -> 2"), as "=" would,
# and so does a value said of it ("(6 − 3) × (4 + 1)? That's 15", "6 × 4, which is 24"); an arrow to a list ("= 12 →
# 4, 6, 12") says what a move leaves, and one after a value ("= 12 → 12", "= 25, which is 1 over") is left alone
_ARROW_VALUE = re.compile(rf"(?<=[\d)])[ \t]*(?:→|->|⟶|[?:,][ \t]*(?:that's|that’s|that is|which is|this is|it's|"
                          rf"that gives|which gives|that makes|which makes))[ \t]*"
                          rf"(?={_NUM}(?![\d/]|\s*,\s*\d|\s+and\s+\d|[ \t]+\d|\s+(?:more|less|short|over|under|"
                          rf"too|of|times|percent|away|off)\b))", re.I)
_OPERATION_BEFORE = re.compile(r"[\d)][ \t]*[-+−–×*÷/·xX][ \t]*[\d(][\d \t()+\-−–×*÷/·xX]*\Z")
_ARROW_REACH = 120  # characters an operation before an arrow is looked for in


@lru_cache(maxsize=1 << 12)
def _arrows_written_as_equals(step: str) -> str:
    """The step with each arrow, or value said, from an operation to one value (`_ARROW_VALUE`) written as "="."""
    lowered = _lowered(step)
    if "→" not in step and "->" not in step and "⟶" not in step and not (
            lowered is None or " is " in lowered or "that's" in lowered or "that’s" in lowered or "it's" in lowered
            or " gives " in lowered or " makes " in lowered):
        return step
    pieces, at = [], 0
    for arrow in _ARROW_VALUE.finditer(step):
        before = step[max(at, arrow.start() - _ARROW_REACH):arrow.start()]
        if "=" in before.rpartition(",")[2] or not _OPERATION_BEFORE.search(before):
            continue  # "6 + 6 = 12 → 12": the arrow goes on from a value said
        pieces += [step[at:arrow.start()], " = "]
        at = arrow.end()
    return "".join(pieces) + step[at:] if pieces else step


# an equation asked ("What about 75 × 12 = 900?", "Is 8 × 4 = 24? No."): its clause, from the last sentence mark before
# it through the question mark, is found from this end back (`_asked_clauses`); one whose numbers are not all in play
# proposes a move it cannot play, and one at once denied ("12 + 12 = 24? No, only one 12.") claims no move
_ASKED_END = re.compile(r"=\s*[\d/]{1,25}\s*\?")
_DENIED = re.compile(r"\s*(?=(?:no|nope|not)\b)", re.I)  # after the question mark


def _asked_clauses(step: str, denied: bool = False):
    """(start, end) of each clause that asks an equation (`denied`: only those a "No"/"not" answers, the end taken
    up to it), read once from each question mark back to the clause's start."""
    at = 0
    for asked in _ASKED_END.finditer(step):
        start = max(at, max(step.rfind(mark, at, asked.start()) for mark in _SENTENCE_MARKS) + 1)
        end = asked.end()
        if denied:
            denial = _DENIED.match(step, end)
            if denial is None:
                continue
            end = denial.end()
        yield start, end
        at = end


def _asked_taken_out(step: str, denied: bool = False) -> str:
    """The step without the clauses that ask an equation (`denied`: only those at once denied)."""
    pieces, at = [], 0
    for start, end in _asked_clauses(step, denied):
        pieces.append(step[at:start])
        at = end
    return "".join(pieces) + step[at:]


# values a step says it wants made, or has not got: "I need 7 and 4 to make 1", "can 3, 7, 8 make 6 or 8?",
# "need a 16", "but I don't have a 4", "I have no 9", "would need another 3", "there's no 15", "but no 100", "I only
# have one 2". "Make", "get", "reach" and "had" say a goal only as one ("to make 1", "if we can get a 6", "let's make
# 6", "if I had 15", a question); said as a result ("7 − 3 makes 6", "we get 6", "we can reach 6") they claim a value,
# and a 6 never made must not pass as wished for
_AIM_WORDS = ("make", "need", "want", "get ", "reach", "have", "without", "had", "there", "but no")
_AIMED = re.compile(rf"\b(?:(?P<verb>makes?|making|get|reach|had)|needs?|needed|wants?|(?P<lack>have no|"
                    rf"(?:don't|do not|doesn't|does not) have|without|there(?:'s|’s| is) no|but no|"
                    rf"(?:only|just) (?:have|has|had|got) one))\s+"
                    rf"(?:an?\s+|the\s+|(?:an)?other\s+)?"
                    rf"(?P<list>{_NUM}(?:(?:{_SEPARATOR}){_NUM}){{0,11}})", re.I)
_GOAL_CUE = re.compile(r"\bto\s+$|\b(?:if|whether|unless|let's|let us)\b", re.I)  # before a verb, in its sentence
_SENTENCE_MARK = re.compile(r"[.!?;:\n]")
_SENTENCE_MARKS = ".!?;:\n"  # its characters, each found by `str.rfind`
# where an `_AIMED` match may start, lowered: its first word is one of these, and case-blind matching takes for the
# letters of its words only those that lower to them, but ſ, ı and İ (a text with one has no `_lowered` form)
_AIM_STARTS = ("mak", "get", "reach", "need", "want", "have no", "do", "without", "had", "there", "only", "just",
               "but no")


def _aim_matches(step: str):
    """`_AIMED.finditer(step)`, tried only where one of its words starts: the case-blind pattern, tried at every
    character of a step, cost two thirds of `_aimed`. Each match is the one the scan would find, since no
    match starts anywhere else, and after a match the next is looked for from its end, as the scan does."""
    lowered = _lowered(step)
    if lowered is None:
        yield from _AIMED.finditer(step)
        return
    starts = set()
    for word in _AIM_STARTS:
        at = lowered.find(word)
        while at >= 0:
            starts.add(at)
            at = lowered.find(word, at + 1)
    yield from _matches_from(_AIMED, step, starts)


_MAX_WRITTEN_CHARS = 2_000  # of a step, searched for expressions a value worked out unwritten may stand for


def _aimed(step: str, lacked: bool = False) -> frozenset:
    """The values a step says it wants made or has not got; `lacked`: only those it says it has not got."""
    aims = set()
    for match in _aim_matches(step):
        if lacked and not match.group("lack"):
            continue
        if match.group("verb"):  # "make 6", "get 6", "reach 6": a goal only as one
            # just after the last `_SENTENCE_MARK` before the verb (0 if none), found by a scan per mark
            start = max([step.rfind(mark, 0, match.start()) for mark in _SENTENCE_MARKS]) + 1
            end = _SENTENCE_MARK.search(step, match.end())
            if not _GOAL_CUE.search(step, start, match.start()) and not (end and end.group() == "?"):
                continue
        aims.update(_listed_number(n) for n in _LIST_SEPARATOR.split(match.group("list")))
    return frozenset(aims)


# a run of arithmetic a step writes, outside any equation's "=": "(3 × 7 − 8 − 4)", "4 × 7 − 3 − 8", "21 − 12"
_EXPRESSION_RUN = re.compile(r"[\d(][\d\s+\-−–×*/÷()]*[\d)]")


@lru_cache(maxsize=1 << 12)
def _written_values(step: str) -> frozenset:
    """(its numbers, sorted; its value) for every expression the step writes and each part of one, whole
    or in brackets: what a value worked out unwritten may stand for ("(3 × 7 − 8 − 4)? 21 − 12 = 9")."""
    out = set()
    for run in _EXPRESSION_RUN.findall(step[:_MAX_WRITTEN_CHARS]):
        texts = [run] + [run[i:j + 1] for i, j in _bracket_pairs(run)]
        for text in texts:
            try:
                tree = parse_tokens(tokenize(text, ANSWER_RULES), ANSWER_RULES)
            except ExprError:
                continue
            _collect_parts(tree, out)
    return frozenset(out)


def _bracket_pairs(text: str) -> list[tuple[int, int]]:
    """Where each matched pair of round brackets opens and closes."""
    opened, pairs = [], []
    for i, ch in enumerate(text):
        if ch == "(":
            opened.append(i)
        elif ch == ")" and opened:
            pairs.append((opened.pop(), i))
    return pairs


def _collect_parts(tree, out: set) -> tuple | None:
    """Add (numbers, value) of the tree and of every operation in it; its numbers, or None if it has no value."""
    if type(tree) is Num:
        return (_whole(tree.value),)
    if type(tree) is not BinOp:
        return None
    left, right = _collect_parts(tree.left, out), _collect_parts(tree.right, out)
    if left is None or right is None:
        return None
    try:
        value = _whole(evaluate(tree, ANSWER_RULES))
    except ExprError:
        return None
    numbers = tuple(sorted(left + right))
    out.add((numbers, value))
    return numbers


# "7 and 4 make 11, 3, 28, 7/4, 4/7": a pair's values listed, each of which it must make (a list may leave
# values out, never put a wrong one in); not the end of a longer group, nor a hedged or asked one
_PAIR_LIST = re.compile(rf"(?<![\w/.])(?P<x>{_NUM}) and (?P<y>{_NUM}) (?:can )?(?:make|makes|give|gives) "
                        rf"(?P<made>{_NUM}(?:(?:\s*,\s*(?:and |or )?|\s+and\s+|\s+or\s+){_NUM})+){_LIST_END}", re.I)


@lru_cache(maxsize=1 << 12)
def _pair_lists_hold(step: str) -> bool:
    """Every value of a `_PAIR_LIST` is one the pair makes."""
    for match in _PAIR_LIST.finditer(step):
        if not _said_of_a_pair(step, match):
            continue
        x, y = _listed_number(match.group("x")), _listed_number(match.group("y"))
        made = ",".join(_LIST_SEPARATOR.split(match.group("made")))
        if -1 not in (x, y) and not _all_in(made, _pair_makes(x, y)):
            return False
    return True


@lru_cache(maxsize=1 << 14)
def _argument_lists_hold(step: str, target: int) -> bool:
    """Every value an argument by the last step lists is right (`_LAST_STEP`, `_NEEDS`)."""
    lowered = _lowered(step) or step.lower()  # lowered once per step already, but for an ſ, ı or İ in it
    if "last," not in lowered and "needs" not in lowered:
        return True
    for match in _LAST_STEP.finditer(step):
        s, x, y = (_listed_number(match.group(k)) for k in "sxy")
        if -1 in (s, x, y) or not _all_in(match.group("made"), _pair_makes(x, y)) or \
                match.group("need") and not _all_in(match.group("need"), set(_partners(s, target))):
            return False
    for match in _NEEDS.finditer(step):
        s = _listed_number(match.group("s"))
        if s == -1 or not _all_in(match.group("need"), set(_partners(s, target))):
            return False
    return True


def _all_in(listed: str, allowed: set) -> bool:
    """Every value of a comma-separated list is allowed. A value spelled as the writer spells an allowed one
    ("254/9", "21") is found by its text; any other spelling is read and looked up exactly. Reading a fraction
    and hashing it (a Fraction's hash works out a modular inverse) cost a third of an argument line's check."""
    spelled = {str(v) if type(v) is int else f"{v.numerator}/{v.denominator}" for v in allowed if v >= 0}
    return all(part.strip() in spelled or (v := _listed_number(part)) != -1 and v in allowed
               for part in listed.split(","))


# where a try lands, said against the target: "16 + 7 = 23: too small", "23: short by 1", "27: 3 too many",
# "64/7: not a whole number", "= 308. Still too big", "way too small" ("16 + 7 = 23 and 23 + 4 = 27, too big" is how the issue of this task puts it)
_LANDING = re.compile(rf"=\s*(?P<v>{_NUM})\s*(?:[:,;.!→]|\s[—–-]|->)\s*(?:(?:which|that|this|it)(?:'s|’s| is)\s+)?"
                      rf"(?:(?:still|way|far|much|slightly|a bit|a little)\s+)?(?:(?P<small>too small|too low|not enough)|(?P<big>too big|too large|too high|too much)|"
                      r"short by (?P<short>\d{1,12})|(?P<short_n>\d{1,12}) short\b(?!\s+of\b)|"
                      r"over by (?P<over>\d{1,12})|"
                      r"(?P<over_n>\d{1,12}) too many|(?P<fraction>not even a whole number|not a whole number|a fraction))",
                      re.I)


_SUBGOAL = re.compile(rf"\b(?:make|makes|need|needs|want|wants|get|reach|give|gives|aim for|aiming for|go for|target|"
                      rf"goal|sub-goal|subgoal)\s+({_NUM})\b", re.I)


# words one of which each `_SUBGOAL` match holds: a step with none names no goal, and skips the case-blind search
_SUBGOAL_WORDS = ("make", "need", "want", "get", "reach", "give", "aim", "go for", "target", "goal")


def _names_another_goal(step: str, target: int) -> bool:
    if not _may_say(step, _SUBGOAL_WORDS):
        return False
    return any(_listed_number(goal) != target for goal in _SUBGOAL.findall(step))


@lru_cache(maxsize=1 << 14)
def _landings_hold(step: str, target: int, lone: bool = True) -> bool:
    """Every "= v: too small / too big / short by n / n too many / not a whole number" is true of v: after a line
    of tries ("8 + 8 = 16, then 16 + 7 = 23: too small"), and, with `lone` (while the trace has named no goal on
    the way, that a step on its own may go on to try for: "we need 3 from 4 and 7." "4 + 7 = 11: too big."), of any
    try ("5 × 5 = 25, too small" is false for 24)."""
    if "=" not in step or not _may_say(step, ("too ", "short", "over by", "whole", "fraction", "enough")):
        return True
    if _names_another_goal(step, target):
        return True  # "need 6: 4 + 7 = 11: too big" may be said against a goal on the way, not the target
    tried = _THEN.search(step) if not lone else None
    if not lone and not tried:
        return True
    for match in _LANDING.finditer(step, tried.end() if tried else 0):
        v = _listed_number(match.group("v"))
        if v == -1:
            continue
        short, over = match.group("short") or match.group("short_n"), match.group("over") or match.group("over_n")
        if (match.group("small") and not v < target or match.group("big") and not v > target
                or short and target - v != int(short) or over and v - target != int(over)
                or match.group("fraction") and v.denominator == 1):
            return False
    return True



# how near a number, or a move still to make, comes to a goal: what a search that follows the closest line says
# of the position it picks ("16 is 8 short of 24", "30 is 6 over 24", "12 is half of 24", "8 is a third of
# 24", "6 is a factor of 24 (6 × 4)", "100 × 10 is 17 over 983", "100 + 55 is 155 at once"). It is arithmetic
# said in words, judged as said, of any numbers (a move to come is not played). "D over T" may also mean D ÷ T
# ("2 is 16 over 8"): false only if neither reading holds. Left alone: a subject that ends a longer expression
# ("3 + 12 + 4 is …": not 12 + 4), a goal that starts one ("… short of 20 − 4"), and a question ("…?").
_NEARNESS = re.compile(
    rf"(?<![\w/.])(?P<a>{_NUM})(?:[ \t]{{0,3}}(?P<op>[-+−–×*÷])[ \t]{{0,3}}(?P<b>{_NUM}))?"
    rf"(?: is|,? which is|,? that(?:'s|’s| is)) (?:still )?(?:only |just )?"
    rf"(?:(?P<d>{_NUM}) (?P<side>short of|under|below|less than|over|above|more than) (?P<t>{_NUM})|"
    rf"(?P<part>half|a third|a quarter|a fourth) of (?P<whole>{_NUM})|"
    rf"an? (?:factor|divisor) of (?P<of>{_NUM})"
    rf"(?:[ \t]{{0,3}}\((?P<f>{_NUM})[ \t]{{0,3}}[×*][ \t]{{0,3}}(?P<g>{_NUM})\))?|"
    rf"(?P<r>{_NUM}) at once)(?![\w/]|[ \t]{{0,3}}[-+−–×*÷^?])", re.I)
_NEARNESS_WORDS = ("short of", "under ", "below ", "less than", "over ", "above ", "more than", "half of",
                   "third of", "quarter of", "fourth of", "factor of", "divisor of", "at once", "away from")
# the same said of the value an equation just reached, with no subject: "= 23. Close — 1 short of 24", "= 23, 1 away
# from 24", "= 23, just 1 less than 24" ("away from": on either side)
_NEARNESS_AFTER = re.compile(
    rf"=[ \t]*(?P<a>{_NUM})[ \t]*(?:[.,;:!]|[ \t][—–-])[ \t]*(?:(?:so close|close|almost|not quite|hmm)[ \t]*"
    rf"(?:[.,;:!]|[ \t]?[—–-])?[ \t]*)?(?:(?:still|only|just)[ \t]+)?(?P<d>{_NUM}) (?P<side>short of|under|below|less than|"
    rf"over|above|more than|away from) (?P<t>{_NUM})(?![\w/]|[ \t]{{0,3}}[-+−–×*÷^?])", re.I)
_PARTS = {"half": 2, "a third": 3, "a quarter": 4, "a fourth": 4}


# the value an equation just reached, said again after it: "= 23. Hmm, that gives 22, not 24", "= 23, which is 24":
# it must be the value reached (a number that goes on, "which is 1 short of 24", "which is 2 × 8", is not the value)
_SAID_AGAIN = re.compile(rf"=[ \t]*(?P<a>{_NUM})[ \t]*[.,;:!]?[ \t]*(?:(?:hmm|so|ok(?:ay)?|oh)[ \t]*[.,;:!]?[ \t]*)?"
                         rf"(?:that|this|it|which)[ \t]+(?:gives|makes|is|equals|comes[ \t]+to)[ \t]+(?:(?:only|just)[ \t]+)?"
                         rf"(?P<b>{_NUM})(?!\w|[/.]\d|[ \t]*(?:[-+−–×*÷^(x%]|short|over|under|more|less|too|away|off|from|"
                         rf"of|times|divided|minus|plus|lots|left|apart|below|above)\b|[ \t]*[-+−–×*÷^(%])", re.I)
_SAID_AGAIN_WORDS = ("gives", "makes", " is ", "equals", "comes to")


def _results_said_again_hold(step: str) -> bool:
    """Every value said again right after the equation that reached it (`_SAID_AGAIN`) is that value."""
    if "=" not in step or not _may_say(step, _SAID_AGAIN_WORDS):
        return True
    for match in _SAID_AGAIN.finditer(step):
        reached, said = _listed_number(match.group("a")), _listed_number(match.group("b"))
        if -1 not in (reached, said) and reached != said:
            return False
    return True


@lru_cache(maxsize=1 << 12)
def _nearness_holds(step: str) -> bool:
    """Every `_NEARNESS` claim of the step is true."""
    if not _may_say(step, _NEARNESS_WORDS):
        return True
    for match in _NEARNESS.finditer(step):
        if _PART_OF_MORE.search(step[max(0, match.start() - 16):match.start()]):
            continue
        if _nearness_value(match) is False:
            return False
    for match in _NEARNESS_AFTER.finditer(step) if "=" in step else ():
        x, d, t = (_listed_number(match.group(k)) for k in ("a", "d", "t"))
        if -1 in (x, d, t):
            continue
        side = match.group("side").lower()
        if not (abs(x - t) == d if side == "away from" else
                t - x == d if side in ("short of", "under", "below", "less than") else
                x - t == d or side == "over" and t != 0 and x == _quotient(d, t)):
            return False
    return True


def _nearness_value(match: re.Match):
    """True or False for one `_NEARNESS` claim; None if it says nothing judged (a quotient by 0, or "at once"
    of a bare number)."""
    a, b = _listed_number(match.group("a")), match.group("b")
    op = match.group("op")
    if a == -1 or b is not None and (b := _listed_number(b)) == -1:
        return None
    if op is None:
        x = a
    elif op == "÷":
        x = _quotient(a, b) if b else None
    else:
        x = a + b if op == "+" else a * b if op in "×*" else a - b
    numbers = [_listed_number(match.group(k)) for k in ("d", "t", "whole", "of", "f", "g", "r") if match.group(k)]
    if x is None or -1 in numbers:
        return None
    if match.group("side"):
        d, t = numbers
        if match.group("side").lower() in ("short of", "under", "below", "less than"):
            return t - x == d
        return x - t == d or match.group("side").lower() == "over" and t != 0 and x == _quotient(d, t)
    if match.group("part"):
        return x * _PARTS[match.group("part").lower()] == numbers[0]
    if match.group("of"):
        of = numbers[0]
        holds = type(x) is int and x != 0 and of % x == 0
        return holds and (not match.group("f") or numbers[1] * numbers[2] == of and x in numbers[1:])
    return None if op is None else x == numbers[0]


@lru_cache(maxsize=1 << 14)
def _impossibility_claims(step: str) -> tuple:
    """The claims of a step that some numbers cannot make a value: (the numbers, sorted; the value, or
    None for the target). Left out: a claim over more numbers than the exhaustive search takes, and
    one hedged or asked ("if …", "I thought …", "…?"), since a false label on a true step teaches a
    reward model as badly as a true label on a false one."""
    if not _may_say(step, _IMPOSSIBLE_WORDS):
        return ()
    claims = []
    for pattern, needs in _IMPOSSIBLE:
        for match in pattern.finditer(step) if _may_say(step, needs) else ():
            numbers = tuple(sorted(_listed_number(n) for n in _LIST_NUMBERS.findall(match.group("list"))))
            value = match.groupdict().get("t")
            wanted = None if value is None else _listed_number(value)
            if len(numbers) > MAX_SEARCH_NUMBERS or -1 in numbers or wanted == -1:
                continue
            if _hedged(step, match.start(), match.end()):
                continue
            claims.append((numbers, wanted))
    return tuple(claims)


# "The largest value 8, 2 and 1 can make is 24": the bound a "no solution" may rest on, judged against every
# value the numbers make, for up to five numbers (six take seconds to enumerate: such a claim is left alone)
_BOUND = r"(?P<m>\d{1,30}(?:,\d{3})*(?:\.\d{1,30})?)(?![\d/]|[.,]\d|\s*[×*xX+\-−÷/(^])"  # "28,561", "21.5"; not "7 × …"
_LARGEST = re.compile(rf"\b(?:largest|biggest|highest|greatest|most)(?: value| number| result)?(?: that)? (?:{_GROUP} "
                      rf"(?:can|could) (?:ever |possibly )?(?:make|reach|give|get)(?: at all)?|(?:we|you|i|one) can "
                      rf"(?:make|reach|get)(?: at all)? (?:from|with|out of|using) {_GROUP.replace('list', 'from')}) is "
                      rf"{_BOUND}", re.I)
# "1, 1, 2 and 3 can make at most 11": a bound the largest value must not pass
_AT_MOST = re.compile(rf"{_GROUP} (?:can|could) (?:only )?(?:make|reach|give|get) at most {_BOUND}", re.I)
_LARGEST_UP_TO = 5

_LARGEST_WORDS = ("largest", "biggest", "highest", "greatest", "most")  # "at most" too


@lru_cache(maxsize=1 << 10)
def _largest_claims(step: str) -> tuple:
    """(the numbers, sorted; the value claimed; whether it is only an upper bound) for each unhedged `_LARGEST`
    or `_AT_MOST` claim of a step."""
    claims = []
    for pattern, at_most in ((_LARGEST, False), (_AT_MOST, True)):
        for match in pattern.finditer(step):
            group = match.group("list") or match.groupdict().get("from")
            numbers = tuple(sorted(_listed_number(n) for n in _LIST_NUMBERS.findall(group)))
            top = Fraction(match.group("m").replace(",", ""))
            if len(numbers) <= _LARGEST_UP_TO and -1 not in numbers and \
                    not _hedged(step, match.start(), match.end(), but_retracts=False):
                claims.append((numbers, top, at_most))
    return tuple(claims)


# "So there is no solution.", "The puzzle is impossible.": the whole problem declared
# unsolvable in a step (the answer line is judged by `verify`), judged by the same brute force
# ("it can't be done" and "it is impossible" are left alone: "it" may be a sub-goal just asked about), said
# of the whole problem: a sentence that goes on ("… no solution from here", "… in this branch", "… with
# 3 + 4 first") is about a branch, and a dead end is judged by its own wordings
_NO_SOLUTION = re.compile(r"(?:\b(?:there (?:is|are)|there's|(?:the )?(?:puzzle|problem|game) has) no solutions?|"
                          r"\bno solution exists|\b(?:the|this) (?:puzzle|problem|game)(?: is|'s) (?:impossible|"
                          r"unsolvable|not solvable)|(?:^|(?<=[.!;]\s))\W*(?:so,? )?no solution|"
                          r"\b(?:impossible|no way) to (?:make|reach|get|form) (?P<t>\d{1,12}) (?:from|with|using) "
                          r"(?:these|all these|all the|the given|the four|the six|the) numbers)(?: at all)?(?=\s*(?:[.!;]|$))",
                          re.I)
_NO_SOLUTION_WORDS = ("no solution", "impossible", "unsolvable", "not solvable", "no way")


def _says_no_solution(step: str, target: int) -> bool:
    """Whether a step asserts, unhedged, that the problem has no solution (`_NO_SOLUTION`; "impossible to make
    T from these numbers" only of the target)."""
    return any(not _hedged(step, m.start(), m.end()) and (m.group("t") is None or int(m.group("t")) == target)
               for m in _NO_SOLUTION.finditer(step))
