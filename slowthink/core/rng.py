"""Seeding: every item's randomness comes from a hash of (stream, seed, index).

Why not `Random(seed + index)`: then seed 1 is seed 0 shifted by one item, and
changing how work is chunked could shift items between chunks. A keyed hash gives
unrelated streams for different seeds and makes item k independent of everything
but (stream, seed, k).
"""

from __future__ import annotations

import hashlib
import random


def stable_hash(*parts: object, size: int = 8) -> int:
    """A platform-independent integer hash (Python's hash() is salted per process)."""
    h = hashlib.blake2b(digest_size=size)
    for part in parts:
        h.update(repr(part).encode("utf-8"))
        h.update(b"\x1f")
    return int.from_bytes(h.digest(), "big")


def item_rng(stream: str, seed: int, index: int, purpose: str = "generate") -> random.Random:
    """The random source for one item of one stream (a task or a mix entry)."""
    return random.Random(stable_hash(stream, seed, index, purpose, size=16))


def unit_interval(*parts: object) -> float:
    """A deterministic number in [0, 1) from the parts (used to assign splits)."""
    return stable_hash(*parts) / 2**64
