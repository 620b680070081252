"""What a solver returns: the steps a model will learn from, the answer, and measures."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Solution:
    steps: list[str]  # one entry per line of reasoning, in order
    answer: str | None  # None only where "no solution" is the right answer
    difficulty: dict[str, int | str | bool] = field(default_factory=dict)  # measured, task-specific
    style: str = "default"  # which trace style produced it
    mistake_step: int | None = None  # index of the step with a planted mistake (negative traces only)


def answer_line(answer: str | None) -> str:
    """The closing line every trace ends with, so extraction is unambiguous."""
    return f"Answer: {answer if answer is not None else 'no solution'}"
