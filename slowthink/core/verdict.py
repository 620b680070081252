"""A verdict: truthy when the answer is right, always with a reason."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    correct: bool
    reason: str
    extraction: str | None = None  # how the answer was found in free text (verify_completion)
    answer: str | None = None  # the answer text that was judged

    def __bool__(self) -> bool:
        return self.correct

    def to_dict(self) -> dict:
        return {"correct": self.correct, "reason": self.reason, "extraction": self.extraction, "answer": self.answer}


def right(reason: str = "correct", **extra) -> Verdict:
    return Verdict(True, reason, **extra)


def wrong(reason: str, **extra) -> Verdict:
    return Verdict(False, reason, **extra)


class ProblemError(ValueError):
    """A problem dict does not have the shape its task needs; the message says which field."""


def problem_from_json(problem: object, shape: str, max_chars: int) -> dict:
    """A problem given as JSON text, decoded; any other problem as it is. Text too long, not JSON,
    nested too deep for the decoder ("[[[[…"), or anything but an object (a list, a number) is a
    ProblemError that shows the shape to give: every task's problem is an object, and "problem.expression:
    missing" for a list sends a user looking for a field rather than at the shape."""
    if isinstance(problem, str):
        if len(problem) > max_chars:
            raise ProblemError(f"problem: too long ({len(problem)} characters, limit {max_chars}); give {shape}")
        try:
            problem = json.loads(problem)
        except (ValueError, RecursionError):
            raise ProblemError(f"problem: not a JSON object; give {shape}") from None
    if not isinstance(problem, dict):
        raise ProblemError(f"problem: expected an object such as {shape}, got {type(problem).__name__}")
    return problem


def labels_until_first_failure(results: list[bool]) -> list[bool]:
    """Process labels: True while every step holds, False from the first failing step on."""
    labels, ok = [], True
    for result in results:
        ok = ok and bool(result)
        labels.append(ok)
    return labels
