"""The page a trace is written on: its lines (`Work`), the count of written work (`Tally`), the planted
slip of a negative trace (`Slip`), and how a value or an operand is written (a place: `core.places`).

Every other module here writes through a `Work`: `say` puts a line down, `value` is where a planted slip
may go, and `expecting` and `checking` keep a slipped writer's checks in agreement. Nothing here does
arithmetic.
"""

from __future__ import annotations

import random
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction
from math import gcd

from slowthink.core.expr import format_value
from slowthink.core.phrasing import Voice


@dataclass
class Tally:
    """Counts that measure how much written work a problem took."""

    carries: int = 0
    borrows: int = 0
    partial_products: int = 0


@dataclass
class Slip:
    """One planted mistake (process-reward data): the `at`-th value that could slip is written wrong.

    With `at=None` nothing slips and `count` says how many places a slip could go.
    The wrong value then flows on through the rest of the work, as a real slip would.
    """

    at: int | None
    rng: random.Random
    count: int = 0
    line: int | None = None  # index of the line that carries the mistake
    kind: str = ""
    paused: bool = False  # no slip is planted in a check: a mistake belongs to the working


@dataclass
class Work:
    """The lines written so far; sub-calculations share them one indent deeper."""

    voice: Voice
    lines: list[str] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)
    indent: str = ""
    slip: Slip | None = None
    known: dict = field(default_factory=dict)  # products worked out earlier in this trace: {(a, b): a × b as written}
    settled: set = field(default_factory=set)  # fraction sizes a line has said are in lowest terms (`say_lowest_terms`)
    # a check shows what it cancels: a number of three or more digits going into another is written as its multiple
    # ("4992 = 6 × 832"), where the working's own glance says "the 832 goes into the 4992"
    shows_multiples: bool = False

    def say(self, text: str) -> None:
        self.lines.append(self.indent + text)

    def so(self, *instead: str) -> str:
        """The opener of a line that concludes: "So ", unless the line just above opened with "So" too, as a column
        sum worked one level in ends ("So 1380 + 184 = 1564."): a second "So" straight after reads as a log's
        refrain, so what that sum leads to opens one of the `instead` ways ("That makes 23 × 68 = 1564.")."""
        if self.lines and self.lines[-1].lstrip().startswith("So "):
            return self.voice.vary(*(instead or ("That makes ", "That gives ", "Altogether, ")))
        return "So "

    def conclude(self, said: str, *instead: str) -> None:
        """Say "So {said}", or open it another way after a line that opened with "So" (`so`)."""
        self.say(self.so(*instead) + said)

    def nested(self) -> "Work":
        return Work(self.voice, self.lines, self.tally, self.indent + "  ", self.slip, self.known, self.settled,
                    self.shows_multiples)

    def learn(self, a: int, b: int, product: int) -> None:
        """Remember a hard product (or hard division, by its multiplying back) worked out on the page, as it
        was written: a careful person does not work the same thing out twice, and states it again as they
        have it (in a negative trace, a slipped one too: worked again, it would come out otherwise)."""
        a, b, product = abs(a), abs(b), abs(product)
        self.known[min(a, b), max(a, b)] = product

    def knows(self, a: int, b: int) -> bool:
        a, b = abs(a), abs(b)
        return (min(a, b), max(a, b)) in self.known

    def product(self, a: int, b: int) -> int:
        """a × b as the trace has it: as worked out before (`learn`), else the true product."""
        sign = -1 if a * b < 0 else 1
        a, b = abs(a), abs(b)
        return sign * self.known.get((min(a, b), max(a, b)), a * b)

    def quotient(self, a: int, d: int) -> int | None:
        """The q for which the trace has d × q = a (a hard product or division worked out before), if any."""
        a, d = abs(a), abs(d)
        for (x, y), p in self.known.items():
            if p == a and d in (x, y):
                return y if x == d else x
        return None

    def value(self, correct: int, kind: str = "arithmetic slip", below: int | None = None,
              coprime_to: int | None = None) -> int:
        """The value the writer puts down: the correct one, unless this is where the planted slip goes.

        The caller must write the returned value in its very next line. `below` keeps a slipped
        value a plausible one (a remainder smaller than the divisor, a single digit); `coprime_to`
        keeps a slipped top of a fraction in lowest terms over that bottom, as the true one is (a
        slip that left 96/192 to reduce would be told from true traces by the reduction after it)."""
        slip = self.slip
        if slip is None or slip.paused:
            return correct
        options = [correct + d for d in ((1,) if kind in ("carry", "times table") else (1, -1, 2, 10, -10))]
        options = [w for w in options if (w >= 0 or correct < 0) and (below is None or 0 <= w < below)
                   and (coprime_to is None or gcd(w, coprime_to) == 1)]
        if not options:
            return correct
        slip.count += 1
        if slip.at != slip.count - 1:
            return correct
        slip.line, slip.kind = len(self.lines), kind
        return slip.rng.choice(options)

    @property
    def slipped(self) -> bool:
        """Whether the planted slip is already on the page: from there on the writer believes its values."""
        return self.slip is not None and self.slip.line is not None

    def expecting(self, value):
        """What a check by another route must come out at, for a writer who has slipped; else None.

        A negative trace is one believed mistake carried on plausibly. An honest check would expose it,
        so the writer's check slips too, the way that makes it agree (confirmation bias): its last step
        lands on the believed value (`aim` below), and the check then reads as a positive's does. Its
        false equation is one more false step after the first, and changes no label."""
        return value if self.slipped else None

    @contextmanager
    def checking(self):
        """A check by another route: no slip is planted in it (where it must agree, see `expecting`)."""
        if self.slip is None:
            yield
            return
        before, self.slip.paused = self.slip.paused, True
        try:
            yield
        finally:
            self.slip.paused = before


def v(x: Fraction | int) -> str:
    """A value as the trace writes it (unicode minus, p/q)."""
    return format_value(x)


def digits_of(n: int) -> list[int]:
    """Digits from the ones upward."""
    return [int(c) for c in reversed(str(n))]


def paren(value: Fraction, first: bool = False, mul: bool = False) -> str:
    """A value as an operand: negatives (not first) and fractions (in products) get brackets."""
    text = v(value)
    if (value < 0 and not first) or (mul and value.denominator != 1):
        return f"({text})"
    return text
