"""Our traces read right to someone else's checker, not only to ours.

The corpus will be checked by other people's verifiers, which read text their own, simpler way:
`peer_checker` is such a reader (it imports nothing from slowthink). Every equation it finds in a
generated trace, of every task and setting, must hold as it reads it; where one does not, the trace's
wording invites a misreading ("(18 − 7 × 5) mod 26 = 9" reads as "26 = 9") and is fixed in the solver.
Steps of a negative trace before its planted mistake are true steps, and read right too.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from peer_checker import Report, check_line, check_text, evaluate, runs
from slowthink.api import make_params
from slowthink.core.rng import item_rng
from slowthink.registry import get_task

# every task, in the settings of configs/default.toml and the others a trace can take (strategies, styles,
# unsolvable deals, subsets, detours, fractions, negatives, inexact division); records are split among them
SETTINGS = {
    "arithmetic.add": [dict(digits=6, operands=3, negatives=True), dict(fractions=True, operands=3, negatives=True)],
    "arithmetic.sub": [dict(digits=7, negatives=True), dict(fractions=True, negatives=True, operands=3),
                       dict(digits=5, operands=4)],
    "arithmetic.mul": [dict(digits=4, min_digits=2), dict(digits=9, min_digits=6), dict(negatives=True, operands=3),
                       dict(fractions=True, negatives=True), dict(digits=5, min_digits=2, check_by="nines")],
    "arithmetic.div": [dict(digits=4, divisor_digits=2, exact=False), dict(digits=6),
                       dict(digits=5, divisor_digits=2, exact=False, negatives=True), dict(fractions=True)],
    "arithmetic.expr": [dict(depth=3, negatives=True), dict(depth=2, fractions=True),
                        dict(depth=3, fractions=True, negatives=True), dict(depth=3, operators=["*", "/"])],
    "countdown.game24": [dict(unsolvable=0.1), dict(style="stream", dead_ends=4), dict(strategy="dfs", dead_ends=-1),
                         dict(strategy="bfs", unsolvable=0.5), dict(strategy="best", style="stream", unsolvable=0.5)],
    "countdown.countdown": [dict(max_count=5), dict(max_count=4, unsolvable=0.3, strategy="dfs"),
                            dict(subset=True, strategy="best"), dict(style="stream", max_count=5, strategy="bfs"),
                            dict(pool="range", max_number=30, min_target=1, max_target=200, max_count=4)],
    **{name: [{}, dict(detours=1.0)] for name in ("cipher.caesar", "cipher.atbash", "cipher.affine",
                                                  "cipher.vigenere", "cipher.substitution", "cipher.reverse",
                                                  "cipher.pair_average", "cipher.unknown")},
    "cipher.unknown:thorough": [dict(detours=1.0, min_words=2, max_words=4, rules=["affine", "pair_average"])],
    "cipher.caesar_blind": [{}],
}
RECORDS = 120  # per task: enough to meet every way a trace is worded, cheap enough to run each time
NEGATIVES = 30  # per task: traces with a planted mistake, read up to it


def _traces(name: str):
    """(step texts, how many of them are true) of positive and negative traces of a task, straight from the
    solver (the verifier is not needed here: it is what the peer's reading is held against elsewhere)."""
    task = get_task(name.split(":")[0])
    settings = SETTINGS[name]
    for k in range(RECORDS + NEGATIVES):
        params = make_params(task, settings[k % len(settings)])
        rng = item_rng(name, 17, k)
        problem = task.generate(rng, params)
        if k < RECORDS:
            solution = task.solve(problem, params, rng)
            yield problem, solution.steps, len(solution.steps)
        elif task.solve_with_mistake is not None:
            solution = task.solve_with_mistake(problem, params, rng)
            if solution is not None:
                yield problem, solution.steps, solution.mistake_step


@pytest.mark.parametrize("name", list(SETTINGS))
def test_a_peers_checker_finds_no_false_equation(name):
    report, lines = Report(), 0
    for problem, steps, true_steps in _traces(name):
        for step in steps[:true_steps]:
            check_text(step, report)
            lines += 1
    assert not report.false, "\n".join(str(finding) for finding in report.false[:10])
    assert not report.unreadable, report.unreadable[:10]  # nothing it had to skip: it read every equation
    if name not in ("cipher.substitution", "cipher.reverse", "cipher.caesar_blind"):  # these hold no equations
        assert report.checked > lines / 4, (report.checked, lines)


# ---------------------------------------------------------------- the peer checker itself

def test_the_peer_checker_catches_a_false_equation_and_passes_a_true_chain():
    assert [str(f.left) + " = " + str(f.right) for f in check_line("23 × 6 = 139").false] == ["23 × 6 = 139"]
    true = check_line("Let me check it another way: 68 × 23 = 68 × 20 + 68 × 3 = 1360 + 204 = 1564. Both agree.")
    assert not true.false and true.checked == 3
    assert check_line("So 1380 + 184 = 1564, and 1564 − 184 = 1379.").false[0].right == "1379"
    assert check_line("23 × 60: 23 × 6 = 138, so 23 × 60 = 1380.").checked == 2  # a colon or comma ends a run
    assert not check_line("Check: 52 × 1 + 48 = 100; 100/52 = 25/13 = 1 + 12/13.").false


def test_the_peer_checker_reads_what_a_simple_reader_reads():
    # a letter side is skipped, brackets and operators dangling at a run's ends are dropped
    assert runs("f = 6, j = 10, (6 + 10) ÷ 2 = 8 = h") == ["(6 + 10) ÷ 2 = 8"]
    assert not check_line("thousands: 8 + 2 + 1 = 11 (the last 1 is the carry), put down 1").false
    # what it does not know reads as written: "mod" ends a run, so "(…) mod 26 = 12" is "26 = 12"
    misread = check_line("(5 − 1 × 19) mod 26 = 12")
    assert [(f.left, f.right) for f in misread.false] == [("26", "12")]
    # exact arithmetic: fractions, decimals, signs (− and -), powers, precedence, no floats
    assert evaluate("−3/4 + 0.25 × 2 − (−1)") == Fraction(3, 4)
    assert evaluate("2^10 - 24 ÷ 8 × 3") == 1015
    assert not check_line("1/3 + 1/6 = 1/2").false and check_line("0.1 + 0.2 = 0.3").checked == 1
    # what it cannot read it skips, and counts
    unread = check_line("5 ÷ (3 − 3) = 2, and 4 + = 4")
    assert not unread.false and [side for side, _ in unread.unreadable] == ["5 ÷ (3 − 3)", "4 +"]
