"""Reward functions for reinforcement learning, in the shape TRL's GRPOTrainer calls.

GRPOTrainer calls each reward function with keyword arguments only: `prompts`,
`completions`, `completion_ids`, and every other dataset column as a list with one
value per completion (see shared/FORMATS.md). Completions are strings (standard
data) or lists of message dicts (conversational). A function returns one float per
completion, or None where it does not apply (a row from another dataset).

The `rl` export of a slowthink corpus carries the columns these need (`task`,
`problem`); see the README for the few lines that plug them into GRPOTrainer.
"""

from __future__ import annotations

import re
from typing import Any

from slowthink.api import verify_completion
from slowthink.core.extract import EXPLICIT, completion_text, extract_answer


def _column(kwargs: dict, name: str, n: int) -> list:
    values = kwargs.get(name)
    if values is None:
        return [None] * n
    if isinstance(values, (str, dict)):  # one value for the whole batch
        return [values] * n
    return list(values)


def correctness_reward(prompts: list | None = None, completions: list | None = None,
                       completion_ids: list | None = None, **kwargs: Any) -> list[float | None]:
    """1.0 when the completion's final answer verifies exactly, else 0.0; None for rows without task/problem."""
    completions = completions or []
    tasks, problems = _column(kwargs, "task", len(completions)), _column(kwargs, "problem", len(completions))
    rewards: list[float | None] = []
    for completion, task, problem in zip(completions, tasks, problems):
        if task is None or problem is None:
            rewards.append(None)
        else:
            rewards.append(1.0 if verify_completion(task, problem, completion_text(completion)) else 0.0)
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
