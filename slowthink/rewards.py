"""Reward functions for reinforcement learning, in the shape TRL's GRPOTrainer calls.

GRPOTrainer calls each reward function with keyword arguments only: `prompts`,
`completions`, `completion_ids`, and every other dataset column as a list with one
value per completion (TRL's documented reward-function contract). Completions are strings (standard
data) or lists of message dicts (conversational). A function returns one float per
completion, or None where it does not apply (a row from another dataset).

The `rl` export of a slowthink corpus carries the columns these need (`task`,
`problem`); see the README for the few lines that plug them into GRPOTrainer.

A wrong or malformed *completion* scores 0.0: that is what the model is being taught.
A missing column, an unknown task name or a problem that cannot be read is a setup
bug (the wrong export, a renamed column, `remove_unused_columns=True`): scoring it
0.0 would train on no signal without a word, so it raises a one-line ConfigError
naming the column and the fix. A row whose task and problem are both null is another
dataset's row, mixed in: None, "not applicable", as TRL reads it.
"""

from __future__ import annotations

import re
from typing import Any

from slowthink.api import judge_completion, read_problem
from slowthink.core.expr import ExprError
from slowthink.core.extract import EXPLICIT, completion_text, extract_answer
from slowthink.core.params import ConfigError
from slowthink.core.verdict import ProblemError
from slowthink.registry import TASKS, Task


_TRL_KEYWORDS = {"prompts", "completions", "completion_ids", "trainer_state", "log_extra", "log_metric", "environments"}
_FIX = "train on slowthink's rl export (exports/rl), whose task and problem columns GRPOTrainer passes on"


def _column(kwargs: dict, name: str, n: int) -> list:
    """The dataset column `name`, one value per completion; a ConfigError if it did not reach us."""
    if name not in kwargs:
        columns = ", ".join(sorted(set(kwargs) - _TRL_KEYWORDS)) or "none"
        raise ConfigError(f"correctness_reward: no {name!r} column reached it (dataset columns: {columns}); "
                          f"{_FIX}, and keep GRPOConfig(remove_unused_columns=False)")
    values = kwargs[name]
    if values is None or isinstance(values, (str, dict)):  # one value for the whole batch
        return [values] * n
    try:
        values = list(values)
    except TypeError:  # a bare 7 or 2.5: neither one value per completion nor one for the batch
        raise ConfigError(f"correctness_reward: the {name!r} column is {type(values).__name__} {str(values)[:40]}, "
                          f"not a list; pass one value per completion, as GRPOTrainer does") from None
    if len(values) != n:
        raise ConfigError(f"correctness_reward: the {name!r} column has {len(values)} values for {n} completions; "
                          f"pass one value per completion, as GRPOTrainer does")
    return values


def _read_row(row: int, task: object, problem: object) -> tuple[Task, dict] | None:
    """The task and problem of a row, None for another dataset's row (both null); a ConfigError
    naming the column when they cannot be read."""
    if task is None and problem is None:
        return None
    if task is None or problem is None:
        empty, given = ("task", "problem") if task is None else ("problem", "task")
        raise ConfigError(f"correctness_reward: row {row} of the batch has a {given} but its {empty!r} column is "
                          f"null; give both (as the rl export does), or neither for rows from other data")
    if not isinstance(task, str) or task not in TASKS:
        raise ConfigError(f"correctness_reward: row {row} of the batch: 'task' column = {task!r} is not a slowthink "
                          f"task; use a name from slowthink.tasks(), as the rl export's task column does, or null "
                          f"for rows from other data")
    try:
        return read_problem(task, problem)
    except (ProblemError, ExprError) as exc:
        raise ConfigError(f"correctness_reward: row {row} of the batch: 'problem' column = {str(problem)[:60]!r} is "
                          f"not a valid {task} problem ({exc}); pass the rl export's problem column as it is "
                          f"(JSON text or a dict)") from None


def correctness_reward(prompts: list | None = None, completions: list | None = None,
                       completion_ids: list | None = None, **kwargs: Any) -> list[float | None]:
    """1.0 when the completion's final answer verifies exactly, else 0.0; None for rows whose task and
    problem are both null (another dataset's). A missing column, an unknown task or an unreadable
    problem raises ConfigError: a setup bug, never a zero reward."""
    completions = completions or []
    tasks, problems = _column(kwargs, "task", len(completions)), _column(kwargs, "problem", len(completions))
    rewards: list[float | None] = []
    for row, (completion, task, problem) in enumerate(zip(completions, tasks, problems)):
        read = _read_row(row, task, problem)
        if read is None:
            rewards.append(None)
        else:
            rewards.append(1.0 if judge_completion(*read, completion_text(completion)) else 0.0)
    return rewards


def format_reward(prompts: list | None = None, completions: list | None = None,
                  completion_ids: list | None = None, **kwargs: Any) -> list[float]:
    """1.0 for a well-formed completion: at most one think block, closed, and an explicit final answer
    ("Answer: ...", \\boxed{...} or <answer>...</answer>); else 0.0. The block may have been opened by
    the prompt, as the chat templates of thinking models (DeepSeek-R1, Qwen3) do: then the completion
    starts inside it and its only tag is the closing one."""
    rewards = []
    for completion in completions or []:
        text = completion_text(completion)
        found = extract_answer(text)
        ok = _think_tags_well_formed(text) and found.answer is not None and found.method in EXPLICIT
        rewards.append(1.0 if ok else 0.0)
    return rewards


_THINK_TAG = re.compile(r"</?think>")


def _think_tags_well_formed(text: str) -> bool:
    tags = _THINK_TAG.findall(text)
    return tags in ([], ["<think>", "</think>"], ["</think>"])
