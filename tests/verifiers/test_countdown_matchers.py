"""The Countdown verifier's scans that try a pattern only where a match may start find what the full scans find.

`_aim_matches` and `_position_matches` stand in for `_AIMED.finditer` and `_POSITION.finditer` on every step; a
start they leave out would drop a wish or a stated position, so they are checked against the full scans on our
own traces, on hostile text (case-blind letters outside ASCII, overlapping words, arrows) and on random text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import slowthink
from slowthink.verifiers.countdown_claims import _AIMED, _aim_matches
from slowthink.verifiers.countdown_equations import _POSITION, _position_matches

HOSTILE = [
    "We need 5.", "we NEED 5 and 6", "I don't have a 4", "DOES NOT HAVE 7", "do not have 2, 3 or 4", "without 9",
    "MaKe 6", "Ma\u212ae 6", "ma\u212aes 6", "\u017fo make 6", "reachave no 5", "reach have no 5",
    "ıf we can get 6",
    "İ need 4", "let's make 6?", "to make 1, since 24 × 1 = 24", "wants another 3", "have no 9; need 2",
    "Make 118 from 5, 6, 4, 5, 75, 2, each exactly once.", "need a 16, need 16 and 4, needed 3",
    "getget 5", "do do not have 5", "making making 7", "want\twant 8", "need\u00a05", "need\n5",
    "4 + 1 = 5, leaving 4, 5, 5, 7, 9.", "Leaving 4, 7", "xLeaving 4, 7", "Left: 3", "left with: 5, 6", "Left with 5",
    "Remaining numbers: 1, 2", "remaining: 3", "Now we have 1, 2.", "We now have 3 and 4", "now have 5",
    "→ 4, 7, 16", "→→ 4", "→[4, 7]", "Back to the start: 1, 2, 3.", "back to node 3: 4, 5", "Back to 4, 5 then.",
    "From 7, 7, 8, 246 nothing", "from4, 5", "Node 3: 1, 2", "node 12: 4", "Node 5 (parent 3): 7 + 2 = 9 → 9, 75",
    "leaves leaves 4", "eaving 4", "Ow we have 3", "e now have 4", "→", "", "Leaving", "Nodes 3: 4",
]

_WORDS = ["make", "Make", "MAKE", "ma\u212ae", "making", "get", "reach", "need", "needs", "want", "have no", "have",
          "don't", "do not", "doesn't", "does not", "without", "an", "the", "other", "to", "if", "?", ".", ";", ":",
          "\n", " ", "  ", ",", " and ", " or ", "5", "12", "3/4", "\u017f", "ı", "İ", "leaving", "Leaving", "leaves",
          "Left:", "left with", "Remaining", "remaining numbers:", "Now we have", "now have", "We now have", "→",
          "Back to", "back to the start", "back to node 2", "From", "from", "Node 4:", "node ", "[", "]", "x", "é"]


def _same(text: str) -> None:
    assert [m.span() for m in _aim_matches(text)] == [m.span() for m in _AIMED.finditer(text)], text
    assert [m.span() for m in _position_matches(text)] == [m.span() for m in _POSITION.finditer(text)], text


def test_the_quick_scans_find_what_the_full_scans_find_on_hostile_text():
    for text in HOSTILE:
        _same(text)
        _same(text.upper())
        _same(text + " " + text)


def test_the_quick_scans_find_what_the_full_scans_find_on_our_traces():
    for style in ("prose", "stream"):
        for record in slowthink.generate("countdown.countdown", 6, seed=5, min_count=6, max_count=6, style=style,
                                         mistakes=0.5):
            for step in record["steps"]:
                _same(step["text"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_the_quick_scans_find_what_the_full_scans_find_on_random_text(words):
    _same("".join(words))
    _same(" ".join(words))
