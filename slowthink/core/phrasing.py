"""Varied wording chosen by the seed, so a corpus does not repeat one sentence.

A solver asks its `Voice` for a phrase by offering alternatives; the item's random
source picks one. Alternatives must say the same thing and keep every equation in
the same self-contained form, because verifiers read the equations back.

An alternative may itself be a tuple of equivalent phrasings: the item's source picks the
alternative (one draw, as before), and a source of the voice's own, which nothing but
wording reads, picks the phrasing within it (`vary`). A draw from the item's source takes a
number of its words that depends on how many alternatives there are, and the search, the
planted mistakes and the next problem read on from where it stands: so widening the wording
goes into the tuples (or into `vary` where there was one fixed sentence), which leaves every
path, slip and problem as it was.
"""

from __future__ import annotations

import hashlib
import random
import struct
from collections.abc import Sequence

LANGUAGES = ("en",)  # trace languages with templates; others are rejected by config validation


class Voice:
    """Picks among equivalent phrasings with the item's own random source."""

    def __init__(self, rng: random.Random, language: str = "en"):
        if language not in LANGUAGES:
            raise ValueError(f"language {language!r} has no templates; choose one of {', '.join(LANGUAGES)}")
        self.rng = rng
        self.language = language
        # seeded from the item's source without drawing from it: the same item always gets the same wording
        words = rng.getstate()[1]
        digest = hashlib.blake2b(struct.pack(f"<{len(words)}I", *words), digest_size=8).digest()
        self.wording = random.Random(int.from_bytes(digest, "little"))

    def pick(self, *alternatives: str | tuple[str, ...], **values: object) -> str:
        """One of the alternatives, formatted with the values; an alternative that is a tuple of phrasings
        gives one of them (`vary`)."""
        chosen = self.rng.choice(alternatives)
        return self.vary(*chosen, **values) if isinstance(chosen, tuple) else chosen.format(**values)

    def vary(self, *phrasings: str, **values: object) -> str:
        """One of equivalent phrasings, formatted with the values, chosen by the voice's own source: no search
        or slip reads it, so a fixed sentence can be varied without changing anything else."""
        chosen = phrasings[0] if len(phrasings) == 1 else self.wording.choice(phrasings)
        return chosen.format(**values)

    def now_and_then(self, p: float) -> bool:
        """A chance drawn from the voice's own source (`vary`): for words that come and go, without moving the
        search, the slips or the next problem."""
        return self.wording.random() < p

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
