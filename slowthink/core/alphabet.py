"""Letters as numbers, and text reduced to the form every cipher works on.

The cipher family counts alphabet positions from a = 1 to z = 26, as people do
("o = 15, y = 25"). Generator, solver and verifier all read and write text through
`normalise`, so "Think, step by step!" and "think step by step" are the same text.
What it leaves out: every cipher rule. Rules live in the family's own modules, so
the verifier never shares a rule's code with the solver it judges.
"""

from __future__ import annotations

import re
import unicodedata

LETTERS = "abcdefghijklmnopqrstuvwxyz"
POSITION = {ch: k + 1 for k, ch in enumerate(LETTERS)}  # "a" -> 1 ... "z" -> 26
_CLEAN = re.compile(r"[a-z]+(?: [a-z]+)*")
# what copied text carries unseen inside words: zero-width spaces and joiners, a word joiner, a byte-order mark, a soft
# hyphen; dropped. Direction marks and overrides ("\u202e") are not among them: they change what is shown, so an
# answer that holds one is refused
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def position(ch: str) -> int:
    """Alphabet position of a lowercase letter, a = 1 ... z = 26."""
    return POSITION[ch]


def letter(n: int) -> str:
    """The letter at a position, counted round the alphabet (27 is a, 0 is z)."""
    return LETTERS[(n - 1) % 26]


def wrap(n: int) -> int:
    """A position counted modulo 26 into 1..26 (0 and 26 are both z)."""
    return (n - 1) % 26 + 1


class TextError(ValueError):
    """Text holds a character that no cipher here reads (a digit, an accented letter...)."""


def normalise(text: str) -> str:
    """Lowercase letters a-z (full-width ones too) and single spaces; punctuation and `_INVISIBLE` characters
    dropped; anything else is a TextError.

    Callers bound the length first: this walks every character.
    """
    if _CLEAN.fullmatch(text):
        return text
    out: list[str] = []
    for ch in text:
        if ch.isascii() and ch.lower() in POSITION:  # "\u212a" (Kelvin) lowers to k, but is no letter of ours
            out.append(ch.lower())
        elif "\uff21" <= ch <= "\uff5a" and ch.isalpha():  # full-width A-Z and a-z ("ｗｏｒｌｄ"), as CJK text writes them
            out.append(chr(ord(ch) - 0xfee0).lower())
        elif ch in _INVISIBLE:
            continue
        elif ch.isspace():
            out.append(" ")
        elif unicodedata.category(ch)[0] == "P" or ch in "`^~|":
            # apostrophes, quotes, dashes, full stops: not part of the message
            continue
        else:
            raise TextError(f"contains {ch!r}; only letters a-z, spaces and punctuation are allowed")
    return " ".join("".join(out).split())


def letters_of(text: str) -> str:
    """The letters of a normalised text, spaces removed."""
    return text.replace(" ", "")


def map_letters(text: str, rule) -> str:
    """Apply rule(position, index among the letters) -> position to every letter; spaces stay.

    The shape every letter-for-letter cipher shares (encoding and decoding alike);
    the rule itself is the caller's."""
    out, k = [], 0
    for ch in text:
        if ch == " ":
            out.append(ch)
        else:
            out.append(letter(rule(POSITION[ch], k)))
            k += 1
    return "".join(out)
