"""Countdown and 24-game answers: reading a problem and judging a final answer exactly.

`read_problem` checks a problem dict and names the field that is wrong; `verify` reads one answer
expression with the bounded grammar of `core.expr` (never evaluating text), checks that it uses the numbers
as the rules say and makes the target, and judges a "no solution" answer by the brute force of
`countdown_values`. The rules themselves are set out in `verifiers/countdown.py`, the family's public
module; step labels are `countdown_reader`'s. Kept apart because the answer check is the reward function:
it should be read, and changed, without the step reader around it.
"""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction
from functools import lru_cache

from slowthink.core.expr import (SIMPLE_TOKENS, BinOp, ExprError, Num, Rules, check_bracket_kinds, format_value,
                                 parse_tokens, to_text, tokenize)
from slowthink.core.extract import clean, undressed, without_full_stop
from slowthink.core.spelling import plain_digits, plain_signs, refusal
from slowthink.core.verdict import ProblemError, Verdict, problem_from_json, right, wrong
from slowthink.verifiers.countdown_values import can_make

MAX_NUMBERS = 40  # an expression is checked at any size its bounded grammar can read
MAX_SEARCH_NUMBERS = 6  # the "no solution" brute force takes a fraction of a second at six, seconds at seven
MAX_NUMBER = 10**6
MAX_TARGET = 10**9
MAX_ANSWER_CHARS = 1200  # forty six-digit numbers, bracketed pair by pair, with "= T" after them
MAX_PROBLEM_CHARS = 10_000  # as JSON text: six numbers and a target take well under a hundred
ANSWER_RULES = Rules(max_length=MAX_ANSWER_CHARS, max_depth=48, max_digits=7, max_tokens=400,
                     max_result_bits=2000, allow_unary_minus=False, allow_power=False, allow_decimals=False,
                     allow_mod=False, allow_x_times=True, implicit_times=True,
                     spaced_implicit_times=True,  # "4(7 − 8 ÷ 8)", "4 (7 − 8 ÷ 8)" as people write them
                     allow_braces=True)  # "{4 × [7 − (8 ÷ 8)]}"
# "no solution" as models say it; a number said to be out of reach ("There's no way to make 24.", "24 cannot be made from
# 13, 3, 10, 10") must be the target (group t), and a lead-in may say how it was found ("After checking all cases, …")
_OUT_OF_REACH = (r"(?:(?P<t>\d{1,12})|it|the target) (?:cannot|can't|can not) be (?:made|reached|formed|obtained)|"
                 r"no way to (?:make|reach|get|form) (?:(?P<t2>\d{1,12})|it|the target)")
_FROM_THESE = r"(?: (?:from|with|using) (?:(?:these|all these|the given|the) numbers|\d{1,7}(?:,? (?:and )?\d{1,7}){1,39}))?"
NO_SOLUTION = re.compile(r"(?:(?:so|thus|therefore|hence),? |after (?:checking|trying|exhausting|going through) [^,.;:]{1,60}, )?"
                         r"(?:there is |there's |there are )?(?:no (?:solutions?|valid expressions?|expressions?|way)"
                         r"(?: exists?| works?| is possible)?|none|(?:it is |it's )?(?:impossible|not possible)|"
                         r"(?:it |this )?(?:cannot|can't|can not) be (?:done|made|solved)|unsolvable|"
                         rf"(?:{_OUT_OF_REACH}){_FROM_THESE})[.!]?", re.I)


def _out_of_reach_target(said: re.Match) -> int | None:
    """The number a `NO_SOLUTION` answer says cannot be made ("24 cannot be made from …"), if it names one."""
    number = said.group("t") or said.group("t2")
    return int(number) if number else None
_SIMPLE = re.compile(r"[0-9 +\-*/×÷xX−–()\[\]]*")  # the alphabet the fast tokenizer handles
_TOKEN = re.compile(r"\d+|\S")

# ---------------------------------------------------------------- problems

# a field that may be meant as a rule ("nums", "allow_subset", "subest", "operations"), not a record's metadata
_LOOKS_LIKE_A_RULE = re.compile(r"sub|allow|reuse|repeat|once|unused|(?:^|_)all|rule|num|target|goal|(?:^|_)ops?(?:$|_)|oper",
                                re.I)


def read_problem(task: str, problem: object) -> dict:
    """The validated problem dict, or ProblemError naming the field and the fix."""
    example = '{"numbers": [4, 7, 8, 8], "target": 24}'
    problem = problem_from_json(problem, example, MAX_PROBLEM_CHARS)
    for key in problem:  # other fields (an id, a source, a difficulty) are a record's, and let be, as elsewhere;
        # but one that looks like a rule is refused, since judging by the rules it did not mean would mislead
        if key not in ("numbers", "target", "subset") and _LOOKS_LIKE_A_RULE.search(str(key)):
            raise ProblemError(f"problem.{str(key)[:40]}: not a field of {task} problems; use numbers, target and "
                               "subset (true: any number may go unused)")
    target = problem.get("target", 24 if task == "countdown.game24" else None)  # the 24 game's target goes unsaid
    numbers, subset = problem.get("numbers"), problem.get("subset", False)
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
                return parse_tokens([SIMPLE_TOKENS[t] if t in SIMPLE_TOKENS else _number(t) for t in tokens],
                                    ANSWER_RULES)
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
    said = NO_SOLUTION.fullmatch(text)
    if said is None or _out_of_reach_target(said) is not None:
        return text  # "25 cannot be made": `verify` sees whether 25 is the target
    return None


# the last problem and answer `verify` judged, what the problem said then, and the verdict (`verify`)
_last_judged: tuple = (None, None, None, None)


def verify(problem: dict, answer: object) -> Verdict:
    """The verdict on one answer. A generated record's answer is judged twice in a row, as the last step of
    its trace (`countdown_reader`) and as the record's answer (`api.solve_checked`), so the last verdict is
    kept and given again for the same problem (the same dict, its numbers, target and rule unchanged) and
    the same answer text; a verdict is immutable, so sharing it changes nothing."""
    global _last_judged
    if not isinstance(problem, dict) or not (answer is None or type(answer) is str):
        return _verify(problem, answer)
    numbers = problem.get("numbers")
    facts = (tuple(numbers) if isinstance(numbers, list) else numbers, problem.get("target"), problem.get("subset"))
    judged, judged_facts, judged_answer, verdict = _last_judged
    if judged is problem and judged_answer == answer and judged_facts == facts:
        return verdict
    verdict = _verify(problem, answer)
    _last_judged = (problem, facts, answer, verdict)
    return verdict


def _verify(problem: dict, answer: object) -> Verdict:
    if answer is not None and not isinstance(answer, str):
        return wrong(f"the answer must be an expression (text) or None, not {type(answer).__name__}")
    text = without_full_stop(undressed(answer).strip()) if answer is not None else ""  # "… = 24." ends a sentence
    no_solution = NO_SOLUTION.fullmatch(text) if answer is not None and text[:1].isalnum() else None
    if answer is None or no_solution:
        said = _out_of_reach_target(no_solution) if no_solution else None
        if said is not None and said != problem["target"]:
            return wrong(f"says {said} cannot be made, but the target is {problem['target']}", answer=answer)
        return _judge_no_solution(problem, answer)
    if len(text) > MAX_ANSWER_CHARS:
        return wrong(f"the answer is too long ({len(text)} characters, limit {MAX_ANSWER_CHARS})", answer=text[:80])
    if reason := refusal(text):  # a direction control, an em dash, "⁴", digits of two scripts
        return wrong(reason, answer=answer)
    # "＝", "－", "¾": the spellings every answer reader shares (the grammar's length bound holds after this, and
    # one character becomes at most GROWTH); brackets keep their kind, so "（4)" is still two kinds
    text = without_full_stop(plain_signs(text).strip())  # "＝ ２４．" ends a sentence too
    target = problem["target"]
    working: list[str] = []
    if "=" in text:
        sides = text.split("=")
        if _names_target(sides[0], target) and not _names_target(sides[-1], target):
            sides.reverse()  # "24 = 4 × (7 − 8 ÷ 8)": the target first
        text, working, said = sides[0], sides[1:-1], sides[-1]
        if not _names_target(said, target):  # "= ２４" names it too
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
    if working and (slip := _working_slip(working, target)):  # "(7 − 8 ÷ 8) × 4 = 6 × 4 = 24"
        return wrong(slip, answer=answer)
    return right("correct", answer=answer)


def _names_target(side: str, target: int) -> bool:
    """Whether one side of the answer's equation is the target itself: "24", "２４", or exactly so as a decimal, "24.0"
    (as a program prints it); not "024", nor any expression."""
    digits = plain_digits(side.strip())
    whole, point, zeros = digits.partition(".")
    return whole == str(target) and (not point or zeros != "" and set(zeros) == {"0"})


def _working_slip(working: list[str], target: int) -> str:
    """What is wrong with the working a chain shows between the expression and the target ("(7 − 8 ÷ 8) × 4 =
    6 × 4 = 24", as people end a solution), or "": each side must be the target's value too. Its numbers are the
    working's own, not the deal's; the expression before it is the answer, and is judged as one."""
    for side in working:
        try:
            value = _value(parse_answer(side), [])
        except ExprError as exc:
            return f"cannot read the working {side.strip()[:40]!r} after the expression: {exc}"
        if value != target:
            return f"the working {side.strip()[:40]!r} after the expression makes {format_value(value, unicode=False)}, " \
                   f"not {target}"
    return ""


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


# ---------------------------------------------------------------- answers given as steps

# a line of a solution written as steps: an optional list mark ("1.", "2)", "-", "•", "Step 3:"), then one equation
# whose right side is a number ("8 ÷ 8 = 1", "3 − 8/3 = 1/3"), perhaps with a check mark or full stop after it
_STEP_MARK = re.compile(r"\s*(?:(?:step\s*)?\d{1,2}\s*[.):]|step\s*\d{1,2}|[-*•·])\s+", re.I)
_STEP_LINE = re.compile(r"([^=]+)=\s*(\d{1,7}(?:\s*/\s*\d{1,7}|\.\d{1,7})?)\s*")  # "= 1/3", "= 0.2"
_STEP_SEPARATORS = re.compile(r"\s*(?:[;,]|\band\b|\bthen\b|→|⇒)+\s*", re.I)
MAX_ANSWER_STEPS = 40
STEPS_READ_CHARS = 8000  # how far back from a completion's end steps given as its answer are looked for


def _step_equation(text: str) -> tuple[str, Fraction] | None:
    """(left side, value said) of one step ("2. 7 − 1 = 6 ✓"), or None if the text is not one equation."""
    if "=" not in text and "＝" not in text or len(text) > MAX_ANSWER_CHARS:
        return None
    text = clean(text)  # "**3.** $6 \\times 4 = 24$ ✓"
    if mark := _STEP_MARK.match(text):
        text = text[mark.end():]
    text = plain_signs(without_full_stop(text.strip()))
    step = _STEP_LINE.fullmatch(text)
    if step is None:
        return None
    if "." in step.group(2):
        return step.group(1), Fraction(step.group(2))
    top, _, bottom = step.group(2).partition("/")
    bottom = int(bottom or 1)
    return (step.group(1), Fraction(int(top), bottom)) if bottom else None


def _step_runs(text: str) -> list[list[tuple[str, Fraction]]]:
    """The equations of each run of lines that are steps, blank lines allowed between them, in order."""
    runs: list[list] = [[]]
    for line in text.splitlines():
        if (equation := _step_equation(line)) is not None:
            runs[-1].append(equation)
        elif line.strip() and runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def answer_from_steps(problem: dict, text: str, answer: str) -> str | None:
    """The one expression a final answer written as steps stands for ("8 ÷ 8 = 1", "7 − 1 = 6", "6 × 4 = 24" is
    (7 − 8 ÷ 8) × 4), or None. `answer` is what was read as the final answer: the steps are those on its own line
    ("8/8 = 1, 7 - 1 = 6, 6*4 = 24") or the run of step lines that holds it, below "Answer:" or ending the text.
    Each step must be true and take numbers that are given or made by a step before it and not used since; the
    last makes the target. The expression returned is for `verify` to judge like any other answer."""
    equations = [_step_equation(part) for part in _STEP_SEPARATORS.split(answer) if part.strip()]
    if len(equations) < 2 or None in equations:
        said = _step_equation(answer)
        target_only = said is None and len(answer) <= 40 and _names_target(answer, problem["target"])
        if said is None and not target_only:
            return None
        # the end of the text: steps given as the answer stand there (and the text may be long, and hostile)
        tail = text.rsplit("</think>", 1)[-1][-STEPS_READ_CHARS:]
        if target_only:  # "Answer: 952" below the steps that make it: the last run of steps, if it ends on the target
            runs = [run for run in _step_runs(tail)[-1:] if run[-1][1] == problem["target"]]
        else:
            runs = [run for run in _step_runs(tail) if said in run]
        if not runs:
            return None
        equations = runs[-1]
    if not 2 <= len(equations) <= MAX_ANSWER_STEPS:
        return None
    return _composed(problem, equations)


# a value written as one number: a tight fraction "1/3" or a decimal "0.2" (never part of a longer one)
_WRITTEN_VALUE = re.compile(r"(?<![\d)./])(?:(\d{1,7})/(\d{1,7})|(\d{1,7}\.\d{1,7}))(?![\d(.]|\s*[\^(])")


def _made_values_bracketed(side: str, made: dict) -> str:
    """The step's left side with each fraction a step before it made, written as one ("3 − 8/3 = 1/3", then
    "8 ÷ 1/3 = 24"; "1 / 5 = 0.2", then "5 − 0.2 = 4.8"), as that value in brackets: the writer means the value
    (as `label_steps` reads it), where the strict reading, (8 ÷ 1)/3, is false or takes numbers never given."""
    def bracketed(match: re.Match) -> str:
        top, bottom, decimal = match.groups()
        value = Fraction(decimal) if decimal else Fraction(int(top), int(bottom)) if int(bottom) else None
        if value is None or value.denominator == 1 or not made.get(value):
            return match.group()
        return f"({value.numerator}/{value.denominator})"
    return _WRITTEN_VALUE.sub(bracketed, side)


def _composed(problem: dict, equations: list) -> str | None:
    """The steps' expression, or None. A number a step takes is the one made last with its value if any is
    left, else a given one: equal values stand for each other, but a made one must go into the answer, and a
    given one may, with "subset", stay out."""
    given = Counter(problem["numbers"])
    made: dict[Fraction, list] = {}

    def taken(node):  # the node with each number it takes replaced by the step that made it, if it was made
        if type(node) is BinOp and not (node.op == "/" and type(node.left) is type(node.right) is Num):
            return BinOp(node.op, taken(node.left), taken(node.right))
        value = _value(node, [])  # a number, or a fraction a step made, written as one ("3 − 8/3")
        if type(node) is BinOp and (type(value) is int or not made.get(value)):  # "8/8" divides
            return BinOp(node.op, taken(node.left), taken(node.right))
        if made.get(value):
            return made[value].pop()
        if given[value]:
            given[value] -= 1
            return node
        raise ExprError(f"{value} is neither given nor made")

    try:
        for side, said in equations:
            node = parse_answer(_made_values_bracketed(side, made)) if _WRITTEN_VALUE.search(side) else None
            if node is None or _value(node, []) != said:
                node = parse_answer(side)
            if _value(node, []) != said:
                return None  # a false step: no solution, whatever it ends on
            made.setdefault(said, []).append(taken(node))
    except ExprError:
        return None
    left = [node for nodes in made.values() for node in nodes]
    if len(left) != 1 or equations[-1][1] != problem["target"] or +given and not problem.get("subset"):
        return None
    return to_text(left[0], unicode=False)
