import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slowthink.core.claims import false_claims, find_claims, unreadable_claims


def test_true_equations_in_prose_hold():
    text = ("23 × 8: 20 × 8 = 160 and 3 × 8 = 24, so 23 × 8 = 184. tens: 8 + 8 = 16, write 6, carry 1. "
            "24 = 3 × 8 = 4 × 6 = 2 × 12 = 16 + 8. Sum mod 26: (15 + 25) mod 26 = 14. 23 + 4 = 27 > 24.")
    claims = find_claims(text)
    assert len(claims) == 7
    assert all(c.ok for c in claims)


def test_false_equations_are_found():
    assert false_claims("so 23 × 8 = 186, then")
    assert false_claims("24 = 3 × 8 = 4 × 7")  # the second link of the chain fails
    assert false_claims("16 + 7 = 23, then 23 + 4 = 28")
    assert false_claims("27 < 24")


def test_words_and_letters_are_not_equations():
    assert find_claims("o = 15, y = 25, t = 20") == []
    assert find_claims("Answer: (7 − 8 ÷ 8) × 4") == []
    assert find_claims("step-by-step, 2026-11-25") == []


def test_parenthetical_remarks_are_trimmed():
    claims = find_claims("the common denominator is 12 (4 × 3 = 12, 6 × 2 = 12)")
    assert [c.ok for c in claims] == [True, True]


def test_unreadable_runs_are_reported():
    assert unreadable_claims("lcm(4, 6) = 12")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789+-×÷()= ,.abc", max_size=300))
def test_any_text_is_checked_without_error(text):
    find_claims(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(-10**6, 10**6), st.integers(-10**6, 10**6))
def test_sums_are_judged_exactly(a, b):
    assert not false_claims(f"{a} + {b} = {a + b}".replace("+ -", "− "))
    assert false_claims(f"{a} + {b} = {a + b + 1}".replace("+ -", "− "))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 10**6), min_size=2, max_size=9), st.lists(st.sampled_from("+-−×*÷/"), min_size=8, max_size=8))
def test_the_flat_fast_path_agrees_with_the_parser(numbers, operators):
    from slowthink.core.claims import flat_value
    from slowthink.core.expr import ExprError, value_of

    text = str(numbers[0]) + "".join(f" {op} {n}" for op, n in zip(operators, numbers[1:]))
    try:
        expected = value_of(text)
    except ExprError:
        expected = None
    try:
        got = flat_value(text)
    except ExprError:
        got = None
    assert got == expected


@pytest.mark.parametrize("text, verdicts", [
    ("6 x 4 = 24", [True]), ("so 6x4 = 24", [True]), ("12 X 12 = 144", [True]), ("6 x 4 = 25", [False]),
    ("7 - 1 = 6, and 6 x 4 = 24.", [True, True]),
    ("x = 5", []), ("3x = 12", []), ("the box holds 2 = 2", [True]),  # an x beside a letter is no times sign
])
def test_an_x_between_two_numbers_is_a_times_sign(text, verdicts):
    assert [claim.ok for claim in find_claims(text)] == verdicts


@pytest.mark.parametrize("text, verdicts", [
    ("$6 \\times 4 = 24$", [True]), ("6 \\cdot 4 = 25", [False]), ("\\frac{8}{2} = 4", [True]),
    ("\\left(7 - 1\\right) \\times 4 = 24", [True]),
    ("2(3 + 4) = 14", [True]), ("(7 − 1)(4) = 24", [True]), ("(3 + 4)2 = 15", [False]),
    ("Step 2 (3 + 4) = 7", [True]),  # with a space the number stays a label, as before
])
def test_latex_and_brackets_written_against_numbers_are_read_as_maths(text, verdicts):
    assert [claim.ok for claim in find_claims(text)] == verdicts


def _every_run_read(text: str) -> list[str]:
    """claim_runs the plain way: every run of the whole text, then those with a relation and a number."""
    from slowthink.core import claims
    if "\\" in text:
        text = claims.plain_latex(text)
    return [run for chunk in claims._ARROWS_RE.split(text) for run in claims._RUN_RE.findall(chunk)
            if claims._RELATION_CHAR.search(run) and claims._has_number(run)]


_RUN_PIECES = list("0123456789 ,.=<>!≠≤≥*xX+-−–×·÷/()[]^moderat:;\t٣") + ["->", "=>", "<=>", "==", "mod", "**", "1,000",
                                                                           "2.5", "6 x 4", ", ", ". "]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=30).map("".join))
def test_runs_are_found_as_reading_the_whole_text_finds_them(text):
    """claim_runs reads only the stretches that can hold a relation (and the plainest of them without
    the run pattern): it must find exactly the runs that reading all of the text finds."""
    from slowthink.core.claims import claim_runs
    assert claim_runs(text) == _every_run_read(text)


def test_runs_are_found_as_reading_the_whole_text_finds_them_in_every_trace():
    import slowthink
    from slowthink.core.claims import claim_runs
    for task in slowthink.tasks():
        for record in slowthink.generate(task, 20, seed=4, mistakes=0.3):
            for step in record["steps"]:
                assert claim_runs(step["text"]) == _every_run_read(step["text"]), step["text"]
