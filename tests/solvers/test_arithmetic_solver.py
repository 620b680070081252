"""Every equation in every arithmetic trace is true, over thousands of random problems."""

import dataclasses
import json
import re
from fractions import Fraction
from functools import lru_cache
from math import gcd

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import slowthink
from slowthink.core.claims import find_claims
from slowthink.core.expr import (ARITHMETIC_RULES, BinOp, Neg, WrittenFraction, evaluate, format_value, literal_value,
                                 parse, to_text, value_of)
from slowthink.core.places import PLACES

SETTINGS = [
    ("arithmetic.add", {}), ("arithmetic.add", {"digits": 12, "operands": 5}),
    ("arithmetic.add", {"negatives": True, "operands": 4, "digits": 6}), ("arithmetic.add", {"fractions": True, "operands": 3}),
    ("arithmetic.sub", {"digits": 12}), ("arithmetic.sub", {"negatives": True, "operands": 3, "digits": 5}),
    ("arithmetic.sub", {"fractions": True, "negatives": True}),
    ("arithmetic.mul", {"digits": 12, "min_digits": 9}), ("arithmetic.mul", {"digits": 2, "min_digits": 2}),
    ("arithmetic.mul", {"negatives": True, "operands": 3, "digits": 3}), ("arithmetic.mul", {"fractions": True, "negatives": True}),
    ("arithmetic.div", {"digits": 8, "divisor_digits": 3}), ("arithmetic.div", {"exact": False, "digits": 5, "negatives": True}),
    ("arithmetic.div", {"fractions": True}),
    ("arithmetic.expr", {"depth": 3}), ("arithmetic.expr", {"depth": 4, "digits": 3, "negatives": True}),
    ("arithmetic.expr", {"depth": 3, "fractions": True, "negatives": True}),
]


@pytest.mark.parametrize("task, params", SETTINGS, ids=[f"{t}-{i}" for i, (t, _) in enumerate(SETTINGS)])
def test_every_equation_in_every_trace_is_true_and_readable(task, params):
    checked = 0
    for record in slowthink.generate(task, 150, seed=11, **params):
        for step in record["steps"]:
            for claim in find_claims(step["text"]):
                assert claim.ok is True, (record["problem"], step["text"], claim)
                checked += 1
        assert record["verified"] and all(s["label"] for s in record["steps"])
        assert record["steps"][-1]["text"] == f"Answer: {record['answer']}"
        assert value_of(record["answer"]) == value_of(record["problem"]["expression"].replace(" ", ""))
    assert checked > 150


def test_column_addition_says_every_carry():
    record = slowthink.solve("arithmetic.add", {"expression": "1380 + 184"})
    trace = record["trace"]
    assert re.search(r"tens: 8 \+ 8 = 16, (write|put down) 6,? (and )?carry 1", trace)
    assert "3 + 1 + 1 = 5" in trace
    assert record["answer"] == "1564"


def test_subtraction_borrows_and_checks_by_addition():
    trace = slowthink.solve("arithmetic.sub", {"expression": "5003 - 1457"})["trace"]
    assert "borrow" in trace
    assert "3546 + 1457 = 5003" in trace


def test_multiplication_uses_partial_products_and_another_route():
    record = slowthink.solve("arithmetic.mul", {"expression": "23 * 68"})
    assert "60 + 8" in record["trace"] and "1380" in record["trace"] and "184" in record["trace"]
    assert "68 × 23" in record["trace"]  # checked by swapping the factors
    long = slowthink.solve("arithmetic.mul", {"expression": "123456789012 * 987654321098"})
    assert "casting out nines" in long["trace"]
    assert long["answer"] == str(123456789012 * 987654321098)


def test_long_division_shows_trial_quotients_and_reduces_fractions():
    record = slowthink.solve("arithmetic.div", {"expression": "1565 / 23"})
    assert "Bring down" in record["trace"]
    # multiplied back, and 23 × 68 worked out on the way rather than stated
    assert re.search(r"(23 × 68|68 × 23) = [^.]*\+[^.]* = 1564, and 1564 \+ 1 = 1565", record["trace"])
    assert record["answer"] == "1565/23"
    assert slowthink.solve("arithmetic.div", {"expression": "84 / 36"})["answer"] == "7/3"


def test_expressions_go_innermost_first_with_precedence():
    record = slowthink.solve("arithmetic.expr", {"expression": "2 + 3 * (4 - 1)"})
    lines = record["trace"].splitlines()
    first_op = next(i for i, l in enumerate(lines) if "4 − 1" in l)
    product = next(i for i, l in enumerate(lines) if "3 × 3 = 9" in l)
    assert first_op < product
    assert record["answer"] == "11"


_REASONS = {"brackets": ("brackets",), "before": ("before",), "left": ("left to right",), "last": ("last,", "finally")}


_VERDICT = re.compile(r"(?:That gives|That comes to|It comes to|Back to|Again) |\S+ again: it matches")


def is_check(text: str) -> bool:
    """A line of the working's own level that says it checks, in any wording ("Check by …", "To check, …",
    "Quick check: …", "As a check, …"); not the verdict that ends a check worked in full ("It comes to 7 again, so
    that checks out.")."""
    return not text.startswith(" ") and "check" in text.split(":")[0].lower() and not _VERDICT.match(text)


@pytest.mark.parametrize("expression, steps", [
    ("1 - (9 - 20) + (-5) + 7 * 2", [("9 − 20", "brackets"), ("7 × 2", "before"), ("1 − (−11)", "left"),
                                     ("12 + (−5)", "left"), ("7 + 14", "last")]),
    ("(2 + 3) * (4 - 1)", [("2 + 3", "brackets"), ("4 − 1", "brackets"), ("5 × 3", "last")]),  # groups left to right
    ("(2 + 3) * (4 * 5)", [("2 + 3", "brackets"), ("5 × 4", "left"), ("20 × 5", "last")]),  # worked as shown: 5 × 4 × 5
    ("8 - 2 * 3 + 12 / 4", [("2 × 3", "before"), ("12 ÷ 4", "before"), ("8 − 6", "left"), ("2 + 3", "last")]),
])
def test_expressions_follow_the_school_convention_and_say_why_truly(expression, steps):
    """Innermost brackets first, then × ÷, then left to right, and the reason given is the true one:
    no "left to right" for an operation further right, no "Next" before anything, no "first" at the end."""
    for seed in range(8):
        texts = [s["text"] for s in slowthink.solve("arithmetic.expr", {"expression": expression}, seed=seed)["steps"]]
        leads = [t for t in texts[1:] if not t.startswith(("  ", "So ", "Answer")) and not is_check(t)]
        assert len(leads) == len(steps) and not leads[0].startswith(("Next", "Then")), (seed, leads)
        for lead, (operation, reason) in zip(leads, steps):
            assert operation in lead and any(word in lead.lower() for word in _REASONS[reason]), (seed, lead)
            assert "first" not in lead or reason != "last", (seed, lead)


def test_a_negative_expression_trace_carries_its_slip_to_the_answer():
    """The slipped value is the one written on: a product worked out wrong is not quietly replaced by
    the right one in the next line, so the answer is wrong too (it was right in 3 of 10 such traces)."""
    negatives = [r for r in slowthink.generate("arithmetic.expr", 200, seed=1, mistakes=1.0, min_digits=2)]
    assert all(r["mistake_step"] is not None for r in negatives)
    assert not [r["problem"] for r in negatives if slowthink.verify("arithmetic.expr", r["problem"], r["answer"])]


def _operations(node) -> set:
    """(left, op, right, value) of every operation of the parsed expression: what a working can undo."""
    if isinstance(node, BinOp):
        left, right = evaluate(node.left, ARITHMETIC_RULES), evaluate(node.right, ARITHMETIC_RULES)
        own = {(left, node.op, right, evaluate(node, ARITHMETIC_RULES))}
        return own | _operations(node.left) | _operations(node.right)
    return _operations(node.operand) if isinstance(node, Neg) else set()


_UNDONE = re.compile(r"(\(?−?[\d/]+\)?) ([+−×÷]) (\(?−?[\d/]+\)?) (?:=|should (?:give|be)|ought to give) (−?[\d/]+)")
_INVERSE = {"+": "-", "−": "+", "×": "/", "÷": "*"}


def _undoes(r, inverse, by, back, operations) -> bool:
    """Whether "r inverse by = back" undoes an operation of the expression: back op by = r (for a
    product either factor may be divided out; a sum or difference may be undone by the opposite sign)."""
    op = _INVERSE[inverse]
    if op in "+-" and (back, "+" if op == "-" else "-", -by, r) in operations:
        return True
    return (back, op, by, r) in operations or op == "*" and (by, op, back, r) in operations


@pytest.mark.parametrize("params", [{"depth": 3}, {"depth": 3, "digits": 2, "negatives": True},
                                    {"depth": 2, "fractions": True}, {"depth": 3, "fractions": True, "negatives": True}])
def test_an_expression_is_checked_by_undoing_its_steps_not_by_replaying_them(params):
    """Evaluating again in another order states the working's own values and can catch nothing. The check
    undoes steps instead, each with the inverse operation, back to what the step was done to."""
    checked = 0
    for record in slowthink.generate("arithmetic.expr", 80, seed=4, **params):
        operations = _operations(parse(record["problem"]["expression"], ARITHMETIC_RULES))
        checks = [s["text"] for s in record["steps"] if is_check(s["text"])]
        assert len(checks) <= 2  # (the last step worked out in full, then the steps before it in a line)
        for check in checks:
            undone = _UNDONE.findall(check.split(": ", 1)[-1])
            assert undone, check
            for r, inverse, by, back in undone:
                r, by, back = (value_of(t.strip("()")) for t in (r, by, back))
                assert _undoes(r, inverse, by, back, operations), (record["problem"], check)
                checked += 1
    assert checked > 80


def test_a_slipped_step_is_caught_by_its_undoing_and_believed():
    """In a negative trace the undoing of the slipped step is written as the writer believes it, so the
    check line is false (unless the slipped step was too long to undo in the head)."""
    # (the step's own label is false anyway, after the slip: its equations are judged one by one); a check is all its
    # lines, from its lead to the answer: the last step worked out in full, and the steps before it
    checks = []
    for r in slowthink.generate("arithmetic.expr", 200, seed=2, mistakes=1.0, depth=3, digits=2):
        texts = [s["text"] for s in r["steps"]]
        lead = next((k for k, text in enumerate(texts) if is_check(text)), None)
        if lead is not None:
            checks.append("\n".join(texts[lead:-1]))
    caught = [text for text in checks if any(claim.ok is False for claim in find_claims(text))]
    assert checks and len(caught) > len(checks) // 2, checks


def test_wording_varies_with_the_seed():
    openings = {r["steps"][0]["text"].split()[0] for r in slowthink.generate("arithmetic.mul", 40, seed=3)}
    assert len(openings) >= 3


def test_solve_is_deterministic():
    problem = {"expression": "(3/4 + 5/6) * 12"}
    assert slowthink.solve("arithmetic.expr", problem) == slowthink.solve("arithmetic.expr", problem)
    assert slowthink.solve("arithmetic.expr", problem)["answer"] == "19"


# a line that concludes opens "So", or, straight after a line that did, another way ("That makes …", `Work.so`)
_CONCLUSION = re.compile(r"^\s*(?:So|[A-Z][a-z]*(?: [a-z]+){0,4}[,:]?) (?=[−(\d])")


def _conclusion(text: str) -> str | None:
    """What a line that concludes says, its opener taken off ("So 23 × 68 = 1564." and "That makes 23 × 68 =
    1564." both give "23 × 68 = 1564."); None for a line that states no equation so."""
    m = _CONCLUSION.match(text)
    return text[m.end():].rstrip() if m and " = " in text[m.end():] else None


def test_a_hard_product_inside_fraction_work_is_worked_out_not_stated():
    """"(99 × 69)/(2 × 2) = 6831/4" stated a product a person works out: the trace does the hard part."""
    steps = [_conclusion(s["text"]) for s in slowthink.solve("arithmetic.mul", {"expression": "(99/2) * (69/2)"})["steps"]]
    assert "99 × 69 = 6831." in steps
    assert steps.index("99 × 69 = 6831.") < steps.index("(99 × 69)/(2 × 2) = 6831/4.")
    easy = [s["text"] for s in slowthink.solve("arithmetic.mul", {"expression": "(3/4) * (5/6)"})["steps"]]
    assert any("(3/4) × (5/6) = 5/(4 × 2) = 5/8." in step for step in easy)  # small ones stay one line


# ---------------------------------------------------------------- hard arithmetic stated, never worked
# A product of two numbers that both keep two or more digits once trailing zeros are set aside (23 × 68,
# not 68 × 20), or a quotient whose multiplying back is such a product (or a long number divided by one
# digit), is more than a glance. A trace may state one only as the result of work already written: the
# result is then the last side of an earlier equation (or a division's "remainder 0" line).

_TOKEN = re.compile(r"\d+/\d+|\d+|[×÷+−()]")
_NUMBER = re.compile(r"\d+")
_GOES_INTO = re.compile(r"\b(\d+) goes into (\d+) (?:exactly )?(\d+) times")


def _sig(n: int) -> int:
    n = abs(n)
    while n and n % 10 == 0:
        n //= 10
    return n


def _hard_product(p: int, q: int) -> bool:
    return _sig(p) >= 10 and _sig(q) >= 10


def _hard_quotient(n: int, d: int) -> bool:
    return d not in (0, 1) and (_hard_product(d, n // d) or (_sig(d) < 10 and _sig(n) >= 1000))


def _value(tokens: list[str]) -> tuple[int, int] | None:
    """A signed number as a trace writes an operand (5, −5, (−5), 3/4, (−3/4)): (numerator, denominator)
    as written, not reduced."""
    if len(tokens) >= 3 and tokens[0] == "(" and tokens[-1] == ")":
        tokens = tokens[1:-1]
    sign = 1
    if tokens[:1] == ["−"]:
        sign, tokens = -1, tokens[1:]
    if len(tokens) == 1 and tokens[0][0].isdigit():
        top, _, bottom = tokens[0].partition("/")
        return sign * int(top), int(bottom or 1)
    return None


def _split(tokens: list[str], operators: str) -> tuple[list[list[str]], list[str]]:
    """Operands and the operators between them, at bracket depth 0 (a leading or bracketed − is a sign)."""
    parts, ops, current, depth = [], [], [], 0
    for token in tokens:
        depth += (token == "(") - (token == ")")
        if depth == 0 and token in operators and current and current[-1] not in "×÷+−(":
            parts.append(current)
            ops.append(token)
            current = []
        else:
            current.append(token)
    return parts + [current], ops


def _lcm(a: int, b: int) -> int:
    return a * b // gcd(a, b)


def _rewrite_facts(before: tuple[int, int], after: tuple[int, int]) -> list[tuple]:
    """p/q written as P/Q: scaling up states p × k = P; reducing states P ÷ g = p and Q ÷ g = q."""
    (p, q), (n, d) = before, after
    if p * d != n * q or q == d:
        return []
    p, n = abs(p), abs(n)
    if d > q and d % q == 0:
        return [("×", p, d // q, n)]
    if q > d and q % d == 0:
        return [("÷", p, q // d, n), ("÷", q, q // d, d), ("gcd", p, q, q // d)]
    return []


def _unreduced(top: int, bottom: int, result: tuple[int, int]) -> list[tuple]:
    """top/bottom worked out, written as the result: reducing it is dividing both by their common factor."""
    return _rewrite_facts((top, bottom), result) if result[1] != bottom else []


def _single_facts(tokens: list[str], result: tuple[int, int], cancel: bool = False) -> list[tuple]:
    """What `tokens` = result states, for an operation of two numbers or a rewritten number. A product of
    fractions in a step that says it cancels (`cancel`) states only the products left once a top and the
    other bottom are divided by what they share."""
    terms, term_ops = _split(tokens, "+−")
    values = [_value(t) for t in terms]
    if len(terms) > 1:
        signs = [1] + [1 if op == "+" else -1 for op in term_ops]
        if None not in values and any(d != 1 for _, d in values):  # fractions added in one breath, left to right
            facts, (top, bottom) = [], values[0]
            for k, (sign, (n, d)) in enumerate(zip(signs[1:], values[1:])):
                common = _lcm(bottom, d)
                for m, e in ((top, bottom), (n, d)):
                    if common > e:
                        facts += [("×", abs(m), common // e, abs(m) * (common // e)), ("×", e, common // e, common)]
                top = top * (common // bottom) + sign * n * (common // d)
                if k == len(values) - 2:
                    return facts + _unreduced(top, common, result)
                g = gcd(top, common)
                facts += _unreduced(top, common, (top // g, common // g))
                top, bottom = top // g, common // g
        unknown = [k for k, x in enumerate(values) if x is None]
        if len(unknown) == 1 and result[1] == 1 and all(x[1] == 1 for x in values if x is not None):
            k = unknown[0]  # "b × q + r = a": the product is a − r
            rest = sum(sign * x[0] for sign, x in zip(signs, values) if x is not None)
            return _single_facts(terms[k], (signs[k] * (result[0] - rest), 1))
        return []
    if tokens[:1] == ["−"] and _value(tokens) is None:
        tokens, result = tokens[1:], (-result[0], result[1])
    factors, ops = _split(tokens, "×÷")
    if len(factors) == 1:
        before = _value(factors[0])
        return _rewrite_facts(before, result) if before is not None else []
    values = [_value(f) for f in factors]
    if len(factors) != 2 or None in values:
        return []
    (a, c), (b, d) = values
    if ops[0] == "÷":
        if b == 0:
            return []
        if c == 1 and d == 1:
            return [("÷", abs(a), abs(b), abs(a) // abs(b))] if a % b == 0 else _unreduced(a, b, result)
        b, d = d, b
    shared = []
    if cancel:
        g, h = gcd(a, d), gcd(b, c)
        shared = [("gcd", abs(n), m, k) for n, m, k in ((a, d, g), (b, c, h)) if k > 1]
        a, d, b, c = a // g, d // g, b // h, c // h
    top, bottom = a * b, c * d
    return [("×", abs(a), abs(b), abs(top)), ("×", c, d, abs(bottom))] + shared + _unreduced(top, bottom, result)


def _restated(worked: dict, left: str, right: str) -> bool:
    """Whether earlier equations went from `left` to `right`, one after another (a division flipped to a
    product, the product worked out)."""
    for _ in range(4):
        left = worked.get(left)
        if left == right:
            return True
    return False


def _pair_facts(left: str, right: str, cancel: bool = False, worked: dict | None = None) -> list[tuple]:
    """The facts going from one side of an equation to the next states: the part that changed is worked
    (one operation, or a sum of products paired term by term with a sum of numbers), unless an earlier
    equation went from that very part to that very value (`worked`: first side -> last side), and this one
    only says it again ("So 12 × (11/2) = 66." after "12 × (11/2) = 6 × 11 = 66.")."""
    a, b = _TOKEN.findall(left), _TOKEN.findall(right)
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    for l, r in ((a[start:len(a) - end], b[start:len(b) - end]), (a, b)):
        if not l or not r:
            continue
        if _restated(worked or {}, "".join(t for t in l if t not in "()"), "".join(t for t in r if t not in "()")):
            return []
        result = _value(r)
        if result is not None:
            facts = _single_facts(l, result, cancel)
            if facts:
                return facts
        lt, rt = _split(l, "+−"), _split(r, "+−")
        if len(lt[0]) > 1 and len(lt[0]) == len(rt[0]) and lt[1] == rt[1]:
            facts = []
            for lterm, rterm in zip(lt[0], rt[0]):
                value = _value(rterm)
                if value is not None:
                    facts += _single_facts(lterm, value)
            if facts:
                return facts
    return []


def _is_check(text: str, earlier: list[str] = ()) -> bool:
    """A check stated in one line: it says again a number the working has (an operand, the result), so that
    the number was met before excuses nothing in it. So is each line of a check worked in one-line steps
    ("  2/5 + 2/3 = 6/15 + 10/15 = 16/15." under "Check by grouping differently: …"): a line of numbers alone,
    one indent under a check's lead."""
    if is_check(text) and "=" in text:
        return True
    lead = next((line for line in reversed(earlier) if not line.startswith(" ")), "")
    return is_check(lead) and re.fullmatch(r"  [\d/×÷+−() =]+\.", text) is not None


def _factor_in_sight(a: int, b: int, g: int, text: str, earlier: list[str]) -> bool:
    """Whether the trace has shown what a and b share: found by remainders or a prime glance before, or both
    written as products with it on this line or the one before, where what cancels is said ("253 = 23 × 11 and
    33 = 3 × 11"), or, where one is the factor, the other divided by it in full before ("So 3383 ÷ 199 = 17.")."""
    said = text + " " + (earlier[-2] if len(earlier) > 1 else "")
    shown = all(re.search(rf"\b{n} = \d+ × {g}\b", said) for n in (a, b) if n != g)
    divided = g in (a, b) and any(re.search(rf"\bSo {a + b - g} ÷ {g} = \d+\.", line) for line in earlier)
    return shown or divided or _chain_written(a, b, earlier) or _prime_glance_written(a, b, earlier)


def unworked_hard_facts(steps: list[str]) -> list[tuple[str, tuple]]:
    """(step, fact) for every hard product or quotient a trace states that no earlier work gave: its
    result is not the last side of an earlier equation or on a division's "remainder 0" line, the same
    product was not met before, and it is not a short division worked on the same line. A product of
    fractions may have been worked by cancelling first: it is read both ways, and flagged only when read
    either way it states something unworked. A check in one line (`_is_check`) is read more strictly: a
    result met before does not excuse a hard fact in it, and nor may it cancel or reduce by a common
    factor that takes finding (`_needs_working`) unless the trace has shown it (`_factor_in_sight`)."""
    results: set[int] = set()
    known: set[frozenset] = set()  # {a, b, a × b} for each hard product met (a quotient n ÷ d = k is d × k = n)
    worked: dict[str, str] = {}  # the first side of each equation met -> its last side, brackets left out
    found, earlier = [], []

    def unworked(text: str, op: str, x: int, y: int, z: int) -> bool:
        if op == "gcd":
            return _is_check(text, earlier[:-1]) and _needs_working(x, y) and not _factor_in_sight(x, y, z, text, earlier)
        triple = frozenset((x, y, z)) if op == "×" else frozenset((y, z, x))
        hard = _hard_product(x, y) if op == "×" else _hard_quotient(x, y)
        short_division = op == "÷" and text.count(f"{y} goes into") >= len(str(z))
        met = z in results and not _is_check(text, earlier[:-1])
        return hard and not met and triple not in known and not short_division

    def judge(text: str, facts: list[tuple]) -> None:
        found.extend((text, fact) for fact in facts if unworked(text, *fact))
        for op, x, y, z in facts:
            if op != "gcd" and (_hard_product(x, y) if op == "×" else _hard_quotient(x, y)):
                known.add(frozenset((x, y, z)) if op == "×" else frozenset((y, z, x)))

    for text in steps:
        earlier.append(text)
        for run in [c.text for c in find_claims(text) if c.ok]:
            sides = run.split("=")
            if re.search("[<>≤≥≠]", run):
                continue
            first = sides[0].strip()
            for left, right in zip(sides, sides[1:]):
                if "÷" in first and right.strip().replace(" ", "") == first.replace(" ", "").replace("÷", "/"):
                    continue  # "a ÷ b = q + r/b = a/b": the division written as a fraction, nothing worked out
                readings = [_pair_facts(left, right, cancel, worked) for cancel in (False, True)]
                judge(text, min(readings, key=lambda facts: sum(unworked(text, *fact) for fact in facts)))
            worked[_bare(first)] = _bare(sides[-1])
            last = _value(_TOKEN.findall(sides[-1]))
            if last is not None:
                results |= {abs(last[0]), last[1]}
                factors, ops = _split(_TOKEN.findall(first), "×")
                values = [_value(f) for f in factors]
                if len(sides) > 2 and len(values) == 2 and None not in values:  # worked on this line
                    known.add(frozenset((abs(values[0][0]), abs(values[1][0]), abs(last[0]))))
        for d, n, k in _GOES_INTO.findall(text):
            judge(text, [("÷", int(n), int(d), int(k))])
        if "remainder 0" in text:
            results |= {int(n) for n in _NUMBER.findall(text)}
    return found


def _bare(side: str) -> str:
    """A side's tokens without brackets or spaces: how `_restated` compares the part of a side that changed."""
    return "".join(token for token in _TOKEN.findall(side) if token not in "()")


@lru_cache(maxsize=None)
def _records(task: str, params: str, n: int = 150, seed: int = 11) -> tuple:
    return tuple(slowthink.generate(task, n, seed=seed, **json.loads(params)))


HARD_SETTINGS = SETTINGS + [  # the arithmetic entries of configs/default.toml not above, and larger ones
    ("arithmetic.add", {"digits": 6, "operands": 3, "negatives": True}), ("arithmetic.add", {"fractions": True}),
    ("arithmetic.mul", {"digits": 4, "min_digits": 2}), ("arithmetic.mul", {"digits": 6, "min_digits": 1}),
    ("arithmetic.div", {"digits": 4, "divisor_digits": 2, "exact": False}),
    ("arithmetic.div", {"digits": 10, "divisor_digits": 5, "exact": False}),
    ("arithmetic.expr", {"depth": 3, "digits": 2, "negatives": True}), ("arithmetic.expr", {"depth": 2, "fractions": True}),
    ("arithmetic.expr", {"depth": 3, "digits": 4}),
    ("arithmetic.add", {"fractions": True, "operands": 4, "max_denominator": 60}),
    ("arithmetic.sub", {"fractions": True, "operands": 3, "max_denominator": 40}),
    ("arithmetic.mul", {"fractions": True, "max_denominator": 40}), ("arithmetic.div", {"fractions": True, "max_denominator": 40}),
]


@pytest.mark.parametrize("task, params", HARD_SETTINGS, ids=[f"{t}-{i}" for i, (t, _) in enumerate(HARD_SETTINGS)])
def test_no_hard_product_or_quotient_is_stated_without_its_working(task, params):
    """A trace that states "498 × 220075 = 109597350" or "17/391 = 221/5083" teaches a model to pull big
    products out of thin air: every such product, quotient, scaling and reduction is worked out first
    (and every step still holds)."""
    for record in _records(task, json.dumps(params, sort_keys=True)):
        assert all(step["label"] for step in record["steps"]), record["problem"]
        unworked = unworked_hard_facts([step["text"] for step in record["steps"]])
        assert not unworked, (record["problem"], unworked[:3])


def test_the_reader_of_stated_hard_arithmetic_finds_it():
    """The reader above is no rubber stamp: what the traces used to state, it flags; what is worked, or
    easy at a glance, it lets be."""
    stated = ["Check by multiplying back: 498 × 220075 = 109597350. Correct.",
              "Check: 59 × 217 + 44 = 12847, the number we divided.", "  17/391 = 221/5083",
              "Check: 309312 ÷ 8 = 38664, as it should.", "Reduce by 13: 2346/391 = 102/17",
              "896 × 327 = 896 × 320 + 896 × 7 = 286720 + 6272 = 292992.",
              "Check: 146/55 − 11/5 = 5/11, which is the other number. Good.",
              "16/3 − 6 ÷ 3132 = 16/3 − 1/522 = 2783/522.", "2726/47 = 58, since 47 goes into 2726 exactly 58 times."]
    for text in stated:
        assert unworked_hard_facts([text]), text
    fine = ["23 × 68 = 23 × 60 + 23 × 8 = 1380 + 184 = 1564.", "68 × 20 = 1360.", "So 2912 + 7280 = 10192.",
            "3132 ÷ 6: 6 goes into 31 five times, remainder 1; 6 goes into 13 twice, remainder 1; 6 goes into 12 twice. "
            "So 3132 ÷ 6 = 522.", "  13 × 11 = 13 × 10 + 13 × 1 = 130 + 13 = 143, so 13/10 = 143/110",
            "Reduce by 2: 12/10 = 6/5.", "  1/2 = 5/10", "38664 × 8 = 309312."]
    assert unworked_hard_facts(fine) == []
    assert unworked_hard_facts(["So 2912 + 7280 = 10192.", "So 364 × 28 = 10192."]) == []  # the rows' sum


@pytest.mark.parametrize("task, expression", [
    ("arithmetic.div", "109597350 / 498"),  # multiplying back a 3-digit by 6-digit product: casting out nines
    ("arithmetic.div", "1565 / 23"),  # multiplying back, split by place value
    ("arithmetic.div", "12725 / 50"),  # reducing 12725/50 by 25: through the remainder 25/50
    ("arithmetic.div", "59949913540439 / 77324"),  # reducing by 13
    ("arithmetic.add", "19/391 + 5/13"),  # the common denominator 391 × 13, and 19 × 13
    ("arithmetic.add", "13/10 + 7/11"),
    ("arithmetic.sub", "13/36 - 4/3 - 17/19"),  # and the check by adding back
    ("arithmetic.mul", "38664 * 8"),  # checked by dividing back: short division
    ("arithmetic.mul", "327 * 896"),  # checked with the factors swapped: 896 × 300 + 896 × 20 + 896 × 7
    ("arithmetic.mul", "(7/8) * (63/40)"),  # checked by dividing back, a fraction division
    ("arithmetic.div", "(11/10) / (55/36)"),  # reduced by 22, and checked by multiplying back
    ("arithmetic.expr", "(-3 - 24) * 42 / 69 + 88"),  # 88 = 2024/23
    ("arithmetic.expr", "2726 / 47 + 1"),  # an exact quotient of two 2-digit numbers
])
def test_the_hard_arithmetic_traces_used_to_state_is_worked_out(task, expression):
    for seed in range(4):
        record = slowthink.solve(task, {"expression": expression}, seed=seed)
        steps = [step["text"] for step in record["steps"]]
        assert record["verified"] and all(step["label"] for step in record["steps"]), (seed, steps)
        assert not unworked_hard_facts(steps), (seed, unworked_hard_facts(steps))
        assert value_of(record["answer"]) == value_of(expression.replace(" ", ""))
        if task != "arithmetic.expr":
            assert any("check" in step.lower() for step in steps if not step.startswith(" ")), (seed, steps)


_STATED = re.compile(r"([^:]*?)(?:So |: )?(\S[^:]* = [^:]*?)[.,]?$")  # (lead, the equation a line states)


def _equation_stated(line: str) -> str | None:
    """The equation a line states, bare or after a lead ("So", "With the sign:"), but not a column's sum: the
    tens and the hundreds of a column addition may both be 4 + 5 = 9."""
    match = _STATED.match(line.strip())
    if match is None or match.group(1).strip() in PLACES:
        return None
    return match.group(2).split(",")[0]


@pytest.mark.parametrize("task, params", [("arithmetic.expr", {"depth": 3, "digits": 2, "negatives": True}),
                                          ("arithmetic.expr", {"depth": 2, "fractions": True}),
                                          ("arithmetic.mul", {"digits": 3, "min_digits": 2}),
                                          ("arithmetic.mul", {"digits": 6, "min_digits": 4}),
                                          ("arithmetic.add", {"fractions": True, "operands": 3}),
                                          ("arithmetic.add", {"digits": 6, "min_digits": 3, "operands": 3,
                                                              "negatives": True}),
                                          ("arithmetic.sub", {"digits": 7, "min_digits": 4, "negatives": True}),
                                          ("arithmetic.div", {"digits": 4, "divisor_digits": 2, "exact": False})])
def test_no_equation_is_stated_twice_in_a_row(task, params):
    """'With the sign: −10 × 5 = −50.' was followed by 'So −10 × 5 = −50, and that is the value.', and 32 × 66
    worked out 32 × 6 for 32 × 60 and then again for the 6: the same equation twice, as a log repeats itself,
    not as a person thinks. Nor does a line open with "So" right after one that did ("So 56858 + 1374 = 58232."
    then "So −56858 − 1374 = −58232."): the sign put back is said as that; nor after a column sum worked one
    level in ("  So 1380 + 184 = 1564." then "So 23 × 68 = 1564.", in nearly every product): "That makes …"."""
    for record in _records(task, json.dumps(params, sort_keys=True), n=200, seed=3):
        texts = [step["text"] for step in record["steps"]]
        equations = [_equation_stated(text) for text in texts]
        for before, after in zip(equations, equations[1:]):
            assert before is None or before != after, (record["problem"], before)
        for before, after in zip(texts, texts[1:]):  # at any depth: a reader reads them one after the other
            assert not (before.lstrip().startswith("So ") and after.lstrip().startswith("So ")), \
                (record["problem"], before, after)


def test_a_product_worked_out_once_is_not_worked_out_again():
    """5/12 + 1/11 works out 12 × 11 = 132 for the common denominator; the check by subtracting back
    needs 132 ÷ 11, and 55/132 reduced by 11, and sees both through that product, as a careful person would:
    no remainders for a factor the trace has just multiplied by."""
    steps = [step["text"] for step in slowthink.solve("arithmetic.add", {"expression": "5/12 + 1/11"})["steps"]]
    worked = [step for step in steps if re.search(r"(12 × 11|11 × 12) = [^.]*\+", step)]
    assert len(worked) == 1
    check = steps[next(k for k, step in enumerate(steps) if is_check(step)):]
    assert any("132 = 12 × 11" in step for step in check) and not any(_CHAIN_LEAD.search(step) for step in check)
    assert not unworked_hard_facts(steps) and not unworked_factor_claims(steps)


@pytest.mark.parametrize("task, params", [
    ("arithmetic.div", {"digits": 8, "divisor_digits": 3}), ("arithmetic.div", {"digits": 4, "divisor_digits": 2, "exact": False}),
    ("arithmetic.mul", {"digits": 6, "min_digits": 1}), ("arithmetic.mul", {"digits": 3, "min_digits": 3}),
    ("arithmetic.add", {"fractions": True, "operands": 4, "max_denominator": 60}),
    ("arithmetic.sub", {"fractions": True, "operands": 3, "max_denominator": 40}),
])
def test_negative_traces_still_carry_one_slip_to_a_wrong_answer(task, params):
    """With the working now longer (short and long divisions, products split by place value), a planted
    slip still lands in the working, is the first false step, and flows on to a wrong answer: a slipped
    remainder of a division that comes out exact would change nothing, so the quotient slips instead."""
    records = _records(task, json.dumps({**params, "mistakes": 1.0}, sort_keys=True), n=120, seed=1)
    assert len(records) == 120
    for record in records:
        k, labels = record["mistake_step"], [step["label"] for step in record["steps"]]
        assert k is not None and labels == [True] * k + [False] * (len(labels) - k), record["problem"]
        assert not slowthink.verify(task, record["problem"], record["answer"]), record["problem"]


@pytest.mark.parametrize("task, params", [("arithmetic.div", {"digits": 6, "divisor_digits": 2, "exact": False}),
                                          ("arithmetic.add", {"fractions": True, "operands": 3, "max_denominator": 40}),
                                          ("arithmetic.mul", {"digits": 5, "min_digits": 1, "mistakes": 0.5})])
def test_the_same_seed_gives_the_same_bytes(task, params):
    first = [json.dumps(record, sort_keys=True) for record in slowthink.generate(task, 40, seed=8, **params)]
    again = [json.dumps(record, sort_keys=True) for record in slowthink.generate(task, 40, seed=8, **params)]
    assert first == again


# ---------------------------------------------------------------- a negative trace believes its slip to the end

def _false_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if any(claim.ok is False for claim in find_claims(line))]


def test_a_check_that_must_agree_lands_its_last_steps_on_the_believed_value():
    """A writer who has slipped and checks honestly would expose the slip; their check slips too, where it
    ends, by as little as makes it agree: a column sum, a step of short division, a digit sum."""
    import random

    from slowthink.core.phrasing import Voice
    from slowthink.solvers.written.checks import digit_sum_residue
    from slowthink.solvers.written.division import short_division
    from slowthink.solvers.written.sums import column_addition
    from slowthink.solvers.written.work import Work

    work = Work(Voice(random.Random(0)))
    assert column_addition(work, [1380, 184], aim=1574) == 1574  # 1564 truly
    assert len(_false_lines(work.lines)) == 2 and re.search(r"tens: 8 \+ 8 = 17", _false_lines(work.lines)[0])
    steps, quotient, remainder = short_division(work, 4722, 8, aim=590)  # 4720 ÷ 8 = 590
    assert (quotient, remainder) == (590, 0)
    honest = short_division(work, 4722, 8)[0].split("; ")  # ends "..., remainder 2"
    assert [k for k, (a, b) in enumerate(zip(steps.split("; "), honest)) if a != b] == [len(honest) - 1]
    notes: list[str] = []
    assert digit_sum_residue(notes, 727315, aim=6) == 6 and notes[0].startswith("7 + 2 + 7 + 3 + 1 + 5 = 24")
    assert short_division(work, 4720, 8, aim=590) == short_division(work, 4720, 8)  # an honest check agrees as it is


@pytest.mark.parametrize("task, params", [
    ("arithmetic.add", {"fractions": True, "operands": 4, "max_denominator": 60}),
    ("arithmetic.sub", {"fractions": True, "operands": 3, "max_denominator": 40}),
])
def test_a_hard_product_a_negative_got_wrong_is_stated_again_as_written(task, params):
    """"372 × 43 = ... = 15986" in the working, then the check worked it out again to 15996: the trace
    contradicted itself, where a positive states a product it has worked out once as it has it."""
    for record in _records(task, json.dumps({**params, "mistakes": 1.0}, sort_keys=True), n=150, seed=5):
        products: dict = {}
        for step in record["steps"]:
            for claim in find_claims(step["text"]):
                sides = [side.strip() for side in claim.text.split("=")]
                factors = re.fullmatch(r"(\d+) × (\d+)", sides[0])
                if factors and len(sides) > 1 and sides[-1].isdigit() and _hard_product(*map(int, factors.groups())):
                    pair = frozenset(map(int, factors.groups()))
                    assert products.setdefault(pair, sides[-1]) == sides[-1], (record["problem"], step["text"])


@pytest.mark.parametrize("expression", ["9 * 9 / (4 / 8)", "7 / (2 / 3)", "(3/4) * 5", "35 / (1/72)", "6 * (5/7)"])
def test_a_whole_number_in_a_fraction_product_gets_no_bottom_of_one(expression):
    """"81 × 2 = (81 × 2)/(1 × 1) = 162/1" is not how anyone writes it: a whole number has no bottom to
    multiply, and two whole numbers are one product."""
    record = slowthink.solve("arithmetic.expr", {"expression": expression})
    assert record["verified"]
    assert not re.search(r"\(1 × |× 1\)|\d/1\b", record["trace"]), record["trace"]


# ---------------------------------------------------------------- a common factor is found, not announced
# "Both 17640 and 20160 are divisible by 2520", "Reduce by 13", "43 and 68 share no factor": a person finds a
# common factor a glance cannot see by working, e.g. remainders (the Euclidean algorithm), each step an
# equation. At a glance: a one-digit number's factors, a common 2, 5 or 10 from the last digits, nothing
# shared with a number made of 2s and 5s, a small common factor (primes up to 7) of two numbers under 100.

_FACTOR_CLAIMS = [  # (pattern, which groups are the two numbers); "Reduce by g" takes the fraction it reduces
    re.compile(r"[Bb]oth (\d+) and (\d+) are divisible by \d+"),
    re.compile(r"(\d+) and (\d+) (?:share no|have no common|share the|have the common) factor"),
    re.compile(r"[Nn]o (?:common factor between|factor is common to) (\d+) and (\d+)"),
    re.compile(r"least common denominator of (\d+) and (\d+) is"),
    re.compile(r"(\d+) and (\d+) share \d+"), re.compile(r"[Cc]ancel \d+ from (\d+) and (\d+)"),  # cancelling
    re.compile(r"the (\d+) goes into the (\d+)"), re.compile(r"(\d+) ÷ (\d+) = \d+, so the \d+ cancels"),
]
_REDUCE_BY = re.compile(r"[Rr]educe by \d+")
_FRACTION = re.compile(r"(\d+)/(\d+)")
_STEP_EQUATION = re.compile(r"^(\d+) − (\d+) = (\d+)$|^(\d+) = (\d+) × (\d+)(?: \+ (\d+))?$")


def _only_2s_and_5s(n: int) -> bool:
    for p in (2, 5):
        while n % p == 0:
            n //= p
    return n == 1


def _needs_working(a: int, b: int) -> bool:
    g = gcd(a, b)
    if min(a, b) < 10 or g in (2, 5, 10) or max(a, b) % min(a, b) == 0 and g != 1 and min(a, b) < 100:
        return False
    if g == 1:
        return not (_only_2s_and_5s(a) or _only_2s_and_5s(b))
    small_primes = g
    for p in (2, 3, 5, 7):
        while small_primes % p == 0:
            small_primes //= p
    return min(a, b) >= 100 or small_primes > 1


def _remainder_steps(steps: list[str]) -> set[tuple[int, int, int]]:
    """(x, y, r) for every "x − y = r" (r < y) and "x = q × y + r" (r < y) a trace writes."""
    found = set()
    for text in steps:
        for claim in find_claims(text):
            m = _STEP_EQUATION.match(claim.text.strip().rstrip(".;,"))
            if not (m and claim.ok):
                continue
            if m.group(1):
                x, y, r = int(m.group(1)), int(m.group(2)), int(m.group(3))
            else:
                x, q, y, r = int(m.group(4)), int(m.group(5)), int(m.group(6)), int(m.group(7) or 0)
                found.add((x, q, r)) if r < q else None
            if r < y:
                found.add((x, y, r))
    return found


def _chain_written(a: int, b: int, earlier: list[str]) -> bool:
    """Whether the trace has found gcd(a, b) by remainders: from a, b (or from b and a's remainder by b, as
    reducing q + r/b does) every step down to a remainder of 0 or 1 is an equation written before."""
    written = _remainder_steps(earlier)
    big, small = max(a, b), min(a, b)
    for x, y in [(big, small)] + ([(small, big % small)] if big % small > 1 else []):
        while y > 1 and (x, y, x % y) in written:
            x, y = y, x % y
        if y in (0, 1) and (x, y) != (big, small):
            return True
        if y > 1 and x % y == 0 and (x, y, 0) in written:
            return True
    return False


_NAMED_PRIME = re.compile(r"(\d+) is prime|[Bb]oth (\d+) and (\d+) are prime|(\d+) and (\d+) are both prime")


def _prime_glance_written(a: int, b: int, earlier: list[str]) -> bool:
    """Whether the trace has seen at a glance that a and b share no factor: it names one a prime under 100
    (and it is one), and the other is smaller, also named a prime, or its remainder by the prime is written
    ("68 = 43 + 25", "97 = 7 × 13 + 6")."""
    named = {int(n) for text in earlier for m in _NAMED_PRIME.finditer(text) for n in m.groups() if n}
    text = " ".join(earlier)
    for p, other in ((a, b), (b, a)):
        prime = 1 < p < 100 and all(p % k for k in range(2, p))
        if not (prime and p in named and gcd(a, b) == 1):
            continue
        remainder = re.search(rf"\b{other} = (?:\d+ × )?{p} \+ (\d+)", text)
        if other < p or other in named or remainder and int(remainder.group(1)) < p:
            return True
    return False


def unworked_factor_claims(steps: list[str]) -> list[str]:
    """Every step that says two numbers share a factor (or none), or reduces by one, where a glance
    cannot see it and no working before it found it."""
    flagged = []
    for k, text in enumerate(steps):
        pairs = [tuple(map(int, m.groups())) for pattern in _FACTOR_CLAIMS for m in pattern.finditer(text)]
        for m in _REDUCE_BY.finditer(text):
            after = _FRACTION.search(text, m.end())
            before = _FRACTION.findall(steps[k - 1]) if k else []
            if after:
                pairs.append(tuple(map(int, after.groups())))
            elif before:
                pairs.append(tuple(map(int, before[-1])))
        for a, b in pairs:
            earlier = steps[:k + 1]
            if _needs_working(a, b) and not (_chain_written(a, b, earlier) or _prime_glance_written(a, b, earlier)
                                             or _factor_in_sight(a, b, gcd(a, b), " ".join(earlier[-2:]), [])):
                flagged.append(text)
    return flagged


FACTOR_SETTINGS = [
    ("arithmetic.add", {"fractions": True, "operands": 3, "digits": 3}),
    ("arithmetic.add", {"fractions": True, "operands": 4, "max_denominator": 60}),
    ("arithmetic.sub", {"fractions": True, "operands": 3, "max_denominator": 40}),
    ("arithmetic.mul", {"fractions": True, "max_denominator": 40}), ("arithmetic.div", {"fractions": True, "max_denominator": 40}),
    ("arithmetic.div", {"exact": False, "digits": 5}), ("arithmetic.div", {"exact": False, "digits": 8, "divisor_digits": 3}),
    ("arithmetic.expr", {"fractions": True, "depth": 3}), ("arithmetic.expr", {"depth": 3, "digits": 3}),
]


@pytest.mark.parametrize("task, params", FACTOR_SETTINGS, ids=[f"{t}-{i}" for i, (t, _) in enumerate(FACTOR_SETTINGS)])
def test_a_common_factor_no_glance_sees_is_found_by_working(task, params):
    claims = 0
    for record in _records(task, json.dumps(params, sort_keys=True), n=120, seed=3):
        steps = [step["text"] for step in record["steps"]]
        assert record["verified"] and all(step["label"] for step in record["steps"]), record["problem"]
        assert not unworked_factor_claims(steps), (record["problem"], unworked_factor_claims(steps)[:2])
        claims += sum(1 for text in steps if any(p.search(text) for p in _FACTOR_CLAIMS + [_REDUCE_BY]))
    assert claims > 0


def test_the_reader_of_unworked_factor_claims_finds_them():
    """What the traces used to say, it flags; a glance, or a claim after its remainders, it lets be."""
    for text in ["Both 17640 and 20160 are divisible by 2520; divide each by it.", "Reduce by 13: 68159/77324 = 5243/5948.",
                 "No common factor between 43 and 68: 43/68 stays as it is.", "Both 183 and 132 are divisible by 3: "
                 "183/132 = 61/44.", "34 and 51 share the factor 17: the least common denominator is 34 × (51 ÷ 17)."]:
        assert unworked_factor_claims([text]) == [text], text
    for text in ["Reduce by 2: 12/10 = 6/5.", "Both 39 and 15 are divisible by 3: 39/15 = 13/5.",
                 "No factor is common to 7 and 12, so the common denominator is their product: 7 × 12 = 84.",
                 "The least common denominator of 8 and 12 is 24."]:
        assert unworked_factor_claims([text]) == [], text
    worked = ["20160 − 17640 = 2520; 17640 = 7 × 2520.", "Both 17640 and 20160 are divisible by 2520; divide each by it."]
    assert unworked_factor_claims(worked) == []
    assert unworked_factor_claims(["68 − 43 = 25; 43 − 25 = 18; 25 − 18 = 7; 18 = 2 × 7 + 4; 7 − 4 = 3; 4 − 3 = 1.",
                                   "43 and 68 share no factor."]) == []
    assert unworked_factor_claims(["68 − 43 = 25; 43 − 25 = 18.", "43 and 68 share no factor."])  # stopped short


def test_remainders_find_the_common_factor_with_every_step_true():
    """The remainders end at the factor the reduction then uses, and at 1 for numbers sharing none."""
    record = slowthink.solve("arithmetic.div", {"expression": "59949913540439 / 77324"})
    steps = [step["text"] for step in record["steps"]]
    assert record["verified"] and all(step["label"] for step in record["steps"])
    reduce_at = next(k for k, text in enumerate(steps) if _REDUCE_BY.search(text) or "divisible by 13" in text)
    assert _chain_written(68159, 77324, steps[:reduce_at])
    record = slowthink.solve("arithmetic.add", {"expression": "1/49 + 1/85"})  # neither is prime
    steps = [step["text"] for step in record["steps"]]
    assert record["verified"] and all(step["label"] for step in record["steps"]) and _chain_written(49, 85, steps)


# ---------------------------------------------------------------- cancel first, primes at a glance, no tell

_OPERAND = r"\(?(−?\d+)(?:/(\d+))?\)?"
_TWO_FACTORS = re.compile(rf"^{_OPERAND} × {_OPERAND}$")
_PLAIN_FRACTION = re.compile(r"^−?(\d+)/(\d+)$")
FRACTION_PRODUCTS = [("arithmetic.mul", {"fractions": True, "max_denominator": 40}),
                     ("arithmetic.div", {"fractions": True, "max_denominator": 40}),
                     ("arithmetic.expr", {"depth": 2, "fractions": True})]


def _unreduced_products(steps: list[str]) -> list[str]:
    """Every claim that multiplies two numbers, one a fraction, and lands on a fraction not in lowest terms
    ("(4/3) × (1/4) = (4 × 1)/(3 × 4) = 4/12"): a product that cancelled first never needs reducing after."""
    found = []
    for text in steps:
        for claim in find_claims(text):
            sides = [side.strip() for side in claim.text.split("=")]
            factors, value = _TWO_FACTORS.match(sides[0]), _PLAIN_FRACTION.match(sides[-1].rstrip("."))
            if factors and "/" in sides[0] and value and gcd(*map(int, value.groups())) != 1:
                found.append(text)
    return found


@pytest.mark.parametrize("task, params", FRACTION_PRODUCTS)
def test_a_fraction_product_cancels_before_it_multiplies(task, params):
    """"(4/3) × (1/4) = (4 × 1)/(3 × 4) = 4/12. Both 4 and 12 are divisible by 4": a careful person cancels the
    4s first and writes 1/3. Every product of fractions lands in lowest terms, and the traces say they cancel."""
    cancelled = 0
    for record in _records(task, json.dumps(params, sort_keys=True), n=150, seed=4):
        steps = [step["text"] for step in record["steps"]]
        assert record["verified"] and all(step["label"] for step in record["steps"]), record["problem"]
        assert not _unreduced_products(steps), (record["problem"], _unreduced_products(steps)[:2])
        cancelled += any("cancel" in text for text in steps)
    assert cancelled > 10
    assert _unreduced_products(["(4/3) × (1/4) = (4 × 1)/(3 × 4) = 4/12."])  # the reader sees the old way


def test_cancelling_shows_the_factor_and_keeps_the_numbers_small():
    steps = [s["text"] for s in slowthink.solve("arithmetic.mul", {"expression": "(4/3) * (1/4)"})["steps"]]
    assert any("the 4s cancel" in step or "the 4 on top and the 4 below cancel" in step for step in steps)
    assert any(step.endswith("(4/3) × (1/4) = 1/3.") for step in steps) and not any("12" in step for step in steps)
    steps = [s["text"] for s in slowthink.solve("arithmetic.mul", {"expression": "(12/5) * (7/18)"})["steps"]]
    assert any("12 and 18 share 6, 12 ÷ 6 = 2 and 18 ÷ 6 = 3" in step for step in steps)


_CHAIN_LEAD = re.compile(r"(?:common factor of|What do) (\d+) and (\d+)")
_SAID_NONE = re.compile(r"share no factor|no common factor|No factor is common|No common factor")
PRIME_SETTINGS = [("arithmetic.add", {"fractions": True, "operands": 3, "max_denominator": 99}),
                  ("arithmetic.sub", {"fractions": True, "operands": 2, "max_denominator": 99}),
                  ("arithmetic.div", {"exact": False, "digits": 4, "divisor_digits": 2})]


def _is_small_prime(n: int) -> bool:
    return 1 < n < 100 and all(n % k for k in range(2, n))


@pytest.mark.parametrize("task, params", PRIME_SETTINGS)
def test_a_prime_known_on_sight_shows_two_numbers_share_no_factor(task, params):
    """"59 and 82 share no factor" needs no remainders: 59 is prime and does not divide 82. No remainder chain
    proves two numbers coprime where one is a prime under 100 (unless its remainder by the prime takes a hard
    product); every "is prime" is true; and what the working has just said (they share no factor) is not said
    again on the next line."""
    glances = 0
    for record in _records(task, json.dumps(params, sort_keys=True), n=150, seed=6):
        steps = [step["text"] for step in record["steps"]]
        assert record["verified"] and all(step["label"] for step in record["steps"]), record["problem"]
        for text in steps:
            for pair in _CHAIN_LEAD.findall(text):  # a remainder by the prime that takes a hard product: chain
                a, b = map(int, pair)
                glance = [p for p, other in ((a, b), (b, a)) if _is_small_prime(p) and not _hard_product(other // p, p)]
                assert gcd(a, b) > 1 or not glance, (record["problem"], text)
            named = [int(n) for m in _NAMED_PRIME.finditer(text) for n in m.groups() if n]
            assert all(map(_is_small_prime, named)), (record["problem"], text)
            glances += bool(named)
        for before, after in zip(steps, steps[1:]):
            assert not (_SAID_NONE.search(before) and _SAID_NONE.search(after)), (record["problem"], before, after)
    assert glances > 5


def test_a_prime_glance_replaces_the_remainder_chain():
    steps = [s["text"] for s in slowthink.solve("arithmetic.add", {"expression": "1/43 + 1/68"})["steps"]]
    over_common = next(k for k, step in enumerate(steps) if re.match(r"\d+/2924 \+", step))
    steps = steps[:over_common]  # (why the sum after is in lowest terms is another question, with its own working)
    assert not any(_CHAIN_LEAD.search(step) for step in steps)
    assert any("43 is prime" in step and "68 = 43 + 25" in step for step in steps)
    assert _prime_glance_written(43, 68, steps) and not unworked_factor_claims(steps)
    assert not _prime_glance_written(43, 68, ["43 is prime."])  # the other's remainder is not shown
    assert not _prime_glance_written(91, 100, ["91 is prime; 100 = 91 + 9."])  # 91 = 7 × 13


def test_exact_division_negatives_end_as_positives_do():
    """A positive of an exact division ends "remainder 0", a whole answer and a check by multiplying back; a
    negative that ended "remainder 4 ... 375/7 stays as it is" gave itself away by shape. Its slip is now a
    times-table one that keeps every remainder true: labelled at the planted step, answer wrong."""
    params = json.dumps({"exact": True, "digits": 4, "divisor_digits": 2, "mistakes": 1.0}, sort_keys=True)
    for record in _records("arithmetic.div", params, n=150, seed=2) + _records("arithmetic.div", params, n=150, seed=3):
        k, labels = record["mistake_step"], [step["label"] for step in record["steps"]]
        assert k is not None and labels == [True] * k + [False] * (len(labels) - k), record["problem"]
        assert not slowthink.verify("arithmetic.div", record["problem"], record["answer"])
        assert "/" not in record["answer"], record["trace"]
        done = [step["text"] for step in record["steps"] if "remainder" in step["text"]]
        assert all(text.rstrip(".").endswith(("remainder 0", "with remainder 0")) for text in done), record["trace"]


@pytest.mark.parametrize("task, params", [("arithmetic.expr", {"fractions": True, "depth": 2}),
                                          ("arithmetic.mul", {"fractions": True})])
def test_a_slipped_fraction_product_stays_in_lowest_terms_as_true_ones_do(task, params):
    """After cancelling across, a true product never needs reducing; a slip that left one to reduce ("21 ÷ 3 = 6 …
    = 6/10. Reduce by 2") appeared only in negatives, 340 of 1,809 product lines: a tell by shape."""
    product = re.compile(r"\) × \(.*= −?(\d+)/(\d+)\.$")
    for mistakes in (0.0, 1.0):
        found = 0
        for record in _records(task, json.dumps({**params, "mistakes": mistakes}, sort_keys=True), n=300, seed=5):
            for step in record["steps"]:
                m = product.search(step["text"].strip())
                if m:
                    found += 1
                    assert gcd(int(m.group(1)), int(m.group(2))) == 1, record["trace"]
        assert found > 100


# ---------------------------------------------------------------- a check in proportion: nothing hidden, nothing overbuilt

CHECK_SETTINGS = [("arithmetic.add", {"fractions": True, "operands": 3, "max_denominator": 40}),
                  ("arithmetic.sub", {"fractions": True, "operands": 3, "max_denominator": 40}),
                  ("arithmetic.mul", {"fractions": True, "max_denominator": 40}),
                  ("arithmetic.div", {"fractions": True, "max_denominator": 40})]


@pytest.mark.parametrize("task, params", CHECK_SETTINGS)
def test_a_check_in_one_line_hides_no_hard_arithmetic(task, params):
    """"Check: −727/330 + 43/33 + 3/2 = 3/5" reduces 297/330 by 33 in the head, and "23792 ÷ 7435 = 16/5"
    by 1487: whether a check is one line was decided on the numbers before cancelling. A one-line check
    is read strictly (`_is_check`): it states nothing hard and cancels by nothing that takes finding."""
    checks = 0
    for record in _records(task, json.dumps(params, sort_keys=True), n=200, seed=5):
        steps = [step["text"] for step in record["steps"]]
        assert record["verified"] and all(step["label"] for step in record["steps"]), record["problem"]
        assert not unworked_hard_facts(steps), (record["problem"], unworked_hard_facts(steps)[:2])
        checks += sum(_is_check(text, steps[:k]) for k, text in enumerate(steps))
    assert checks > 30


def test_the_strict_reading_of_a_one_line_check_finds_what_it_hides():
    worked = ["  7435 ÷ 5: 5 goes into 7 once, remainder 2; 5 goes into 24 four times, remainder 4; 5 goes into 43 "
              "eight times, remainder 3; 5 goes into 35 seven times. So 7435 ÷ 5 = 1487.",
              "  1487 × 16 = 1487 × 10 + 1487 × 6 = 14870 + 8922 = 23792.", "So (16/5) × 7435 = 23792."]
    assert unworked_hard_facts(worked + ["Check by dividing back: 23792 ÷ 7435 = 16/5. Right."])
    assert unworked_hard_facts(["So 2912 + 7280 = 10192.", "Check: 364 × 28 = 10192."])  # a result met is no excuse
    assert unworked_hard_facts(["Check: 91 ÷ 39 = 7/3. Good."])  # 13 takes finding
    assert not unworked_hard_facts(worked + ["Check by dividing back: 23792 ÷ (16/5) = 7435. Right."])
    assert not unworked_hard_facts(["23 × 11 = 230 + 23 = 253.", "  Cancel across first: 253 = 23 × 11 and 33 = 3 × 11 "
                                    "share 11. 253 × (2/33) = (23 × 2)/3 = 46/3."])


@pytest.mark.parametrize("expression", ["(16/5) * 7435", "7435 * (16/5)"])
def test_a_whole_number_times_a_fraction_is_checked_by_dividing_by_the_fraction(expression):
    for seed in range(3):
        record = slowthink.solve("arithmetic.mul", {"expression": expression}, seed=seed)
        steps = [step["text"] for step in record["steps"]]
        assert record["verified"] and all(step["label"] for step in record["steps"]), steps
        check = [step for step in steps if is_check(step)]
        assert check and re.search(r"23792 ÷ \(16/5\) = .*= 7435\b", check[0]), steps
        assert not unworked_hard_facts(steps), unworked_hard_facts(steps)


def test_a_check_uses_the_factors_the_working_has_just_found():
    """253 = 23 × 11 was worked out a line before and 33 = 3 × 11 is a times-table fact: cancelling 11 in
    the check is seen, not found by remainders (no chain for 253 and 33)."""
    for seed in range(4):
        steps = [s["text"] for s in slowthink.solve("arithmetic.mul", {"expression": "(46/3) * (33/2)"}, seed=seed)["steps"]]
        assert not any(_CHAIN_LEAD.search(step) for step in steps), steps
        assert any("253 = 23 × 11 and 33 = 3 × 11" in step for step in steps) or \
            any(is_check(step) and step.endswith(("Right.", "right.", "Good.", "as it should.", "as it should be."))
                for step in steps), steps
        assert not unworked_hard_facts(steps)


# ---------------------------------------------------------------- a product worked below its line

_PRODUCT_LEFT = re.compile(r"(?:.*\. )?(.+) = (\d+) × (\d+)\.$")


@pytest.mark.parametrize("task, params", FRACTION_PRODUCTS)
def test_a_product_worked_out_below_its_line_is_stated_at_that_level(task, params):
    """"(46/3) × (33/2) = 23 × 11." then 23 × 11 worked out one indent deeper: the line after the working,
    at the level of the product's own line, says what (46/3) × (33/2) came to."""
    restated = 0
    for record in _records(task, json.dumps(params, sort_keys=True), n=300, seed=9) + tuple(
            slowthink.solve("arithmetic.mul", {"expression": "(46/3) * (33/2)"}, seed=s) for s in range(2)):
        steps = [step["text"] for step in record["steps"]]
        for k, text in enumerate(steps):
            m = _PRODUCT_LEFT.match(text.strip())
            indent = len(text) - len(text.lstrip())
            if not m or "/" not in m.group(1) or k + 1 == len(steps) or not steps[k + 1].startswith(" " * (indent + 2)):
                continue
            after = next(s for s in steps[k + 1:] if len(s) - len(s.lstrip()) <= indent)
            value = int(m.group(2)) * int(m.group(3))
            assert _conclusion(after) == f"{m.group(1)} = {value}.", (record["problem"], text, after)
            restated += 1
    assert restated > 0


# ---------------------------------------------------------------- zero, by its rule

@pytest.mark.parametrize("task, expression, line", [
    ("arithmetic.mul", "0 * (27/7)", "0 × (27/7) = 0."), ("arithmetic.mul", "(27/7) * 0", "(27/7) × 0 = 0."),
    ("arithmetic.mul", "0 * 37", "0 × 37 = 0."), ("arithmetic.div", "0 / (3/4)", "0 ÷ (3/4) = 0."),
    ("arithmetic.div", "0 / (-17)", "0 ÷ (−17) = 0."), ("arithmetic.sub", "3/4 - 3/4", "3/4 − 3/4 = 0."),
    ("arithmetic.add", "0 + 3/4", "0 + 3/4 = 3/4."), ("arithmetic.sub", "3/4 - 0", "3/4 − 0 = 3/4."),
    ("arithmetic.sub", "0 - 3/4", "0 − 3/4 = −3/4."), ("arithmetic.add", "-3/4 + 3/4", "−3/4 + 3/4 = 0."),
    ("arithmetic.add", "0 + 357", "0 + 357 = 357."),
])
def test_zero_is_handled_by_its_rule_in_one_line(task, expression, line):
    """"0 × (27/7) = (0 × 27)/7 = 0/7. 0/7 = 0, since 7 goes into 0 exactly 0 times" is no one's working: a
    careful person says anything times 0 is 0."""
    for seed in range(3):
        record = slowthink.solve(task, {"expression": expression}, seed=seed)
        steps = [step["text"] for step in record["steps"]]
        assert record["verified"] and all(step["label"] for step in record["steps"]), steps
        assert steps[1].endswith(line) and ":" in steps[1], steps
        assert not any(re.search(r"(?<![\d/])0/\d|exactly 0 times|common denominator", step) for step in steps), steps


def test_zero_inside_fraction_expressions_is_said_by_its_rule():
    zero_rules = 0
    for record in _records("arithmetic.expr", json.dumps({"depth": 3, "fractions": True, "negatives": True}), n=300,
                           seed=3):
        for step in record["steps"]:
            assert not re.search(r"(?<![\d/])0/\d|exactly 0 times|\(0 × |× 0\)", step["text"]), record["problem"]
            zero_rules += bool(re.search(r"is 0:|changes nothing|leaves its negative|as it is:", step["text"]))
        assert record["verified"] and all(step["label"] for step in record["steps"]), record["problem"]
    assert zero_rules > 5


def test_a_whole_number_in_a_fraction_sum_goes_straight_over_the_fractions_bottom():
    """"2 = 12/6", never "the least common denominator of 1 and 6": a whole number has no denominator to
    find a common multiple of."""
    wholes = 0
    for task, params in (("arithmetic.expr", {"fractions": True, "depth": 3}), ("arithmetic.sub", {"fractions": True}),
                         ("arithmetic.add", {"fractions": True, "operands": 4})):
        for record in slowthink.generate(task, 150, seed=41, **params):
            trace = record["trace"]
            assert not re.search(r"denominator of 1 and|of \d+ and 1 is|a multiple of 1\b", trace), trace
            wholes += len(re.findall(r"(?:Write|Put) −?\d+ over \d+|Over \d+, −?\d+ = ", trace))
    assert wholes > 10
    record = slowthink.solve("arithmetic.add", {"expression": "2 + 5/6"})
    assert "2 = 12/6" in record["trace"] and "common denominator" not in record["trace"] and record["verified"]


@pytest.mark.parametrize("expression", ["92063*1", "1*457", "(3/4)*1", "-1*57"])
def test_a_factor_of_one_is_a_rule_not_a_product_to_check(expression):
    record = slowthink.solve("arithmetic.mul", {"expression": expression})
    assert record["verified"] and all(step["label"] for step in record["steps"])
    assert "÷ 1 " not in record["trace"] and "check" not in record["trace"].lower(), record["trace"]
    assert len(record["steps"]) == 3


def test_a_multiplier_of_one_digit_and_zeros_is_one_row_and_a_shift():
    shifted = 0
    for record in slowthink.generate("arithmetic.mul", 200, seed=42, digits=5):
        a, b = (abs(int(x)) for x in record["problem"]["expression"].split("*"))
        short = min(a, b) if len(str(a)) != len(str(b)) else b
        if len(str(short).rstrip("0")) == 1 and len(str(short)) > 1 and max(a, b) >= 100:
            assert "row is 0" not in record["trace"], record["trace"]
            shifted += 1
    record = slowthink.solve("arithmetic.mul", {"expression": "62444*500"})
    assert "row is 0" not in record["trace"] and "312220 × 100 = 31222000" in record["trace"]
    assert shifted > 0


def test_a_check_by_swapped_factors_takes_the_order_the_working_did_not():
    swapped = 0
    for record in slowthink.generate("arithmetic.mul", 200, seed=43, digits=3, min_digits=2, check_by="swap"):
        trace = record["trace"]
        top = re.search(r"(?:multiply|Take) (\d+) (?:by each digit|times each digit) of (\d+)", trace)
        check = re.search(r"(?:swapped|other order): (\d+) × (\d+)\.", trace)
        if top and check:
            # (the working may have set end zeros aside: 780 × 327 is worked as 327 times each digit of 78)
            assert [n.rstrip("0") for n in check.groups()] == [n.rstrip("0") for n in top.groups()[::-1]], trace
            swapped += "longer number on top" in trace or "shorter to multiply" in trace
    assert swapped > 10


def _carry(a: int, b: int) -> bool:
    return any(a % 10**k + b % 10**k >= 10**k for k in range(1, len(str(max(a, b))) + 1))


def test_a_check_by_grouping_hides_no_sum_with_a_carry():
    """"(223 + 43949) + (1 + 34447) = 44172 + 34448 = 78620" in one breath hides two sums with carries: no
    line states one. (Such a check is now cast out by nines: regrouped, it would be column work twice over.)"""
    worked = 0
    for record in slowthink.generate("arithmetic.add", 150, seed=44, operands=4, digits=5):
        for step in record["steps"]:
            text = step["text"].strip()
            if re.fullmatch(r"So [\d +]+ = \d+\.", text):  # the end of column work
                continue
            for a, b in re.findall(r"(?<![\d/+] )(?<![\d/])(\d{3,}) \+ (\d{3,}) = ", text):
                assert not _carry(int(a), int(b)), (record["trace"], text)
        worked += "casting out nines" in record["trace"]
    assert worked > 50


# ---------------------------------------------------------------- readability: what a person would not write

def test_a_positive_result_says_nothing_about_its_sign_and_a_negative_one_puts_it_back_in_an_equation():
    """"With the sign: 608." after "2 negative factors, so the product is positive" said nothing; a negative
    result puts its minus sign back on the problem as written, an equation the verifier reads."""
    signed = 0
    for task, params in (("arithmetic.mul", {"negatives": True, "operands": 3, "digits": 3}),
                         ("arithmetic.mul", {"fractions": True, "negatives": True}),
                         ("arithmetic.div", {"exact": False, "digits": 5, "negatives": True})):
        for record in slowthink.generate(task, 150, seed=12, **params):
            last = record["steps"][-2]["text"]
            assert "With the sign" not in record["trace"], record["trace"]
            if record["answer"].startswith("-"):
                assert re.search(r"minus sign|its sign", last) and last.endswith(f"= −{record['answer'][1:]}."), last
                signed += 1
            else:
                assert "sign" not in last, record["trace"]
    assert signed > 100


@pytest.mark.parametrize("params", [{"digits": 4, "min_digits": 2}, {"digits": 3, "min_digits": 2, "check_by": "swap"},
                                    {"digits": 6, "min_digits": 1}])
def test_end_zeros_wait_and_the_number_with_more_digits_that_count_goes_on_top(params):
    """700 × 83 was worked with 700 on top ("700 × 3: 0 × 3 = 0, write 0; 0 × 3 = 0, ..."), 210 × 314 with a
    row of 0: a person puts the number with more digits that count on top and sets end zeros aside."""
    zeros_aside = 0
    for record in slowthink.generate("arithmetic.mul", 300, seed=45, **params):
        trace = record["trace"]
        assert not re.search(r"\d0 × \d: 0 × \d = 0", trace), trace  # a top's end zero multiplied out
        assert "The ones digit is 0" not in trace, trace
        zeros_aside += bool(re.search(r"zeros? at the end can wait|end zeros? aside", trace))
    assert zeros_aside > 10
    record = slowthink.solve("arithmetic.mul", {"expression": "700 * 83"})
    assert "83 × 7 = " in record["trace"] and "700 × 3" not in record["trace"] and record["verified"]


def test_a_row_for_a_digit_one_is_the_number_itself_not_a_row_found_before():
    """"31525 × 1 = 31525, as before" looked back for what needs no finding: a digit 1's row is the number
    itself, shifted."""
    ones = 0
    for record in slowthink.generate("arithmetic.mul", 300, seed=45, digits=5, min_digits=3):
        assert not re.search(r"× 1 = \d+, (as before|the same)|× 1 again", record["trace"]), record["trace"]
        ones += bool(re.search(r"row: (\d+) × 10+ = \1", record["trace"]))
    assert ones > 10


_COLUMN_SUM = re.compile(r"(?:Line up|Add|Column addition for) (\d+) \+ (\d+)(?: and add| column|:)")
_COLUMN_DIFFERENCE = re.compile(r"(?:Subtract (\d+) − (\d+) column|Column subtraction, (\d+) − (\d+):|Write (\d+) under (\d+))")


@pytest.mark.parametrize("task, params", [("arithmetic.add", {"digits": 6, "operands": 3, "negatives": True}),
                                          ("arithmetic.sub", {"digits": 7, "negatives": True}),
                                          ("arithmetic.add", {"digits": 5}), ("arithmetic.mul", {"digits": 3})])
def test_a_sum_with_a_one_digit_addend_or_no_carry_is_said_not_worked_in_columns(task, params):
    """"8 + 700" and "33410 + 11" were worked column by column ("tens: 1 + 1 = 2, hundreds: 4, ..."), as was
    "825611 − 6": a person just says them, or adds the last digits ("98 + 72 = 170, so 916598 + 72 = 916670")."""
    said = 0
    for record in slowthink.generate(task, 200, seed=46, **params):
        for step in record["steps"]:
            text = step["text"]
            for a, b in _COLUMN_SUM.findall(text):
                small, big = sorted((int(a), int(b)))
                assert small >= 10 and (_carry(small, big) or small >= 1000), (record["problem"], text)
            for m in _COLUMN_DIFFERENCE.findall(text):
                a, b = (int(m[0]), int(m[1])) if m[0] else (int(m[2]), int(m[3])) if m[2] else (int(m[5]), int(m[4]))
                borrow = any(a % 10**k < b % 10**k for k in range(1, len(str(b)) + 1))
                assert borrow or b >= 1000, (record["problem"], text)
            said += bool(re.fullmatch(r"\s*(\d+ [+−] \d+ = \d+, so )?\d+ [+−] \d+ = \d+\.", text))
    assert said > (5 if task == "arithmetic.mul" else 20)


@pytest.mark.parametrize("task, params", [("arithmetic.mul", {"digits": 4, "min_digits": 2}),
                                          ("arithmetic.mul", {"digits": 12, "min_digits": 6}),
                                          ("arithmetic.div", {"digits": 10, "divisor_digits": 5, "exact": False})])
def test_every_remainder_a_nines_check_names_is_read_by_the_verifier(task, params):
    """"…; so it leaves 7" was words the verifier passed unread: a wrong remainder there kept its label. Each
    remainder a nines check says, changed, now makes its step the first false one."""
    changed = 0
    for record in slowthink.generate(task, 60, seed=47, **params):
        steps = [step["text"] for step in record["steps"]]
        for k, text in enumerate(steps):
            m = re.search(r"(leaves|should leave) (\d)\b", text)
            if not m:
                continue
            wrong = text[:m.start(2)] + str((int(m.group(2)) + 4) % 9) + text[m.end(2):]
            labels = slowthink.label_steps(task, record["problem"], steps[:k] + [wrong] + steps[k + 1:])
            assert labels == [True] * k + [False] * (len(steps) - k), (record["problem"], wrong)
            changed += 1
    assert changed > 100


def _column_work_said(line: str) -> list[str]:
    """The sums and differences of whole numbers a line states in one breath that are column work: sizes of
    three or more digits with a carry (same signs) or a borrow (opposite signs, not close enough to count up)."""
    found = []
    for x, op, y in re.findall(r"(?:^|: |= |\()(−?\d{3,}) ([+−]) \(?(−?\d{3,})\)?(?= =)", line.strip()):
        a, b = int(x.replace("−", "-")), int(y.replace("−", "-")) * (1 if op == "+" else -1)
        big, small = max(abs(a), abs(b)), min(abs(a), abs(b))
        if _carry(big, small) if (a < 0) == (b < 0) else big - small >= 100 and any(
                big % 10**k < small % 10**k for k in range(1, len(str(small)) + 1)):  # (2056 − 1963: count up)
            found.append(f"{x} {op} {y}")
    return found


@pytest.mark.parametrize("params", [{"digits": 6, "operands": 3}, {"digits": 6, "operands": 3, "negatives": True},
                                    {"digits": 12, "operands": 5}, {"digits": 5, "operands": 4, "negatives": True}])
def test_a_check_of_a_long_sum_is_short_and_hides_no_column_work(params):
    """Grouping 31366 + 715510 + 301379 differently meant two more column additions: a check of 20 lines, as
    long as the working. Where regrouping is column work, the sum is checked by casting out nines: a line per
    number and two more. And no check says a sum or difference of big numbers with a carry or borrow at once
    ("−1184 + 200807 = 199623")."""
    nines = 0
    for record in slowthink.generate("arithmetic.add", 150, seed=48, **params):
        lines = record["trace"].splitlines()
        start = next(k for k, line in enumerate(lines) if is_check(line))
        check = lines[start:-1]
        assert len(check) <= params["operands"] + 4, record["trace"]  # (mixed signs: a line for each sign's total)
        for line in check:
            assert not _column_work_said(line), (record["problem"], line)
        nines += "nines" in check[0]
    assert nines > 50


def test_a_sum_of_negatives_adds_the_sizes_and_keeps_the_minus():
    """"Positives give 0, negatives give −1131; now 0 − 1131" took away from a 0 that was never there."""
    for seed in range(4):
        record = slowthink.solve("arithmetic.add", {"expression": "-954 + (-90) + (-87)"}, seed=seed)
        assert "Positives give 0" not in record["trace"] and "0 − 1131" not in record["trace"], record["trace"]
        assert "−954 + (−90) + (−87) = −1131." in record["trace"] and record["verified"]


@pytest.mark.parametrize("task, params", [("arithmetic.add", {"digits": 6}), ("arithmetic.add", {"digits": 7, "negatives": True}),
                                          ("arithmetic.sub", {"digits": 7, "negatives": True}), ("arithmetic.sub", {"digits": 5}),
                                          ("arithmetic.sub", {"digits": 5, "operands": 3, "negatives": True})])
def test_a_check_of_two_whole_numbers_works_in_steps_what_a_glance_cannot_do(task, params):
    """"Check: −9369116 + 9969187 = 600071" and "Check by subtracting back: 1048255 − 301379 = 746876" each
    stated a subtraction with borrows in one line. A check undoes on the sizes what the working did, in columns
    where that is column work, and no one-line check states such a sum or difference."""
    worked = 0
    for record in slowthink.generate(task, 200, seed=49, **params):
        steps = [step["text"] for step in record["steps"]]
        start = next(k for k, text in enumerate(steps) if is_check(text))
        for text in steps[start:]:
            assert not _column_work_said(text) or re.match(r"\s*So ", text), (record["problem"], text)
        worked += any(re.match(r"\s+(ones|tens):", text) or "nines" in text for text in steps[start:])
    assert worked > 40


@pytest.mark.parametrize("task, params", [("arithmetic.div", {"digits": 4, "divisor_digits": 2, "exact": False}),
                                          ("arithmetic.div", {"digits": 6, "divisor_digits": 2, "exact": False}),
                                          ("arithmetic.mul", {"digits": 4, "min_digits": 2}),
                                          ("arithmetic.mul", {"digits": 3, "min_digits": 2})])
def test_a_product_in_a_check_is_split_into_glances_and_added_in_steps(task, params):
    """"29 × 8746 = 20 × 8746 + 9 × 8746 = 174920 + 78714 = 253634" did 9 × 8746 and a sum with carries in
    the head, and "29 × 368 = … = 8700 + 1740 + 232 = 10672" added three numbers in one breath. A part of a
    product split in a check is at most a two-digit number times a digit (and zeros); three parts are added two
    at a time; what splits no better is cast out by nines."""
    split = 0
    for record in slowthink.generate(task, 200, seed=50, **params):
        texts = [step["text"] for step in record["steps"]]
        start = next(k for k, text in enumerate(texts) if not text.startswith(" ") and "check" in text.lower())
        for text in texts[start:]:
            for x, y in re.findall(r"(?:= |\+ )(\d+) × (\d+)(?= \+| =)", text):  # the parts of a split product
                assert min(_sig(int(x)), _sig(int(y))) < 10 and max(_sig(int(x)), _sig(int(y))) < 100, (record["problem"], text)
            assert not re.search(r"= \d+ \+ \d+ \+ \d+ = ", text), (record["problem"], text)
            split += " × " in text and " + " in text
    assert split > 50


def test_two_numbers_of_two_digits_are_checked_with_the_factors_swapped():
    """23 × 11 was cast out by nines because the check asked which factor it would rather split, not whether
    the swapped order splits into glances: the other order, in the head, is the check EXAMPLES.md shows."""
    for expression in ("23 * 11", "23 * 68", "47 * 52"):
        trace = slowthink.solve("arithmetic.mul", {"expression": expression})["trace"]
        assert "nines" not in trace and re.search(r"(other order|swapped): \d+ × \d+\.", trace), trace


@pytest.mark.parametrize("task, params", [("arithmetic.add", {"fractions": True}),
                                          ("arithmetic.add", {"fractions": True, "operands": 3}),
                                          ("arithmetic.sub", {"fractions": True, "negatives": True}),
                                          ("arithmetic.sub", {"fractions": True, "operands": 3, "max_denominator": 12}),
                                          ("arithmetic.mul", {"fractions": True, "negatives": True}),
                                          ("arithmetic.div", {"fractions": True})])
def test_a_fraction_check_shows_each_step_it_takes(task, params):
    """"Check: 74/77 + 6/7 = 20/11" scaled, added and reduced in one breath, "(144/55) ÷ (18/11) = 8/5" flipped
    and cancelled, and "8/5 + (4/3 + 11/6) = 8/5 + 19/6 = 143/30" did two sums over two denominators in one
    line. A check says each step: both over the common denominator, the tops combined, then reduced; a
    division flipped; a sum of several fractions a line per sum."""
    sum_of_two = re.compile(r"−?\(?(−?\d+)/(\d+)\)? [+−] \(?(−?\d+)(?:/(\d+))?\)?")
    checked = 0
    for record in slowthink.generate(task, 150, seed=51, **params):
        texts = [step["text"] for step in record["steps"]]
        start = next(k for k, text in enumerate(texts) if not text.startswith(" ") and "check" in text.lower())
        for text in texts[start:]:
            for claim in find_claims(text):
                sides = [side.strip() for side in claim.text.split("=")]
                if len(sides) < 2:
                    continue
                checked += 1
                m = sum_of_two.fullmatch(sides[0])
                if m and m.group(4) and m.group(2) != m.group(4):  # different denominators: a common one shown
                    assert len(sides) >= 3, (record["problem"], text)
                if "÷" in sides[0] and "/" in sides[0]:  # a division of fractions: flipped, then multiplied
                    assert "×" in sides[1], (record["problem"], text)
                assert sides[0].count(" + ") + sides[0].count(" − ") <= 1 or len(sides) == 2 and "/" not in text, \
                    (record["problem"], text)
    assert checked > 30


@pytest.mark.parametrize("task, params", [("arithmetic.mul", {"fractions": True, "negatives": True}),
                                          ("arithmetic.div", {"fractions": True}),
                                          ("arithmetic.expr", {"depth": 2, "fractions": True})])
def test_what_cancels_is_said_on_its_own_line_before_the_product(task, params):
    """"Cancel before multiplying: 4 and 14 share 2, 4 ÷ 2 = 2 and 14 ÷ 2 = 7; 9 ÷ 3 = 3, so the 3 cancels.
    (4/3) × (9/14) = (2 × 3)/7 = 6/7." was two cancellations and a product in one line; the product now has a
    line of its own, and a slip in it is still labelled there."""
    cancelled = 0
    for mistakes in (0.0, 1.0):
        for record in slowthink.generate(task, 150, seed=52, mistakes=mistakes, **params):
            k, labels = record["mistake_step"], [step["label"] for step in record["steps"]]
            assert k is None and all(labels) or labels == [True] * k + [False] * (len(labels) - k), record["problem"]
            for step in record["steps"]:
                text = step["text"].strip()
                if re.match(r"(Cancel|First cancel)", text):
                    assert not re.search(r"\. .*\) × \(", text), (record["problem"], text)
                    cancelled += 1
    assert cancelled > 40


def test_a_sum_of_partial_products_said_at_a_glance_is_said_where_it_is_asked_for():
    """"Now add the partial products: 230 + 23." and, a line below, "230 + 23 = 253." announced a sum and then
    said it: a sum with nothing to carry is said on the line that asks for it."""
    said = 0
    for record in slowthink.generate("arithmetic.mul", 200, seed=53, digits=2, min_digits=2):
        steps = [step["text"] for step in record["steps"]]
        for text, after in zip(steps, steps[1:]):
            m = re.fullmatch(r"(?:Now add the partial products|Add the two parts): (\d+) \+ (\d+)\.", text)
            if m:
                assert after.strip() != f"{m.group(1)} + {m.group(2)} = {int(m.group(1)) + int(m.group(2))}.", steps
            said += bool(re.fullmatch(r"(?:Now add the partial products|Add the two parts): \d+ \+ \d+ = \d+\.", text))
    assert said > 20


def test_a_nines_remainder_of_9_is_said_to_count_as_0_before_it_is_used_as_0():
    """"The positives leave 2 + 7 = 9; the negatives leave 4." then "0 + 9 − 4 = 5": the 9 became a 0 unsaid."""
    trace = slowthink.solve("arithmetic.add", {"expression": "88418 + 79 + (-5575)"})["trace"]
    assert "2 + 7 = 9, and 9 counts as 0" in trace and "0 + 9 − 4 = 5" in trace, trace


@pytest.mark.parametrize("task, params", [("arithmetic.div", {"digits": 6, "divisor_digits": 2, "exact": False}),
                                          ("arithmetic.add", {"fractions": True, "operands": 4, "max_denominator": 60}),
                                          ("arithmetic.mul", {"fractions": True, "max_denominator": 40}),
                                          ("arithmetic.expr", {"depth": 3, "digits": 3})])
def test_a_product_split_in_the_head_anywhere_is_split_into_glances(task, params):
    """"2139 × 37 = 2139 × 30 + 2139 × 7 = 64170 + 14973 = 79143" did 2139 × 7 in the head, in the working:
    a product split on one line has two parts at most, each a two-digit number times a digit (and zeros);
    anything more is worked out in rows."""
    for record in slowthink.generate(task, 150, seed=54, **params):
        for step in record["steps"]:
            for chain in re.findall(r"\d+ × \d+ = \d+ × \d+(?: \+ \d+ × \d+)+", step["text"]):
                parts = re.findall(r"(\d+) × (\d+)", chain)[1:]
                assert len(parts) <= 3, (record["problem"], step["text"])
                for x, y in parts:
                    assert min(_sig(int(x)), _sig(int(y))) < 10 and max(_sig(int(x)), _sig(int(y))) < 100, \
                        (record["problem"], step["text"])


def test_column_subtraction_writes_no_empty_column_and_no_column_for_a_digit_off_two():
    """"95 − 7" was worked in columns, and a column with nothing under it said "0 − 0 = 0" or "9 − 0 = 9"
    after lending: a person writes what the lending leaves and moves on."""
    assert slowthink.solve("arithmetic.sub", {"expression": "95 - 7"})["trace"].splitlines()[1] == "95 − 7 = 88."
    for expression in ("143 - 57", "100005 - 6", "100 - 7", "5003 - 1457"):
        record = slowthink.solve("arithmetic.sub", {"expression": expression})
        assert not re.search(r"lending 1, 0 − 0 = 0|10 − 1 = 9; 9 − 0 = 9", record["trace"]), record["trace"]
        assert record["verified"] and all(step["label"] for step in record["steps"])


def test_a_lone_operation_is_not_called_the_last_one():
    """"Last, 3/2 + 5/3." as the first line of work promises steps before it that never came: an expression of
    one operation says it has just the one; an expression of several still ends on its last."""
    for record in slowthink.generate("arithmetic.expr", 80, seed=6, depth=1, mistakes=0.5):
        lead = record["steps"][1]["text"]
        assert not re.match(r"(?:Last|Finally)\b", lead), lead
        assert re.search(r"\bone operation\b|\bA single operation\b|^Only .* to work out\.$", lead), lead
    several = [r for r in slowthink.generate("arithmetic.expr", 30, seed=6, depth=3) if r["difficulty"]["operations"] > 1]
    assert len(several) > 20
    for record in several:
        # (why a fraction answer is in lowest terms comes after the last operation, and leads none)
        leads = [s["text"] for s in record["steps"] if not s["text"].startswith((" ", "Answer")) and not _conclusion(s["text"])
                 and not re.search(r"(?i)common factor of|What do", s["text"]) and not _SAID_FINAL.search(s["text"])][1:]
        assert re.match(r"(?:Last|Finally)\b", [t for t in leads if not is_check(t) and not _VERDICT.match(t)][-1]), \
            record["trace"]



# the places in order, as an English reader names them: ones, tens, hundreds, then ones, tens and hundreds of each power
_PLACE_NAMES = ["ones", "tens", "hundreds"] + [f"{size}{power}" for power in
                                               ("thousands", "millions", "billions", "trillions", "quadrillions",
                                                "quintillions", "sextillions") for size in ("", "ten-", "hundred-")]


def test_columns_past_the_trillions_have_place_names():
    """Columns past the trillions were "digit 14 from the right", "digit 15 from the right", …: a product of two
    12-digit numbers names every one of its places, in order."""
    named = set()
    for record in slowthink.generate("arithmetic.mul", 40, seed=47, digits=12, min_digits=10):
        assert not re.search(r"digit \d+ from the right", record["trace"]), record["trace"]
        places = re.findall(r"^\s*([a-z-]+): (?:\d|the carried)", record["trace"], re.M)
        named.update(places)
        for before, after in zip(places, places[1:]):
            assert _PLACE_NAMES.index(after) in (_PLACE_NAMES.index(before) + 1, 0), (before, after)
    assert {"ten-trillions", "quadrillions", "quintillions", "sextillions"} <= named



_PRODUCT_LEAD = re.compile(r"(?:Take|multiply) \d+ (?:times|by) each digit of \d+")
_SHIFTED_ROW = re.compile(r"^\s*[a-z-]+ row: \d+ × 1(0+) = (\d+)\.$")
_ROWS_LEAD = re.compile(r"(?:Line up|Add|Column addition for) (\d+(?: \+ \d+)+)(?: and add| column|:)")
_COLUMN_LINE = re.compile(r"^\s*[a-z-]+: (\d+(?: \+ \d+)*)(?: = \d+( \((?:the last \d+ is the carry|with the carried|"
                          r"including the carry)))?")


def _columns(trace: str, shifted: bool = True) -> list[tuple[list[tuple[str, int]], list[str]]]:
    """([(a row's digit in a column, how far the column is past the row's shift), …], the digits the trace adds there,
    less the carry) for each column of the trace's column sums; with `shifted`, only those of a long multiplication's
    rows, their shifts read off its "row:" lines ("tens row: 1187928261072 × 10 = 11879282610720.")."""
    found, shifts, rows = [], {}, None
    for line in trace.splitlines():
        if _PRODUCT_LEAD.search(line):
            shifts, rows = {}, None
        elif row := _SHIFTED_ROW.match(line):
            shifts[row.group(2)] = len(row.group(1))
        elif (lead := _ROWS_LEAD.search(line)) and (shifts or not shifted):
            rows, k = lead.group(1).split(" + "), 0
        elif rows and (column := _COLUMN_LINE.match(line)):
            written = column.group(1).split(" + ")
            found.append(([(row[-1 - k], k - shifts.get(row, 0)) for row in rows if len(row) > k],
                          written[:-1] if column.group(2) else written))
            k += 1
        else:
            rows = None
    return found


def test_a_long_multiplication_adds_its_rows_without_the_zeros_of_their_shift():
    """Rows shifted one place and more were added with their shift's zeros: "ones: 8 + 0 + 0 + 0 + 0 + 0 + 0 = 8".
    On paper those places are blank: the columns add each row's own digits, its own zeros (of 5 × 2 = 10, or inside
    it) too, and nothing else."""
    columns = [column for record in slowthink.generate("arithmetic.mul", 60, seed=48, digits=12, min_digits=6)
               for column in _columns(record["trace"])]
    assert len(columns) > 500
    for present, written in columns:
        assert written == ([d for d, past in present if past >= 0] or ["0"]), (present, written)
    assert sum(past < 0 for present, _ in columns for _, past in present) > 1000  # blanks left out
    assert sum(d == "0" and past >= 0 for present, _ in columns for d, past in present) > 100  # zeros kept
    assert sum(d == "0" and past == 0 for present, _ in columns for d, past in present[1:]) > 5  # a shifted row's own end 0


def test_a_plain_sum_adds_every_zero_of_its_numbers():
    """Only a long multiplication's shift leaves blanks: 5000 + 1234 is added with its zeros."""
    columns = [column for record in slowthink.generate("arithmetic.add", 200, seed=49, digits=6, operands=3)
               for column in _columns(record["trace"], shifted=False)]
    for present, written in columns:
        assert written == [d for d, _ in present], (present, written)
    assert sum("0" in written for _, written in columns) > 20


_JOINED = re.compile(r"= (\d+) \+ (\d+)/(\d+) = \((\d+) \+ \2\)/\3 = (\d+)/\3\.$")


@pytest.mark.parametrize("task, params, least", [("arithmetic.div", {"digits": 4, "divisor_digits": 2, "exact": False}, 10),
                                                 ("arithmetic.div", {"digits": 8, "divisor_digits": 3, "exact": False}, 10)])
def test_a_quotient_put_over_one_denominator_says_so_before_the_product(task, params, least):
    """"So 674166 ÷ 78 = 8643 + 2/13" was followed at once by "Take 8643 times each digit of 13": a product
    nobody had asked for. The line before it says what it is for, as an equation the verifier judges."""
    from slowthink.registry import get_task
    spec, joined = get_task(task), 0
    for record in slowthink.generate(task, 300, seed=5, mistakes=0.5, **params):
        texts = [s["text"] for s in record["steps"]]
        for k, text in enumerate(texts):
            found = _JOINED.search(text)
            if not found:
                continue
            q, small, bottom = found.group(1, 2, 3)
            lead = f"To write it as one fraction: {q} + {small}/{bottom} = ({q} × {bottom} + {small})/{bottom}."
            starts = [i for i, t in enumerate(texts[:k]) if t.strip() == lead]
            assert starts, (record["problem"], texts[max(0, k - 12):k + 1])
            assert starts[-1] < k - 1  # the product is worked out between the lead and the join
            joined += 1
            if record["mistake_step"] is None:
                wrong = texts[:starts[-1]] + [texts[starts[-1]].replace(f"+ {small})", f"+ {int(small) + 1})")]
                assert spec.label_steps(record["problem"], wrong)[-1] is False
    assert joined >= least


def test_a_row_found_before_is_said_as_an_equation():
    """"5614 × 7 again: 39298, found for the ones row." read oddly; the row is now said as what it is."""
    rows = 0
    for record in slowthink.generate("arithmetic.mul", 200, seed=5, digits=4, min_digits=2):
        for step in record["steps"]:
            assert " again: " not in step["text"]
            found = re.search(r"(\d+) × (\d) = (\d+) again, as in the \w+(?:-\w+)? row\.$", step["text"])
            if found:
                a, d, p = map(int, found.groups())
                assert a * d == p and step["label"]
                rows += 1
    assert rows >= 5


@pytest.mark.parametrize("task, expression, said", [
    ("arithmetic.expr", "(7/4 - 3/4) * 5", "4/4 = 1, since 4 goes into 4 exactly once."),
    ("arithmetic.expr", "(7/4 + 1/4) * 5", "8/4 = 2, since 4 goes into 8 exactly twice."),
])
def test_a_whole_quotient_is_counted_in_words_a_person_uses(task, expression, said):
    """"4 goes into 4 exactly 1 times" is not English: one and two are "once" and "twice"."""
    record = slowthink.solve(task, {"expression": expression}, seed=0)
    steps = [step["text"] for step in record["steps"]]
    assert record["verified"] and all(step["label"] for step in record["steps"]), steps
    assert any(step.endswith(said) for step in steps), steps
    assert not any(re.search(r"exactly [12] times", step) for step in steps), steps


_IDENTITY_UNDO = re.compile(r"[×÷] 1 =|[×÷] \(?0\)? =|[+−] 0 =|(?<![\d/])0 [×÷+]|(?<![\d/)])1 ×")


def test_a_step_by_one_or_zero_is_said_by_its_rule_and_never_undone_as_a_check():
    """Dividing by 1 is not "flip the divisor: x ÷ 1 = x × 1" and then "x × 1 = x"; and undoing it ("x × 1 =
    x") checks nothing, so a check by undoing leaves such steps out."""
    rules = 0
    for params in ('{"depth": 3, "fractions": true, "negatives": true}', '{"depth": 3, "digits": 1}'):
        for record in _records("arithmetic.expr", params, n=300, seed=5):
            steps = [step["text"] for step in record["steps"]]
            assert record["verified"] and all(step["label"] for step in record["steps"]), steps
            for step in steps:
                assert not re.search(r"reciprocal 1(?![/\d])|÷ 1 = \S+ × 1(?![/\d])", step), steps
                if "undo" in step or "backwards" in step:
                    assert not _IDENTITY_UNDO.search(step.split(":", 1)[1]), step
            rules += any(re.search(r"by 1 changes nothing|by 1, a number stays", step) for step in steps)
    assert rules >= 3, rules


_CARRY_FORMS = {"with the carried": "note", "the last \\d+ is the carry": "note", "including the carry": "note",
                "write \\d+, carry": "carry", "write \\d+ and carry": "carry", "put down \\d+, carry": "carry",
                "so borrow ten": "borrow", "borrow 1 from the": "borrow"}


def test_one_column_sum_or_difference_says_its_carries_and_borrows_one_way():
    """Within one column addition or subtraction a person writes every carry (borrow) the same way; a block
    that says "write 7, carry 1", then "put down 5, carry 1", then "write 1 and carry 1" reads as a shuffle."""
    blocks = 0
    for task, params in (("arithmetic.add", '{"digits": 7, "operands": 4}'), ("arithmetic.sub", '{"digits": 8}'),
                         ("arithmetic.mul", '{"digits": 6, "min_digits": 4}')):
        for record in _records(task, params, n=120, seed=4):
            block: dict[str, set] = {}
            for step in [step["text"] for step in record["steps"]] + [""]:
                if not re.match(r"\s+[a-z-]+: ", step):  # a block of columns ends
                    blocks += bool(block)
                    assert all(len(forms) == 1 for forms in block.values()), (record["problem"], block)
                    block = {}
                    continue
                for form, kind in _CARRY_FORMS.items():
                    if re.search(form, step):
                        block.setdefault(kind, set()).add(form)
    assert blocks > 300, blocks


_LAST_FIRST = re.compile(r"last first|from the last|working backwards|Checking backwards|starting from the last")


def _last_operation(expression: str) -> tuple:
    """(left, op, right) of the operation a working of the problem does last: the top of its tree as shown."""
    rules = dataclasses.replace(ARITHMETIC_RULES, max_length=10**5, max_tokens=10**5, max_depth=200)
    node = parse(to_text(parse(expression, ARITHMETIC_RULES), unicode=False), rules)
    return evaluate(node.left, rules), node.op, evaluate(node.right, rules)


def _check_block(steps: list[str]) -> list[str]:
    """A check's lines: from its lead to the answer."""
    lead = next((k for k, text in enumerate(steps) if is_check(text)), None)
    return [] if lead is None else steps[lead:-1]


_SETTLED = {"*": lambda x, y: 0 in (x, y) or 1 in (x, y), "/": lambda x, y: x == 0 or abs(x) == abs(y) or y == 1,
            "+": lambda x, y: 0 in (x, y) or x == -y, "-": lambda x, y: 0 in (x, y) or x == y}


@pytest.mark.parametrize("params", [{"depth": 3, "digits": 2, "negatives": True}, {"depth": 2, "fractions": True}])
def test_an_expression_check_starts_from_the_answer_and_undoes_the_last_step(params):
    """"Check what undoes easily, latest first: −43 + 41 = −2; (−3/7) × 91 = −39" never touched the answer 679/304:
    in 138 of 240 traces the check did not check the answer at all. It starts from the answer, names it, and undoes
    the last step first ("… × (−304/7) = −97"), worked out in full where that is more than a glance. Left out only
    where a rule settled the last step (× 1, a number less itself: undoing it checks nothing) or where its working
    would be a wall."""
    from_answer = rule = wall = 0
    for record in slowthink.generate("arithmetic.expr", 200, seed=5, **params):
        steps = [s["text"] for s in record["steps"]]
        answer, block = value_of(record["answer"]), _check_block(steps)
        x, op, y = _last_operation(record["problem"]["expression"])
        if _SETTLED[op](x, y):
            rule += 1
            continue
        if not block or "answer" not in block[0] and re.search(r"quick|glance|easil", block[0]):
            wall += 1  # the last step's undoing would be a wall: at most the quick steps before it are checked
            continue
        assert re.search(rf"from the answer, {re.escape(format_value(answer))}\b", block[0]), (record["problem"], block)
        first = _UNDONE.search(block[0].split(": ", 1)[-1])
        r, inverse, by, back = (first.group(1), first.group(2), first.group(3), first.group(4))
        r, by, back = (value_of(t.strip("()")) for t in (r, by, back))
        assert r == answer and _undoes(r, inverse, by, back, {(x, op, y, answer)}), (record["problem"], block)
        from_answer += 1
        if _LAST_FIRST.search(block[0]):  # "last first" only of a check that undoes every step
            assert len(block) == 1 and not re.search(r"quick|glance|easil", block[0]), block
    assert from_answer >= 185 and rule + wall <= 15, (from_answer, rule, wall)


_TRY_OVER = re.compile(r"Try (\d): (\d+) × \1 = (\d+), more than (\d+), too big")
_TRY_UNDER = re.compile(r"Try (\d): (\d+) × \1 = (\d+), and (\d+) − \3 = (\d+) is still \2 or more, so more")


@pytest.mark.parametrize("params", [{"digits": 4, "divisor_digits": 2, "exact": False},
                                    {"digits": 8, "divisor_digits": 3, "exact": False}])
def test_a_quotient_digit_is_guessed_from_the_rounded_divisor_and_corrected_at_most_once_or_twice(params):
    """"How many 18s in 71? Try 7 … too big. Try 6 … Try 5 … Try 4 …, so 3": guessing from the divisor's first figure
    (18 as 10) is several too big. A person rounds (18 as 20, 14 as 15, 143 as 140), so a guess is right or one off, either
    way, and each wrong guess says truly why it is wrong."""
    steps = tries = 0
    for record in slowthink.generate("arithmetic.div", 200, seed=7, **params):
        for step in (s["text"] for s in record["steps"] if "How many" in s["text"]):
            steps += 1
            over, under = _TRY_OVER.findall(step), _TRY_UNDER.findall(step)
            assert not (over and under) and len(over) + len(under) <= 2, step
            tries += len(over) + len(under)
            for g, b, p, c in over:
                assert int(b) * int(g) == int(p) > int(c), step
            for g, b, p, c, r in under:
                assert int(b) * int(g) == int(p) and int(c) - int(p) == int(r) >= int(b), step
    assert steps > 300 and 0 < tries < steps // 4, (steps, tries)


def _addends(node) -> list:
    """The numbers a sum's tree adds, in order."""
    if isinstance(node, BinOp) and node.op == "+":
        return _addends(node.left) + _addends(node.right)
    return [evaluate(node, ARITHMETIC_RULES)]


def test_a_check_by_regrouping_does_not_add_again_what_the_working_added():
    """After "negatives give −5221", "Check by regrouping: 4 + (−88 + (−5133)) = 4 + (−5221)" is the working's own
    sum again and checks nothing: a group of the check is never all the positives or all the negatives of a sum
    that has both (the working adds those groups)."""
    regrouped = 0
    for record in slowthink.generate("arithmetic.add", 200, seed=3, digits=4, operands=3, negatives=True):
        for text in (s["text"] for s in record["steps"]):
            if not re.match(r"(?:Check|To check|Regroup)[^:]*group", text):
                continue
            grouping = text.split(": ", 1)[1].split(" = ")[0].rstrip(".")
            tree = parse(grouping, ARITHMETIC_RULES)
            numbers = _addends(tree)
            positives, negatives = sorted(x for x in numbers if x > 0), sorted(x for x in numbers if x < 0)
            for side in (tree.left, tree.right):
                part = sorted(_addends(side))
                if positives and negatives and len(part) > 1:
                    assert part not in (positives, negatives), text
            regrouped += 1
    assert regrouped > 30, regrouped


_COLUMNS_OF_TWO = re.compile(r"(?:Line up (\d+) \+ (\d+) and add|Add (\d+) \+ (\d+) column by column|Column addition for "
                             r"(\d+) \+ (\d+):|Subtract (\d+) − (\d+) column by column|Column subtraction, (\d+) − (\d+):|"
                             r"Write (\d+) under (\d+) and subtract)")


def test_a_round_number_on_or_off_a_small_one_is_not_worked_in_columns():
    """"Line up 92 + 10 and add column by column" (52 of 369 expression traces in a reader's review) is no one's
    working: a round number added to or taken from a number under 1000 is said in one breath ("92 + 10 = 102")."""
    columns = 0
    for params in ({"depth": 3, "digits": 2, "negatives": True}, {"depth": 3, "digits": 3}):
        for record in slowthink.generate("arithmetic.expr", 200, seed=12, **params):
            for step in record["steps"]:
                m = _COLUMNS_OF_TWO.search(step["text"])
                if m:
                    a, b = (int(n) for n in m.groups() if n is not None)
                    if "under" in step["text"]:  # "Write 16 under 30": the number taken away comes first
                        a, b = b, a
                    columns += 1
                    small = b if "ubtract" in step["text"] else min(a, b)
                    while small and small % 10 == 0:
                        small //= 10
                    assert not (small < 10 and max(a, b) < 1000), step["text"]
    assert columns > 20, columns


# ---------------------------------------------------------------- problems written with a tight slash

def _texts(record: dict) -> list[str]:
    return [step["text"] for step in record["steps"]]


def _checked(record: dict, value) -> None:
    assert record["verified"] and all(step["label"] for step in record["steps"]), _texts(record)
    assert value_of(record["answer"]) == value and slowthink.verify(record["task"], record["problem"], record["answer"])


@pytest.mark.parametrize("expression", ["7128/18", "-7128/18", "7130/18", "6/8", "12/6", "4/1", "0/5", "3/4"])
def test_a_tight_division_is_worked_as_the_division_written(expression):
    """"7128/18" was read as the number 396: the question asked "Calculate 396" and the trace divided 396 by 1.
    Written tight or spaced, it is the same division and is worked the same; only the restated problem differs."""
    tight = slowthink.solve("arithmetic.div", {"expression": expression})
    spaced = slowthink.solve("arithmetic.div", {"expression": expression.replace("/", " / ")})
    shown = expression.replace("-", "−")
    assert tight["question"].startswith(f"Calculate {shown}.")
    assert shown in tight["steps"][0]["text"] and "÷" not in tight["steps"][0]["text"]
    assert _texts(tight)[1:] == _texts(spaced)[1:]
    _checked(tight, value_of(expression))


def test_a_tight_division_is_the_long_division_of_the_numbers_written():
    record = slowthink.solve("arithmetic.div", {"expression": "7128/18"})
    trace = record["trace"]
    assert "How many 18s in 71?" in trace and "How many 18s in 108?" in trace and "396 by 1" not in trace
    assert re.search(r"quotient 396, remainder 0|396 with remainder 0", trace)
    _checked(record, 396)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**9), st.integers(1, 10**4), st.booleans())
def test_any_tight_division_reads_and_works_as_the_spaced_one(a, b, negative):
    sign = "-" if negative else ""
    tight = slowthink.solve("arithmetic.div", {"expression": f"{sign}{a}/{b}"})
    spaced = slowthink.solve("arithmetic.div", {"expression": f"{sign}{a} / {b}"})
    assert f"{a}/{b}" in tight["question"] and f"{a}/{b}" in tight["steps"][0]["text"]
    assert _texts(tight)[1:] == _texts(spaced)[1:]
    _checked(tight, Fraction(-a if negative else a, b))


def _written(node) -> list[tuple[int, int]]:
    """The fractions a problem writes other than as their values print, left to right, as (top, bottom)."""
    if isinstance(node, WrittenFraction):
        return [(node.top, node.bottom)]
    if isinstance(node, Neg):
        return _written(node.operand)
    if isinstance(node, BinOp):
        return _written(node.left) + _written(node.right)
    return []


def _simplified_first(record: dict) -> None:
    """The problem is restated as written; each fraction written unsimplified is simplified in a line of its own,
    "p/q = value", before the problem is carried over to the simplified numbers and worked."""
    node = parse(record["problem"]["expression"], ARITHMETIC_RULES)
    shown, texts = to_text(node), _texts(record)
    assert record["question"].startswith(f"Calculate {shown}.") and shown in texts[0]
    written = _written(node)
    assert written
    # (a lone fraction is not carried over: its simplest form is the value)
    carried = len(texts) if literal_value(node) is not None else \
        next(k for k, text in enumerate(texts) if (_conclusion(text) or "").startswith(f"{shown} = "))
    for top, bottom in written:
        said = f"{top}/{bottom} = {format_value(Fraction(top, bottom))}"
        assert any(said in text for text in texts[1:carried]), (said, texts)


@pytest.mark.parametrize("task, expression", [
    ("arithmetic.add", "6/8 + 1/4"), ("arithmetic.add", "12/6 + 4/1 + 0/5"), ("arithmetic.sub", "6/8 - 1/4"),
    ("arithmetic.mul", "(6/8) × 12"), ("arithmetic.mul", "6/8*12"), ("arithmetic.mul", "(3/4) × 12/6"),
    ("arithmetic.div", "6/8 / (1/4)"), ("arithmetic.div", "7128/18 / 2"), ("arithmetic.expr", "6/8 + 1/4"),
    ("arithmetic.expr", "7128/18 + 2"), ("arithmetic.expr", "(12/6) × 5 + 4/1 − 0/5"), ("arithmetic.expr", "6/8 + 6/8"),
    ("arithmetic.expr", "-6/8 * 4"), ("arithmetic.expr", "7128/18"),
])
def test_a_fraction_written_unsimplified_is_shown_as_written_and_simplified_first(task, expression):
    record = slowthink.solve(task, {"expression": expression})
    _simplified_first(record)
    _checked(record, evaluate(parse(expression, ARITHMETIC_RULES)))


def test_a_whole_number_written_as_a_fraction_is_divided_out_by_long_division():
    record = slowthink.solve("arithmetic.expr", {"expression": "7128/18 + 2"})
    assert "How many 18s in 172?" in record["trace"] and "7128/18 = 396." in map(_conclusion, record["trace"].split("\n"))
    assert "Calculate 396" not in record["question"] and "396 + 2 = 398" in record["trace"]
    _checked(record, 398)


@st.composite
def _unsimplified_problems(draw):
    task = draw(st.sampled_from(["arithmetic.add", "arithmetic.sub", "arithmetic.mul", "arithmetic.div",
                                 "arithmetic.expr"]))
    count = 2 if task == "arithmetic.div" else draw(st.integers(1, 3))
    operands = []
    for _ in range(count):
        bottom, factor = draw(st.integers(1, 40)), draw(st.integers(2, 12))
        top = draw(st.integers(1, 999)) if draw(st.booleans()) else bottom * draw(st.integers(1, 300))
        operands.append(draw(st.sampled_from([f"{top * factor}/{bottom * factor}", f"{top}/{bottom}", f"{top}"])))
    if not any(gcd(*pair) != 1 or pair[1] == 1 for pair in (tuple(map(int, x.split("/"))) for x in operands if "/" in x)):
        operands[0] = "18/12"  # at least one written unsimplified
    operands += ["7"] if count == 1 else []
    if task == "arithmetic.expr":
        return task, " ".join(x + " " + draw(st.sampled_from("+-*")) for x in operands[:-1]) + " " + operands[-1]
    op = {"arithmetic.add": " + ", "arithmetic.sub": " - ", "arithmetic.mul": " * ", "arithmetic.div": " / "}[task]
    return task, op.join(f"({x})" if op in " * / " else x for x in operands)


@settings(max_examples=60, deadline=None)
@given(_unsimplified_problems())
def test_fractions_written_unsimplified_are_simplified_first_in_every_task(problem):
    task, expression = problem
    record = slowthink.solve(task, {"expression": expression})
    _simplified_first(record)
    _checked(record, evaluate(parse(expression, ARITHMETIC_RULES)))


# a line that says a fraction answer is final ("So 41/24 is in lowest terms.", "… so −7/2 cannot be reduced.")
_SAID_FINAL = re.compile(r"(?<![\d/])[−-]?(\d+)/(\d+) (?:is (?:already )?in lowest terms|cannot be reduced)")
_CHECK_LEAD = re.compile(r"^(?:Check|To check|Quick check|As a check|Let me check|A quick check)")


@pytest.mark.parametrize("task, params", [
    ("arithmetic.add", {"fractions": True, "operands": 2}), ("arithmetic.add", {"fractions": True, "operands": 3}),
    ("arithmetic.sub", {"fractions": True, "negatives": True}), ("arithmetic.mul", {"fractions": True, "negatives": True}),
    ("arithmetic.div", {"digits": 4, "divisor_digits": 2, "exact": False}), ("arithmetic.div", {"fractions": True}),
    ("arithmetic.expr", {"depth": 3, "digits": 2, "negatives": True}), ("arithmetic.expr", {"depth": 2, "fractions": True})])
def test_every_fraction_answer_says_why_it_is_in_lowest_terms_before_its_check(task, params):
    """The question asks for a reduced fraction: the working ends on a judged line that says the answer's fraction
    (or its size, the sign put back after) is in lowest terms, before any check and the answer."""
    fractions = 0
    for record in _records(task, json.dumps(params, sort_keys=True), n=60, seed=4):
        value = Fraction(record["answer"])
        if value.denominator == 1:
            continue
        fractions += 1
        steps = [step["text"].strip() for step in record["steps"]]
        said = [k for k, text in enumerate(steps) if (m := _SAID_FINAL.search(text))
                and Fraction(int(m.group(1)), int(m.group(2))) == abs(value)]
        assert said and record["steps"][said[-1]]["label"], record["trace"]
        checks = [k for k, text in enumerate(steps) if _CHECK_LEAD.match(text)]
        assert not checks or said[-1] < checks[0], record["trace"]
    assert fractions > 20


def test_a_reduced_answer_shows_its_common_factor_then_why_it_is_final():
    steps = [step["text"] for step in slowthink.solve("arithmetic.add", {"expression": "8/5 + 19/10"})["steps"]]
    reduced = next(k for k, text in enumerate(steps) if "35/10 = 7/2" in text)
    assert "5" in steps[reduced].split(":")[0]  # the factor divided out is named before the reduction
    assert _SAID_FINAL.search(steps[reduced + 1]) and "7/2" in steps[reduced + 1]


@pytest.mark.parametrize("expression", ["1/6 + 4/5", "5/8 + 7/12", "1/3 + 1/6", "13/12 + 7/12", "19/30 + 1/45",
                                        "2/7 + 3/11"])
def test_an_obvious_lowest_terms_reason_is_one_short_line(expression):
    """A top of 1, a prime known on sight, or a bottom made of 2s, 3s and 5s the top lacks: said in one line,
    no remainders (a Euclidean chain is for what a glance cannot see)."""
    steps = [step["text"] for step in slowthink.solve("arithmetic.add", {"expression": expression})["steps"]]
    said = [k for k, text in enumerate(steps) if _SAID_FINAL.search(text)]
    assert said and not _CHAIN_LEAD.search(steps[said[-1]]) and not _CHAIN_LEAD.search(steps[said[-1] - 1])
    assert len(steps[said[-1]]) < 200


def test_a_signed_nines_check_says_why_it_adds_9_and_casts_out_the_size():
    """The 9 added where one remainder is less than the other, and the turn to a negative total's size, are said
    (and labelled true), never left for the reader to guess."""
    nine = size = 0
    for record in _records("arithmetic.add", json.dumps({"digits": 6, "operands": 3, "negatives": True}), n=150, seed=8):
        negative = record["answer"].startswith("-")
        for step in record["steps"]:
            text = step["text"]
            if "should leave" not in text or "positives'" not in text and "+ 9 −" not in text and not negative:
                continue
            assert step["label"], text
            if "+ 9 −" in text:
                nine += 1
                assert re.search(r"(\d) is (?:less|smaller) than (\d), so add 9 first: \1 \+ 9 − \2 =", text), text
            if negative and re.search(r"\d − \d", text):
                size += 1
                assert "negative" in text and f"its size {record['answer'][1:]} should leave" in text, text
    assert nine > 10 and size > 10


_ZEROS_WAIT = re.compile(r"The (zeros?) at the end can wait: \d+ × \d+ first, then × 1(0+)\.|"
                         r"Set the end (zeros?) aside and work out (\d+) × (\d+); then put the (0|\d+ zeros) back on\.")


@pytest.mark.parametrize("task, params", [("arithmetic.mul", {"digits": 4, "min_digits": 2}),
                                          ("arithmetic.mul", {"digits": 12, "min_digits": 6}),
                                          ("arithmetic.expr", {"depth": 3, "digits": 2, "negatives": True})])
def test_a_single_end_zero_is_called_a_zero(task, params):
    """"Set the end zeros aside …; then put the 0 back on" spoke of one zero as many."""
    seen = set()
    for record in _records(task, json.dumps(params, sort_keys=True), n=200, seed=6):
        steps = [step["text"] for step in record["steps"]]
        for k, text in enumerate(steps):
            said = _ZEROS_WAIT.search(text)
            if said is None:
                continue
            if said.group(1):
                word, count = said.group(1), len(said.group(2))
            else:  # the count from the line that puts them back: "So 350 × 55 = 1925 × 10 = 19250."
                word = said.group(3)
                back = re.search(r"= \d+ × 1(0+) = ", next(t for t in steps[k + 1:] if _conclusion(t) and " × 10" in t))
                count = len(back.group(1))
                assert said.group(6) == ("0" if count == 1 else f"{count} zeros"), text
            assert word == ("zero" if count == 1 else "zeros"), text
            seen.add(count == 1)
    assert True in seen


def test_a_whole_number_over_a_denominator_is_written_once_and_its_sign_kept_in_sight():
    """"Write 63 over 825:" was followed by "To write 63 over 825, multiply its top by 825." (said twice, and a whole
    number has no top) and "So 63 = 51975/825" without a full stop; "So −3730 = −115630/31" was followed by
    "−126/31 + 115630/31", the sign flipped unsaid. Now: said once, as the number times the bottom over it, and a
    negative taken away is written as taken away, then added."""
    wholes = flips = 0
    records = _records("arithmetic.expr", json.dumps({"depth": 3, "digits": 2, "negatives": True}), n=200, seed=12) + \
        _records("arithmetic.expr", json.dumps({"depth": 3, "fractions": True, "negatives": True}), n=100, seed=12)
    for record in records:
        steps = [step["text"].strip() for step in record["steps"]]
        for k, text in enumerate(steps):
            lead = re.fullmatch(r"(?:Write|Put) (−?\d+) over (\d+):", text)
            if lead:
                wholes += 1
                whole, common = lead.groups()
                end = next(j for j in range(k + 1, len(steps))
                           if re.search(rf"(?<![\d/]){whole} = −?\d+/{common}\b", steps[j]))
                assert steps[end].endswith("."), steps[end]
                assert not any("its top" in line or f"{whole} over {common}" in line for line in steps[k + 1:end]), \
                    record["trace"]
            scaled = re.fullmatch(r"(?:So )?−?\d+(?:/\d+)? = −(\d+)/(\d+)\.?", text)
            if scaled:  # a negative scaled: where it is used, it is used with its sign
                top, common = scaled.groups()
                used = next((line for line in steps[k + 1:] if re.search(rf"(?<![\d/]){top}/{common}\b", line)), None)
                if used is not None:
                    flips += "(−" in used
                    assert re.search(rf"(?:^|[ (])−{top}/{common}\b", used), (text, used)
    assert wholes > 5 and flips > 0


def test_a_plain_subtraction_row_taking_1_says_nothing_was_lent():
    """"thousands: 9 − 1 = 8." (the bottom digit 1) read just like "thousands: 9 − 1 = 8 after lending 1" around it:
    a row past the ones that takes a bottom 1 and lent nothing says so; a row that lent never does."""
    plain = 0
    for record in _records("arithmetic.sub", json.dumps({"digits": 7, "negatives": True}), n=150, seed=5):
        for step in record["steps"]:
            row = re.match(r"\s*([a-z-]+): (\d) − (\d) = (\d)(.*)$", step["text"])
            if row is None or row.group(1) == "ones":
                continue
            lent = "lending" in row.group(5)
            assert not (lent and "nothing lent" in row.group(5)), step["text"]
            if row.group(3) == "1" and not row.group(5).startswith(" after lending"):
                plain += 1
                assert "nothing lent" in row.group(5) and step["label"], step["text"]
    assert plain > 5


def test_bring_both_is_said_only_when_both_fractions_are_brought_over():
    """"Bring both to the denominator 210." followed by one conversion (25/21 = 250/210, the other being over 210
    already) read as if a line were missing (38 of 300 expr:fractions traces, a reader's review): when one
    denominator is the common one already, the trace says so ("210 is a multiple of 21, so …")."""
    bare = 0
    for task, extra in (("arithmetic.expr", {"depth": 2, "fractions": True}), ("arithmetic.add", {"fractions": True})):
        for record in slowthink.generate(task, 300, seed=5, **extra):
            lines = [line.strip() for line in record["trace"].splitlines()]
            for k, line in enumerate(lines):
                lead = re.fullmatch(r"Bring both to the denominator (\d+)\.", line)
                if lead:
                    bare += 1
                    common = lead.group(1)
                    converted = [re.search(rf"(?:^|so )−?\d+/(\d+) = −?\d+/{common}\.?$", later)
                                 for later in lines[k + 1:k + 3]]
                    assert all(converted) and all(c.group(1) != common for c in converted), lines[k:k + 3]
    assert bare > 20, bare


def test_a_cancelling_after_one_worked_apart_is_not_said_to_come_first():
    """"3 goes into 1047; cancel it, dividing: …" then "Cancel across first: 284 ÷ 71 = 4 …" (8 of 600 expr traces, a
    reader's review): the second cancelling is the other pair, not a first step."""
    worked = re.compile(r"cancel it, dividing:$|^Cancel \d+ from \d+ and \d+, dividing each by it:$|cancel it before "
                        r"multiplying:$")
    first = re.compile(r"^(?:Cancel before multiplying|Cancel across first|First cancel common factors): ")
    others = 0
    for record in slowthink.generate("arithmetic.expr", 400, seed=5, depth=3, digits=2, negatives=True):
        lines = record["trace"].splitlines()
        for k, line in enumerate(lines):
            indent = len(line) - len(line.lstrip())
            before = next((b.strip() for b in reversed(lines[:k]) if len(b) - len(b.lstrip()) <= indent), "")
            if first.match(line.strip()):
                assert not worked.search(before), (before, line)
            others += bool(worked.search(before)) and bool(re.match(r"\s*(?:Then cancel|The other pair|And across)",
                                                                     line))
    assert others > 3, others


def test_a_last_step_too_long_to_undo_still_leaves_the_quick_checks():
    """"11/5 − 16/9 − (12/7 + 5/6) = −1339/630" ended with no check at all (12 of 600 expr traces, a reader's review):
    undoing its last step over 630 would be a wall, so it is left out, but the steps before it that undo at a glance
    are still checked, and say they are only those."""
    record = slowthink.solve("arithmetic.expr", {"expression": "11/5 - 16/9 - (12/7 + 5/6)"})
    checks = [step["text"] for step in record["steps"] if "undo" in step["text"]]
    assert checks and all(step["label"] for step in record["steps"])
    assert "19/45 + 16/9 = 11/5" in checks[-1] and "answer" not in checks[-1]


def test_a_check_of_a_sum_recalls_how_a_number_was_put_over_the_denominator():
    """Undoing "10192/55 + 64800" redid the whole long multiplication 648 × 55 that had just put 64800 over 55 (8 of
    300 expr traces, a reader's review): the sum's check is the subtraction over 55, and how 64800 goes over 55 is
    recalled. Undoing a product or a quotient still recalls nothing (recalling 1846 × 306 to check 564876 ÷ 306 would
    undo nothing)."""
    record = slowthink.solve("arithmetic.expr", {"expression": "-4 * (-91) * (-28) / (-55) + 8 * 36 * 75 * 3"})
    steps = [step["text"] for step in record["steps"]]
    start = next(k for k, text in enumerate(steps) if "from the answer" in text)
    check = "\n".join(steps[start:])
    assert "64800 = 3564000/55" in check and "3574192/55 − 3564000/55 = 10192/55" in check
    assert "648 × 5" not in check and all(step["label"] for step in record["steps"])
