import pytest
import slowthink
from hypothesis import given, settings
from hypothesis import strategies as st

from slowthink.core.extract import (_MARKER, _may_mark, clean, extract_answer, plain_latex, reasoning_steps,
                                    stated_answer, undressed)


@pytest.mark.parametrize("text, answer, method", [
    ("work\nAnswer: 1564", "1564", "answer line"),
    ("<think>\nAnswer: 3\n</think>\n\nThe answer is **1564**.", "1564", "answer line"),
    ("so the result is \\boxed{\\frac{3}{4}}.", "3/4", "boxed"),
    ("\\boxed{\\dfrac{-5}{154}}", "-5/154", "boxed"),
    ("<answer>(7-8/8)*4</answer> and more text", "(7-8/8)*4", "answer tag"),
    ("2 + 2 = 5, no wait. Answer: 4", "4", "answer line"),
    ("Answer: 3. Final answer: 4", "4", "answer line"),
    ("**Final Answer:** $42$", "42", "answer line"),
    ("I computed it.\n\n1564\n", "1564", "last line"),
    ("\\boxed{(7 \\times (8 \\div 8))}", "(7 × (8 ÷ 8))", "boxed"),
    ("so\n#### 72", "72", "answer line"),  # GSM8K's marker
    ("Answer: \\(4 \\times (7 - \\frac{8}{8})\\)", "4 × (7 - 8/8)", "answer line"),
    ("\\[ (7 - 8/8) \\cdot 4 = 24 \\]", "(7 - 8/8) × 4 = 24", "last line"),
    ("The answer is `1234`.", "1234", "answer line"),
    ("Answer: $2\\frac{1}{2}$", "2 1/2", "answer line"),  # a mixed number, never 21/2
    ("Answer: $\\frac{3}{4} + \\frac{1}{2}$", "3/4 + 1/2", "answer line"),
    ("Answer: 2\\left(3 + 4\\right)", "2(3 + 4)", "answer line"),
    # a marker alone on its line, the answer set out below it (what came after the answer used to be taken, or
    # nothing: "**Final Answer:**" left only "**" on the marker's line)
    ("Answer:\n1564\n\nLet me verify: 1564 / 23 = 68.", "1564", "answer line"),
    ("**Final Answer**\n1564\n\nThis is the product.", "1564", "answer line"),
    ("**Final Answer:**\n\n$$(7 - 8 \\div 8) \\times 4 = 24$$", "(7 - 8 ÷ 8) × 4 = 24", "answer line"),
    ("### Final Answer\n\n\\[\n1564\n\\]\nDone.", "1564", "answer line"),
    ("Therefore, the final answer is:\n\nThe product is 1564.\n\nI am sure.", "1564", "answer line"),
    ("Answer: 3\nmore work\n**Final Answer**\n4\nchecked", "4", "answer line"),  # the later marker
    ("Answer: 3\nmore work\n**Final Answer**", "3", "answer line"),  # a marker with nothing below is no answer
    ("Let me find the answer\n23 × 60 = 1380\n1564", "1564", "last line"),  # not a heading: no colon
])
def test_extraction_finds_the_final_answer(text, answer, method):
    found = extract_answer(text)
    assert (found.answer, found.method) == (answer, method)


def test_answer_after_think_wins_over_one_inside():
    found = extract_answer("<think>Answer: 1</think>\nAnswer: 2")
    assert found.answer == "2" and found.after_think
    inside_only = extract_answer("<think>work\nAnswer: 7</think>")
    assert inside_only.answer == "7" and not inside_only.after_think


@pytest.mark.parametrize("text, reason", [
    ("<think>never closed", "never closed"), ("", "no answer found"), ("   \n  ", "no answer found"),
    ("Answer: ", "empty"), (123, "must be text"), ("x" * 300_000, "too long"),
])
def test_failures_say_why(text, reason):
    found = extract_answer(text)
    assert found.answer is None and reason in found.method


def test_reasoning_steps_are_the_lines():
    assert reasoning_steps("<think>\na\n\nb\n</think>\n<answer>3</answer>") == ["a", "b", "Answer: 3"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gives_an_extraction(text):
    found = extract_answer(text)
    assert found.method


# what a model might put between two numbers, hoping the dressing comes off and joins them
_BETWEEN = ["**", "$", "$$", "`", "``", "**$", "\\text{}", "\\text{ }", "\\mathbf{}", "\\textbf{ }", "\\left", "\\right", "\\,", "\\(", "\\)", "\\[", "\\]"]


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[1-9]\d{0,3}", fullmatch=True), st.sampled_from(_BETWEEN),
       st.from_regex(r"\d{1,4}", fullmatch=True), st.sampled_from(["", "$", "**", "`"]))
def test_taking_dressing_off_never_joins_two_numbers(left, between, right, around):
    """"12**34" is 12 to the 34th, and "1$$234" is no number at all: neither may become 1234, which
    a reward function would then pay for."""
    for text in (around + left + between + right + around, f"Answer: {around}{left}{between}{right}{around}"):
        assert left + right not in clean(text).replace(" ", "X"), text
        found = extract_answer(text).answer
        assert found is None or left + right not in found.replace(" ", "X"), text


def test_answers_handed_straight_to_a_verifier_lose_their_dressing_too():
    assert undressed("$4 \\times 6$") == "4 × 6" and undressed("**1564**") == "1564"
    assert undressed("$\\boxed{4 \\times 6}$") == "4 × 6"  # all one box: its content, as verify_completion reads it
    assert undressed("\\boxed{1}+\\boxed{2}") == "\\boxed{1}+\\boxed{2}"  # two boxes are not one answer
    assert undressed("4*(7-8/8)") == "4*(7-8/8)"  # no dressing: left exactly as it is
    assert undressed("2**3") == "2**3"
    long = "(1)/(2)$" * 5_000  # far too long to be an answer: handed back for the verifier to refuse
    assert undressed(long) is long


@pytest.mark.parametrize("latex, plain", [
    ("96 \\div \\frac{2}{2}", "96 ÷ (2/2)"),  # the braces group the fraction: never (96 ÷ 2)/2
    ("6 \\div \\frac{7-1}{2}", "6 ÷ ((7-1)/(2))"), ("8/\\frac{1}{3}", "8/(1/3)"), ("8 ÷  \\frac{1}{3}", "8 ÷  (1/3)"),
    ("4 \\times \\frac{1}{2}", "4 × 1/2"), ("\\frac{3}{4} - 1", "3/4 - 1"),  # no bracket where none changes the value
    ("\\frac{8}{3-\\frac{8}{3}}", "(8)/(3-8/3)"), ("\\dfrac{8}{\\dfrac{1}{3}}", "(8)/(1/3)"),  # nested: inside out
    ("2\\frac{1}{2}", "2 1/2"),
])
def test_latex_fractions_keep_the_grouping_their_braces_gave(latex, plain):
    assert plain_latex(latex) == plain


@pytest.mark.parametrize("step, answer", [
    ("Answer: 12", "12"), ("So the answer is 12.", "12"), ("**Final answer:** $12$", "12"), ("\\boxed{12}", "12"),
    ("<answer> 12 </answer>", "12"), ("The answer is (7-1)*4.", "(7-1)*4"), ("Answer: junk", "junk"),
    ("If the answer is 12, then 24 is twice it.", None), ("the answer is not 25", None),
    ("I think the answer is close to 24", None), ("12 + 12 = 24", None),
])
def test_a_step_states_an_answer_only_outright(step, answer):
    assert stated_answer(step) == answer


def test_an_answer_far_too_long_is_refused_before_its_dressing_comes_off():
    """Taking dressing off costs a little per run of it: a huge answer is refused first, not cleaned."""
    found = extract_answer("Answer: " + "$ " * 50_000 + "2")
    assert found.answer is None and "too long" in found.method
    assert len(stated_answer("Answer: " + "$ " * 50_000)) > 50_000  # given back whole, for the verifier to refuse


@pytest.mark.parametrize("text", ["<answer>" * 20_000, "####" + " " * 199_000, "<answer>x" * 10_000 + "</answer>",
                                  "answer" + " " * 199_000 + "x", "answer" + " \t*" * 60_000 + ":x",
                                  "Final answer:\n" * 14_000, "**Final Answer**" + "\n" * 190_000 + "5",
                                  "**Final Answer**\n" + "$\n" * 90_000 + "5",
                                  "Answer: 1" + "<eos> " * 33_000, "\\boxed{" + "{" * 190_000 + "\\boxed{1}",
                                  "\\boxed{1} " * 18_000, '{"answer": ' + "[" * 60_000 + "]" * 60_000 + "}",
                                  '{"answer": "' + "{" * 190_000 + '"}'])
def test_hostile_completions_are_read_in_linear_time(text):
    """A regex tried from every unclosed "<answer>", or one with two ways to match a run of spaces,
    took seconds to minutes on these; the read is now one pass (timed by the suite's own budget)."""
    found = extract_answer(text)
    assert found.answer is None or len(found.answer) < 100


@pytest.mark.parametrize("latex, plain", [("\\frac{1}{3}1", "1/3 1"), ("15\\left.64", "15 64")])
def test_latex_cleaning_never_joins_two_numbers(latex, plain):
    assert clean(latex) == plain


@pytest.mark.parametrize("text, answer", [
    ("İstanbul: <answer>1564</answer>", "1564"),  # "İ".lower() is two characters: offsets must not shift
    ("<answer>1564</answer> (I used </answer> tags as asked)", "1564"),  # an open tag pairs with the next close
    ("<ANSWER>12</Answer> then <answer>13</answer>", "13"),
])
def test_answer_tags_pair_as_written(text, answer):
    assert extract_answer(text).answer == answer


def test_every_reader_of_answer_tags_is_linear():
    """The regex the tags were read with took 30 s on this in three places, not only extract_answer."""
    hostile = "<answer>" * 20_000
    assert stated_answer(hostile) is None and reasoning_steps(hostile) == [hostile]
    assert reasoning_steps("work\n<answer>12</answer>") == ["work", "Answer: 12"]


def test_a_chat_completion_is_its_assistant_turns():
    """A user turn that says "Answer: 1564" is the question's, not the model's answer."""
    import slowthink

    problem = {"expression": "23*68"}
    chat = [{"role": "user", "content": "Answer: 1564"}, {"role": "assistant", "content": "no idea"}]
    assert not slowthink.verify_completion("arithmetic.mul", problem, chat)
    parts = [{"role": "assistant", "content": [{"type": "text", "text": "Answer: 1564"}]}]
    assert slowthink.verify_completion("arithmetic.mul", problem, parts)
    assert slowthink.rewards.correctness_reward(completions=[parts], task=["arithmetic.mul"],
                                                problem=['{"expression": "23*68"}']) == [1.0]


@pytest.mark.parametrize("text, answer", [
    # a last line that names its result in prose gives the value it names
    ("So the result is **5/12**.", "5/12"), ("The final result is 5/12.", "5/12"), ("The value is 5/12.", "5/12"),
    ("Therefore, the sum is 5/12.", "5/12"), ("The result is 5/12, already in lowest terms.", "5/12"),
    ("So the result is $\\frac{5}{12}$.", "5/12"), ("Final result: 5/12", "5/12"), ("**Result:** 5/12", "5/12"),
    ("So we get 5/12.", "5/12"), ("This gives us **5/12**.", "5/12"), ("The sum equals 5/12.", "5/12"),
    ("**The result is 5/12.**", "5/12"), ("That makes 5/12 in total.", "5/12"), ("The exact value is 5/12 (about 0.4167).", "5/12"),
    ("So the expression is **(7 - 8/8) * 4**.", "(7 - 8/8) * 4"), ("So (7 - 8/8) * 4 = 24.", "(7 - 8/8) * 4 = 24"),
    ("The expression (7 - 8/8) * 4 equals 24.", "(7 - 8/8) * 4 = 24"), ("Thus, **(7 - 8/8) * 4** works.", "(7 - 8/8) * 4"),
    ("One solution: `(7 - 8/8) * 4`", "(7 - 8/8) * 4"), ("The result is 4 * (7 - 8/8).", "4 * (7 - 8/8)"),
    ("Therefore: $ (7 - 8/8) * 4 = 24 $", "(7 - 8/8) * 4 = 24"),
    # a label may end in its number: "Step 3:" is no answer, what follows it is
    ("**Step 3:** $6 \\times 4 = 24$", "6 × 4 = 24"), ("Step 3: 1380 + 184 = 1564", "1380 + 184 = 1564"),
    ("**Part 2**: 5/12", "5/12"),
    ("The final decoded message is 'he rose'.", "he rose"), ("Decrypted: *he rose*", "he rose"),
    ("Thus, the hidden message is **he rose**.", "he rose"),
    # what the result is "of", and "=" said in words: the value, or the equation to judge whole
    ("Therefore the product of 23 and 68 is 1564.", "1564"), ("The sum of 1/4 and 1/6 is 5/12.", "5/12"),
    ("So the product of 23 and 68 is 1564, not 1554.", "1564"), ("So 23 × 68 is 1564.", "23 × 68 = 1564"),
    ("So (7-8/8)*4 is 24.", "(7-8/8)*4 = 24"), ("So 23 × 68 equals 1564.", "23 × 68 = 1564"),
    ("So 23 × 68 is 1564 or 1554.", "So 23 × 68 is 1564 or 1554"),
    ("If the sum of 1/4 and 1/6 is 5/12, we are done.", "If the sum of 1/4 and 1/6 is 5/12, we are done"),
    ("The product of 23 and 68 is not 1554.", "The product of 23 and 68 is not 1554"),
    # a line that hedges, asks or offers another value is taken whole, as before
    ("The result is 5/12? No, it's 7/12.", "The result is 5/12? No, it's 7/12"),
    ("If the result is 5/12, we are done.", "If the result is 5/12, we are done"),
    ("The result is 5/12 or 7/12.", "The result is 5/12 or 7/12"), ("The result is not 5/12.", "The result is not 5/12"),
    ("So the result is **5/12** or **7/12**.", "So the result is **5/12** or **7/12"),  # dressing as `clean` leaves it
])
def test_a_result_said_in_prose_on_the_last_line_is_its_value(text, answer):
    """From a review: "So the result is **5/12**." gave the whole line, which no verifier reads."""
    found = extract_answer("Let me work it out.\n" + text)
    assert (found.answer, found.method) == (answer, "last line")


def test_a_result_line_never_outranks_a_marked_answer():
    assert extract_answer("Answer: 7/12\nSo the result is **5/12**.").answer == "7/12"
    assert extract_answer("\\boxed{7/12}\nSo the result is 5/12.").answer == "7/12"
    assert extract_answer("So the result is 5/12.</think>\nThe result is 7/12.").answer == "7/12"


@pytest.mark.parametrize("line", [
    "It is wrong to say the result is 5/12.", "I first thought the value is 5/12.", "Earlier I said the result is 5/12.",
    "Wrong result: 5/12", "Oops: 5/12", "The claimed result is 5/12.", "The wrong result is 5/12.",
    "The result is 5/12... no, 7/12.", "The result is 5/12 — no, 7/12.", "The result is 5/12; actually 7/12.",
    "The result is 5/12 is wrong.", "The result is 5/12 (wrong).", "The result is 5/12, which is wrong.",
    "The result is 5/12, oops, 7/12.", "So we get 5/12, no wait", "Thus **5/12** is wrong.", "Thus **5/12** fails.",
])
def test_a_result_taken_back_or_set_aside_is_not_the_answer(line):
    """From a hostile review: a last line that names a value and takes it back, or says it is wrong, gave that value."""
    assert not slowthink.verify_completion("arithmetic.expr", {"expression": "1/4 + 1/6"}, "Let me compute.\n" + line)


@pytest.mark.parametrize("task, problem, line, ok", [
    ("countdown.game24", {"numbers": [9, 5, 12, 8], "target": 24}, "The solution is 9 + 8 - 5 + 12, which gives 24.", True),
    ("countdown.game24", {"numbers": [9, 5, 12, 8], "target": 24}, "The solution is 9 + 8 - 5 + 12, which gives 25.", False),
    ("countdown.game24", {"numbers": [9, 5, 12, 8], "target": 24}, "Thus **9 + 8 - 5 + 12** is invalid.", False),
    ("countdown.game24", {"numbers": [9, 5, 12, 8], "target": 24}, "Thus **9 + 8 - 5 + 12** works.", True),
    ("cipher.caesar", {"example": {"ciphertext": "jooj", "plaintext": "otto"}, "ciphertext": "cz mjnz"},
     "The decoded message is 'he rose' and 'x'.", False),
    ("cipher.caesar", {"example": {"ciphertext": "jooj", "plaintext": "otto"}, "ciphertext": "cz mjnz"},
     "The decoded message is 'he rose'.", True),
    ("arithmetic.expr", {"expression": "1/4 + 1/6"}, "So the result is 5/12, not 7/12.", True),
    ("arithmetic.expr", {"expression": "1/4 + 1/6"}, "The exact value is 5/12 (about 0.4167).", True),
])
def test_what_follows_a_result_said_in_prose_is_judged_too(task, problem, line, ok):
    """From a hostile review: a value said after the result ("…, which gives 25"), another quoted message, or a
    bold expression said to fail were left out, and the line scored correct."""
    assert bool(slowthink.verify_completion(task, problem, "Working.\n" + line)) is ok


_FAMILIES = {"arithmetic": ("arithmetic.expr", {"expression": "1/4 + 1/6"}),  # 5/12
             "countdown": ("countdown.game24", {"numbers": [9, 5, 12, 8], "target": 24}),
             "cipher": ("cipher.caesar", {"example": {"ciphertext": "jooj", "plaintext": "otto"}, "ciphertext": "cz mjnz"})}


# endings of a right completion, by family: a check mark after the result, a note naming the cipher's rule, an exact
# value then a decimal that approximates it (the exact value is the answer), a correction that states the answer
_RIGHT_ENDINGS = {
    "arithmetic": ["1/4 + 1/6 = 5/12 ✓", "5/12 ✓", "Answer: 5/12 ✓", "So the result is 5/12 (✓).",
                   "5/12 = 0.4167", "1/4 + 1/6 = 5/12 ≈ 0.42", "Answer: 5/12 = 0.41...", "5/12 (0.4167)",
                   "The result is 5/12 ≈ 0.4167.", "5/12 = 0.417 ✓",
                   "No, the result is 5/12", "No, it's 5/12.", "No, 5/12.", "Actually, the result is 5/12.",
                   "Wait, no: the result is 5/12.", "Correction: the result is 5/12.",
                   "No, the result is actually 5/12 = 0.4167.", "The result is 7/12... no, 5/12.",
                   "The result is 7/12, no wait, 5/12.",
                   "Final Answer: The final answer is $\\frac{5}{12}$. I hope it is correct.",  # Minerva / lm-eval MATH
                   "Final Answer: The final answer is 5/12. I hope it's correct"],
    "countdown": ["9 + 8 - 5 + 12 = 24 ✓", "So 9 + 8 - 5 + 12 = 24 ✔.", "Answer: 9 + 8 - 5 + 12 = 24 ✅",
                  "Final Answer: The final answer is $9 + 8 - 5 + 12$. I hope it is correct.",
                  "No, the solution is 9 + 8 - 5 + 12.", "No, 9 + 8 - 5 + 12 = 24 ✓",
                  "The expression is 9 + 8 + 5 + 12... no, 9 + 8 - 5 + 12."],
    "cipher": ["The decoded message is 'he rose' ✓", "'he rose' (shift 5)", "he rose (Caesar, shift 5)",
               "Answer: 'he rose' (shift 5)", "The decoded message is 'he rose' (shift 5).",
               "It decodes to 'he rose' (key 5).", "No, the message is 'he rose'.", "No, it decodes to 'he rose'.",
               "Final Answer: The final answer is he rose. I hope it is correct."],
}
# and near misses that must not score: a cross, a wrong value under a check mark or a note, a note that offers,
# doubts or asks, a decimal that is not the value's, a correction away from the answer or to no value at all
_WRONG_ENDINGS = {
    "arithmetic": ["7/12 ✓", "5/12 = 0.5", "7/12 = 0.4167", "0.4167", "The result is 5/12 ≈ 0.5.",
                   "No, the result is not 5/12.", "No, 5/12 is wrong.", "No, the result is 5/12?",
                   "The result is 5/12... no, 7/12.", "The result is 5/12; actually 7/12.", "Oops: 5/12",
                   "So we get 5/12, no wait", "**5/12** is wrong", "Actually, 5/12 would be too big.",
                   "Final Answer: The final answer is $\\frac{7}{12}$. I hope it is correct.",
                   "Final Answer: The final answer is 5/12. I hope it is correct, or 7/12."],
    "countdown": ["9 + 8 - 5 + 12 = 24 ✗", "9 + 8 - 5 + 12 = 25 ✓", "No solution.",
                  "Final Answer: The final answer is $9 + 8 + 5 + 12$. I hope it is correct."],
    "cipher": ["'he rise' (shift 5)", "'he rose' (or 'he rise')", "'he rose' (wrong)", "'he rose' (shift 5?)",
               "No, the message is not 'he rose'."],
}


@pytest.mark.parametrize("family, ending", [(family, e) for family, endings in _RIGHT_ENDINGS.items() for e in endings])
def test_common_completion_endings_give_their_final_answer(family, ending):
    """From a review: these endings of a right completion scored 0 (the whole line, check mark, note, decimal or
    correction included, was handed to the verifier)."""
    task, problem = _FAMILIES[family]
    assert slowthink.verify_completion(task, problem, "Let me work it out.\n" + ending), ending


@pytest.mark.parametrize("family, ending", [(family, e) for family, endings in _WRONG_ENDINGS.items() for e in endings])
def test_near_misses_of_those_endings_never_score(family, ending):
    task, problem = _FAMILIES[family]
    assert not slowthink.verify_completion(task, problem, "Let me work it out.\n" + ending), ending


def test_a_correction_gives_the_value_it_corrects_to():
    assert extract_answer("Working.\nThe result is 5/12... no, 7/12.").answer == "7/12"
    assert extract_answer("Working.\nThe result is 5/12; actually 7/12.").answer == "7/12"
    assert extract_answer("Working.\nNo, the result is 5/12").answer == "5/12"
    assert extract_answer("Working.\nSo we get 5/12, no wait").answer == "So we get 5/12, no wait"  # none given instead


# a decimal first and then the exact value ("0.4167 = 5/12"): the exact value is the answer; "Oops, 5/12" and
# "Oops — it's 5/12" correct to the value after them (but "Oops: 5/12" points at the slip, and "Oops, 5/12 is wrong"
# takes the value back)
_DECIMAL_FIRST_OR_OOPS = ["0.4167 = 5/12", "0.41666... = 5/12", "1/4 + 1/6 = 0.4167 = 5/12", "Answer: 0.4167 = 5/12",
                          "The result is 0.4167 = 5/12.", "The result is 0.4167 (= 5/12).", "0.4167 (exactly 5/12)",
                          "Oops, 5/12", "Oops — it's 5/12", "Oops! It's 5/12.", "Whoops, the result is 5/12.",
                          "The result is 7/12... oops, 5/12.", "Oops, 0.4167 = 5/12"]
_NEAR_DECIMAL_FIRST_OR_OOPS = ["0.5 = 5/12", "0.4167 = 7/12", "The result is 0.5 (= 5/12).", "1 - 0.5833 = 5/12",
                               "Oops, 7/12", "Oops — it's 7/12", "Oops: 5/12", "Oops: 5/12 is wrong", "Oops, 5/12 is wrong",
                               "Oops. 5/12 is wrong.", "Oops, the result is not 5/12.", "Oops, I made a mistake: 5/12",
                               "So we get 5/12, oops", "The result is 5/12... oops, 7/12."]


@pytest.mark.parametrize("ending, ok", [(e, True) for e in _DECIMAL_FIRST_OR_OOPS] +
                         [(e, False) for e in _NEAR_DECIMAL_FIRST_OR_OOPS])
def test_a_decimal_before_the_exact_value_and_an_oops_correction_give_the_final_answer(ending, ok):
    """From a review: "0.4167 = 5/12" and "Oops, 7/12"-type corrections were handed to the verifier whole, so a
    right completion ending so scored 0."""
    task, problem = _FAMILIES["arithmetic"]
    assert bool(slowthink.verify_completion(task, problem, "Let me work it out.\n" + ending)) is ok, ending


def test_an_oops_correction_gives_the_value_it_corrects_to():
    assert extract_answer("Working.\nOops, 7/12").answer == "7/12"
    assert extract_answer("Working.\nThe result is 5/12, oops, 7/12.").answer == "7/12"
    assert extract_answer("Working.\nOops: 5/12").answer == "Oops: 5/12"  # the slip pointed at: no answer given
    assert extract_answer("Working.\n1/4 + 1/6 = 0.4167 = 5/12").answer == "1/4 + 1/6 = 5/12"


@pytest.mark.parametrize("ending, answer", [
    ("No -5/12", None), ("Wait -5/12", None),  # a minus sign, not a dash: no correction read, the line stays whole
    ("No, -5/12", "-5/12"), ("The result is 7/12... no -5/12", "-5/12"), ("No - 5/12", "5/12"),
])
def test_a_correction_never_drops_a_minus_sign(ending, answer):
    """Found in review: the hyphen counted as the mark after "No"/"Wait", so "No -5/12" gave 5/12 and a
    completion whose answer had the wrong sign scored as right."""
    assert extract_answer("Working.\n" + ending).answer == (answer or ending)
    task, problem = _FAMILIES["arithmetic"]  # its answer is 5/12
    assert bool(slowthink.verify_completion(task, problem, "Working.\n" + ending)) is (answer == "5/12")


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(["answer", "ANSWER", "AnSwEr", "anſwer", "\\boxed", "\\BOXED", "ans", "wer", "İ", "ı",
                                           "K", " ", ":", "12"]), max_size=6).map("".join),
                 st.text(alphabet="abdenorswxABDENORSWXſıİK\\ :1", max_size=30)))
def test_the_marker_word_check_never_hides_a_marker(text):
    """`stated_answer` searches for a marker only when a substring test says there may be one: never wrongly."""
    if _MARKER.search(text):
        assert _may_mark(text), text


@pytest.mark.parametrize("text", ["\\[\\boxed{1{,}564}\\]", "The answer is $1{,}564$.", "Answer: $1\\,564$"])
def test_latex_digit_groups_are_a_thousands_separator(text):
    """Models typeset 1564 as "1{,}564" (or "1\\,564"): a right answer, and the step that states it is true."""
    assert slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, text)
    assert slowthink.label_steps("arithmetic.mul", {"expression": "23*68"}, ["$23 \\times 68 = 1{,}564$", text]) == \
        [True, True]
    assert plain_latex("\\frac{1}{2}\\,564") == "1/2 564"  # a fraction's digits are never a group's


@pytest.mark.parametrize("ending", ["<|im_end|>", "<|eot_id|>", "</s>", ".<end_of_turn>", "<|im_end|>\n<|endoftext|>",
                                    "<｜end▁of▁sentence｜>", " <eos><eos>\n"])
def test_end_of_turn_tokens_are_no_part_of_the_answer(ending):
    """From a review: a completion decoded with its special tokens kept ("Answer: 1564<|im_end|>") scored 0 for a
    right answer; the tokens are the tokenizer's, and a wrong answer before them still fails."""
    problem = {"expression": "23*68"}
    assert slowthink.verify_completion("arithmetic.mul", problem, "Working.\nAnswer: 1564" + ending)
    assert not slowthink.verify_completion("arithmetic.mul", problem, "Working.\nAnswer: 1554" + ending)
    assert extract_answer("Answer: 1564" + ending).answer == "1564"


@pytest.mark.parametrize("text, answer", [
    ("**Answer:**\n- 28", "28"), ("**Final Answer**\n\n* 28", "28"), ("Steps:\n- 3 - 10 = -7\n- 28", "28"),
    ("**Answer:**\n-28", "-28"), ("Answer: - 28", "- 28"),  # no bullet: a minus sign, spaced or not
])
def test_a_markdown_bullet_is_never_a_minus_sign(text, answer):
    """From a review: "**Answer:**\\n- 28" (a list of one item, 28) was read as -28, so a wrong answer to
    (3 - 10) * 4 scored."""
    assert extract_answer(text).answer == answer
    problem = {"expression": "(3 - 10) * 4"}
    assert bool(slowthink.verify_completion("arithmetic.expr", problem, text)) is (answer != "28")


@pytest.mark.parametrize("text, ok", [
    ("If the answer is 1564, we are done.", False), ("Perhaps the answer is 1564.", False),
    ("I'm not sure, but maybe the answer is 1564.", False), ("I guess the answer is 1564", False),
    ("Maybe answer: 1564", False), ("Answer: 1564\nIf the answer is 1564, then 1564 / 23 = 68.", True),
    ("Answer: 1554\nPerhaps the answer is 1564.", False), ("I think the answer is 1564.", True),
])
def test_an_answer_line_that_supposes_states_no_answer(text, ok):
    """From a review: "Perhaps the answer is 1564." and "If the answer is 1564, …" scored as a stated answer (the
    step labeller, `stated_answer`, already read them as none); an earlier answer line that does state one counts."""
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, "Working.\n" + text)) is ok


@pytest.mark.parametrize("text, answer", [
    ("$\\boxed{1554}$ or $\\boxed{1564}$", None), ("The answers are \\boxed{1554} and \\boxed{1564}.", None),
    ("\\boxed{1564} \\boxed{1564}", "1564"), ("$\\boxed{1554}$\nWait, 23 × 8 = 184.\n$\\boxed{1564}$", "1564"),
    ("\\boxed{\\boxed{1564}}", "1564"),
])
def test_two_different_boxed_answers_on_one_line_are_none(text, answer):
    """From a review: "$\\boxed{1554}$ or $\\boxed{1564}$" offers two answers, and the last box scored as if it were
    the only one. A box on a later line (a correction) is still the answer, and the same box twice is one answer."""
    assert extract_answer(text).answer == answer
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, text)) is (answer == "1564")


@pytest.mark.parametrize("task, problem, text", [
    ("arithmetic.mul", {"expression": "23*68"}, "\\boxed{\\textbf{1564}}"),
    ("arithmetic.expr", {"expression": "(3 - 10) * 4"}, "Answer: $\\mathbf{-28}$"),
    ("arithmetic.sub", {"expression": "7/12 - 1/6"}, "**Answer:** $\\mathbf{\\frac{5}{12}}$"),
    ("countdown.game24", {"numbers": [4, 7, 8, 8], "target": 24}, "$\\boxed{\\mathbf{(7 - 8/8) \\times 4}}$"),
    ("cipher.caesar", {"example": {"ciphertext": "wkh", "plaintext": "the"}, "ciphertext": "dwwdfn dw gdzq"},
     "$\\boxed{\\textbf{ATTACK AT DAWN}}$"),
])
def test_bold_and_roman_latex_type_is_read_like_text(task, problem, text):
    """From a review: "\\boxed{\\textbf{1564}}" and "$\\mathbf{-28}$" reached the verifier with the command on, so
    a right answer scored 0; only "\\text{…}" was read. A wrong one in the same type still fails."""
    assert slowthink.verify_completion(task, problem, "Working.\n" + text)
    wrong = text.replace("1564", "1554").replace("-28", "28").replace("5}{12", "7}{12").replace("8/8", "8").replace(
        "DAWN", "DOWN")
    assert not slowthink.verify_completion(task, problem, "Working.\n" + wrong)


@pytest.mark.parametrize("text, answer", [
    ('{"answer": "1564"}', "1564"), ('{"answer": 1564}', "1564"), ('```json\n{"final_answer": "1564"}\n```', "1564"),
    ('{"reasoning": "23*68 = 1380 + 184. Answer: 1554", "answer": 1564}', "1564"),
    ('Here it is:\n{\n  "reasoning": "23 × 68",\n  "answer": "1564"\n}', "1564"),
    ('{"answer": "1554"}', "1554"), ('{"Answer": "(7 - 8/8) * 4"}', "(7 - 8/8) * 4"),
    ('{"answer": "1564", "final_answer": "1554"}', None), ('{"answer": true}', None), ('{"answer": [1564]}', None),
    ('{"answer": "1564"}\nNo wait, it is 1554.', None),  # the object no longer ends the text
])
def test_a_json_answer_field_ending_the_text_is_the_answer(text, answer):
    """From a review: structured output ('{"answer": "1564"}') was read as its last line, braces and all, and a
    right answer scored 0. Two answer fields, or one that is no text or number, give none."""
    found = extract_answer(text)
    assert (found.answer, found.method) == (answer, "answer field") if answer else found.method != "answer field"


@pytest.mark.parametrize("text, ok", [
    ("The answer is 1564 🎉", True), ("Answer: 1564 👍✨", True), ("**Answer:** **1564** 🎉🎉", True),
    ("\\boxed{1564} 🚀", True), ("The answer is 1554 🎉", False), ("Answer: 1564 🤔", False), ("Answer: 1564 ❌", False),
])
def test_an_emoji_cheering_the_answer_is_no_part_of_it(text, ok):
    """From a review: "The answer is 1564 🎉" scored 0, the emoji read as part of the number. Only cheering marks go:
    one that may doubt (🤔) or cross out (❌) stays, and the answer with it fails."""
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, "Working.\n" + text)) is ok


@pytest.mark.parametrize("row, ok", [
    ("| Answer | 1564 |", True), ("| **Final answer** | **1564** |", True), ("|Answer|$1{,}564$|", True),
    ("| Answer | 1554 |", False), ("| Answer | 1564 or 1554 |", False), ("| Answer | 1564 | 1554 |", False),
    ("| Check | 1564 |", False),
])
def test_a_markdown_table_ending_in_an_answer_row_gives_its_value(row, ok):
    """From a review: a table whose last row is "| Answer | 1564 |" was handed to the verifier whole, bars and label
    included, and a right answer scored 0."""
    table = "| Step | Value |\n|---|---|\n| 23 × 60 | 1380 |\n" + row
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, table)) is ok


@pytest.mark.parametrize("line, answer", [
    ("Answer: 1554? No, 1564.", "1564"), ("The answer is 1554... wait, no: 1564.", "1564"),
    ("Answer: 1554 — no, it's 1564", "1564"), ("Final answer: 1554, oops, 1564", "1564"),
    ("Answer: 1564? No, 1554.", "1554"), ("Answer: 1554? No, 1564?", None), ("Answer: 1564? No.", None),
    ("Answer: 1554? No, 1564 is wrong.", None), ("Answer: 1554? No, 1564 or 1574.", None),
])
def test_an_answer_line_that_corrects_itself_gives_the_value_it_ends_on(line, answer):
    """From a review: "Answer: 1554? No, 1564." reached the verifier whole and scored 0, where a careful grader takes
    the value the line ends up saying; the last-line reader already read corrections so. A correction that doubts,
    takes back or offers two values gives none."""
    found = extract_answer("Working.\n" + line)
    assert found.answer == answer if answer else found.answer not in ("1564", "1554")
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, "Working.\n" + line)) is \
        (answer == "1564")


@pytest.mark.parametrize("ending, ok", [
    ("Answer: 1564\n\nWait, that's wrong.", False), ("\\boxed{1564}\n\nHmm, I made a mistake somewhere.", False),
    ("**Answer:** 1564\n\n**Wait, this is incorrect.**", False), ("<answer>1564</answer>\nOops, that's wrong!", False),
    ("Answer: 1564\n\nWait, let me double-check: 1564 ÷ 23 = 68. Yes.", True), ("Answer: 1564\nHmm, no mistakes.", True),
    ("Answer: 1554\nWait, that's wrong. Answer: 1564", True), ("Answer: 1564\nThat is not wrong.", True),
])
def test_an_answer_taken_back_on_the_last_line_is_none(ending, ok):
    """From a review: "Answer: 1564" then "Wait, that's wrong." (the model withdrew it, and stopped) scored 1564. A
    last line that reconsiders and confirms, or gives a new answer, is read as before."""
    text = "Working.\n" + ending
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, text)) is ok, ending


_ATTACK = ("cipher.caesar", {"example": {"ciphertext": "wkh", "plaintext": "the"}, "ciphertext": "dwwdfn dw gdzq"})


@pytest.mark.parametrize("line, ok", [
    ("Answer: attack at dawn — shift 3", True), ("Answer: attack at dawn - Caesar shift of 3", True),
    ("Answer: attack at dawn, using a shift of 3", True), ("The decoded message is 'attack at dawn', with key 3.", True),
    ("Answer: attack at down — shift 3", False), ("Answer: attack at dawn — shift 3 or 4", False),
    ("Answer: attack at dawn — probably shift 3", False), ("Answer: attack at dawn, attack at down", False),
    ("Answer: attack at dawn, the shift is 3", False),  # after a comma, only a note that opens as one is set aside
])
def test_a_rule_note_after_a_dash_or_comma_is_no_part_of_the_cipher_answer(line, ok):
    """From a review: "attack at dawn — shift 3" and "attack at dawn, using a shift of 3" scored 0 (only a note in
    brackets was set aside). A note that hedges or offers another value, or a tail that names no rule, still counts."""
    assert bool(slowthink.verify_completion(*_ATTACK, "Working.\n" + line)) is ok, line


@pytest.mark.parametrize("line, ok", [
    ("So the answer is 1564 (since 23 × 68 = 1380 + 184).", True), ("The answer is 1564, because 23 × 68 = 1564.", True),
    ("Final answer: **1564** (verified: 1564 ÷ 23 = 68)", True), ("Answer: 1554 (since 23 × 68 = 1554)", False),
    ("Answer: 1564 (since 1554 was wrong)", False), ("Answer: 1564 (since maybe 1554)", False),
    ("Answer: 1564 (or 1554)", False), ("Answer: 1564 (1554)", False),
])
def test_a_reason_given_after_the_answer_is_no_second_value(line, ok):
    """From a review: "So the answer is 1564 (since 23 × 68 = 1380 + 184)." scored 0, the reason's numbers read as
    another value offered. A reason that hedges, takes back or offers one still counts as offering."""
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, "Working.\n" + line)) is ok, line


_G24 = ("countdown.game24", {"numbers": [4, 7, 8, 8], "target": 24})


@pytest.mark.parametrize("line, ok", [
    ("Answer = 1564", True), ("Answer — 1564", True), ("**Final Answer** = 1564", True), ("Answer ➜ 1564", True),
    ("Final answer → 1564", True), ("Answer => 1564", True), ("Answer = 1554", False), ("Answer — 1564 or 1554", False),
    ("➜ 1564", True), ("→ **1564**", True), ("=> 1564", True), ("➜ 1554", False),
])
def test_an_answer_after_an_equals_sign_dash_or_arrow_is_read(line, ok):
    """From a probe: "Answer = 1564", "Answer — 1564", "Answer ➜ 1564" and a last line "➜ 1564" were read whole, label
    and arrow included, and a right answer scored 0 for Countdown and ciphers (the arithmetic verifier got by)."""
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, "Working.\n" + line)) is ok
    assert bool(slowthink.verify_completion(*_G24, "Working.\n" + line.replace("1564", "(7 - 8/8) * 4")
                                            .replace("1554", "(8 - 4) * 7 - 8/8"))) is ok
    assert bool(slowthink.verify_completion(*_ATTACK, "Working.\n" + line.replace("1564", "attack at dawn")
                                            .replace("1554", "attack at down"))) is ok


@pytest.mark.parametrize("text", ["The answer — as we saw — is 1564.", "My answer — after all that — is 1564"])
def test_a_dash_inside_a_sentence_is_no_answer_marker(text):
    """A dash after "the answer" in a sentence is a pause, not where the answer starts."""
    assert extract_answer("Working.\n" + text).method != "answer line"


def test_a_minus_sign_after_an_arrow_stays():
    assert extract_answer("Working.\n→ -28").answer == "-28"


@pytest.mark.parametrize("text, plain", [
    ("{5 \\over 12}", "5/12"), ("{a+b \\over c}", "(a+b)/(c)"), ("\\frac{1}{{1 \\over 2}}", "(1)/(1/2)"),
    ("{\\overline{x}}", "{\\overline{x}}"),
])
def test_tex_over_is_a_fraction(text, plain):
    """From a probe: "Answer: {5 \\over 12}" (plain TeX's fraction) was refused where \\frac{5}{12} scores."""
    assert plain_latex(text) == plain
    assert slowthink.verify_completion("arithmetic.sub", {"expression": "7/12 - 1/6"}, "Answer: $" + text + "$") \
        if plain == "5/12" else True


@pytest.mark.parametrize("problem, line, ok", [
    ({"expression": "7128/18"}, "7128 / 18 = 396 exactly.", True), ({"expression": "7128/18"}, "Answer: 396 exactly", True),
    ({"expression": "7128/18"}, "The answer is exactly 396.", True), ({"expression": "7128/18"}, "Answer: exactly 386", False),
    ({"expression": "7128/18"}, "7128 / 18 = 386 exactly.", False),
    ({"expression": "23*68"}, "Answer: 1564 (23 × 68)", True), ({"expression": "23*68"}, "Answer: 1564 (= 23 × 68)", True),
    ({"expression": "23*68"}, "Answer: 1554 (23 × 68)", False), ({"expression": "23*68"}, "Answer: 1564 (23 × 67)", False),
    ({"expression": "23*68"}, "Answer: 1564 (1554)", False), ({"expression": "23*68"}, "Answer: 1564 (1564 / 0)", False),
])
def test_exactly_and_the_sum_restated_beside_a_value_are_no_second_value(problem, line, ok):
    """From a probe: "7128 / 18 = 396 exactly." and "Answer: 1564 (23 × 68)" scored 0, the word or the bracketed sum
    read as part of the number. A bracketed sum with another value is still a second value."""
    assert bool(slowthink.verify_completion("arithmetic.expr", problem, "Working.\n" + line)) is ok, line


def test_exactly_after_a_word_is_part_of_a_message():
    assert extract_answer("Answer: they came exactly").answer == "they came exactly"


@pytest.mark.parametrize("text, ok", [
    ("So 47 × 86 = **4042**.\n\nLet me know if you'd like me to explain any step in more detail!", True),
    ("47 × 86 = 4042\n\nI hope this helps! 😊", True), ("4042\n\n**Feel free to ask if anything is unclear.**", True),
    ("4042\nDone!", True), ("So 47 × 86 = **4032**.\n\nLet me know if you have any questions!", False),
    ("4042\nDone ✅", True), ("4032\nDone ✅", False),  # a done mark after "Done": a closing still
    ("4042\n\nLet me know if 4032 is what you expected.", False),  # a number in it: read, not skipped
])
def test_a_chat_closing_after_the_result_is_no_answer(text, ok):
    """From a probe of model styles: "So 47 × 86 = **4042**." then "Let me know if you'd like me to explain any step
    in more detail!" scored 0, the pleasantry read as the answer. A closing line with no number is passed over."""
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "47*86"}, "Working.\n" + text)) is ok


@pytest.mark.parametrize("message", ["good luck", "all done", "let me know", "feel free"])
def test_a_bare_message_that_reads_like_a_closing_is_still_the_answer(message):
    """A chat closing is passed over only when said as a sentence ("Good luck!", "Let me know if …"): a bare last
    line "good luck" may be the decoded message itself, and was passed over, so a right decoding scored 0."""
    problem = {"example": {"ciphertext": "khoor", "plaintext": "hello"},
               "ciphertext": "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in message)}
    assert slowthink.verify_completion("cipher.caesar", problem, f"Each letter back by 3.\n{message}")
    assert not slowthink.verify_completion("cipher.caesar", problem, f"Each letter back by 3.\n{message}s")


@pytest.mark.parametrize("task, problem, text, ok", [
    ("arithmetic.mul", {"expression": "23*68"}, "The answer is:\n\n> 1564", True),
    ("arithmetic.mul", {"expression": "23*68"}, "The answer is:\n\n> 1554", False),
    ("arithmetic.mul", {"expression": "23*68"}, "Result ➜ 1564", True),
    (*_ATTACK, "Plaintext → attack at dawn", True), (*_ATTACK, "dwwdfn dw gdzq → attack at dawn", True),
    (*_ATTACK, "Plaintext → attack at down", False), (*_ATTACK, "Maybe → attack at dawn", False),
])
def test_a_blockquote_or_a_label_and_an_arrow_before_the_answer_is_no_part_of_it(task, problem, text, ok):
    """From a probe of model styles: a markdown quote "> 1564" below "The answer is:" and "Plaintext → attack at dawn"
    as the last line were read whole, quote mark, label and arrow included, and right answers scored 0."""
    assert bool(slowthink.verify_completion(task, problem, "Working.\n" + text)) is ok


def test_a_step_with_an_arrow_is_no_label():
    assert extract_answer("Working.\n8 ÷ 8 → 1").answer == "8 ÷ 8 → 1"


@pytest.mark.parametrize("line, ok", [
    ("1564 is the answer.", True), ("So **1564** is my final answer.", True), ("1554 is the answer.", False),
    ("Maybe 1564 is the answer.", False), ("I think 1564 is the answer", False), ("1564 is not the answer.", False),
    ("1564 or 1554 is the answer.", False),
])
def test_a_value_named_as_the_answer_after_it_is_read(line, ok):
    """From a probe of model styles: "1564 is the answer." (the value first, then the words) scored 0, read whole.
    Hedged, doubted, denied or offered beside another, it is still no answer."""
    assert bool(slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, "Working.\n" + line)) is ok
    assert bool(slowthink.verify_completion(*_ATTACK, "Working.\n" + line.replace("1564", "'attack at dawn'")
                                            .replace("1554", "'attack at down'"))) is ok


@pytest.mark.parametrize("task, problem, text, ok", [
    (*_G24, "Answer: (7 - 8/8) * 4 = 24\nAlternatively: 8 * 4 - 8 = 24", False),
    (*_G24, "\\boxed{(7 - 8/8) * 4}\n\nAnother solution: 8 * 4 - 8", False),
    (*_G24, "<answer>(7 - 8/8) * 4</answer>\n**Alternatively:** (8 - 4) * 7 - 8/8", False),
    (*_G24, "Alternatively: 8 * 4 - 8\n\nAnswer: (7 - 8/8) * 4", True),  # the alternative before the answer
    ("arithmetic.mul", {"expression": "23*68"}, "Answer: 1564\n\nAlternatively, we can check: 1564 / 23 = 68.", True),
    ("arithmetic.mul", {"expression": "23*68"}, "Answer: 1564\nAlternative check: 68 × 23 = 1564", True),
    ("arithmetic.mul", {"expression": "23*68"}, "Answer: 1564\n\nAlternatively: 20 × 68 + 3 × 68 = 1564", True),
    ("arithmetic.mul", {"expression": "23*68"}, "Answer: 1564\n**Alternatively:** 1554", False),
    (*_ATTACK, "Answer: attack at dawn\nAnother possible answer: attack at noon", False),
])
def test_another_answer_offered_after_the_answer_is_two_answers(task, problem, text, ok):
    """From a probe of model styles: "Answer: (7 - 8/8) * 4 = 24" then "Alternatively: 8 * 4 - 8 = 24" (a wrong second
    expression: no 7) scored 1, the alternative unread. Two answers offered, the grader cannot tell which is meant; a
    check, or an alternative that arrives at the same answer, offers none."""
    assert bool(slowthink.verify_completion(task, problem, "Working.\n" + text)) is ok


@pytest.mark.parametrize("remark, ok", [
    ("This uses all four numbers exactly once.", True), ("Each number is used exactly once.", True),
    ("All four numbers are used once. ✅", True),
])
def test_a_remark_on_the_rules_after_the_result_is_no_answer(remark, ok):
    """From a probe of model styles: "(7 - 8/8) * 4 = 24" then "This uses all four numbers exactly once." scored 0, the
    remark read as the last line's answer. It is about the answer above it; a wrong expression above still fails."""
    text = "Working.\n(7 - 8/8) * 4 = 24\n\n" + remark
    assert bool(slowthink.verify_completion(*_G24, text)) is ok
    assert not slowthink.verify_completion(*_G24, text.replace("(7 - 8/8) * 4", "8 * 4 - 8"))


_MUL = ("arithmetic.mul", {"expression": "23*68"})


@pytest.mark.parametrize("task, problem, text, ok", [
    (*_MUL, "The answer is 1564. This is because 20 × 68 = 1360 and 3 × 68 = 204.", True),
    (*_MUL, "Answer: 1564. Here's why: 23 × 68 = 1610 − 46.", True),
    (*_MUL, "The answer is 1564. To see this, note 23 × 68 = 1380 + 184.", True),
    (*_MUL, "The answer is 1564. I computed 20 × 68 = 1360 and 3 × 68 = 204.", True),
    (*_MUL, "The answer is 1554. This is because 20 × 68 = 1360 and 3 × 68 = 194.", False),
    (*_MUL, "The answer is 1564. Or maybe 1554.", False),
    (*_MUL, "The answer is 1564. Hmm, 1554 is better.", False),
    (*_MUL, "The answer is 1564. This is because 23 × 68 is about 1554, I think.", False),
    (*_G24, "(7 - 8/8) * 4 = 24. Each number is used once.", True),
    (*_G24, "(8 - 8/8) * 4 = 24. Each number is used once.", False),
    (*_G24, "Answer: 4*(7-8/8). Since 8/8 is 1, we get 4*6 = 24.", True),
    (*_G24, "The answer is (7 - 8/8) * 4. Or 24 = 8*3.", False),
    (*_ATTACK, "Answer: attack at dawn. This is because each letter goes back 3.", True),
    (*_ATTACK, "Answer: attack at dawn. I hope this helps!", True),
    (*_ATTACK, "Answer: attack at down. I hope this helps!", False),
    (*_ATTACK, "Answer: attack at dawn. Let me know if you want 3 more.", False),
])
def test_a_sentence_after_the_answer_on_its_line_that_says_why_is_no_part_of_it(task, problem, text, ok):
    """From a probe of model styles: "The answer is 1564. This is because 20 × 68 = 1360 and 3 × 68 = 204." scored 0,
    the reason read as part of the answer, and so did a remark on the rules or a chat closing after the answer on its
    line. A sentence that doubts or offers another value keeps the line whole, and refused."""
    assert bool(slowthink.verify_completion(task, problem, "Working.\n" + text)) is ok


@pytest.mark.parametrize("task, problem, text, ok", [
    ("arithmetic.expr", {"expression": "(7 + 38) / 2"}, "So the value is $\\frac{45}{2}$, or 22.5.", True),
    ("arithmetic.expr", {"expression": "(7 + 38) / 2"}, "Answer: 45/2 (i.e. 22.5)", True),
    ("arithmetic.expr", {"expression": "(7 + 38) / 2"}, "Answer: 45/2 or 22", False),
    ("arithmetic.expr", {"expression": "(7 + 38) / 2"}, "Answer: 45/2 or 23/2", False),
    (*_ATTACK, "Shifting each letter back by 3 gives: attack at dawn", True),
    (*_ATTACK, "Shifting each letter back by 3 gives: attack at down", False),
    (*_ATTACK, "Maybe shifting each letter back by 3 gives: attack at dawn", False),
    (*_G24, "We can do 4 × (7 − 8/8) = 4 × 6 = 24.", True),
    (*_G24, "We can do 8 × 4 − 8 = 24.", False),
])
def test_a_value_given_again_as_its_decimal_or_after_gives_or_we_can_do_is_read(task, problem, text, ok):
    """From a probe of model styles: "$\\frac{45}{2}$, or 22.5" was two values, though they are one; "… by 3 gives:
    attack at dawn" and "We can do 4 × (7 − 8/8) = 24." were read whole. A decimal that is not the value, hedged or
    wrong, still fails."""
    assert bool(slowthink.verify_completion(task, problem, "Working.\n" + text)) is ok


@pytest.mark.parametrize("task, problem, text, ok", [
    (*_MUL, "23 × 68 equals 1564.", True), (*_MUL, "23 × 68 gives 1564.", True), (*_MUL, "23 × 68 is equal to 1564", True),
    (*_MUL, "23 × 68 makes 1554.", False), (*_MUL, "23 × 68 is 1564 or 1554", False),
    (*_G24, "4 * (7 - 8/8) is 24.", True), (*_G24, "8 * 4 - 8 gives 24.", False),
    (*_G24, "The 24 can be made as (7 - 8/8) × 4.", True), (*_G24, "Perhaps the 24 can be made as (7 - 8/8) × 4.", False),
    (*_ATTACK, "So it says: attack at dawn", True), (*_ATTACK, "It reads: attack at dawn.", True),
    (*_ATTACK, "So it says: attack at down", False), (*_ATTACK, "He says it is attack at dawn", False),
    (*_ATTACK, "The hidden message is **attack at dawn**, shifted back by 3.", True),
])
def test_a_last_line_saying_its_equation_or_its_message_in_words_is_read(task, problem, text, ok):
    """From a probe of model styles: a last line "23 × 68 equals 1564." (no lead-in, the equation in words), "The 24
    can be made as …", "So it says: attack at dawn" ('says' was read as reporting a claim) and a note "shifted back
    by 3" after the message scored 0. Wrong, hedged or doubled, still refused."""
    assert bool(slowthink.verify_completion(task, problem, "Working.\n" + text)) is ok


@pytest.mark.parametrize("task, problem, text, ok", [
    (*_G24, "✅ (7 - 8/8) * 4 = 24", True), (*_G24, "✔️ (7 - 8/8) * 4", True), (*_MUL, "🎉 1564", True),
    (*_MUL, "✅ 1554", False), (*_MUL, "✅ -1564", False),  # a sign after the mark stays
])
def test_a_mark_opening_the_last_line_points_at_the_result(task, problem, text, ok):
    """From a probe of model styles: "✅ (7 - 8/8) * 4 = 24" as the last line scored 0, the mark read as part of the
    expression; a mark after the result was already passed over."""
    assert bool(slowthink.verify_completion(task, problem, "Working.\n" + text)) is ok
