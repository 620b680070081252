"""Countdown verifier: every spelling people write, every near miss rejected with a reason,
hostile input answered quickly, "no solution" judged by brute force, and step labels."""

import random
import re
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import slowthink
from slowthink.core.expr import ExprError, Num, parse_tokens, tokenize
from slowthink.core.params import build_params
from slowthink.core.verdict import ProblemError
from slowthink.generators import countdown as gen
from slowthink.solvers import countdown as sol
from slowthink.verifiers import countdown as ver
from slowthink.verifiers import countdown_claims as cd_claims
from slowthink.verifiers import countdown_equations as cd_equations
from slowthink.verifiers import countdown_reader as cd_reader
from slowthink.verifiers import countdown_values as cd_values
from countdown_reference import makes

P = {"numbers": [4, 7, 8, 8], "target": 24}
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("answer", ["(7−8÷8)×4", "4*(7-8/8)", "4 x (7 - 8/8)", "(7-8/8)*4", "[7 - 8 / 8] * 4",
                                    "4 × (7 − 8 ÷ 8) = 24", "  (7–8/8)X4  ", "4*((7)-(8/8))", "8*(7+4-8)",
                                    "4 × (7 − 8 ÷ 8) = 24.", "(7-8/8)*4.",
                                    # implicit products, the target first, and the dressing models put on
                                    "4(7-8/8)", "(7 − 8 ÷ 8)4", "(7-8/8)(4)", "4[7-8/8]", "24 = 4*(7-8/8)",
                                    "$4 \\times (7 - 8 \\div 8)$", "\\(4 \\times (7 - \\frac{8}{8})\\)", "**4*(7-8/8)**",
                                    "`(7-8/8)*4`", "$4 \\times (7 - 8 \\div 8) = 24$.", "4 ∗ (7 − 8 ∕ 8)", "4 × (7 − 8⁄8)",
                                    "4 (7 − 8 ÷ 8)", "(7 − 8 ÷ 8) 4", "(7 − 8 ÷ 8) (4)",
                                    # full-width forms, wider spaces and the invisible characters of copied text
                                    "（7－8÷8）×4", "［7－8／8］＊4", "4\u3000×\u3000(7 − 8 ÷ 8)", "\ufeff4*(7-8/8)",
                                    "4\u200b*(7-8/8)",
                                    # a chain with its working, as people end a solution
                                    "4 * (7 - 8 / 8) = 4 * 6 = 24", "(7 − 8 ÷ 8) × 4 = 6 × 4 = 24", "4*(7-8/8) = 24 = 24",
                                    "24 = 4 × 6 = 4 × (7 − 8 ÷ 8)", "4*(7-8/8) = 4*(7-1) = 4*6 = 24",
                                    # braces nest brackets as school maths does
                                    "{4 × [7 − (8 ÷ 8)]}", "4 × {7 − 8 ÷ 8}", "4{7-8/8}", "{(7-8/8)*4} = 24"])
def test_every_correct_spelling_is_accepted(answer):
    assert ver.verify(P, answer), answer


@pytest.mark.parametrize("answer, reason", [
    ("(7-8/8)*5", "5, which is not one of the numbers"),
    ("7\u200b8-8*8+8", "cannot read"),  # an invisible character never joins 7 and 8 into 78
    ("( 4 ]*(7-8/8)", "closed by"), ("[4*(7-8/8))", "closed by"), ("（7－8÷8)×4", "closed by"),  # brackets of two kinds
    ("{4 × [7 − (8 ÷ 8)])", "a '{' is closed by ')'"), ("(4}*(7-8/8)", "a '(' is closed by '}'"),
    ("{4, 7, 8, 8}", "cannot read"),
    ("(7-8/8)*4*1", "1, which is not one of the numbers"),
    ("7*4-8+8-4", "4 2 times"),
    ("8*(7+4)-8", "makes 80, not 24"),
    ("(7-8/8)*4 = 25", "must give the target 24"),
    ("25 = 4*(7-8/8)", "must give the target"),
    # a chain: the expression, the working, the target; each side must hold, and the first is the answer
    ("4*(7-8/8) = 4*5 = 24", "'4*5' after the expression makes 20"), ("4*(7-8/8) = 4*6 = 25", "must give the target"),
    ("4*(7-8/8) = 24 = 4*6", "must give the target"), ("6*4 = (7-8/8)*4 = 24", "6, which is not one of the numbers"),
    ("4*(7-8/8) = = 24", "cannot read the working"), ("24 = 24", "24, which is not one of the numbers"),
    ("24 = 4*5 = 4*(7-8/8)", "'4*5' after the expression makes 20"), ("4*7-8/8 = 27 = 24", "makes 27, not 24"),
    ("-4+28", "leading minus"),
    ("8/(8-8)+4*7", "division by zero"),
    ("7.0*4", "decimal"),
    ("(7-8/8)*4..", "unexpected '.'"),
    ("(7-8/8)*4. = 24", "unexpected '.'"),
    ("(7-8/8)*2**2", "powers"),
    ("78 - 8*4 - 8", "78, which is not one of the numbers"),
    ("4 7 - 8/8 + 8", "unexpected"),  # two numbers side by side are never a product (nor 47)
    ("(4)(7)-8/8", "makes 27"),
    ("(7-8/8)**4", "powers"),  # dressing is never taken from where ** is a power
    ("$(7-8/8)$**$4$", "unexpected"),
    ("7$$4 - 8/8", "unexpected"),  # nor from between two numbers: 7$$4 is not 74
    ("(" * 50 + "4" + ")" * 50 + "*(7-8/8)", "nested too deeply"),
    ("4*7-8/8+", "ends too early"),
    ("", "empty"),
    ("four times six", "unexpected"),
    ("4*7-8/8", "makes 27, not 24"),
    ("8*(7-4)", "does not use 8"),
])
def test_near_misses_are_rejected_with_a_reason(answer, reason):
    verdict = ver.verify(P, answer)
    assert not verdict and reason in verdict.reason, (answer, verdict.reason)


def test_subset_problems_may_leave_numbers_out_but_not_reuse_them():
    p = {"numbers": [25, 50, 3, 7], "target": 75, "subset": True}
    assert ver.verify(p, "25+50") and ver.verify(p, "25*3")
    assert not ver.verify(p, "25+25+25") and not ver.verify(p, "75")
    assert not ver.verify({"numbers": [25, 50, 3, 7], "target": 75}, "25+50")


def test_no_solution_is_right_exactly_when_brute_force_finds_nothing():
    rng = random.Random(0)
    for _ in range(150):
        numbers = [rng.randint(1, 13) for _ in range(rng.randint(1, 4))]
        problem = {"numbers": numbers, "target": rng.choice([24, rng.randint(1, 80)])}
        possible = makes(tuple(sorted(map(Fraction, numbers))), problem["target"])
        for answer in (None, "no solution", "Impossible.", "none"):
            assert bool(ver.verify(problem, answer)) is (not possible), (problem, answer)
    assert ver.verify({"numbers": [3, 3, 8, 8], "target": 24}, None).reason.startswith("says there is no solution")


def test_no_solution_check_on_six_numbers_is_judged():
    """(Its cost, a search over six numbers, is measured in bench/bench_hostile.py.)"""
    assert ver.verify({"numbers": [1, 2, 3, 4, 5, 6], "target": 999_983}, None)
    assert ver.verify({"numbers": [1, 2, 3, 4, 5, 6], "target": 999_983}, None)  # cached now


def test_no_solution_on_six_numbers_agrees_with_brute_force():
    """Six numbers are judged by what each larger group would have to make, never by listing its values:
    checked against the reference brute force, on deals with and without a solution."""
    for numbers, target in [((2, 5, 1, 3, 1, 4), 1858), ((3, 6, 2, 5, 1, 3), 362), ((1, 1, 2, 3, 5, 8), 1439),
                            ((1, 1, 2, 3, 5, 8), 1441)]:
        possible = makes(tuple(sorted(map(Fraction, numbers))), target)
        assert ver.can_make(tuple(sorted(numbers)), target) is possible, (numbers, target)
        assert bool(ver.verify({"numbers": list(numbers), "target": target}, None)) is (not possible)


def _random_expression(rng: random.Random, numbers: list[int]) -> tuple[str, Fraction]:
    """A bracketed expression using each number once, and its exact value (worked here, not by the verifier)."""
    parts = [(str(n), Fraction(n)) for n in numbers]
    while len(parts) > 1:
        (a, x), (b, y) = parts.pop(rng.randrange(len(parts))), parts.pop(rng.randrange(len(parts)))
        op = rng.choice("+-*/" if y else "+-*")
        parts.append((f"({a}{op}{b})", {"+": x + y, "-": x - y, "*": x * y, "/": x / y if y else 0}[op]))
    return parts[0]


def test_an_answer_is_checked_on_problems_larger_than_the_search_reaches():
    """DESIGN.md gives Countdown any count of numbers: checking an expression is cheap at any size,
    so seven to twelve numbers are read and judged; only the exhaustive "no solution" search stops at six."""
    rng, checked = random.Random(7), 0
    while checked < 60:
        numbers = [rng.randint(1, 100) for _ in range(rng.randint(7, 12))]
        text, value = _random_expression(rng, numbers)
        if value.denominator != 1 or not 1 <= value <= ver.MAX_TARGET:
            continue
        problem, checked = {"numbers": numbers, "target": int(value)}, checked + 1
        assert slowthink.verify("countdown.countdown", problem, text), (problem, text)
        assert not slowthink.verify("countdown.countdown", problem, f"{text}+1")  # a number not given
        assert not slowthink.verify("countdown.countdown", {**problem, "target": int(value) + 1}, text)
        short = {**problem, "numbers": numbers + [numbers[0]]}  # one number left unused
        assert "does not use" in slowthink.verify("countdown.countdown", short, text).reason


def test_no_solution_over_more_numbers_than_the_search_reaches_is_refused_with_the_reason():
    seven = {"numbers": [1, 1, 1, 1, 1, 1, 1], "target": 1000}  # truly impossible, but not searched
    verdict = slowthink.verify("countdown.countdown", seven, "no solution")
    assert not verdict and "cannot check a no-solution claim over 7 numbers" in verdict.reason
    assert slowthink.verify("countdown.countdown", {**seven, "numbers": [1] * 6, "target": 1000}, None)
    with pytest.raises(ProblemError, match=r"problem\.numbers: 7 numbers; the solver searches deals of up to 6"):
        slowthink.solve("countdown.countdown", seven)
    assert "give 1 to 40" in slowthink.verify("countdown.countdown", {"numbers": [1] * 41, "target": 5}, "5").reason


_FRACTIONS = st.builds(Fraction, st.integers(-30, 30), st.integers(1, 6))


@settings(max_examples=500, deadline=None)
@given(a=_FRACTIONS, b=_FRACTIONS)
def test_partners_are_exactly_the_values_that_reach_a_target(a, b):
    """b joins a to make t (a + b, a − b, b − a, a × b, a ÷ b or b ÷ a) exactly when b is among
    `_partners(a, t)`; only 0 × b = 0 holds for every b, and the caller takes that case itself."""
    def results(a, b):
        return {a + b, a - b, b - a, a * b} | ({a / b} if b else set()) | ({b / a} if a else set())

    for t in results(a, b):
        assert b in cd_values._partners(a, t) or a == 0 == t, (a, b, t)
    for t in (a + 1, a - b, Fraction(7, 3), Fraction(0), -a):
        for partner in cd_values._partners(a, t):
            assert t in results(a, partner), (a, t, partner)


def test_each_last_operation_is_found_from_what_the_other_group_must_make(monkeypatch):
    """With value sets listed only for single numbers, every split is judged through `_partners`:
    each of + − × ÷ either way round as the last operation, and targets that are 0, negative or
    fractions, as they are for the groups below the top. Small deals, so the reference brute force is quick."""
    monkeypatch.setattr(cd_values, "_VALUE_SETS_UP_TO", 1)
    rng = random.Random(5)
    seen = set()
    for _ in range(600):
        numbers = tuple(sorted(rng.randint(1, 9) for _ in range(rng.randint(2, 4))))
        target = Fraction(rng.choice([rng.randint(1, 40), rng.randint(1, 400), 0, -rng.randint(1, 40),
                                      Fraction(rng.randint(-20, 20), rng.randint(2, 9))]))
        possible = makes(tuple(map(Fraction, numbers)), target)
        seen.add(possible)
        assert cd_values._makes_one_of(numbers, frozenset((target,))) is possible, (numbers, target)
    assert seen == {True, False}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32), kind=st.sampled_from(["game24", "countdown", "subset"]))
def test_generated_answers_verify_and_mutations_are_rejected(seed, kind):
    rng = random.Random(seed)
    if kind == "game24":
        params = build_params(gen.Game24Params, {"dead_ends": 0})
        problem = gen.generate_game24(rng, params)
    else:
        params = build_params(gen.CountdownParams, {"dead_ends": 0, "min_count": 4, "subset": kind == "subset"})
        problem = gen.generate_countdown(rng, params)
    answer = sol.solve(problem, params, rng).answer
    assert ver.verify(problem, answer)
    parts = re.split(r"(\d+)", answer)
    for position in range(1, len(parts), 2):  # change one number, write it twice, or drop it
        for replacement in (str(int(parts[position]) + 1), f"{parts[position]}+{parts[position]}"):
            mutated = "".join(parts[:position] + [replacement] + parts[position + 1:])
            assert not ver.verify(problem, mutated) or _value(mutated) == problem["target"] and "subset" in problem
        if position > 1 and "subset" not in problem:
            dropped = "".join(parts[:position - 1] + parts[position + 1:])
            assert not ver.verify(problem, dropped), (problem, dropped)
    for old, new in (("+", "-"), ("-", "+"), ("*", "/"), ("/", "*")):  # change one operator
        at = answer.find(old)
        if at >= 0:
            mutated = answer[:at] + new + answer[at + 1:]
            assert bool(ver.verify(problem, mutated)) is (_value(mutated) == problem["target"]), mutated


def _value(text: str):
    try:
        from slowthink.core.expr import evaluate
        return evaluate(ver.parse_answer(text), ver.ANSWER_RULES)
    except ExprError:
        return None


HOSTILE = st.one_of(
    st.none(), st.integers(), st.floats(allow_nan=True), st.lists(st.integers(), max_size=5),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3), st.binary(max_size=40),
    st.text(max_size=300), st.text(alphabet="0123456789+-*/()×÷x− =", max_size=300),
    st.integers(1, 5000).map(lambda n: "(" * n + "4" + ")" * n),
    st.integers(1, 400).map(lambda n: "9" * n), st.just("1" + "*9" * 5000),
    st.text(alphabet="\u202e\u200b\ufeff\u0000😀ℵ½①", max_size=50),
)


@FAST
@given(answer=HOSTILE)
def test_hostile_answers_get_a_falsy_verdict_with_a_reason(answer):
    # (how long they take: bench/bench_hostile.py, beside benign answers of the same length)
    verdict = ver.verify(P, answer)
    assert isinstance(verdict.reason, str) and verdict.reason
    assert not verdict or ver.verify(P, answer)  # a right answer from random text must really be right


@FAST
@given(problem=st.one_of(HOSTILE, st.fixed_dictionaries({"numbers": st.lists(st.integers(-5, 10**7), max_size=8),
                                                         "target": st.integers(-5, 10**10)})))
def test_hostile_problems_raise_problem_error_naming_a_field(problem):
    try:
        checked = ver.read_problem("countdown.countdown", problem)
    except ProblemError as exc:
        assert str(exc).startswith("problem")
    else:
        assert 1 <= len(checked["numbers"]) <= ver.MAX_NUMBERS


@pytest.mark.parametrize("problem, field", [
    ({"numbers": [4, 7, 8], "target": 24}, "the 24 game has four numbers"),
    ({"numbers": [4, 7, 8, 8], "target": 25}, "the 24 game"),
    ({"numbers": [4, 7, 8, True], "target": 24}, "problem.numbers"),
    ({"numbers": [4, 7, 8, 0], "target": 24}, "problem.numbers"),
    ({"numbers": [4, 7, 8, 8], "target": None}, "problem.target"),
    ({"numbers": [4, 7, 8, 8], "target": 24, "subset": "yes"}, "problem.subset"),
    ({"numbers": [4, 7, 8, 8], "target": 24, "allow_subset": True}, "problem.allow_subset"),  # rules it does not know
    ({"nums": [4, 7, 8, 8], "target": 24}, "problem.nums"), ({"numbers": [4, 7, 8, 8], "subest": True}, "problem.subest"),
    ({"numbers": [4, 7, 8, 8], "target": 24, "operations": "+-*/"}, "problem.operations"),
    ("[4, 7, 8, 8]", "problem:"),
])
def test_bad_problems_name_the_field(problem, field):
    with pytest.raises(ProblemError, match=re.escape(field)):
        ver.read_problem("countdown.game24", problem)


@pytest.mark.parametrize("field", ["id", "source", "dataset", "difficulty", "hint", "solution", "metadata", "topic"])
def test_a_records_own_fields_are_let_be_as_in_every_family(field):
    """A peer's problem carries its own metadata ({"numbers": …, "target": 24, "id": 5}); arithmetic and cipher
    problems let such fields be, and Countdown refused them, so every such problem was unreadable."""
    problem = {"numbers": [4, 7, 8, 8], "target": 24, field: "x"}
    assert ver.read_problem("countdown.game24", problem) == P
    assert slowthink.verify("countdown.game24", problem, "(7-8/8)*4")
    assert not slowthink.verify("countdown.game24", problem, "(7-8/8)*5")
    assert slowthink.verify("arithmetic.mul", {"expression": "23*68", field: "x"}, "1564")


def test_the_24_games_target_may_go_unsaid_but_not_countdowns():
    """Other generators write a 24-game deal as its numbers alone; a Countdown target is never implied."""
    assert ver.read_problem("countdown.game24", {"numbers": [4, 7, 8, 8]}) == P
    assert slowthink.verify("countdown.game24", {"numbers": [4, 7, 8, 8]}, "(7-8/8)*4")
    assert not slowthink.verify("countdown.game24", {"numbers": [4, 7, 8, 8]}, "4*7-8+8")
    assert slowthink.solve("countdown.game24", {"numbers": [4, 7, 8, 8]})["problem"] == P
    with pytest.raises(ProblemError, match="problem.target"):
        ver.read_problem("countdown.countdown", {"numbers": [4, 7, 8, 8]})


def test_a_tuple_of_numbers_reads_as_the_list():
    assert ver.read_problem("countdown.game24", {"numbers": (4, 7, 8, 8), "target": 24}) == P
    assert slowthink.verify("countdown.game24", {"numbers": (4, 7, 8, 8), "target": 24}, "(7-8/8)*4")
    assert slowthink.solve("countdown.game24", {"numbers": (4, 7, 8, 8), "target": 24})["problem"] == P


def test_problem_key_ignores_order_and_keeps_the_subset_rule():
    key = ver.problem_key
    assert key({"numbers": [8, 4, 8, 7], "target": 24}) == key(P) == "4,7,8,8->24"
    assert key({"numbers": [4, 7, 8, 8], "target": 24, "subset": True}) != key(P)


@FAST
@given(text=st.text(alphabet="0123456789 +-*/×÷xX−–()[]", max_size=60))
def test_fast_tokenizer_reads_exactly_what_the_core_grammar_reads(text):
    def core(t):
        try:
            return parse_tokens(tokenize(t, ver.ANSWER_RULES), ver.ANSWER_RULES)
        except ExprError as exc:
            return type(exc)

    def fast(t):
        try:
            return ver.parse_answer(t)
        except ExprError as exc:
            return type(exc)
    assert fast(text) == core(text)


# ---------------------------------------------------------------- step labels

GOOD = ["Numbers 4, 7, 8, 8; make 24.", "Try 8 + 8 = 16, leaving 4, 7, 16.", "  16 + 7 = 23, then 23 + 4 = 27: too big.",
        "Try 8 ÷ 8 = 1, leaving 1, 4, 7.", "  24 = 4 × 6: can 1 and 7 make 6? 7 − 1 = 6. Yes!",
        "Found it: 4 × (7 − 8 ÷ 8) = 24.",
        "Check: 8 ÷ 8 = 1; 7 − 1 = 6; 4 × 6 = 24. Uses 4, 7, 8 and 8, each exactly once.",
        "Answer: 4*(7-8/8)"]


def test_labels_on_a_good_trace_are_all_true():
    assert ver.label_steps(P, GOOD) == [True] * len(GOOD)


_STEP_ANSWERS = [
    "Answer:\n1. 8 ÷ 8 = 1\n2. 7 − 1 = 6\n3. 6 × 4 = 24 ✓",
    "**Solution:**\n\n**Step 1:** $8 \\div 8 = 1$\n\n**Step 2:** $7 - 1 = 6$\n\n**Step 3:** $6 \\times 4 = 24$",
    "So:\n- 8/8 = 1\n- 7-1 = 6\n- 4*6 = 24.",
    "Answer: 8/8 = 1, 7 - 1 = 6, 6*4 = 24",
    "Answer: 8 ÷ 8 = 1; then 7 − 1 = 6; then 6 × 4 = 24<|im_end|>",
    "<think>8+8=16, no.</think>\nStep 1: 7 - 8/8 = 6\nStep 2: 6 * 4 = 24",
    "8 ÷ 8 = 1\n7 − 1 = 6\n6 × 4 = 24\n\nAnswer: 24",  # the steps, then only the target they reach
    "Step 1: 8/8 = 1\nStep 2: 7 - 1 = 6\nStep 3: 6 * 4 = 24\nSo we reach the target.\nThe answer is **24**.",
]


@pytest.mark.parametrize("text", _STEP_ANSWERS)
def test_an_answer_given_as_steps_is_the_expression_they_make(text):
    """A model that answers with its steps ("8 ÷ 8 = 1", "7 − 1 = 6", "6 × 4 = 24") has solved the deal; its last
    step read alone was "uses 6, which is not one of the numbers". The steps make one expression, judged as any."""
    verdict = slowthink.verify_completion("countdown.game24", P, text)
    assert verdict and verdict.extraction.endswith(", as steps"), verdict
    assert ver.verify(P, verdict.answer)  # the expression the steps make, for any verifier to judge


@pytest.mark.parametrize("text", [
    "Answer:\n1. 8 ÷ 8 = 1\n2. 7 − 1 = 5\n3. 5 × 4 = 20",  # a false step, and not the target
    "Answer:\n1. 8 ÷ 8 = 1\n2. 7 − 1 = 5\n3. 5 × 4 = 24",  # a false step on the way
    "Answer:\n1. 8 ÷ 8 = 1\n2. 7 − 1 = 6\n3. 6 × 4 = 25",
    "Answer:\n8 ÷ 8 = 1\n8 − 1 = 7\n7 × 4 = 28\n28 − 4 = 24",  # an 8 and a 4 twice, the 7 never
    "Answer:\n8 × 4 = 32\n32 − 8 = 24",  # the 7 left out
    "Answer:\n8 + 8 = 16\n16 + 8 = 24",  # an 8 taken twice
    "Answer:\n7 − 1 = 6\n6 × 4 = 24",  # a 1 never made
    "8 ÷ 8 = 1\n7 − 1 = 6\nI am not sure this is right.\nAnswer: 6 × 4 = 25",
    "Answer: 8 ÷ 8 = 1, 7 − 1 = 6, 6 × 4 = 24, 24 × 1 = 24",  # the 1 taken twice
    "8 ÷ 8 = 1\n7 − 1 = 6\n6 × 4 = 24\n\nAnswer: (7 - 8/8) * 5",  # right steps, a wrong answer after them
    "Answer: 24",  # the target alone, with no steps above it
    "8 × 4 = 32\n32 − 8 = 24\nAnswer: 24",  # steps to the target without the 7
    "8 ÷ 8 = 1\n7 − 1 = 6\n6 × 4 = 24\n8 × 3 = 24\nAnswer: 24",  # the last run of steps takes an 8 three times
    "8 ÷ 8 = 1\n7 − 1 = 6\n6 × 4 = 24\nAnswer: 25",  # a value that is not the target
])
def test_steps_that_do_not_solve_the_deal_are_wrong(text):
    verdict = slowthink.verify_completion("countdown.game24", P, text)
    assert not verdict and not verdict.extraction.endswith("as steps"), verdict


@pytest.mark.parametrize("answer, holds", [("8/8 = 1, 7 - 1 = 6, 6*4 = 24", True), ("8/8 = 1, 7 - 1 = 6, 6*4 = 25", False),
                                           ("8/8 = 1, 7 - 1 = 6, 6*4 = 24, 24*1 = 24", False), ("6*4 = 24", False)])
def test_an_answer_stated_as_steps_in_a_trace_is_labelled_as_verify_completion_reads_it(answer, holds):
    """verify_completion read 'Answer: 8/8 = 1, 7 - 1 = 6, 6*4 = 24' as right, while label_steps labelled the
    same step false (one step alone does not use the numbers): the corpus kept it as a right answer with a
    false last step. Both now read it as the expression the steps make."""
    assert slowthink.label_steps("countdown.game24", P, [f"Answer: {answer}"]) == [holds]
    assert bool(slowthink.verify_completion("countdown.game24", P, f"Answer: {answer}")) is holds


def _steps_of(node, lines: list) -> Fraction:
    """The steps a person writes for an expression tree, innermost first ("8 ÷ 8 = 1"), and its value."""
    if isinstance(node, Num):
        return node.value
    a, b = _steps_of(node.left, lines), _steps_of(node.right, lines)
    value = a + b if node.op == "+" else a - b if node.op == "-" else a * b if node.op == "*" else a / b
    shown = {"+": "+", "-": "−", "*": "×", "/": "÷"}[node.op]
    side = lambda v: str(v) if v.denominator == 1 else f"({v})"  # noqa: E731 (a fraction made, bracketed)
    lines.append(f"{side(a)} {shown} {side(b)} = {value}")
    return value


@FAST
@given(seed=st.integers(0, 10**6), count=st.integers(3, 5), slip=st.integers(0, 9))
@example(seed=3158, count=5, slip=0)  # "9 × (1 − 1)": a product with nought, whose steps hold a "9 × 0 = 0"
def test_every_solution_written_as_steps_verifies_and_a_slipped_step_does_not(seed, count, slip):
    """The solver's answer, written as the steps a person takes (the test's own decomposition), is read back as a
    right answer; any one step's value changed, and the completion is wrong."""
    problem = gen.generate_countdown(random.Random(seed), build_params(gen.CountdownParams, {
        "min_count": count, "max_count": count}))
    answer = slowthink.solve("countdown.countdown", problem)["answer"]
    if answer is None:
        return
    lines: list[str] = []
    _steps_of(parse_tokens(tokenize(answer)), lines)
    if len(lines) < 2:
        return
    verdict = slowthink.verify_completion("countdown.countdown", problem, "Answer:\n" + "\n".join(lines))
    assert verdict and verdict.extraction.endswith("as steps") and ver.verify(problem, verdict.answer), (lines, verdict)
    below = f"{chr(10).join(lines)}\n\nAnswer: {problem['target']}"  # the steps, then only the target they reach
    assert slowthink.verify_completion("countdown.countdown", problem, below), below
    k = slip % len(lines)
    side, value = lines[k].rsplit(" = ", 1)
    lines[k] = f"{side} = {Fraction(value) + 1}"
    assert not slowthink.verify_completion("countdown.countdown", problem, "Answer:\n" + "\n".join(lines)), lines
    assert not slowthink.verify_completion("countdown.countdown", problem,
                                           "\n".join(lines) + f"\n\nAnswer: {problem['target']}"), lines


def test_steps_with_a_fraction_made_on_the_way_and_a_value_both_made_and_given():
    deal = {"numbers": [3, 3, 8, 8], "target": 24}
    verdict = slowthink.verify_completion("countdown.game24", deal, "Steps:\n- 8 ÷ 3 = 8/3\n- 3 − 8/3 = 1/3\n- 8 ÷ (1/3) = 24")
    assert verdict and verdict.answer == "8 / (3 - 8 / 3)", verdict
    # 2 + 2 makes a 4 beside the 4 given: the one made goes on, and the given one may stay out
    steps = "Answer:\n2 + 2 = 4\n4 × 5 = 20"
    assert slowthink.verify_completion("countdown.countdown", {"numbers": [2, 2, 4, 5], "target": 20, "subset": True}, steps)
    assert not slowthink.verify_completion("countdown.countdown", {"numbers": [2, 2, 4, 5], "target": 20}, steps)


@pytest.mark.parametrize("at, bad", [
    (1, "Try 8 + 8 = 17, leaving 4, 7, 17."),  # a false equation
    (2, "  16 + 5 = 21, then 21 + 4 = 25: too big."),  # 5 was never given nor made
    (4, "  24 = 4 × 6: can 1 and 7 make 6? 7 − 1 = 5. No wait, 7 − 1 = 6. Yes!"),  # a false equation first
    (4, "  24 = 4 × 6: can 1 and 7 make 6? 7 + 1 = 8. Yes!"),  # a yes the equation before it does not give
    (4, "  24 = 4 × 6: can 1 and 7 make 6? 7 ÷ 1 = 7, yes!"),
    (5, "Found it: 4 × 7 − 8 ÷ 8 = 27."),  # a claimed solution that misses 24
    (6, "Check: 8 ÷ 8 = 1; 7 − 1 = 6; 4 × 6 = 24. Uses 4, 7 and 8, each exactly once."),  # a number left out
    (7, "Answer: 4*(7-8/8)+8-8"),  # the final answer is wrong
    (7, "Answer: no solution"),
])
def test_labels_turn_false_at_the_first_false_step(at, bad):
    steps = GOOD[:at] + [bad] + GOOD[at + 1:]
    assert ver.label_steps(P, steps) == [True] * at + [False] * (len(steps) - at)


@pytest.mark.parametrize("step", ["  24 = 4 × 6: can 1 and 7 make 6? 7 + 1 = 8, no; 7 − 1 = 6. Yes!",
                                  "  24 = 4 × 6: can 1 and 7 make 6? No: 7 + 1 = 8, yes, but that is not 6.",
                                  "  Can 1 and 7 make 6? Yes: 7 − 1 = 6."])
def test_a_yes_is_checked_only_against_the_equation_that_answers_the_question(step):
    steps = GOOD[:4] + [step] + GOOD[5:]
    assert ver.label_steps(P, steps) == [True] * len(steps)


@pytest.mark.parametrize("step", ["8 + 8 = 16, then 16 + 8 = 24. That works!",  # both 8s went into the 16
                                  "8 + 8 = 16; 16 + 8 = 24.", "7 + 4 = 11, then 11 + 7 = 18, then 18 + 8 = 26."])
def test_a_value_made_in_a_step_cannot_bring_back_the_numbers_it_took(step):
    assert ver.label_steps(P, [step]) == [False]


def test_a_value_made_in_a_step_may_join_numbers_it_did_not_take():
    # read greedily, 12 + 11 takes the 11 made from 11 + 0; the 23 then meets the 0 further up
    problem = {"numbers": [12, 11, 3, 3], "target": 24}
    steps = ["Try 3 − 3 = 0, leaving 0, 11, 12.", "  11 + 0 = 11, then 12 + 11 = 23: 1 short.",
             "  12 + 11 = 23, then 23 + 0 = 23: short by 1.", "7 − 4 = 3"]
    assert ver.label_steps(problem, steps) == [True, True, True, False]
    assert ver.label_steps(P, ["7 − 4 = 3, then 8 × 3 = 24, then 24 − 8 = 16."]) == [True]  # the other 8
    # 8 × 4 read (greedily) after 8 − 4 = 4; the 32 then meets the other 8 twice, as two alternatives
    steps = ["Take 1 × 8 = 8; left: 4, 8, 8.", "  8 − 4 = 4, then 4 ÷ 8 = 1/2: a fraction.",
             "  8 × 4 = 32. Then 32 + 8 = 40: 16 too many; but 32 − 8 = 24. That works!"]
    assert ver.label_steps({"numbers": [1, 4, 8, 8], "target": 24}, steps) == [True] * 3


@pytest.mark.parametrize("problem, step, holds", [
    (P, "Solution: 8 × 4 − 8 = 24.", False),  # true, but 7 is left out and 8 used twice
    (P, "Found it: 8 × 3 = 24.", False),  # 3 is not one of the numbers
    (P, "Found it: (7 − 8 ÷ 8) × 4 = 24", True),
    ({"numbers": [3, 3, 8, 8], "target": 24}, "Solution: 8 ÷ (3 − 8/3) = 24.", True),  # 8/3: the numbers 8 and 3
    ({"numbers": [25, 50, 3, 7], "target": 75, "subset": True}, "Solution: 25 × 3 = 75.", True),
    ({"numbers": [25, 50, 3, 7], "target": 75, "subset": True}, "Solution: 25 × 3 × 1 = 75.", False),
])
def test_a_solution_written_out_must_use_the_numbers_as_the_rules_say(problem, step, holds):
    assert ver.label_steps(problem, [step]) == [holds]


def test_labels_of_no_solution_traces_depend_on_the_truth():
    assert ver.label_steps({"numbers": [1, 1, 1, 1], "target": 24}, ["1 + 1 = 2", "Answer: no solution"]) == [True, True]
    assert ver.label_steps({"numbers": [1, 1, 6, 7], "target": 24}, ["Answer: none"]) == [True]
    assert ver.label_steps({"numbers": [3, 3, 8, 8], "target": 24}, ["Answer: no solution"]) == [False]


@FAST
@given(lines=st.lists(st.text(max_size=80), max_size=8))
def test_labels_never_raise_and_never_recover(lines):
    labels = ver.label_steps(P, lines)
    assert len(labels) == len(lines) and labels == sorted(labels, reverse=True)


@pytest.mark.parametrize("text", ["Answer: There is no solution.", "Answer: impossible", "**Answer:** It is impossible.",
                                  "\\boxed{\\text{no solution}}", "Answer: It cannot be done.", "Answer: none"])
def test_no_solution_in_the_words_models_use(text):
    import slowthink
    assert slowthink.verify_completion("countdown.game24", {"numbers": [1, 1, 1, 1], "target": 24}, text)
    assert not slowthink.verify_completion("countdown.game24", P, text)


@pytest.mark.parametrize("text", ["Answer: (7-8/8)*4", "\\boxed{(7-8\\div 8)\\times 4}", "Answer: (7 − 8 ÷ 8) × 4 = 24"])
def test_completions_with_an_expression(text):
    import slowthink
    assert slowthink.verify_completion("countdown.game24", P, text)


@pytest.mark.parametrize("at, bad", [
    (1, "Try 7 × 7 = 49, leaving 8, 8, 49."),  # one 7, used twice
    (1, "Try 8 + 8 = 16, leaving 4, 16."),  # the 7 went missing from what is left
    (2, "  16 + 8 = 24. That works!"),  # both 8s were used up in the 16
    (3, "Try 9 − 4 = 5, leaving 5, 7, 8, 8."),  # 9 was never given nor made
    (2, "  16 + 7 = 23, then 23 + 4 = 27. That works!"),  # a claimed solution that misses 24
    (2, "  7 − 4 = 3, then 16 + 8 = 24. It works!"),  # the move just before the claim uses a spent 8
])
def test_labels_follow_the_numbers_in_play(at, bad):
    steps = GOOD[:at] + [bad] + GOOD[at + 1:]
    assert ver.label_steps(P, steps) == [True] * at + [False] * (len(steps) - at), bad


@pytest.mark.parametrize("steps", [
    ["4 × 8 = 32, 32 − 8 = 24. That works!"],  # reaches 24, but the 7 is never used
    ["The answer is 24 = 24. It works!"],  # the target restated is no solution
    ["Let me see: 24. Found it!"],
    ["8 ÷ 8 = 1, 7 − 1 = 6.", "6 × 4 = 24, and 24 × 1 = 24. It works!"],  # the 1 went into the 6
])
def test_it_works_only_once_every_number_has_gone_into_the_target(steps):
    assert ver.label_steps(P, steps)[-1] is False, steps


@pytest.mark.parametrize("step, holds", [
    ("So the answer is 4(7 − 8 ÷ 8).", True), ("So the answer is (7 − 1) × 4.", False),
    ("\\boxed{4 \\times (7 - 8 \\div 8)}", True), ("\\boxed{(7 + 1) \\times 4}", False),
    ("**Final answer:** no solution", False), ("If the answer is (7 − 1) × 4, the 8s are unused.", True),
])
def test_a_final_answer_is_checked_however_it_is_stated(step, holds):
    assert ver.label_steps(P, [step]) == [holds], step


def test_it_works_after_trying_other_finishes_of_the_same_pair():
    # the last move is read from 1, 610 again, not as 610-the-target times the 1 just made
    problem = {"numbers": [2, 5, 6, 7, 8, 75], "target": 610}
    steps = ["75 × 8 = 600, which leaves 2, 5, 6, 7, 600.", "5 × 2 = 10, which leaves 6, 7, 10, 600.",
             "600 + 10 = 610, which leaves 6, 7, 610.",
             "7 − 6 = 1. Then 610 + 1 = 611: over by 1; 610 − 1 = 609: short by 1; but 610 × 1 = 610. It works!"]
    assert all(ver.label_steps(problem, steps))
    subset = {"numbers": [4, 7, 8, 8], "target": 24, "subset": True}
    assert ver.label_steps(subset, ["4 × 8 = 32, 32 − 8 = 24. That works!"]) == [True]  # 7 may stay unused


def test_labels_allow_backing_up_and_traces_that_never_list_what_is_left():
    free = ["8 ÷ 8 = 1", "7 − 1 = 6", "6 × 4 = 24", "So 4 × (7 − 8 ÷ 8) = 24.", "Answer: 4*(7-8/8)"]
    assert all(ver.label_steps(P, free))
    back = ["Try 8 + 8 = 16, leaving 4, 7, 16.", "  16 + 7 = 23, then 23 + 4 = 27: too big.",
            "Try 8 − 7 = 1, leaving 1, 4, 8.", "Back to 4, 7, 16.", "  16 − 4 = 12, then 12 + 7 = 19.",
            "Back to the start: 4, 7, 8, 8.", "8 ÷ 8 = 1, then 7 − 1 = 6, then 6 × 4 = 24. It works!"]
    assert all(ver.label_steps(P, back))
    # a jump to a line of search never announced is not a back-up: 16 is not in play after 8 − 7
    assert ver.label_steps(P, back[:3] + ["  16 − 4 = 12, then 12 + 7 = 19."]) == [True, True, True, False]


def test_back_to_a_node_is_not_read_as_a_position_from_its_last_digits():
    # "back to node 296" once read as "back to the position 6", jumping wherever a lone 6 was in
    # play: a third of full depth-first search streams of six numbers were then labelled false
    assert cd_equations._POSITION.search("Node 297: dead end, back to node 296") is None
    problem = {"numbers": [5, 8, 6, 25, 75, 4], "target": 625}
    params = build_params(gen.CountdownParams, {"min_count": 6, "max_count": 6, "style": "stream",
                                                "dead_ends": -1, "strategy": "dfs"})
    steps = sol.solve(problem, params, random.Random(0)).steps
    assert "Node 297: dead end, back to node 296" in steps and all(ver.label_steps(problem, steps))


def test_stream_lines_follow_the_numbers_in_play():
    stream = ["Goal: 24 from 4, 7, 8, 8, each exactly once", "Node 0: 4, 7, 8, 8",
              "Node 1 (parent 0): 8 ÷ 8 = 1 → 1, 4, 7", "Node 2 (parent 1): 7 − 1 = 6 → 4, 6",
              "Node 2: 6 + 4 = 10, 6 − 4 = 2, 6 × 4 = 24; goal reached", "Solution: 4 × (7 − 8 ÷ 8) = 24",
              "Answer: 4*(7-8/8)"]
    assert all(ver.label_steps(P, stream))
    assert ver.label_steps(P, stream[:3] + ["Node 2 (parent 1): 8 − 1 = 7 → 4, 7, 7"])[-1] is False
    assert ver.label_steps(P, stream[:4] + ["Node 2: 6 + 4 = 10, 6 − 4 = 2; goal reached"])[-1] is False


def test_a_whole_quotient_is_a_move_not_a_value_restated():
    # "7 ÷ 7 = 1" needs two 7s, even when a 1 is in play; "1/3" may stand for a fraction made earlier
    steps = ["Try 8 − 7 = 1, leaving 1, 4, 8.", "Try 7 ÷ 7 = 1, leaving 1, 4, 8."]
    assert ver.label_steps(P, steps) == [True, False]
    thirds = {"numbers": [3, 3, 8, 8], "target": 24}
    assert all(ver.label_steps(thirds, ["Try 8 ÷ 3 = 8/3, leaving 8/3, 3, 8.", "3 − 8/3 = 1/3, leaving 1/3, 8.",
                                        "8 ÷ (1/3) = 24. It works!"]))


def test_tangled_steps_are_labelled_within_their_budget():
    # each "1/3" may be a fraction in play or the numbers 1 and 3: the readings tried are bounded (their
    # time is measured in bench/bench_hostile.py)
    tangled = "1 = 1, 3 = 3, 1/3 = 1/3, " * 60 + " + ".join(["1/3"] * 40) + " + 5 = 18"
    grow = "24 + 24 = 48, " * 1400  # numbers made from the target alone never grow a position
    assert ver.label_steps(P, [tangled]) == [False]
    assert ver.label_steps(P, [grow, grow]) == [True, True]


def parsed_claim_parts(run):
    """What `_claim_parts` gives through the general parser: the first side's atoms, each side's value."""
    from slowthink.core.claims import CLAIM_RULES
    from slowthink.core.expr import evaluate
    sides = cd_equations._RELATION.split(run)
    values = tuple(cd_values._whole(Fraction(evaluate(parse_tokens(tokenize(side, CLAIM_RULES), CLAIM_RULES),
                                                      CLAIM_RULES)))
                   for side in sides)
    atoms = tuple(cd_equations._atoms(parse_tokens(tokenize(sides[0], CLAIM_RULES), CLAIM_RULES)))
    return atoms, values, cd_equations._RELATION.search(run).group() == "="


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=5), st.lists(st.sampled_from("+-−×*"), min_size=4, max_size=4),
       st.integers(0, 10**6), st.sampled_from(["=", "≠", "<", ">", "<=", ">=", "!="]), st.sampled_from(["", " ", "  "]))
def test_whole_number_equations_read_fast_as_the_parser_reads_them(numbers, ops, right, relation, space):
    from slowthink.core.claims import check_run
    left = str(numbers[0]) + "".join(f"{space}{op}{space}{n}" for op, n in zip(ops, numbers[1:]))
    for run in (f"{left} {relation} {right}", f"{right} = {left}", f"{left} = {left}"):
        claims = check_run(run)
        expected = False if any(c.ok is False for c in claims) else parsed_claim_parts(run.strip())
        assert cd_equations._whole_run.__wrapped__(run) == expected, run


def equations_through_find_claims(step):
    """`_equations` as the general reader gives it: every claim checked, the true ones taken apart."""
    from slowthink.core.claims import find_claims
    if not cd_equations._RELATION.search(step):
        return ()
    out = []
    for claim in find_claims(step):
        if claim.ok is False:
            return None
        if claim.ok:
            out.append(cd_equations._claim_parts(claim.text))
    return tuple(out)


def test_steps_of_real_traces_read_the_same_as_through_find_claims():
    steps = set()
    for task, params in [("countdown.countdown", {"min_count": 6, "max_count": 6, "mistakes": 0.5}),
                         ("countdown.game24", {"mistakes": 0.5, "unsolvable": 0.2}),
                         ("countdown.countdown", {"style": "stream", "max_count": 5, "mistakes": 0.5})]:
        for record in slowthink.generate(task, 60, seed=4, **params):
            steps.update(step["text"] for step in record["steps"])
    steps.update(["8 + 8 = 16 < 17 ≤ 17", "so 3 × 4 = 13, wrong", "x = 5 = 5", "1/2 + 1/2 = 1 = 2 − 1", "(2 + 3) × 4 = 20",
                  "12 = 3 × 4 = 2 × 6 -> 12 = 12", "7 − 9 = −2", "10 − 4 = 6 != 7",
                  " = ".join(["1"] * 2100), " = ".join(["1"] * 2100) + " = 2"])  # too long to read: no claim
    for step in steps:
        assert cd_equations._placed_equations.__wrapped__(step)[0] == equations_through_find_claims(step), step


_GUARDED_PIECES = ["It works", "THAT WORKS", "worKs", "woſks", "ſolution:", "Solution is :", "goal reached", "Found ıt",
                   "found it", "uses 4, 7, 8 and 8, each once", "USED 4 each once", "leaving 4, 7", "Leaves 3", "left: 2, 5",
                   "→ 4, 5", "Back to the start: 1, 2", "back to node 3: 4", "from 4, 7", "Node 2: 3, 4", "no ", "works",
                   "Remaining: 1, 2", "remaining numbers: 3", "now we have 4, 5", "We now have 2", "Now have 3", "left with 2, 5",
                   "Left with: 6", "→ [4, 5]", "16 is 8 short of 24", "12 is half of 24", "ſhort of 2", " iſ 3 over 4",
                   "6 is a factor of 24 (6 × 4)", "1 + 2 is 3 at once", " is a third of 9", " is ", " more than 3",
                   " ", ", ", "8", "1/3", ".", "x", "K"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_GUARDED_PIECES), max_size=8).map("".join))
def test_the_quick_word_checks_never_hide_a_match(text):
    """_read skips a pattern when a cheap word check says it cannot match: the check must never be wrong."""
    if cd_equations._MARK.search(text):
        assert cd_equations._may_say(text, ("works", "solution", "goal reached", "found it")), text
    if cd_claims._USED.search(text):
        assert cd_equations._may_say(text, ("use",)), text
    if cd_equations._POSITION.search(text):
        assert cd_equations._may_list(text), text
    if cd_claims._NEARNESS.search(text):
        assert cd_equations._may_say(text, cd_claims._NEARNESS_WORDS), text


_GATED_PIECES = ["4 and 7 make 11", "4 AND 7 MAKES 3", "7 and 4 give 3, 11", "7 and 4 can gives 28", "and ", " and ", "maKe",
                 "giVes", "gıves", "İ", "ſ", "K", "then", "THEN", "Then 8", "tHen", ", then ", "need 6", "NEEDS 7", "aiming for 5",
                 "aim for 3", "go for 9", "target 4", "sub-goal 2", "subgoal 1", "get 5", "reach 8", "wants 2", "gıve 4", "needs",
                 "4", "7/2", " ", ", ", ".", ": ", "?", "x", "= 23: too small"]


@settings(max_examples=1500, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_GATED_PIECES), max_size=8).map("".join),
                 st.text(alphabet="aAdeEgGhHiIkKmMnNtTvV ſıİK0123456789,:;.?", max_size=40)))
def test_the_word_checks_before_case_blind_searches_never_hide_a_match(text):
    """The reader skips a case-blind pattern when a substring test says it cannot match (the pair moves and lists,
    a "then" in a piece, a goal named): the test must never be wrong."""
    if cd_claims._PAIR_MOVE.search(text) or cd_claims._PAIR_LIST.search(text):
        assert cd_equations._may_say(text, (" and ",)) and cd_equations._may_say(text, ("make", "give")), text
    if cd_equations._THEN.search(text):
        assert "then" in text.lower(), text
    if cd_claims._SUBGOAL.search(text):
        assert cd_equations._may_say(text, cd_claims._SUBGOAL_WORDS), text


_G24 = {"numbers": [4, 7, 8, 8], "target": 24}


@pytest.mark.parametrize("steps, labels", [
    # what is left, said the ways models say it, must be what the moves leave
    (["8 / 8 = 1. Remaining: 1, 4, 7.", "7 - 1 = 6. Remaining numbers: 4, 6.", "4 * 6 = 24. Done!"], [True] * 3),
    (["8 / 8 = 1. Remaining: 1, 4, 8."], [False]), (["8 / 8 = 1, now we have 1, 4, 8."], [False]),
    (["8/8 = 1 → [1, 4, 7]", "7-1 = 6 → [4, 6]", "6*4 = 24 ✓"], [True] * 3), (["8/8 = 1 → [1, 4, 8]"], [False]),
    (["8 + 8 = 16, left with 4, 7, 16."], [True]), (["8 + 8 = 16, left with 4, 7, 15."], [False]),
    # a goal split up names values that are not in play yet: it takes nothing, so it is no move
    (["We want 24 = 6 × 4, and 6 = 7 − 1 = 7 − 8/8.", "Answer: (7 − 8/8) × 4"], [True, True]),
    (["We want 24 = 6 × 4, and 6 = 7 − 2."], [False]),  # still an equation, so still checked
    (["7 − 1 = 6"], [False]),  # but a move must take numbers in play: 1 is not (yet)
    (["- 8 ÷ 8 = 1", "- 7 − 1 = 6", "- 6 × 4 = 24 ✓", "So 6 × 4 is 24.", "**Answer:** $(7 - 8/8) \\times 4$"], [True] * 5),
    (["- 8 ÷ 8 = 1", "- 7 − 1 = 6", "So 6 × 4 is 25."], [True, True, False]),
    (["4 times 8 = 32, too big"], [True]), (["4 times 8 = 33"], [False]),
])
def test_labels_read_a_models_wording_of_the_search(steps, labels):
    assert slowthink.label_steps("countdown.game24", _G24, steps) == labels


_SKIPS = {"numbers": [3, 4, 7, 8], "target": 24}


@pytest.mark.parametrize("step, label", [
    # a list after a move may leave out the value the move made, never anything else
    ("8 × (7 − 4) = 24, leaving 3 unused. No good.", True), ("8 × (7 − 4) = 24, leaving 3, 24.", True),
    ("8 × (7 − 4) = 24, leaving 4.", False), ("8 × (7 − 4) = 24, leaving 24.", False),
    # a Stream-of-Search node line lists its whole position: later lines judge that position by its id
    ("Node 1 (parent 0): 8 × 3 = 24 → 4, 7", False),
    # a value worked out unwritten, from numbers in play that the step writes
    ("(3 × 7 − 8 − 4)? 21 − 12 = 9. No.", True), ("4 × 7 − 3 − 8 = 17? 28 − 11 = 17. No.", True),
    ("3 × (4 + 8) − 7 … 36 − 7 = 29.", True), ("(7 + 8 − 3) × … 12 × 4 = 48. Too big.", True),
    ("(3 × 7 − 8 − 4)? 21 − 13 = 8.", False),  # 8 and 4 cannot make 13
    ("(3 × 7 − 8 − 4)? 21 − 11 = 10.", False),  # nor is 10 what the expression is worth
    ("3 × 7 + 8 + 4? 21 − 12 = 9.", False),  # 21 is 3 × 7, but nothing written is 8 + 4 = 12
    ("Check: 5 × 4 = 20; 20 + 7 = 27.", False),  # 8 − 3 could make the 5, but nothing written does
    ("3 × 7 = 21, and 21 − 12 = 9.", False),  # nothing written makes the 12
    ("22 + 2 = 24.", False), ("6 × 4 = 24.", False),  # values from nowhere
    ("3 + 4 + 7 + 8 = 22, and 22 + 2 = 24.", False),
    # a number used twice is never a value worked out unwritten, though others could make it
    ("8 − 4 = 4, and 4 × 4 = 16.", False), ("8 − 4 = 4, and 4 × 4 × 3 = 48.", False),
    # a goal split up or a wish: an equation with a number the step says it needs made or has not got
    ("I need 7 and 4 to make 1, since 24 × 1 = 24.", True),
    ("Let me think about 4 × 6 = 24: can 3, 7, 8 make 6?", True), ("I need a 6: 4 × 6 = 24.", True),
    ("I need a 6: 4 × 6 = 25.", False),  # still an equation, so still checked
    ("I need a 5: 4 × 6 = 24.", False),  # the 6 is not what it says it needs
    ("7 × 4 × 5 = 140 would do, but I don't have a 5.", True), ("8 × 6 = 48, but I have no 6.", True),
    ("I don't have a 5: 5 × 6 = 30.", False),  # nor the 6
    # the target taken apart, while it is not in play, is reasoning back from it
    ("24 ÷ 5 = 24/5, 24 − 21 = 3, 24 = 2 × 12.", True), ("24 ÷ 5 = 5.", False),
    ("8 × 3 = 24, and 24 − 21 = 3.", False),  # a 24 made is a number in play: the 21 is not
    ("24 + 0 = 24.", False), ("24 ÷ 5 = 24/5. It works!", False),
    ("I need a 6: 4 × 6 = 24. It works!", False),  # nor is it a move that solves anything
    ("I don't have a 6, so 6 × 4 = 24 works!", False), ("(7 − 4) × 8 = 24 works! Then 3 is left.", False),
    ("(7 − 4) × 8 × 3 = 72, and 72 ÷ 3 = 24 works!", False),  # a 3 used twice: "works!" claims a solution
])
def test_labels_read_what_people_leave_unwritten(step, label):
    assert slowthink.label_steps("countdown.game24", _SKIPS, [step]) == [label]


@pytest.mark.parametrize("steps, labels", [
    # "make", "get", "reach" said as a result claim a value: a 6 never made is not whitewashed as wished for
    (["Using 7 − 3 we get 6, then 6 × 4 = 24."], [False]), (["Now we get 6 × 4 = 24."], [False]),
    (["Subtracting 3 from 7 makes 6, and 6 × 4 = 24."], [False]), (["We can reach 6 × 4 = 24."], [False]),
    # ...said as a goal, they wish
    (["If we can make 6, then 6 × 4 = 24."], [True]), (["4 × 6 = 24, so let's make 6 from 3, 7, 8."], [True]),
    (["Can 3, 7, 8 make 6? Then 4 × 6 = 24."], [True]), (["I'd need another 6: 6 × 4 = 24."], [True]),
    # what a wish makes is wished for, never in play: no later move takes it, no list of what is left has it
    (["I need 6 and 1: 7 − 1 = 6, 6 + 4 = 10, leaving 3, 7, 8, 10."], [False]),
    (["I need 6 and 1: 7 − 1 = 6, 6 + 4 = 10.", "10 + 7 = 17, leaving 3, 8, 17."], [True, False]),
    (["I need 6: 6 + 4 = 10, 10 + 8 = 18.", "3 + 4 + 7 + 8 = 22."], [True, True]),
    (["24 − 6 = 18, 18 + 3 = 21, leaving 4, 7, 8, 21."], [False]), (["24 − 6 = 18, 18 + 3 = 21."], [True]),
])
def test_a_wish_never_puts_a_number_in_play(steps, labels):
    """Found by a hostile review: 'we get 6' and '7 − 3 makes 6' counted as wanting a 6, so a phantom 6
    (or wrong arithmetic in words) passed; and a wish's value was kept as made, so a real move could
    take it and bring a number never given into play."""
    assert slowthink.label_steps("countdown.game24", _SKIPS, steps) == labels


def test_a_value_worked_out_unwritten_is_played_as_a_move():
    """The numbers it came from are gone: what is left after it is judged from there."""
    steps = ["(3 × 7 − 8 − 4)? 21 − 12 = 9, leaving 9.", "No match: dead end."]
    assert slowthink.label_steps("countdown.game24", _SKIPS, steps) == [True, True]
    assert slowthink.label_steps("countdown.game24", _SKIPS, ["21 − 12 = 9 from 3 × 7 and 8 + 4. So 9 + 3 = 12."]) \
        == [False]  # the 3 went into the 21


@pytest.mark.parametrize("numbers, target, steps, labels", [
    # reasoned back from the target while it is not in play: a goal split up, true, and no position
    ([4, 7, 8, 8], 24, ["24 ÷ 3 = 8, so can 4, 7, 8 make 3?", "8 ÷ 8 = 1, 7 − 1 = 6, 6 × 4 = 24.", "Answer: (7-8/8)*4"],
     [True] * 3),
    ([75, 3, 9, 6, 7], 469, ["469 − 7 = 462, so I need 462 from 75, 3, 9, 6.", "75 × 6 = 450, leaving 3, 7, 9, 450.",
                             "450 + 9 + 3 = 462, then 462 + 7 = 469.", "Answer: 75*6+9+3+7"], [True] * 4),
    ([75, 3, 9, 6, 7], 469, ["469 + 6 = 475.", "475 − 75 = 400, so 3, 9, 7 would have to make 400."], [True, True]),
    ([4, 7, 8, 8], 24, ["24 + 8 = 32: can I make 32 from 4, 7, 8?", "4 × 8 = 32, leaving 7, 8, 32."], [True, True]),
    # ... so what it gives is no number in play: "4 × 8" from 4, 7, 8, 8 leaves the other 8 too
    ([4, 7, 8, 8], 24, ["24 + 8 = 32: can I make 32 from 4, 7, 8?", "4 × 8 = 32! leaving 7, 32."], [True, False]),
    # with the target made and in play, its value is that number: a number it took, taken again, is used twice
    ([4, 6, 3, 1], 24, ["6 × 4 = 24, leaving 24, 3, 1.", "24 + 4 = 28.", "28 − 3 − 1 = 24."], [True, False, False]),
    ([4, 6, 3, 1], 24, ["6 × 4 = 24, leaving 24, 3, 1.", "24 + 4 = 28, leaving 28, 3, 1."], [True, False]),
    ([4, 6, 3, 1], 24, ["6 × 4 = 24, leaving 24, 3, 1.", "24 ÷ 3 = 8, leaving 1, 8."], [True, True]),
    # ... but a move undone to check it takes nothing: true, and it puts nothing back in play
    ([4, 6, 3, 1], 24, ["6 × 4 = 24, leaving 24, 3, 1.", "24 ÷ 4 = 6, so that holds."], [True, True]),
    ([4, 9, 10, 13], 24, ["13 - 9 = 4 (left: 4 4 10)", "10 - 4 = 6 (left: 4 6)", "4 * 6 = 24 (left: 24)",
                          "24 / 4 = 6, so that checks."], [True] * 4),
    ([7, 8, 3, 1], 24, ["7 × 8 = 56, leaving 56, 3, 1.", "Check: 56 ÷ 8 = 7."], [True, True]),
    ([4, 6, 3, 1], 24, ["6 + 4 = 10, leaving 10, 3, 1.", "10 − 4 = 6, leaving 6, 3, 1."], [True, False]),
    ([5, 8, 3, 5], 24, ["5 + 3 = 8. That leaves 5, 8, 8.", "8 − 5 = 3. Then 8 × 3 = 24. That works!"], [True, True]),
])
def test_the_target_is_reasoned_back_from_only_while_it_is_not_in_play(numbers, target, steps, labels):
    """From the last review's design limits: the target was free in every move, so '6 × 4 = 24' then '24 + 4 = 28'
    (the 4 used twice) was a move from the start with the target as its 24, and the line built on it held; and a
    goal split up made a position with a phantom number in it."""
    task = "countdown.game24" if target == 24 and len(numbers) == 4 else "countdown.countdown"
    assert slowthink.label_steps(task, {"numbers": numbers, "target": target}, steps) == labels


@pytest.mark.parametrize("last, label", [
    ("−4 × −6 = 24. It works!", True), ("(−4) × (−6) = 24. It works!", True), ("(-4) * (-6) = 24.", True),
    ("4 × 6 = 24. It works!", False), ("(−4) × (−6) = 25.", False),
])
def test_a_negative_number_made_on_the_way_is_that_number(last, label):
    """The answer (4-8)*(3-9) is right, but its trace's last move read '(−4) × (−6)' as 4 × 6, numbers not in play,
    and was false: a sign was dropped from the numbers a move takes."""
    steps = ["4 − 8 = −4, leaving −4, 3, 9.", "3 − 9 = −6, leaving −4, −6.", last]
    assert slowthink.label_steps("countdown.game24", {"numbers": [4, 8, 3, 9], "target": 24}, steps) == [True, True, label]


@pytest.mark.parametrize("step, label", [
    ("8 ÷ 3 ≈ 2.67, not useful.", True), ("8 ÷ 3 ≈ 2.66, not useful.", True), ("8 ÷ 3 ≈ 3.67, not useful.", False),
    ("8/3 ≈ 2.7 and 3 − 2.7 ≈ 0.3, so 8/0.3 ≈ 26.7: close but not exact.", True),
    ("8/3 ≈ 2.7 and 3 − 2.7 ≈ 0.4.", False), ("8 × 3 ≈ 25: about right.", True), ("8 × 3 ≈ 50.", False),
])
def test_an_approximation_holds_only_as_loosely_as_it_is_said(step, label):
    """Countdown read no '≈' at all, so '8 ÷ 3 ≈ 3.67' was a true step; now as arithmetic reads one (a decimal is
    the value rounded or cut short, an estimate within a factor of 2), by the same code."""
    assert slowthink.label_steps("countdown.game24", {"numbers": [3, 3, 8, 8], "target": 24}, [step]) == [label]


@pytest.mark.parametrize("steps, labels", [
    (["8 ÷ 3 = 8/3", "3 − 8/3 = 1/3", "8 ÷ 1/3 = 24. It works!", "Answer: 8/(3-8/3)"], [True] * 4),  # 1/3: one number
    (["8 ÷ 3 = 8/3", "3 − 8/3 = 1/3", "8 ÷ 1/3 = 25."], [True, True, False]),
    (["8 × 1/3 = 8/3"], [False]),  # 1/3 is not in play yet, and 1 never is
])
def test_labels_take_a_fraction_made_earlier_as_one_number(steps, labels):
    assert slowthink.label_steps("countdown.game24", {"numbers": [3, 3, 8, 8], "target": 24}, steps) == labels


# ---------------------------------------------------------------- "cannot make" claims

_ONES = {"numbers": [1, 1, 4, 6], "target": 24}
_FIRST = "1 × 1 = 1, which leaves 1, 4, 6."  # and 1 × 4 × 6 = 24: the branch holds a solution


@pytest.mark.parametrize("claim", [
    # every way slowthink's own traces call a dead end, then ways models do
    "Nothing from 1, 4, 6 makes 24. Back up.", "No way to 24 from 1, 4, 6. Dead end.", "So 1, 4, 6 cannot make 24; back up.",
    "No match, so 1, 4, 6 cannot make 24.", "Nothing from 1, 4, 6 reaches 24. Back up.", "1, 4, 6 leads nowhere. Back up.",
    "So 24 cannot be made from 1, 4, 6.", "1, 4 and 6 can't make 24.", "It is impossible to make 24 with 1, 4 and 6.",
    "There is no way to get 24 from 1, 4, and 6, so back up.",
])
def test_pruning_a_branch_that_holds_a_solution_is_a_false_step(claim):
    """A dead end declared where a solution lies is the classic mistake of a search: a process reward
    model must see that step labelled false, though no equation in it is wrong."""
    assert ver.label_steps(_ONES, [_FIRST, claim]) == [True, False]
    assert ver.label_steps({**_ONES, "target": 22}, [_FIRST, claim.replace("24", "22")]) == [True, True]  # true


@pytest.mark.parametrize("claim", [
    "If 1, 4, 6 cannot make 24, back up.", "I thought 1, 4, 6 cannot make 24, but 6 × 4 × 1 = 24.",
    "Maybe 1, 4, 6 cannot make 24.", "Is it true that 1, 4, 6 cannot make 24?", "Can 1, 4, 6 make 24? Let me see.",
    "So 1, 4, 6 cannot make 24 without a division.",  # qualified: not a claim about every expression
])
def test_a_hedged_asked_or_qualified_cannot_is_not_judged(claim):
    assert ver.label_steps(_ONES, [_FIRST, claim]) == [True, True]


@FAST
@given(numbers=st.lists(st.integers(1, 13), min_size=1, max_size=3), target=st.integers(1, 60),
       wording=st.sampled_from(["So {s} cannot make {t}; back up.", "No way to {t} from {s}. Dead end.",
                                "Nothing from {s} makes {t}.", "{s} leads nowhere.", "So {t} cannot be made from {s}."]))
def test_a_cannot_claim_holds_exactly_when_the_reference_brute_force_finds_nothing(numbers, target, wording):
    problem = {"numbers": numbers + [1], "target": target}  # the claim is about a group, whatever is in play
    step = wording.format(s=", ".join(map(str, numbers)), t=target)
    assert ver.label_steps(problem, [step]) == [not makes(tuple(sorted(map(Fraction, numbers))), target)]


def test_cannot_claims_are_judged_within_a_budget_per_trace(monkeypatch):
    """Each claim is a search; a trace of thousands of them (a hostile one) may not run for minutes.
    Past the budget a step is too much to check, so false, as a step needing too many readings is."""
    monkeypatch.setattr(cd_reader, "_CLAIM_BUDGET", 30)
    true_claims = [f"So 1, 1, {n} cannot make 997." for n in range(1, 41)]
    labels = ver.label_steps({"numbers": [1, 1, 1], "target": 997}, true_claims)
    assert labels == [True] * 30 + [False] * 10


def test_a_stream_dead_end_is_judged_on_the_position_its_node_id_was_given():
    """Stream-of-Search lines call a node a dead end by its id alone: the claim is about the numbers
    that id was given, whether its moves are listed or not."""
    problem = {"numbers": [1, 7, 10, 12], "target": 24}
    head = ["Node 0: 1, 7, 10, 12", "Node 1 (parent 0): 7 + 1 = 8 → 8, 10, 12",
            "Node 2 (parent 1): 10 − 8 = 2 → 2, 12"]
    honest = "Node 2: 12 + 2 = 14, 12 − 2 = 10, 12 × 2 = 24; goal reached"
    assert ver.label_steps(problem, head + [honest]) == [True] * 4
    skipped = "Node 2: 12 + 2 = 14, 12 − 2 = 10, 12 ÷ 2 = 6; dead end"  # 12 × 2 left out
    assert ver.label_steps(problem, head + [skipped]) == [True] * 3 + [False]
    assert ver.label_steps(problem, head + ["Node 1: dead end, back to node 0"]) == [True] * 3 + [False]
    hopeless = ["Node 0: 1, 7, 10, 12", "Node 1 (parent 0): 12 − 10 = 2 → 1, 2, 7",
                "Node 1: dead end, back to node 0"]  # 1, 2, 7 cannot make 24
    assert ver.label_steps(problem, hopeless) == [True] * 3


def _reference_pair(x: Fraction, y: Fraction) -> list:
    """What two numbers make, worked here (not by the verifier): +, both −, ×, both ÷."""
    return [x + y, x - y, y - x, x * y] + ([x / y] if y else []) + ([y / x] if x else [])


def _text(v: Fraction) -> str:
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


@FAST
@given(x=st.integers(1, 40), y=st.integers(1, 40), s=st.integers(1, 40), target=st.integers(1, 200),
       wrong=st.integers(1, 5))
def test_the_lists_of_an_argument_by_the_last_step_must_hold(x, y, s, target, wrong):
    """"With s last, x and y would have to make one of …, but they make …": every value listed must be one
    the pair makes, or one s needs (r ∘ s = target); a list may leave some out, never add a wrong one."""
    x, y, s = Fraction(x), Fraction(y), Fraction(s)
    made = [v for v in _reference_pair(x, y) if v >= 0]
    need = [v for v in [target - s, target + s, s - target, target * s, target / s, s / target] if v >= 0]
    line = (f"With {_text(s)} last, {_text(x)} and {_text(y)} would have to make one of "
            f"{', '.join(map(_text, need))}, but they make {', '.join(map(_text, made))}.")
    problem = {"numbers": [1, 2, 3], "target": target}
    assert ver.label_steps(problem, [line]) == [True]
    assert ver.label_steps(problem, [line.replace(", but they make ", f", but they make {_text(made[0] + wrong * 1000)}, ")]) == [False]
    bad_need = f"{_text(s)} needs {_text(need[0] + Fraction(wrong, 7))}, {', '.join(map(_text, need))}."
    assert ver.label_steps(problem, [bad_need]) == [need[0] + Fraction(wrong, 7) in need]


@pytest.mark.parametrize("landing, under, over", [
    # (what is said, true of 23, true of 25) with target 24
    ("too small", True, False), ("too big", False, True), ("1 short", True, False), ("short by 1", True, False),
    ("short by 2", False, False), ("1 too many", False, True), ("over by 1", False, True), ("over by 2", False, False),
    ("a fraction", False, False), ("not a whole number", False, False),
])
def test_where_a_try_lands_is_judged_against_the_target(landing, under, over):
    """"16 + 7 = 23: too small" is a claim about 23 and the target, and can be false."""
    assert ver.label_steps(_G24, [f"8 + 8 = 16, then 16 + 7 = 23: {landing}."]) == [under]
    assert ver.label_steps(_G24, [f"8 × 4 = 32, then 32 − 7 = 25: {landing}."]) == [over]
    assert ver.label_steps(_G24, [f"8 ÷ 7 = 8/7, then 8/7 + 8 = 64/7: {landing}."]) == [
        landing in ("a fraction", "not a whole number", "too small")]


@pytest.mark.parametrize("said, holds", [
    # what a best-first search says of the position it picks, true and false (target 24 unless named)
    ("16 is 8 short of 24", True), ("16 is 6 short of 24", False), ("16 is only 8 short of 24", True),
    ("30 is 6 over 24", True), ("30 is 5 over 24", False), ("30 is just 6 over 24", True),
    ("16 is 8 less than 24", True), ("16 is 8 more than 24", False), ("30 is 6 more than 24", True),
    ("12 is half of 24", True), ("11 is half of 24", False), ("8 is a third of 24", True), ("6 is a third of 24", False),
    ("6 is a quarter of 24", True), ("8 is a quarter of 24", False),
    ("6 is a factor of 24 (6 × 4)", True), ("6 is a factor of 24", True), ("7 is a factor of 24", False),
    ("6 is a factor of 24 (6 × 5)", False), ("5 is a factor of 24 (4 × 6)", False), ("1 is a factor of 24 (1 × 24)", True),
    ("100 × 10 is 17 over 983", True), ("100 × 10 is 16 over 983", False), ("100 + 55 is 155 at once", True),
    ("100 + 55 is 156 at once", False), ("13 − 4 is 15 short of 24", True), ("13 − 4 is 9 short of 24", False),
    ("12 ÷ 4 is a factor of 24 (3 × 8)", True), ("12 ÷ 5 is a factor of 24", False),
    # "16 over 8" may be a quotient: false only when both readings fail
    ("2 is 16 over 8", True), ("3 is 16 over 8", False),
    # left alone: the end of a longer expression, a goal that goes on, a question, "at once" of a bare number
    ("3 + 12 + 4 is 5 short of 24", True), ("16 is 8 short of 20 − 4", True), ("16 is 6 short of 24?", True),
    ("12 is 12 at once", True),
])
def test_how_near_a_number_or_a_move_comes_is_judged(said, holds):
    problem = {"numbers": [4, 7, 8, 8], "target": 24}
    step = f"Try 8 + 8 = 16, leaving 4, 7, 16: {said}."
    assert ver.label_steps(problem, [step]) == [holds]
    assert ver.label_steps(problem, [f"{said[0].upper()}{said[1:]}.", step]) == [holds, holds]


def test_a_nearness_reason_is_not_a_move():
    """"7 × 4 is 4 over 24" is said of a move to come: the move after it still plays from the position stated."""
    steps = ["Try 8 − 4 = 4, leaving 4, 7, 8: 7 × 4 is 4 over 24.", "  8 ÷ 4 = 2, then 7 + 2 = 9: 15 short."]
    assert ver.label_steps(_G24, steps) == [True, True]


@pytest.mark.parametrize("piece, holds", [("1 is 1 at once ", True), ("1 × 2 is 3 over ", True), ("12 is half of ", False),
                                          ("1 is a factor of (1 × ", True), ("9" * 11 + " is ", True)])
def test_nearness_claims_in_hostile_text_get_their_verdict(piece, holds):
    """"12 is half of 12" is false; the rest say nothing the reading takes for a claim. (Their time, beside
    benign text of the same length: bench/bench_hostile.py.)"""
    assert ver.label_steps(_G24, [(piece * (10_000 // len(piece) + 1))[:10_000]]) == [holds]


def test_a_landing_said_against_a_goal_on_the_way_is_not_judged_against_the_target():
    assert ver.label_steps(_G24, ["We need 6 from 4 and 7: 4 + 7 = 11: too big."]) == [True]
    assert ver.label_steps(_G24, ["To make 24: 8 + 8 = 16, then 16 + 7 = 23: too big."]) == [False]


_SOLVABLE_GROUP = {"numbers": [1, 4, 6, 5], "target": 24}  # 1, 4, 6 make 24 (4 × 6 × 1)


@pytest.mark.parametrize("step", [
    "Before saying 1, 4, 6 cannot make 24, check 4 × 6 × 1 = 24.",
    "We should not conclude that 1, 4, 6 cannot make 24.",
    "I was about to write that 1, 4, 6 cannot make 24, but 4 × 6 = 24 and 24 × 1 = 24.",
    "Let me verify the claim that 1, 4, 6 cannot make 24: 4 × 6 × 1 = 24, so it is false.",
    "Wait, I said 1, 4, 6 cannot make 24, but 4 × 6 × 1 = 24.",
])
def test_a_cannot_claim_taken_back_or_reported_is_not_judged(step):
    assert ver.label_steps(_SOLVABLE_GROUP, [step]) == [True]


@pytest.mark.parametrize("step", [
    "Whatever I try, 1, 4, 6 cannot make 24.", "Hmm, 1, 4, 6 cannot make 24.", "No, 4, 6 and 1 cannot make 24.",
    "1, 4, 6 cannot make 24 — dead end.", "So [1, 4, 6] cannot make 24.", "(1, 4, 6) cannot make 24.",
    "With 1, 4, 6 we cannot make 24.", "1, 4, 6 lead nowhere.", "1, 4, 6 do not make 24.", "1, 4, 6 won't make 24.",
])
def test_a_false_cannot_claim_in_other_words_is_caught(step):
    assert ver.label_steps(_SOLVABLE_GROUP, [step]) == [False]


def test_a_list_is_read_whole_never_from_its_tail():
    """"Hmm, 5, 7 and 24 cannot make 24" is about 5, 7, 24 (true), not about 24 alone (false)."""
    problem = {"numbers": [3, 8, 5, 7], "target": 24}
    assert ver.label_steps(problem, ["8 × 3 = 24, leaving 5, 7, 24.", "Hmm, 5, 7 and 24 cannot make 24."]) == [True] * 2
    assert ver.label_steps(_G24, ["Can 7 and 2 make 14? No, 7 and 2 cannot make 14."]) == [False]  # 7 × 2 = 14


@pytest.mark.parametrize("line", ["Node 1: not a dead end, keep going", "Node 1: dead end?",
                                  "Node 1: maybe a dead end, come back later", "Node 1: no dead end here",
                                  "Node 1: 7 − 1 = 6 → 4, 6; not a dead end",
                                  "Node 1: I thought dead end, but 4 × (7 − 1) = 24"])
def test_a_stream_line_that_does_not_call_its_node_a_dead_end_is_not_judged_as_one(line):
    head = ["Node 0: 4, 7, 8, 8", "Node 1 (parent 0): 8 ÷ 8 = 1 → 1, 4, 7"]
    assert ver.label_steps(_G24, head + [line]) == [True] * 3
    assert ver.label_steps(_G24, head + ["node 1: dead end."]) == [True, True, False]  # 4 × (7 − 1) = 24


@pytest.mark.parametrize("steps", [
    ["24 = 8 × 3, so 4, 7, 8 should give 3: 7 + 8 = 15, too big."], ["Sub-goal 3: 7 + 4 = 11, too big."],
    ["Target 3 from 4 and 7: 4 + 7 = 11, too big; 7 − 4 = 3."], ["Let's go for 3: 4 + 7 = 11, too big."],
    ["24 = 8 × 3, so we need 3 from 4 and 7.", "4 + 7 = 11: too big."],
    ["8 ÷ 8 = 1, leaving 1, 4, 7.", "The 4 wants a 6 beside it: 7 needs 1, and 7 − 1 = 6."],
])
def test_words_said_against_a_goal_on_the_way_are_not_judged_against_the_target(steps):
    assert ver.label_steps(_G24, steps) == [True] * len(steps)
    assert ver.label_steps({"numbers": [4, 6, 1, 5], "target": 24},
                           ["We need 5 from two numbers: 4, 6 leads nowhere."]) == [True]


def test_an_answer_over_forty_numbers_fits_the_answer_grammar():
    """Problems of up to 40 numbers are read, so their answers must fit: bracketed pair by pair, nested
    twenty deep, or with "= T" after them."""
    numbers = list(range(100000, 100040))
    problem = {"numbers": numbers, "target": sum(numbers)}
    pairs = " + ".join(f"({a} + {b})" for a, b in zip(numbers[0::2], numbers[1::2]))
    nested = "(" * 20 + str(numbers[0]) + "".join(f" + {n})" for n in numbers[1:21]) + "".join(f" + {n}" for n in numbers[21:])
    for answer in (pairs, f"{pairs} = {sum(numbers)}", nested):
        assert slowthink.verify("countdown.countdown", problem, answer), answer
    assert not slowthink.verify("countdown.countdown", {**problem, "target": sum(numbers) - 1}, pairs)


_NUMBER_TEXT = st.one_of(st.integers(0, 10**13).map(str), st.tuples(st.integers(0, 99), st.integers(0, 99)).map(
    lambda pq: f"{pq[0]}/{pq[1]}"))


@FAST
@given(numbers=st.lists(_NUMBER_TEXT, min_size=1, max_size=14),
       joiners=st.lists(st.sampled_from([", ", " and ", " or ", ",", ", and ", ",  and ", " & ", " , "]), min_size=13,
                        max_size=13),
       phrase=st.sampled_from(["{s} cannot make {t}.", "No way to {t} from {s}.", "Nothing from {s} makes {t}.",
                               "{s} leads nowhere.", "{t} cannot be made from {s}.", "With {s} we cannot make {t}.",
                               "3 + 4 = 7, leaving {s}: no. No match.", "With {s} last, 1 and 2 make {s}.",
                               "7 needs {s}.", "Node 1 (parent 0): 1 + 1 = 2 → {s}", "Node 1: dead end"]),
       target=_NUMBER_TEXT)
def test_labels_never_raise_on_claims_built_from_any_numbers_and_joiners(numbers, joiners, phrase, target):
    """Lists joined every way people join them, numbers of any size, zero denominators: a verdict, never
    an exception."""
    group = "".join(n + j for n, j in zip(numbers, joiners))[:-1] + numbers[-1]
    step = phrase.format(s=group, t=target)
    labels = ver.label_steps(P, ["Node 0: 4, 7, 8, 8", step, "Node 1: dead end"])
    assert len(labels) == 3 and all(isinstance(label, bool) for label in labels)


def test_a_bare_no_match_verdict_is_judged_on_the_position_the_text_last_stated():
    """"No match: dead end." names no numbers: it is about the position the text stated just before (the
    argument by the last step plays no move), and is left alone once tries have moved on from it."""
    problem = {"numbers": [4, 2, 8, 13], "target": 24}
    argument = "With 2 last, 8 and 13 would have to make one of 22, 26, 12, 48, 1/12, but they make 21, 5, 104."
    hopeless = ["What about 4 − 2 = 2? That leaves 2, 8, 13.", argument, "No match: dead end."]
    assert ver.label_steps(problem, hopeless) == [True] * 3
    assert ver.label_steps(problem, ["What about 13 × 2 = 26? That leaves 4, 8, 26.", "No match: dead end."]) == \
        [True, False]  # 8 ÷ 4 = 2, 26 − 2 = 24
    tried = ["Take 13 × 2 = 26.", "8 + 4 = 12, then 26 − 12 = 14: too small.", "No match: dead end."]
    assert ver.label_steps(problem, tried) == [True] * 3


def test_a_zero_kept_for_last_needs_only_the_target_or_its_negative():
    """r ∘ 0 = 24 only for r = ±24 (r × 0 is 0, and nothing divides by 0): "needs … 0" is false."""
    problem = {"numbers": [9, 9, 7, 1], "target": 24}
    assert ver.label_steps(problem, ["With 0 last, 7 and 1 would have to make one of 24, but they make 8, 6."]) == [True]
    assert ver.label_steps(problem, ["With 0 last, 7 and 1 would have to make one of 24, 0, but they make 8."]) == [False]


def test_a_pair_said_to_make_a_value_is_a_move_the_next_equation_may_use():
    """"With 8 last, 7 and 4 make 3, 8 × 3 = 24" is a move in words: it was labelled false, because the 3 the
    next equation uses had never been made. A value no operation gives is false; questions, conditions and
    lists are no moves."""
    assert ver.label_steps(P, ["With 8 last, 7 and 4 make 3, 8 × 3 = 24."]) == [True]
    assert ver.label_steps(P, ["8 and 8 make 1, 7 − 1 = 6, then 6 × 4 = 24."]) == [True]
    assert ver.label_steps(P, ["7 and 4 make 5, and 8 × 3 = 24."]) == [False]
    assert ver.label_steps(P, ["7 and 4 make 3, and 3 and 8 make 24."]) == [True]
    # numbers not in play are numbers to aim for ("we need a 3: 3 and 8 make 24"): no move, left alone
    assert ver.label_steps(P, ["7 and 9 make 2."]) == [True]
    for step in ("Can 7 and 4 make 5?", "If 7 and 4 make 5, we are done.", "7 and 4 would have to make 5.",
                 "7 and 4 make 11, 3, 28.", "7 and 4 don't make 5."):
        assert ver.label_steps(P, [step]) == [True], step


@FAST
@given(pair=st.sampled_from([(4, 7), (7, 4), (4, 8), (8, 7), (8, 8)]), v=st.fractions(0, 60, max_denominator=9))
def test_a_pair_makes_a_value_exactly_when_an_operation_on_it_gives_that_value(pair, v):
    x, y = (Fraction(n) for n in pair)
    made = {x + y, abs(x - y), x * y, x / y, y / x}
    assert ver.label_steps(P, [f"{pair[0]} and {pair[1]} make {v}."]) == [v in made]


def test_a_false_bound_is_a_false_step():
    """"The largest value 8, 2 and 1 can make is 24" (the proof of an out-of-reach target) is judged against every
    value the numbers make: said wrong, it is labelled false."""
    problem = {"numbers": [8, 1, 2], "target": 876}
    assert ver.label_steps(problem, ["The largest value 8, 2 and 1 can make is 24, and 876 is more than that."]) == [True]
    for wrong in (16, 18, 30, 876):
        assert ver.label_steps(problem, [f"The largest value 8, 2 and 1 can make is {wrong}."]) == [False]


@pytest.mark.parametrize("numbers, step", [
    # the last two of a longer group, or an expression's right side, are no pair
    ([2, 3, 4], "2, 3 and 4 make 24"), ([1, 2, 3, 4], "1 × 2 × 3 × 4 = 24. So 1, 2, 3 and 4 make 24."),
    ([2, 3, 4, 6], "Multiplying 2, 3 and 4 gives 24."), ([8, 8, 8, 1], "8 and 8 and 8 make 24"),
    ([4, 7, 8, 8], "7 − 4 and 8 make 24."), ([1, 2, 3, 4], "1 + 2 + 3 and 4 make 24."),
    # working back from the target: numbers to aim for, not in play
    ([4, 7, 8, 8], "We need a 3: 3 and 8 make 24."), ([4, 7, 8, 8], "Since 3 and 8 make 24, aim for 3."),
    ([4, 7, 8, 8], "Factor pairs of 24: 6 and 4 make 24, 8 and 3 make 24, 12 and 2 make 24."),
    # hedged, denied, asked or reported
    ([4, 7, 8, 8], "Neither 8 and 8 make 24 nor 7 and 4"), ([4, 7, 8, 8], "Wrong: 8 and 8 make 24."),
    ([4, 7, 8, 8], "Earlier I said 8 and 8 make 24; that was wrong."), ([4, 7, 8, 8], "unless 7 and 4 make 5"),
    ([4, 7, 8, 8], "We'd need 7 and 4 make 5"), ([4, 7, 8, 8], "7 and 4 make 5, right? No, 3."),
    # counts, not values
    ([4, 7, 8, 8], "Cases 1 and 2 give 0 solutions"), ([4, 7, 8, 8], "Rows 2 and 3 make 5 lines."),
    # a bound written with separators
    ([13, 13, 13, 13], "The largest value 13, 13, 13 and 13 can make is 28,561."),
    ([1000, 1000, 1000, 1000], "The largest value 1000, 1000, 1000 and 1000 can make is 1000000000000."),
])
def test_true_wordings_around_pairs_and_bounds_stay_true(numbers, step):
    """Found by a hostile review: each was labelled false by the first reading of "X and Y make Z" or of a bound."""
    assert ver.label_steps({"numbers": numbers, "target": 24}, [step]) == [True]


@pytest.mark.parametrize("numbers, step", [
    ([1, 2, 3, 4], "The largest value 1, 2, 3 and 4 can make is 20, but 24 is more than that."),
    ([1, 1, 1, 7], "The largest value 7, 1, 1 and 1 can make is 14, but we need 24, so it is impossible."),
    ([1, 1, 1, 7], "The largest value 7, 1, 1 and 1 can make is 21.5"),
    ([4, 7, 8, 8], "7 AND 4 MAKE 5."),
])
def test_false_bounds_and_pairs_stay_false_whatever_follows(numbers, step):
    """A "but" after a bound goes on from it rather than taking it back; case does not hide a pair."""
    assert ver.label_steps({"numbers": numbers, "target": 24}, [step]) == [False]


def test_a_pair_listed_with_what_it_makes_must_make_each_value():
    """"7 and 4 make 5, 3, 28" went unjudged (only the lists of an argument by the last step were read)."""
    assert ver.label_steps(P, ["7 and 4 make 11, 3, 28, 7/4, 4/7."]) == [True]
    assert ver.label_steps(P, ["7 and 4 make 5, 3, 28."]) == [False]
    assert ver.label_steps(P, ["8 and 8 give 16, 0, 64, 1; no 24 there."]) == [True]
    for step in ("If 7 and 4 make 5, 3, 28, then …", "2, 7 and 4 make 13, 3."):  # hedged; part of a group
        assert ver.label_steps(P, [step]) == [True], step


@pytest.mark.parametrize("numbers, step, holds", [
    ([4, 7, 8, 8], "So there is no solution.", False), ([1, 1, 1, 7], "So there is no solution.", True),
    ([4, 7, 8, 8], "The puzzle is impossible.", False), ([4, 7, 8, 8], "Maybe there is no solution.", True),
    ([4, 7, 8, 8], "Is there no solution?", True), ([4, 7, 8, 8], "Can 4 and 7 make 2? It can't be done.", True),
    ([4, 7, 8, 8], "I thought there was no solution, but 4 × (7 − 8 ÷ 8) = 24.", True),
])
def test_no_solution_said_in_a_step_is_judged_like_the_answer(numbers, step, holds):
    """"So there is no solution." before the answer line went unjudged; a solvable deal makes it false."""
    assert ver.label_steps({"numbers": numbers, "target": 24}, [step]) == [holds]


def test_a_value_made_once_is_used_once():
    """"6 + 6 = 12, 12 + 12 = 24" from 1, 1, 6, 6 used one 12 twice: the 12 counted once in the position and
    again as a value made in the step (twice, once for each side of its equation)."""
    problem = {"numbers": [6, 6, 1, 1], "target": 24}
    assert ver.label_steps(problem, ["6 + 6 = 12, 12 + 12 = 24."]) == [False]
    assert ver.label_steps(problem, ["6 + 6 = 12, then 12 × (1 + 1) = 24."]) == [True]
    assert ver.label_steps({"numbers": [6, 6, 4, 3], "target": 24}, ["6 + 6 = 12, 4 × 3 = 12, 12 + 12 = 24."]) == [True]


@pytest.mark.parametrize("numbers, step", [
    ([1, 1, 6, 6], "1 + 1 = 2, 6 × 2 = 12, 12 × 2 = 24."), ([1, 5, 7, 9], "9 − 7 = 2, 5 × 2 = 10, 10 × 2 = 20"),
    ([3, 4, 7, 8], "7 and 4 make 11, 3 or 29."), ([3, 4, 7, 8], "7 and 4 make 11 or 5."),
    ([3, 4, 7, 8], "7 and 4 can make 11, 3, 29."), ([3, 4, 7, 8], "7 and 4 give 11, 3, 29, or 7/4."),
])
def test_a_made_value_used_up_and_a_list_with_or_are_judged(numbers, step):
    """Found by a second hostile review: a value made in a step stayed usable after a move had used it, and a
    pair's list ending in "or"/"and" (or said with "can") was not read."""
    assert ver.label_steps({"numbers": numbers, "target": 24}, [step]) == [False]


@pytest.mark.parametrize("verdict", ["So there is no solution from here.", "There is no solution in this branch.",
                                     "So there is no solution this way.", "There's no solution from 7, 7, 8."])
def test_no_solution_said_of_a_branch_is_not_judged_against_the_whole_problem(verdict):
    """"No solution from here" after a dead branch is ordinary backtracking, true of the branch; only a sentence
    that stops at "no solution" speaks of the whole problem."""
    steps = ["3 + 4 = 7, leaving 7, 7, 8.", "  7 + 7 = 14, 14 + 8 = 22: short by 2.", verdict]
    assert ver.label_steps({"numbers": [3, 4, 7, 8], "target": 24}, steps) == [True, True, True]
    assert ver.label_steps({"numbers": [3, 4, 7, 8], "target": 24}, steps[:2] + ["So there is no solution."])[-1] is False


@pytest.mark.parametrize("numbers, step, holds", [
    ([1, 1, 2, 3], "The largest value that 1, 1, 2 and 3 can make is 11.", False),
    ([1, 1, 2, 3], "The largest number we can make from 1, 1, 2 and 3 is 11.", False),
    ([1, 1, 2, 3], "The largest number we can make from 1, 1, 2 and 3 is 12.", True),
    ([1, 1, 2, 3], "1, 1, 2 and 3 can make at most 11.", False), ([1, 1, 2, 3], "1, 1, 2 and 3 can make at most 20.", True),
    ([3, 4, 7, 8], "It's impossible to make 24 from these numbers.", False), ([3, 4, 7, 8], "So no solution.", False),
    ([1, 1, 1, 7], "So no solution.", True), ([3, 4, 7, 8], "It's impossible to make 5 from these numbers.", True),
    ([3, 4, 7, 8], "There is no way to reach 24.", True),  # perhaps of a branch: left alone
])
def test_more_wordings_of_a_bound_and_of_no_solution_are_judged(numbers, step, holds):
    """Found by a hostile review: "the largest value that …", "the largest number we can make from …", "can make at
    most …", "impossible to make 24 from these numbers" and a bare "So no solution." went unread."""
    assert ver.label_steps({"numbers": numbers, "target": 24}, [step]) == [holds]


def test_an_equation_asked_and_denied_is_not_played():
    """"12 + 12 = 24? No, only one 12." asks and rejects a move: it was played, found a 12 short, and labelled false."""
    problem = {"numbers": [1, 1, 6, 6], "target": 24}
    assert ver.label_steps(problem, ["6 + 6 = 12: 12 and 1 and 1 are left. 12 + 12 = 24? No, only one 12."]) == [True]
    assert ver.label_steps(problem, ["6 + 6 = 12, 12 + 12 = 24? Yes!"]) == [False]  # asked and taken: played
    assert ver.label_steps(P, ["Is 8 × 4 = 24? No: 8 × 4 = 33."]) == [False]  # what follows is still read


PROPOSED = {"numbers": [3, 6, 25, 50, 75, 100], "target": 952}


@pytest.mark.parametrize("steps, labels", [
    (["What about 75 × 12 = 900?"], [True]),  # a 12 never given nor made: asked, not played
    (["What about 75 * 12 = 900? 12 would need 6 * 2, no 2 available directly."], [True]),
    (["100 + 6 = 106. How about 106 × 9 = 954? Close."], [True]),
    (["What about 75 × 12 = 800?"], [False]),  # asked, but false
    (["75 × 3 = 225. What about 225 × 4 = 900? That leaves 900, 6, 50, 100."], [False]),  # the 4 never made: no move
    (["What about 75 × 12 = 900? 900 + 50 = 950."], [False]),  # and its value never made
    (["100 + 6 = 106, then 106 × 3 = 318.", "What about 106 × 6 = 636?"], [True, False]),  # the 6 used up: a slip
    (["What about 25 × 25 = 625?"], [False]),  # one 25: a number used twice
    (["100 − 75 = 25. What about 25 × 25 = 625?"], [True]),  # two 25s now: a move, played
])
def test_an_equation_asked_of_a_number_the_trace_never_had_is_proposed_not_played(steps, labels):
    """Found reading a model's Countdown search: "What about 75 × 12 = 900?", true and asked of a 12 it has not got,
    made every step after it false. An asked move on numbers the trace had is still played, so a slip stays false."""
    assert ver.label_steps(PROPOSED, steps) == labels


@pytest.mark.parametrize("step, label", [
    ("7 and 8 make 15, 1 And 56.", True), ("7 and 8 make 15, 2 And 56.", False),  # "And" capitalised: no crash
    ("So there İs no solutİon.", False), ("1, 2, 3 and 4 cannot make 24. İndeed.", False),  # İ is i to re.I
])
def test_case_blind_wordings_are_read_as_their_ascii_twins(step, label):
    """Found while speeding the reader up: a capital "And" in a pair's list raised ValueError (label_steps never
    raises), and an İ, which case-blind matching takes for i but lower() makes two characters, hid a claim."""
    assert slowthink.label_steps("countdown.game24", {"numbers": [1, 2, 3, 4], "target": 24}, [step]) == [label]


@pytest.mark.parametrize("step, label", [
    # an expression written, then worked out: a value that is also a given number may come from its part
    ("(7 − 3) × (8 − 4): 4 × 4 = 16", True), ("(7 − 3) × (8 − 4): 4 × 4 = 16, leaving 16.", True),
    ("(7 − 3) × 4: 4 × 4 = 16", True),  # one 4 given, the other worked out
    ("(7 − 3) × (8 − 4): 4 × 4 = 17", False), ("(7 − 3) × (8 − 4): 4 × 5 = 20", False),
    ("(7 − 3) × (8 − 3): 4 × 4 = 16", False),  # 8 − 3 is 5: nothing written makes the second 4
    ("(7 − 3) × (8 − 4): 4 × 4 = 16, leaving 8, 16.", False),  # the 8 went into the second 4
    ("4 × 4 = 16", False), ("8 − 4 = 4, and 4 × 4 = 16.", False),  # nothing made a second 4
])
def test_a_value_that_is_also_a_given_number_may_be_worked_out_from_an_expression_the_step_writes(step, label):
    """From a review: "(7 − 3) × (8 − 4): 4 × 4 = 16" was false, since a 4 is given, and a value given or met
    was never read as worked out unwritten. It is, when the move works out an expression the step writes with
    all the numbers it takes; a 4 standing alone is still the given one."""
    assert slowthink.label_steps("countdown.game24", _SKIPS, [step]) == [label]


def test_the_numbers_an_expression_worked_out_took_are_gone():
    steps = ["(7 − 3) × (8 − 4): 4 × 4 = 16", "16 + 8 = 24"]
    assert slowthink.label_steps("countdown.game24", _SKIPS, steps) == [True, False]
    assert slowthink.label_steps("countdown.game24", _SKIPS, ["(7 − 3) × 4: 4 × 4 = 16", "16 + 8 = 24"]) == [True, True]


_RUN_ON = {"numbers": [2, 6, 8, 9], "target": 24}


@pytest.mark.parametrize("steps, labels", [
    # a chain written left to right: each "=" whose right side goes on from the value just made starts a new move
    (["6 × 8 = 48 − 2 = 46"], [True]), (["6 × 8 = 48 − 2 = 46, leaving 9, 46."], [True]),
    (["9 − 6 = 3 × 8 = 24"], [True]), (["6 ÷ 8 = 3/4 + 2 = 11/4"], [True]),
    (["6 × 8 = 48 − 2 ... no"], [True]), (["6 × 8 = 48 − 2"], [True]),  # unfinished: 48 − 2 is not judged
    # every equation of the chain is still checked, and every move still takes numbers in play
    (["6 × 8 = 47"], [False]), (["6 × 8 = 47 − 2 = 45"], [False]), (["6 × 8 = 48 − 2 = 45"], [False]),
    (["6 × 8 = 47 − 2 ... no"], [False]), (["9 − 6 = 3 × 8 = 25"], [False]), (["6 ÷ 8 = 3/4 + 2 = 11/5"], [False]),
    (["6 × 8 = 48 − 6 = 42"], [False]),  # the 6 went into the 48
    (["6 × 8 = 48 − 2 = 46, leaving 2, 9, 46."], [False]),
    (["6 × 8 = 48 − 2 = 46 − 2 = 44"], [False]),  # one 2
    # a right side that does not start from the value is read as written
    (["6 × 8 = 50 − 2 = 48"], [True]), (["6 × 8 = 50 − 3"], [False]), (["3 = 3/4"], [False]),
])
def test_a_chain_written_left_to_right_is_read_move_by_move(steps, labels):
    """From a review: "6 × 8 = 48 − 2 ... no" was read as 48 = 46, and false; "6 × 8 = 48 − 2 = 46" too."""
    assert slowthink.label_steps("countdown.game24", _RUN_ON, steps) == labels


def test_an_arithmetic_chain_is_still_read_as_written():
    """"2 + 3 = 5 × 4 = 20" for 2 + 3 × 4 is the classic slip: outside Countdown a chain keeps its strict reading."""
    assert slowthink.label_steps("arithmetic.expr", {"expression": "2 + 3 * 4"}, ["2 + 3 = 5 × 4 = 20"]) == [False]


@pytest.mark.parametrize("numbers, step, label", [
    # a quotient written as a mixed number is the fraction made, and a move on it takes that fraction
    ([1, 2, 3, 7], "7 ÷ 2 = 3 1/2, 3 1/2 + 1 = 4 1/2", True), ([1, 2, 3, 7], "7 ÷ 2 = 3 1/2, 3 1/2 + 1 = 5 1/2", False),
    ([1, 2, 3, 7], "7 ÷ 2 = 3 1/2, 3 1/2 + 1 = 4 1/2, leaving 3, 9/2", True),
    ([1, 2, 3, 7], "7 ÷ 2 = 3 1/2, 3 1/2 + 1 = 4 1/2, leaving 3, 4", False),
    ([1, 2, 3, 7], "7 ÷ 2 = 3 1/2, and 3 1/2 × 2 = 7", False),  # one 2
    ([1, 2, 2, 7], "7 ÷ 2 = 3 1/2, and 3 1/2 × 2 = 7", True),
])
def test_a_mixed_number_is_the_fraction_made(numbers, step, label):
    assert slowthink.label_steps("countdown.countdown", {"numbers": numbers, "target": 24}, [step]) == [label]


@pytest.mark.parametrize("step, label", [
    ("6 × 8 = 48, 48 − 2 = 46, 46 + 9 = 55, 55 − 8 = 47", False),  # the 8 went into the 48, and so into the 55
    ("6 × 8 = 48, 48 − 2 = 46, 46 + 9 = 55, 55 − 2 = 53", False),
    ("6 × 8 = 48, 48 − 2 = 46, 46 + 9 = 55", True), ("6 × 8 = 48, 48 − 2 = 46; or 48 × 2 = 96", True),
])
def test_a_value_made_from_made_values_took_all_their_numbers(step, label):
    """Found while fixing the run-on chains: a move backed up to a position above the step's moves took away
    only the numbers its made value took directly, so a number three moves down was used again."""
    assert slowthink.label_steps("countdown.game24", _RUN_ON, [step]) == [label]


@pytest.mark.parametrize("numbers, step, label", [
    # a value made on another line stands in only where what its making took is still there
    ([2, 2, 8, 11], "2 ÷ 2 = 1, 2 × 11 = 22, 2 + 1 = 3", False),  # the 1 took both 2s
    ([2, 2, 8, 11], "2 ÷ 2 = 1, 2 × 11 = 22, 1 + 8 = 9", True),
    ([2, 2, 8, 11], "2 ÷ 2 = 1, 2 × 11 = 22, 1 + 11 = 12", True),
    ([1, 3, 4, 9], "3 × 9 = 27, 9 × 4 = 36, 36 + 27 = 63", False),  # one 9
    ([1, 3, 4, 9], "3 × 9 = 27, 1 + 4 = 5; or 27 + 4 = 31", True),
    # one value made twice on different lines is never twice in one position
    ([2, 2, 9, 9], "2 × 9 = 18, 9 + 9 = 18, 18 + 18 = 36", False),
    ([2, 2, 9, 9], "2 × 9 = 18, 9 + 9 = 18 + 18 = 36", False),
    ([2, 2, 9, 9], "2 × 9 = 18, 2 × 9 = 18, 18 + 18 = 36", True),
    # a position backed up to has the value a move of the step put there once, not again as made
    ([5, 6, 8, 10], "5 + 8 = 13, 10 + 6 = 16, 13 + 13 = 26", False),
    ([5, 8, 10, 13], "13 × 8 = 104, 104 + 10 = 114, 104 + 104 = 208", False),
    ([5, 6, 8, 10], "5 + 8 = 13, 10 + 6 = 16, 16 + 13 = 29", True),
    ([5, 8, 10, 13], "5 + 8 = 13, 13 × 10 = 130, 13 + 13 = 26", True),
])
def test_a_made_value_stands_in_only_with_what_its_making_left(numbers, step, label):
    """From a hostile review: a value made on another line stood in at the current position with the numbers
    its making took still counted ("2 ÷ 2 = 1, 2 × 11 = 22, 2 + 1 = 3"), two equal values made on different
    lines stood in together, and a value in a position backed up to stood in a second time as made."""
    assert slowthink.label_steps("countdown.game24", {"numbers": numbers, "target": 24}, [step]) == [label]


@pytest.mark.parametrize("line, label", [
    ("3 ÷ 3 = 1, then 11 + 1 = 12, then 12 × 2 = 24. That works!", False),  # the 2 went into the second 3
    ("3 ÷ 3 = 1, then 11 + 1 = 12, then 12 × 2 = 24.", False),
    ("3 ÷ 3 = 1, then 11 + 1 = 12: 12 short.", True),
    ("3 × 3 = 9, then 11 + 9 = 20: 4 short.", True),
    ("11 + 1 = 12, then 12 × 2 = 24", True),  # from the start, backing up: the 1 and the 2 given
])
def test_a_made_value_equal_to_a_given_number_is_not_that_number(line, label):
    """Found planting negatives: at 3, 3, 11 (2 + 1 made a 3), a line whose 1 came from 3 ÷ 3 read as a try
    from the start with the 1 given, and the 3s its making took went unaccounted, so a 2 already used
    finished it and "That works!" held."""
    steps = ["Target 24 from 1, 2, 3, 11.", "2 + 1 = 3. That leaves 3, 3, 11.", line]
    assert slowthink.label_steps("countdown.game24", {"numbers": [1, 2, 3, 11], "target": 24}, steps) == [True, True, label]


@pytest.mark.parametrize("step, label", [
    # a chain that holds as written only because it goes on by nothing is still read move by move
    ("1 + 6 = 7 ÷ 1 = 7", False), ("1 + 6 = 7 × 1 = 7", False),  # one 1
    ("4 × 6 = 24 + 1 − 1 = 24", False),
    ("6 × 4 = 24 × 1 = 24", True), ("10 − 6 = 4 × 1 = 4 × 4 = 16", True), ("6 × 4 = 24 × 1", True),
    ("24 = 4 × 6 = 24 × 1", True), ("6 + 4 = 10 = 10 + 1 = 11", True),
])
def test_a_chain_that_goes_on_by_nothing_is_read_move_by_move(step, label):
    """From a hostile review: "1 + 6 = 7 ÷ 1 = 7" holds as written (7 = 7 ÷ 1 = 7), so the chain was never read
    as moves, and the 1 was used twice."""
    assert slowthink.label_steps("countdown.game24", {"numbers": [1, 4, 6, 10], "target": 24}, [step]) == [label]


def test_a_number_from_an_earlier_step_equal_to_a_made_value_is_still_in_play():
    """A regression of b07fc24 caught by the solver's trace test: a position from an earlier step that holds a
    number equal to a value the step makes keeps it ("5 + 5 = 10, then 10 + 10 = 20" from 5, 5, 10)."""
    steps = ["Take 3 + 2 = 5; left: 5, 5, 10.", "  10 − 5 = 5, then 5 × 5 = 25: over by 1.",
             "  5 + 5 = 10, then 10 + 10 = 20: too small."]
    assert slowthink.label_steps("countdown.game24", {"numbers": [2, 3, 5, 10], "target": 24}, steps) == [True] * 3


@pytest.mark.parametrize("numbers, target, step", [
    ([1, 2, 3, 24], 25, "24 × 1 = 24, then 24 + 1 = 25"),  # one 1, used by both moves
    ([1, 2, 3, 24], 25, "24 × 1 = 24; then 24 + 1 = 25."),
    ([1, 2, 3, 24], 25, "24 × 1 = 24 and then 24 + 1 = 25."),
    ([1, 2, 3, 24], 25, "24 × 1 = 24. Then 24 + 1 = 25."),
    ([1, 24], 24, "24 ÷ 1 = 24, then 24 × 1 = 24, then 24 ÷ 1 = 24. That works!"),
    ([1, 24], 24, "Try 24 × 1 = 24, then 24 ÷ 1 = 24. That works!"),
    ([1, 3, 8, 32], 24, "32 + 8 = 40, then 32 − 8 = 24"),  # the 32 and the 8 went into the 40
])
def test_a_move_after_then_goes_on_from_what_the_move_before_it_left(numbers, target, step):
    """Found reading the position rules: a move may back up unannounced, so "24 × 1 = 24, then 24 + 1 = 25" was
    read as two tries from a position holding the 1, and a number used twice was accepted. "Then" chains the
    moves: the second is played on what the first left."""
    assert slowthink.label_steps("countdown.countdown", {"numbers": numbers, "target": target}, [step]) == [False]


@pytest.mark.parametrize("steps", [
    # tries whose later moves take what the earlier ones made
    "8 + 8 = 16, then 16 + 7 = 23: too small.", "8 + 8 = 16; then 16 + 4 = 20: 4 short.",
    "8 + 8 = 16, and then 16 + 7 = 23: 1 short; 16 + 4 = 20: too small.",
    "8 ÷ 8 = 1, then 7 − 1 = 6, then 6 × 4 = 24. It works!",
    "8 × 4 = 32, then 32 − 8 = 24, then 24 − 7 = 17: 7 short.",
    "8 + 8 = 16 → 4, 7, 16, then 16 + 7 = 23: too small.",
    # the first move of a line backed up further than the position where it reads first
    "8 + 8 = 16, then 16 + 7 = 23: too small. 7 − 4 = 3, then 8 × 3 = 24.",
    ("8 + 8 = 16, then 16 + 7 = 23: too small.", "7 − 4 = 3, then 8 × 3 = 24, then 24 × 8 = 192: too big."),
    "8 + 8 = 16. Back to 4, 7, 8, 8, then 7 − 4 = 3, then 8 × 3 = 24.",
])
def test_lines_joined_by_then_that_hold_stay_true(steps):
    steps = [steps] if isinstance(steps, str) else list(steps)
    assert ver.label_steps(P, steps) == [True] * len(steps)


@pytest.mark.parametrize("numbers, target, step", [
    # alternatives with no "then" are read from above, and hedged or asked lines and goal talk as before
    ([1, 3, 8, 32], 24, "32 + 8 = 40; but 32 − 8 = 24."), ([1, 3, 8, 32], 24, "32 + 8 = 40: too big. 32 − 8 = 24."),
    ([1, 2, 3, 24], 25, "If 24 × 1 = 24, then 24 + 1 = 25."), ([1, 2, 3, 24], 25, "24 × 1 = 24, then 24 + 1 = 25?"),
    ([1, 4, 7, 24], 24, "I need 7 and 4 to make 1, then 24 × 1 = 24."),
])
def test_moves_not_chained_by_then_are_read_as_before(numbers, target, step):
    assert slowthink.label_steps("countdown.countdown", {"numbers": numbers, "target": target}, [step]) == [True]


def test_long_lines_joined_by_then_are_labelled():
    # each line's first move reads first where its second cannot go on, so the line is tried again further up
    # (their time is measured in bench/bench_hostile.py)
    problem = {"numbers": [1, 2, 3, 4, 5, 6], "target": 24}
    tries = ("4 × 5 = 20, then 20 + 6 = 26: too big. 2 + 1 = 3, then 3 × 6 = 18. " * 150)[:10_000]
    chained = ("1 + 2 = 3, then 3 + 3 = 6, then 6 × 4 = 24, then " * 250)[:10_000]
    assert ver.label_steps(problem, [tries]) == [True]  # each try is played from the start
    assert ver.label_steps(problem, [chained]) == [False]  # the second line has no 1 left


# pieces of text around a "then" that the reader must take apart the same way whichever way it counts them
_THEN_JOINS = [", then ", "; then ", ". Then ", ", and then ", " and then ", " andthen ", ",then ", "\nthen ", ": then ",
               "? then ", ", then(", "then ", " then ", " over, then ", " of, then ", " and\tthen ", ",\u00a0then ",
               " x, then ", " mod, then ", " +, then ", " 1,then 2", "1.then ", " is, then ", ")then ", "], then[",
               " twice, then ", " than, then ", "%, then ", " 1/, then /2 ", " = 3, then = 4", " 2 1/2, then 1/2 "]
_THEN_BITS = ["3 + 4 = 7", "7 × 2 = 14", "20 − 3 = 17", "half of 20 = 10", "x = 5", "2 1/2 + 1 = 7/2", "3 + 4 = 8",
              "(3 + 4) × 2 = 14", "8 ÷ 1/3 = 24", "6 × 8 = 48 − 2 = 46", "1 + 6 = 7 ÷ 1 = 7", "12 = 6 + ", "3:4 = 6:8",
              "1,000 + 5 = 1,005", "7 - 4 = 3", "4(7 − 8 ÷ 8) = 24", "so 3 × 8 is 24", "3 x 8 = 24", "5 mod 3 = 2",
              "if 7 − 4 = 3", "10 + 9 = 19: short by 130.", "Step 2 1/2 + 1/3 = 5/6", "of 3 and 4 = 7", "over 5 = 5",
              "*3 + 4 = 7*", "3 -> 4 = 4", "$3 \\times 4 = 12$", "3 times 4 = 12"]


def _bound_reading_the_parts_again(text: str) -> frozenset:
    """What `_bound` stands for: each part a "then" cuts off read again."""
    whole = cd_equations._equations(text) if cd_equations._THEN.search(text) else None
    if not whole:
        return frozenset()
    cuts = [then.start(then.lastindex) for then in cd_equations._THEN_MOVE.finditer(text)]
    return cd_equations._bound_by_parts(text, 0, text, whole, cuts)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_THEN_BITS), st.sampled_from(_THEN_JOINS)), min_size=1, max_size=4),
       st.sampled_from(_THEN_BITS))
def test_moves_after_then_are_counted_as_reading_each_part_again_counts_them(pieces, last):
    """`_bound` counts the equations of the parts a "then" cuts off by where the whole's equations are, for a
    text read as written; reading each part again is what that stands for, whatever the text around the cut."""
    text = "".join(bit + join for bit, join in pieces) + last
    assert cd_equations._bound(text, 0, len(text)) == _bound_reading_the_parts_again(text), text


@pytest.mark.parametrize("step, binds", [
    ("10 + 10 = 20; then 20 + 17 = 37: too low.", True), ("10 − 1 = 9, then 10 + 9 = 19: short by 130.", True),
    ("10 − 10 = 0, and then 17 + 0 = 17: too low.", True), ("8 + 8 = 16 → 4, 7, 16, then 16 + 7 = 23.", True),
    ("Then 8 + 8 = 16, then 16 + 7 = 23.", True), ("3 + 4 is 7 and then 7 + 1 = 8", True),
    ("3 + 4 = 7 and\tthen 7 + 1 = 8", True), ("3 + 4 = 7 over, then 7 + 1 = 8", True),
    ("If 24 × 1 = 24, then 24 + 1 = 25.", False), ("24 × 1 = 24, then 24 + 1 = 25?", False),  # hedged, asked
    ("3 + 4 = 7 andthen 7 + 1 = 8", False),  # no "then" as a word
])
def test_a_then_binds_the_same_moves_counted_either_way(step, binds):
    assert cd_equations._bound(step, 0, len(step)) == _bound_reading_the_parts_again(step)
    assert bool(cd_equations._bound(step, 0, len(step))) == binds


# the pattern a denied question was once cut out with, which tries every start of a clause: the reading from each
# question mark back must cut exactly what it cut
_ASKED_AND_DENIED = re.compile(r"[^.;:!?\n]*=\s*[\d/]{1,25}\s*\?\s*(?=(?:no|nope|not)\b)", re.I)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["12 + 12 = 24", "= 3/4", "?", " ", "\n", "\u00a0", "No", "nope", "NOT", "no.", "Nothing",
                                 ".", ";", "Is 8 × 4 = 24", "x", "1"]), max_size=8).map("".join))
def test_an_equation_asked_and_denied_is_cut_as_the_clause_pattern_cut_it(text):
    assert cd_claims._asked_taken_out(text, denied=True) == _ASKED_AND_DENIED.sub("", text), text


def test_the_proof_that_six_different_numbers_miss_a_target_is_checked_whole():
    """Six different numbers give the solver's "no solution" proof its most first moves (75, each searched at five
    numbers), and the verifier's budget for such claims fell 50 units short of it: the trace of 94 to 99 for 1234567,
    true throughout, had its last step labelled false and the record came back unverified."""
    problem = {"numbers": [99, 98, 97, 96, 95, 94], "target": 1234567}
    record = slowthink.solve("countdown.countdown", problem)
    assert record["answer"] is None
    assert record["verified"], record["steps"][-2]["text"]


@pytest.mark.parametrize("check, holds", [
    ("Check: 8 − 5 = 3, 9 + 3 = 12, 12 + 12 = 24; uses 5, 8, 9, 12, each once", True),
    ("Check: 8 − 5 = 3, 9 + 3 = 12, 12 + 12 = 25; uses 5, 8, 9, 12, each once", False),  # a wrong sum
    ("Check: 8 − 5 = 3, 9 + 3 = 13, 13 + 12 = 25; uses 5, 8, 9, 12, each once", False),  # wrong, carried on
    ("Check: 8 − 5 = 3, 9 + 3 = 12, 12 × 2 = 24; uses 5, 8, 9, 12, each once", False),  # a number never given
    ("Check: 8 − 5 = 3, 9 + 3 = 12, 12 + 12 = 24; uses 5, 8, 9, each once", False),  # one left out
    ("Check: 8 − 5 = 3, 9 + 3 = 12, 12 + 12 = 24; uses 5, 8, 9, 12, 12, each once", False),  # one twice
])
def test_a_stream_check_is_judged_like_any_other(check, holds):
    problem = {"numbers": [9, 5, 12, 8], "target": 24}
    head = ["Goal: 24 from 9, 5, 12, 8, each exactly once", "Node 0: 5, 8, 9, 12", "Solution: 9 + 8 − 5 + 12 = 24"]
    assert ver.label_steps(problem, head + [check]) == [True] * 3 + [holds]


@pytest.mark.parametrize("check, holds", [
    ("Check: 8 − 5 = 3; 9 + 3 = 12; 12 + 12 = 24. Used 5, 8, 9 and 12, each exactly once. Not needed: 7.", True),
    ("Check: 8 − 5 = 3, 9 + 3 = 12, 12 + 12 = 24; uses 5, 8, 9, 12, each once; unused: 7", True),
    ("Check: 8 − 5 = 3; 9 + 3 = 12; 12 + 12 = 24. Used 5, 8, 9 and 12, each exactly once. Not needed: 6.", False),
    ("Check: 8 − 5 = 3; 9 + 3 = 12; 12 + 12 = 24. Used 5, 8, 9 and 12, each exactly once. Left unused: 7 and 9.", False),
    ("Check: 8 − 5 = 3, 9 + 3 = 12, 12 + 12 = 24; uses 5, 8, 9, 12, each once; unused: 7, 7", False),
    ("Not needed: 6.", False),  # not a number given, with no list of those used beside it
])
def test_the_numbers_said_to_go_unused_must_be_the_given_ones_left_over(check, holds):
    """"Not needed: 6" of a deal without a 6 used to be labelled true: no part of the verifier read it."""
    problem = {"numbers": [5, 8, 9, 12, 7], "target": 24, "subset": True}
    head = ["Node 0: 5, 7, 8, 9, 12", "Solution: 9 + 8 − 5 + 12 = 24"]
    assert ver.label_steps(problem, head + [check]) == [True] * 2 + [holds]


# ---------------------------------------------------------------- spellings shared with arithmetic (core.spelling)

_SIGN_SPELLINGS = {"-": ["-", "\u2212", "–", "－", "﹣"], "+": ["+", "＋", "﹢"], "/": ["/", "÷", "∕", "⁄", "／"],
                   "*": ["*", "×", "·", "⋅", "∗", "＊", "﹡", "x", "X", "ｘ", "Ｘ"]}
_BRACKET_KINDS = ["()", "[]", "（）", "［］", "﹙﹚"]
_GAPS = ["", " ", "\u00a0", "\u2009", "\u202f", "\u3000", "\u2005", "\u200b"]
_LATIN_ZEROS = ["0", "０", "𝟎", "𝟘"]  # ASCII, full-width, mathematical bold and double-struck: one script under NFKC
_OTHER_ZEROS = ["٠", "۰", "०"]  # Arabic-Indic, Extended Arabic-Indic, Devanagari: a whole answer in one of them
_CASES = [(p, a) for p, a in (({"numbers": r["problem"]["numbers"], "target": r["problem"]["target"]}, r["answer"])
                              for r in slowthink.generate("countdown.countdown", 40, seed=11)) if a]


@st.composite
def _spelling(draw, answer: str, target: int) -> str:
    """The answer, and a trailing "= target", re-spelled as typeset and CJK text write them, token by token."""
    other = draw(st.sampled_from([None] + _OTHER_ZEROS))
    zero = lambda: other or draw(st.sampled_from(_LATIN_ZEROS))  # noqa: E731
    digits = lambda number: "".join(chr(ord(zero()) + int(d)) for d in number)  # noqa: E731
    out, opened = [], []
    for token in re.findall(r"\d+|\S", answer):
        if token.isdigit():
            piece = digits(token)
        elif token == "(":
            opened.append(draw(st.sampled_from(_BRACKET_KINDS)))
            piece = opened[-1][0]
        elif token == ")":
            piece = opened.pop()[1]
        else:
            piece = draw(st.sampled_from(_SIGN_SPELLINGS[token]))
        out.append(piece + draw(st.sampled_from(_GAPS)))
    ending = draw(st.sampled_from(["", " = {}", " ＝ {}", "﹦{}", "\u3000＝\u3000{}", " = {}.", "＝{}．"]))
    return "".join(out) + ending.format(digits(str(target)))


def _changed(answer: str, k: int, drop: bool) -> str:
    """The answer with its k-th number made one more, or dropped with the operator beside it."""
    numbers = list(re.finditer(r"\d+", answer))
    m = numbers[k % len(numbers)]
    if not drop:
        return answer[:m.start()] + str(int(m.group()) + 1) + answer[m.end():]
    before = answer[:m.start()].rstrip()
    if before and before[-1] in "+-*/":
        return before[:-1] + answer[m.end():]
    after = answer[m.end():].lstrip()
    return before + (after[1:] if after[:1] in "+-*/" else after)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_typeset_and_full_width_spelling_of_a_right_answer_is_right(data):
    """Full-width digits and signs, small forms, typeset minus and times, brackets of any one kind per pair,
    spaces of any width, "＝ ２４" at the end: each a spelling of the same answer, read as arithmetic reads it."""
    problem, answer = data.draw(st.sampled_from(_CASES))
    spelled = data.draw(_spelling(answer, problem["target"]))
    verdict = ver.verify(problem, spelled)
    assert verdict, (spelled, verdict.reason)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.integers(0, 5), st.booleans())
def test_a_changed_or_dropped_number_is_wrong_however_it_is_spelled(data, k, drop):
    problem, answer = data.draw(st.sampled_from(_CASES))
    changed = _changed(answer, k, drop)
    spelled = data.draw(_spelling(changed, problem["target"]))
    verdict = ver.verify(problem, spelled)
    assert not verdict and verdict.reason, (spelled, verdict.reason)


@pytest.mark.parametrize("answer, said", [
    ("(7 — 8/8)*4", "em dash"), ("(7 ‐ 8/8)*4", "hyphen"), ("(7 ‒ 8/8)*4", "figure dash"), ("(7-8/8)*⁴", "not a digit"),
    ("(7-8/8)*④", "not a digit"), ("(٧-8/8)*4", "two scripts"), ("(7-8/8)*4 = ٢٤", "two scripts"),
    ("(7-8/8)*4\u202e", "direction control"), ("（7-8/8)*4", "closed by"), ("(7-8/8)*4 ＝ 024", "must give the target"),
    ("(7-8/8)*4 ＝ ２４。", "must give the target"), ("(7 ➖ 8/8)*4", "unexpected"), ("(7-8/8)✕4", "unexpected"),
])
def test_spellings_that_are_ambiguous_or_unsafe_are_still_refused_with_a_reason(answer, said):
    verdict = ver.verify(P, answer)
    assert not verdict and said in verdict.reason, verdict.reason


@pytest.mark.parametrize("answer", ["(7-8/8)*4 ＝ 24", "(7-8/8)*4 = ２４", "(7 ﹣ 8/8)*4", "(7 - 8/8)ｘ4", "(7 - 8/8)﹡4",
                                    "（7 − 8 ÷ 8）× 4 ＝ 24", "4（7 − 8 ÷ 8）", "(7-8/8)*4﹦24", "﹙7-8/8﹚*4",
                                    "２４ ＝ ４×（７−８÷８）", "(٧-٨/٨)*٤ = ٢٤"])
def test_spellings_arithmetic_reads_that_countdown_refused_before(answer):
    assert ver.verify(P, answer), answer


def test_a_vulgar_fraction_is_its_division_as_in_arithmetic():
    assert ver.verify({"numbers": [3, 4, 32], "target": 24}, "¾ × 32")
    assert not ver.verify({"numbers": [3, 4, 32], "target": 24}, "1½ × 32")


_STREAM_HEAD = ["Goal: 150 from 1, 2, 2, 75, each exactly once", "Node 0: 1, 2, 2, 75", "Node 0: expanding, 15 moves",
                "Node 1 (parent 0): 2 + 1 = 3 → 2, 3, 75", "Back to node 0: 1, 2, 2, 75",
                "Node 2 (parent 0): 75 × 2 = 150 → 1, 2, 150"]


@pytest.mark.parametrize("line, holds", [
    ("Node 3 (parent 1): 3 + 2 = 5 → 5, 75", True),  # the parent pointer says where: no "Back to" needed
    ("Node 3 (parent 0): 75 − 1 = 74 → 2, 2, 74", True),
    ("Back to node 1: 2, 3, 75", True),
    ("Node 1: expanding, 15 moves", True),  # 2, 3, 75: each pair makes 5 values, 15 positions, counted by hand
    ("Node 1: expanding, 15 moves, 4 to positions not reached before", True),
    ("Node 3 (parent 1): 75 + 2 = 77 → 1, 2, 77", False),  # node 1 (2, 3, 75) has no 1 left to keep
    ("Node 3 (parent 2): 3 + 2 = 5 → 5, 75", False),  # node 2 (1, 2, 150) has no 3
    ("Node 3 (parent 3): 2 + 1 = 3 → 2, 3, 75", False),  # its own parent
    ("Node 3 (parent 7): 2 + 1 = 3 → 2, 3, 75", False),  # a parent never named
    ("Node 1 (parent 0): 2 + 2 = 4 → 1, 4, 75", False),  # an id given already
    ("Back to node 0: 1, 2, 75", False),  # not node 0's numbers
    ("Back to node 1: 1, 2, 2, 75", False),
    ("Node 1: expanding, 9 moves", False),
    ("Node 1: expanding, 15 moves, 16 to positions not reached before", False),  # more new than there are
    ("Node 9: expanding, 3 moves", False),  # no node 9
])
def test_a_stream_line_is_judged_against_the_nodes_named_before_it(line, holds):
    """A reviewer's mutations of a stream trace were labelled true: a parent pointer to a node without the move's
    numbers, a "Back to" with other numbers, a wrong count of moves. For process rewards the layout's structure is
    a claim like any other."""
    problem = {"numbers": [1, 2, 2, 75], "target": 150}
    assert ver.label_steps(problem, _STREAM_HEAD) == [True] * len(_STREAM_HEAD)
    assert ver.label_steps(problem, _STREAM_HEAD + [line]) == [True] * len(_STREAM_HEAD) + [holds]


def test_node_0_is_the_start_even_where_no_line_names_it():
    """A model's stream may begin with its first move: node 0 is the problem's numbers all the same. A node restated
    with the same numbers is the same node; given other numbers, its id no longer says which position it is."""
    problem = {"numbers": [1, 2, 2, 75], "target": 150}
    steps = ["Node 1 (parent 0): 2 + 1 = 3 → 2, 3, 75", "Back to node 0: 1, 2, 2, 75", "Node 0: expanding, 15 moves",
             "Node 2 (parent 0): 75 × 2 = 150 → 1, 2, 150"]
    assert ver.label_steps(problem, steps) == [True] * 4
    assert ver.label_steps(problem, steps[:1] + ["Back to node 0: 1, 2, 75"]) == [True, False]
    assert ver.label_steps(problem, steps[:1] * 2) == [True, True]
    assert ver.label_steps(problem, steps[:1] + ["Node 1 (parent 0): 2 + 2 = 4 → 1, 4, 75"]) == [True, False]


@pytest.mark.parametrize("last, ok", [
    ("8 ÷ 1/3 = 24", True), ("8 / 1/3 = 24", True), ("8 ÷ (1/3) = 24", True),
    ("8 / 1 / 3 = 24", False),  # spaced out, it divides twice: no fraction written as one
    ("8 ÷ 1/3 = 25", False),
])
def test_a_step_taking_a_fraction_made_before_reads_it_as_one_value(last, ok):
    """From a probe: the steps '8 ÷ 3 = 8/3', '3 − 8/3 = 1/3', '8 ÷ 1/3 = 24' (the classic 3, 3, 8, 8) were refused,
    '8 ÷ 1/3' read strictly as (8 ÷ 1)/3, where the writer means the 1/3 just made, as label_steps reads it."""
    text = f"8 ÷ 3 = 8/3\n3 − 8/3 = 1/3\n{last}"
    assert bool(slowthink.verify_completion("countdown.game24", {"numbers": [3, 3, 8, 8], "target": 24}, text)) is ok


def test_a_fraction_no_step_made_is_read_strictly():
    text = "8 ÷ 3 = 8/3\n3 − 8/3 = 1/3\n8 × 3 = 24\n24 ÷ 1/3 = 8"  # no, 1/3 is used up: the strict reading stays
    assert not slowthink.verify_completion("countdown.countdown", {"numbers": [3, 3, 8, 8, 3], "target": 8}, text)


@pytest.mark.parametrize("steps, ok", [
    ("1. 1 ÷ 5 = 1/5\n2. 5 − 1/5 = 24/5\n3. 5 × 24/5 = 24", True),  # strictly (5 × 24)/5, taking a 24 never given
    ("Step 1: 1 / 5 = 0.2\nStep 2: 5 - 0.2 = 4.8\nStep 3: 4.8 * 5 = 24", True),
    ("1 / 5 = 0.25\n5 - 0.25 = 4.75\n4.75 * 5 = 24", False),  # a false step
    ("1 / 5 = 0.2\n5 - 0.2 = 4.8\n4.8 * 5 = 24.5", False),
])
def test_steps_may_write_a_made_value_as_a_decimal_or_a_fraction_inside_a_product(steps, ok):
    """From a probe of model styles: steps through 1/5 and 24/5 (1, 5, 5, 5) were refused when written as decimals
    ("5 - 0.2 = 4.8") or when the made 24/5 stood after a "×" ("5 × 24/5", read strictly as taking 24). A decimal is
    read as its exact value; a rounded one (0.3333 for 1/3) makes the step false."""
    problem = {"numbers": [1, 5, 5, 5], "target": 24}
    assert bool(slowthink.verify_completion("countdown.game24", problem, "Working.\n" + steps)) is ok


def test_rounded_decimal_steps_are_false():
    steps = "8 ÷ 3 = 2.6667\n3 - 2.6667 = 0.3333\n8 / 0.3333 = 24"
    assert not slowthink.verify_completion("countdown.game24", {"numbers": [3, 3, 8, 8], "target": 24}, steps)


@pytest.mark.parametrize("first, holds", [
    ("Numbers: 4, 7, 8, 9.", False), ("Numbers 4, 7, 8, 9; make 24 using each exactly once.", False),
    ("We have 4, 7, 8 and 9.", False), ("Make 24 from 4, 7, 8, 9, each exactly once.", False),
    ("The numbers are 4, 7, 8, 9.", False), ("I have the numbers 4, 7, 8, 9 and need 24.", False),
    ("Using 4, 7, 8, 9, make 24.", False),
    ("Numbers: 4, 7, 8, 8.", True), ("We have 8, 4, 8 and 7.", True), ("Make 24 from 4, 7, 8, 8, each exactly once.", True),
    ("If the numbers were 4, 7, 8, 9 it would be easy.", True),  # supposed, not said
    ("We have 8 and 8, which make 16.", True),  # a part of the deal, not the deal
])
def test_the_deal_restated_wrong_before_any_move_is_a_false_step(first, holds):
    """A model that misreads its numbers ("Numbers: 4, 7, 8, 9" for 4, 7, 8, 8) had that step labelled true, and
    every step after it could be too, if its moves kept off the misread number: the misreading is the first error."""
    steps = [first, "8 ÷ 8 = 1, which leaves 1, 4, 7.", "7 − 1 = 6, then 6 × 4 = 24.", "Answer: (7 - 8/8) * 4"]
    assert slowthink.label_steps("countdown.game24", P, steps) == [holds] * 4 if holds else \
        slowthink.label_steps("countdown.game24", P, steps) == [False] * 4


@pytest.mark.parametrize("line, holds", [
    ("Back to the start: 4, 7, 8, 9.", False), ("Start over from 4, 7, 8, 9.", False), ("Back to 4, 7, 8, 9.", False),
    ("Back to 4, 7, 15.", False),  # never reached: 8 + 8 made 16
    ("Back to the start: 4, 7, 8, 8.", True), ("Start over from 8, 4, 7, 8.", True), ("Back to 16, 7 and 4.", True),
    ("If we went back to 4, 7, 9, nothing would come of it.", True),  # supposed
])
def test_a_return_to_a_position_never_met_is_a_false_step(line, holds):
    """'Back to 4, 7, 8, 9' (a misread start) or 'Back to 4, 7, 15' (a position no move made) was labelled true,
    the list read only when it named a position met: where the search goes back to must be where it has been."""
    steps = ["8 + 8 = 16, which leaves 4, 7, 16.", "No luck there.", line, "8 ÷ 8 = 1, which leaves 1, 4, 7.",
             "7 − 1 = 6, then 6 × 4 = 24.", "Answer: (7 - 8/8) * 4"]
    assert slowthink.label_steps("countdown.game24", P, steps)[2] is holds


@pytest.mark.parametrize("steps, labels", [
    (["4 × 8 = 32, 32 − 8 = 24.", "That uses all four numbers."], [True, False]),  # the 7 never used
    (["8 / 8 = 1.", "That uses all four numbers."], [True, False]),
    (["8 / 8 = 1.", "7 - 1 = 6.", "6 * 4 = 24.", "That uses all four numbers."], [True] * 4),
    (["So (7 - 8/8) * 4 = 24.", "This uses all four numbers exactly once."], [True, True]),
    (["Answer: (7 - 8/8) * 4", "That uses all four numbers."], [True, True]),
    (["4 × 8 = 32, 32 − 8 = 24.", "Does that use all four numbers? No, the 7 is left."], [True, True]),  # asked
])
def test_a_step_saying_the_line_before_used_every_number_is_judged(steps, labels):
    """'4 × 8 = 32, 32 − 8 = 24.' then 'That uses all four numbers.' (the 7 never used) was labelled true: the claim
    was judged only when it followed an equation in its own step. A step opening with it is said of the line before."""
    assert slowthink.label_steps("countdown.game24", P, steps) == labels


@pytest.mark.parametrize("step, holds", [
    ("8 + 8 = 16, 16 + 7 = 23. Hmm, that gives 22, not 24.", False), ("8 + 8 = 16, 16 + 7 = 23, which is 24.", False),
    ("8 + 8 = 16, 16 + 7 = 23. That gives 23, not 24.", True), ("8 + 8 = 16, 16 + 7 = 23, which is 1 short of 24.", True),
    ("8 + 8 = 16, which is 2 × 8.", True), ("8 + 8 = 16, which is 2/3 of 24.", True), ("4 × 8 = 32, which is 8 over", True),
])
def test_the_value_just_reached_said_again_must_be_it(step, holds):
    """'= 23. Hmm, that gives 22, not 24' was labelled true: a value said of the equation just before it, other than
    the one it reached. A number that goes on ('1 short of 24', '2 × 8', '2/3 of 24') is not the value said again."""
    assert slowthink.label_steps("countdown.game24", P, [step]) == [holds]


@pytest.mark.parametrize("answer, right", [
    ("4*(7-8/8)=24.0", True), ("4*(7-8/8) = 24.00", True), ("24.0 = 4*(7-8/8)", True),
    ("4*(7-8/8)=24.5", False), ("4*(7-8/8)=024", False), ("4*(7-8/8)=24.0.0", False), ("8*4-8=24.0", False),
])
def test_the_target_after_the_expression_may_be_written_as_a_whole_decimal(answer, right):
    """'4*(7-8/8)=24.0', the target as a program prints it, was 'must give the target 24'; it is 24 exactly."""
    assert bool(ver.verify(P, answer)) is right


@pytest.mark.parametrize("text, holds", [
    ("Using 4, 7, 8, 8: (7 - 8/8) * 4 = 24", True), ("With 4, 7, 8 and 8: (7 - 8/8) * 4 = 24", True),
    ("Using the numbers 4, 7, 8, 8 → (7 - 8/8) * 4 = 24", True),
    ("Using 4, 7, 8, 8: (7 - 8/8) * 4 = 25", False), ("Using 4, 7, 8, 8: 8 * 4 - 8 = 24", False),
    ("With 4, 7, 8 and 8: 4 + 7 + 8 + 8", False),
])
def test_the_numbers_given_as_a_label_before_the_answer_are_no_part_of_it(text, holds):
    """From a probe of model styles: "Using 4, 7, 8, 8: (7 - 8/8) * 4 = 24" scored 0, its label's numbers read as
    part of the answer. The numbers before a colon or an arrow after "using" or "with" are a label."""
    assert bool(slowthink.verify_completion("countdown.game24", P, "Let me think.\n" + text)) is holds


@pytest.mark.parametrize("text, holds", [
    ("After checking all cases, 24 cannot be made from 13, 3, 10, 10.", True), ("There's no way to make 24.", True),
    ("24 cannot be made from these numbers.", True), ("So it cannot be made.", True),
    ("There's no way to make 25.", False),  # not the target
    ("I could not find a solution.", False),  # no claim that there is none
])
def test_no_solution_said_as_models_say_it_is_a_no_solution_answer(text, holds):
    """From a probe of model endings on an unsolvable deal: "There's no way to make 24." and "…, 24 cannot be made
    from 13, 3, 10, 10." were read as expressions, and refused."""
    unsolvable = {"numbers": [13, 3, 10, 10], "target": 24}
    assert bool(slowthink.verify_completion("countdown.game24", unsolvable, "I tried every pair.\n" + text)) is holds
    if holds:  # and for a deal that has a solution, the same words are wrong
        assert not slowthink.verify_completion("countdown.game24", P, "I tried every pair.\n" + text)


@pytest.mark.parametrize("step, holds", [
    ("Node 24: dead end, back to node 0", True), ("node 24 is a dead end", True),  # node 24 holds 5, 6, 12
    ("Node 0: dead end", False),  # 2, 3, 5, 12 make 24
    ("5, 6, 12: dead end", True), ("24: dead end", False),  # a position said as its numbers
])
def test_a_stream_node_whose_id_is_the_target_is_not_the_position_of_that_number(step, holds):
    """Found by drawing random settings: in a full search stream of the 24 game, "Node 24: dead end" was read as the
    position holding 24 alone, which makes 24, so our own trace was rejected once it reached its 25th node."""
    problem = {"numbers": [2, 12, 3, 5], "target": 24}
    steps = ["Goal: 24 from 2, 12, 3, 5, each exactly once", "Node 0: 2, 3, 5, 12",
             "Node 24 (parent 0): 3 × 2 = 6 → 5, 6, 12", step]
    assert ver.label_steps(problem, steps) == [True, True, True, holds]
