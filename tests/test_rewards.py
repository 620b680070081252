"""slowthink.rewards called exactly the way TRL's GRPOTrainer calls reward functions."""

import json

import pytest

import slowthink
from slowthink.core.params import ConfigError
from slowthink.rewards import correctness_reward, format_reward

PROBLEM = json.dumps({"expression": "23*68"})


def test_standard_completions():
    completions = ["23 × 68 = 1564\nAnswer: 1564", "Answer: 1563", "<think>x</think>\n\\boxed{1564}", "no idea"]
    rewards = correctness_reward(prompts=["q"] * 4, completions=completions, completion_ids=[[1]] * 4,
                                 task=["arithmetic.mul"] * 4, problem=[PROBLEM] * 4, answer=["1564"] * 4,
                                 trainer_state=None, log_extra=None, log_metric=None)
    assert rewards == [1.0, 0.0, 1.0, 0.0]
    assert all(isinstance(r, float) for r in rewards)


def test_conversational_completions():
    completions = [[{"role": "assistant", "content": "Answer: 1564"}], [{"role": "assistant", "content": "Answer: 12"}]]
    prompts = [[{"role": "user", "content": "Calculate 23 × 68."}]] * 2
    assert correctness_reward(prompts=prompts, completions=completions, task=["arithmetic.mul"] * 2,
                              problem=[{"expression": "23*68"}] * 2) == [1.0, 0.0]


def test_rows_of_other_data_mixed_in_are_not_applicable():
    """A dataset mixed with the rl export has null task and problem in its own rows: None, as TRL reads it."""
    assert correctness_reward(prompts=["q", "q"], completions=["Answer: 1", "Answer: 4"],
                              task=[None, "arithmetic.add"], problem=[None, {"expression": "2+2"}]) == [None, 1.0]


@pytest.mark.parametrize("completion", [None, 5, [], ["Answer: 3"], [{"role": "assistant"}], "<think>never closed",
                                        [{"role": "user", "content": "Answer: 3"}], "Answer: 3" * 10_000])
def test_a_malformed_completion_scores_zero(completion):
    assert correctness_reward(completions=[completion, "Answer: 3"], task=["arithmetic.add"] * 2,
                              problem=['{"expression": "1+2"}'] * 2) == [0.0, 1.0]


@pytest.mark.parametrize("columns, message", [
    ({"answer": ["3"]}, "no 'task' column reached it (dataset columns: answer)"),  # the messages export, say
    ({"answer": ["3"], "environments": None}, "(dataset columns: answer)"),  # TRL 1.16 passes environments too
    ({"task": ["arithmetic.add"]}, "no 'problem' column reached it"),  # remove_unused_columns, a rename
    ({"task": ["arithmetic.addition"], "problem": ['{"expression": "1+2"}']},
     "row 0 of the batch: 'task' column = 'arithmetic.addition' is not a slowthink task"),
    ({"task": [7], "problem": ['{"expression": "1+2"}']}, "'task' column = 7 is not a slowthink task"),
    ({"task": ["arithmetic.add"], "problem": ["{bad json"]},
     "'problem' column = '{bad json' is not a valid arithmetic.add problem"),
    ({"task": ["arithmetic.add"], "problem": ['{"numbers": [1, 2], "target": 3}']}, "'problem' column"),
    ({"task": ["arithmetic.add"], "problem": [None]}, "has a task but its 'problem' column is null"),
    ({"task": [None], "problem": ['{"expression": "1+2"}']}, "has a problem but its 'task' column is null"),
    ({"task": ["arithmetic.add"] * 2, "problem": ['{"expression": "1+2"}'] * 2}, "2 values for 1 completions"),
    # a column that is one bare number is no column at all: it raised "'int' object is not iterable"
    ({"task": 7, "problem": ['{"expression": "1+2"}']}, "the 'task' column is int 7, not a list"),
    ({"task": ["arithmetic.add"], "problem": 3.5}, "the 'problem' column is float 3.5, not a list"),
])
def test_a_misconfigured_column_is_a_one_line_error_not_a_zero_reward(columns, message):
    """Scored 0.0, a missing or wrong column trained on no signal without a word: it is a setup bug."""
    with pytest.raises(ConfigError) as caught:
        correctness_reward(prompts=["q"], completions=["Answer: 3"], completion_ids=[[1]], trainer_state=None,
                           **columns)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert "rl export" in str(caught.value) or "one value per completion" in str(caught.value)


def test_format_reward():
    texts = ["<think>\nwork\n</think>\n\nAnswer: 3", "Answer: 3", "\\boxed{3}", "<answer>3</answer>",
             "3", "<think>unclosed", "<think>a</think><think>b</think>Answer: 3"]
    assert format_reward(completions=texts) == [1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0]
    # a thinking model's chat template opens the block in the prompt: the completion only closes it
    assert format_reward(completions=["work\n</think>\n\nAnswer: 3", "</think>x</think>Answer: 3",
                                      "</think><think>Answer: 3", "a</think>b<think>c</think>Answer: 3"]) == [1.0, 0.0, 0.0, 0.0]
    assert format_reward(completions=[[{"role": "assistant", "content": "Answer: 3"}]]) == [1.0]


def test_rewards_work_on_the_rl_export(smoke_corpus):
    rows = [json.loads(l) for l in (smoke_corpus / "exports" / "rl" / "train.jsonl").read_text().splitlines()[:20]]
    completions = [f"Let me think.\nAnswer: {r['answer']}" for r in rows]
    columns = {k: [r[k] for r in rows] for k in ("task", "problem", "answer", "id")}
    assert correctness_reward(prompts=[r["prompt"] for r in rows], completions=completions, **columns) == [1.0] * len(rows)


def test_verify_completion_reports_the_extraction():
    verdict = slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, "work\n\\boxed{23 \\times 68 = 1564}")
    assert verdict and verdict.extraction == "boxed" and verdict.answer == "1564"
    failed = slowthink.verify_completion("arithmetic.mul", {"expression": "23*68"}, "<think>never done")
    assert not failed and "never closed" in failed.reason and failed.extraction is None


@pytest.mark.parametrize("task, problem, completion", [
    ("countdown.countdown", {"numbers": [12, 2], "target": 14}, "Answer: 1**2 + 2"),  # 1 to the 2nd, not 12
    ("countdown.countdown", {"numbers": [23, 1], "target": 24}, "Answer: $2$$3$ + 1"),
    ("countdown.countdown", {"numbers": [2, 3], "target": 6}, "Answer: (2)**(3)"),  # not (2)(3)
    ("countdown.countdown", {"numbers": [2, 3], "target": 6}, "Answer: (2) ** (3)"),  # nor (2) (3), a product
    ("countdown.countdown", {"numbers": [2, 3], "target": 6}, "Answer: 2 $ (3)"),
    ("arithmetic.add", {"expression": "1200 + 34"}, "Answer: 12**34"),
    ("arithmetic.add", {"expression": "1200 + 34"}, "Answer: 12\\text{}34"),
    ("arithmetic.add", {"expression": "20 + 1/2"}, "Answer: 2\\frac{1}{2}"),  # 2 1/2, not 21/2
])
def test_dressing_never_makes_a_wrong_answer_pay(task, problem, completion):
    assert not slowthink.verify_completion(task, problem, completion)
    assert not slowthink.verify(task, problem, completion.removeprefix("Answer: "))


@pytest.mark.parametrize("task, problem, answer", [
    ("countdown.game24", {"numbers": [4, 7, 8, 8], "target": 24}, "$4 \\times (7 - 8 \\div 8)$"),
    ("countdown.game24", {"numbers": [4, 7, 8, 8], "target": 24}, "24 = 4(7 - 8/8)"),
    ("arithmetic.add", {"expression": "2 + 1/2"}, "$2\\frac{1}{2}$"),
    ("arithmetic.add", {"expression": "1200 + 34"}, "**1234**"),
    ("cipher.caesar", {"example": {"ciphertext": "ifmmp", "plaintext": "hello"}, "ciphertext": "xpsme"}, "$world$"),
])
def test_right_answers_in_dressing_are_right_by_either_door(task, problem, answer):
    assert slowthink.verify(task, problem, answer)
    assert slowthink.verify_completion(task, problem, f"Work.\nAnswer: {answer}")
