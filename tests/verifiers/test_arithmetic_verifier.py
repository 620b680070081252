import re
import unicodedata
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import slowthink


@pytest.mark.parametrize("answer", ["1564", " 1564 ", "1,564", "1564.0", "+1564", "3128/2", "1564.", "(1564)"])
def test_equal_values_in_any_plain_spelling_are_accepted(answer):
    assert slowthink.verify("arithmetic.mul", {"expression": "23*68"}, answer)


@pytest.mark.parametrize("answer", ["1563", "-1564", "1564.5", "1380 + 184", "1564 apples", "", "1,56,4", "15/0",
                                    None, ["1564"], 1564.0, True])
def test_other_values_and_junk_are_rejected_with_a_reason(answer):
    verdict = slowthink.verify("arithmetic.mul", {"expression": "23*68"}, answer)
    assert not verdict
    assert verdict.reason


@pytest.mark.parametrize("answer, reason", [
    ("23 × 68 = 1564", None), ("1564 = 23 × 68", None), ("x = 1564", None), ("23*68 = 1564 = 1,564", None),
    ("5 = 1564", "equation is false"), ("23 × 67 = 1564", "equation is false"),  # the right number, a false equation
    ("23 apples = 1564", "cannot read"), ("2^99999 = 1564", "cannot read"),
])
def test_an_answer_written_as_an_equation_must_be_a_true_one(answer, reason):
    """A reward must not pay for "5 = 1564": every side that can be read has the answer's value."""
    problem = {"expression": "23*68"}
    for verdict in (slowthink.verify("arithmetic.mul", problem, answer),
                    slowthink.verify_completion("arithmetic.mul", problem, f"Work.\nAnswer: {answer}")):
        assert bool(verdict) is (reason is None) and (reason is None or reason in verdict.reason), (answer, verdict)


def test_fractions_and_negatives():
    problem = {"expression": "1 - 7/4"}
    assert slowthink.verify("arithmetic.expr", problem, "-3/4")
    assert slowthink.verify("arithmetic.expr", problem, "−3/4")
    assert slowthink.verify("arithmetic.expr", problem, "-0.75")
    assert not slowthink.verify("arithmetic.expr", problem, "3/4")
    unreduced = slowthink.verify("arithmetic.expr", problem, "-6/8")
    assert unreduced and "lowest terms" in unreduced.reason


@pytest.mark.parametrize("answer, right", [("3 1/2", True), ("−3 1/2", False), ("3 2/4", True), ("3 3/2", False),
                                           ("2 3/2", False), ("3 1/0", False), ("31/2", False)])
def test_mixed_numbers_as_people_write_them(answer, right):
    # 7/2 is "3 1/2"; the fraction part must be proper, so "2 3/2" is no spelling of it
    assert bool(slowthink.verify("arithmetic.div", {"expression": "7/2"}, answer)) is right, answer


@pytest.mark.parametrize("expression, answer, right", [
    ("7128 / 18", "396 R 0", True), ("7128/18", "396 remainder 0", True), ("7128 / 18", "396 (no remainder)", True),
    ("101 / 65", "1 R 36", True), ("101 / 65", "1 r36", True), ("101 / 65", "1, remainder 36", True),
    ("101 / 65", "1 with a remainder of 36", True), ("1,000,000 / 7", "142,857 R 1", True), ("3/4", "0 R 3", True),
    ("101 / 65", "1 R 37", False), ("101 / 65", "0 R 101", False), ("101 / 65", "2 R 0", False),
    ("101 / 65", "1 R 36)", False), ("7128 / 18", "396 R 0 or 395 R 18", False),
    ("-7 / 2", "-4 R 1", False),  # which remainder a negative division leaves is no settled convention
])
def test_a_division_may_be_answered_with_its_quotient_and_remainder(expression, answer, right):
    """'396 R 0' and '1 remainder 36' are what long division gives, and were refused as 'expected one number'."""
    verdict = slowthink.verify("arithmetic.div", {"expression": expression}, answer)
    assert bool(verdict) is right, verdict


@pytest.mark.parametrize("expression, answer, right", [
    ("7128 / 18", "7128 / 18 = 396 remainder 0", True), ("254/18", "254 ÷ 18 = 14 R 2", True),
    ("254/18", "254 ÷ 18 = 14 R 3", False), ("7128 / 18", "7128 / 17 = 396 R 0", False),
    ("254/18", "254 ÷ 18 = 14.111 = 14 R 2", False),  # a side that is not the value
])
def test_a_quotient_and_remainder_may_end_the_division_written_out(expression, answer, right):
    """'7128 / 18 = 396 remainder 0' was refused as 'cannot read 396 remainder 0 in the answer's equation', though the
    remainder alone and the equation ending in one number were both read. Every other side must hold, as in any."""
    assert bool(slowthink.verify_completion("arithmetic.div", {"expression": expression}, "Working.\n" + answer)) is right


def test_a_quotient_and_remainder_answers_only_a_division():
    assert not slowthink.verify("arithmetic.mul", {"expression": "23 * 68"}, "1564 R 0")
    assert not slowthink.verify("arithmetic.expr", {"expression": "(7128 + 0) / 18 + 1"}, "397 R 0")
    assert slowthink.verify_completion("arithmetic.div", {"expression": "7128 / 18"}, "**Answer:** 396 R 0")


_TIGHT_DIVISION = ["Task: 7128/18.", "Long division of 7128 by 18.", "  18 first fits into 71.",
                   "  How many 18s in 71? 18 × 3 = 54 and 18 × 4 = 72 is too much, so 3; 71 − 54 = 17.",
                   "  Bring down 2: 172.", "  How many 18s in 172? 18 × 9 = 162, so 9; 172 − 162 = 10.",
                   "  Bring down 8: 108.", "  How many 18s in 108? 18 × 6 = 108, so 6; 108 − 108 = 0.",
                   "  No digits left: quotient 396, remainder 0.", "Check by multiplying back: 18 × 396 = 7128.",
                   "Answer: 396"]


def test_a_tight_division_is_judged_by_its_value_and_its_long_division_step_by_step():
    """"7128/18" written tight is the division 7128 ÷ 18: its answer is 396, and the long division that finds it
    is labelled step by step, a wrong digit false from where it is written."""
    problem = {"expression": "7128/18"}
    for answer in ("396", "7128/18", "792/2", "396.0"):
        assert slowthink.verify("arithmetic.div", problem, answer), answer
    for answer in ("395", "396/18", "7128", "22"):
        assert not slowthink.verify("arithmetic.div", problem, answer), answer
    assert slowthink.label_steps("arithmetic.div", problem, _TIGHT_DIVISION) == [True] * len(_TIGHT_DIVISION)
    slipped = [step.replace("18 × 9 = 162, so 9; 172 − 162 = 10", "18 × 8 = 144, so 8; 172 − 144 = 28")
               for step in _TIGHT_DIVISION]
    assert slowthink.label_steps("arithmetic.div", problem, slipped) == [True] * 5 + [False] * 6


@pytest.mark.parametrize("step, holds", [("Both 6 and 8 are divisible by 2: 6/8 = 3/4.", True),
                                         ("Reduce by 2: 6/8 = 3/4.", True), ("Reduce by 3: 6/8 = 2/3.", False),
                                         ("So 6/8 + 1/4 = 3/4 + 1/4.", True), ("So 6/8 + 1/4 = 3/8 + 1/4.", False)])
def test_a_fraction_written_unsimplified_is_simplified_by_true_steps_only(step, holds):
    problem = {"expression": "6/8 + 1/4"}
    assert slowthink.label_steps("arithmetic.add", problem, ["Task: 6/8 + 1/4.", step]) == [True, holds]


def test_integer_answers_are_accepted_as_ints():
    assert slowthink.verify("arithmetic.add", {"expression": "2+2"}, 4)


@pytest.mark.parametrize("problem", [None, {}, {"expression": 5}, {"expression": "1/0"}, {"expression": "2^99999"},
                                     {"expression": "(" * 500}, "not json", {"expression": "x" * 10**6}])
def test_bad_problems_give_a_falsy_verdict_not_an_exception(problem):
    verdict = slowthink.verify("arithmetic.expr", problem, "1")
    assert not verdict and "problem" in verdict.reason


def test_problem_shape_must_fit_the_task():
    verdict = slowthink.verify("arithmetic.add", {"expression": "2*3"}, "6")
    assert not verdict and "arithmetic.expr" in verdict.reason
    assert slowthink.verify("arithmetic.div", {"expression": "7/2"}, "7/2")


@pytest.mark.parametrize("expression, value", [("23 * 68 =", "1564"), ("3 + 4 = ?", "7"), ("3+4=？", "7"),
                                               ("12 ÷ 4 ＝", "3")])
def test_a_problem_may_end_in_the_equals_sign_that_asks_for_its_value(expression, value):
    task = "arithmetic.div" if "÷" in expression else "arithmetic.expr"
    assert slowthink.verify(task, {"expression": expression}, value)
    assert not slowthink.verify(task, {"expression": expression}, str(int(value) + 1))
    record = slowthink.solve(task, {"expression": expression})
    assert record["verified"] and record["answer"] == value and "=" not in record["problem"]["expression"]


@pytest.mark.parametrize("expression", ["3 = 4", "= 3", "3 + 4 = 7", "3 + 4 == ?", "3 + 4 = ? ?"])
def test_an_equals_sign_anywhere_else_is_refused(expression):
    verdict = slowthink.verify("arithmetic.expr", {"expression": expression}, "7")
    assert not verdict and verdict.reason.startswith("problem.expression")


def test_unknown_task_is_a_verdict():
    verdict = slowthink.verify("arithmetic.pow", {"expression": "2"}, "2")
    assert not verdict and "unknown task" in verdict.reason


@settings(max_examples=300, deadline=None)
@given(a=st.integers(-10**12, 10**12), b=st.integers(1, 10**6), delta=st.integers(1, 10**6))
def test_mutated_answers_are_rejected(a, b, delta):
    problem = {"expression": f"{a} / {b}" if a >= 0 else f"-{-a} / {b}"}
    value = Fraction(a, b)
    right = f"{value.numerator}/{value.denominator}" if value.denominator > 1 else str(value.numerator)
    assert slowthink.verify("arithmetic.div", problem, right)
    assert not slowthink.verify("arithmetic.div", problem, str(value.numerator + delta) + (
        f"/{value.denominator}" if value.denominator > 1 else ""))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=500), st.integers(), st.none(), st.lists(st.integers()), st.floats()))
def test_any_answer_gives_a_verdict(answer):
    verdict = slowthink.verify("arithmetic.add", {"expression": "1+1"}, answer)
    assert isinstance(verdict.reason, str)


def test_labels_mark_the_first_false_step_and_everything_after():
    record = slowthink.solve("arithmetic.mul", {"expression": "23 * 68"})
    steps = [s["text"] for s in record["steps"]]
    assert slowthink.label_steps("arithmetic.mul", record["problem"], steps) == [True] * len(steps)
    k = next(i for i, s in enumerate(steps) if "1380" in s and "=" in s)
    broken = steps[:k] + [steps[k].replace("1380", "1390", 1)] + steps[k + 1:]
    labels = slowthink.label_steps("arithmetic.mul", record["problem"], broken)
    assert labels == [True] * k + [False] * (len(steps) - k)


def test_labels_catch_a_slipped_carry_and_a_wrong_answer_line():
    problem = {"expression": "1380 + 184"}
    steps = ["  tens: 8 + 8 = 16, write 6, carry 2", "Answer: 1564"]
    assert slowthink.label_steps("arithmetic.add", problem, steps) == [False, False]
    assert slowthink.label_steps("arithmetic.add", problem, ["So 1380 + 184 = 1564.", "Answer: 1574"]) == [True, False]


@pytest.mark.parametrize("step, holds", [
    ("8 + 8 = 16; write down 6 and carry 1.", True), ("8 + 8 = 16; write down 6 and carry 2.", False),
    ("8 + 8 = 16, so I write 6 and carry the 1", True), ("8 + 8 = 16, so I write 6 and carry the 2", False),
    ("8 + 8 = 16: put down 7, carry 1", False),
    ("So the answer is 1564.", True), ("So the answer is 1574.", False), ("**Final answer:** $1574$", False),
    ("\\boxed{1574}", False), ("\\boxed{1564}", True), ("<answer>1574</answer>", False),
    ("Answer: 1380 + 184 = 1564", True), ("Answer: 1380 + 180 = 1564", False),  # a false equation
    ("If the answer is 1574, the last digit would be 4.", True),  # a supposition states no answer
    ("So the answer is not 1574.", True),  # nor does "is" with no value after it
])
def test_labels_read_carries_and_final_answers_in_the_ways_models_write_them(step, holds):
    """A process reward model learns from these labels: a wrong answer said in other words, or a
    carry written with other words, must still be caught."""
    assert slowthink.label_steps("arithmetic.add", {"expression": "1380 + 184"}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("6 goes into 59 nine times (54), remainder 5.", True), ("6 goes into 59 nine times (54), remainder 6.", False),
    ("6 goes into 59 eight times (48), remainder 11.", False),  # a long-division step takes the most that fits
    ("6 goes into 59 9 times (56), with a remainder of 5.", False), ("6 goes into 5 zero times, remainder 5.", True),
    ("Bring down 6; 6 goes into 6 once.", True), ("6 goes into 6 twice.", False),
    ("So 23 × 68 is 1565.", False), ("23 times 68 equals 1564.", True), ("- 20 × 68 = 1360", True),
])
def test_labels_read_division_steps_and_equations_said_in_words(step, holds):
    assert slowthink.label_steps("arithmetic.div", {"expression": "5946 / 6"}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("43 is prime; 68 = 43 + 25, so 43 does not divide it, and they have no common factor.", True),
    ("51 is prime and 23 is smaller, so they share no factor.", False),  # 51 = 3 × 17
    ("43 and 91 are both prime, so they share no factor.", False), ("Both 13 and 97 are prime: no common factor.", True),
    ("43 does not divide 86.", False), ("0 does not divide 5.", True), ("Check whether 91 is prime.", True),
    ("Is 91 prime? 91 = 7 × 13, so no.", True), ("1000000007 is prime.", True), ("1000000011 is prime.", False),
])
def test_labels_check_prime_and_divisibility_claims_said_in_words(step, holds):
    """A trace may say two numbers share no factor because one is prime: a false "is prime" is a false step."""
    assert slowthink.label_steps("arithmetic.add", {"expression": "1/43 + 1/68"}, [step]) == [holds], step


def test_the_exact_prime_test_agrees_with_trial_division():
    from slowthink.verifiers.arithmetic import is_prime

    assert [n for n in range(20000) if is_prime(n)] == [n for n in range(20000)
                                                         if n > 1 and all(n % k for k in range(2, int(n ** 0.5) + 1))]
    assert is_prime(2**61 - 1) and not is_prime(3215031751) and not is_prime((2**31 - 1) * (2**61 - 1))


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 10**6), st.integers(0, 10**7), st.integers(-2, 2))
def test_a_division_step_holds_exactly_when_its_count_and_remainder_are_right(d, n, slip):
    k = n // d + slip
    if k < 0:
        return
    step = f"{d} goes into {n} {k} times ({k * d}), remainder {n - k * d}."
    assert slowthink.label_steps("arithmetic.div", {"expression": "5946 / 6"}, [step]) == [slip == 0], step


def test_a_huge_integer_answer_is_refused_not_raised():
    verdict = slowthink.verify("arithmetic.mul", {"expression": "23*68"}, 10**5000)  # str() of it raises
    assert not verdict and "too long" in verdict.reason


@pytest.mark.parametrize("expression, value", [("(1+2)/3/4", Fraction(1, 4)), ("1/2/3/4", Fraction(1, 24)),
                                               ("3/4/5", Fraction(3, 20)), ("(3/4) * (5/6)", Fraction(5, 8)),
                                               ("1/2 ÷ 3/4", Fraction(2, 3)), ("6 ÷ 3/4", 8), ("10 / 5/2", 4)])
def test_a_tight_chain_of_divisions_divides_while_a_fraction_after_a_sign_is_one_number(expression, value):
    """"/3/4" divides twice: read as one fraction, (1+2)/3/4 was valued 4, and 4 was accepted. After
    "÷" or a spaced "/", a tight 3/4 is still the one number school notation means."""
    assert slowthink.verify("arithmetic.expr", {"expression": expression}, str(value))
    assert slowthink.solve("arithmetic.expr", {"expression": expression})["answer"] == str(value)


@pytest.mark.parametrize("completion, right", [
    ("So 23 × 68 = 1564.", True), ("Therefore, 23 × 68 = **1564**.", True), ("So 23 × 68 = 1565.", False),
    ("\\[\n23 \\times 68 = 1564\n\\]", True), ("<think>1564</think>", True), ("–1564", False),
])
def test_completions_ending_as_people_end_them(completion, right):
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, completion)) is right


def test_a_sign_in_brackets_or_an_en_dash_is_a_minus():
    assert slowthink.verify("arithmetic.sub", {"expression": "5-7"}, "–2")
    assert slowthink.verify("arithmetic.sub", {"expression": "5-7"}, "(−2)")


@pytest.mark.parametrize("problem, answer, right", [
    ("3/4", "¾", True), ("3/4", "3⁄4", True), ("3/4", "３／４", True), ("3/4", ".75", True), ("3/4", "+.75", True),
    ("0 - 7/4", "−1¾", True), ("0 - 7/4", "-1 ¾", True), ("0 - 7/4", "－7/4", True), ("0 - 7/4", "﹣7⁄4", True),
    ("0 - 7/4", "−１．７５", True), ("3/4", "3/4 ＝ 0.75", True),
    # a vulgar fraction after a whole number is a mixed number, never digits run together: "1¾" is 7/4, not 13/4
    ("13/4", "1¾", False), ("3/4", "1¾", False), ("3/4", "−¾", False), ("3/4", ".7", False), ("3/4", ".", False),
])
def test_unicode_fractions_minus_signs_and_a_bare_decimal_point_are_read_as_written(problem, answer, right):
    """The vulgar fractions, the fraction slash and the full-width forms are how typeset and CJK text write
    numbers; each is read as its plain spelling, in `verify`, a completion and a step's answer line alike."""
    problem = {"expression": problem}
    assert bool(slowthink.verify("arithmetic.expr", problem, answer)) is right, answer
    assert bool(slowthink.verify_completion("arithmetic.expr", problem, f"Answer: {answer}")) is right, answer
    assert slowthink.label_steps("arithmetic.expr", problem, [f"Answer: {answer}"]) == [right]


def test_an_unreduced_fraction_is_noted_whatever_its_slash():
    assert slowthink.verify("arithmetic.div", {"expression": "3/4"}, "6⁄8").reason.startswith("correct value, though")


@pytest.mark.parametrize("task, expression, value", [("arithmetic.mul", "23 x 68", "1564"), ("arithmetic.mul", "23X68", "1564"),
                                                    ("arithmetic.expr", "(3 x 4) + 2", "14")])
def test_a_hand_written_problem_may_multiply_with_an_x(task, expression, value):
    """"23 x 68" is how people type a product; it was "unexpected 'x'". Verified and solved alike."""
    assert slowthink.verify(task, {"expression": expression}, value)
    record = slowthink.solve(task, {"expression": expression})
    assert record["verified"] and record["answer"] == value


def test_a_long_problem_is_solved_although_its_rendering_is_longer_than_its_text():
    """The solver works on the problem as shown, with spaces and brackets: longer than the limit on
    the text it was read from, which must not make a problem the verifier accepts unsolvable."""
    problem = {"expression": "1/2*" * 499 + "1/2"}
    assert slowthink.verify("arithmetic.expr", problem, "1/" + str(2**500))
    assert slowthink.solve("arithmetic.expr", problem)["verified"]


@settings(max_examples=150, deadline=None)
@given(a=st.decimals(min_value=-10**6, max_value=10**6, places=3, allow_nan=False, allow_infinity=False),
       b=st.decimals(min_value=-10**6, max_value=10**6, places=3, allow_nan=False, allow_infinity=False),
       base=st.integers(-30, 30), exponent=st.integers(0, 40))
def test_problems_from_other_generators_may_hold_decimals_and_powers(a, b, base, exponent):
    """A peer's problem set may write "1.5 + 2.25" or "2^10": read and valued exactly, the value worked
    here with Fractions and ints, never by the verifier's own parser."""
    total = Fraction(a) + Fraction(b)
    for expression in (f"{a} + {b}", f"({a}) + ({b})"):
        problem = {"expression": expression.replace("+ -", "- ").replace("+ (-", "- (")}
        assert slowthink.verify("arithmetic.expr", problem, str(total))
        assert slowthink.verify("arithmetic.expr", problem, str(a + b))  # as a decimal: "3.750"
        assert not slowthink.verify("arithmetic.expr", problem, str(total + Fraction(1, 1000)))
    power = {"expression": f"({base})^{exponent} + 1"}
    assert slowthink.verify("arithmetic.expr", power, str(base ** exponent + 1))
    assert slowthink.verify("arithmetic.expr", {"expression": f"({base})**{exponent}"}, str(base ** exponent))
    assert not slowthink.verify("arithmetic.expr", power, str(base ** exponent))


def test_a_power_too_large_to_write_is_refused_with_the_reason():
    assert "exponent too large (limit 1000)" in slowthink.verify("arithmetic.expr", {"expression": "2^1001"}, "1").reason
    assert "too large" in slowthink.verify("arithmetic.expr", {"expression": "(10^60)^1000"}, "1").reason
    assert slowthink.verify("arithmetic.expr", {"expression": "2^100"}, str(2 ** 100))


@pytest.mark.parametrize("expression, value", [
    ("10^6/2", Fraction(10**6, 2)), ("2^4/2", Fraction(8)), ("2^6/3", Fraction(64, 3)), ("3/4^2", Fraction(3, 16)),
    ("8^1/3", Fraction(8, 3)), ("2**6/3", Fraction(64, 3)), ("(3/4)^2", Fraction(9, 16)), ("3/4 + 1/4", Fraction(1)),
])
def test_a_power_binds_tighter_than_a_tight_fraction(expression, value):
    """"10^6/2" is 10^6 ÷ 2, never 10^(6/2): a tight p/q beside ^ or ** is a division, as convention has it."""
    problem = {"expression": expression}
    assert slowthink.verify("arithmetic.expr", problem, str(value)), expression
    assert not slowthink.verify("arithmetic.expr", problem, str(value + 1))


def test_every_problem_read_has_an_answer_that_can_be_written():
    assert slowthink.verify("arithmetic.expr", {"expression": "3^1000"}, str(3 ** 1000))  # 478 digits
    verdict = slowthink.verify("arithmetic.expr", {"expression": "999999^1000"}, "1")
    assert "more than an answer may have" in verdict.reason


def test_a_step_about_a_power_the_problem_may_hold_is_read():
    steps = ["2^65 = 36893488147419103232", "36893488147419103232 + 1 = 36893488147419103233"]
    assert slowthink.label_steps("arithmetic.expr", {"expression": "2^65 + 1"}, steps) == [True, True]
    assert slowthink.label_steps("arithmetic.expr", {"expression": "2^65 + 1"}, ["2^65 = 36893488147419103231"]) == [False]


@pytest.mark.parametrize("step, holds", [
    ("91 is also prime.", False), ("91 and 43 are each prime.", False), ("43, 67 and 91 are all prime.", False),
    ("43, 67 and 71 are all prime.", True), ("43 is not prime.", False), ("91 is composite.", True),
    ("43 divides 68.", False), ("43 divides 86.", True), ("86 is not divisible by 43.", False),
    ("Both 88 and 30 are divisible by 3.", False), ("Both 88 and 30 are divisible by 2: 88/30 = 44/15.", True),
    ("1,009 is prime.", True), ("11 does not divide 1,210.", False),
    ("17 is prime; 34 = 17 + 17, so 17 does not divide it, and they have no common factor.", False),
    ("43 is prime; 68 = 43 + 25, so 43 does not divide it, and they have no common factor.", True),
    ("6 and 9 share no factor.", False), ("59 and 82 share no factor.", True),
    ("55 = 5 × 11 and 33 = 3 × 11 share 5.", False), ("55 = 5 × 11 and 33 = 3 × 11 share 11.", True),
    ("12 and 18 share 6, 12 ÷ 6 = 2 and 18 ÷ 6 = 3.", True),
    # hedged, reported or asked: no claim
    ("Wrong: 91 is prime.", True), ("We might think 91 is prime, but 91 = 7 × 13.", True), ("unless 91 is prime", True),
    ("Is 91 prime?", True),
    # counts, read by the division reader, not as divisibility
    ("6 goes into 59 nine times (54), remainder 5.", True), ("125 does not go into 0 at all: the quotient is 0.", True),
])
def test_number_facts_in_the_wordings_people_and_traces_use_are_judged(step, holds):
    """Found by a hostile review: adverbs, lists, negations, divisibility, shared factors (the solver's own
    "share no factor", "share 11", "does not divide it") went unread, and hedges were read as claims."""
    assert slowthink.label_steps("arithmetic.add", {"expression": "1/43 + 1/68"}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    # common denominators, multiples and divisors, as the solver and models name them
    ("The least common denominator of 4 and 6 is 12.", True), ("The least common denominator of 4 and 6 is 24.", False),
    ("The lowest common denominator of 4, 6 and 10 is 60.", True), ("The LCD of 4 and 6 is 10.", False),
    ("LCM(4, 6) = 12", True), ("lcm(4, 6) = 24", False), ("The least common multiple of 8 and 12 is 48.", False),
    ("The greatest common divisor of 12 and 18 is 6.", True), ("gcd(12, 18) = 3", False),
    ("The highest common factor of 12 and 18 is 4.", False), ("The GCF of 1,200 and 1,800 is 600.", True),
    ("12 and 18 have a common factor of 3.", True), ("19 and 12 share a factor of 3.", False),
    # a fraction said to reduce must keep its value
    ("18/12 simplifies to 3/2.", True), ("18/12 simplifies to 2/3.", False), ("18/12 reduces to 4/3.", False),
    # a mixed number is a whole number and a fraction
    ("19/12 = 1 7/12", True), ("19/12 = 1 5/12", False),
    # hedged or asked: no claim
    ("Is the least common denominator of 4 and 6 equal to 24? No, 12.", True),
    ("Maybe the LCD of 4 and 6 is 24, but 12 is smaller.", True),
])
def test_common_multiples_divisors_reductions_and_mixed_numbers_are_judged(step, holds):
    """The solver writes "The least common denominator of 4 and 6 is 12."; a false one went unchecked."""
    assert slowthink.label_steps("arithmetic.add", {"expression": "3/4 + 5/6"}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    # a value worked out after "is" is the value said, not its first number
    ("The least common multiple of 4 and 6 is 2 × 6 = 12.", True), ("The LCD of 4 and 6 is 4 × 6 = 24.", False),
    ("The LCD of 1,200 and 1,800 is 2 × 1,800 = 3,600.", True), ("The LCD of 4 and 6 is 2 × 6.", True),
    ("The LCD of 4 and 6 is 2 × 4.", False), ("The least common denominator of 4 and 6 is 12 - 9/12 + 10/12.", True),
    # the wordings a wrong one hid in: of fractions, the greatest common factor had, calls with "is" or no spaces
    ("The LCD of 3/4 and 5/6 is 12.", True), ("The least common denominator of 3/4 and 5/6 is 24.", False),
    ("12 and 18 have a greatest common factor of 6.", True), ("12 and 18 have a greatest common factor of 3.", False),
    ("GCD(12, 18) is 6.", True), ("GCD(12, 18) is 3.", False), ("gcd(12,18) = 6", True), ("gcd(12,18) = 3", False),
    ("LCM(4, 6) is 24.", False), ("lcm(4,6,10) = 60", True),
    # a reduction to a mixed number, or said in the passive
    ("18/12 simplifies to 1 1/2.", True), ("18/12 simplifies to 1 2/3.", False),
    ("18/12 can be simplified to 3/2.", True), ("18/12 can be simplified to 2/3.", False),
])
def test_common_multiples_and_reductions_in_more_wordings(step, holds):
    """Found by a hostile review: 'is 2 × 6 = 12' was read as the LCM 2 (a true step labelled false); and a
    wrong LCD of fractions, greatest common factor had, 'GCD(12, 18) is 3' or 'simplifies to 1 2/3' went unread."""
    assert slowthink.label_steps("arithmetic.add", {"expression": "3/4 + 5/6"}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("2 1/2 + 1 = 7/2", True), ("2 1/2 + 1 = 3 1/2", True), ("So 2 1/2 + 1 = 3 1/2.", True),
    ("2 1/2 + 1 = 9/2", False), ("2 1/2 + 1 = 3/2", False), ("1 + 2 1/2 = 1/2", False),
])
def test_a_mixed_number_in_a_step_is_one_number(step, holds):
    """From a review: "2 1/2 + 1 = 7/2" in a fraction trace was labelled false."""
    assert slowthink.label_steps("arithmetic.add", {"expression": "5/2 + 1"}, [step]) == [holds]


_NINES_TRACE = ["So 684 × 7714 = 5276376.", "Check by casting out nines.",
                "  684: 6 + 8 + 4 = 18, 1 + 8 = 9, and 9 counts as 0, so 684 leaves 0.",
                "  7714: 7 + 7 + 1 + 4 = 19, 1 + 9 = 10, 1 + 0 = 1, so 7714 leaves 1.",
                "  0 × 1 = 0, so the product should leave 0.",
                "  5276376: 5 + 2 + 7 + 6 + 3 + 7 + 6 = 36, 3 + 6 = 9, and 9 counts as 0, so 5276376 leaves 0. They agree.",
                "Answer: 5276376"]


@pytest.mark.parametrize("k, wrong", [
    (2, "  684: 6 + 8 + 4 = 18, 1 + 8 = 9, and 9 counts as 0, so 684 leaves 3."),
    (3, "  7714: 7 + 7 + 1 + 4 = 19, 1 + 9 = 10, 1 + 0 = 1, so 7714 leaves 2."),
    (3, "  7714: 7 + 7 + 1 + 4 = 19, 1 + 9 = 10, 1 + 0 = 1; so it leaves 4."),  # the older wording, read too
    (4, "  0 × 1 = 0, so the product should leave 5."),
    (5, "  5276376: 5 + 2 + 7 + 6 + 3 + 7 + 6 = 36, 3 + 6 = 9, so 5276376 leaves 4. They agree."),
])
def test_what_casting_out_nines_says_a_number_leaves_is_read(k, wrong):
    """"so it leaves 7" was words the verifier did not read: a wrong remainder in a nines check passed."""
    problem = {"expression": "684*7714"}
    assert all(slowthink.label_steps("arithmetic.mul", problem, _NINES_TRACE))
    steps = _NINES_TRACE[:k] + [wrong] + _NINES_TRACE[k + 1:]
    assert slowthink.label_steps("arithmetic.mul", problem, steps) == [True] * k + [False] * (len(steps) - k), wrong


@pytest.mark.parametrize("step, holds", [
    ("17 leaves 2 when divided by 5.", True), ("17 leaves 3 when divided by 5.", False),
    ("So 100 leaves 1 on division by 9.", True), ("So 100 leaves 9 on division by 9.", False),
    ("So 684 leaves 3.", True),  # no divisor said, and no casting out nines: no claim
    ("Casting out nines: 684 leaves 0 and 7714 leaves 1.", True), ("Casting out nines: 684 leaves 0 and 7714 leaves 2.", False),
    ("Check by casting out nines: 7714 leaves 2.", False), ("By digit sums, 7714 leaves 5.", False),
    ("Casting out nines, taking 5 from 12 leaves 7.", True), ("Casting out nines: 12 minus 5 leaves 7.", True),
    ("Casting out nines: if 684 leaves 3, something is wrong.", True),  # hedged
    ("Casting out nines: 6 × 7 = 42, 4 + 2 = 6, so the product should leave 6.", True),
    ("Casting out nines: 6 × 7 = 42, 4 + 2 = 6, so the product should leave 5.", False),
    ("Casting out nines: 3 × 6 = 18, 1 + 8 = 9, so the product should leave 0.", True),
    ("Casting out nines: 3 × 6 = 18, 1 + 8 = 9, and 9 counts as 0, so the product should leave 0.", True),
    ("Casting out nines: 3 × 6 = 18, 1 + 8 = 9, and 9 counts as 0, so the product should leave 3.", False),
])
def test_remainders_said_in_words_are_judged(step, holds):
    assert slowthink.label_steps("arithmetic.add", {"expression": "1 + 1"}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    # a row of a number times one digit: each row's digit, the digit it is times and the carry come from the head
    ("  3042 × 6: 2 × 6 = 12, write 2, carry 1; 4 × 6 + 1 = 25, write 5, carry 2; 0 × 6 + 2 = 2, write 2; "
     "3 × 6 = 18. So 3042 × 6 = 18252.", True),
    ("  3042 × 6: 2 × 6 = 12, write 2, carry 1; 4 × 6 + 1 = 25, write 5, carry 2; 0 × 7 + 2 = 2, write 2; "
     "3 × 6 = 18. So 3042 × 6 = 18252.", False),  # 0 × 7 + 2 = 2 holds, but the row is times 6
    ("  3042 × 6: 2 × 6 = 12, write 2, carry 1; 4 × 6 + 1 = 25, write 5, carry 2; 0 × 6 + 2 = 2, write 2; "
     "3 × 6 = 18. So 3042 × 6 = 18252.".replace("3042 × 6:", "3043 × 6:"), False),  # the head is another number
    ("  3042 × 6: 2 × 6 = 12, write 2, carry 1; 4 × 6 + 1 = 25, write 5, carry 2; 0 × 6 + 2 = 2, write 3; "
     "3 × 6 = 18. So 3042 × 6 = 18252.", False),  # a digit written with no carry said
    ("  512 × 3: 2 × 3 = 6, write 6; 1 × 3 + 1 = 4, write 4; 5 × 3 = 15. So 512 × 3 = 1536.", False),  # no carry came
    ("9 + 8 = 17, so I write 17.", True),  # the whole number written, not a column's digit
    # a column's carry named in brackets is the sum's last term
    ("  tens: 8 + 7 + 1 = 16 (the last 1 is the carry), write 6, carry 1", True),
    ("  tens: 8 + 7 + 1 = 16 (the last 2 is the carry), write 6, carry 1", False),
    ("  tens: 8 + 7 + 1 = 16 (including the carry 2), write 6, carry 1", False),
])
def test_the_digits_and_carries_of_written_rows_are_tied_to_their_head(step, holds):
    """A product with a zero digit ("0 × 6 + 2 = 2") is true whatever the other factor: a slipped digit there was
    labelled true until each row was read against the number and digit it works on."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "3042 * 6"}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("  Start with 47, the first part of 4713 that is at least 13.", True),
    ("  Start with 471, the first part of 4713 that is at least 13.", False),  # 47 was already enough
    ("  Start with 48, the first part of 4713 that is at least 13.", False),
    ("  Start with 4, the first part of 4713 that is at least 13.", False),
    ("  How many 13s in 47? 13 × 3 = 39 and 13 × 4 = 52 is too much, so 3; 47 − 39 = 8.", True),
    ("  How many 13s in 47? 13 × 3 = 39 and 13 × 4 = 52 is too much, so 2; 47 − 39 = 8.", False),
    ("  How many 13s in 48? 13 × 3 = 39 and 13 × 4 = 52 is too much, so 3; 47 − 39 = 8.", False),
    ("  How many 12s in 47? 13 × 3 = 39 and 13 × 4 = 52 is too much, so 3; 47 − 39 = 8.", False),
    ("  How many 13s in 81? Try 7: 13 × 7 = 91, more than 81, too big. 13 × 6 = 78, so 6; 81 − 78 = 3.", True),
    ("  How many 13s in 81? Try 8: 13 × 7 = 91, more than 81, too big. 13 × 6 = 78, so 6; 81 − 78 = 3.", False),
    ("  How many 13s in 81? Try 7: 13 × 7 = 91, more than 80, too big. 13 × 6 = 78, so 6; 81 − 78 = 3.", False),
    ("  How many 13s in 11? 13 is more than 11, so 0; 11 − 0 = 11.", True),
    ("  How many 13s in 11? 14 is more than 11, so 0; 11 − 0 = 11.", False),
    ("  How many 13s in 11? 13 is more than 12, so 0; 11 − 0 = 11.", False),
    # the part of a quotient named again is the one written
    ("So 4713 ÷ 13 = 362 + 7/13; the part 7/13 is the one to reduce.", True),
    ("So 4713 ÷ 13 = 362 + 7/13; the part 8/13 is the one to reduce.", False),
    ("So 4713 ÷ 13 = 362 + 7/13. Reduce the remainder part 7/12 first.", False),
])
def test_the_numbers_of_a_long_division_step_are_read(step, holds):
    """The digit a step of long division settles on, the number it divides and the part it names again are
    claims no equation of the step makes: a changed one was labelled true."""
    assert slowthink.label_steps("arithmetic.div", {"expression": "4713 / 13"}, [step]) == [holds], step


_LONG_DIVISION = ["Long division: 4713 by 13.", "  13 first fits into 47.",
                  "  How many 13s in 47? 13 × 3 = 39 and 13 × 4 = 52 is too much, so 3; 47 − 39 = 8.",
                  "  Bring down 1: 81.",
                  "  How many 13s in 81? Try 7: 13 × 7 = 91, more than 81, too big. 13 × 6 = 78, so 6; 81 − 78 = 3.",
                  "  Bring down 3: 33.",
                  "  How many 13s in 33? 13 × 2 = 26 and 13 × 3 = 39 is too much, so 2; 33 − 26 = 7.",
                  "  No digits left: quotient 362, remainder 7.", "So 4713 ÷ 13 = 362 + 7/13 = 4713/13."]


@pytest.mark.parametrize("k, wrong", [
    (1, "  13 first fits into 471."), (1, "  13 first fits into 4."), (3, "  Bring down 1: 91."),
    (5, "  Bring down 3: 43."), (7, "  No digits left: quotient 361, remainder 7."),
    (7, "  No digits left: quotient 362, remainder 8."), (7, "  Done: 362 with remainder 6."),
])
def test_a_long_division_goes_on_from_its_steps_before(k, wrong):
    """The number a digit is brought down to, and the quotient and remainder a long division ends on, follow
    from the steps before it: a changed one was labelled true."""
    problem = {"expression": "4713 / 13"}
    assert all(slowthink.label_steps("arithmetic.div", problem, _LONG_DIVISION))
    done = _LONG_DIVISION[:7] + ["  Done: 362 with remainder 7."] + _LONG_DIVISION[8:]
    assert all(slowthink.label_steps("arithmetic.div", problem, done))
    steps = _LONG_DIVISION[:k] + [wrong] + _LONG_DIVISION[k + 1:]
    assert slowthink.label_steps("arithmetic.div", problem, steps) == [True] * k + [False] * (len(steps) - k), wrong


_NINES_CHECK = ["Check by casting out nines.",
                "  5418: 5 + 4 + 1 + 8 = 18, 1 + 8 = 9, and 9 counts as 0, so 5418 leaves 0.",
                "  2468: 2 + 4 + 6 + 8 = 20, 2 + 0 = 2, so 2468 leaves 2.",
                "  0 × 2 = 0, so the product should leave 0.",
                "  13371624: 1 + 3 + 3 + 7 + 1 + 6 + 2 + 4 = 27, 2 + 7 = 9, and 9 counts as 0, so 13371624 leaves 0. "
                "They agree.",
                "Answer: 13371624"]
_NINES_DIVISION = ["Check by casting out nines: 8537 should be 29 × 294 + 11.",
                   "  29: 2 + 9 = 11, 1 + 1 = 2, so 29 leaves 2.",
                   "  294: 2 + 9 + 4 = 15, 1 + 5 = 6, so 294 leaves 6.",
                   "  11: 1 + 1 = 2, so 11 leaves 2.",
                   "  2 × 6 + 2 = 14, 1 + 4 = 5, so 8537 should leave 5.",
                   "  8537: 8 + 5 + 3 + 7 = 23, 2 + 3 = 5, so 8537 leaves 5. All consistent."]
_NINES_SIGNED = ["Check by casting out nines, the negative numbers by their sizes.",
                 "  6512: 6 + 5 + 1 + 2 = 14, 1 + 4 = 5, so 6512 leaves 5.",
                 "  8300: 8 + 3 + 0 + 0 = 11, 1 + 1 = 2, so 8300 leaves 2.",
                 "  25: 2 + 5 = 7, so 25 leaves 7.",
                 "  The positives leave 5 + 7 = 12, 1 + 2 = 3; the negatives leave 2.",
                 "  2 + 9 − 3 = 8, so 1763 should leave 8.",
                 "  1763: 1 + 7 + 6 + 3 = 17, 1 + 7 = 8, so 1763 leaves 8. Consistent."]


@pytest.mark.parametrize("steps, problem, k, wrong", [
    (_NINES_CHECK, "5418 * 2468", 1, "  5419: 5 + 4 + 1 + 8 = 18, 1 + 8 = 9, and 9 counts as 0, so 5418 leaves 0."),
    (_NINES_CHECK, "5418 * 2468", 1, "  5418: 5 + 4 + 1 + 8 = 18, 1 + 8 = 9, and 8 counts as 0, so 5418 leaves 0."),
    (_NINES_CHECK, "5418 * 2468", 1, "  5418: 5 + 4 + 1 + 8 = 18, 1 + 8 = 9, and 9 counts as 1, so 5418 leaves 0."),
    (_NINES_CHECK, "5418 * 2468", 3, "  0 × 3 = 0, so the product should leave 0."),  # 2468 leaves 2, not 3
    (_NINES_DIVISION, "8537 / 29", 0, "Check by casting out nines: 8537 should be 29 × 295 + 11."),
    (_NINES_DIVISION, "8537 / 29", 4, "  2 × 6 + 2 = 14, 1 + 4 = 5, so 8547 should leave 5."),
    (_NINES_DIVISION, "8537 / 29", 5, "  8537: 8 + 5 + 3 + 7 = 23, 2 + 3 = 5, so 8537 leaves 5. All consistent."
                                      .replace("8537:", "8536:")),
    (_NINES_SIGNED, "6512 + (-8300) + 25", 4, "  The positives leave 5 + 8 = 13, 1 + 3 = 4; the negatives leave 2."),
    (_NINES_SIGNED, "6512 + (-8300) + 25", 4, "  The positives leave 5 + 7 = 12, 1 + 2 = 3; the negatives leave 3."),
])
def test_a_nines_check_goes_on_from_its_lines_before(steps, problem, k, wrong):
    """What each factor leaves ("0 × 2 = 0, so the product should leave 0" holds for any factor beside the 0), the
    number a digit-sum line names first, what 9 counts as, and the numbers a check's lead names were read nowhere:
    a changed one was labelled true."""
    problem = {"expression": problem}
    task = "arithmetic.div" if "/" in problem["expression"] else "arithmetic.mul" if "*" in problem["expression"] \
        else "arithmetic.add"
    assert all(slowthink.label_steps(task, problem, steps))
    changed = steps[:k] + [wrong] + steps[k + 1:]
    assert slowthink.label_steps(task, problem, changed) == [True] * k + [False] * (len(steps) - k), wrong


def test_the_number_a_nines_check_says_should_leave_is_the_one_it_casts_out_next():
    problem = {"expression": "6512 + (-8300) + 25"}
    changed = _NINES_SIGNED[:5] + ["  2 + 9 − 3 = 8, so 1764 should leave 8."] + _NINES_SIGNED[6:]
    assert slowthink.label_steps("arithmetic.add", problem, changed) == [True] * 5 + [False] * 2


@pytest.mark.parametrize("steps, holds", [
    # a reciprocal, a reduction, a row said again, why a number leaves itself: no equation holds these
    (["Casting out nines: 7 leaves 7 (it is less than 9)."], [True]),
    (["Casting out nines: 7 leaves 7 (it is less than 0)."], [False]),
    (["  Dividing by 9/4 is multiplying by its reciprocal 4/9: (5/6) ÷ (9/4) = (5/6) × (4/9)."], [True]),
    (["  Dividing by 9/5 is multiplying by its reciprocal 4/9: (5/6) ÷ (9/4) = (5/6) × (4/9)."], [False]),
    (["  Dividing by 9/4 is multiplying by its reciprocal 5/9: (5/6) ÷ (9/4) = (5/6) × (4/9)."], [False]),
    (["  Dividing by −3 is multiplying by its reciprocal −1/3: 8 ÷ (−3) = 8 × (−1/3)."], [True]),
    (["  Dividing by −3 is multiplying by its reciprocal 1/3: 8 ÷ (−3) = 8 × (−1/3)."], [False]),
    (["  Reduce by 6: 42/90 = 7/15."], [True]),
    (["  Reduce by 3: 42/90 = 7/15."], [False]),
    (["  Reduce by 7: 14/7 = 2."], [True]),
    (["  Reduce by 2: 14/7 = 2."], [False]),
    (["    826 × 4 again: 3304, found for the ones row."], [True]),
    (["    826 × 5 again: 3304, found for the ones row."], [False]),
    (["    826 × 4 again: 3314, found for the ones row."], [False]),
    (["Bring both to the denominator 36.", "  5/12 = 15/36", "  7/9 = 28/36"], [True, True, True]),
    (["Bring both to the denominator 37.", "  5/12 = 15/36", "  7/9 = 28/36"], [False, False, False]),
    (["Bring both to the denominator 72.", "  5/12 = 30/72", "  7/9 = 56/72"], [True, True, True]),  # common, not least
    (["Bring both to the denominator 36.", "  5 × 3 = 15, so 5/12 = 15/36", "  7/9 = 28/36"], [True, True, True]),
    (["Bring both to the denominator 46.", "  5 × 3 = 15, so 5/12 = 15/36", "  7/9 = 28/36"], [False, False, False]),
    (["Bring both to the denominator 30, a multiple of 6. Divide to find the factor:"], [True]),
    (["Bring both to the denominator 30, a multiple of 7. Divide to find the factor:"], [False]),
    (["30 is a multiple of 6, so bring both to the denominator 30; how many times does 6 go into it?"], [True]),
    (["30 is a multiple of 7, so bring both to the denominator 30; how many times does 7 go into it?"], [False]),
    (["30 is a multiple of 6, so bring both to the denominator 31; how many times does 6 go into it?"], [False]),
    # a column's place goes on from the one before
    (["    trillions: 4 + 7 = 11, write 1 and carry 1", "    digit 14 from the right: 2 + 1 = 3 (the last 1 is the carry)"],
     [True, True]),
    (["    trillions: 4 + 7 = 11, write 1 and carry 1", "    digit 15 from the right: 2 + 1 = 3 (the last 1 is the carry)"],
     [True, False]),
    (["    digit 16 from the right: 2 + 1 = 3", "    digit 17 from the right: 5"], [True, True]),
    (["    digit 16 from the right: 2 + 1 = 3", "    digit 18 from the right: 5"], [True, False]),
    (["    hundreds: 6 + 5 = 11, write 1, carry 1", "    thousands: the carried 1 comes down."], [True, True]),
    (["    hundreds: 6 + 5 = 11, write 1, carry 1", "    thousands: the carried 2 comes down."], [True, False]),
    (["    hundreds: 6 + 3 = 9", "    thousands: the carried 1 comes down."], [True, False]),
    (["Line up 50725 + 318 and add column by column from the right:", "    thousands: 0", "    ten-thousands: 5"],
     [True, True, True]),
    (["Line up 50725 + 318 and add column by column from the right:", "    thousands: 0", "    ten-thousands: 6"],
     [True, True, False]),
    # a long division starts on the number and divisor its lead names
    (["Long division of 9264 by 37.", "  Start with 92, the first part of 9264 that is at least 37."], [True, True]),
    (["Long division of 9264 by 37.", "  Start with 92, the first part of 9264 that is at least 27."], [True, False]),
    (["Long division of 9264 by 37.", "  Start with 92, the first part of 9265 that is at least 37."], [True, False]),
    (["Divide 9264 by 37 the long way.", "  37 first fits into 92."], [True, True]),
    (["Divide 9264 by 37 the long way.", "  47 first fits into 92."], [True, False]),
    (["Set it up as long division: 9264 ÷ 37.", "  37 first fits into 93."], [True, False]),
    # a check's verdict names the value the line before came to
    (["  2/5 + 7/10 = 4/10 + 7/10 = 11/10.", "That gives 11/10, as it should."], [True, True]),
    (["  2/5 + 7/10 = 4/10 + 7/10 = 11/10.", "That gives 12/10, as it should."], [True, False]),
    (["  2/5 + 7/10 = 4/10 + 7/10 = 11/10.", "Back to 11/9: it matches."], [True, False]),
    # ... but one that opens an equation states the equation ("  So 1380 + 184 = 1564." then "That gives 23 × 68 = 1564.")
    (["  So 1380 + 184 = 1564.", "That gives 23 × 68 = 1564."], [True, True]),
    (["  So 1380 + 184 = 1564.", "That gives 23 × 68 = 1574."], [True, False]),
    (["  So 1380 + 184 = 1564.", "That comes to 23 × 68 = 1564, as it should."], [True, True]),
    # a row said at once is the multiplier's digit there times the number
    (["Take 4127 times each digit of 305, from the ones up, then add the shifted rows.",
      "  The tens digit is 0, so that row is 0."], [True, True]),
    (["Take 4127 times each digit of 305, from the ones up, then add the shifted rows.",
      "  The hundreds digit is 0, so that row is 0."], [True, False]),
    (["Take 4127 times each digit of 305, from the ones up, then add the shifted rows.",
      "  The tens digit is 0, so that row is 1."], [True, False]),
])
def test_lines_that_go_on_from_the_lines_around_them_are_tied_to_them(steps, holds):
    """A reciprocal named, the number a fraction is reduced by, a row said again, the denominator fractions are
    brought to, a column's place, the start of a long division, the value a check came to and a zero row were
    numbers no equation holds: a changed one was labelled true."""
    assert slowthink.label_steps("arithmetic.add", {"expression": "5/12 + 7/9"}, steps) == holds, steps


_ROWS = "Line up 1781892391608 + 11879282610720 + 29698206526800 and add column by column from the right:"


@pytest.mark.parametrize("columns, holds", [
    # the shift's blanks written as zeros, or left out as on paper
    (["  ones: 8 + 0 + 0 = 8", "  tens: 0 + 2 + 0 = 2"], [True, True]),
    (["  ones: 8", "  tens: 0 + 2 = 2"], [True, True]),
    (["  ones: 8", "  tens: 0 + 2 = 2", "  hundreds: 6 + 7 + 8 = 21, write 1 and carry 2",
      "  thousands: 1 + 0 + 6 + 2 = 9 (the last 2 is the carry)"], [True, True, True, True]),
    (["  ones: 8", "  tens: 0 + 2 = 2", "  hundreds: 8 + 6 + 7 = 21, write 1 and carry 2",
      "  thousands: 1 + 0 + 6 + 2 = 9"], [True, True, True, True]),  # in any order; a carry said without a note
    # a real 0 left out, a digit changed, added or dropped: each equation still holds
    (["  ones: 8", "  tens: 2"], [True, False]),
    (["  ones: 8", "  tens: 0 + 3 = 3"], [True, False]),
    (["  ones: 8 + 1 = 9"], [False]),
    (["  ones: 8", "  tens: 0 + 2 = 2", "  hundreds: 6 + 7 = 13, write 3 and carry 1"], [True, True, False]),
    (["  ones: 8", "  tens: 0 + 2 = 2", "  hundreds: 6 + 7 + 8 = 21, write 1 and carry 2",
      "  thousands: 1 + 6 + 2 = 9 (the last 2 is the carry)"], [True, True, True, False]),
])
def test_a_column_sums_the_rows_digits_there_and_may_leave_out_only_blanks(columns, holds):
    """A long multiplication's rows end in the zeros of their shift, blanks on paper: a column may leave those out,
    and a row with no digit there, but no other digit, and may add none."""
    problem = {"expression": "296982065268 × 61131460"}
    assert slowthink.label_steps("arithmetic.mul", problem, [_ROWS, *columns]) == [True, *holds], columns


@pytest.mark.parametrize("steps, holds", [
    (["    trillions: 4 + 7 = 11, write 1 and carry 1", "    ten-trillions: 1 + 1 = 2 (the last 1 is the carry)"],
     [True, True]),
    (["    hundred-quintillions: 4 + 7 = 11, write 1 and carry 1", "    sextillions: the carried 1 comes down."],
     [True, True]),
    (["    hundred-quintillions: 4 + 7 = 11, write 1 and carry 1", "    sextillions: the carried 2 comes down."],
     [True, False]),
    (["Line up 90000000000000000 + 10000000000000000 and add column by column from the right:",
      "    ten-quadrillions: 9 + 1 = 10, write 0 and carry 1"], [True, True]),
    (["Line up 90000000000000000 + 10000000000000000 and add column by column from the right:",
      "    quadrillions: 9 + 1 = 10, write 0 and carry 1"], [True, False]),
])
def test_places_past_the_trillions_are_read_by_name(steps, holds):
    assert slowthink.label_steps("arithmetic.add", {"expression": "1 + 1"}, steps) == holds, steps


@pytest.mark.parametrize("line, holds", [("  ones: " + "1 + " * 2500, True), ("  ones: " + "1" * 10000, True),
                                         ("  ones: 1" + " " * 10000 + "x", True), ("  ones: " + "12 + " * 2000 + "= 5", True),
                                         ("  ones: " + "1 + " * 40 + "1 = " + "9" * 10000, False)])
def test_a_long_hostile_column_line_gets_its_verdict(line, holds):
    """No equation in the first four, nothing to judge; a false sum in the last. (The time they take, beside
    benign lines of the same length, is measured in bench/bench_hostile.py.)"""
    labels = slowthink.label_steps("arithmetic.mul", {"expression": "296982065268 × 61131460"}, [_ROWS, line, line])
    assert labels == [True, holds, holds]


@pytest.mark.parametrize("step, holds", [
    ("Positives give 1, negatives give −477706; now 1 − 477706.", True),
    ("So 1 from the positives and −477706 from the negatives; now 1 − 477706.", True),
    ("Positives give 2, negatives give −477706; now 2 − 477706.", False),  # the positives are just the 1
    ("The positives come to 1, the negatives to −477705; now 1 − 477705.", False),  # 422473 + 55233 = 477706
])
def test_what_a_sums_positives_and_negatives_come_to_is_judged_on_the_problem(step, holds):
    """No equation ties the groups' totals to the problem's numbers, so a wrong one read as true before."""
    problem = {"expression": "-422473 + 1 + (-55233)"}
    assert slowthink.label_steps("arithmetic.add", problem, [step]) == [holds]
    every = slowthink.solve("arithmetic.add", problem)["steps"]
    assert any("positives" in s["text"].lower() for s in every) and all(s["label"] for s in every)


def test_a_row_moved_to_its_place_is_that_digits_row():
    """"hundreds row: p × 100 = …" is a true equation for any p: the row must be the number times the
    multiplier's hundreds digit, moved two places (a copied-wrong factor, or a row moved too far, held)."""
    record = next(iter(slowthink.generate("arithmetic.mul", 1, seed=1, digits=12, min_digits=6)))
    steps = [s["text"] for s in record["steps"]]
    lead = next(t for t in steps if "each digit of" in t)
    number, multiplier = re.search(r"(\d+) (?:by|times) each digit of (\d+)", lead).groups()
    k = next(k for k, t in enumerate(steps) if "hundreds row:" in t)
    row = int(number) * int(multiplier[-3])
    for p, power, holds in ((row, 100, True), (row + 9, 100, False), (row, 1000, False)):
        line = f"    hundreds row: {p} × {power} = {p * power}."
        assert slowthink.label_steps("arithmetic.mul", record["problem"], steps[:k] + [line])[k] is holds, line


@pytest.mark.parametrize("verdict, holds", [("It comes to 589 again. Good.", True), ("It comes to 590 again. Good.", False)])
def test_a_worked_checks_verdict_names_what_its_lead_said_it_should_come_to(verdict, holds):
    """The work may be true and end on 590 (a wrong operand copied in), yet "as it should" was read as true."""
    problem = {"expression": "-589 - 87330"}
    ends = "589" if holds else "590"
    steps = ["Check: 87919 − 87330 ought to be 589 again.", f"  87919 − 87330 = {ends}." if holds else
             "  87920 − 87330 = 590.", verdict]
    assert slowthink.label_steps("arithmetic.sub", problem, steps) == [True, True, holds]


_DIFFERENCE = {"expression": "8003051 - 2948762"}


@pytest.mark.parametrize("written, wrong", [
    ("tens: 5 − 1 = 4 after lending 1", "tens: 6 − 1 = 5 after lending 1"),  # not the top number's digit
    ("millions: 8 − 1 = 7 after lending 1, 7 − 2 = 5", "millions: 8 − 1 = 7 after lending 1, 7 − 3 = 4"),  # nor the bottom's
    ("millions: 8 − 1 = 7 after lending 1, 7 − 2 = 5", "millions: 8 − 2 = 6"),  # the lent 1 forgotten
    ("hundreds: the 0 must lend 1", "hundreds: the 1 must lend 1"),
])
def test_a_column_of_a_subtraction_uses_the_numbers_digits_and_lends_as_the_column_before_borrowed(written, wrong):
    """Each equation of these columns holds: only the digits and the lending tie them to the problem."""
    steps = [s["text"] for s in slowthink.solve("arithmetic.sub", _DIFFERENCE)["steps"]]
    k = next(k for k, text in enumerate(steps) if written in text)
    assert all(slowthink.label_steps("arithmetic.sub", _DIFFERENCE, steps))
    changed = steps[:k] + [steps[k].replace(written, wrong)] + steps[k + 1:]
    assert slowthink.label_steps("arithmetic.sub", _DIFFERENCE, changed)[k] is False


def test_the_digits_no_column_reaches_come_down_as_they_are():
    problem = {"expression": "8003051 - 62"}
    steps = [s["text"] for s in slowthink.solve("arithmetic.sub", problem)["steps"]]
    k = next(k for k, text in enumerate(steps) if "comes down" in text or "stays as it is" in text)
    assert all(slowthink.label_steps("arithmetic.sub", problem, steps))
    changed = steps[:k] + [re.sub(r"(\d+) (comes down|stays)", lambda m: f"{int(m.group(1)) + 1} {m.group(2)}", steps[k])]
    assert slowthink.label_steps("arithmetic.sub", problem, changed)[k] is False


def test_a_row_found_before_is_judged_as_said_now():
    """The repeated row reads "826 × 4 = 3304 again, as in the ones row.": its equation is judged."""
    from slowthink.verifiers.arithmetic import label_steps
    problem = {"expression": "826 * 44"}
    assert label_steps(problem, ["  826 × 4 = 3304 again, as in the ones row."]) == [True]
    assert label_steps(problem, ["  826 × 4 = 3314 again, as in the ones row."]) == [False]


_UNDER = "  How many 13s in 120? Try 8: 13 × 8 = 104, and 120 − 104 = 16 is still 13 or more, so more. 13 × 9 = 117, so 9; 120 − 117 = 3."


@pytest.mark.parametrize("step, holds", [
    (_UNDER, True),
    (_UNDER.replace("Try 8: 13 × 8 = 104, and 120 − 104 = 16", "Try 7: 13 × 7 = 91, and 120 − 91 = 29"), True),
    (_UNDER.replace("Try 8: 13 × 8 = 104, and 120 − 104 = 16", "Try 9: 13 × 9 = 117, and 120 − 117 = 3"), False),
    (_UNDER.replace("16 is still 13", "16 is still 14"), False),  # not the divisor
    (_UNDER.replace("and 120 − 104", "and 121 − 104").replace("= 16 is", "= 17 is"), False),  # not the number divided
    ("  How many 13s in 30? Try 2: 13 × 2 = 26, and 30 − 26 = 4 is still 13 or more, so more. 13 × 3 = 39, so 3; "
     "30 − 39 = −9.", False),  # a remainder under the divisor is no reason for more
])
def test_a_trial_digit_too_small_is_judged(step, holds):
    """"Try 8: … 120 − 104 = 16 is still 13 or more, so more": a guess from the rounded divisor that was one too small
    is a true step when it is below the digit, of the number divided, and leaves at least the divisor."""
    assert slowthink.label_steps("arithmetic.div", {"expression": "12001355 / 13"},
                                 ["Let me calculate 12001355 ÷ 13.", step]) == [True, holds]


@pytest.mark.parametrize("text, holds", [
    ("So 41/24 is in lowest terms.", True), ("So 42/24 is in lowest terms.", False),
    ("So −7/2 is already in lowest terms.", True), ("So −14/4 is already in lowest terms.", False),
    ("12/8 is not in lowest terms.", True), ("12/7 is not in lowest terms.", False),
    ("So 7/2 cannot be reduced.", True), ("So 14/6 cannot be reduced.", False),
    ("24 = 2 × 2 × 2 × 3, and 41 is odd and 3 does not divide 41, so 41/24 is in lowest terms.", True),
    ("24 = 2 × 2 × 2 × 3, and 42 is odd and 3 does not divide 41, so 41/24 is in lowest terms.", False),
    ("24 = 2 × 2 × 2 × 3, and 41 is odd and 3 does not divide 42, so 41/24 is in lowest terms.", False),
    ("42 is even.", True), ("If 42 is odd, then …", True)])  # hedged: claims nothing
def test_a_fraction_said_to_be_in_lowest_terms_and_a_parity_are_judged(text, holds):
    problem = {"expression": "1/3 + 1/8"}
    assert slowthink.label_steps("arithmetic.add", problem, [text]) == [holds]


@pytest.mark.parametrize("task, params", [("arithmetic.add", {"fractions": True}),
                                          ("arithmetic.expr", {"depth": 2, "fractions": True}),
                                          ("arithmetic.div", {"digits": 4, "divisor_digits": 2, "exact": False})])
def test_a_planted_false_lowest_terms_line_is_labelled_false(task, params):
    """In generated traces, the line that says the answer is final is labelled true; the same line saying it of the
    answer with top and bottom doubled (not in lowest terms) is labelled false, there and after."""
    said_final = re.compile(r"(?<![\d/])([−-]?)(\d+)/(\d+)(?= (?:is (?:already )?in lowest terms|cannot be reduced))")
    planted = 0
    for record in slowthink.generate(task, 40, seed=9, **params):
        steps = [step["text"] for step in record["steps"]]
        k = next((k for k, text in enumerate(steps) if said_final.search(text)), None)
        if k is None:
            continue
        assert record["steps"][k]["label"]
        false = said_final.sub(lambda m: f"{m.group(1)}{2 * int(m.group(2))}/{2 * int(m.group(3))}", steps[k], count=1)
        labels = slowthink.label_steps(task, record["problem"], steps[:k] + [false] + steps[k + 1:])
        assert labels == [True] * k + [False] * (len(steps) - k), (steps[k], false)
        planted += 1
    assert planted > 10


_SIGNED_SAID = _NINES_SIGNED[:5] + ["  The result is negative, so take the positives' 3 from the negatives' 2; 2 is less "
                                    "than 3, so add 9 first: 2 + 9 − 3 = 8, so its size 1763 should leave 8.",
                                    _NINES_SIGNED[6]]
_POSITIVE_SAID = ["Check by casting out nines, the negative numbers by their sizes.",
                  "  6512: 6 + 5 + 1 + 2 = 14, 1 + 4 = 5, so 6512 leaves 5.",
                  "  8300: 8 + 3 + 0 + 0 = 11, 1 + 1 = 2, so 8300 leaves 2.",
                  "  25: 2 + 5 = 7, so 25 leaves 7.",
                  "  The positives leave 2; the negatives leave 5 + 7 = 12, 1 + 2 = 3.",
                  "  2 is less than 3, so add 9 first: 2 + 9 − 3 = 8, so 1763 should leave 8.",
                  "  1763: 1 + 7 + 6 + 3 = 17, 1 + 7 = 8, so 1763 leaves 8. Consistent."]


@pytest.mark.parametrize("steps, problem, wrong", [
    (_SIGNED_SAID, "6512 + (-8300) + 25", "  The result is positive, so take the positives' 3 from the negatives' 2; 2 is "
                                          "less than 3, so add 9 first: 2 + 9 − 3 = 8, so its size 1763 should leave 8."),
    (_SIGNED_SAID, "6512 + (-8300) + 25", "  The result is negative, so take the positives' 2 from the negatives' 3; 2 is "
                                          "less than 3, so add 9 first: 2 + 9 − 3 = 8, so its size 1763 should leave 8."),
    (_SIGNED_SAID, "6512 + (-8300) + 25", "  The total is negative, so its size is the negatives' 3 less the positives' 2; "
                                          "2 is less than 3, so add 9 first: 2 + 9 − 3 = 8, so its size 1763 should leave 8."),
    (_SIGNED_SAID, "6512 + (-8300) + 25", "  The result is negative, so take the positives' 3 from the negatives' 2; 3 is "
                                          "less than 2, so add 9 first: 2 + 9 − 3 = 8, so its size 1763 should leave 8."),
    (_SIGNED_SAID, "6512 + (-8300) + 25", "  3 − 2 = 1, so 1763 should leave 1."),  # a negative total: negatives first
    (_POSITIVE_SAID, "-6512 + 8300 + (-25)", "  2 is less than 3, so add 9 first: 2 + 9 − 3 = 8, so its size 1763 should "
                                             "leave 8."),  # "its size" of a positive number
    (_POSITIVE_SAID, "-6512 + 8300 + (-25)", "  The result is negative, so take the positives' 2 from the negatives' 3; "
                                             "3 − 2 = 1, so 1763 should leave 1."),
    (_POSITIVE_SAID, "-6512 + 8300 + (-25)", "  3 is smaller than 2, so add 9 first: 2 + 9 − 3 = 8, so 1763 should leave 8."),
])
def test_why_a_signed_nines_check_adds_9_or_takes_the_size_is_judged(steps, problem, wrong):
    """"2 + 9 − 5 = 6, so 267 should leave 6" came with no reason for the 9 or for casting out the size of a
    negative total; the reasons now said (the sign, which remainder comes off which, the 9) are judged."""
    problem, k = {"expression": problem}, 5
    assert all(slowthink.label_steps("arithmetic.add", problem, steps))
    changed = steps[:k] + [wrong] + steps[k + 1:]
    assert slowthink.label_steps("arithmetic.add", problem, changed) == [True] * k + [False] * (len(steps) - k), wrong


_LENDING = ["Column subtraction, 1613 − 1031:", "  ones: 3 − 1 = 2.",
            "  tens: 1 is less than 3, so borrow ten: 1 + 10 = 11, and 11 − 3 = 8.",
            "  hundreds: 6 − 1 = 5 after lending 1, 5 − 0 = 5.", "  thousands: 1 − 1 = 0, nothing lent here.",
            "So 1613 − 1031 = 582."]


@pytest.mark.parametrize("k, wrong", [(3, "  hundreds: 6 − 1 = 5, nothing lent here."),  # the tens borrowed from it
                                      (4, "  thousands: 1 − 1 = 0 after lending 1, nothing lent here.")])
def test_a_subtraction_row_that_says_nothing_was_lent_is_judged(k, wrong):
    problem = {"expression": "1613 - 1031"}
    assert all(slowthink.label_steps("arithmetic.sub", problem, _LENDING))
    steps = _LENDING[:k] + [wrong] + _LENDING[k + 1:]
    assert slowthink.label_steps("arithmetic.sub", problem, steps)[:k + 1] == [True] * k + [False], wrong


# ---------------------------------------------------------------- spellings: the verdicts before core.spelling, kept

# Each answer is made of slots, each slot spelled one way; whether arithmetic reads a spelling is written here by
# hand, from the rules (the regexes of `read_number`, `\s` for spaces, the grammar for an equation's sides), as it
# was before the shared table (`BEFORE`), and what the shared table changed on purpose (`CHANGED`).
SIGN = {"": True, "+": True, "-": True, "\u2212": True, "－": True, "﹣": True, "–": True, "＋": True,
        "﹢": False, "—": False, "‒": False, "‐": False, "‑": False, "⁻": False, "₋": False, "˗": False, "➖": False}
DIGITS = {"ascii": True, "full": True, "bold": True, "arabic": True, "persian": True, "devanagari": True,
          "mixed": True, "super": False, "circled": False}
SLASH = {"/": True, "⁄": True, "∕": True, "／": True, "÷": False, ":": False, "∶": False, "➗": False}
POINT = {".": True, "．": True, "﹒": False, "。": False, ",": False}
GAP = {"": True, " ": True, "\u00a0": True, "\u2009": True, "\u3000": True, "\u2005": True, "\u200b": False}
WRAP = {"": True, "()": True, "（）": False, "[]": False, "﹙﹚": False, ".": True, "。": False, "\u202e": False}
LEAD = {"": True, "{a} × {b} = ": True, "{a} * {b} ＝ ": True, "{a}·{b}=": True, "{a} ✕ {b} = ": False,
        "{a} ｘ {b} = ": False, "{a}*{b} ﹦ ": False, "({a})({b}) = ": True, "（{a}）({b}) = ": False}
# what the shared table reads now that it did not (the small and full-width forms of signs already read, a
# full-width bracket's implicit product), and the one thing refused now: digits of two scripts in one answer
CHANGED = {("sign", "﹢"): True, ("point", "﹒"): True, ("lead", "{a} ｘ {b} = "): True, ("lead", "{a}*{b} ﹦ "): True,
           ("lead", "（{a}）({b}) = "): True, ("digits", "mixed"): False}
SLOTS = {"sign": SIGN, "digits": DIGITS, "slash": SLASH, "point": POINT, "gap": GAP, "wrap": WRAP, "lead": LEAD}
_ZERO = {"ascii": "0", "full": "０", "bold": "𝟎", "arabic": "٠", "persian": "۰", "devanagari": "०"}
_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# (problem, its value's parts: whole, top, bottom, the left side an equation restates)
VALUES = [("23*68", 1564, 0, 1, ("23", "68")), ("3*4", 12, 0, 1, ("3", "4")), ("3/4", 0, 3, 4, ("3/4", "1")),
          ("7/4", 1, 3, 4, ("7/4", "1")), ("5/8", 0, 5, 8, ("5/8", "1")), ("1/2", 0, 1, 2, ("1/2", "1"))]


def _digits(number: str, script: str) -> str:
    if script == "super":
        return "".join(_SUPER[int(d)] if d.isdigit() else d for d in number)
    if script == "circled":
        return "".join(d if not d.isdigit() else "⓪" if d == "0" else chr(0x2460 + int(d) - 1) for d in number)
    if script == "mixed":  # the last digit Arabic-Indic, the rest ASCII (a lone digit stays ASCII)
        return number[:-1] + chr(0x660 + int(number[-1])) if len(number) > 1 else number
    return "".join(chr(ord(_ZERO[script]) + int(d)) if d.isdigit() else d for d in number)


def _spelled(value, form: str, pick: dict) -> tuple[str, Fraction, bool, set]:
    """(answer, the value it writes, whether it has digits of two scripts, the slots it spells)."""
    _, whole, top, bottom, (a, b) = value
    exact = whole + Fraction(top, bottom)
    d = lambda n: _digits(str(n), pick["digits"])  # noqa: E731
    gap, used = pick["gap"], {"sign", "digits", "wrap", "lead"}
    if form == "int" or exact.denominator == 1:  # a whole answer to a fraction is the whole part: wrong
        written = Fraction(exact.numerator // exact.denominator)
        body = d(written)
    elif form == "fraction":
        body, written = f"{d(exact.numerator)}{gap}{pick['slash']}{gap}{d(exact.denominator)}", exact
        used |= {"gap", "slash"}
    elif form == "mixed" and whole:
        body, written = f"{d(whole)} {d(top)}{gap}{pick['slash']}{gap}{d(bottom)}", exact
        used |= {"gap", "slash"}
    else:  # a decimal, for the values that have one
        decimals = str(exact.numerator * 10**3 // exact.denominator).rjust(4, "0")
        body, written = f"{d(decimals[:-3])}{pick['point']}{d(decimals[-3:])}", Fraction(int(decimals), 1000)
        used |= {"point"}
    negative = pick["sign"] in ("-", "\u2212", "－", "﹣", "–", "—", "‒", "‐", "‑", "⁻", "₋", "˗", "➖")
    text = f"{pick['sign']}{gap if pick['sign'] else ''}{body}"
    used |= {"gap"} if pick["sign"] else set()
    wrap = pick["wrap"]
    text = f"{wrap[0]}{text}{wrap[1]}" if len(wrap) == 2 else f"{wrap}{text}" if wrap == "\u202e" else text + wrap
    lead = pick["lead"].format(a=d(a), b=d(b))
    answer = lead + text
    scripts = {unicodedata.normalize("NFKC", ch) for ch in answer if ch.isdecimal()} - set("0123456789")
    mixed = bool(scripts) and any(ch in "0123456789" for ch in answer)
    return answer, -written if negative else written, mixed, used


def _expected(value, form: str, pick: dict, after: bool) -> bool:
    """The verdict by the rules above: every slot read, and the value written is the problem's."""
    answer, written, mixed, used = _spelled(value, form, pick)
    for slot in used:
        read = SLOTS[slot][pick[slot]]
        if after and (slot, pick[slot]) in CHANGED:
            read = CHANGED[slot, pick[slot]] if slot != "digits" else not mixed
        if not read:
            return False
    if pick["lead"] and written < 0:
        return False  # the restated product is positive: "23 × 68 = −1564" is a false equation
    return written == value[1] + Fraction(value[2], value[3])


def spelling_cases(count: int = 3000, seed: int = 7):
    """Every slot's every spelling once over each value and form, then random mixtures of slots."""
    import random
    rng = random.Random(seed)
    plain = {slot: next(iter(table)) for slot, table in SLOTS.items()}
    cases = []
    for value in VALUES:
        for form in ("int", "fraction", "mixed", "decimal"):
            for slot, table in SLOTS.items():
                cases += [(value, form, {**plain, slot: spelling}) for spelling in table]
    while len(cases) < count:
        pick = {slot: rng.choice(list(table)) for slot, table in SLOTS.items()}
        cases.append((rng.choice(VALUES), rng.choice(["int", "fraction", "mixed", "decimal"]), pick))
    return [case for case in cases if case[1] != "decimal" or (case[0][1] + Fraction(case[0][2], case[0][3])) *
            1000 % 1 == 0]


def test_arithmetic_reads_every_spelling_as_it_did_but_for_the_listed_changes():
    """Thousands of spellings of right and wrong answers: each verdict is the one the rules above give, which
    is the verdict before the shared table but for `CHANGED` (with after=False the rules give the verdicts of
    99e535a, the code before it, on all 3000 cases: checked when this was written)."""
    wrong = []
    for value, form, pick in spelling_cases():
        answer = _spelled(value, form, pick)[0]
        verdict = slowthink.verify("arithmetic.expr", {"expression": value[0]}, answer)
        if bool(verdict) != _expected(value, form, pick, after=True) or verdict and verdict.reason != "correct":
            wrong.append((value[0], answer, bool(verdict), verdict.reason))
    assert not wrong, wrong[:10]


def test_the_changed_spellings_are_the_listed_ones_only():
    changed = {(value[0], form, tuple(pick.items())) for value, form, pick in spelling_cases()
               if _expected(value, form, pick, after=False) != _expected(value, form, pick, after=True)}
    assert changed  # the table says what it changed, and the cases reach it
    for _, _, pick in changed:
        assert any((slot, spelling) in CHANGED for slot, spelling in pick), pick


# ---------------------------------------------------------------- a check from the answer

_FROM_ANSWER_PROBLEM = {"expression": "-97 / ((-2) + (-41) + (-39) / 91)"}  # 679/304; last step −97 ÷ (−304/7)
_FROM_ANSWER_STEPS = [
    "Work out −97 ÷ ((−2) + (−41) + (−39) ÷ 91).",
    "Check from the answer, 679/304, by undoing the last step, −97 ÷ (−304/7): (679/304) × (−304/7) should give −97 back.",
    "  Cancel across first: 679 ÷ 7 = 97, so the 7 cancels; the 304s cancel.",
    "  (679/304) × (−304/7) = −97.",
    "That gives −97, as it should.",
    "Then check the steps before it, latest first: −43 + 41 = −2; (−3/7) × 91 = −39. Each comes back.",
    "Answer: 679/304",
]


def test_a_check_from_the_answer_is_judged_line_by_line():
    """The answer a check starts from, the last step it names, each undoing it writes and what it says it came to
    are claims: true as written, and each one made false is labelled false at its line."""
    steps = _FROM_ANSWER_STEPS
    assert slowthink.label_steps("arithmetic.expr", _FROM_ANSWER_PROBLEM, steps) == [True] * len(steps)
    falsified = [
        (1, steps[1].replace("from the answer, 679/304", "from the answer, 679/305")),  # not the problem's value
        (1, steps[1].replace("the last step, −97 ÷ (−304/7)", "the last step, −97 ÷ (−304/9)")),  # not its last one
        (3, steps[3].replace("= −97.", "= −98.")),  # the undoing worked out wrong
        (4, steps[4].replace("−97", "−98")),  # a verdict naming another number than the line before came to
        (5, steps[5].replace("−43 + 41 = −2", "−43 + 41 = −3")),  # an undoing in one line, false
    ]
    for k, text in falsified:
        assert text != steps[k]
        broken = steps[:k] + [text] + steps[k + 1:]
        assert slowthink.label_steps("arithmetic.expr", _FROM_ANSWER_PROBLEM, broken) == [True] * k + [False] * (
            len(steps) - k), text
    # a lead that says it should give another number: its verdict, which names what it gave, is false
    broken = [steps[0], steps[1].replace("should give −97", "should give −96")] + steps[2:]
    assert slowthink.label_steps("arithmetic.expr", _FROM_ANSWER_PROBLEM, broken) == [True] * 4 + [False] * 3


@pytest.mark.parametrize("step, holds", [
    ("Check from the answer, 679/304, by undoing the last step, −97 ÷ (−304/7): x.", True),
    ("Check from the answer, −679/304, by undoing the last step: (−679/304) × (−304/7) = 97. It comes back.", False),
    ("Check from the answer, 679/305, by undoing the last step, −97 ÷ (−304/7): x.", False),
    ("Check by working back from the answer, 679/304. The last step was −97 ÷ (−304/7), so …", True),
    ("Check by working back from the answer, 679/304. The last step was −97 × (−304/7), so …", False),
    ("Check by working back from the answer, 679/304. The last step was −43 + 41, so …", False),
    ("As a check, undo the last step, −97 ÷ (−304/7), from the answer, 679/304: …", True),
    ("Suppose we start from the answer, 5: …", True),  # hedged: claims nothing
])
def test_the_answer_and_the_last_step_a_check_names_must_be_the_problems(step, holds):
    assert slowthink.label_steps("arithmetic.expr", _FROM_ANSWER_PROBLEM, [step]) == [holds]


def test_the_last_step_of_a_problem_is_read_as_written_or_without_its_needless_brackets():
    """"2 + (3 + 4)" is worked as written (2 + 7) or as shown, 2 + 3 + 4 (5 + 4): either last step is the last."""
    problem = {"expression": "2 + (3 + 4)"}
    for last, holds in (("2 + 7", True), ("5 + 4", True), ("3 + 4", False), ("2 + 3", False)):
        step = f"Check from the answer, 9, by undoing the last step, {last}: …"
        assert slowthink.label_steps("arithmetic.expr", problem, [step]) == [holds], last
    lone = "Check by working back from the answer, 396. The last step was 7128 ÷ 18, so 396 × 18 should be 7128 again."
    assert slowthink.label_steps("arithmetic.expr", {"expression": "7128/18"}, [lone]) == [True]


@pytest.mark.parametrize("step, holds", [
    ("22 ÷ 8 = 2 R6 = 2 6/8", True), ("22 ÷ 8 = 2 R 6 = 2.75", True), ("22 ÷ 8 = 2 remainder 6 = 2 3/4", True),
    ("22 ÷ 8 = 2 R6 = 2 7/8", False), ("22 ÷ 8 = 2 R 6 = 3", False), ("22 ÷ 8 = 2 R6 = 2 7/8 = 23/8", False),
])
def test_the_value_a_quotient_and_remainder_are_said_to_be_is_the_division(step, holds):
    """"= 2 R6 = 2 6/8": no equation's side stands before the second "=" (the 6 is the remainder's), so the value
    said is judged against the division; it was read as "6 = 2 6/8", and a true step labelled false."""
    assert slowthink.label_steps("arithmetic.div", {"expression": "22/8"}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("100 ÷ 7 = 14 R 2.", True), ("100 ÷ 7 = 14 r2", True), ("100 ÷ 7 = 14, remainder 2", True),
    ("100 ÷ 7 = 14 with a remainder of 2", True), ("$100 \\div 7 = 14 \\text{ R } 2$", True),
    ("100 divided by 7 is 14 remainder 2", True), ("1,000 ÷ 7 = 142 R 6", True),
    ("100 / 7 = 14 R 3", False), ("100 ÷ 7 = 13 R 9", False), ("100 ÷ 7 = 14, with remainder 1", False),
    ("$100 \\div 7 = 14 \\text{ R } 3$", False), ("100 divided by 7 is 14 remainder 3", False),
])
def test_a_quotient_and_remainder_are_judged_together(step, holds):
    """The school way of writing a division that does not come out ("= 14 R 2") is true when the remainder is
    what is left and less than the divisor; it was read as "100 ÷ 7 = 14", and false."""
    assert slowthink.label_steps("arithmetic.div", {"expression": "100/7"}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("Is 23 × 68 = 1554? No.", True),  # asked, and answered no
    ("Hmm, 23 × 68 = 1554? Let me recheck: 20 × 68 = 1360, 3 × 68 = 204, total 1564.", True),
    ("23 × 68 = 1554. Wait, no, that's wrong: 23 × 8 = 184, not 174.", True),
    ("My first guess was 23 × 68 = 1554, but that's wrong.", True), ("23 × 68 = 1554 is wrong; 23 × 68 = 1564.", True),
    ("23 × 68 = 1554... no, 1564.", True), ("23 × 68 = 1554 — no, 23 × 68 = 1564.", True),
    ("Let's check whether 23 × 68 = 1554: 1554 ÷ 23 is not whole, so no.", True),
    ("3 × 68 = 194. Oops, 3 × 68 = 204.", True), ("I wrote 3 × 68 = 194, which is wrong; it is 204.", True),
    ("3 × 68 = 194? Nope, 204.", True), ("3 × 68 = 194 - no, 204", True),
    ("Using 23 × 70 = 1610 instead of 23 × 68 = 1554 is easier.", True),
    ("23 × 68 = 1554? Yes, that's right.", False),  # asked and answered yes: said
    ("23 × 8 = 174, so is the total 1554?", False),  # the question is the last clause only
    ("23 × 68 = 1554. No carry was needed.", False), ("23 × 68 = 1554, no doubt.", False),
    ("20 × 68 = 1360, 3 × 68 = 194, so 23 × 68 = 1554. Wait, no.", False),  # 3 × 68 = 194 is not taken back
    ("Wait, no, 23 × 68 = 1554.", False), ("Since 23 × 68 = 1554, the answer is 1554.", False),
    ("3 × 68 = 194, but 20 × 68 = 1360.", False), ("If 3 × 68 = 194 then the total would be 1554.", False),
])
def test_an_equation_asked_or_taken_back_claims_nothing(step, holds):
    """A model that questions or takes back a wrong value ("Is 23 × 68 = 1554? No") reasons well, and its step is
    true; a wrong equation it says, before or after such words, is still false."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, [step]) == [holds], step


@pytest.mark.parametrize("problem, step, holds", [
    ("1/3", "1 ÷ 3 = 0.333...", True), ("1/3", "So 1/3 = 0.33.", True), ("1/3", "1 ÷ 3 = 0.333…", True),
    ("22/7", "22 ÷ 7 = 3 1/7 = 3.142857 = 3.14", True), ("2/3", "2 ÷ 3 = 0.67 (rounded)", True),
    ("2/3", "2/3 = 0.66", True), ("100/7", "100 ÷ 7 = 14.29", True), ("-1/3", "−1 ÷ 3 = −0.333...", True),
    ("3/4", "3/4 = 0.8 (rounded)", True), ("1/8", "1/8 = 0.125 = 0.13 to two decimal places", True),
    ("1/8", "1 ÷ 8 = 0.12...", True), ("0.33", "0.33 = 1/3", True),
    ("2/3", "2/3 = 0.76", False), ("3/4", "3/4 = 0.8", False),  # 3/4 is 0.75 exactly: 0.8 is wrong unless said rounded
    ("1/8", "1/8 = 0.13", False), ("1/3", "1/3 = 0.333 = 0.3334", False), ("1/3", "1/3 = 0.33 = 33/100", False),
    ("1/3", "1/3 = -0.33", False), ("100/7", "100 ÷ 7 = 14.3 < 14", False), ("2/3", "2/3 = 0.67 + 1", False),
])
def test_a_decimal_rounded_to_its_places_gives_a_value_with_no_end(problem, step, holds):
    """"1 ÷ 3 = 0.333..." and "2 ÷ 3 = 0.67" are how everyone writes those values; a value that ends as a decimal
    is rounded only where the step says so, and a decimal that is not the value rounded or cut short is false."""
    assert slowthink.label_steps("arithmetic.div", {"expression": problem}, [step]) == [holds], step


@pytest.mark.parametrize("steps, labels", [
    (["23 × 68\n= 23 × (60 + 8)\n= 1380 + 184\n= 1564", "Answer: 1564"], [True, True]),
    (["23 × 68\n= 23 × (60 + 8)\n= 1380 + 184\n= 1574", "Answer: 1574"], [False, False]),
    (["23 × 68", "= 23 × (60 + 8)", "= 1380 + 184", "= 1574", "Answer: 1574"], [True, True, True, False, False]),
    (["We need 23 × 68", "= 1574"], [True, False]), (["We need 23 × 68", "= 1564"], [True, True]),
    (["$$23 \\times 68$$", "$$= 1380 + 194$$"], [True, False]), (["23 × 68", "< 1500"], [True, False]),
    (["\\begin{align} 23 \\times 68 &= 23 \\times 60 + 23 \\times 8 \\\\ &= 1380 + 184 \\\\ &= 1574 \\end{align}"],
     [False]),
    (["\\begin{align} 23 \\times 68 &= 23 \\times 60 + 23 \\times 8 \\\\ &= 1380 + 184 \\\\ &= 1564 \\end{align}"],
     [True]),
    (["\\begin{align} 23 \\times 68 &= 1574 \\end{align}"], [False]),
    # no side to go on from: a word, a number a phrase goes on with, or a list whose "=" line may be its total
    (["Multiply 23 by 2", "= 46"], [True, True]), (["Step 2:", "= 1564"], [True, True]),
    (["- 23 × 60 = 1380", "- 23 × 8 = 184", "= 1564"], [True, True, True]),
])
def test_an_equation_written_a_side_to_a_line_is_judged_across_its_lines(steps, labels):
    """Models and LaTeX's align write a chain one side to a line ("23 × 68\n= 1380 + 184\n= 1574"), and a completion's
    lines are its steps: a line that opens with a relation goes on from the side the line before ends on."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, steps) == labels


@pytest.mark.parametrize("problem, step, holds", [
    ("387*412", "387 × 412 ≈ 400 × 400 = 160,000.", True), ("23*68", "23 × 68 ≈ 20 × 70 = 1400, so about 1400–1600.", True),
    ("1/3", "1/3 ≈ 0.33", True), ("1/3", "1 ÷ 3 ≈ 0.3", True), ("22/7", "22/7 ≈ 3", True), ("23*68", "23 × 68 =~ 1600", True),
    ("23*68", "−23 × 68 ≈ −1600", True), ("23*68", "23 × 68 ≈ 1600 − 36 = 1564", True),
    ("23*68", "Is 23 × 68 ≈ 15000? No.", True),  # asked
    ("23*68", "half of 20 ≈ 10", True), ("23*68", "23 × 68 ≈ 1.6 thousand", True), ("23*68", "x − 3 ≈ 2", True),
    ("387*412", "387 × 412 ≈ 16,000.", False), ("23*68", "23 × 68 ≈ 156.4", False), ("1/3", "1/3 ≈ 0.5", False),
    ("22/7", "22/7 ≈ 3.2", False), ("23*68", "23 × 68 ~= 16000", False), ("23*68", "−23 × 68 ≈ 1600", False),
])
def test_an_approximation_is_judged_as_loosely_as_it_is_said(problem, step, holds):
    """"≈" was never read, so a model's "387 × 412 ≈ 16,000" was labelled true: an estimate must be within a factor
    of 2, and a decimal the value rounded or cut short to its places."""
    assert slowthink.label_steps("arithmetic.expr", {"expression": problem}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("The answer is 1564, not 1554.", True), ("The answer is 1564!", True), ("The answer is 1564 (exact).", True),
    ("The answer is 1564, as expected.", True), ("The answer is 1564, which matches the estimate.", True),
    ("The answer is 1564 because 23 × 68 = 1564.", True), ("The answer is 1564. Let me double check.", True),
    ("The answer is 1564 (since 23 × 68 = 1564).", True), ("The answer is 1564 and not 1554.", True),
    ("Answer: 1554? No, 1564.", True), ("The answer is 1554, no, 1564", True),  # asked, or taken back
    ("The answer is 1554 because 23 × 68 = 1554.", False), ("The answer is 1554. Let me double check.", False),
    ("The answer is 1554 or 1564.", False), ("The answer is 1564, not 1554 or 1574.", False),
    ("Answer: 1554 (since 3 × 68 = 194)", False), ("The answer is 1554…", False), ("The answer is -1564", False),
])
def test_an_answer_stated_with_words_after_it_is_the_value_it_opens_with(step, holds):
    """Models go on after the value they state ("The answer is 1564, not 1554."): the step was labelled false
    however right the value, as if no answer could be read in it."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, [step]) == [holds], step


@pytest.mark.parametrize("completion, right", [
    ("The answer is 1564, not 1554.", True), ("The answer is 1564!", True), ("Answer: 1564 (exact).", True),
    ("The answer is 1564, as expected.", True), ("The answer is 1554, not 1564.", False),
    ("The answer is 1564 or 1554.", False), ("Answer: 1564. Let me double check.", False),  # doubted: not said plainly
])
def test_an_answer_line_gives_the_value_it_opens_with_unless_the_words_after_it_doubt_it(completion, right):
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, completion)) is right, completion


@pytest.mark.parametrize("step, holds", [
    ("Let me compute 23 × 8, which is 184.", True), ("(3 + 5), which equals 8", True),
    ("I have 8, which is 24 less than 32", True),  # no expression before it, and the value goes on
    ("23 × 8, which is 194.", False), ("So 3 × 8, which gives 25, is too big.", False),
])
def test_an_expression_followed_by_which_is_says_its_value(step, holds):
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("| ones | 5 + 8 = 13 |", True), ("| ones | 5 + 8 = 14 |", False), ("|−3| = 3", True),
    ("5 plus 8 is 13, put down 3 and carry the 1.", True), ("5 plus 8 is 13, put down 4 and carry the 1.", False),
])
def test_a_markdown_tables_cells_and_a_carry_said_in_words_are_judged(step, holds):
    """A table's bar read as an absolute value's, and "is 13, put down 4", were never judged: a wrong column passed."""
    assert slowthink.label_steps("arithmetic.add", {"expression": "345+678"}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("3/4 + 5/6 = 0.75 + 0.8333... = 1.5833...", True), ("3/4 + 5/6 = 0.75 + 0.83 = 1.58", True),
    ("3/4 + 5/6 = 0.75 + 0.9 = 1.65", False), ("3/4 + 5/6 = 0.75 + 0.8333 + 1", False),
])
def test_a_sum_of_rounded_decimals_holds_within_the_places_its_terms_write(step, holds):
    assert slowthink.label_steps("arithmetic.expr", {"expression": "3/4 + 5/6"}, [step]) == [holds], step


@pytest.mark.parametrize("problem, said", [
    ({"expression": 1564}, "problem.expression: expected text, got int"),
    ({"expression": True}, "problem.expression: expected text, got bool"),
    ('{"expression": 23.5}', "problem.expression: expected text, got float"),
    ([1, 2], "problem: expected an object such as {\"expression\": \"23*68\"}, got list"), ({}, "problem.expression: missing"),
])
def test_a_problem_of_the_wrong_type_is_named_as_such(problem, said):
    """From a hostile-input probe: {"expression": 1564} (a peer's number where text belongs) was refused as
    "problem.expression: missing", sending the user to look for a field that is there."""
    verdict = slowthink.verify("arithmetic.mul", problem, "1564")
    assert not verdict and verdict.reason.startswith(said), verdict.reason


@pytest.mark.parametrize("first, holds", [
    ("The problem is 23 × 86.", False), ("Task: 23 × 86.", False), ("What is 23 × 86?", False), ("23 × 86 = ?", False),
    ("We need to compute 23 × 86.", False), ("We are asked for 32 × 68.", False), ("We need 23 × 86.", False),
    ("The problem is 23 × 68.", True), ("Task: 68*23.", True), ("23 × 68 = ?", True),  # the problem, in any order
    ("Compute 20 × 68.", True),  # an imperative may open a decomposition: not read as the problem
    ("The problem is easy.", True), ("We need to compute 23 × 68 by parts.", True),
])
def test_the_problem_restated_wrong_as_the_first_step_is_a_false_step(first, holds):
    """A model that misreads its problem ("The problem is 23 × 86" for 23 × 68) had that step labelled true, and the
    rest could be too: the misreading is its first error. Only a first step that is the problem said again is read."""
    steps = [first, "23 × 68 = 1380 + 184 = 1564.", "Answer: 1564"]
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, steps)[0] is holds


@pytest.mark.parametrize("step, holds", [
    ("Let me split 68 into 60 and 9.", False), ("Break 68 up into 70 − 3.", False), ("68 splits into 60 and 9.", False),
    ("Split 1,564 into 1,500 and 65.", False),
    ("Let me split 68 into 60 and 8.", True), ("Break 68 up into 70 − 2.", True), ("Write 68 as 60 + 8.", True),
    ("If we split 68 into 60 and 9, it fails.", True),  # supposed
    ("Split 68 into 4 × 17.", True),  # a product: left to the equations
    ("Split 7128 into 71 and 28 to start the division.", True),  # its digits, not a sum
])
def test_a_number_split_into_parts_in_words_must_be_made_by_them(step, holds):
    """'Let me split 68 into 60 and 9.' was labelled true, and a model that then multiplied by 60 and 9 had only its
    later sums judged: the split is where it went wrong."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, [step]) == [holds]


def test_a_number_longer_than_claims_are_read_makes_its_claim_false():
    """Numbers past 120 digits (now 400) were left unread, so a claim with one was never false ("1…1 × 2 = 5" held): a claim that
    cannot be checked cannot be shown true."""
    long, longer = "7" * 400, "7" * 401
    problem = {"expression": "12 * 34"}
    assert slowthink.label_steps("arithmetic.mul", problem, [f"{long} × 1 = {long}"]) == [True]
    assert slowthink.label_steps("arithmetic.mul", problem, [f"{longer} × 1 = {longer}"]) == [False]
    assert slowthink.label_steps("arithmetic.mul", problem, [f"{longer} × 2 = 5"]) == [False]
    assert slowthink.label_steps("arithmetic.mul", problem, [f"The id {longer} is long."]) == [True]  # no claim


def test_a_long_product_lead_too_long_to_read_leaves_its_rows_unjudged():
    """A lead past 121 digits was not read, so the rows after it were checked against the product before it: here the
    tens digit of 45 (4), not of 105 (0). Found by drawing random settings, on our own depth-5 products."""
    problem = {"expression": "23 * 45"}
    steps = ["Long multiplication: multiply 23 by each digit of 45, shifting one place each time.",
             f"Long multiplication: multiply {'3' * 130} by each digit of 105, shifting one place each time.",
             "  The tens digit is 0, so that row is 0."]
    assert slowthink.label_steps("arithmetic.mul", problem, steps) == [True, True, True]
    steps[1] = "Long multiplication: multiply 33 by each digit of 105, shifting one place each time."
    assert slowthink.label_steps("arithmetic.mul", problem, steps) == [True, True, True]
    steps[2] = "  The tens digit is 1, so that row is 33."  # a row the lead read says is wrong
    assert slowthink.label_steps("arithmetic.mul", problem, steps) == [True, True, False]
