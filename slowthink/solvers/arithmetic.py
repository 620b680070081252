"""Solvers for the arithmetic tasks: restate, work it out on paper, check another way, answer.

The written methods (columns, partial products, long division, fractions) live in
`written/`; this file decides which to use for each task and how to
check the result by a different route: sums by subtraction or regrouping,
differences by addition (whole numbers undone on the sizes the working used), products
by swapped factors or casting out nines, quotients by multiplying back, expressions by
undoing each step with its inverse, last first (evaluating again in another order would only
repeat the working's own values); a long sum whose regrouping would be column work again, by
casting out nines. A check hides no hard arithmetic either: it is split into glances and
added in steps, done by casting out nines, or worked out in full (and left out when that
would be a wall); a check in one line shows each step it takes.

A negative trace (`with_mistake`) believes its slip to the end: its check is the one a
positive trace of the same problem would write, and where honest arithmetic would expose the
slip, the check's last step lands on the believed value instead (`Work.expecting`), so it
agrees in the same words a positive's does.
"""

from __future__ import annotations

import dataclasses
import random
from fractions import Fraction

from slowthink.core.expr import (ARITHMETIC_RULES, SIGNS, BinOp, ExprError, Neg, Node, WrittenFraction, chain_operands,
                                 evaluate, format_value, leaf, literal_value, parse, to_text, written_parts)
from slowthink.core.phrasing import Voice, join_words
from slowthink.core.trace import Solution, answer_line
from slowthink.core.verdict import ProblemError
from slowthink.solvers.written.checks import (check_by_nines, check_by_swap, check_sum_by_nines, product_chain_text,
                                              sum_chain)
from slowthink.solvers.written.division import long_division, short_division
from slowthink.solvers.written.fraction_arithmetic import fraction_add, fraction_div, fraction_mul
from slowthink.solvers.written.glance import hard_product, hard_quotient, hard_to_state
from slowthink.solvers.written.lowest_terms import fraction_of_quotient, reduce_fraction, say_lowest_terms, simplest_form
from slowthink.solvers.written.multiplication import (fits_a_line, multiply, product_chain, product_in_steps,
                                                      split_for_a_check, splits_into_glances, times_zero,
                                                      working_order)
from slowthink.solvers.written.sums import borrows, carries, column_addition, column_subtraction, signed_add, signed_sub
from slowthink.solvers.written.work import Slip, Tally, Work, paren, v


def answer_text(value: Fraction) -> str:
    """The answer field: ASCII, integer or reduced p/q."""
    return format_value(value, unicode=False)


# our own rendering of a problem already read: spaces and brackets make it longer and deeper than its text
_SHOWN_RULES = dataclasses.replace(ARITHMETIC_RULES, max_length=10 * ARITHMETIC_RULES.max_length,
                                   max_tokens=10 * ARITHMETIC_RULES.max_tokens, max_depth=2 * ARITHMETIC_RULES.max_depth)


def _start(problem: dict, rng: random.Random, params, slip: Slip | None,
           lone_is_division: bool = False) -> tuple[Work, Node, list[tuple]]:
    """The work begun: the problem restated as written, and its fractions written other than in their simplest
    form simplified (`_simplified`), unless the whole problem is one such fraction and `lone_is_division` (the
    division task: "7128/18" is 7128 ÷ 18 to work out). The tree to work on, and the simplifications done."""
    work = Work(Voice(rng, getattr(params, "language", "en")), slip=slip)
    # worked on as it is shown: "2 + (3 + 4)" is shown as 2 + 3 + 4, so it is worked left to right as that
    try:
        written = parse(problem["expression"], ARITHMETIC_RULES)
    except ExprError as exc:  # the verifier reads more than the solver works: decimals, powers
        raise ProblemError(f"problem.expression: {exc} in problems slowthink solves (it still verifies "
                           "answers to them); write it with whole numbers and fractions") from None
    node = parse(to_text(written, unicode=False), _SHOWN_RULES)
    shown = to_text(node)
    work.say(work.voice.pick(("We need {e}.", "We need to work out {e}.", "What is {e}?"),
                             ("Task: work out {e}.", "Task: {e}.", "Work out {e}."),
                             ("Let me calculate {e} carefully.", "Let me work out {e} carefully.",
                              "Let me calculate {e} step by step."),
                             ("Compute {e}.", "Find {e}.", "Calculate {e}."), e=shown))
    if lone_is_division and written_parts(node) is not None:
        return work, node, []
    node, simplified = _simplified(work, node)
    return work, node, simplified


def _simplified(work: Work, node: Node) -> tuple[Node, list[tuple]]:
    """Fractions the problem writes other than in their simplest form ("6/8", "7128/18", "4/1": `WrittenFraction`)
    simplified first, as a careful person does before working with them: each once, left to right, on lines of
    its own (a whole number divided out, `simplest_form`), then the problem again with their values. The tree
    with the values, and the simplifications, (top, bottom, value) each."""
    written = list(dict.fromkeys(_written_fractions(node)))
    if not written:
        return node, []
    names = join_words([f"{w.top}/{w.bottom}" for w in written])
    work.say(work.voice.vary("Simplify {f} first.", "First, {f} in its simplest form.",
                             "{f} can be simplified: do that first.", f=names) if len(written) == 1 else
             work.voice.vary("Simplify {f} first.", "First, {f} in their simplest forms.", f=names))
    values = {w: simplest_form(work, w.top, w.bottom) for w in written}
    simple = _with_values(node, values)
    if literal_value(node) is None:  # (a lone fraction: its simplest form was the last line)
        work.conclude(f"{to_text(node)} = {to_text(simple)}.", "With that, ", "That makes ")
    return simple, [(w.top, w.bottom, values[w]) for w in written]


def _written_fractions(node: Node) -> list[WrittenFraction]:
    """The `WrittenFraction`s of a tree, left to right."""
    if isinstance(node, WrittenFraction):
        return [node]
    if isinstance(node, Neg):
        return _written_fractions(node.operand)
    if isinstance(node, BinOp):
        return _written_fractions(node.left) + _written_fractions(node.right)
    return []


def _with_values(node: Node, values: dict) -> Node:
    """The tree with each `WrittenFraction` replaced by its value as the work found it."""
    if isinstance(node, WrittenFraction):
        return leaf(values[node])
    if isinstance(node, Neg):
        return Neg(_with_values(node.operand, values))
    if isinstance(node, BinOp):
        return BinOp(node.op, _with_values(node.left, values), _with_values(node.right, values))
    return node


def _finish(work: Work, value: Fraction, operands: list[Fraction], **extra) -> Solution:
    answer = answer_text(value)
    work.say(answer_line(answer))
    digits = max((len(str(abs(x.numerator))) for x in operands), default=1)
    difficulty = {"digits": digits, "operands": len(operands), "carries": work.tally.carries,
                  "borrows": work.tally.borrows, "partial_products": work.tally.partial_products, **extra}
    if work.slip is not None and work.slip.line is not None:
        difficulty["mistake"] = work.slip.kind
    mistake = work.slip.line if work.slip is not None else None
    return Solution(steps=work.lines, answer=answer, difficulty=difficulty, style="written", mistake_step=mistake)


def with_mistake(solve):
    """A solver that plants one slip at a seeded place and carries the wrong value on to the end."""

    def solve_with_mistake(problem: dict, params, rng: random.Random) -> Solution | None:
        state = rng.getstate()
        census = Slip(at=None, rng=rng)
        truth = solve(problem, params, rng, census)  # where could a slip go?
        if census.count == 0:
            return None
        at, slip_rng = rng.randrange(census.count), random.Random(rng.getrandbits(64))
        rng.setstate(state)  # same wording up to the slip
        try:
            solution = solve(problem, params, rng, Slip(at=at, rng=slip_rng))
        except ZeroDivisionError:  # the slipped value became a divisor of 0: nothing to write on from there
            return None
        # a slip a later step undoes (a quotient multiplied back as the trace has it) plants no mistake
        return solution if solution.mistake_step is not None and solution.answer != truth.answer else None

    return solve_with_mistake


def _is_integer(values: list[Fraction]) -> bool:
    return all(x.denominator == 1 for x in values)


# ---------------------------------------------------------------- the four operations

def solve_add(problem: dict, params, rng: random.Random, slip: Slip | None = None) -> Solution:
    work, node, _ = _start(problem, rng, params, slip)
    xs = chain_operands(node, "+") or [evaluate(node)]
    if not _is_integer(xs):
        total = xs[0]
        for x in xs[1:]:
            total = fraction_add(work, total, x)
    elif all(x >= 0 for x in xs):
        total = Fraction(column_addition(work, [int(x) for x in xs]))
    elif len(xs) == 2:
        total = Fraction(signed_add(work, int(xs[0]), int(xs[1])))
    elif all(x < 0 for x in xs):
        work.say(work.voice.pick(("All of them are negative: add the sizes and keep the minus sign.",
                                  "They are all negative: add the sizes and keep the minus sign.",
                                  "Every one of them is negative, so add the sizes and keep the minus sign."),
                                 ("Every number here is negative, so the sum is minus the sum of the sizes.",
                                  "All the numbers are negative, so the sum is minus the sum of their sizes.",
                                  "With every number negative, the sum is minus the sum of the sizes.")))
        total = -Fraction(column_addition(work.nested(), [-int(x) for x in xs]))
        work.conclude(f"{' + '.join(paren(x, k == 0) for k, x in enumerate(xs))} = {v(total)}.",
                      "With the minus sign kept, ", "Keeping the minus sign, ")
    else:
        pos = [int(x) for x in xs if x >= 0]
        neg = [-int(x) for x in xs if x < 0]
        work.say(work.voice.pick(("Group the positive and the negative numbers and add each group.",
                                  "Group the positive numbers and the negative numbers, and add each group.",
                                  "Sort the numbers into positives and negatives and add each group."),
                                 ("Add the positives together and the negatives together, then combine.",
                                  "Add up the positives and the negatives separately, then combine.",
                                  "Positives together, negatives together, then combine the two.")))
        p = column_addition(work.nested(), pos) if len(pos) > 1 else pos[0]
        n = column_addition(work.nested(), neg) if len(neg) > 1 else neg[0]
        work.say(work.voice.vary("Positives give {p}, negatives give −{n}; now {p} − {n}.",
                                 "The positives come to {p}, the negatives to −{n}; now {p} − {n}.",
                                 "That is {p} from the positives and −{n} from the negatives; now {p} − {n}.", p=p, n=n))
        total = Fraction(signed_sub(work.nested(), p, n))
    say_lowest_terms(work, total)
    _check_sum(work, xs, total)
    return _finish(work, total, xs)


def _check_sum(work: Work, xs: list[Fraction], total: Fraction) -> None:
    """Subtract back (two numbers) or group differently. The form of a check is decided on the problem, not
    on the total as written: a negative trace checks as a positive one of the same problem would."""
    if len(xs) == 2 and _is_integer(xs):
        _check_pair_by_sizes(work, int(xs[0]), int(xs[1]), int(total))
        return
    if len(xs) == 2:
        if hard_to_state("-", sum(xs), xs[1], work):
            _worked_check(work, work.voice.pick(("Check by subtracting back: {t} − {b}.",
                                                 "To check, subtract back: {t} − {b}.",
                                                 "Check it by subtracting back: {t} − {b}."),
                                                ("Check: {t} − {b} should give the other number.",
                                                 "Check: {t} − {b} ought to give the other number.",
                                                 "As a check, {t} − {b} should give the other number."),
                                                t=v(total), b=paren(xs[1])),
                          lambda inner, aim: fraction_add(inner, total, xs[1], minus=True, aim=aim), xs[0])
            return
        chain = sum_chain(total, xs[1], minus=True, aim=xs[0])
        work.say(work.voice.pick(("Check by subtracting back: {c}. It matches.",
                                  "To check, subtract back: {c}. It matches.",
                                  "Check by subtracting back: {c}, as it should be.",
                                  "Check it by subtracting back: {c}. That matches."),
                                 ("Check: {c}, which is the other number. Good.",
                                  "Check: {c}, the other number. Good.",
                                  "Quick check: {c}, which is the other number."), c=chain))
        return
    first, second = _regrouping(xs)
    left, right = sum(first), sum(second)

    def group(part: list[Fraction]) -> str:
        text = " + ".join(paren(x, k == 0) for k, x in enumerate(part))
        return f"({text})" if len(part) > 1 else paren(part[0])

    if _is_integer(xs):
        if _signed_fold_is_work(first) or _signed_fold_is_work(second) or _signed_is_work(left, right):
            # regrouped, the numbers would be added in columns twice over: what they leave on casting out nines
            # is the short route a careful person takes, as for a long product
            check_sum_by_nines(work, [int(x) for x in xs], int(total))
            return
    elif (_hard_fold(work, first) or _hard_fold(work, second) or hard_to_state("+", left, right, work)
            or _column_sum(left, right)):
        _worked_check(work, work.voice.vary(*REGROUP, g=f"{group(first)} + {group(second)}") + ".",
                      lambda inner, aim: _add_two(inner, _worked_fold(inner, first),
                                                  _worked_fold(inner, second), aim=aim), total)
        return
    lead = work.voice.vary(*REGROUP, g=f"{group(first)} + {group(second)}")
    if _is_integer(xs):
        work.say(f"{lead} = {v(left)} + {paren(right)} = {v(total)}.")
        return
    # fractions: each sum a line of its own, every step shown, not three sums in one breath
    pairs = [(sum(part[:k]), part[k]) for part in (first, second) for k in range(1, len(part))]
    _sums_in_steps(work, lead + ".", pairs + [(left, right)], total)


def _regrouping(xs: list[Fraction]) -> tuple[list[Fraction], list[Fraction]]:
    """The two groups a check adds xs in: the halves, unless a group of two or more is all the positives or all the
    negatives of a sum of both, which the working has added already ("4 + (−88 + (−5133))" after "negatives give
    −5221" is the same sum again); then the other split into a front and a back part."""
    half = len(xs) // 2
    splits = [(xs[:half], xs[half:]), (xs[:len(xs) - half], xs[len(xs) - half:])]
    signs = {x > 0 for x in xs if x}

    def repeats(part: list[Fraction]) -> bool:
        return len(signs) == 2 and len(part) > 1 and len({x > 0 for x in part if x}) == 1 and \
            sum(1 for x in xs if x and (x > 0) == (part[0] > 0)) == len(part)
    return next(((a, b) for a, b in splits if not repeats(a) and not repeats(b)), splits[0])


REGROUP = ("Check by grouping differently: {g}", "To check, group them differently: {g}",
           "Check with a different grouping: {g}", "Regroup as a check: {g}", "Check by regrouping: {g}")


def _sums_in_steps(work: Work, lead: str, pairs: list[tuple[Fraction, Fraction]], expected: Fraction) -> None:
    """A check that adds fractions (each pair a glance, `hard_to_state`), a line per sum with every step shown
    (`sum_chain`), then what it gave. The last sum is to give `expected`; a writer who has slipped lands it
    on the value they believe."""
    work.say(lead)
    for k, (x, y) in enumerate(pairs):
        last = k == len(pairs) - 1
        work.say("  " + sum_chain(x, y, aim=work.expecting(expected) if last else None) + ".")
    work.say(_verdict(work, expected))


def _check_pair_by_sizes(work: Work, x: int, y: int, total: int) -> None:
    """Check x + y = total (a difference x − y comes as x + (−y)) by undoing on the sizes what the working did
    with them: sizes added (same signs) are subtracted back, a smaller size taken from a larger is added back.
    In columns where that is column work (sizes of three or more digits with a borrow or carry), as the
    working would do it; "−9369116 + 9969187 = 600071" in one line hid a subtraction. The form is decided on
    the true total; a writer who has slipped lands the check on the size they started from."""
    true = x + y
    if (x >= 0) == (y >= 0) or 0 in (x, y):  # the sizes were added: take one back off
        op, a, b, expected, decide = "−", abs(total), abs(y), abs(x), (abs(true), abs(y))
    else:  # the smaller size was taken from the larger: add it back
        big, small = max(abs(x), abs(y)), min(abs(x), abs(y))
        op, a, b, expected, decide = "+", abs(total), small, big, (abs(true), small)
    work_to_do = min(decide) >= 100 and (borrows(*decide) if op == "−" else carries(*decide))
    if work_to_do and (op == "+" or a >= b):
        _worked_check(work, work.voice.pick(("Check by adding back: {a} + {b} should give {e}.",
                                             "To check, add back: {a} + {b} should give {e}.",
                                             "Check it by adding back: {a} + {b} should give {e}."),
                                            ("Check: {a} + {b} should be {e} again.",
                                             "As a check, {a} + {b} should be {e} again.",
                                             "Check: {a} + {b} ought to be {e} again."), a=a, b=b, e=expected)
                      if op == "+" else
                      work.voice.pick(("Check by subtracting back: {a} − {b} should give {e}.",
                                       "To check, subtract back: {a} − {b} should give {e}.",
                                       "Check it by subtracting back: {a} − {b} should give {e}."),
                                      ("Check: {a} − {b} should be {e} again.",
                                       "As a check, {a} − {b} should be {e} again.",
                                       "Check: {a} − {b} ought to be {e} again."), a=a, b=b, e=expected),
                      lambda inner, aim: Fraction(column_addition(inner, [a, b], aim) if op == "+" else
                                                  column_subtraction(inner, a, b, aim)),
                      Fraction(expected))
        return
    work.say(work.voice.pick(("Check by adding back: {a} + {b} = {e}. Correct.",
                              "To check, add back: {a} + {b} = {e}. Correct.",
                              "Check it by adding back: {a} + {b} = {e}. That matches."),
                             ("Check: {a} + {b} = {e}, as it should.", "Check: {a} + {b} = {e}, as it should be.",
                              "Quick check: {a} + {b} = {e}, as it should."), a=a, b=b, e=expected) if op == "+" else
             work.voice.pick(("Check by subtracting back: {a} − {b} = {e}. It matches.",
                              "To check, subtract back: {a} − {b} = {e}. It matches.",
                              "Check it by subtracting back: {a} − {b} = {e}. That matches."),
                             ("Check: {a} − {b} = {e}, as it should.", "Check: {a} − {b} = {e}, as it should be.",
                              "Quick check: {a} − {b} = {e}, as it should."), a=a, b=b, e=expected))


def _signed_is_work(x: Fraction, y: Fraction) -> bool:
    """Whether x + y for whole numbers of any sign is column work: sizes of three or more digits, with a carry
    between them (same signs) or a borrow (opposite signs). "−1184 + 200807 = 199623" is no glance."""
    a, b = abs(int(x)), abs(int(y))
    if min(a, b) < 100:
        return False
    # sizes close together are taken apart by counting up (8000 − 7995 = 5)
    return carries(a, b) if (x < 0) == (y < 0) else abs(a - b) >= 100 and borrows(max(a, b), min(a, b))


def _signed_fold_is_work(terms: list[Fraction]) -> bool:
    total = terms[0]
    for x in terms[1:]:
        if _signed_is_work(total, x):
            return True
        total += x
    return False


def _column_sum(x: Fraction, y: Fraction) -> bool:
    """Whether a check adds x + y in columns rather than in one breath: two whole numbers of three or more
    digits with a carry between them ("44172 + 34448"), as the working adds its own numbers."""
    if x.denominator != 1 or y.denominator != 1 or x < 100 or y < 100:
        return False
    a, b = int(x), int(y)
    return any(a % 10**k + b % 10**k >= 10**k for k in range(1, len(str(max(a, b))) + 1))


def _hard_fold(work: Work, terms: list[Fraction]) -> bool:
    """Whether adding these up left to right has a step a glance cannot do."""
    total = terms[0]
    for x in terms[1:]:
        if hard_to_state("+", total, x, work) or _column_sum(total, x):
            return True
        total += x
    return False


def _add_two(work: Work, x: Fraction, y: Fraction, aim: Fraction | None = None) -> Fraction:
    """x + y in a check: in columns where a glance cannot do it (`_column_sum`), else as `fraction_add` says it."""
    if _column_sum(x, y):
        return Fraction(column_addition(work, [int(x), int(y)], None if aim is None else int(aim)))
    return fraction_add(work, x, y, aim=aim)


def _worked_fold(work: Work, terms: list[Fraction], aim: Fraction | None = None) -> Fraction:
    """The terms added up left to right, written out; with an `aim`, the last sum comes out at it."""
    total = terms[0]
    for k, x in enumerate(terms[1:], start=2):
        total = _add_two(work, total, x, aim=aim if k == len(terms) else None)
    return total


_WORKED_CHECK_CHARS = 1500  # a check worked out longer than this is a wall no reader follows: left out


def _worked_check(work: Work, lead: str, compute, expected: Fraction) -> bool:
    """A check too hard to state in one line, worked out in full one indent deeper (no slip is planted in
    it), then what it gave; left out when written out it would be a wall, as a long chain is (`_CHECK_CHARS`).

    `compute(inner, aim)` does the work; `expected` is what it should give. A writer who has slipped
    believes the slipped value, and the last step of their check lands on `expected` (`aim`)."""
    inner = dataclasses.replace(work, lines=[], tally=Tally(), indent=work.indent + "  ", known=dict(work.known))
    with work.checking():
        got = compute(inner, work.expecting(expected))
    if sum(map(len, inner.lines)) > _WORKED_CHECK_CHARS:
        return False
    work.say(lead)
    work.lines.extend(inner.lines)
    work.known.update(inner.known)
    for name in ("carries", "borrows", "partial_products"):
        setattr(work.tally, name, getattr(work.tally, name) + getattr(inner.tally, name))
    work.say(_verdict(work, got))
    return True


def _verdict(work: Work, got: Fraction) -> str:
    """The end of a check worked out in full, naming what it gave. A negative trace closes as a positive
    one does (a sentence only negatives say would give them away), and its check gave what it expected."""
    return work.voice.pick(("That gives {w}, as it should.", "That gives {w}, as it should be.",
                            "That comes to {w}, as it should."),
                           ("It comes to {w} again. Good.", "It comes to {w} again, so that checks out.",
                            "Again {w}. Good."),
                           ("Back to {w}: it matches.", "Back to {w}, so it matches.", "{w} again: it matches."),
                           w=v(got))


def solve_sub(problem: dict, params, rng: random.Random, slip: Slip | None = None) -> Solution:
    work, node, _ = _start(problem, rng, params, slip)
    xs = chain_operands(node, "-") or [evaluate(node)]
    result = xs[0]
    for x in xs[1:]:
        if len(xs) > 2 and x is xs[1]:
            work.say(work.voice.pick(("First, {r} − {x}.", "First take {r} − {x}."),
                                     ("Start with {r} − {x}.", "Begin with {r} − {x}."), r=v(result), x=paren(x)))
        elif len(xs) > 2:
            work.say(work.voice.pick(("Next, {r} − {x}.", "Then {r} − {x}."),
                                     ("Now take away {x}: {r} − {x}.", "Now subtract {x}: {r} − {x}."),
                                     r=v(result), x=paren(x)))
        if result.denominator == 1 and x.denominator == 1:
            result = Fraction(signed_sub(work.nested() if len(xs) > 2 else work, int(result), int(x)))
        else:
            result = fraction_add(work, result, x, minus=True)
    say_lowest_terms(work, result)
    added = " + ".join(paren(x) for x in xs[1:])
    if len(xs) == 2 and _is_integer(xs):
        _check_pair_by_sizes(work, int(xs[0]), -int(xs[1]), int(result))
        return _finish(work, result, xs)
    if _is_integer(xs) and _signed_fold_is_work([xs[0] - sum(xs[1:])] + xs[1:]):  # decided on the problem
        check_sum_by_nines(work, [int(result)] + [int(x) for x in xs[1:]], int(xs[0]),
                           claim=f"{v(result)} + {added} should give {v(xs[0])}")
        return _finish(work, result, xs)
    if _hard_fold(work, [xs[0] - sum(xs[1:])] + xs[1:]):  # the form of the check is decided on the problem
        _worked_check(work, work.voice.pick(("Check by adding back: {r} + {s}.", "To check, add back: {r} + {s}.",
                                             "Check it by adding back: {r} + {s}."),
                                            ("Check: {r} + {s} should give the number we started from.",
                                             "As a check, {r} + {s} should give the number we started from."),
                                            r=v(result), s=added),
                      lambda inner, aim: _worked_fold(inner, [result] + xs[1:], aim), xs[0])
        return _finish(work, result, xs)
    if len(xs) == 2 or _is_integer(xs):
        said = f"{v(result)} + {added} = {v(xs[0])}" if _is_integer(xs) else \
            sum_chain(result, xs[1], aim=xs[0])
        work.say(work.voice.pick(("Check by adding back: {c}. Correct.",
                                  "To check, add back: {c}. Correct.",
                                  "Check it by adding back: {c}. That matches."),
                                 ("Check: {c}, the number we started from.",
                                  "Quick check: {c}, the number we started from.",
                                  "Check: {c}, which is where we started."), c=said))
        return _finish(work, result, xs)
    pairs = [(result + sum(xs[1:k]), xs[k]) for k in range(1, len(xs))]
    _sums_in_steps(work, work.voice.pick(("Check by adding back: {r} + {s}.", "To check, add back: {r} + {s}.",
                                          "Check it by adding back: {r} + {s}."),
                                         ("Check: {r} + {s} should give the number we started from.",
                                          "As a check, {r} + {s} should give the number we started from."),
                                         r=v(result), s=added), pairs, xs[0])
    return _finish(work, result, xs)


def solve_mul(problem: dict, params, rng: random.Random, slip: Slip | None = None) -> Solution:
    work, node, _ = _start(problem, rng, params, slip)
    xs = chain_operands(node, "*") or [evaluate(node)]
    if 0 in xs:  # the sizes do not matter, nor the signs
        shown = " × ".join(paren(x, k == 0, mul=True) for k, x in enumerate(xs))
        return _finish(work, Fraction(times_zero(work, shown)), xs)
    if len(xs) == 2 and 1 in map(abs, xs):  # a factor 1 (or −1) changes no size: a rule, with nothing to check
        shown = " × ".join(paren(x, k == 0, mul=True) for k, x in enumerate(xs))
        value = xs[0] * xs[1]
        if -1 in xs and value != -1:
            work.say(work.voice.pick(("Multiplying by −1 only changes the sign: {s} = {r}.",
                                      "Multiplying by −1 just changes the sign: {s} = {r}."),
                                     ("Times −1 flips the sign: {s} = {r}.",
                                      "A factor of −1 only flips the sign: {s} = {r}."), s=shown, r=v(value)))
        else:
            work.say(work.voice.pick(("Multiplying by 1 changes nothing: {s} = {r}.",
                                      "Multiplying by 1 leaves it as it is: {s} = {r}."),
                                     ("A factor of 1 leaves the other as it is: {s} = {r}.",
                                      "Times 1 changes nothing: {s} = {r}."), s=shown, r=v(value)))
        return _finish(work, value, xs)
    negatives = sum(1 for x in xs if x < 0)
    if negatives:
        sign = "negative" if negatives % 2 else "positive"
        factors = "One negative factor" if negatives == 1 else f"{negatives} negative factors"
        signs = "one minus sign makes" if negatives == 1 else f"{negatives} minus signs make"
        work.say(work.voice.pick(("{f}, so the product is {s}; work with the sizes.",
                                  "{f}, so the product is {s}; now multiply the sizes.",
                                  "{f}: the product is {s}, so work with the sizes."),
                                 ("Signs first: {m} the result {s}.", "The signs first: {m} the result {s}.",
                                  "Sort out the sign first: {m} the result {s}."), f=factors, m=signs, s=sign))
    sizes = [abs(x) for x in xs]
    product = sizes[0]
    for x in sizes[1:]:
        if len(xs) > 2:
            work.say(work.voice.pick(("Next, {p} × {x}.", "Then {p} × {x}."),
                                     ("Now multiply {p} by {x}.", "Now {p} times {x}."), p=paren(product, True, True),
                                     x=paren(x, mul=True)))
        sub = work.nested() if len(xs) > 2 else work
        if product.denominator == 1 and x.denominator == 1:
            product = Fraction(multiply(sub, int(product), int(x)))
        else:
            product = fraction_mul(sub, product, x)
    result = -product if negatives % 2 else product
    say_lowest_terms(work, product)
    if len(xs) == 2 and _is_integer(sizes) and min(sizes) >= 10 and not hard_product(*map(int, sizes)):
        # one factor is a digit and zeros (83 × 700): the other order is the same one row, so divide back by it
        short, other = sorted(sizes, key=lambda x: (_significant(int(x)), x))
        _check_by_dividing_back(work, product, short, other)
    elif len(xs) == 2 and _is_integer(sizes) and min(sizes) >= 10:
        a, b = int(sizes[0]), int(sizes[1])
        # the other order in the head when each part is a glance (59 × 400, not 175 × 900), else by nines
        method = params.check_by if getattr(params, "check_by", "auto") != "auto" else (
            "swap" if max(a, b) < 1000 and splits_into_glances(*_swapped(a, b)) else "nines")
        (check_by_swap if method == "swap" else check_by_nines)(work, a, b, int(product))
    elif len(xs) == 2 and sizes[0].denominator != 1 and sizes[1].denominator == 1:
        _check_by_dividing_back(work, product, sizes[0], sizes[1])  # by the fraction: back to a whole number
    elif len(xs) == 2:
        _check_by_dividing_back(work, product, sizes[1], sizes[0])
    if result < 0:  # a positive result needs no word: the sign rule said so at the start
        _sign_back(work, " × ".join(paren(x, k == 0, mul=True) for k, x in enumerate(xs)), result)
    return _finish(work, result, xs)


def _swapped(a: int, b: int) -> tuple[int, int]:
    """(the factor a check by swapped factors keeps whole, the one it splits): the other order than the working's."""
    if a < 100 and b < 100:
        return b, a
    top, by = working_order(a, b)
    return by, top


def _sign_back(work: Work, shown: str, result: Fraction) -> None:
    """The minus sign the working set aside, put back on the size it found: "(−23) × 68 = −1564"."""
    work.say(work.voice.pick(("Putting the minus sign back: {s} = {r}.", "Put the minus sign back: {s} = {r}.",
                              "Now the minus sign goes back on: {s} = {r}."),
                             ("With the minus sign: {s} = {r}.", "With its sign: {s} = {r}.",
                              "Adding the minus sign back: {s} = {r}."),
                             ("So, with its sign, {s} = {r}.", "So, minus sign included, {s} = {r}.",
                              "With its sign, then, {s} = {r}."), s=shown, r=v(result)))


def _significant(n: int) -> int:
    """How many digits n has once its end zeros are set aside."""
    return len(str(n).rstrip("0") or "0")


def _check_by_dividing_back(work: Work, product: Fraction, b: Fraction, a: Fraction) -> None:
    """product ÷ b should give a back: said in one line when a glance does it, else worked (short division
    by a one-digit factor, or the fraction division written out). Which, is decided on a × b (the problem),
    not on the product as written, and on the numbers after cancelling (`hard_to_state`): "23792 ÷ 7435 =
    16/5" in one line would hide finding 1487."""
    integers = a.denominator == 1 and b.denominator == 1
    if integers and b > 1 and hard_quotient(int(a * b), int(b)):
        # a writer who has slipped divides the slipped product as if it were a × b: it comes out at a, exact
        with work.checking():
            steps, q, r = short_division(work, int(product), int(b),
                                         aim=work.expecting(int(a)) if a.denominator == 1 else None)
        line = work.voice.pick(("Check by dividing back: {p} ÷ {b}: {s}.", "To check, divide back: {p} ÷ {b}: {s}.",
                                "Check it by dividing back: {p} ÷ {b}: {s}."),
                               ("Check: divide {p} by {b}: {s}.", "Check it: divide {p} by {b}: {s}.",
                                "As a check, divide {p} by {b}: {s}."),
                               p=int(product), b=int(b), s=steps)
        work.say(f"{line} So {int(product)} ÷ {int(b)} = {q}. " + work.voice.pick(("Right.", "That's right.", "Good."),
                                                                                  ("As it should.", "As it should be.",
                                                                                   "Just as it should.")))
        return
    if not integers and hard_to_state("/", a * b, b, work):
        _worked_check(work, work.voice.pick(("Check by dividing back: {p} ÷ {b}.", "To check, divide back: {p} ÷ {b}.",
                                             "Check it by dividing back: {p} ÷ {b}."),
                                            ("Check: {p} ÷ {b} should give {a} back.",
                                             "As a check, {p} ÷ {b} should give {a} back.",
                                             "Check: {p} ÷ {b} ought to give {a} back."),
                                            p=paren(product, True, True), b=paren(b, mul=True), a=v(a)),
                      lambda inner, aim: fraction_div(inner, product, b, aim), a)
        return
    chain = product_chain_text(product, b, divide=True, aim=a) if not integers else \
        f"{paren(product, True, True)} ÷ {paren(b, mul=True)} = {v(a)}"
    work.say(work.voice.pick(("Check by dividing back: {c}. Right.", "To check, divide back: {c}. Right.",
                              "Check by dividing back: {c}. That's right."),
                             ("Check: {c}, as it should.", "Check: {c}, as it should be.",
                              "Quick check: {c}, as it should."), c=chain))


def _check_quotient(work: Work, a: int, b: int, q: int, r: int) -> None:
    """Multiply back: b × q + r should be a. A product a glance cannot do is split by place value in the
    head; one too long for a line is checked by casting out nines instead. Which, is decided on the true
    quotient (the problem), not on the one written."""
    if not hard_product(b, a // b):
        work.say(work.voice.pick(("Check by multiplying back: {b} × {q} + {r} = {a}. Correct.",
                                  "To check, multiply back: {b} × {q} + {r} = {a}. Correct.",
                                  "Check by multiplying back: {b} × {q} + {r} = {a}. That matches."),
                                 ("Check: {b} × {q} + {r} = {a}, the number we divided.",
                                  "Quick check: {b} × {q} + {r} = {a}, the number we divided.",
                                  "Check: {b} × {q} + {r} = {a}, which is what we divided."),
                                 b=b, q=q, r=r, a=a) if r else
                 work.voice.pick(("Check by multiplying back: {b} × {q} = {a}. Correct.",
                                  "To check, multiply back: {b} × {q} = {a}. Correct.",
                                  "Check by multiplying back: {b} × {q} = {a}. That matches."),
                                 ("Check: {q} × {b} = {a}. Good.", "Quick check: {q} × {b} = {a}. Good.",
                                  "Check: {q} × {b} = {a}, as it should."), b=b, q=q, a=a))
        return
    # decided on the true quotient, split as the quotient is written (a slipped one may split otherwise, or not)
    split = split_for_a_check(b, a // b) and split_for_a_check(b, q)
    if split is None:
        with work.checking():
            check_by_nines(work, b, q, a, remainder=r)
        return
    verdict = work.voice.pick(("Correct.", "That matches.", "Right."),
                              ("That is the number we divided.", "That is what we divided.",
                               "That is the number we started with."))
    if fits_a_line(b, q, split):  # one line, as in the head
        # a writer who has slipped lands the last step (adding the remainder, else the product) on a
        with work.checking():
            text, p = product_chain(work, b, q, split=split, recall=False, aim=None if r else work.expecting(a))
        total = p + r if work.expecting(a) is None else a
        work.say(work.voice.pick(("Check by multiplying back: {c}{t}. {v}", "To check, multiply back: {c}{t}. {v}",
                                  "Check it by multiplying back: {c}{t}. {v}"),
                                 ("Check: {c}{t}. {v}", "Quick check: {c}{t}. {v}", "As a check: {c}{t}. {v}"),
                                 c=text, t=f", and {p} + {r} = {total}" if r else "", v=verdict))
        return
    # (said alike with a remainder or without: a slip that leaves none must not change the wording)
    work.say(work.voice.pick(("Check by multiplying back: {b} × {q}.", "To check, multiply back: {b} × {q}.",
                              "Check it by multiplying back: {b} × {q}."),
                             ("Check: multiply back, {b} × {q}.", "Check: multiply it back, {b} × {q}.",
                              "As a check, multiply back: {b} × {q}."), b=b, q=q))
    with work.checking():
        p = product_in_steps(work.nested(), b, q, split, None if r else work.expecting(a))
    if r:
        work.say(f"  {p} + {r} = {p + r if work.expecting(a) is None else a}. {verdict}")
    else:
        work.lines[-1] += " " + verdict


def solve_div(problem: dict, params, rng: random.Random, slip: Slip | None = None) -> Solution:
    work, node, _ = _start(problem, rng, params, slip, lone_is_division=True)
    xs = chain_operands(node, "/")
    if xs is None or len(xs) != 2:
        top, bottom = written_parts(node)  # a tight "p/q" is one division of the numbers written: 7128/18 is 7128 ÷ 18
        xs = [Fraction(top), Fraction(bottom)]
    a, b = xs
    negative = (a < 0) != (b < 0) and a != 0
    if (a < 0 or b < 0) and a != 0:
        work.say(work.voice.pick(("Signs first: the quotient is {s}; divide the sizes.",
                                  "The signs first: the quotient is {s}; now divide the sizes.",
                                  "Sort out the sign first: the quotient is {s}; then divide the sizes."),
                                 ("One sign rule to settle first: the result is {s}.",
                                  "Settle the sign first: the result is {s}.",
                                  "First the sign: the result is {s}."),
                                 s="negative" if negative else "positive"))
    a, b = abs(a), abs(b)
    if a == 0:
        value = fraction_div(work, *xs)  # 0 shared out is 0: said by the rule, nothing to check
    elif a.denominator == 1 and b.denominator == 1:
        q, r = long_division(work, int(a), int(b))
        value = fraction_of_quotient(work, int(a), int(b), q, r)
        say_lowest_terms(work, value)
        _check_quotient(work, int(a), int(b), q, r)
    else:
        value = fraction_div(work, a, b)
        say_lowest_terms(work, value)
        if hard_to_state("*", a / b, b, work):  # the form of the check is decided on the problem
            _worked_check(work, work.voice.pick(("Check by multiplying back: {q} × {b}.",
                                                 "To check, multiply back: {q} × {b}.",
                                                 "Check it by multiplying back: {q} × {b}."),
                                                ("Check: {q} × {b} should give {a} back.",
                                                 "As a check, {q} × {b} should give {a} back.",
                                                 "Check: {q} × {b} ought to give {a} back."), q=paren(value, True, True),
                                                b=paren(b, mul=True), a=v(a)),
                          lambda inner, aim: fraction_mul(inner, value, b, aim), a)
        else:
            work.say(work.voice.pick(("Check: {c}. Good.", "Quick check: {c}. Good.", "Check: {c}, as it should."),
                                     ("Check by multiplying back: {c}.", "To check, multiply back: {c}.",
                                      "Check it by multiplying back: {c}."),
                                     c=product_chain_text(value, b, aim=a)))
    result = -value if negative else value
    if negative:
        _sign_back(work, f"{paren(xs[0], True, mul=True)} ÷ {paren(xs[1], mul=True)}", result)
    return _finish(work, result, xs)


# ---------------------------------------------------------------- expressions

_PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def _reducible(node: Node, brackets: int = 0, path: tuple = (), group: tuple = ()) -> list[tuple]:
    """(brackets around it, the path of the innermost bracket holding it, precedence, path, node) for
    every operation whose operands are plain numbers; paths sort as the operations read, left to right."""
    if literal_value(node) is not None:
        return []
    if isinstance(node, Neg):
        inner = path + ("operand",)
        opens = isinstance(node.operand, BinOp)
        return _reducible(node.operand, brackets + opens, inner, inner if opens else group)
    if literal_value(node.left) is not None and literal_value(node.right) is not None:
        return [(brackets, group, _PREC[node.op], path, node)]
    out = []
    for side in ("left", "right"):
        inner, opens = path + (side,), _bracketed(node, side)
        out += _reducible(getattr(node, side), brackets + opens, inner, inner if opens else group)
    return out


def _bracketed(parent: BinOp, side: str) -> bool:
    """Whether the expression writes this operand of `parent` in brackets (as `to_text` does)."""
    child = getattr(parent, side)
    if not isinstance(child, BinOp):
        return False
    return _PREC[child.op] < _PREC[parent.op] or (
        side == "right" and parent.op in "-/" and _PREC[child.op] == _PREC[parent.op])


def _replace(node: Node, path: tuple, new: Node) -> Node:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(node, Neg):
        inner = _replace(node.operand, rest, new)
        value = literal_value(inner)
        return leaf(-value) if value is not None else Neg(inner)
    if head == "left":
        return BinOp(node.op, _replace(node.left, rest, new), node.right)
    return BinOp(node.op, node.left, _replace(node.right, rest, new))


def _next_operation(node: Node) -> tuple:
    """By the convention taught in school: the innermost brackets first (of equally deep ones, the
    leftmost), and inside them × and ÷ before + and −, then left to right. So the reason each step
    gives (`_lead`) is always the true one."""
    return min(_reducible(node), key=lambda o: (-o[0], o[1], -o[2], o[3]))


_CHECK_CHARS = 600  # a check written out longer than this is a wall no reader follows: left out


_UNDO = {"+": "-", "-": "+", "*": "/", "/": "*"}


def _inverses(x: Fraction, op: str, y: Fraction) -> list[tuple[str, Fraction, Fraction]]:
    """(inverse, by, back) for each way of undoing x op y = r as r inverse by = back: a product by dividing out
    either factor (the right one first), x − (−5) = r as r − 5, never "r + (−5)"."""
    ways = []
    for by, back in ((y, x), (x, y)) if op == "*" else ((y, x),):
        inverse = _UNDO[op]
        if inverse in "+-" and by < 0:
            inverse, by = _UNDO[inverse], -by
        if not (inverse == "/" and by == 0):
            ways.append((inverse, by, back))
    return ways


def _shown(x: Fraction, op: str, y: Fraction) -> str:
    """x op y as the working writes an operation: "−97 ÷ (−304/7)", "(14/15) + 17/9"."""
    multiplicative = op in "*/"
    return f"{paren(x, True, multiplicative)} {SIGNS[op]} {paren(y, mul=multiplicative)}"


def _undoing(x: Fraction, op: str, y: Fraction, written: Fraction) -> str | None:
    """The step x op y = written, undone: "−173 + 124 = −49" undoes −49 − 124 = −173, "124 ÷ 2 = 62" undoes
    62 × 2 = 124. The inverse is other arithmetic than the step's, so unlike evaluating again it can catch a
    slip. None when it is more than a glance (a product to divide back by a two-digit number): decided on
    the true result, and without the products the trace has worked out (recalling one undoes nothing);
    None too for a step a rule settles (`_settled_by_a_rule`).

    A writer who has slipped undoes the slipped step back to where it started: believed, and false."""
    true = _result(x, op, y)
    if true is None or _settled_by_a_rule(x, op, y, true):
        return None
    for inverse, by, back in _inverses(x, op, y):
        if hard_to_state(inverse, true, by) or _three_digit_fraction(true, by):
            continue
        return f"{_shown(written, inverse, by)} = {v(back)}"
    return None


def _result(x: Fraction, op: str, y: Fraction) -> Fraction | None:
    """x op y, truly (None for a division by 0)."""
    return {"+": x + y, "-": x - y, "*": x * y, "/": x / y if y else None}[op]


def _settled_by_a_rule(x: Fraction, op: str, y: Fraction, true: Fraction | None) -> bool:
    """A step a rule settles (by 0 or 1, or a number less or over itself): undoing "(8/15) ÷ 1" as "(8/15) ×
    1 = 8/15", or "16/9 − 16/9 = 0" as "0 + 16/9 = 16/9", checks nothing."""
    return 0 in (x, y, true) or op in "*/" and y == 1 or op == "*" and x == 1 or op == "/" and abs(x) == abs(y)


def _three_digit_fraction(*values: Fraction) -> bool:
    """Fractions with a three-digit part: what cancels is not seen at a glance in a check (3328 × 1/1664
    takes seeing 3328 = 2 × 1664, 1585/198 − 1/198 = 8 that 1584 = 8 × 198), however small the quotient."""
    return any(x.denominator != 1 for x in values) and max(max(abs(x.numerator), x.denominator)
                                                           for x in values) >= 100


# how a check by undoing is said. It starts from the answer, undoing the last step, and names the answer (the
# verifier reads that it is the answer): of one step, of all of them, of the last and some before it (the others
# too long to undo in the head, or settled by a rule: never "each step" of steps it left out), and of the last only
_UNDO_ONE = (("Check by undoing it from the answer, {a}: {c}. It comes back.",
              "Check from the answer, {a}, by undoing the one step: {c}, the number it started from."),
             ("As a check, undo it from the answer, {a}: {c}. It comes back.",
              "As a check, start from the answer, {a}, and undo the step: {c}, which is what it started from."))
_UNDO_ALL = (("Check by undoing the steps from the answer, {a}, last first: {c}. Each gives back what it started from.",
              "To check, start from the answer, {a}, and undo the steps from the last: {c}. Each comes back to where "
              "it started.",
              "Check by working backwards from the answer, {a}: {c}. Each gives back its starting number."),
             ("Check: undo the steps from the answer, {a}, last first: {c}. Every one comes back.",
              "As a check, undo each step, starting from the answer, {a}: {c}. All come back.",
              "Checking backwards from the answer, {a}, last step first: {c}. Each one comes back."))
_UNDO_SOME = (("Check from the answer, {a}: undo the last step, then the earlier ones that are quick to undo, latest "
               "first: {c}. Each gives back what it started from.",
               "As a check, work back from the answer, {a}, through the steps that undo at a glance, latest first: {c}. "
               "Each comes back."),
              ("A check from the answer, {a}, undoing the last step and then the quick ones before it: {c}. All come "
               "back.",
               "Check backwards from the answer, {a}, the last step first, then what undoes easily: {c}. Every one "
               "comes back."))
_UNDO_LAST = (("Check from the answer, {a}, by undoing the last step: {c}. It comes back.",
               "Check from the answer, {a}, undoing the last step: {c}, the number it started from."),
              ("As a check, undo the last step from the answer, {a}: {c}. It comes back.",
               "A check from the answer, {a}, undoing the last step: {c}, which is what it started from."))
# ...the last step worked out in full (its lead says what it should give, which the verifier holds its end to), and
# after it the steps before that undo at a glance, all of them or some
_UNDO_WORKED = (("Check from the answer, {a}, by undoing the last step, {s}: {u} should give {b} back.",
                 "To check, start from the answer, {a}, and undo the last step, {s}: {u} should give {b}."),
                ("Check by working back from the answer, {a}. The last step was {s}, so {u} should be {b} again.",
                 "As a check, undo the last step, {s}, from the answer, {a}: {u} ought to give {b} back."))
_UNDO_BEFORE = ("Then check the steps before it, latest first: {c}. Each comes back.",
                "The check goes on through the steps before it, latest first: {c}. All come back.")
_UNDO_QUICK = ("Then check the earlier steps that undo at a glance, latest first: {c}. Each comes back.",
               "The check goes on through the earlier steps quick to undo, latest first: {c}. All come back.")
# ...and where a rule settled the last step (× 1, a number less itself), which undoing checks nothing of: from the answer
# when the first step undone ends on it ("… × 1" kept it as it was), else the steps that undo, with no word of the answer
# (in words a check of the last step and some before it says too: a rare form's own words would mark its traces)
_UNDO_PAST_A_RULE = (_UNDO_SOME[0][1],)
_UNDO_QUICK_ONLY = (("Check the steps that are quick to undo, latest first: {c}. Each gives back what it started from.",
                     "As a check, undo the steps that are easy to undo, from the latest back: {c}. Each comes back."),
                    ("A quick check on the steps that undo at a glance, latest first: {c}. All come back.",
                     "Check what undoes easily, latest first: {c}. Every one comes back."))


def _fitting(undos: list[str], limit: int = _CHECK_CHARS) -> list[str]:
    """The undoings, latest first, as many as a line can hold and still be followed (`_CHECK_CHARS`)."""
    kept = []
    for text in undos:
        if len("; ".join(kept + [text])) > limit:
            break
        kept.append(text)
    return kept


def _check_by_undoing(work: Work, worked: list[tuple]) -> None:
    """Undo the steps from the answer, the last first, each back to what it was done to: the last one in the
    head, or worked out in full where it is more than a glance (a division by a two-digit number, fractions
    over a common denominator), then those before it that undo in the head. The others are left out; an undoing of
    the last step that would be a wall (`_worked_check`) leaves no check. A last step a rule settled (× 1, a number
    less itself: `_settled_by_a_rule`) is not undone: the quick steps before it are (`_UNDO_PAST_A_RULE`)."""
    (x, op, y, answer), earlier = worked[-1], list(reversed(worked[:-1]))
    quick = [(step[3], u) for step, u in ((step, _undoing(*step)) for step in earlier) if u]
    first, true = _undoing(x, op, y, answer), _result(x, op, y)
    if true is None or _settled_by_a_rule(x, op, y, true):
        undone = _fitting([u for _, u in quick])
        if undone:
            said = _UNDO_PAST_A_RULE if quick[0][0] == answer else _UNDO_QUICK_ONLY
            work.say(work.voice.pick(*said, a=v(answer), c="; ".join(undone)))
        return
    if first is not None:
        undone = _fitting([first] + [u for _, u in quick])
        said = _UNDO_ONE if len(worked) == 1 else _UNDO_LAST if len(undone) == 1 else \
            _UNDO_ALL if len(undone) == len(worked) else _UNDO_SOME
        work.say(work.voice.pick(*said, a=v(answer), c="; ".join(undone)))
        return
    # the form is decided on the true result, as `_undoing` decides it; a writer who has slipped lands it on the
    # number the step started from (`_worked_check`)
    ways = _inverses(x, op, y)
    inverse, by, back = min(ways, key=lambda way: abs(way[1])) if _is_integer([x, y]) else ways[0]
    lead = work.voice.pick(*_UNDO_WORKED, a=v(answer), s=_shown(x, op, y), u=_shown(answer, inverse, by), b=v(back))
    worked_out = _worked_check(work, lead, lambda inner, aim: _worked_undo(inner, answer, inverse, by, aim), back)
    undone = _fitting([u for _, u in quick])
    if undone and worked_out:
        said = _UNDO_BEFORE if len(undone) == len(earlier) else _UNDO_QUICK
        work.say(work.voice.pick(*said, c="; ".join(undone)))
    elif undone:  # the last step's undoing would be a wall: the steps that undo at a glance are still checked
        work.say(work.voice.pick(*_UNDO_QUICK_ONLY, c="; ".join(undone)))


def _worked_undo(work: Work, r: Fraction, inverse: str, by: Fraction, aim: Fraction | None) -> Fraction:
    """r inverse by worked out as the working does an operation (`operate`), ending on a line that says what it
    came to; with an `aim`, it comes out at that. Undoing a product or a quotient recalls no product the working
    found: one the undone step worked out, recalled ("564876 ÷ 306 = 1846" as 1846 × 306 was), would undo
    nothing, and a check shows what it cancels ("2836 = 4 × 709", `Work.shows_multiples`), as a check in one line
    must. Undoing a sum or difference of fractions may recall how a number was put over the denominator ("Over 55,
    64800 = 3564000/55"): the check is the subtraction over 55, and redoing 648 × 55 line for line checks nothing."""
    if inverse in "*/" or r.denominator == by.denominator == 1:
        work.known.clear()  # a sum or difference of fractions may recall how a number was put over a denominator
    work.shows_multiples = True
    got = operate(work, inverse, r, by, aim)
    summary = f"{_shown(r, inverse, by)} = {v(got)}."
    if not work.lines[-1].endswith(f"= {v(got)}."):
        work.conclude(summary)
    return got


def operate(work: Work, op: str, x: Fraction, y: Fraction, aim: Fraction | None = None) -> Fraction:
    """One operation of an expression, written out as much as its size needs. With an `aim` (a check by undoing,
    for a writer who has slipped: `_worked_undo`) it comes out at that; a sum or difference of whole numbers,
    which a check never works out (`hard_to_state`), takes none."""
    if x.denominator != 1 or y.denominator != 1:
        return {"+": lambda: fraction_add(work, x, y, aim=aim), "-": lambda: fraction_add(work, x, y, minus=True, aim=aim),
                "*": lambda: fraction_mul(work, x, y, aim), "/": lambda: fraction_div(work, x, y, aim)}[op]()
    if op == "+":
        return Fraction(signed_add(work, int(x), int(y)))
    if op == "-":
        return Fraction(signed_sub(work, int(x), int(y)))
    a, b = abs(int(x)), abs(int(y))
    result = x * y if op == "*" else x / y
    sign = -1 if (result if aim is None else aim) < 0 else 1
    size = None if aim is None else abs(int(aim))
    shown = f"{paren(x, True)} {'×' if op == '*' else '÷'} {paren(y)}"
    # the size as written, not as it should be: a planted slip flows on into the rest of the work
    if op == "*" and max(a, b) >= 10 and min(a, b) >= 2:
        result = sign * Fraction(multiply(work, a, b, size))
    elif op == "/" and a % b and a < b and aim is None:
        work.say(f"{a} ÷ {b} = {a}/{b}.")
        result = sign * reduce_fraction(work, a, b)
    elif op == "/" and (a % b or a >= 100 * b or b >= 100 or hard_quotient(a, b, work)):
        q, r = long_division(work, a, b, size)
        result = sign * fraction_of_quotient(work, a, b, q, r)
    else:
        if op == "/" and result.denominator == 1 and work.quotient(a, b) is not None:
            result = sign * Fraction(work.quotient(a, b))  # worked out before: as the trace has it
        if aim is not None:
            result = Fraction(aim)
        result = Fraction(work.value(int(result))) if result.denominator == 1 else result
        work.say(f"{shown} = {v(result)}.")
        return result
    if result < 0:
        work.say(work.voice.vary("With the sign: {s} = {r}.", "Putting the sign back: {s} = {r}.",
                                 "With its sign: {s} = {r}.", "Sign included: {s} = {r}.", s=shown, r=v(result)))
    return result


def _lead(voice: Voice, node: Node, chosen: tuple, first: bool) -> str:
    """The line that names the next operation and says why it comes now (the order is `_next_operation`'s)."""
    brackets, _, _, path, target = chosen
    shown = to_text(target)
    if not path and first:  # the only operation: "Last" would promise steps before it that never came
        return voice.pick(("There is just one operation: {e}.", "Only one operation here: {e}.",
                           "A single operation: {e}."),
                          ("Just one operation to do: {e}.", "There is only the one operation, {e}.",
                           "Only {e} to work out."), e=shown)
    if not path:  # the operation at the top: nothing else is left
        return voice.pick(("Last, {e}.", "Last, {e}: all that is left.", "Last, {e}, the one operation left."),
                          ("Finally, {e}: the only operation left.", "Finally, {e}.",
                           "Finally {e}, which is all that is left."), e=shown)
    if brackets:
        why = voice.pick(("brackets first", "brackets come first"),
                         ("the innermost brackets come first", "the innermost brackets go first"),
                         ("start inside the brackets", "work inside the brackets first"))
    elif target.op in "*/" and _has_additive(node):
        why = voice.pick(("multiplication and division before addition and subtraction",
                          "multiplication and division come before addition and subtraction"),
                         ("× and ÷ come before + and −", "× and ÷ before + and −"))
    else:
        why = voice.pick(("left to right", "working left to right"), ("going from left to right", "reading left to right"))
    lead = voice.pick("{why}: {e}.", ("Work out {e} first; {why}.", "Do {e} first; {why}."),
                      ("First, {e} ({why}).", "Start with {e} ({why})."), why=why, e=shown) if first \
        else voice.pick("{why}: {e}.", ("Next, {e} ({why}).", "Next comes {e} ({why})."),
                        ("Then {e} ({why}).", "After that, {e} ({why})."), why=why, e=shown)
    return lead[0].upper() + lead[1:]


def _has_additive(node: Node) -> bool:
    if literal_value(node) is not None:
        return False
    if isinstance(node, Neg):
        return _has_additive(node.operand)
    return node.op in "+-" or _has_additive(node.left) or _has_additive(node.right)


def solve_expr(problem: dict, params, rng: random.Random, slip: Slip | None = None) -> Solution:
    work, node, simplified = _start(problem, rng, params, slip)
    operands = _leaves(node)
    original, steps = node, len(simplified)
    # a fraction worked out to a whole number was a division, and a check may undo it by multiplying back
    # ("(3/4) × 8 = 6" would not read as undoing 6/8 = 3/4)
    worked = [(Fraction(top), "/", Fraction(bottom), value) for top, bottom, value in simplified
              if value.denominator == 1]
    while literal_value(node) is None:
        chosen = _next_operation(node)
        *_, path, target = chosen
        x, y = literal_value(target.left), literal_value(target.right)
        work.say(_lead(work.voice, node, chosen, first=not steps))
        work.settled.clear()  # what an operation said final (a quotient in lowest terms) is the last one's only
        value = operate(work.nested(), target.op, x, y)
        worked.append((x, target.op, y, value))
        new = _replace(node, path, leaf(value))
        summary = f"{to_text(node)} = {to_text(new)}"
        last = work.lines[-1].strip()
        # not what `operate` just wrote, bare or after "So" or "With the sign:" ("With the sign: −10 × 5 = −50.")
        if path or last != summary + "." and not last.endswith(" " + summary + "."):
            work.conclude(summary + ("." if literal_value(new) is None else
                                     work.voice.pick(".", (", and that is the value.", ", which is the value.",
                                                           ", the value of the whole expression."))),
                          "Back in the expression: ", "Put back in place: ", "That makes ")
        node, steps = new, steps + 1
    value = literal_value(node)
    say_lowest_terms(work, value)
    if worked and worked[-1][3] != value:  # a minus sign in front of it all, the last thing the working did
        worked.append((worked[-1][3], "*", Fraction(-1), value))
    if worked:
        _check_by_undoing(work, worked)
    return _finish(work, value, operands, depth=_depth(original), operations=steps)


def _leaves(node: Node) -> list[Fraction]:
    value = literal_value(node)
    if value is not None:
        return [value]
    if isinstance(node, Neg):
        return _leaves(node.operand)
    return _leaves(node.left) + _leaves(node.right)


def _depth(node: Node) -> int:
    if literal_value(node) is not None:
        return 0
    if isinstance(node, Neg):
        return _depth(node.operand)
    return 1 + max(_depth(node.left), _depth(node.right))
