"""Step labels on traces written the way models write them (an adversarial probe of `label_steps`): markdown,
Tree-of-Thoughts lists, rambling. Each case was labelled wrongly before the rule it tests."""

import pytest

import slowthink

G24 = "countdown.game24"


@pytest.mark.parametrize("steps, labels", [
    # bold moves are moves: the 12 made in bold is in play for the next step
    (["1. **4 × 3 = 12**", "2. **12 × 2 = 24**", "3. **24 × 1 = 24** ✓"], [True, True, True]),
    (["We get **4 × 3 = 12**, then **12 × 2 = 24**, and 24 × 1 = 24."], [True]),
    (["**4 × 3 = 12**", "**12 + 2 = 14**"], [True, True]),
    # and a false equation in bold, or with its result in bold, is false
    (["4 × 3 = **13**"], [False]),
    (["**4 × 3** = 13"], [False]),
    (["**4 × 3 = 12**", "**12 × 2 = 48**"], [True, False]),
    (["__4 × 3 = 13__"], [False]),
    # a middle dot as list bullet is a bullet, not a product with its left side missing
    (["· 4 × 3 = 12", "· 12 × 2 = 24", "· 24 × 1 = 24. It works!"], [True, True, True]),
    (["· 4 × 3 = 12", "· 12 × 2 = 24", "· 24 × 1 = 25. It works!"], [True, True, False]),
])
def test_bold_equations_are_read_as_moves_and_judged(steps, labels):
    """Models bold their key equations ("**12 × 2 = 24**"); "**4 × 3 = 12**" was read as no move at all, so the
    next true step, taking the 12, was labelled false, and "4 × 3 = **13**" was not judged, so labelled true."""
    assert slowthink.label_steps(G24, {"numbers": [1, 2, 3, 4], "target": 24}, steps) == labels


@pytest.mark.parametrize("steps, labels", [
    (["4 + 8 = 12 (left: 4 6 12)", "6 - 4 = 2 (left: 2 12)", "2 * 12 = 24 (left: 24)",
      "Answer: (6 - 4) * (4 + 8) = 24"], [True] * 4),
    (["4 + 8 = 12 (left: 4 6 12)", "6 - 4 = 2 (left: 4 12)", "2 * 12 = 24 (left: 24)"], [True, False, False]),
    (["4 + 8 = 12 (left: 4 6 13)"], [False]),
    (["Input: 4 4 6 8", "Possible next steps:", "4 + 4 = 8 (left: 6 8 8)", "8 - 6 = 2 (left: 2 4 4)",
      "4 * 6 = 24 (left: 4 8 24)"], [True] * 5),
    (["Input: 4 4 6 8", "4 + 4 = 8 (left: 6 8 8)", "8 - 6 = 2 (left: 2 4 8)"], [True, True, False]),
    (["4 + 8 = 12, leaving 4 4 6"], [False]),
])
def test_a_tree_of_thoughts_left_list_is_what_the_move_leaves(steps, labels):
    """Tree-of-Thoughts prompts write what a move leaves with spaces alone, "(left: 4 6 12)"; such a list was not
    read at all, so a wrong one ("6 - 4 = 2 (left: 4 12)", after 4 + 8 = 12 from 4, 4, 6, 8) was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": [4, 4, 6, 8], "target": 24}, steps) == labels


@pytest.mark.parametrize("numbers, step, holds", [
    # where one move lands, said against the target, with no "then" line before it
    ([1, 5, 5, 5], "5 × 5 = 25, too small.", False), ([1, 5, 5, 5], "5 × 5 = 25, too big.", True),
    ([3, 3, 8, 8], "8 + 8 + 3 + 3 = 22, too big.", False), ([3, 3, 8, 8], "8 + 8 + 3 + 3 = 22 — too small.", True),
    ([3, 3, 8, 8], "8 + 8 + 3 + 3 = 22. That's too high.", False),
    ([3, 3, 8, 8], "8 + 8 + 3 + 3 = 22, not enough.", True),
    ([3, 3, 8, 8], "Sum: 8 + 8 + 3 + 3 = 22 → too big", False), ([3, 3, 8, 8], "Sum: 3 + 3 + 8 + 8 = 22 -> too small", True),
    ([3, 3, 8, 8], "8 × 3 = 24 but 3 and 8 remain; 24 + 8 − 3 = 29, over by 6.", False),
    ([3, 3, 8, 8], "8 × 3 = 24 but 3 and 8 remain; 24 + 8 − 3 = 29, over by 5.", True),
    ([3, 3, 8, 8], "3 × 8 = 24, 24 − 3 = 21, 3 short.", True),
    ([3, 3, 8, 8], "3 × 8 = 24, 24 − 3 = 21, 2 short.", False),
    ([1, 2, 3, 4], "4 × 3 × 2 = 24, that's 1 short of 25.", True),  # said against 25, not the target
    # how near, said of the value just made ("which is", "that's")
    ([1, 5, 5, 5], "5 × 5 = 25, which is 2 more than 24.", False),
    ([1, 5, 5, 5], "5 × 5 = 25, which is 1 more than 24.", True),
    ([1, 5, 5, 5], "5 × 5 = 25, that's 2 over 24.", False),
    ([1, 2, 3, 4], "4 × 3 × 2 = 24, that's 2 short of 25.", False),
])
def test_where_a_single_try_lands_is_judged(numbers, step, holds):
    """"5 × 5 = 25, too small" (for 24) was judged only after a "then" line, and "25, which is 2 more than 24" only
    with "25 is …": a model says where its one try landed as often as a line's, and in these words."""
    assert slowthink.label_steps(G24, {"numbers": numbers, "target": 24}, [step]) == [holds]


@pytest.mark.parametrize("steps, labels", [
    (["10 × (2 + 4 / 5)? 4 / 5 = 4/5, 2 + 4/5 = 14/5, 10 × 14/5 = 28. No."], [True]),
    (["5 × (2 + 10 / 4)? 10 / 4 = 5/2, 2 + 5/2 = 9/2, 5 × 9/2 = 45/2."], [True]),
    (["4 / 5 = 4/5", "2 + 4/5 = 14/5", "10 × 14/5 = 28"], [True, True, True]),
    # still a fraction made, or two numbers in play: from nowhere it is false
    (["10 × 14/5 = 28"], [False]),
    (["4 / 5 = 4/5", "2 + 4/5 = 14/5", "10 × 14/5 = 29"], [True, True, False]),
])
def test_a_fraction_made_may_be_multiplied_without_brackets(steps, labels):
    """"10 × 14/5 = 28" holds read either way, so it was read as (10 × 14) ÷ 5, from a 14 and a 5 not in play, and
    the true step was labelled false; the 14/5 made just before is one number, as in "8 ÷ 1/3 = 24"."""
    assert slowthink.label_steps(G24, {"numbers": [2, 4, 5, 10], "target": 24}, steps) == labels


@pytest.mark.parametrize("numbers, steps, labels", [
    # a "No" that takes back the asking, the moves worked out still there for what follows
    ([2, 4, 5, 10], ["What about 5 × 4 = 20, 20 + 10 / 2 = 25? No wait, 10 / 2 = 5, 20 + 5 = 25. Close."], [True]),
    ([2, 4, 5, 10], ["What about 5 × 4 = 20, 20 + 10 / 2 = 25? No wait, 10 / 2 = 5, 20 + 5 = 26."], [False]),
    ([1, 5, 5, 12], ["12 + 12 = 24? No, only one 12."], [True]),
    ([1, 5, 5, 12], ["12 + 12 = 24? No, only one 12. So 12 + 12 = 24 is out, and 12 + 5 = 17."], [False]),
    # a move the step says it cannot play is a wish
    ([1, 3, 7, 10], ["If I had 15, 10 × 15 = 150."], [True]),
    ([1, 3, 7, 10], ["10 × 15 = 150 would be nice, but there's no 15."], [True]),
    ([1, 3, 7, 10], ["10 × 15 = 150 would be nice."], [False]),
    ([2, 4, 5, 10], ["Let me try (2 + 10) × ... 12 × 2 = 24 but I only have one 2."], [True]),
    ([2, 4, 5, 10], ["12 × 2 = 24 but I only have one 2."], [False]),  # nothing written makes the 12
    ([1, 3, 7, 10], ["If I had 15, 10 × 15 = 151."], [False]),  # a wish is still arithmetic
    ([1, 3, 7, 10], ["10 × 100 = 1000 but no 100... 7 + 3?"], [True]),
    ([1, 3, 7, 10], ["10 × 50 = 500, but no, 3 × 7 = 21 is closer."], [False]),  # no 50, and "no" alone names none
])
def test_asides_a_model_takes_back_or_wishes(numbers, steps, labels):
    """R1-style asides were labelled false: a question taken back by "No wait" lost the moves the rest of the step
    goes on from, and "if I had 15", "there's no 15", "I only have one 2" were not read as saying what is missing."""
    assert slowthink.label_steps("countdown.countdown", {"numbers": numbers, "target": 24}, steps) == labels


@pytest.mark.parametrize("steps, labels", [
    (["4 × 5 = 20. Then 20 + 10 = 30, minus 2 = 27. Not 24."], [False]),
    (["4 × 5 = 20. Then 20 + 10 = 30, minus 2 = 28. Not 24."], [True]),
    (["4 × 5 = 20. Then 20 + 10 = 30, minus 2 = 28, minus 2 = 26."], [False]),  # one 2
    (["5 times 4 is 20. 20 times 2 is 41."], [False]),
    (["5 times 4 is 20. 20 times 2 is 40."], [True]),
])
def test_arithmetic_in_words_after_a_sentence_or_a_value_is_judged(steps, labels):
    """"30, minus 2 = 27" going on from the value just reached was never read, nor was "20 times 2 is 41" after a
    sentence ending in a number ("… is 20. 20 times 2 is 41" was read as the unreadable "20. 20 × 2 = 41")."""
    assert slowthink.label_steps(G24, {"numbers": [2, 4, 5, 10], "target": 24}, steps) == labels


@pytest.mark.parametrize("numbers, step, holds", [
    ([2, 3, 4, 5], "Hmm, 2, 3, 4, 5 is impossible, no solution.", False),  # 4 × (5 + 3 − 2) = 24
    ([1, 1, 1, 1], "Hmm, 1, 1, 1, 1 is impossible, no solution.", True),
    ([1, 4, 6, 9], "9 − 1 = 8, leaving 4, 6, 8. 4, 6, 8 is a dead end.", False),  # (8 − 4) × 6
    ([1, 4, 6, 9], "No solution with 4, 6, 8.", False),
    ([1, 4, 6, 9], "If 4, 6, 8 is a dead end, back up.", True),  # hedged
    # a solution claimed in other words must be one
    ([2, 3, 4, 6], "6 × 4 = 24. Done, that's the answer!", False),  # 2 and 3 unused
    ([2, 3, 4, 6], "6 × 4 = 24. That's it!", False),
    ([2, 3, 4, 6], "6 × 4 = 24, 3 − 2 = 1, 24 × 1 = 24. That's it!", True),
    ([2, 3, 4, 6], "6 × 4 = 24, 3 − 2 = 1, 24 × 1 = 24. Done!", True),
    ([2, 3, 4, 6], "6 × 4 = 24. Is that the answer? No, 2 and 3 are left.", True),
    ([2, 3, 4, 6], "6 × 4 = 24. That's it? No, 2 and 3 are left.", True),
    ([2, 3, 4, 6], "If 6 × 4 = 24, that's it.", True),
])
def test_dead_ends_and_solutions_said_in_a_models_words_are_judged(numbers, step, holds):
    """"2, 3, 4, 5 is impossible", "no solution with …", "that's it!", "Done!" were not read as claims, so a
    branch pruned that holds a solution, or a solution claimed with numbers unused, was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": numbers, "target": 24}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("(6 − 4) ⋅ (4 + 8) = 2 ⋅ 12 = 26", False), ("(6 − 4) ⋅ (4 + 8) = 2 ⋅ 12 = 24", True),  # the dot operator
    ("（６ − ４）×（４＋８）＝２６", False), ("（６ − ４）×（４＋８）＝２４", True),  # full-width forms
    ("(6-4)x(4+8) = 26", False), ("(6-4)x(4+8) = 24", True), ("(6 - 4) x (4 + 8) = 26", False),  # x between brackets
])
def test_an_equation_in_signs_spelled_another_way_is_judged(step, holds):
    """The answer readers take "⋅", full-width signs and brackets (`core.spelling`), and an x between brackets; in a
    step such an equation was not read at all, so a false one was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": [4, 4, 6, 8], "target": 24}, [step]) == [holds]


@pytest.mark.parametrize("steps, labels", [
    (["4 + 8 = 12. We now have: 4, 6, 12.", "6 − 4 = 2. Now the numbers are 2, 12.",
      "2 × 12 = 24. Now the numbers are: 24."], [True, True, True]),
    (["4 + 8 = 12. We now have: 4, 6, 13."], [False]),
    (["4 + 8 = 12. Now the numbers are 4, 6, 13."], [False]),
    (["4 + 8 = 12. We now have: 4, 6, 12.", "6 − 4 = 2. Now the numbers are 4, 12."], [True, False]),
    (["Pick 8 and 6: 8 − 6 = 2. Now: 2, 4, 4.", "Pick 2 and 4: 2 + 4 = 6. Now: 4, 6.", "4 × 6 = 24. Now: 24. Done!"],
     [True] * 3),
    (["Pick 8 and 6: 8 − 6 = 2. Now: 2, 4, 8."], [False]),
    (["4 + 8 = 12. Current numbers: 4, 6, 13"], [False]), (["4 + 8 = 12. Numbers now: 4, 6, 13"], [False]),
    (["4 + 8 = 12, remaining: {4, 6, 13}"], [False]), (["4 + 8 = 12, remaining: {4, 6, 12}"], [True]),
])
def test_what_is_left_said_as_models_say_it_must_be_what_is_left(steps, labels):
    """"We now have: 4, 6, 13" (a colon after the words), "Now the numbers are 4, 6, 13", "Now: …", "Current numbers:
    …", "Numbers now: …" and a list in braces were not read as what the move leaves, so a wrong position was labelled
    true."""
    assert slowthink.label_steps(G24, {"numbers": [4, 4, 6, 8], "target": 24}, steps) == labels


@pytest.mark.parametrize("steps, labels", [
    (["4 + 8 = 12, so we have 4, 6, 12 left.", "6 − 4 = 2, and 2, 12 are left.", "2 × 12 = 24."], [True] * 3),
    (["4 + 8 = 12, so we have 4, 6, 13 left."], [False]),
    (["4 + 8 = 12, and 4, 6, 13 are left."], [False]),
    (["4 + 8 = 12, now we have 4, 6 and 13 remaining."], [False]),
    (["4 + 8 = 12; we've got 4, 6, 13 left over"], [False]),
    (["4 + 8 = 12 → remaining numbers 4, 6, 13"], [False]), (["4 + 8 = 12 → remaining numbers 4, 6, 12"], [True]),
    (["4 + 8 = 12, so we have 4, 6, 12 left.", "6 − 4 = 2, so we have 4, 12 left."], [True, False]),
    # a list that leaves out the value just made is read as meant; the problem restated is no position
    (["4 × 6 = 24, and 4 and 8 are left: no good."], [True]), (["We have 4, 4, 6, 8 and need 24."], [True]),
])
def test_what_is_left_said_with_the_list_first_must_be_what_is_left(steps, labels):
    """"so we have 4, 6, 13 left", "and 4, 6, 13 are left", "… remaining", "remaining numbers 4, 6, 13" (no colon):
    the list before the word that marks it was not read, so a wrong position was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": [4, 4, 6, 8], "target": 24}, steps) == labels


@pytest.mark.parametrize("steps, labels", [
    (["Subtract 4 from 6 to get 2.", "Add 4 and 8 to get 12.", "Multiply 12 by 2 to get 24."], [True] * 3),
    (["Subtract 4 from 6 to get 3."], [False]), (["Multiply 12 by 2 to get 26."], [False]),
    (["The sum of 4 and 8 is 13."], [False]), (["The product of 6 and 4 is 24."], [True]),
    (["Dividing 8 by 4 gives 3."], [False]), (["Taking 4 away from 6 leaves us with 2."], [True]),
    # played as moves: what they make is in play, what they take is used up
    (["Add 4 and 8 to get 12.", "12 × 2 = 24"], [True, False]),  # no 2 made
    (["Add 4 and 8 to get 12.", "Add 12 and 8 to get 20."], [True, False]),  # one 8, used up
    # asked, planned or hedged: not said to be done
    (["I need to multiply 12 by 2 to get 24."], [True]), (["Can we add 4 and 8 to get 12?"], [True]),
])
def test_a_move_said_in_words_is_judged_and_played(steps, labels):
    """"Subtract 4 from 6 to get 3" and "The sum of 4 and 8 is 13" were not read, so false arithmetic in words was
    labelled true, and a true move said so did not put its value in play."""
    assert slowthink.label_steps(G24, {"numbers": [4, 4, 6, 8], "target": 24}, steps) == labels


@pytest.mark.parametrize("steps, labels", [
    (["4 + 8 → 12", "6 − 4 → 2", "12 × 2 → 24 ✓"], [True] * 3),
    (["4 + 8 → 13"], [False]), (["(6 - 4) -> 3"], [False]),
    (["4 + 8 → 12", "12 + 8 → 20"], [True, False]),  # one 8, used up
    (["4 + 8 → 12 (left: 4 6 12)", "6 − 4 → 2 (left: 4 12)"], [True, False]),
    (["4 + 8 = 12 → 4, 6, 12"], [True]), (["4 + 8 = 12 → 4, 6, 13"], [False]),  # an arrow to a list: what is left
])
def test_an_arrow_from_an_operation_to_a_value_says_what_it_makes(steps, labels):
    """"4 + 8 → 13" was read as no equation (an arrow to one number was a list of what is left, with no move before
    it), so a false move written with an arrow was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": [4, 4, 6, 8], "target": 24}, steps) == labels


@pytest.mark.parametrize("numbers, step, holds", [
    ([1, 3, 4, 6], "Maybe (6 − 3) × (4 + 1)? That's 18, no.", False),
    ([1, 3, 4, 6], "Maybe (6 − 3) × (4 + 1)? That's 15, no.", True),
    ([1, 3, 4, 6], "What about 6 × 4, which is 25?", False), ([1, 3, 4, 6], "6 × 4, which is 24. Then 3 − 1 = 2.", True),
    ([1, 5, 5, 5], "5 × 5 = 25, which is 1 more than 24.", True),  # said of the value, not of the operation
])
def test_a_value_said_of_an_operation_is_its_equation(numbers, step, holds):
    """"(6 − 3) × (4 + 1)? That's 18" says the expression is worth 18, which it is not; it was not read, so the false
    step was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": numbers, "target": 24}, [step]) == [holds]


@pytest.mark.parametrize("steps, labels", [
    (["| Step | Operation | Result |", "|---|---|---|", "| 1 | 8 ÷ 8 = 1 | 1 |", "| 2 | 7 − 1 = 6 | 6 |",
      "| 3 | 6 × 4 = 24 | 24 |"], [True] * 5),
    (["| 1 | 8 ÷ 8 = 2 | 2 |"], [False]), (["| 8 ÷ 8 = 2 |"], [False]),
    (["| 1 | 8 ÷ 8 = 1 | 1 |", "| 2 | 7 − 1 = 5 | 5 |"], [True, False]),
    (["| 1 | 8 ÷ 8 = 1 | 1 |", "| 2 | 1 + 8 = 9 | 9 |"], [True, False]),  # both 8s went into the 1
    (["| (7 − 8 ÷ 8) × 4 | 25 |"], [True]),  # a value in another cell is no equation
])
def test_an_equation_in_a_markdown_table_cell_is_judged(steps, labels):
    """A bar before or after an equation was read as an absolute value's, so the side against it was left out and
    "| 1 | 8 ÷ 8 = 2 | 2 |" held no equation: a false move in a table row was labelled true. In a row that opens and
    closes with a bar, a bar with a space on its inside is a cell's border."""
    assert slowthink.label_steps(G24, {"numbers": [4, 7, 8, 8], "target": 24}, steps) == labels


@pytest.mark.parametrize("steps, labels", [
    (["Current State: 24:[4, 7, 8, 8], Operations: []", "Exploring Operation: 8+8=16, Resulting Numbers: [4, 7, 16]",
      "Exploring Operation: 16+7=23, Resulting Numbers: [4, 23]", "Exploring Operation: 23-4=19, Resulting Numbers: [19]",
      "19,24 unequal: No Solution", "Exploring Operation: 8/8=1, Resulting Numbers: [1, 4, 7]",
      "Exploring Operation: 7-1=6, Resulting Numbers: [4, 6]", "Exploring Operation: 4*6=24, Resulting Numbers: [24]",
      "24,24 equal: Goal Reached"], [True] * 9),
    (["Exploring Operation: 8+8=16, Resulting Numbers: [4, 8, 16]"], [False]),
    (["Exploring Operation: 8/8=1, Resulting Numbers: [1, 4, 7]", "Exploring Operation: 7-1=6, Resulting Numbers: [4, 7]"],
     [True, False]),
])
def test_a_stream_of_search_resulting_numbers_list_is_what_the_move_leaves(steps, labels):
    """Stream-of-Search traces say what a move leaves as "Resulting Numbers: [4, 7, 16]"; the list was not read, so a
    wrong one ("8+8=16, Resulting Numbers: [4, 8, 16]" from 4, 7, 8, 8) was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": [4, 7, 8, 8], "target": 24}, steps) == labels


@pytest.mark.parametrize("steps, labels", [
    (["3 / 4 = 3/4 (left: 1 3/4 6)", "1 - 3/4 = 1/4 (left: 1/4 6)", "6 / 1/4 = 24 (left: 24)"], [True] * 3),
    (["3 / 4 = 3/4 (left: 1 3/4 6)", "1 - 3/4 = 1/4 (left: 1/4 6)", "6 / 1/4 = 25 (left: 25)"], [True, True, False]),
    (["3 / 4 = 3/4 (left: 1 3/4 6)", "1 - 3/4 = 1/4 (left: 1/4 6)", "6 / 1/4 = 24 (left: 25)"], [True, True, False]),
    (["3 / 4 = 3/4, leaving 1, 3/4, 6", "1 - 3/4 = 1/4 (leaving 1/4, 6)", "6 / 1/4 = 24 (leaving 24)"], [True] * 3),
])
def test_a_fraction_made_is_one_number_before_a_bracketed_list_of_what_is_left(steps, labels):
    """"6 / 1/4 = 24 (left: 24)": the bracket that opens the list was read as the equation's ("24 ("), and with it
    the 1/4 made just before was not read as one number, so 6 / 1/4 was 3/2 and the true step was labelled false."""
    assert slowthink.label_steps(G24, {"numbers": [1, 3, 4, 6], "target": 24}, steps) == labels


@pytest.mark.parametrize("step, holds", [
    ("100 × 5 = 500. Too big. 500 − 8 × 6 × 4 = 308. Still too small.", False),
    ("100 × 5 = 500. Too big. 500 − 8 × 6 × 4 = 308. Still too big.", True),
    ("4 + 5 = 9, way too big.", False), ("4 + 5 = 9, way too small.", True),
    ("100 + 8 = 108, that's still too big.", False), ("100 + 8 = 108, that's still too small.", True),
    ("100 × 8 = 800, far too small.", False), ("100 × 8 = 800, much too high.", True),
])
def test_a_landing_said_with_still_or_way_is_judged(step, holds):
    """"= 308. Still too small" (for 212) and "way too big", "far too small" were not read as where the try landed,
    so a landing said wrongly with a word before "too" was labelled true."""
    assert slowthink.label_steps("countdown.countdown", {"numbers": [4, 5, 6, 8, 100], "target": 212}, [step]) == [holds]


@pytest.mark.parametrize("steps, labels", [
    (["11 × 5 = 55, leaving 2, 3, 7, 55.", "12 × 5 = 60: can 2, 3, 7, 11 make 12? 11 + 7 − 3 × 2 = 12. Yes."],
     [True, True]),
    (["11 × 5 = 55, leaving 2, 3, 7, 55.", "Back to the start. 12 × 5 = 60: can 2, 3, 7, 11 make 12?"], [True, True]),
    (["11 × 5 = 55, leaving 2, 3, 7, 55.", "12 × 5 = 61: can 2, 3, 7, 11 make 12?"], [True, False]),
    (["11 × 5 = 55, leaving 2, 3, 7, 55.", "12 × 5 = 60."], [True, False]),  # nothing says the 12 is wished for
])
def test_a_goal_split_up_may_take_a_number_from_a_position_on_the_way(steps, labels):
    """"12 × 5 = 60: can 2, 3, 7, 11 make 12?" after "11 × 5 = 55" splits the target into a 12 wished for and the
    given 5, in play again once the search backs up; the 5 was looked for at the current position alone, so the
    equation was read as a move from a 12 not in play and the true step was labelled false."""
    assert slowthink.label_steps("countdown.countdown", {"numbers": [2, 3, 5, 7, 11], "target": 60}, steps) == labels


@pytest.mark.parametrize("steps, labels", [
    # a line that backs up, unannounced, to the start: its first move is played where the line can go on
    (["9 × 8 = 72.", "Try 2 − 1 = 1, 6 + 1 = 7, 9 × 7 = 63, 63 + 8 = 71. That works!"], [True, True]),
    (["9 × 8 = 72, and 72 − 1 = 71, but 2 and 6 remain.", "Try 2 − 1 = 1, 6 + 1 = 7, 9 × 7 = 63, 63 + 8 = 71."],
     [True, True]),
    # and a number the line used is not in play further on
    (["9 × 8 = 72.", "Try 2 − 1 = 1, 6 + 1 = 7, 9 × 7 = 63, 63 + 1 = 64."], [True, False]),
    (["2 − 1 = 1, 6 + 1 = 7, 7 + 1 = 8."], [False]),
    # tries from one position, each taking a number the one before took, are no line
    (["9 × 8 = 72 → 1, 2, 6, 72", "72 − 6 = 66, 72 × 6 = 432, 72 + 6 = 78: none near"], [True, True]),
])
def test_moves_each_taking_the_value_just_made_are_a_line(steps, labels):
    """"2 − 1 = 1, 6 + 1 = 7, 9 × 7 = 63" after "9 × 8 = 72": each move was played alone, the first from the nearest
    position with a 2 and a 1, where 9 × 7 then had no 9, so the true step was labelled false; and "…, 9 × 7 = 63,
    63 + 1 = 64" played the last move from a position up the line that still had the 1, so it was labelled true."""
    assert slowthink.label_steps("countdown.countdown", {"numbers": [1, 2, 6, 8, 9], "target": 71}, steps) == labels


def test_tries_from_one_position_are_no_line_when_the_value_was_made_earlier_in_the_step():
    """Our own solver's tries, found false by a make dataset run once moves taking the value just made became a
    line: "18 − 9 = 9; but 18 × 9 = 162" took the 9 of "5 + 4 = 9" earlier in the step, and 18 again."""
    steps = ["Take 6 × 3 = 18; now we have 4, 5, 18.",
             "  5 + 4 = 9. Then 18 + 9 = 27: too low; 18 − 9 = 9: 153 short; but 18 × 9 = 162. It works!"]
    assert slowthink.label_steps("countdown.countdown", {"numbers": [4, 5, 3, 6], "target": 162}, steps) == [True, True]
    steps[1] = steps[1].replace("18 × 9 = 162", "18 × 9 = 163")
    assert slowthink.label_steps("countdown.countdown", {"numbers": [4, 5, 3, 6], "target": 162}, steps) == [True, False]


@pytest.mark.parametrize("steps, labels", [
    (["9 − 1 = 8. This leaves 4, 6, 8, which can't make 24."], [False]),  # (8 − 4) × 6
    (["9 × 6 = 54. This leaves 1, 4, 54, which can't make 24."], [True]),
    (["9 − 1 = 8, leaving 4, 6, 8. We can't make 24 from 4, 6, 8."], [False]),
    (["9 × 6 = 54, leaving 1, 4, 54. We can't make 24 from 1, 4, 54."], [True]),
    (["9 − 1 = 8, leaving 4, 6, 8. Can't reach 24 with 4, 6, 8."], [False]),
    (["9 − 1 = 8, leaving 4, 6, 8. From 4, 6, 8 there is no way to reach 24."], [False]),
    (["9 × 6 = 54, leaving 1, 4, 54. From 1, 4, 54 there is no way to reach 24."], [True]),
    (["Attempt 2: 9 − 1 = 8, leaving 4, 6, 8 — impossible."], [False]),
    (["Attempt 2: 9 × 6 = 54, leaving 1, 4, 54 — impossible."], [True]),
    (["9 − 1 = 8 (left: 4 6 8)", "4 6 8: 4 + 6 + 8 = 18, 8 * 6 / 4 = 12. impossible"], [True, False]),
    (["9 * 6 = 54 (left: 1 4 54)", "1 4 54: 54 + 4 + 1 = 59, far too big. impossible"], [True, True]),
    (["9 − 1 = 8, leaving 4, 6, 8. If we can't make 24 from 4, 6, 8, back up."], [True]),  # hedged
])
def test_a_dead_end_said_in_other_words_must_be_one(steps, labels):
    """"4, 6, 8, which can't make 24", "We can't make 24 from 4, 6, 8", "From 4, 6, 8 there is no way to reach 24",
    "leaving 4, 6, 8 — impossible" and a Tree-of-Thoughts verdict "4 6 8: … impossible" were not read as dead ends,
    so a branch pruned that holds a solution was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": [1, 4, 6, 9], "target": 24}, steps) == labels


@pytest.mark.parametrize("step, holds", [
    ("6 × 4 = 24 ✅ Solution found!", False), ("6 × 4 × (3 − 2) = 24 ✅ Solution found!", True),
    ("6 × 4 = 24. Solved!", False), ("6 × 4 × (3 − 2) = 24. Solved!", True),
    ("6 × 4 = 24. Success!", False), ("6 × 4 × (3 − 2) = 24. Success!", True),
    ("6 × 4 = 24. This is a valid solution.", False), ("6 × 4 × (3 − 2) = 24. This is a valid solution.", True),
    ("**Final:** 6 × 4 = 24", False), ("**Final:** 6 × 4 × (3 − 2) = 24", True),
    ("Is this a valid solution? 6 × 4 = 24 leaves 2 and 3.", True),  # asked
])
def test_a_solution_claimed_in_other_words_must_be_one(step, holds):
    """"Solution found!", "Solved!", "Success!", "This is a valid solution" and "Final: 6 × 4 = 24" were not read as
    claiming a solution, so one claimed with 2 and 3 still unused was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": [2, 3, 4, 6], "target": 24}, [step]) == [holds]


@pytest.mark.parametrize("steps, labels", [
    (["8 + 8 = 16; the remaining numbers are 4, 7, and 16.", "16 + 7 = 23; remaining numbers are 4 and 23."], [True, True]),
    (["8 + 8 = 16; remaining numbers are 4, 7, 17."], [False]),
    (["8 + 8 = 16; the remaining numbers are 4, 7, and 17."], [False]),
    (["8 + 8 = 16. New set: {4, 7, 17}"], [False]), (["8 + 8 = 16. New set: {4, 7, 16}"], [True]),
    (["8 + 8 = 16. New set: {4, 7, 16}", "16 + 7 = 23. New set: {4, 16}"], [True, False]),
])
def test_what_is_left_said_as_the_remaining_numbers_are_or_a_new_set(steps, labels):
    """"the remaining numbers are 4, 7, and 17" and "New set: {4, 7, 17}" were not read as what the move leaves, so a
    wrong position was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": [4, 7, 8, 8], "target": 24}, steps) == labels


@pytest.mark.parametrize("said", [
    "so now I have {}.", "Now I have: {}", "I now have {}.", "Numbers: {}", "State: {}", "Our numbers are now {}.",
    "The numbers are now {}.", "Current set: {}", "so the set becomes {{{}}}.", "The set is now {}."])
def test_what_is_left_said_in_a_models_other_words(said):
    """"now I have 4, 7, 17", "Numbers: 4, 7, 17", "State: 4 7 17", "Current set: …", "the set becomes {…}" were not
    read as what the move leaves, so a wrong position was labelled true; the right one must stay true."""
    problem = {"numbers": [4, 7, 8, 8], "target": 24}
    for listed, holds in (("4, 7, 16", True), ("4, 7, 17", False), ("4 7 16", True), ("4, 7, 16, 8", False)):
        if "{" in said and " " in listed and "," not in listed:
            continue
        step = "8 + 8 = 16. " + said.format(listed)
        assert slowthink.label_steps(G24, problem, [step]) == [holds], step


@pytest.mark.parametrize("steps", [
    ["Numbers: 4, 7, 8, 8. Target: 24.", "8 / 8 = 1. Numbers: 1, 4, 7", "7 - 1 = 6. State: 4 6", "6 × 4 = 24."],
    ["Try the other numbers: 4 and 7.", "4 + 7 = 11, too small."],  # a list inside a sentence names no position
    ["I now have 4, 7, 8, 8 to work with.", "8 + 8 = 16, so now I have 4, 7, 16."],
])
def test_a_position_said_in_other_words_is_true_when_it_is_so(steps):
    assert slowthink.label_steps(G24, {"numbers": [4, 7, 8, 8], "target": 24}, steps) == [True] * len(steps)


@pytest.mark.parametrize("step, holds", [
    ("8 + 8 + 7 = 23. Close — 1 short of 24.", True), ("8 + 8 + 7 = 23. Close — 2 short of 24.", False),
    ("8 + 8 + 7 = 23, 1 away from 24.", True), ("8 + 8 + 7 = 23, 2 away from 24.", False),
    ("8 × 4 = 32, 8 away from 24.", True), ("8 × 4 = 32, 7 away from 24.", False),
    ("8 + 8 + 7 = 23, just 1 less than 24.", True), ("8 + 8 + 7 = 23, just 2 less than 24.", False),
    ("8 × 4 = 32. Hmm, 8 over 24.", True), ("8 × 4 = 32. Hmm, 9 over 24.", False),
])
def test_how_near_the_value_just_reached_comes_is_judged(step, holds):
    """"= 23. Close — 2 short of 24", "= 23, 2 away from 24", "just 2 less than 24": how near, said of the value the
    equation just reached with no "which is", was not read, so a wrong distance was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": [4, 7, 8, 8], "target": 24}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("6 × 4 = 24, using all four numbers.", False), ("6 × 4 × (3 − 2) = 24, using all four numbers.", True),
    ("6 × 4 = 24. All four numbers used!", False), ("6 × 4 × 3 × 2 = 144. All four numbers used, too big.", True),
    ("6 + 4 + 3 + 2 = 15, using all four numbers: too small.", True),
    # negated, asked, or said of what a solution must do: no claim
    ("6 × 4 = 24, but that is not using all four numbers.", True), ("6 × 4 = 24. All numbers used? No.", True),
    ("We must end up using all four numbers.", True), ("6 × 4 = 24, but we need a line using all four numbers.", True),
])
def test_all_the_numbers_said_used_must_be(step, holds):
    """"6 × 4 = 24, using all four numbers" (from 2, 3, 4, 6) was not read as a claim, so a step that says every
    number went in while 2 and 3 are still in play was labelled true."""
    assert slowthink.label_steps(G24, {"numbers": [2, 3, 4, 6], "target": 24}, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("13 - 11 = 2, so we have 1, 2, 12.", True), ("13 - 11 = 2, so we have 1, 2, 13.", False),
    ("After 13 - 11 = 2, we have 1, 2, 12.", True), ("After 13 - 11 = 2, we have 1, 2, 13.", False),
    ("13 - 11 = 2. We have 2 and 12.", False),  # the 1 is still there
    ("13 - 11 = 2. Then we have 1, 2 and 12.", True),
    # a count is no list, and a list that goes on into a move is no position
    ("13 - 11 = 2. Now we have 3 numbers: 1, 2, 12.", True), ("13 - 11 = 2. We have 2 and 12, and 2 × 12 = 24.", True),
    ("13 - 11 = 2, and we have 2 × 12 = 24.", True),
])
def test_so_we_have_after_a_move_is_the_position_it_leaves(step, holds):
    """Before, "13 - 11 = 2, so we have 1, 2, 13." was true: only "now we have" and "we now have" framed a position,
    and "Now we have 3 numbers: 1, 2, 12." was false, its count read as the position."""
    assert slowthink.label_steps(G24, {"numbers": [1, 11, 12, 13], "target": 24}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    # a goal the step sets itself, reached: the finish word is said of it
    ("24 = 3 × 8: can 4 and 7 make 3? 7 − 4 = 3, that works.", True),
    ("I need 3 from 4 and 7: 7 − 4 = 3. That works!", True),
    ("I need 3 from 4 and 7: 7 + 4 = 11. That works!", False),
    ("Make 24 from 4, 7, 8, 8: 8 × 4 = 32, 32 − 8 = 24. That works!", False),  # the target's goal: the 7 unused
    # "Yes!", "Bingo!", "Got it!" claim a solution as "That works!" does
    ("8 / 8 = 1, 7 - 1 = 6, 6 × 4 = 24. Yes!", True), ("8 × 4 = 32, 32 − 8 = 24. Yes!", False),
    ("8 × 4 = 32, 32 − 8 = 24. Bingo!", False), ("8 / 8 = 1, 7 - 1 = 6, 6 × 4 = 24. Got it!", True),
    ("24 = 3 × 8: can 4 and 7 make 3? 7 − 4 = 3. Yes!", True),
])
def test_a_finish_word_is_judged_against_the_goal_it_is_said_of(step, holds):
    """Before, "can 4 and 7 make 3? 7 − 4 = 3, that works." was false, read as claiming 3 solved the deal, and
    "8 × 4 = 32, 32 − 8 = 24. Yes!" (the 7 never used) was true: "Yes!" claimed nothing."""
    assert slowthink.label_steps(G24, {"numbers": [4, 7, 8, 8], "target": 24}, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("Possible solution: (100 + 6) × 3 = 318. No.", True), ("Candidate solution: 100 + 6 = 106, 106 × 3 = 318.", True),
    ("Maybe a solution: 100 × 6 = 600? No.", True), ("A potential solution: 100 × 6 = 600.", True),
    ("Solution: 100 × 6 = 600.", False), ("The solution is: 100 × 6 = 600.", False),  # claimed, and not 952
    ("Possible solution: 100 × 100 = 10000.", False),  # a try still keeps the rules: one 100
])
def test_a_solution_named_as_a_try_claims_nothing(step, holds):
    """Before, a model's "Possible solution: (100 + 6) × 3 = 318. No." was false, read as claiming 318 solved the
    deal, and every step after it was false."""
    assert slowthink.label_steps("countdown.countdown", {"numbers": [3, 6, 25, 50, 75, 100], "target": 952},
                                 [step]) == [holds], step


@pytest.mark.parametrize("steps, labels", [
    (["13 - 11 = 2.", "We have 1, 2, 12."], [True, True]), (["13 - 11 = 2.", "We have 1, 2, 13."], [True, False]),
    (["13 - 11 = 2.", "Now: 1, 2, 12"], [True, True]), (["13 - 11 = 2.", "Now we have 2 and 12."], [True, False]),
    (["Now we have 1, 1, 13."], [True]),  # 12 − 11 = 1, done in the head: one move from the deal
    (["13 - 11 = 2.", "Now we have 1, 1, 12."], [True, False]),  # no one move makes it from any position met
])
def test_a_position_said_in_its_own_step_is_one_the_search_can_be_at(steps, labels):
    """Before, "13 - 11 = 2." then "We have 1, 2, 13." was true: a list of what is left, said with no move in its
    own step, was judged only when it named a position met. It must be one met, or one move from one."""
    assert slowthink.label_steps(G24, {"numbers": [1, 11, 12, 13], "target": 24}, steps) == labels
