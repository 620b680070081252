"""Countdown and 24-game verifier: reads the answer itself and judges it exactly.

It knows the rules, not the solver (it imports neither solvers nor generators).

Problems: `{"numbers": [...], "target": T}`, 1 to 6 whole numbers from 1 to 10^6 and a
target from 1 to 10^9; `"subset": true` means any of the numbers may be left out
(each used at most once), otherwise each is used exactly once. 24-game problems have
four numbers and target 24.

Answers: one expression over the numbers with + − × ÷ (also * / x and a unicode
minus), brackets and spaces, read by the bounded grammar of `core.expr` (no unary
minus, decimals, powers or digit-joining) and evaluated with Fractions. A trailing
"= T" is accepted when T is the target (models often restate it); anything else
after "=" is wrong. `None`, or text such as "no solution" / "impossible", claims
that nothing works: it is right exactly when this module's own brute force (every
split of the numbers, all six operations, every value kept) finds no expression.

Step labels (`label_steps`) read free text: a step is false if an equation in it is
false, if an equation starts from a number that is neither given, the target, nor a
value an earlier equation produced, if it claims a solution ("that works",
"solution:", "goal reached", "found it") without reaching the target (an equation
ending at the target, or with no equation, the target named), if it lists
the numbers used "each once" and they are not the given ones, or if it is an
"Answer:" line whose answer is wrong. Multiplicity is checked only on answers.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from fractions import Fraction
from functools import lru_cache

from slowthink.core.claims import CLAIM_RULES, find_claims
from slowthink.core.expr import BinOp, ExprError, Num, Rules, evaluate, format_value, parse_tokens, tokenize
from slowthink.core.verdict import ProblemError, Verdict, right, wrong

MAX_NUMBERS = 6  # the "no solution" brute force takes about a second at six numbers, far longer at seven
MAX_NUMBER = 10**6
MAX_TARGET = 10**9
MAX_ANSWER_CHARS = 400
ANSWER_RULES = Rules(max_length=MAX_ANSWER_CHARS, max_depth=16, max_digits=7, max_tokens=120,
                     max_result_bits=400, allow_unary_minus=False, allow_power=False, allow_decimals=False,
                     allow_mod=False, allow_x_times=True)
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
    if isinstance(problem, str):
        try:
            problem = json.loads(problem) if len(problem) < 10_000 else None
        except ValueError:
            raise ProblemError(f"problem: not a JSON object; give {example}") from None
    if not isinstance(problem, dict):
        raise ProblemError(f"problem: expected an object such as {example}")
    for key in problem:
        if key not in ("numbers", "target", "subset"):
            raise ProblemError(f"problem.{str(key)[:40]}: not a field of {task} problems; use numbers, target, subset")
    numbers, target, subset = problem.get("numbers"), problem.get("target"), problem.get("subset", False)
    if not isinstance(numbers, list) or not all(type(n) is int for n in numbers):
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
    if _SIMPLE.fullmatch(text) and "**" not in text:
        tokens = _TOKEN.findall(text)
        if len(tokens) <= ANSWER_RULES.max_tokens and all(len(t) <= ANSWER_RULES.max_digits for t in tokens):
            # the same tokens core.expr.tokenize gives for this alphabet, made without its per-character loop
            return parse_tokens([_OPS[t] if t in _OPS else _number(t) for t in tokens], ANSWER_RULES)
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
    text = answer.strip() if answer is not None else ""
    if answer is None or text[:1].isalpha() and NO_SOLUTION.fullmatch(text):
        return _judge_no_solution(problem, answer)
    if len(text) > MAX_ANSWER_CHARS:
        return wrong(f"the answer is too long ({len(text)} characters, limit {MAX_ANSWER_CHARS})", answer=text[:80])
    target = problem["target"]
    if "=" in text:
        text, _, said = text.rpartition("=")
        if said.strip() != str(target) or "=" in text:
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
    if can_make(tuple(sorted(problem["numbers"])), problem["target"], bool(problem.get("subset"))):
        return wrong(f"says there is no solution, but {problem['target']} can be made from these numbers",
                     answer=answer)
    return right("correct: no expression over these numbers makes the target", answer=answer)


# ---------------------------------------------------------------- the brute force (no shortcuts)

def _halves(numbers: tuple) -> list[tuple[tuple, tuple]]:
    """Each way to split the numbers into two non-empty groups, once (the first number stays right)."""
    rest, out = numbers[1:], []
    for mask in range(1, 1 << len(rest)):
        left = tuple(x for i, x in enumerate(rest) if mask >> i & 1)
        right = numbers[:1] + tuple(x for i, x in enumerate(rest) if not mask >> i & 1)
        out.append((left, right))
    return out


def all_values(numbers: tuple) -> frozenset:
    """Every value of an expression using each of these numbers exactly once (negatives included).

    Up to four numbers the sets are small and shared by many problems, so they are cached;
    a five-number set holds tens of thousands of fractions and is rebuilt when needed."""
    return _small_values(numbers) if len(numbers) <= 4 else _values(numbers)


@lru_cache(maxsize=1 << 14)
def _small_values(numbers: tuple) -> frozenset:
    return _values(numbers)


def _values(numbers: tuple) -> frozenset:
    if len(numbers) == 1:
        return frozenset((Fraction(numbers[0]),))
    out = set()
    for left, right in _halves(numbers):
        rv = all_values(right)
        for a in all_values(left):
            for b in rv:
                out.update((a + b, a - b, b - a, a * b))
                if b:
                    out.add(a / b)
                if a:
                    out.add(b / a)
    return frozenset(out)


@lru_cache(maxsize=1 << 10)
def can_make(numbers: tuple, target: int, subset: bool = False) -> bool:
    """Does some expression over the numbers (all of them, or with subset any non-empty part) equal the target?"""
    if subset:
        groups = {tuple(x for i, x in enumerate(numbers) if mask >> i & 1) for mask in range(1, 1 << len(numbers))}
        return any(can_make(group, target) for group in groups)
    if len(numbers) == 1:
        return numbers[0] == target
    t = Fraction(target)
    for left, right in _halves(numbers):
        rv = all_values(right)
        for a in all_values(left):
            # a ∘ b = t for some b on the right: b = t − a, a − t, a + t, t ÷ a, a ÷ t or t × a
            if t - a in rv or a - t in rv or a + t in rv or (a and (t / a in rv or a / t in rv or t * a in rv)):
                return True
    return False


# ---------------------------------------------------------------- step labels

_RELATION = re.compile(r"<=|>=|!=|[=≠<>≤≥]")
_MARK = re.compile(r"(?<!no )\b(?:it works|that works|this works|solution(?: is)?\s*:|goal reached|found it)", re.I)
_USED = re.compile(r"\b(?:uses?|used)\b:?\s+(\d+(?:\s*(?:,\s*and|,|and)\s*\d+)*),?\s+each\s+(?:exactly\s+)?once", re.I)
_ANSWER = re.compile(r"\s*\**\s*answer\s*\**\s*:\s*(.*)", re.I | re.S)
_LIST_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=1 << 14)
def _equations(step: str) -> tuple | None:
    """The equations of a step, read once per distinct text: None if one is false, else for each
    readable one (the numbers its first side starts from, the value of every side).

    Whole values are kept as ints, which hash far faster than Fractions in the `known` set."""
    if not _RELATION.search(step):
        return ()
    out = []
    for claim in find_claims(step):
        if claim.ok is False:
            return None
        if claim.ok:
            out.append(_claim_parts(claim.text))
    return tuple(out)


def _whole(x: Fraction):
    return x.numerator if x.denominator == 1 else x


@lru_cache(maxsize=1 << 16)  # equations recur far more than whole steps ("8 + 8 = 16"), and are small
def _claim_parts(run: str) -> tuple[tuple, tuple]:
    sides = _RELATION.split(run)
    values = []
    for side in sides:
        plain = side.strip()
        if plain.isdecimal() and len(plain) < 30:  # most sides are one number: skip the parser
            values.append(int(plain))
            continue
        try:
            values.append(_whole(evaluate(parse_tokens(tokenize(side, CLAIM_RULES), CLAIM_RULES), CLAIM_RULES)))
        except ExprError:
            pass
    try:
        tokens = tokenize(sides[0], CLAIM_RULES)
    except ExprError:
        return (), tuple(values)
    for cut in range(len(tokens)):  # the longest readable tail, as core.claims reads a first side
        try:
            return tuple(_atoms(parse_tokens(tokens[cut:], CLAIM_RULES))), tuple(values)
        except ExprError:
            continue
    return (), tuple(values)


def _atoms(node) -> list[tuple]:
    """The numbers an expression starts from; a tight p/q may stand for a fraction made earlier."""
    if type(node) is Num:
        return [(_whole(node.value),)]
    if type(node) is BinOp:
        if node.op == "/" and type(node.left) is Num and type(node.right) is Num and node.right.value:
            left, right = _whole(node.left.value), _whole(node.right.value)
            return [(_whole(node.left.value / node.right.value), left, right)]
        return _atoms(node.left) + _atoms(node.right)
    return _atoms(node.operand)


class _Reader:
    """Reads a trace step by step, remembering which numbers are available."""

    def __init__(self, problem: dict):
        self.problem = problem
        self.target = problem["target"]
        self.known = set(problem["numbers"]) | {self.target}

    def holds(self, step: str) -> bool:
        answer = _ANSWER.match(step)
        if answer:
            return bool(verify(self.problem, clean_answer(answer.group(1).replace("**", ""))))
        equations = _equations(step)
        if equations is None:
            return False  # a false equation
        known, finals = self.known, []
        for atoms, values in equations:
            if not all(atom[0] in known or len(atom) == 3 and atom[1] in known and atom[2] in known
                       for atom in atoms):
                return False  # an equation that starts from a number nobody has made
            known.update(values)
            finals.append(values[-1] if values else None)
        if _MARK.search(step) and (self.target not in finals if finals else str(self.target) not in
                                   _LIST_NUMBER.findall(step)):
            return False  # a claimed solution that does not reach the target
        used = _USED.search(step)
        if used:
            listed = Counter(int(n) for n in _LIST_NUMBER.findall(used.group(1)))
            given = Counter(self.problem["numbers"])
            if listed - given or (not self.problem.get("subset") and listed != given):
                return False
        return True


def label_steps(problem: dict, steps: list[str]) -> list[bool]:
    reader, ok, labels = _Reader(problem), True, []
    for step in steps:
        ok = ok and reader.holds(step)
        labels.append(ok)
    return labels
