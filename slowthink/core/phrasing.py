"""Varied wording chosen by the seed, so a corpus does not repeat one sentence.

A solver asks its `Voice` for a phrase by offering alternatives; the item's random
source picks one. Alternatives must say the same thing and keep every equation in
the same self-contained form, because verifiers read the equations back.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

LANGUAGES = ("en",)  # trace languages with templates; others are rejected by config validation


class Voice:
    """Picks among equivalent phrasings with the item's own random source."""

    def __init__(self, rng: random.Random, language: str = "en"):
        if language not in LANGUAGES:
            raise ValueError(f"language {language!r} has no templates; choose one of {', '.join(LANGUAGES)}")
        self.rng = rng
        self.language = language

    def pick(self, *alternatives: str, **values: object) -> str:
        """One of the alternatives, formatted with the values."""
        return self.rng.choice(alternatives).format(**values)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def choose(self, items: Sequence):
        return self.rng.choice(items)


def join_words(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
