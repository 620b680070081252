"""A verdict: truthy when the answer is right, always with a reason."""

from __future__ import annotations

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


def labels_until_first_failure(results: list[bool]) -> list[bool]:
    """Process labels: True while every step holds, False from the first failing step on."""
    labels, ok = [], True
    for result in results:
        ok = ok and bool(result)
        labels.append(ok)
    return labels
