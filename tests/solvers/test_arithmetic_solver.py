"""Every equation in every arithmetic trace is true, over thousands of random problems."""

import re

import pytest

import slowthink
from slowthink.core.claims import find_claims
from slowthink.core.expr import value_of

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
    assert "23 × 68 + 1 = 1565" in record["trace"] or "68 × 23 + 1 = 1565" in record["trace"]
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
        leads = [t for t in texts[1:] if not t.startswith(("  ", "So ", "Check", "Answer"))]
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


def test_the_check_takes_another_route_or_is_left_out():
    """A check that replays the working checks nothing: its chain of values must differ from the
    working's, or there is no check."""
    for record in slowthink.generate("arithmetic.expr", 60, seed=4):
        texts = [s["text"] for s in record["steps"]]
        working = [t.split(" = ", 1)[1].rstrip(".").removesuffix(", and that is the value") for t in texts
                   if t.startswith("So ")]
        checks = [t for t in texts if t.startswith("Check")]
        for check in checks:
            chain = check.split(": ", 1)[1].rsplit(". ", 1)[0].split(" = ")[1:]
            assert chain != working, record["problem"]


def test_wording_varies_with_the_seed():
    openings = {r["steps"][0]["text"].split()[0] for r in slowthink.generate("arithmetic.mul", 40, seed=3)}
    assert len(openings) >= 3


def test_solve_is_deterministic():
    problem = {"expression": "(3/4 + 5/6) * 12"}
    assert slowthink.solve("arithmetic.expr", problem) == slowthink.solve("arithmetic.expr", problem)
    assert slowthink.solve("arithmetic.expr", problem)["answer"] == "19"


def test_a_hard_product_inside_fraction_work_is_worked_out_not_stated():
    """"(99 × 69)/(2 × 2) = 6831/4" stated a product a person works out: the trace does the hard part."""
    steps = [s["text"].strip() for s in slowthink.solve("arithmetic.mul", {"expression": "(99/2) * (69/2)"})["steps"]]
    assert "So 99 × 69 = 6831." in steps
    assert steps.index("So 99 × 69 = 6831.") < steps.index("So (99 × 69)/(2 × 2) = 6831/4.")
    easy = [s["text"] for s in slowthink.solve("arithmetic.mul", {"expression": "(3/4) * (5/6)"})["steps"]]
    assert any("= (3 × 5)/(4 × 6) = 15/24." in step for step in easy)  # small ones stay one line
