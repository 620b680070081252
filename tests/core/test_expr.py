import re
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slowthink.core.expr import (ARITHMETIC_RULES, ExprError, Rules, evaluate, numbers_used, parse, to_text,
                                 value_of)


@pytest.mark.parametrize("text, value", [
    ("(7-8/8)*4", 24), ("4*(7-8/8)", 24), ("(7−8÷8)×4", 24), ("2 * (3 + 4) - 6 / 3", 12),
    ("8 ÷ (3 − 8 ÷ 3)", 24), ("[1+2]*3", 9), ("1,000 + 2", 1002), ("-3 - -4", 1), ("1/3 + 1/6", Fraction(1, 2)),
])
def test_values(text, value):
    assert value_of(text) == value


@pytest.mark.parametrize("text, message", [
    ("", "empty"), ("2 +", "ends too early"), ("(2 + 3", "missing ')'"), ("2 + 3)", "unexpected ')'"),
    ("2 (3)", "after a complete expression"), ("1/0", "division by zero"), ("2^3", "powers"), ("abc", "unexpected"),
    ("+3", "leading plus"),
])
def test_errors_say_what_is_wrong(text, message):
    with pytest.raises(ExprError, match=re.escape(message)):
        value_of(text)


def test_bounds_stop_hostile_input_quickly():
    with pytest.raises(ExprError, match="too long"):
        parse("1+" * 5000 + "1")
    with pytest.raises(ExprError, match="deeply"):
        parse("(" * 100 + "1" + ")" * 100)
    with pytest.raises(ExprError, match="digits"):
        parse("9" * 500)
    powers = Rules(allow_power=True)
    with pytest.raises(ExprError, match="exponent"):
        value_of("9^999", powers)
    with pytest.raises(ExprError, match="too large"):
        value_of("((9^64)^64)^64", powers)
    no_minus = Rules(allow_unary_minus=False)
    with pytest.raises(ExprError, match="minus"):
        parse("-3+4", no_minus)


def test_x_as_times_only_when_asked():
    assert value_of("4 x 6", Rules(allow_x_times=True)) == 24
    with pytest.raises(ExprError):
        value_of("4 x 6")


def test_fraction_literals_keep_their_reading():
    node = parse("(3/4) * (5/6)", ARITHMETIC_RULES)
    assert numbers_used(node) == [Fraction(3, 4), Fraction(5, 6)]
    assert numbers_used(parse("(3/4) * (5/6)")) == [3, 4, 5, 6]


def test_rendering_adds_only_needed_brackets():
    assert to_text(parse("(1-2)-(3-4)")) == "1 − 2 − (3 − 4)"
    assert to_text(parse("8/(3-8/3)")) == "8 ÷ (3 − 8 ÷ 3)"
    assert to_text(parse("3 - -4")) == "3 − (−4)"
    assert to_text(parse("(3/4)*(5/6)", ARITHMETIC_RULES), unicode=False) == "(3/4) * (5/6)"


@st.composite
def expressions(draw, depth=3):
    if depth == 0 or draw(st.booleans()):
        n = draw(st.integers(0, 999))
        return str(n) if draw(st.booleans()) else f"(-{n})"
    op = draw(st.sampled_from("+-*/"))
    return f"({draw(expressions(depth=depth - 1))}{op}{draw(expressions(depth=depth - 1))})"


@settings(max_examples=300, deadline=None)
@given(expressions())
def test_rendering_round_trips_to_the_same_value(text):
    try:
        value = value_of(text)
    except ExprError:
        return  # division by zero
    for unicode in (True, False):
        assert evaluate(parse(to_text(parse(text), unicode))) == value


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_parses_or_fails_cleanly(text):
    try:
        value_of(text, Rules(allow_power=True, allow_mod=True))
    except ExprError:
        pass


def test_implicit_times_only_where_the_rules_ask_for_it():
    rules = Rules(implicit_times=True)
    assert evaluate(parse("2(3 + 4)", rules)) == 14 and evaluate(parse("(7 - 1)(4)", rules)) == 24
    assert evaluate(parse("(3 + 4)2", rules)) == 14 and evaluate(parse("2 + (3)", rules)) == 5
    with pytest.raises(ExprError):
        parse("2(3 + 4)")  # the default grammar has no implicit times
    with pytest.raises(ExprError):
        parse("2 (3 + 4)", rules)  # prose: "Step 2 (3 + 4)" is no product
    spaced = Rules(implicit_times=True, spaced_implicit_times=True)  # a lone answer: it is
    assert evaluate(parse("2 (3 + 4)", spaced)) == 14 and evaluate(parse("(7 - 1) 4", spaced)) == 24
    assert evaluate(parse("(7 - 1) (4)", spaced)) == 24 and evaluate(parse("2 + (3)", spaced)) == 5
    with pytest.raises(ExprError):
        parse("2 3", spaced)  # two numbers side by side are never a product
