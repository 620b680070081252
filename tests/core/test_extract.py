import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slowthink.core.extract import extract_answer, reasoning_steps


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
