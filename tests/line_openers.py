"""How a line of a trace opens, for the tests that a trace reads like a person and not a log."""

from __future__ import annotations

import re


def line_opener(line: str) -> str | None:
    """The word a line of prose opens with (two words after an article); None for an indented line (a list of
    checks or of tries under a move) or one that opens on a quoted word or an equation, which opens on what it is
    about."""
    if line.startswith(" ") or line.startswith("Answer:"):
        return None
    words = line.split()[:2]
    if not words or not re.fullmatch(r"[A-Za-z']+[,:;.]?", words[0]):
        return None
    words = [w.strip(",:;.").lower() for w in words]
    return " ".join(words) if words[0] in ("the", "a", "an") else words[0]
