"""Countdown and 24-game verifier: reads the answer itself and judges it exactly.

It knows the rules, not the solver (it imports neither solvers nor generators).

Problems: `{"numbers": [...], "target": T}`, 1 to 40 whole numbers from 1 to 10^6 and a
target from 1 to 10^9; `"subset": true` means any of the numbers may be left out
(each used at most once), otherwise each is used exactly once. 24-game problems have
four numbers and target 24.

Answers: one expression over the numbers with + − × ÷ (also * / x ∗, a unicode minus and
the full-width forms （ ） － ＊ ／), brackets, spaces of any width and implicit products
("4(7 − 8 ÷ 8)"), read by the bounded
grammar of `core.expr` (no unary minus, decimals, powers or digit-joining) and evaluated
with Fractions; markdown or LaTeX dressing comes off first (`core.extract.undressed`). A
trailing "= T", or a leading "T =", is accepted when T is the target (models often
restate it); anything else beside "=" is wrong. One full stop at the end is a sentence's, not part of the answer.
`None`, or text such as "no solution" / "impossible", claims that nothing works: it
is right exactly when this module's own brute force (every split of the numbers, all
six operations, every value kept) finds no expression. That search is exponential, so it
is run for up to 6 numbers (a fraction of a second); over more, such a claim is not
accepted, and the verdict says it could not be checked. An expression is checked for any count.

Step labels (`label_steps`) read free text and follow the numbers in play: a step is
false if an equation in it is false; if a move ("a ∘ b = r") uses numbers that are not
all in play at that point (a number used twice, one already used up, one never given)
— a move may be played from the current position or any position on the way to it, so
backing up need not be announced, and "Back to X" / "from X" return to any position met
before; but a move that "then" introduces (", then", "; then", "and then", or "then" opening a
clause, in a sentence neither hedged nor asked) goes on from the position the move before it in
the step reached (no position stated between them), with what that move left: "24 × 1 = 24, then 24 + 1 = 25" from one 1 uses it twice
(the first move of such a line may have backed up, and is played from the position that lets the
line go on: "8 + 8 = 16, then 16 + 7 = 23. 7 − 4 = 3, then 8 × 3 = 24" plays 7 − 4 from the start);
a number made earlier in the same step (though never with the numbers its making
took: "8 + 8 = 16, then 16 + 8"), or the target itself (people reason back from it), counts
as in play; if it says what a move leaves ("leaving …", "→ …") and that is not what the move
leaves; if it claims a solution ("that works", "… works!", "solution:", "goal reached", "found it")
that the equation just before the claim does not reach (or, with none before it, that
no equation in the step reaches, or with no equation at all, that does not name the
target), or before every number has gone into the target, or writes one out ("Solution: 8 × 4 − 8 = 24") that does not use the numbers
as the rules say; if it answers its own question "can … make z?" with "yes" after an
equation that does not reach z; if it lists the numbers used "each once" and they are
not the given ones; if it states an answer ("Answer: …", "so the answer is …",
"\\boxed{…}"; `core.extract.stated_answer`) that is wrong; or if it declares a dead end
that is not one: "So 4, 9, 10 cannot make 24", "No way to 24 from 6, 8, 13", "Nothing from
… makes …", "… leads nowhere", "832 cannot be made from …", a proof line "…, leaving 5, 7,
10: … No match." — each judged by the brute force below, for groups of up to six numbers,
unless the sentence hedges or asks it ("if …", "I thought …", "…?"). Pruning a branch that
holds a solution is the classic mistake of a search, and it contains no false equation.
The Stream-of-Search layout's "Node k: …; dead end" is judged on the numbers node k was
given, and a bare "No match: dead end." on the position the text last stated, if no move was
played since. Where a try lands must be said truly: "= 23: too small", "short by 1", "3 too many",
"not a whole number" (unless the step names a goal on the way, against which it may be said), and so
must how near a number, or a move still to make, comes to a value: "16 is 8 short of 24", "30 is 6 over
24" ("2 is 16 over 8", a quotient, is read so too), "12 is half of 24", "8 is a third of 24", "6 is a
quarter of 24", "6 is a factor of 24 (6 × 4)", "100 × 10 is 17 over 983", "100 + 55 is 155 at once" —
arithmetic in words, which plays no move. The lists of an argument by the last step ("With 2 last, 8 and 13 would have to make
one of 22, 26, …, but they make 21, 5, …", "7 needs 825, 839, …") must hold value by value.
A pair said to make one value ("7 and 4 make 3, 8 × 3 = 24") is a move in words, played as its
equation; it is false if no operation on the pair gives that value, and a pair listed with what it
makes ("7 and 4 make 11, 3, 28") must make each. People skip what is plain, and that is read as
meant: a list after a move may leave out the value the move made ("8 × (7 − 4) = 24, leaving 3"); a
chain written left to right ("6 × 8 = 48 − 2 = 46") is a move at each "=" whose right side goes on from
the very value just made, and an unfinished one ("6 × 8 = 48 − 2 ... no") leaves its last part unjudged; a
value worked out unwritten ("(3 × 7 − 8 − 4)? 21 − 12 = 9") may come from two or three numbers in
play that the step writes and that make it, if it was never given, made or met before (so a number
used twice stays false), or, if it was, when the move works out an expression the step writes, with all
the numbers it takes ("(7 − 3) × (8 − 4): 4 × 4 = 16" with a 4 given); and an equation with a number the step says it needs made or has not got
("I need 7 and 4 to make 1, since 24 × 1 = 24"; "225 × 4 = 900, but I don't have a 4"), or that takes
the target apart ("812 ÷ 4 = 203"), is a goal split up or a wish, not a move, and what it makes is
wished for, never in play ("we get 6" and "7 − 3 makes 6" say a result, not a wish). A bound ("The largest value 8, 2 and 1 can make is
24") and a step that calls the whole problem unsolvable ("So there is no solution.") are judged by
brute force too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from fractions import Fraction
from functools import lru_cache
from itertools import combinations

from slowthink.core.claims import (CLAIM_RULES, MIXED_READING, as_meant, check_run, claim_runs, flat_value,
                                   improper_fractions, may_claim, parsed_side, placed_claim_runs, relation_holds,
                                   sentence_around, side_value)
from slowthink.core.expr import (BinOp, ExprError, Num, Rules, check_bracket_kinds, evaluate, format_value,
                                 parse_tokens, tokenize)
from slowthink.core.extract import stated_answer, undressed, without_full_stop
from slowthink.core.verdict import ProblemError, Verdict, problem_from_json, right, wrong

MAX_NUMBERS = 40  # an expression is checked at any size its bounded grammar can read
MAX_SEARCH_NUMBERS = 6  # the "no solution" brute force takes a fraction of a second at six, seconds at seven
MAX_NUMBER = 10**6
MAX_TARGET = 10**9
MAX_ANSWER_CHARS = 1200  # forty six-digit numbers, bracketed pair by pair, with "= T" after them
MAX_PROBLEM_CHARS = 10_000  # as JSON text: six numbers and a target take well under a hundred
ANSWER_RULES = Rules(max_length=MAX_ANSWER_CHARS, max_depth=48, max_digits=7, max_tokens=400,
                     max_result_bits=2000, allow_unary_minus=False, allow_power=False, allow_decimals=False,
                     allow_mod=False, allow_x_times=True, implicit_times=True,
                     spaced_implicit_times=True)  # "4(7 − 8 ÷ 8)", "4 (7 − 8 ÷ 8)" as people write them
NO_SOLUTION = re.compile(r"(?:there is |there's |there are )?(?:no (?:solutions?|valid expressions?|expressions?|way)"
                         r"(?: exists?| works?| is possible)?|none|(?:it is |it's )?(?:impossible|not possible)|"
                         r"(?:it |this )?(?:cannot|can't|can not) be (?:done|made|solved)|unsolvable)[.!]?", re.I)
_SIMPLE = re.compile(r"[0-9 +\-*/×÷xX−–()\[\]]*")  # the alphabet the fast tokenizer handles
_TOKEN = re.compile(r"\d+|\S")
_OPS = {"+": "+", "-": "-", "−": "-", "–": "-", "*": "*", "×": "*", "x": "*", "X": "*", "/": "/", "÷": "/",
        "(": "(", "[": "(", ")": ")", "]": ")"}


# ---------------------------------------------------------------- problems

def read_problem(task: str, problem: object) -> dict:
    """The validated problem dict, or ProblemError naming the field and the fix."""
    example = '{"numbers": [4, 7, 8, 8], "target": 24}'
    problem = problem_from_json(problem, example, MAX_PROBLEM_CHARS)
    if not isinstance(problem, dict):
        raise ProblemError(f"problem: expected an object such as {example}")
    for key in problem:
        if key not in ("numbers", "target", "subset"):
            raise ProblemError(f"problem.{str(key)[:40]}: not a field of {task} problems; use numbers, target, subset")
    numbers, target, subset = problem.get("numbers"), problem.get("target"), problem.get("subset", False)
    if not isinstance(numbers, (list, tuple)) or not all(type(n) is int for n in numbers):  # a tuple too, from Python
        raise ProblemError(f"problem.numbers: give a list of whole numbers, e.g. {example}")
    if not 1 <= len(numbers) <= MAX_NUMBERS:
        raise ProblemError(f"problem.numbers: {len(numbers)} numbers; give 1 to {MAX_NUMBERS}")
    if not all(1 <= n <= MAX_NUMBER for n in numbers):
        raise ProblemError(f"problem.numbers: each number must be from 1 to {MAX_NUMBER}")
    if type(target) is not int or not 1 <= target <= MAX_TARGET:
        raise ProblemError(f"problem.target: give a whole number from 1 to {MAX_TARGET}")
    if type(subset) is not bool:
        raise ProblemError("problem.subset: give true or false")
    if task == "countdown.game24" and (len(numbers) != 4 or target != 24 or subset):
        raise ProblemError("problem: the 24 game has four numbers, target 24 and no subset rule; "
                           "use countdown.countdown for other problems")
    out = {"numbers": list(numbers), "target": target}
    if subset:
        out["subset"] = True
    return out


def problem_key(problem: dict) -> str:
    """Sorted numbers and target: the same deal in another order is the same problem."""
    key = ",".join(str(n) for n in sorted(problem["numbers"])) + f"->{problem['target']}"
    return key + " subset" if problem.get("subset") else key


# ---------------------------------------------------------------- answers

def parse_answer(text: str):
    """The expression tree of an answer, or ExprError. Plain answers skip the general tokenizer."""
    check_bracket_kinds(text)  # "(4]": the fast path below maps every bracket to ( and )
    if _SIMPLE.fullmatch(text) and "**" not in text:
        tokens = _TOKEN.findall(text)
        if len(tokens) <= ANSWER_RULES.max_tokens and all(len(t) <= ANSWER_RULES.max_digits for t in tokens):
            # the same tokens core.expr.tokenize gives for this alphabet, made without its per-character loop,
            # but for the "*" of an implicit product: text with one fails here, and the tokenizer reads it
            try:
                return parse_tokens([_OPS[t] if t in _OPS else _number(t) for t in tokens], ANSWER_RULES)
            except ExprError:
                pass
    return parse_tokens(tokenize(text, ANSWER_RULES), ANSWER_RULES)


def _value(node, used: list):
    """Exact value of an answer's tree, collecting its numbers on the way.

    Whole numbers stay ints until a division is not exact (much faster than Fractions
    throughout); sizes are bounded by the grammar's limits on tokens and digits."""
    if type(node) is Num:
        used.append(node.value.numerator)  # literals are whole: no decimals, no fraction literals
        return node.value.numerator
    a, b = _value(node.left, used), _value(node.right, used)
    op = node.op
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        raise ExprError("division by zero")
    if type(a) is int and type(b) is int and a % b == 0:
        return a // b
    return Fraction(a) / b


@lru_cache(maxsize=1 << 12)
def _number(digits: str) -> Fraction:
    return Fraction(int(digits))  # Fractions are immutable: one object per spelling, built once


def clean_answer(text: str) -> str | None:
    """A model's extracted answer as `verify` takes it: None for "no solution" and the like."""
    text = text.strip().rstrip(".").strip()
    return None if NO_SOLUTION.fullmatch(text) else text


def verify(problem: dict, answer: object) -> Verdict:
    if answer is not None and not isinstance(answer, str):
        return wrong(f"the answer must be an expression (text) or None, not {type(answer).__name__}")
    text = without_full_stop(undressed(answer).strip()) if answer is not None else ""  # "… = 24." ends a sentence
    if answer is None or text[:1].isalpha() and NO_SOLUTION.fullmatch(text):
        return _judge_no_solution(problem, answer)
    if len(text) > MAX_ANSWER_CHARS:
        return wrong(f"the answer is too long ({len(text)} characters, limit {MAX_ANSWER_CHARS})", answer=text[:80])
    target = problem["target"]
    if "=" in text:
        text, _, said = text.rpartition("=")
        if text.strip() == str(target) and "=" not in said:  # "24 = 4 × (7 − 8 ÷ 8)": the target first
            text, said = said, text
        if "=" in text:
            return wrong(f"the answer has more than one '=': give one expression, optionally followed by "
                         f"'= {target}'", answer=answer)
        if said.strip() != str(target):
            return wrong(f"after '=' the answer must give the target {target}, not {said.strip()[:40]!r}", answer=answer)
    used: list[int] = []
    try:
        value = _value(parse_answer(text), used)
    except ExprError as exc:
        return wrong(f"cannot read the expression: {exc}", answer=answer)
    used.sort()
    if used != sorted(problem["numbers"]):
        problem_in_words = _numbers_problem(problem, Counter(used))
        if problem_in_words:
            return wrong(problem_in_words, answer=answer)
    if value != target:
        return wrong(f"{text.strip()} makes {format_value(value, unicode=False)}, not {target}", answer=answer)
    return right("correct", answer=answer)


def _numbers_problem(problem: dict, used: Counter) -> str:
    given = Counter(problem["numbers"])
    for value, count in used.items():
        if value not in given:
            return f"uses {value}, which is not one of the numbers"
        if count > given[value]:
            return f"uses {value} {count} times, but it is given {given[value]} time(s)"
    missing = given - used
    if missing and not problem.get("subset"):
        return f"does not use {', '.join(map(str, sorted(missing.elements())))}; every number must be used exactly once"
    return ""


def _judge_no_solution(problem: dict, answer: object) -> Verdict:
    count = len(problem["numbers"])
    if count > MAX_SEARCH_NUMBERS:
        return wrong(f"cannot check a no-solution claim over {count} numbers: only up to {MAX_SEARCH_NUMBERS} can "
                     "be searched exhaustively; give an expression, or a problem with fewer numbers", answer=answer)
    if can_make(tuple(sorted(problem["numbers"])), problem["target"], bool(problem.get("subset"))):
        return wrong(f"says there is no solution, but {problem['target']} can be made from these numbers",
                     answer=answer)
    return right("correct: no expression over these numbers makes the target", answer=answer)


# ---------------------------------------------------------------- the brute force (no shortcuts)

def _halves(numbers: tuple) -> list[tuple[tuple, tuple]]:
    """Each way to split the numbers into two non-empty groups, once (the first number stays right)."""
    return [(tuple([numbers[i] for i in left]), tuple([numbers[i] for i in right]))
            for left, right in _split_positions(len(numbers))]


@lru_cache(maxsize=64)
def _split_positions(count: int) -> tuple[tuple[tuple, tuple], ...]:
    """`_halves` as positions, worked out once per count rather than bit by bit for every group split."""
    out = []
    for mask in range(1, 1 << (count - 1)):
        left = tuple(i + 1 for i in range(count - 1) if mask >> i & 1)
        right = (0,) + tuple(i + 1 for i in range(count - 1) if not mask >> i & 1)
        out.append((left, right))
    return tuple(out)


def all_values(numbers: tuple) -> frozenset:
    """Every value of an expression using each of these numbers exactly once (negatives included).

    Up to four numbers the sets are small and shared by many problems, so they are cached;
    a five-number set holds tens of thousands of fractions and is rebuilt when needed."""
    return _small_values(numbers) if len(numbers) <= 4 else _values(numbers)


@lru_cache(maxsize=1 << 14)
def _small_values(numbers: tuple) -> frozenset:
    return _values(numbers)


def _values(numbers: tuple) -> frozenset:
    """Whole values are kept as ints (an int equals, and hashes as, the Fraction of the same value, so
    the sets hold the same values): int arithmetic is many times faster than Fractions'."""
    if len(numbers) == 1:
        return frozenset((_whole(Fraction(numbers[0])),))
    out = set()
    for part, rest in _halves(numbers):
        rv = all_values(rest)
        for a in all_values(part):
            for b in rv:
                if type(a) is int and type(b) is int:
                    out.update((a + b, a - b, b - a, a * b))
                else:  # a sum or product of fractions may be whole: an int then, like every whole value here
                    out.update((_whole(a + b), _whole(a - b), _whole(b - a), _whole(a * b)))
                if b:
                    out.add(_quotient(a, b))
                if a:
                    out.add(_quotient(b, a))
    return frozenset(out)


def _quotient(a, b):
    """a ÷ b exactly (b ≠ 0): an int when whole, else a Fraction; never a float, even of two ints."""
    if type(a) is int and type(b) is int:
        return a // b if a % b == 0 else Fraction(a, b)
    return _whole(a / b)  # a Fraction is one of them, so this is a Fraction's exact division


@lru_cache(maxsize=1 << 10)
def _parts(numbers: tuple) -> set[tuple]:
    """Every non-empty part of the numbers, each once: what a subset rule lets a solution use."""
    return {tuple(x for i, x in enumerate(numbers) if mask >> i & 1) for mask in range(1, 1 << len(numbers))}


def can_make(numbers: tuple, target: int, subset: bool = False) -> bool:
    """Does some expression over the numbers (all of them, or with subset any non-empty part) equal the target?"""
    if subset:
        return any(can_make(group, target) for group in _parts(numbers))
    return _makes_one_of(numbers, frozenset((_whole(Fraction(target)),)))


_VALUE_SETS_UP_TO = 4  # groups this small are judged from all their values; larger ones by what they must make


def _makes_one_of(numbers: tuple, targets: frozenset) -> bool:
    """Does some expression using each of the numbers once equal one of the targets?

    An expression's last operation joins two groups of the numbers, a ∘ b = t. So for each split,
    every value a of the smaller group gives the few values b the larger one would have to make
    (`_partners`), and the question goes down to it with those as its targets. Only groups of up to
    four numbers have all their values listed (cached, a few thousand at most); the tens of thousands
    a five-number group makes are never built, which is what made "no solution" on six numbers slow.
    Three numbers asked for one value (a dead end claimed in a trace) go by their splits too: eighteen
    partners looked up in the pairs' cached values cost far less than the group's hundred values."""
    if len(numbers) <= _VALUE_SETS_UP_TO and not (len(numbers) == 3 and len(targets) == 1):
        return not targets.isdisjoint(all_values(numbers))
    for part, rest in _halves(numbers):
        small, large = (part, rest) if len(part) <= len(rest) else (rest, part)
        wanted: set = set()
        for a in all_values(small):
            for t in targets:
                if a == 0 and t == 0:
                    return True  # 0 × b = 0, whatever the other group makes
                wanted.update(_partners(a, t))
        if _makes_one_of(large, frozenset(wanted)):
            return True
    return False


def _partners(a: Fraction, t: Fraction) -> tuple:
    """Every b with a ∘ b = t or b ∘ a = t: a + b, a − b, b − a, a × b, a ÷ b, b ÷ a (for a ≠ 0; a = 0
    with t = 0 is the caller's: any b)."""
    if not a:
        return t, -t
    if not t:
        return -a, a, 0
    return t - a, a - t, a + t, _quotient(t, a), _quotient(a, t), t * a


# ---------------------------------------------------------------- step labels

_RELATION = re.compile(r"<=|>=|!=|[=≠<>≤≥]")
_MARK = re.compile(r"(?<!no )\b(?:it works|that works|this works|which works|works!|solution(?: is)?\s*:|goal reached|"
                   r"found it)", re.I)
_STATED_SOLUTION = re.compile(r"(?<!no )\b(?:solution(?: is)?\s*:|found it\s*:)(.*)", re.I | re.S)
_USED = re.compile(r"\b(?:uses?|used)\b:?\s+(\d+(?:\s*(?:,\s*and|,|and)\s*\d+)*),?\s+each\s+(?:exactly\s+)?once", re.I)
# "24 = 3 × 8: can 4 and 7 make 3? 7 − 4 = 3. Yes!": the yes claims that the equation before it reaches z
# (only numbers, operators and punctuation between them: "? No. 13 − 4 = 9, yes, …" is left alone)
_ASKED = re.compile(r"\bmake (\d{1,12}(?:/\d{1,12})?)\s*\?([\d\s+\-−–×*xX÷/()\[\]=.,:;]*)\byes\b", re.I)
_LIST_NUMBER = re.compile(r"\d+")
# a list of the numbers in play, after words that say what a move leaves or where the search stands
# ("leaving 4, 7 and 16"); the list must end there (not run on into an expression such as "→ 8 × 3 = 24")
_POSITION = re.compile(r"(?<!\w)(?:(?P<leaves>[Ll]eaving|[Ll]eaves|[Ll]eft:|[Ll]eft with:?|[Rr]emaining(?: numbers)?:|"
                       r"[Nn]ow we have|[Ww]e now have|[Nn]ow have|→)|[Bb]ack to(?: the start| node \d++)?:?|"
                       r"[Ff]rom|[Nn]ode \d+:)\s*\[?(?P<list>\d{1,12}(?:/\d{1,12})?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,12}(?:/\d{1,12})?)*)\]?"
                       r"(?=\s*$|\s*[.;:!?,)]|\s+[^\W\d_])")
_CHAIN = 64  # how far back up the line of positions a move may reach
_READINGS = 256  # partial readings tried for one equation's numbers (p/q may be two numbers or one fraction)
_STEP_READINGS = 20_000  # and for one step: a step that needs more is too tangled to check (false)
_MADE = 32  # values made earlier in a step that later moves may draw on (the latest)


def _may_list(step: str) -> bool:
    """Whether `_POSITION` can match at all: one of its words is there (most lines have none)."""
    return ("eav" in step or "eft:" in step or "→" in step or "ack to" in step or "rom" in step or "ode " in step
            or "eft with" in step or "emaining" in step or "w have" in step or "e have" in step)


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


def _whole(x: Fraction):
    return x.numerator if x.denominator == 1 else x


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


def _number_list(text: str) -> tuple:
    """"4, 7, 16", "4, 7 and 16", "4 and 7": the numbers, sorted."""
    if _PLAIN_LIST.fullmatch(text):
        return tuple(sorted(map(int, text.split(", "))))
    return tuple(sorted(_listed_number(part) for part in _LIST_SEPARATOR.split(text.strip())))


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
    for match in _POSITION.finditer(step) if _may_list(step) else ():
        pieces.append((_equations(step[at:match.start()]), "leaves" if match.group("leaves") else "at",
                       _number_list(match.group("list")), _bound(step, at, match.start())))
        at = match.end()
    if at < len(step) or not pieces:
        pieces.append((_equations(step[at:]), None, (), _bound(step, at, len(step))))
    if any(equations is None for equations, _, _, _ in pieces) or "?" in step and not _yes_answers_hold(step):
        return None
    mark = _MARK.search(step) if _may_say(step, ("works", "solution", "goal reached", "found it")) else None
    if not mark:
        return tuple(pieces), None, None
    before = _equations(step[:mark.start()])
    finals = tuple(values[-1] for equations, _, _, _ in pieces for _, values, _ in equations if values)
    last = before[-1][1][-1] if before and before[-1][1] else None
    stated = _stated_solution(step, mark.start())
    return tuple(pieces), (last if before else (), finals), stated


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
    whole = _equations(text) if _THEN.search(text) else None
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
_NOT_AFTER = r"(?<![\w+\-−×÷*/=(.,\[])(?<![+\-−×÷*/=(]\s)(?<![\d/)\]],\s)(?<![\d/)\]],)(?<!and\s)(?<!\sor\s)"
_IMPOSSIBLE = tuple(re.compile(pattern, re.I) for pattern in (
    rf"{_NOT_AFTER}{_GROUP}\s+{_NEG}\s+{_MAKE}\s+(?P<t>{_NUM}){_END}",
    rf"\bnothing {_FROM} {_GROUP}\s+(?:makes|reaches|gives|gets to)\s+(?P<t>{_NUM}){_END}",
    rf"\bno way to (?:make |get to |get |reach |form )?(?P<t>{_NUM}) {_FROM} {_GROUP}{_END}",
    rf"{_NOT_AFTER}(?P<t>{_NUM}) (?:cannot|can't|can not) be (?:made|reached|formed|obtained) {_FROM} {_GROUP}{_END}",
    rf"\bimpossible to {_MAKE} (?P<t>{_NUM}) {_FROM} {_GROUP}{_END}",
    rf"\bwith {_GROUP},? (?:we|i|you|one) {_NEG} {_MAKE} (?P<t>{_NUM}){_END}",
    rf"{_NOT_AFTER}{_GROUP} leads? nowhere\b",  # the value is the target
    rf"\bleaving {_GROUP}:[^.?!]*(?:\. no match\b|, and none reaches (?P<t>{_NUM}))",
))
# words one of which each `_IMPOSSIBLE` pattern's matches hold, lowered: a pattern is run only on a step that has one
_IMPOSSIBLE_NEEDS = (("not", "n't"), ("nothing",), ("no way to",), ("not be", "n't be"), ("impossible to",),
                     ("not", "n't"), ("nowhere",), ("leaving",))
_LIST_NUMBERS = re.compile(_NUM)
# a verdict that names no numbers, about the position the text last stated ("That leaves 2, 8, 13.", the
# argument by the last step, then "No match: dead end."): judged only when no move was played since
_BARE_DEAD_END = re.compile(r"\s*No match[:,.;]?\s*(?:so\s+)?(?:it's\s+|it is\s+|that's\s+)?(?:a\s+)?dead end\.?\s*",
                            re.I)
_IMPOSSIBLE_WORDS = ("cannot", "can't", "can not", "could", "not", "n't", "nothing", "no way", "nowhere", "impossible",
                     "no match", "none reaches")
# words before a claim, in its sentence, that take it back, report it or leave it open: "I thought 1, 4, 6
# could not make 24", "if 4, 9, 10 cannot make 24, …", "before saying …", "the claim that …"
_HEDGE = re.compile(r"\b(?:if|whether|unless|maybe|perhaps|might|may|thought|think|assumed?|supposed?|wrong(?:ly)?|"
                    r"mistaken?|not sure|doubt|claim(?:ed|s)?|earlier|not true|not the case|seems?|seemed|looks?|"
                    r"looked|guess|probably|likely|unlikely|hoped?|feared?|before|should(?:n't)?|conclude|about to|"
                    r"verify|verifying|check|checking|said|say|says|wrote|write|writing|wait|tempt\w*|would|"
                    r"suspect\w*|instead of|rather than|not that|prove|proving|show that|test|testing)\b", re.I)
_NEAR = 160  # how far before and after a claim its sentence is read for hedges, a "but" or a "?"


# the Stream-of-Search layout names its positions by node id ("Node 3 (parent 1): 7 − 3 = 4 → 4, 8",
# "Node 0: 1, 2, 7, 8") and later calls one a dead end by its id alone ("Node 3: …; dead end",
# "Node 3: dead end, back to node 1"): the claim is about the position that id was given
_STREAM_NODE = re.compile(rf"\s*Node (\d{{1,9}})(?: \(parent \d{{1,9}}\): [^\n]*?(?:→|->|leaving)|:)\s*"
                          rf"\[?(?P<list>{_NUM}(?:\s*,\s*{_NUM})*)\]?\s*\.?\s*", re.I)
# the layout's own words only: "Node 3: dead end, back to node 1", "Node 3: 12 + 2 = 14, …; dead end"
# ("Node 3: not a dead end", "maybe a dead end", "dead end?" say something else)
_STREAM_DEAD = re.compile(r"\s*Node (\d{1,9}):(?:[^\n;]*;)? dead end(?:, back to node \d{1,9})?\.?\s*", re.I)


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


def _pair_makes(x, y) -> set:
    """Every value an operation on x and y gives; ints and Fractions alike, exactly (`_quotient`)."""
    made = {x + y, x - y, y - x, x * y}
    return made | ({_quotient(x, y)} if y else set()) | ({_quotient(y, x)} if x else set())


# an equation asked and at once denied ("12 + 12 = 24? No, only one 12.", "Is 8 × 4 = 24? No."): no move is
# claimed, so it is not played
_ASKED_AND_DENIED = re.compile(r"[^.;:!?\n]*=\s*[\d/]{1,25}\s*\?\s*(?=(?:no|nope|not)\b)", re.I)
# what every such match ends in, found by a quick scan: most questions ("How about 9 − 8 = 1? That leaves …") have
# no denial after them, and the pattern above tries every start of a clause
_DENIAL_AFTER_ASKING = re.compile(r"\?\s*no", re.I)

# values a step says it wants made, or has not got: "I need 7 and 4 to make 1", "can 3, 7, 8 make 6 or 8?",
# "need a 16", "but I don't have a 4", "I have no 9", "would need another 3". "Make", "get" and "reach" say
# a goal only as one ("to make 1", "if we can get a 6", "let's make 6", a question); said as a result ("7 − 3
# makes 6", "we get 6", "we can reach 6") they claim a value, and a 6 never made must not pass as wished for
_AIM_WORDS = ("make", "need", "want", "get ", "reach", "have", "without")
_AIMED = re.compile(rf"\b(?:(?P<verb>makes?|making|get|reach)|needs?|needed|wants?|have no|(?:don't|do not|doesn't|"
                    rf"does not) have|without)\s+(?:an?\s+|the\s+|(?:an)?other\s+)?"
                    rf"(?P<list>{_NUM}(?:(?:{_SEPARATOR}){_NUM}){{0,11}})", re.I)
_GOAL_CUE = re.compile(r"\bto\s+$|\b(?:if|whether|unless|let's|let us)\b", re.I)  # before a verb, in its sentence
_SENTENCE_MARK = re.compile(r"[.!?;:\n]")
_UNSHOWN_GROUP = 3  # a value worked out unwritten comes from at most this many numbers in play
_UNSHOWN_READINGS = 2_000  # partial readings tried for a move with such values
_MAX_WRITTEN_CHARS = 2_000  # of a step, searched for expressions a value worked out unwritten may stand for


def _aimed(step: str) -> frozenset:
    aims = set()
    for match in _AIMED.finditer(step):
        if match.group("verb"):  # "make 6", "get 6", "reach 6": a goal only as one
            start = max((m.end() for m in _SENTENCE_MARK.finditer(step, 0, match.start())), default=0)
            end = _SENTENCE_MARK.search(step, match.end())
            if not _GOAL_CUE.search(step, start, match.start()) and not (end and end.group() == "?"):
                continue
        aims.update(_listed_number(n) for n in _LIST_SEPARATOR.split(match.group("list")))
    return frozenset(aims)


@lru_cache(maxsize=1 << 12)
def _groups_making(numbers: tuple, value) -> list[tuple]:
    """Each group of two or three of the numbers (each distinct group once) that can make the value."""
    wanted = Fraction(value)
    return [group for size in range(2, min(_UNSHOWN_GROUP, len(numbers)) + 1)
            for group in dict.fromkeys(combinations(numbers, size)) if wanted in all_values(group)]


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


def _without(pool: list, taken) -> list | None:
    """The pool less the taken numbers, or None if one is not there."""
    left = pool[:]
    for v in taken:
        if v not in left:
            return None
        left.remove(v)
    return left


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
    return all((v := _listed_number(part)) != -1 and v in allowed for part in listed.split(","))


# where a try lands, said against the target: "16 + 7 = 23: too small", "23: short by 1", "27: 3 too many",
# "64/7: not a whole number" ("16 + 7 = 23 and 23 + 4 = 27, too big" is how the issue of this task puts it)
_LANDING = re.compile(rf"=\s*(?P<v>{_NUM})\s*[:,]\s*(?:(?P<small>too small|too low)|(?P<big>too big|too large|too high)|"
                      r"short by (?P<short>\d{1,12})|(?P<short_n>\d{1,12}) short\b|over by (?P<over>\d{1,12})|"
                      r"(?P<over_n>\d{1,12}) too many|(?P<fraction>not even a whole number|not a whole number|a fraction))",
                      re.I)


_SUBGOAL = re.compile(rf"\b(?:make|makes|need|needs|want|wants|get|reach|give|gives|aim for|aiming for|go for|target|"
                      rf"goal|sub-goal|subgoal)\s+({_NUM})\b", re.I)


def _names_another_goal(step: str, target: int) -> bool:
    return any(_listed_number(goal) != target for goal in _SUBGOAL.findall(step))


_THEN = re.compile(r"\bthen\b", re.I)
_BUT = re.compile(r"\bbut\b")


@lru_cache(maxsize=1 << 14)
def _landings_hold(step: str, target: int) -> bool:
    """Every "= v: too small / too big / short by n / n too many / not a whole number" is true of v."""
    if "=" not in step or not _may_say(step, ("too ", "short", "over by", "whole", "fraction")):
        return True
    tried = _THEN.search(step)  # a try: "8 + 8 = 16, then 16 + 7 = 23: too small"
    if not tried or _names_another_goal(step, target):
        return True  # "need 6: 4 + 7 = 11: too big" may be said against a goal on the way, not the target
    for match in _LANDING.finditer(step, tried.end()):
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
    rf"(?<![\w/.])(?P<a>{_NUM})(?:[ \t]{{0,3}}(?P<op>[-+−–×*÷])[ \t]{{0,3}}(?P<b>{_NUM}))? is (?:only |just )?"
    rf"(?:(?P<d>{_NUM}) (?P<side>short of|under|below|less than|over|above|more than) (?P<t>{_NUM})|"
    rf"(?P<part>half|a third|a quarter|a fourth) of (?P<whole>{_NUM})|"
    rf"an? (?:factor|divisor) of (?P<of>{_NUM})"
    rf"(?:[ \t]{{0,3}}\((?P<f>{_NUM})[ \t]{{0,3}}[×*][ \t]{{0,3}}(?P<g>{_NUM})\))?|"
    rf"(?P<r>{_NUM}) at once)(?![\w/]|[ \t]{{0,3}}[-+−–×*÷^?])", re.I)
_NEARNESS_WORDS = ("short of", "under ", "below ", "less than", "over ", "above ", "more than", "half of",
                   "third of", "quarter of", "fourth of", "factor of", "divisor of", "at once")
_PARTS = {"half": 2, "a third": 3, "a quarter": 4, "a fourth": 4}


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

# what judging a claim over so many numbers costs, in units of a three-number one (measured), and the units
# one `label_steps` call may spend (about 8 s of checking at most): a full search of six numbers written out
# within a corpus's usual length limit spends about half of it; past it a step is too much to check, so
# false, as a step that needs too many readings is
_CLAIM_COST = {1: 1, 2: 1, 3: 1, 4: 25, 5: 150, 6: 800}
_CLAIM_BUDGET = 12_000


@lru_cache(maxsize=1 << 14)
def _impossibility_claims(step: str) -> tuple:
    """The claims of a step that some numbers cannot make a value: (the numbers, sorted; the value, or
    None for the target). Left out: a claim over more numbers than the exhaustive search takes, and
    one hedged or asked ("if …", "I thought …", "…?"), since a false label on a true step teaches a
    reward model as badly as a true label on a false one."""
    if not _may_say(step, _IMPOSSIBLE_WORDS):
        return ()
    claims = []
    for pattern, needs in zip(_IMPOSSIBLE, _IMPOSSIBLE_NEEDS):
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
_LARGEST_COST = {1: 1, 2: 1, 3: 1, 4: 25, 5: 1500}  # of the claim budget: every value of five numbers takes ~0.2 s
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


@lru_cache(maxsize=1 << 10)
def largest_value(numbers: tuple, subset: bool = False) -> Fraction:
    """The largest value an expression over the numbers makes (with subset, over any non-empty part of them)."""
    if subset:
        return max(largest_value(group) for group in _parts(numbers))
    return max(all_values(numbers))


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


@lru_cache(maxsize=1 << 14)
def _can_make_cached(numbers: tuple, target, subset: bool) -> bool:
    return can_make(numbers, target, subset)


def _yes_answers_hold(step: str) -> bool:
    """Every "can … make z? … yes" in a step: the last equation between the question and the yes
    reaches z (with no equation there, the yes is not checked)."""
    for asked in _ASKED.finditer(step):
        equations = _equations(asked.group(2))
        if equations and equations[-1][1] and equations[-1][1][-1] != _listed_number(asked.group(1)):
            return False
    return True


class _Reader:
    """Reads a trace step by step, following the positions it passes through.

    A position is the numbers in play. Every move ("a ∘ b = r") is played from the current
    position or one the trace passed on the way to it (backing up need not be announced), or,
    if "then" introduces it, from the position the move just before it reached; its
    numbers must all be there (or made earlier in the same step, or be the target itself,
    which people reason back from), and it leads to a new position where they are replaced by
    r. "Back to X" / "from X" return to a position met before. A list of what a move leaves must
    be what it leaves. So a number used twice, one already used up or never given, or a wrong
    list of what is left makes the step false."""

    def __init__(self, problem: dict):
        self.problem = problem
        self.target = problem["target"]
        start = tuple(sorted(problem["numbers"]))
        self.nodes: list[tuple[tuple, int]] = [(start, -1)]  # (numbers in play, sorted; parent node)
        self.where = {start: 0}  # numbers in play -> the latest node with them
        self.current = 0
        self.made: list = []  # values made since the last stated position, in this step
        self.made_by: dict = {}  # and, for those made by a move, the numbers the move took
        self.made_since = 0  # the first position made since `made` began
        self.consumed: list = []  # made values a move of the step has taken
        self.budget = _STEP_READINGS  # readings this step may still try
        self.claim_budget = _CLAIM_BUDGET  # for judging "cannot make" claims, over the whole trace
        self.stream_nodes: dict[str, tuple] = {}  # Stream-of-Search node id -> its numbers
        self.at_stated = True  # the current position is one the text stated (or the start), no move since
        self.aims: frozenset = frozenset()  # values the step being read says it wants made
        self.stream_line = False  # the step is a Stream-of-Search node line
        self.step = ""  # the step being read
        self.moved = False  # the equation just played was a move that reached the current position
        self.came_from = None  # the node the latest move was played from
        self.changes: list[tuple] = []  # (position, the node `where` held for it before), this step's moves

    def holds(self, step: str) -> bool:
        answer = stated_answer(step)  # "Answer: …", "So the answer is …", "\\boxed{…}"
        if answer is not None:
            return bool(verify(self.problem, clean_answer(answer)))
        # "12 + 12 = 24? No, only one 12.": asked, not played
        if "?" in step and _DENIAL_AFTER_ASKING.search(step) and _ASKED_AND_DENIED.search(step):
            step = _ASKED_AND_DENIED.sub("", step)
        pairs = _may_say(step, (" and ",))
        if pairs and not _pair_lists_hold(step):
            return False  # "7 and 4 make 11, 3 or 29": read before a pair's first value is spelled out as a move
        spelled = _pair_moves_spelled_out(step) if pairs else step
        if spelled is None:
            return False  # "7 and 4 make 5": no operation on the pair gives it
        if spelled is step:
            return self.holds_as_written(step)
        # a pair said to make a value is played as a move; if its numbers are not in play it was said of
        # numbers to aim for ("we need a 3: 3 and 8 make 24"), and the step is read as written
        saved = self.save()
        if self.holds_as_written(spelled):
            return True
        self.restore(saved)
        return self.holds_as_written(step)

    def save(self) -> tuple:
        return (len(self.nodes), dict(self.where), self.current, self.at_stated, self.claim_budget,
                dict(self.stream_nodes))

    def restore(self, saved: tuple) -> None:
        count, self.where, self.current, self.at_stated, self.claim_budget, self.stream_nodes = saved
        del self.nodes[count:]

    def holds_as_written(self, step: str) -> bool:
        read = _read(step)
        if read is None:
            return False  # a false equation
        pieces, claim, stated = read
        self.made, self.made_by, self.consumed, self.budget = [], {}, [], _STEP_READINGS
        self.moved, self.changes = False, []
        self.made_since = len(self.nodes)  # the positions made since `made` began
        self.aims = _aimed(step) if _may_say(step, _AIM_WORDS) else frozenset()
        self.step = step
        says_node = _may_say(step, ("node ",))
        self.stream_line = says_node and _STREAM_NODE.match(step) is not None
        for equations, kind, listed, bound in pieces:
            if not self.play_piece(equations, listed if kind == "leaves" else None, bound):
                return False  # numbers not in play, or a wrong list of what is left
            if kind == "leaves" and not (equations and self.is_move(*equations[-1])):
                kind = "at"  # what is left, with no move before it: where the search stands
            if kind == "at":
                self.moved = False  # a "then" after it goes on from where the text stands, as any move may
            if kind == "at" and listed in self.where:
                self.current = self.where[listed]
            if kind == "leaves" or kind == "at" and listed in self.where:
                self.at_stated = True  # the search stands where the text says
            elif any(self.is_move(*equation) for equation in equations):
                self.at_stated = False  # tries played on from there: "dead end" alone names nothing sure
            if kind:
                self.made, self.made_by, self.consumed = [], {}, []
                self.made_since = len(self.nodes)
        if claim is not None:  # a claimed solution must be what the equation just before it reaches
            last, finals = claim
            if last != () and last != self.target or last == () and (
                    self.target not in finals if finals else str(self.target) not in _LIST_NUMBER.findall(step)):
                return False
            if stated is None and not self.solved():  # "It works!" only once the numbers have made the target
                return False
        if stated is not None:  # a solution written out must use the numbers as the rules say
            given = Counter(self.problem["numbers"])
            if stated - given or (not self.problem.get("subset") and stated != given):
                return False
        if not _argument_lists_hold(step, self.target) or not _landings_hold(step, self.target) or \
                not _nearness_holds(step):
            return False
        claims = _impossibility_claims(step)
        if self.at_stated and _BARE_DEAD_END.fullmatch(step):  # "No match: dead end." after an argument
            numbers = self.nodes[self.current][0]
            claims += ((numbers, None),) if len(numbers) <= MAX_SEARCH_NUMBERS else ()
        if says_node:
            claims += self.stream_claims(step)
        if _may_say(step, _NO_SOLUTION_WORDS) and _says_no_solution(step, self.target):  # "So there is no solution."
            numbers = tuple(sorted(self.problem["numbers"]))
            claims += ((numbers, None),) if len(numbers) <= MAX_SEARCH_NUMBERS else ()
        for numbers, value in claims:  # a branch pruned that holds a solution is false
            if value is None and _names_another_goal(step, self.target):
                continue  # "we need 5 from two numbers: 4, 6 leads nowhere" is said against the 5
            self.claim_budget -= _CLAIM_COST[len(numbers)]
            if self.claim_budget < 0 or _can_make_cached(numbers, self.target if value is None else value,
                                                         bool(self.problem.get("subset"))):
                return False
        for numbers, top, at_most in _largest_claims(step) if _may_say(step, _LARGEST_WORDS) else ():
            self.claim_budget -= _LARGEST_COST[len(numbers)]
            largest = largest_value(numbers, bool(self.problem.get("subset"))) if self.claim_budget >= 0 else None
            if largest is None or (largest > top if at_most else largest != top):
                return False
        used = _USED.search(step) if _may_say(step, ("use",)) else None
        if used:
            listed = Counter(int(n) for n in _LIST_NUMBER.findall(used.group(1)))
            given = Counter(self.problem["numbers"])
            if listed - given or (not self.problem.get("subset") and listed != given):
                return False
        return True

    def stream_claims(self, step: str) -> tuple:
        """A Stream-of-Search line: the position it gives a node id, remembered; or the claim that the
        position of an id given earlier is a dead end (cannot make the target)."""
        named = _STREAM_NODE.fullmatch(step)
        if named:
            self.stream_nodes[named.group(1)] = _number_list(named.group("list"))
            return ()
        dead = _STREAM_DEAD.fullmatch(step)
        numbers = self.stream_nodes.get(dead.group(1)) if dead else None
        return ((numbers, None),) if numbers and len(numbers) <= MAX_SEARCH_NUMBERS and -1 not in numbers else ()

    def solved(self) -> bool:
        """The position reached is the target alone (or holds it, when a subset may be used): a
        line that reaches the target but leaves a number unused ("4 × 8 = 32, 32 − 8 = 24" from
        4, 7, 8, 8) has not solved the problem."""
        numbers = self.nodes[self.current][0]
        return numbers == (self.target,) or bool(self.problem.get("subset")) and self.target in numbers

    def play_piece(self, equations: tuple, stated: tuple | None, bound: frozenset) -> bool:
        """Play a piece's equations in order (`stated`: what the last one leaves, if the text says). A move a "then"
        introduces (`bound`) is played from the position the move just before it reached (`play_line`)."""
        last, k = len(equations) - 1, 0
        while k <= last:
            end = k + 1
            while end in bound:
                end += 1  # equations[k:end]: a line of moves joined by "then"
            if end > k + 1 and not (k in bound and self.moved):
                if not self.play_line(equations[k:end], stated if end > last else None, k in bound):
                    return False
            else:  # one equation, or a line that goes on from where the move before it went
                for i in range(k, end):
                    if not self.play(*equations[i], stated if i == last else None, i in bound):
                        return False
            k = end
        return True

    def play_line(self, line: tuple, stated: tuple | None, first_bound: bool) -> bool:
        """Play moves joined by "then", each from the position the one before it reached. Where a move cannot be,
        the line is tried again with its first move played from a position further up, as that one may have
        backed up further, unannounced: in "8 + 8 = 16, then 16 + 7 = 23: too small. 7 − 4 = 3, then 8 × 3 =
        24" the 7 − 4 is played from the start, not from 4, 7, 16, where it reads first. Those tries read each
        move plainly; if none holds, the line is read once more as written, every reading allowed (a value
        worked out unwritten, a wish), with its first move where it reads first."""
        mark, above, last, reach = self.mark(), None, len(line) - 1, tuple(self.line())
        while self.budget > 0:
            self.came_from = None
            start = self.came_from if self.play(*line[0], None, first_bound, above, True) else None
            if start is not None and all(self.play(*equation, stated if i == last else None, True, plain=True)
                                         for i, equation in enumerate(line[1:], 1)):
                return True
            self.unplay(mark)
            if start not in reach:
                break
            above = reach[reach.index(start) + 1:]  # the first move again, from the positions above the one it took
            if not above:
                break
        return all(self.play(*equation, stated if i == last else None, bool(i) or first_bound)
                   for i, equation in enumerate(line))

    def mark(self) -> tuple:
        """What playing moves in this step changes, for `unplay` to take them back."""
        return (len(self.nodes), len(self.changes), self.current, self.made, dict(self.made_by), list(self.consumed),
                self.aims, self.moved)

    def unplay(self, mark: tuple) -> None:
        count, changed, self.current, self.made, made_by, consumed, self.aims, self.moved = mark
        self.made_by, self.consumed = dict(made_by), list(consumed)
        while len(self.changes) > changed:
            after, node = self.changes.pop()
            if node is None:
                del self.where[after]
            else:
                self.where[after] = node
        del self.nodes[count:]

    @staticmethod
    def is_move(atoms: tuple, values: tuple, equal: bool) -> bool:
        return bool(equal and values and (len(atoms) > 1 or len(atoms) == 1 and len(atoms[0]) == 3))

    def play(self, atoms: tuple, values: tuple, equal: bool, stated: tuple | None, bound: bool = False,
             above: tuple | None = None, plain: bool = False) -> bool:
        """Check one equation against the positions; a move makes a new position, and `stated`
        (what the text says is left) must be it. A move that takes nothing from the position (its
        numbers all made in this step, or the target) makes none: positions never grow. Such a
        reading is the last resort for a move: "610 + 1 = 611: over; but 610 × 1 = 610" reads the
        second move from 1, 610 again (reaching 610 alone), not as 610-the-target times a 1 made.
        A move `bound` by a "then" to the move just played is played from where that one went, never
        from a position above it; `above`: the nodes to play from instead of the current one's line;
        `plain`: from the numbers in play and the values made only, not worked out unwritten, nor wished."""
        move, only_here, self.moved = self.is_move(atoms, values, equal), bound and self.moved, False
        if not move and len(atoms) == 1:  # "6 = 7 − 1", "27 > 24": a value named, or a goal split up,
            self.played(atoms, values, False, 0)  # not a move; it takes nothing, so needs nothing in play
            return True
        allowed = min(_READINGS, self.budget)
        rest = self.plainly_from_here(atoms, allowed) if above is None else None
        if rest is not None and (self.leaves(rest, values[-1], stated, self.current) if move else stated is None):
            self.played(atoms, values, move, len(atoms) + 1)
            return True
        budget, taking_nothing = [allowed], False
        for steps, node in enumerate(self.line(only_here, above)):
            numbers = self.nodes[node][0]
            here = not steps and above is None
            for rest in self.readings(atoms, numbers, budget, self.spare_here(numbers) if here else None,
                                      node >= self.made_since):
                if move and len(rest) == len(numbers):
                    taking_nothing = True
                    continue
                if move:
                    if not self.leaves(rest, values[-1], stated, node):
                        continue  # another reading, or a position further up, may leave what is stated
                self.played(atoms, values, move, allowed - budget[0])
                return True
        if taking_nothing:
            self.played(atoms, values, move, allowed - budget[0])
            return True
        if move and not plain and self.unshown_move(atoms, values, stated, only_here, above):
            return True
        if move and not plain and stated is None and self.wished_for(atoms, values):  # a wish leaves nothing to list
            self.aims |= frozenset(values)  # and what it makes is wished for too, never made: no move takes it
            return True
        self.budget -= allowed - budget[0]  # spent for nothing: a line of moves may be tried again (`play_line`)
        return False

    def leaves(self, rest: list, made, stated: tuple | None, node: int) -> bool:
        """Play a move from `node` that leaves `rest` and the value it made, if that is what the text says
        is left. People often list only what is left besides the value made ("8 × (7 − 4) = 24, leaving
        3"); a Stream-of-Search node line lists the whole position, which later lines name by its id."""
        after = tuple(sorted(rest + [made]))
        if stated is not None and after != stated and (self.stream_line or tuple(sorted(rest)) != stated):
            return False
        self.nodes.append((after, node))
        self.changes.append((after, self.where.get(after)))
        self.current = self.where[after] = len(self.nodes) - 1
        self.moved, self.came_from = True, node
        return True

    def unshown_move(self, atoms: tuple, values: tuple, stated: tuple | None, only_here: bool = False,
                     above: tuple | None = None) -> bool:
        """A move from values the step works out without writing how ("(3 × 7 − 8 − 4)? 21 − 12 = 9",
        "3 × (4 + 8) − 7 … 36 − 7 = 29"): a value that was never given, nor made or met anywhere in the
        trace, may come from two or three numbers in play that make it, if the step writes those numbers
        into an expression worth that value, or the move works out an expression the step writes, with
        its numbers. A value given or made before ("(7 − 3) × (8 − 4): 4 × 4 = 16", with a 4 given) may
        come from such a group only when the move works out an expression the step writes, with all the
        numbers it takes: one such value standing alone is the number itself, so a number used twice
        ("8 − 4 = 4, and 4 × 4 = 16") stays false."""
        met = set(self.problem["numbers"]) | set(self.made) | {v for numbers, _ in self.nodes for v in numbers}
        budget = [_UNSHOWN_READINGS]
        for node in self.line(only_here, above):
            numbers = self.nodes[node][0]
            for rest, groups in self.unshown_uses(atoms, list(numbers), met, budget, ()):
                written = _written_values(self.step)  # cached per step
                took = tuple(sorted((Counter(numbers) - Counter(rest)).elements()))
                if (took, values[-1]) not in written and (
                        any(value in met for _, value in groups) or any(group not in written for group in groups)):
                    continue
                if self.leaves(rest, values[-1], stated, node):
                    self.played(atoms, values, True, 0)
                    self.made_by[values[-1]] = took  # all it took, the unwritten part too
                    return True
        return False

    def unshown_uses(self, atoms: tuple, pool: list, met: set, budget: list, groups: tuple):
        """`uses` where a value may be a group of the pool that makes it (one never met, when the pool has it
        not; one met before, either way): each reading's rest of the pool, with the groups it took as
        (numbers, value made)."""
        budget[0] -= 1
        if budget[0] < 0:
            return
        if not atoms:
            if groups:
                yield pool, groups
            return
        atom = atoms[0]
        for need in (atom[1:], atom[:1]) if len(atom) > 1 else (atom,):
            left = _without(pool, [v for v in need if v in pool or v != self.target])  # the target is free
            if left is not None:
                yield from self.unshown_uses(atoms[1:], left, met, budget, groups)
            if len(need) == 1 and (left is None or need[0] in met) and need[0] != self.target:
                # a value met before is tried as a group too, as `unshown_move` then asks more of the move
                for group in _groups_making(tuple(sorted(pool)), need[0]):
                    yield from self.unshown_uses(atoms[1:], _without(pool, group), met, budget,
                                                 groups + ((group, need[0]),))

    def wished_for(self, atoms: tuple, values: tuple) -> bool:
        """An equation whose numbers not in play are all ones the step says it needs made or has not got
        ("I need 7 and 4 to make 1, since 24 × 1 = 24"; "225 × 4 = 900 would be nice, but I don't have a 4"),
        or one that takes the target apart, while it is not in play ("812 ÷ 4 = 203, 812 ÷ 7 = 116"): a goal
        split up or a wish, which takes nothing, not a move. ("24 + 12 = 36" with a 24 made and the 12 used up
        is a move, and false.)"""
        here = set(self.nodes[self.current][0]) | set(self.made) | {self.target}
        missing = {atom[0] for atom in atoms if atom[0] not in here}
        if not missing:
            return False
        if missing <= self.aims:
            return True
        first = atoms[0][1] if len(atoms[0]) == 3 else atoms[0][0]  # the 24 of "24 ÷ 5", read as one p/q
        return first == self.target and values[-1] < self.target and self.target not in self.made \
            and not any(self.target in self.nodes[node][0] for node in self.line())

    def line(self, only_here: bool = False, above: tuple | None = None):
        """The nodes from the current position back up to the start, as far as a move may reach: where a
        move may be played from (backing up need not be announced); `only_here`: the current position
        alone; `above`: those nodes instead."""
        if above is not None:
            yield from above
            return
        node, steps = self.current, 0
        while node >= 0 and steps < (1 if only_here else _CHAIN):
            yield node
            node, steps = self.nodes[node][1], steps + 1

    def plainly_from_here(self, atoms: tuple, allowed: int) -> list | None:
        """What is left of the current position when each of the atoms is a number in it (no fraction that
        may be two numbers, none made in the step): the first reading `uses` gives, found without its
        generators (most moves of a trace are such), or None. It would spend one partial reading per atom
        and one more, so it is taken only when the budget allows them."""
        if allowed <= len(atoms):
            return None
        left = list(self.nodes[self.current][0])
        for atom in atoms:
            if len(atom) != 1 or atom[0] not in left:
                return None
            left.remove(atom[0])
        return left

    def spare_here(self, numbers: tuple) -> list:
        """The values made in this step that may stand in for numbers at the current position: a value a
        move of this step put into the position is there, in the position, and not again as made
        ("6 + 6 = 12, 12 + 12 = 24" from 1, 1, 6, 6 has one 12, not two)."""
        here = {v for v in numbers if v in self.made_by}  # each copy a move made is in the position itself
        spare = [v for v in self.made if v not in here]
        for v in self.consumed:  # used up by a move on the line that led here
            if v in spare:
                spare.remove(v)
        return spare

    def played(self, atoms: tuple, values: tuple, move: bool, spent: int) -> None:
        """An equation read: its values may stand in for numbers in later moves of the step. A move uses up,
        on its line of play, the made values it takes ("1 + 1 = 2, 6 × 2 = 12, 12 × 2 = 24" has no 2 left for
        the last move); an alternative from further up may use them again ("32 + 8 = 40; but 32 − 8 = 24")."""
        if move:
            self.consumed += [atom[0] for atom in atoms if atom[0] in self.made_by]
            self.made_by[values[-1]] = tuple(atom[0] for atom in atoms)
        self.made = (self.made + list(dict.fromkeys(values)))[-_MADE:]  # "6 + 6 = 12" makes one 12, not two
        self.budget -= spent

    def readings(self, atoms: tuple, numbers: tuple, budget: list, spare_here: list | None = None,
                 made_since: bool = False):
        """`uses` at a position above the current one, where a value made in this step may stand in
        only for numbers its making did not take: "8 + 8 = 16, then 16 + 8 = 24" backs up to
        4, 7, 8, 8 for the third 8, and finds none, since making the 16 took both. At the current
        position (`spare_here`: the values made in the step that are not in it) the same holds of a
        value made on another line: "2 ÷ 2 = 1, 2 × 11 = 22, 2 + 1 = 3" from 2, 2, 8, 11 has no 2
        beside the 1, which took both."""
        yield from self.uses(atoms, list(numbers), [], budget)
        if self.made if spare_here is None else spare_here:
            # each value once: two made on different lines ("2 × 9 = 18, 9 + 9 = 18" from 2, 2, 9, 9) are never
            # both in one position, and what each took is known only for the later one; and, as at the current
            # position, not one a move of the step put into this position, when the step made it ("5 + 8 = 13,
            # 10 + 6 = 16, 13 + 13 = 26" from 5, 6, 8, 10 backs up to 6, 10, 13, with one 13)
            spare = dict.fromkeys(self.made if spare_here is None else spare_here)
            left, spare = list(numbers), [v for v in spare if not (made_since and v in numbers and v in self.made_by)]
            for atom in atoms:  # a made value: what its making took is gone (an equal number of the
                # position itself is read by the plain reading above: "8 − 4 = 4, 4 × 4" has one 4, not two)
                if spare_here is not None and atom[0] not in spare_here:
                    continue  # at the current position, one made on its own line is in it, and took nothing from it
                # one that is not in the position stands in from where it was made: a number its making took
                # must still be here ("3 × 9 = 27, 9 × 4 = 36, 36 + 27 = 63" from 1, 3, 4, 9 has one 9), unless
                # a value made from it is (the 48 of "6 × 8 = 48 … 46 + 9 = 55", backing up to 2, 9, 48)
                must = atom[0] not in numbers
                took, seen = [(v, must) for v in self.made_by.get(atom[0], ())], {atom[0]}
                while took:
                    v, required = took.pop()
                    if v in self.made_by and not (made_since and v in left):
                        # itself made in the step, on the way here: the same number, gone too, and so is what
                        # its own making took ("6 × 8 = 48, 48 − 2 = 46, 46 + 9 = 55": the 55 took the 6 and the
                        # 8 as well); an equal number here is another one ("3 ÷ 3 = 1, then 11 + 1 = 12" took
                        # both 3s, not the 1 of 1, 2, 3, 11)
                        if v in spare:
                            spare.remove(v)
                        if v not in seen:
                            seen.add(v)
                            took += [(u, required) for u in self.made_by[v]]
                    elif v in left:
                        left.remove(v)
                    elif required and v != self.target:
                        return  # it was used up on the way here
            yield from self.uses(atoms, left, spare, budget)

    def uses(self, atoms: tuple, pool: list, made: list, budget: list):
        """Each way the atoms can come from the pool (else from what was made in this step, or be the
        target): what is left of the pool. A p/q that is not whole is p and q, or a fraction in play.
        At most `budget[0]` partial readings are tried, so no text makes this search long."""
        budget[0] -= 1
        if budget[0] < 0:
            return
        if not atoms:
            yield pool
            return
        atom = atoms[0]
        for need in (atom[1:], atom[:1]) if len(atom) > 1 else (atom,):
            left, spare = pool[:], made
            for v in need:
                if v in left:
                    left.remove(v)
                elif v in spare:
                    spare = spare[:]
                    spare.remove(v)
                elif v != self.target:
                    break
            else:
                yield from self.uses(atoms[1:], left, spare, budget)


def label_steps(problem: dict, steps: list[str]) -> list[bool]:
    reader, ok, labels = _Reader(problem), True, []
    for step in steps:
        ok = ok and reader.holds(step)
        labels.append(ok)
    return labels
