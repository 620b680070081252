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


def test_wording_varies_with_the_seed():
    openings = {r["steps"][0]["text"].split()[0] for r in slowthink.generate("arithmetic.mul", 40, seed=3)}
    assert len(openings) >= 3


def test_solve_is_deterministic():
    problem = {"expression": "(3/4 + 5/6) * 12"}
    assert slowthink.solve("arithmetic.expr", problem) == slowthink.solve("arithmetic.expr", problem)
    assert slowthink.solve("arithmetic.expr", problem)["answer"] == "19"
