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


@pytest.mark.parametrize("step, holds", [
    ("36 × 40 = 1,440, and 36 × 5 = 180.", True), ("36 × 40 = 1,450, and 36 × 5 = 180.", False),
    ("36 times 40 is 1,440, and 36 times 5 is 180.", True), ("36 times 40 is 1,450, and 36 times 5 is 180.", False),
    ("So 36 × 45 is 1,620, as found.", True), ("So 36 × 45 is 1,630, as found.", False),
    ("123 × 400 = 49,200, 123 × 50 = 6,150, 123 × 6 = 738", True),
    ("123 × 400 = 49,200, 123 × 50 = 6,160, 123 × 6 = 738", False),
])
def test_a_number_with_thousands_separators_before_a_comma_is_the_whole_number(step, holds):
    """A number written with thousands separators and then a comma ("= 1,440, and") was not read as a number: the
    equation was cut to "36 × 40 = 1" and, with ",440" after it, left out, so "36 × 40 = 1,450, and …" was labelled
    true; said in words ("is 1,440, and") it was judged as "36 × 40 = 1", so a true step was labelled false."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "36*45"}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("$45{,}678 + 12{,}345 = 58{,}023$", True), ("$45{,}678 + 12{,}345 = 57{,}023$", False),
    ("So 45{,}678 + 12{,}345 = 58{,}023.", True), ("So 45{,}678 + 12{,}345 = 58{,}123.", False),
    ("Answer: $58{,}023$", True), ("Answer: $58{,}024$", False),
])
def test_latex_digit_groups_without_a_backslash_are_read(step, holds):
    """LaTeX marks a number's digit groups "58{,}023", with no backslash in the step; such a step was not read as
    LaTeX, the braces cut the equation into pieces, none judged, so "45{,}678 + 12{,}345 = 57{,}023" was true."""
    assert slowthink.label_steps("arithmetic.add", {"expression": "45678+12345"}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("5 × 4 = 20 → write 0, carry 2", True), ("5 × 4 = 20 → write 0, carry 1", False),
    ("9 + 6 = 15 → write 5, carry 1.", True), ("9 + 6 = 15 → write 6, carry 1.", False),
    ("9 + 6 = 15 -> write 5, carry 1", True), ("9 + 6 = 15 -> write 4, carry 1", False),
    ("Ones: 7 + 5 = 12. Write down 2, carry over 1.", True), ("Ones: 7 + 5 = 12. Write down 3, carry over 1.", False),
    ("Ones: 7 + 5 = 12. Write down 2, carry over 2.", False), ("Ones: 7 + 5 = 12. Write down 2 and carry the 1.", True),
])
def test_a_carry_said_after_an_arrow_or_a_full_stop_is_judged(step, holds):
    """Column work is written "9 + 6 = 15 → write 5, carry 1" and "= 12. Write down 2, carry over 1."; the write and
    carry were read only right after the sum and a comma, so a wrong digit or carry after an arrow or a full stop
    ("= 20 → write 0, carry 1") was labelled true."""
    assert slowthink.label_steps("arithmetic.add", {"expression": "4567+3895"}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("5 × 3 = 15, + 2 = 17", True), ("5 × 3 = 15, + 2 = 18", False),
    ("5 × 3 = 15, + 2 = 17 → write 7, carry 1", True), ("5 × 1 = 5, + 1 = 7 → write 7", False),
    ("Tens: 6 + 9 = 15, plus the carried 1 gives 16. Write down 6, carry over 1.", True),
    ("Tens: 6 + 9 = 15, plus the carried 1 gives 17. Write down 6, carry over 1.", False),
    ("6 × 4 = 24, plus the carry 4 = 28", True), ("6 × 4 = 24, plus the carry 4 = 29", False),
    ("6 × 4 = 24, plus carry 4 = 28", True), ("6 × 4 = 24, plus carry 4 = 27", False),
    ("3 × 4 = 12, × 5 = 60", True), ("3 × 4 = 12, × 5 = 50", False),
])
def test_an_operation_after_a_comma_goes_on_from_the_value_reached(step, holds):
    """Column work adds the carry to the value just reached: "5 × 3 = 15, + 2 = 17", "= 15, plus the carried 1 gives
    16". A run opening with "+" was read as having its left side outside the text, and "plus the carried 1" as no
    operation, so neither was judged and "= 15, + 2 = 18" was labelled true. They now say 15 + 2 = 17, as "= 15, plus
    2 = 17" already did."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "1234*5"}, [step]) == [holds]


_PARTS = ["1234 × 5 = 6170"]


@pytest.mark.parametrize("last, holds", [
    ("Result: 6170", True), ("Result: 6180", False), ("4. Result: 6170.", True), ("4. Result: 6171.", False),
    ("**6170**", True), ("**6180**", False), ("Result: **6170**", True), ("Result: **6160**", False),
    ("The product is 6170.", True), ("The product is 6,180.", False), ("Total: 6,170", True), ("Total: 6,107", False),
    ("So the final result is 6170.", True), ("So the final result is 617.", False),
    ("#### 6170", True), ("#### 6180", False), ("Result = 6170", True), ("Result = 6180", False),
    ("Total = 1234 × 5 = 6170", True), ("#### Step 3: add", True), ("Therefore, the result is 6180.", False),
    ("Running total: 1234", True), ("Partial result: 1234", True), ("A subtotal of 1234 is the result so far.", True),
    # not a result stated: a check, a column's digit, a supposition, another value offered, a bare number
    ("Check: 6170 ÷ 5 = 1234 ✓", True), ("Thousands: 6", True), ("If the result is 6180, something slipped.", True),
    ("The result is 6170 or 6180.", True), ("0", True),
])
def test_a_closing_line_that_names_the_result_states_the_answer(last, holds):
    """A trace often ends on its result with no "Answer:" ("Result: 6180", "**650**", "The sum is 8472."); that line,
    which `extract_answer` reads as the completion's answer, was not judged as one, so a wrong final result was
    labelled true. The last step now states the answer when it names a result in prose, with "=" ("Result = 6180"),
    in bold alone, or after GSM8K's "####"."""
    steps = _PARTS + [last]
    assert slowthink.label_steps("arithmetic.mul", {"expression": "1234*5"}, steps) == [True, holds]


def test_a_result_named_before_the_last_step_is_not_the_answer():
    steps = ["First the ones: 3 × 4 = 12.", "Result: 12", "Then 12 × 5 = 60.", "**Answer: 60**"]
    assert slowthink.label_steps("arithmetic.mul", {"expression": "3*4*5"}, steps) == [True] * 4


@pytest.mark.parametrize("answer, holds", [
    ("Answer: 3/2 (or 1 1/2)", True), ("Answer: 3/2 (or 1.5)", True), ("Answer: 3/2, or 1 1/2", True),
    ("Answer: 3/2 (or 1 1/3)", False), ("Answer: 3/2 or 2/3", False), ("Answer: 2/3 (or 1 1/2)", False),
    ("Answer: 1.5 (or 3/2).", True),
])
def test_an_answer_given_again_in_another_spelling_is_one_answer(answer, holds):
    """"Answer: 3/2 (or 1 1/2)" gives one value twice; "or" was read as offering another answer, and the true step
    labelled false. An alternative that is the same value is a spelling of it; one with another value, or that is
    not one number, is still no single answer."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "(2/3)*(9/4)"}, [answer]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("23x8=184 and 23x60=1380.", True), ("23x8=184 and 23x60=1390.", False), ("23*8=184 and 23*60=1390", False),
    ("23 × 8 = 184 and 23 × 60 = 1390.", False), ("Take 3 and 4 = 7 apart.", True),
])
def test_an_equation_after_and_is_its_own_when_the_number_before_was_given_by_an_equation(step, holds):
    """"23x8=184 and 23x60=1390" is two equations; written without spaces, the number before "and" was taken for one
    that no relation gave ("3 and 4 = 7"), so the second equation was read as going on from it, left out, and its
    false value labelled true."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("Estimate first: 23 × 68 ≈ 20 × 70 = 1400, so a bit over 1400.", True),
    ("Estimate first: 23 × 68 ≈ 20 × 70 = 1500, so a bit over 1400.", False),
    ("23 × 68 ≃ 25 × 60 = 1500", True), ("23 × 68 ≃ 25 × 60 = 1600", False),
    ("1/3 ≈ 0.33 = 33%", True),
])
def test_an_equation_after_an_approximation_sign_is_judged(step, holds):
    """An estimate goes on with an exact equation: "23 × 68 ≈ 20 × 70 = 1400". The sign before the run was read as
    part of its first side (as "√16" is), so that side was left out and "20 × 70 = 1500" labelled true; "≈" and "≃"
    now end what comes before a run, and the approximation itself is judged loosely as before."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("We get 184 + 1380, which gives us 1564.", True), ("We get 184 + 1380, which gives us 1574.", False),
    ("Adding 184 + 1380 gives us 1564.", True), ("Adding 184 + 1380 gives us 1574.", False),
])
def test_a_value_said_to_be_given_us_is_judged(step, holds):
    """"184 + 1380, which gives us 1574" says the sum's value as "gives 1574" does; the "us" hid it, so the false
    value was labelled true."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("Ones: 6 + 9 = 15 (write 5, carry 1); tens: 5 + 8 + 1 = 14 (write 4, carry 1)", True),
    ("Ones: 6 + 9 = 15 (write 6, carry 1); tens: 5 + 8 + 1 = 14 (write 4, carry 1)", False),
    ("Ones: 6 + 9 = 15 (write 5, carry 2)", False), ("Ones: 6 + 9 = 15 (the ones), write 5, carry 1", True),
])
def test_a_carry_said_in_brackets_after_the_sum_is_judged(step, holds):
    """"6 + 9 = 15 (write 5, carry 1)" puts the column's digit and carry in brackets; only a note in brackets before a
    comma was read there, so a wrong digit or carry in them was labelled true."""
    assert slowthink.label_steps("arithmetic.add", {"expression": "456+789"}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("15 × 60 = 900, remainder 945 − 900 = 45.", True), ("15 × 60 = 900, remainder 945 − 900 = 55.", False),
    ("18 × 3 = 54, remainder 71 - 54 = 17", True), ("18 × 3 = 54, remainder 71 - 54 = 18", False),
    ("So 945 ÷ 15 = 63 remainder 0 = 63.", True),  # a remainder's own number stays no side
])
def test_a_remainder_worked_out_after_the_word_is_judged(step, holds):
    """"remainder 945 − 900 = 55" works the remainder out; the word was read as going on into the first side (as in
    "= 14 remainder 2 = …", where the 2 is the remainder's), so the subtraction was left out and a false one
    labelled true. A first side with an operation in it is now whole after "remainder"."""
    assert slowthink.label_steps("arithmetic.div", {"expression": "945/15"}, [step]) == [holds]


@pytest.mark.parametrize("steps, labels", [
    (["999 × 999 = (1000 − 1)² = 1000² − 2·1000 + 1 = 998,001"], [True]),
    (["999 × 999 = (1000 − 1)² = 1000² − 2·1000 + 1 = 999,001"], [False]),
    (["20² = 400, so 999 × 999 is close to 1000² = 1,000,000."], [True]),
    (["20² = 500, so 999 × 999 is close to 1000² = 1,000,000."], [False]),
    (["999 × 999 = (1000 − 1)²", "= 1000² − 2·1000 + 1", "= 1,000,000 − 2,000 + 1", "= 998,001"], [True] * 4),
    (["999 × 999 = (1000 − 1)²", "= 1000² − 2·1000 + 1", "= 1,000,000 − 3,000 + 1", "= 998,001"],
     [True, True, False, False]),
    (["The area is 20 m² = 20 square metres."], [True]),  # a unit's power, not a number's
])
def test_a_power_written_as_a_superscript_is_judged(steps, labels):
    """Models write powers as superscripts ("1000² − 2·1000 + 1"); a superscript was read as going on from its side,
    so every equation with one was left out and "20² = 500" labelled true. A superscript after a number or bracket
    is now that power, in a step and in a line the next line goes on from."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "999*999"}, steps) == labels


@pytest.mark.parametrize("step, holds", [
    ("$\\text{Answer: } 1564$", True), ("$\\text{Answer: } 1554$", False), ("\\textbf{Answer:} 1564", True),
    ("\\textbf{Final answer:} $1,564$", True), ("\\textbf{Final answer:} $1,565$", False),
])
def test_an_answer_marked_in_latex_text_is_read(step, holds):
    """"$\\text{Answer: } 1564$" marks the answer inside LaTeX text; the brace that closes the text was taken into the
    answer ("} 1564"), which read as no number, so the right answer was labelled false."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("400 × 18 = 7200, minus 4 × 18 = 72, gives 7128 ✓", True),
    ("400 × 18 = 7200, plus 2 × 18 = 36", True), ("400 × 18 = 7200, minus 4 × 18 = 73, gives 7128", False),
    ("20 + 10 = 30, minus 2 = 28", True), ("20 + 10 = 30, minus 2 = 27", False),  # a lone number still goes on
])
def test_a_product_after_plus_or_minus_is_not_read_as_going_on(step, holds):
    """"= 7200, minus 4 × 18 = 72" names the product taken away and its value; it was read as going on from 7200
    ("7200 − 4 × 18 = 72"), an equation the step never wrote, so the true step was labelled false. An operand with
    a product or quotient in it no longer goes on from the value before, and is judged on its own; a lone number still
    goes on."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "396*18"}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("1360 + 204 = 1564, where 1360 = 20 × 68 and 204 = 3 × 68.", True),
    ("1360 + 204 = 1564, where 1360 = 20 × 68 and 214 = 3 × 68.", False),
    ("The sum of 3 and 4 = 7 here.", True),
])
def test_an_equation_after_and_is_its_own_when_an_expression_before_it_ends_an_equation(step, holds):
    """In "1360 = 20 × 68 and 214 = 3 × 68" the 68 before "and" ends an equation's side, yet it was taken for a number
    that no relation gave ("3 and 4 = 7"), so the second equation was left out and its false value labelled true.
    The run of numbers and signs before "and" holding a relation now closes it."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("23 × 68 = 1\u202f564", True), ("23 × 68 = 1\u202f574", False), ("23 × 68 = 1\u2009574.", False),
    ("1\u00a0380 + 184 = 1\u00a0564", True), ("1\u00a0380 + 184 = 1\u00a0574", False),
    ("999 × 999 = 998\u202f001", True), ("999 × 999 = 998\u202f011", False),
])
def test_a_number_grouped_with_thin_spaces_is_one_number(step, holds):
    """Typeset numbers group their digits with a thin or no-break space ("1 564"); the space ended the run, the
    digits after it were read as going on from the side, and the equation was left out, so "23 × 68 = 1 574" was
    labelled true. Digits grouped in threes by such spaces are now read as one number, as "1,564" is."""
    expression = "999*999" if "999" in step else "23*68"
    assert slowthink.label_steps("arithmetic.mul", {"expression": expression}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("Double 68 is 136.", True), ("Double 68 is 126.", False), ("Twice 68 = 136.", True), ("68 doubled gives 137", False),
    ("Half of 68 is 34.", True), ("Half of 68 is 36.", False), ("Halving 68 gives 34", True), ("68 halved is 35", False),
    ("half of 1,360 is 680", True), ("If double 68 is 126, then no.", True),  # hedged: no claim
])
def test_a_number_doubled_or_halved_in_words_is_what_it_is_said_to_be(step, holds):
    """Before, "Double 68 is 126." and "Half of 68 is 36." were true: no equation, so nothing was judged."""
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23 * 68"}, [step]) == [holds], step


@pytest.mark.parametrize("last, holds", [
    ("Adding: 1564", True), ("Adding: 1574", False), ("Adding these gives 1564.", True),
    ("Adding these gives 1574.", False), ("Adding the two results, we get 1574.", False),
    ("Now add the partial products: 1360 + 204.", True),  # the sum written out, not a result said
])
def test_results_put_together_in_words_make_what_they_are_said_to(last, holds):
    """Before, "20 × 68 = 1360", "3 × 68 = 204", "Adding these gives 1574." was true: a result said with no equation
    was judged only as a trace's last line, and not after "Adding:"."""
    steps = ["20 × 68 = 1360", "3 × 68 = 204", last, "That is the product."]
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23 * 68"}, steps)[2] is holds, last


def test_results_taken_away_in_words_are_a_difference_of_the_last_results():
    steps = ["23 × 70 = 1610", "23 × 2 = 46", "Subtracting: 1564"]
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23 * 68"}, steps) == [True, True, True]
    steps = ["23 × 70 = 1610", "23 × 2 = 46", "Subtracting: 1574"]
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23 * 68"}, steps) == [True, True, False]
    # a difference that is no answer, but of the last two results, holds
    steps = ["Take 9 × 70 = 630 and 9 × 2 = 18.", "Subtracting: 612", "Answer: 1564"]
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23 * 68"}, steps)[:2] == [True, True]
