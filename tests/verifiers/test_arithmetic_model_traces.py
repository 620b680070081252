"""Step labels on arithmetic traces written the way other solvers and models write them (an adversarial probe of
`label_steps`): markdown, LaTeX, checks ticked off, column work with arrows. Each case was labelled wrongly before
the rule it tests."""

import pytest

import slowthink


@pytest.mark.parametrize("task, expression, steps, labels", [
    ("arithmetic.sub", "532-187", ["532 − 187 = 345", "Check: 345 + 187 = 532 ✓", "Answer: 345"], [True] * 3),
    ("arithmetic.sub", "532-187", ["532 − 187 = 345", "Check: 345 + 187 = 542 ✓", "Answer: 345"], [True, False, False]),
    ("arithmetic.div", "7128/18", ["7128 ÷ 18 = 396", "Check: 18 × 396 = 7118 ✔", "Answer: 396"], [True, False, False]),
    ("arithmetic.add", "789+456", ["789 + 456 = 1245", "Double-check: 1245 − 456 = 799 ✅"], [True, False]),
    ("arithmetic.mul", "47*36", ["47 × 36 = 1692", "Check: 1692 ÷ 36 = 48 ☑"], [True, False]),
    ("arithmetic.sub", "12.5-7.75", ["12.50 − 7.75 = 4.75", "Check: 4.75 + 7.75 = 12.40 ✓"], [True, False]),
])
def test_an_equation_ticked_off_is_judged(task, expression, steps, labels):
    """Models tick off a check ("Check: 345 + 187 = 532 ✓"); a check mark after the last side was read as going on
    from it (as "= 10%" does), so the side was left out and a false check ("345 + 187 = 542 ✓") was labelled true."""
    assert slowthink.label_steps(task, {"expression": expression}, steps) == labels
