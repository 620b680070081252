import re
from fractions import Fraction
from operator import add, mul, sub, truediv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slowthink.core.expr import (ARITHMETIC_RULES, BinOp, ExprError, Num, Rules, evaluate, numbers_used, parse, to_text,
                                 value_of, written_parts)


@pytest.mark.parametrize("text, value", [
    ("(7-8/8)*4", 24), ("4*(7-8/8)", 24), ("(7−8÷8)×4", 24), ("2 * (3 + 4) - 6 / 3", 12),
    ("8 ÷ (3 − 8 ÷ 3)", 24), ("[1+2]*3", 9), ("1,000 + 2", 1002), ("-3 - -4", 1), ("1/3 + 1/6", Fraction(1, 2)),
])
def test_values(text, value):
    assert value_of(text) == value


def test_the_fraction_slash_divides_as_the_other_slashes_do():
    """U+2044, which fonts and vulgar-fraction decompositions ("¾" is "3⁄4") use, is a slash like ∕ and ÷."""
    assert value_of("3⁄4") == value_of("3∕4") == value_of("3/4") == Fraction(3, 4)
    assert value_of("(7 - 8⁄8) × 4") == 24


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


def test_braces_are_brackets_only_when_asked():
    """Countdown answers nest {[( )]} as school maths does; elsewhere a brace is LaTeX's or a set's."""
    braces = Rules(allow_braces=True)
    assert value_of("{2 × [3 + (4 − 1)]}", braces) == 12
    with pytest.raises(ExprError, match=re.escape("a '{' is closed by ']'")):
        value_of("{2 + 3]", braces)
    with pytest.raises(ExprError, match="unexpected '{'"):
        value_of("{2 × [3 + (4 − 1)]}")
    with pytest.raises(ExprError, match="unexpected '}'"):
        value_of("(2 + 3}")


def test_fraction_literals_keep_their_reading():
    node = parse("(3/4) * (5/6)", ARITHMETIC_RULES)
    assert numbers_used(node) == [Fraction(3, 4), Fraction(5, 6)]
    assert numbers_used(parse("(3/4) * (5/6)")) == [3, 4, 5, 6]


@pytest.mark.parametrize("text, shown, value, parts", [
    ("7128/18", "7128/18", 396, (7128, 18)), ("6/8", "6/8", Fraction(3, 4), (6, 8)), ("4/1", "4/1", 4, (4, 1)),
    ("0/5", "0/5", 0, (0, 5)), ("-12/6", "−12/6", -2, (-12, 6)), ("(6/8)", "6/8", Fraction(3, 4), (6, 8)),
    ("3/4", "3/4", Fraction(3, 4), (3, 4)),
])
def test_a_tight_fraction_keeps_the_numbers_it_was_written_with(text, shown, value, parts):
    # "7128/18" was the number 396, so a division problem read "Calculate 396" and divided 396 by 1
    node = parse(text, ARITHMETIC_RULES)
    assert to_text(node) == shown and evaluate(node) == value and written_parts(node) == parts


@pytest.mark.parametrize("text, shown", [
    ("6/8 + 1/4", "6/8 + 1/4"), ("(3/4) × 12", "(3/4) × 12"), ("6/8*12", "(6/8) × 12"), ("7128/18+2", "7128/18 + 2"),
    ("12 / 6/8", "12 ÷ (6/8)"), ("6/8/2", "(6/8) ÷ 2"),
])
def test_an_expression_shows_its_fractions_as_written(text, shown):
    node = parse(text, ARITHMETIC_RULES)
    assert to_text(node) == shown
    assert to_text(parse(to_text(node, unicode=False), ARITHMETIC_RULES)) == shown  # read back, still as written


def test_a_fraction_in_lowest_terms_is_the_number_it_always_was():
    # generated problems write only these: they parse, print and are worked as before
    assert parse("3/4", ARITHMETIC_RULES) == Num(Fraction(3, 4))
    assert parse("(3/4) * 5", ARITHMETIC_RULES).left == Num(Fraction(3, 4))


def test_a_fraction_written_is_still_bounded_and_named_as_written_in_errors():
    with pytest.raises(ExprError, match="too long"):
        parse("9" * 201 + "/18", ARITHMETIC_RULES)
    with pytest.raises(ExprError, match="zero denominator"):
        parse("6/0", ARITHMETIC_RULES)
    with pytest.raises(ExprError, match="unexpected 6/8 after"):
        parse("(2) 6/8", ARITHMETIC_RULES)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**12), st.integers(1, 10**6), st.sampled_from("+-*/"), st.integers(0, 999),
       st.integers(1, 999))
def test_tight_fractions_read_as_written_and_valued_exactly(p, q, op, r, s):
    text = f"{p}/{q} {op} {r}/{s}"
    if op == "/" and r == 0:
        return
    node = parse(text, ARITHMETIC_RULES)
    left, right = Fraction(p, q), Fraction(r, s)
    assert evaluate(node) == {"+": add, "-": sub, "*": mul, "/": truediv}[op](left, right)
    assert written_parts(node.left) == (p, q) and written_parts(node.right) == (r, s)
    for unicode in (True, False):
        shown = to_text(node, unicode)
        assert f"{p}/{q}" in shown and f"{r}/{s}" in shown
        assert to_text(parse(shown, ARITHMETIC_RULES), unicode) == shown


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
