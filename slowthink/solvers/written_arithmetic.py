"""Written arithmetic: every carry, borrow, partial product and remainder, as on paper.

The building blocks of the arithmetic solver (`solvers/arithmetic.py`). A trace here is what a careful person writes: column addition with each carry,
column subtraction with each borrow, multiplication by partial products (digit by
digit for long numbers), long division with trial quotients that are sometimes too
big, fractions over a common denominator and reduced, expressions evaluated
innermost first, and then a check by a different route before the answer.

Every equation a line states is self-contained and true, because the verifier reads
them back (`slowthink.core.claims`). Words never sit inside an equation; notes go
after it. What it leaves out: decimals and powers.

Nothing is pulled out of thin air: a product of two numbers that both keep two or more
digits once trailing zeros are set aside, a quotient whose multiplying back is one, or a
long number divided by one digit (`hard_product`, `hard_quotient`) is worked out before it
is written, wherever it comes up: in a check, a common denominator, a scaling or a
reduction. Small enough, it is split by place value on one line (`product_chain`) or
divided digit by digit (`short_division`); else it is written out in full. What the trace
has worked out once it may state again (`Work.known`), as it was written.

In a negative trace (one planted slip, `Slip`) the writer believes the slip to the end: a slipped product
is stated again as written, and the checks slip too, towards agreement: a function given an `aim`
writes its work as usual but lands its last step on that value (`Work.expecting`).
"""

from __future__ import annotations

import random
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction
from math import gcd

from slowthink.core.expr import format_value
from slowthink.core.phrasing import Voice

PLACES = ("ones", "tens", "hundreds", "thousands", "ten-thousands", "hundred-thousands", "millions",
          "ten-millions", "hundred-millions", "billions", "ten-billions", "hundred-billions", "trillions")


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

    def say(self, text: str) -> None:
        self.lines.append(self.indent + text)

    def nested(self) -> "Work":
        return Work(self.voice, self.lines, self.tally, self.indent + "  ", self.slip, self.known)

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


def place(k: int) -> str:
    return PLACES[k] if k < len(PLACES) else f"digit {k + 1} from the right"


def v(x: Fraction | int) -> str:
    """A value as the trace writes it (unicode minus, p/q)."""
    return format_value(x)


def digits_of(n: int) -> list[int]:
    """Digits from the ones upward."""
    return [int(c) for c in reversed(str(n))]


# ---------------------------------------------------------------- what a glance can do

def _sig(n: int) -> int:
    """A whole number without its trailing zeros (220000 -> 22): zeros cost nothing to carry along."""
    n = abs(n)
    while n and n % 10 == 0:
        n //= 10
    return n


def hard_product(p: int, q: int, work: Work | None = None) -> bool:
    """Whether p × q is more than a glance: both factors keep two or more digits once their trailing
    zeros are set aside (68 × 20 is 68 × 2 and a 0; 23 × 68 is not), and the trace has not worked it out
    already. Such a product is worked out, never stated."""
    return _sig(p) >= 10 and _sig(q) >= 10 and not (work is not None and work.knows(p, q))


def hard_quotient(a: int, d: int, work: Work | None = None) -> bool:
    """Whether the exact a ÷ d is more than a glance: multiplying back is a hard product, or a long number
    (four or more significant digits) is divided by one digit, which is short division, not a fact."""
    a, d = abs(a), abs(d)
    if d == 1:
        return False
    q = a // d
    if work is not None and (q * d == a and work.knows(d, q) or work.quotient(a, d) is not None):
        return False
    return hard_product(d, q) or (_sig(d) < 10 and _sig(a) >= 1000)


def hard_reduction(n: int, d: int, work: Work | None = None) -> bool:
    g = gcd(n, d)
    return g > 1 and (hard_quotient(n, g, work) or hard_quotient(d, g, work))


def hard_common_denominator(c: int, d: int, work: Work | None = None) -> bool:
    if c == d:
        return False
    g, big, small = gcd(c, d), max(c, d), min(c, d)
    if big % small == 0:
        return hard_quotient(big, small, work)
    if g == 1:
        return hard_product(c, d, work)
    return (hard_quotient(c, g, work) or hard_quotient(d, g, work) or hard_product(c, d // g, work)
            or hard_product(d, c // g, work))


def hard_to_state(op: str, x: Fraction, y: Fraction, work: Work | None = None) -> bool:
    """Whether "x op y = result" written in one breath would hide work a person cannot do at a glance:
    a hard product, quotient, common denominator, scaling or reduction on the way (the way this module
    works it), that the trace has not worked out already. Sums and differences of whole numbers are
    never hard here."""
    x, y = Fraction(x), Fraction(y)
    if op in "+-":
        if x.denominator == 1 and y.denominator == 1:
            return False
        c, d = x.denominator, y.denominator
        common = c * d // gcd(c, d)
        kx, ky = common // c, common // d
        if (hard_common_denominator(c, d, work) or hard_product(x.numerator, kx, work)
                or hard_product(y.numerator, ky, work)):
            return True
        if max(c, d) % min(c, d) and hidden_common_factor(c, d):
            return True  # what the denominators share takes finding
        top = x.numerator * kx + (-1 if op == "-" else 1) * y.numerator * ky
        return _hard_cancel(abs(top), common, work)
    if op == "/":
        if y == 0 or x == 0:
            return False
        if x.denominator == 1 and y.denominator == 1:
            a, b = abs(int(x)), abs(int(y))
            return hard_quotient(a, b, work) if a % b == 0 else _hard_cancel(a, b, work)
        y = 1 / y
    if x == 0 or y == 0:
        return False
    # as `fraction_mul` works it: a top and the other bottom cancel first, then the rest is multiplied
    a, b, c, d = abs(x.numerator), abs(y.numerator), x.denominator, y.denominator
    if _hard_cancel(a, d, work) or _hard_cancel(b, c, work):
        return True
    g, h = gcd(a, d), gcd(b, c)
    return hard_product(a // g, b // h, work) or hard_product(c // h, d // g, work)


def _hard_cancel(n: int, m: int, work: Work | None) -> bool:
    """Whether dividing n and m by what they share is more than a glance: the factor takes finding from
    scratch (products worked out before show it, but are then worth writing: see `_cancel_clause`), or a
    division by it is hard."""
    g = gcd(n, m)
    return g > 1 and (hard_reduction(n, m, work) or g not in (n, m) and m // g != 1 and hidden_common_factor(n, m))


def _largest_prime_factor(n: int) -> int:
    big, p = 1, 2
    while p * p <= n:
        while n % p == 0:
            big, n = p, n // p
        p += 1
    return max(big, n) if n > 1 else big


def _only_twos_and_fives(n: int) -> bool:
    while n % 2 == 0:
        n //= 2
    while n % 5 == 0:
        n //= 5
    return n == 1


def _seen_multiple(work: Work | None, n: int, g: int) -> bool:
    """Whether n is in plain sight a multiple of g: g itself, a times-table fact (33 = 3 × 11), or a product
    with the factor g this trace has worked out (253 = 23 × 11, after working 23 × 11)."""
    if n == g or n < 100 and n % g == 0 and n // g < 10:
        return True
    return work is not None and any(p == n and g in pair for pair, p in work.known.items())


def seen_through_products(a: int, b: int, work: Work | None) -> bool:
    """Whether the largest common factor of a and b shows because each is in sight a multiple of it
    (`_seen_multiple`) and what is left of them plainly shares nothing."""
    g = gcd(a, b)
    return (g > 1 and work is not None and _seen_multiple(work, a, g) and _seen_multiple(work, b, g)
            and not hidden_common_factor(a // g, b // g))


def as_multiples(g: int, cofactors: dict) -> str:
    """"253 = 23 × 11 and 33 = 3 × 11": each number {n: n ÷ g} as a multiple of g, the way a factor seen
    through products is shown (g itself needs no showing)."""
    return " and ".join(f"{n} = {k} × {g}" for n, k in cofactors.items() if n != g)


def hidden_common_factor(a: int, b: int, work: Work | None = None) -> bool:
    """Whether the largest common factor of a and b (or that they have none) is more than a glance, and is
    found by working (`common_factor_chain`): a glance sees a one-digit number's factors, a common 2, 5 or
    10 from the last digits, a number made of 2s and 5s sharing nothing with one that ends otherwise, and
    a small common factor (no prime above 10 in it) of two numbers under 100. Anything else is worked:
    two numbers of three or more digits, a common factor with a prime above 10 in it, or two numbers of
    two or more digits said to share no factor. With the `work`, a factor in plain sight through products
    it has worked out is seen too (`seen_through_products`)."""
    a, b = abs(a), abs(b)
    g = gcd(a, b)
    if min(a, b) < 10 or g in (2, 5, 10) or seen_through_products(a, b, work):
        return False
    if g == 1:
        return not (_only_twos_and_fives(a) or _only_twos_and_fives(b))
    return min(a, b) >= 100 or _largest_prime_factor(g) > 10


KNOWN_PRIMES_BELOW = 100  # the primes a person knows on sight (see `known_prime`)


def known_prime(n: int) -> bool:
    """Whether n is a prime a person recognises on sight. The bound is 100: the 25 primes below it are the
    table school books print and the times tables up to 10 × 10 brush against, so "59 is prime" is recall;
    above it a prime and a product of two primes look alike (221 = 13 × 17, 223 is prime), and telling them
    apart is trying divisors, which is working, not a glance."""
    return 1 < n < KNOWN_PRIMES_BELOW and all(n % p for p in range(2, int(n ** 0.5) + 1))


def prime_glance(work: Work, a: int, b: int) -> str | None:
    """Why a, b > 0 share no factor, said at a glance when one is a prime known on sight (`known_prime`): a
    prime shares a factor only with its multiples, so it is enough that it does not divide the other, which
    the other's remainder by it shows ("43 is prime; 68 = 43 + 25"). None when neither is such a prime, when
    they do share a factor, or when the remainder would take a hard product: remainders then (the caller)."""
    if gcd(a, b) != 1:
        return None
    for p, other in sorted([(a, b), (b, a)]):
        if not known_prime(p):
            continue
        if other < p:
            return work.voice.pick("{p} is prime and {o} is smaller, so they share no factor.",
                                   "{p} is prime, and {o} is less than {p}: no common factor.", p=p, o=other)
        if known_prime(other):
            return work.voice.pick("{p} and {o} are both prime, so they share no factor.",
                                   "Both {p} and {o} are prime: no common factor.", p=p, o=other)
        q, r = divmod(other, p)
        if not hard_product(q, p):
            multiple = f"{p} + {r}" if q == 1 else f"{q} × {p} + {r}"
            return work.voice.pick("{p} is prime, and {o} = {m}, so {p} does not divide {o}: they share no factor.",
                                   "{p} is prime; {o} = {m}, so {p} does not divide it, and they have no common factor.",
                                   p=p, o=other, m=multiple)
    return None


def find_common_factor(work: Work, a: int, b: int) -> int:
    """The largest common factor of a, b > 0 that no glance sees (`hidden_common_factor`), found as a person
    finds it: "none" from a prime known on sight (`prime_glance`), else by remainders (`common_factor_chain`).
    Returns the factor."""
    glance = prime_glance(work, a, b)
    if glance is None:
        return common_factor_chain(work, a, b)
    work.say(glance)
    return 1


def common_factor_chain(work: Work, a: int, b: int) -> int:
    """Find the largest common factor of a, b > 0 as a person does, by the Euclidean algorithm: the larger
    less a multiple of the smaller, each step a true equation ("20160 − 17640 = 2520; 17640 = 7 × 2520"),
    until a remainder is 0 (the last divisor is the factor) or 1 (no common factor). A step whose multiple
    is a hard product has it worked first, on its own line. No slip is planted here: the factor found is
    the true one of the numbers as written. Returns the factor."""
    big, small = max(a, b), min(a, b)
    steps = []  # (the step, the hard product its multiple is, if any)
    while True:
        q, r = divmod(big, small)
        if q == 1:
            steps.append((f"{big} − {small} = {r}", None))
        else:
            steps.append((f"{big} = {q} × {small}" + (f" + {r}" if r else ""),
                          (q, small) if hard_product(q, small, work) else None))
        if r <= 1:
            break
        big, small = small, r
    g = small if r == 0 else 1
    lead = work.voice.pick("Find the common factor of {a} and {b} by remainders (the Euclidean algorithm):",
                           "What do {a} and {b} have in common? Take remainders:",
                           "Common factor of {a} and {b}, by the Euclidean algorithm:", a=max(a, b), b=min(a, b))
    end = (work.voice.pick("so {g} divides both, and nothing larger does.", "so the largest common factor is {g}.", g=g)
           if g > 1 else
           work.voice.pick("a remainder of 1, so they share no factor.", "down to 1: no common factor."))
    if len(steps) <= 5 and all(hard is None for _, hard in steps):
        work.say(f"{lead} {'; '.join(text for text, _ in steps)}; {end}")
        return g
    work.say(lead)
    row: list[str] = []
    with work.checking():
        for k, (text, hard) in enumerate(steps):
            if hard is not None or len(row) == 5:
                if row:
                    work.say(f"  {'; '.join(row)};")
                row = []
            if hard is not None:
                worked_product(work.nested(), *hard)
            row.append(text)
    work.say(f"  {'; '.join(row)}; {end}")
    return g


def place_parts(n: int) -> list[int]:
    """n split by place value, highest first, zero digits left out: 327 -> [300, 20, 7]."""
    text = str(n)
    return [int(c) * 10 ** (len(text) - 1 - k) for k, c in enumerate(text) if c != "0"]


def product_chain(work: Work, a: int, b: int, split: str = "auto", recall: bool = True,
                  aim: int | None = None) -> tuple[str, int] | None:
    """("a × b = …", the product as written) for a product done in the head, for a, b ≥ 0.

    An easy product is stated; a hard one is worked on the same line by splitting one factor by place
    value, so that every part is a glance, the other factor (two digits that count, at most) times one digit
    and zeros: "23 × 68 = 20 × 68 + 3 × 68 = 1360 + 204 = 1564". None when that would not fit a line (two
    parts, each a glance; "498 × 3 = 1494" is worked, not done in the head): the caller writes it out
    (`multiply`). `split` ("a", "b") says which factor to split; by default the one with fewer parts.
    A product worked out before is stated again, unless `recall` is off: a check of that very product.
    With an `aim` the last sum comes out at it (a slipped writer's check)."""
    if not hard_product(a, b, work if recall else None):
        p = work.value(work.product(a, b) if recall else a * b) if aim is None else aim
        return f"{a} × {b} = {p}", p
    split = _line_split(a, b, split)
    if split is None:
        return None
    whole, parts = (a, place_parts(b)) if split == "b" else (b, place_parts(a))
    terms = [f"{a} × {part}" if split == "b" else f"{part} × {b}" for part in parts]
    values = [whole * part for part in parts]
    p = work.value(a * b) if aim is None else aim
    work.learn(a, b, p)
    return f"{a} × {b} = {' + '.join(terms)} = {' + '.join(map(str, values))} = {p}", p


def splits_into_glances(whole: int, other: int) -> bool:
    """Whether a check may split `other` by place value and multiply each part by `whole` in the head: every
    part a glance (the factor kept whole has at most two digits that count, times one digit and zeros: 59 ×
    400), and at most three parts."""
    return _sig(whole) < 100 and len(place_parts(other)) <= 3


def split_for_a_check(a: int, b: int) -> str | None:
    """Which factor a check of a × b splits ("a" or "b", `splits_into_glances`), the one with fewer parts;
    None when neither will do: the check is then cast out by nines, or worked in full."""
    options = [(len(place_parts(other)), other, split) for split, whole, other in (("b", a, b), ("a", b, a))
               if splits_into_glances(whole, other)]
    return min(options)[2] if options else None


def product_in_steps(work: Work, a: int, b: int, split: str, aim: int | None = None) -> int:
    """a × b in a check, split by place value as `split_for_a_check` says, on lines of `work`: two parts on one
    line ("68 × 23 = 68 × 20 + 68 × 3 = 1360 + 204 = 1564", as in the head), three parts added two at a time on
    a line of their own ("8700 + 1740 = 10440, and 10440 + 232 = 10672"), not in one breath. With an `aim` the
    last sum comes out at it. Returns the product as written."""
    whole, parts = (a, place_parts(b)) if split == "b" else (b, place_parts(a))
    terms = " + ".join(f"{a} × {part}" if split == "b" else f"{part} × {b}" for part in parts)
    values = [whole * part for part in parts]
    p = a * b if aim is None else aim
    if len(parts) == 1:
        work.say(f"{a} × {b} = {p}.")
    elif len(parts) == 2:
        work.say(f"{a} × {b} = {terms} = {' + '.join(map(str, values))} = {p}.")
    else:
        work.say(f"{a} × {b} = {terms} = {' + '.join(map(str, values))}.")
        first = values[0] + values[1]
        work.say(f"{values[0]} + {values[1]} = {first}, and {first} + {values[2]} = {p}.")
    work.learn(a, b, p)
    return p


def _line_split(a: int, b: int, split: str = "auto") -> str | None:
    """Which factor of a × b `product_chain` splits on one line ("a", "b"): two parts at most, each a glance
    (`splits_into_glances`); by default the one with fewer parts. None when no split will do."""
    options = [(len(place_parts(other)), other, side) for side, whole, other in (("b", a, b), ("a", b, a))
               if split in ("auto", side) and splits_into_glances(whole, other) and len(place_parts(other)) <= 2]
    return min(options)[2] if options else None


def fits_a_line(a: int, b: int, split: str = "auto") -> bool:
    """Whether a × b split by place value (`product_chain`) fits one line: two parts, each a glance."""
    return _line_split(a, b, split) is not None


def worked_product(work: Work, a: int, b: int) -> int:
    """a × b for a, b ≥ 0 on its own line: stated, split in the head, or written out in full."""
    chain = product_chain(work, a, b)
    if chain is None:
        return multiply(work, a, b)
    work.say(chain[0] + ".")
    return chain[1]


# ---------------------------------------------------------------- addition

def _land(s: int, k: int, aim: int, last: bool) -> int:
    """The sum a column (or a digit of a product) is written with when the number being written must come
    out at `aim`: the honest sum where its digit already fits, else the nearest one that writes aim's digit
    (a carry kept where it can be); the last column writes the rest of aim."""
    if last:
        return aim // 10**k
    want = aim // 10**k % 10
    same = s - s % 10 + want
    return min((c for c in (same, same - 10, same + 10) if c >= 0), key=lambda c: abs(c - s))


def carries(a: int, b: int) -> bool:
    """Whether adding a, b ≥ 0 in columns carries anywhere."""
    return any(a % 10**k + b % 10**k >= 10**k for k in range(1, len(str(max(a, b))) + 1))


def borrows(a: int, b: int) -> bool:
    """Whether taking b from a ≥ b ≥ 0 in columns borrows anywhere."""
    return any(a % 10**k < b % 10**k for k in range(1, len(str(b)) + 1))


def at_a_glance(a: int, b: int, minus: bool = False) -> bool:
    """Whether a + b (or a − b, for a ≥ b ≥ 0) is said in one breath, not worked in columns: a one-digit
    number added ("3969 + 5 = 3974") or taken from a two-digit one ("95 − 7 = 88"), or no carry (no borrow)
    with a small number ("8 + 700 = 708", "33410 + 11 = 33421", "5448 + 300 = 5748"): nothing but a digit or
    two to change."""
    small = b if minus else min(a, b)
    if small < 10 and (not minus or a < 100):  # "3969 + 5", "95 − 7": a digit on or off
        return True
    return (small < 1000 or _sig(small) < 100) and not (borrows(a, b) if minus else carries(a, b))


def column_addition(work: Work, rows: list[int], aim: int | None = None) -> int:
    """Add non-negative integers column by column, saying every carry; returns the sum as written.
    With an `aim` the columns come out at it (`_land`)."""
    shown = " + ".join(map(str, rows))
    if len(rows) == 2 and 0 in rows and max(rows) >= 10:
        total = sum(rows) if aim is None else aim
        work.say(f"Adding 0 changes nothing: {shown} = {total}.")
        return total
    if all(r < 10 for r in rows) or len(rows) == 2 and at_a_glance(*rows):
        total = work.value(sum(rows)) if aim is None else aim
        work.say(f"{shown} = {total}.")
        return total
    if len(rows) == 2 and min(rows) < 100 and max(rows) >= 100:  # "98 + 72 = 170, so 916598 + 72 = 916670"
        big, small = max(rows), min(rows)
        tail = big % 10 ** len(str(small))
        s = work.value(tail + small) if aim is None else aim - (big - tail)
        if s >= 0:
            total = big - tail + s
            work.say(f"{tail} + {small} = {s}, so {shown} = {total}.")
            return total
    if len(rows) == 2 and max(rows) < 100 and work.voice.chance(0.5):
        a, b = rows
        tens, ones = b - b % 10, b % 10
        if ones and tens:
            total = work.value(a + b) if aim is None else aim
            work.say(work.voice.pick("{a} + {b}: first {a} + {t} = {s1}, then {s1} + {o} = {s}.",
                                     "Split {b} into {t} + {o}: {a} + {t} = {s1} and {s1} + {o} = {s}.",
                                     a=a, b=b, t=tens, o=ones, s1=a + tens, s=total))
            return total
    work.say(work.voice.pick("Line up {rows} and add column by column from the right:",
                             "Add {rows} column by column, starting with the ones:",
                             "Column addition for {rows}:", rows=shown))
    width = max(len(str(r)) for r in rows)
    carry, written = 0, []
    for k in range(width):
        terms = [digits_of(r)[k] for r in rows if len(str(r)) > k]
        note = ""
        if carry:
            terms.append(carry)
            note = work.voice.pick(" (with the carried {c})", " (the last {c} is the carry)", " (including the carry {c})",
                                   c=carry)
        if aim is not None:
            s = _land(sum(terms), k, aim, last=k == width - 1)
        else:
            s = work.value(sum(terms)) if len(terms) > 1 else sum(terms)  # a lone digit states nothing to get wrong
        line = f"  {place(k)}: " + (f"{' + '.join(map(str, terms))} = {s}" if len(terms) > 1 else f"{s}")
        line += note
        carry = s // 10
        if s >= 10:
            carry = work.value(carry, "carry")
            line += work.voice.pick(", write {d}, carry {c}", ", write {d} and carry {c}", ", put down {d}, carry {c}",
                                    d=s % 10, c=carry)
            work.tally.carries += 1
        work.say(line)
        written.append(s % 10)
    if carry:
        work.say(f"  {place(width)}: the carried {carry} comes down.")
    total = int(str(carry) + "".join(map(str, reversed(written)))) if carry else int("".join(map(str, reversed(written))))
    work.say(f"So {shown} = {total}.")
    return total


# ---------------------------------------------------------------- subtraction

def column_subtraction(work: Work, a: int, b: int, aim: int | None = None) -> int:
    """a − b for a ≥ b ≥ 0, column by column with every borrow; returns the difference as written. With an
    `aim` (a slipped writer's check) the digits written are aim's, so that it comes out at aim."""
    if b == 0 or a < 20 or at_a_glance(a, b, minus=True):
        d = work.value(a - b) if aim is None else aim
        work.say(f"{a} − {b} = {d}.")
        return d
    k = len(str(b))
    # "11 − 6 = 5, so 825611 − 6 = 825605": the last digits, where the borrow stops
    if b < 100 and a >= 10 ** (k + 1) and a // 10**k % 10:
        tail = a % 10 ** (k + 1)
        r = work.value(tail - b) if aim is None else aim - (a - tail)
        if r >= 0:
            work.say(f"{tail} − {b} = {r}, so {a} − {b} = {a - tail + r}.")
            return a - tail + r
    if a < 100 and b < 100 and work.voice.chance(0.5):
        tens, ones = b - b % 10, b % 10
        if tens and ones:
            d = work.value(a - b) if aim is None else aim
            work.say(work.voice.pick("{a} − {b}: {a} − {t} = {d1}, then {d1} − {o} = {d}.",
                                     "Take {b} away in two parts: {a} − {t} = {d1} and {d1} − {o} = {d}.",
                                     a=a, b=b, t=tens, o=ones, d1=a - tens, d=d))
            return d
    work.say(work.voice.pick("Subtract {a} − {b} column by column from the right:",
                             "Column subtraction, {a} − {b}:",
                             "Write {b} under {a} and subtract column by column:", a=a, b=b))
    top, bottom = digits_of(a), digits_of(b)
    borrow, written, rest = 0, [], ""
    for k, t in enumerate(top):
        d = bottom[k] if k < len(bottom) else 0
        name = place(k)
        if k >= len(bottom) and not borrow:
            rest = "".join(map(str, reversed(top[k:]))) if aim is None else str(aim // 10**k)
            if int(rest):
                work.say(work.voice.pick("  {name} and up: nothing left to take away, so {rest} comes down.",
                                         "  {name} and beyond: {rest} stays as it is.", name=name, rest=int(rest)))
            break
        if borrow and t == 0:
            e = 9
            line = f"  {name}: the 0 must lend 1, so it borrows from the {place(k + 1)} first: 10 − 1 = 9"
            new_borrow = 1
        else:
            e = t - borrow
            line = f"  {name}: " + (f"{t} − 1 = {e} after lending 1, " if borrow else "")
            new_borrow = 0
        landed = None if aim is None else aim // 10**k if k == len(top) - 1 else aim // 10**k % 10
        if k >= len(bottom):  # a column that only lends: "hundreds: 1 − 1 = 0 after lending 1", no "0 − 0 = 0"
            r = work.value(e, below=10) if landed is None else landed
            if t == 0:
                line = f"  {name}: the 0 must lend 1, so it borrows from the {place(k + 1)} first: 10 − 1 = {r}"
            else:
                line = f"  {name}: {t} − 1 = {r} after lending 1" + (", and nothing is left there" if not r else "")
            work.say(line + ".")
            written.append(r)
            borrow = new_borrow
            continue
        if e < d:
            work.tally.borrows += 1
            r = work.value(e + 10 - d, below=10) if landed is None else landed
            line += work.voice.pick("{e} is less than {d}, so borrow ten: {e} + 10 = {f}, and {f} − {d} = {r}",
                                    "{e} is smaller than {d}: borrow 1 from the {nxt}, {f} − {d} = {r}",
                                    e=e, d=d, f=e + 10, r=r, nxt=place(k + 1))
            new_borrow = 1
        else:
            r = work.value(e - d, below=10) if landed is None else landed
            sep = "; " if line.endswith("9") else ""
            line += sep + f"{e} − {d} = {r}"
        work.say(line + ".")
        written.append(r)
        borrow = new_borrow
    # a slipped digit may be 10 or more: place values still add up the way the writer would read them
    difference = int(rest or 0) * 10 ** len(written) + sum(r * 10**k for k, r in enumerate(written))
    difference = difference if aim is None else aim
    work.say(f"So {a} − {b} = {difference}.")
    return difference


# ---------------------------------------------------------------- signed sums

def signed_add(work: Work, x: int, y: int) -> int:
    """x + y for integers of any sign, by choosing addition or subtraction of sizes."""
    if 0 in (x, y) and min(x, y) < 0:
        work.say(f"Adding 0 changes nothing: {v(x)} + {paren(Fraction(y))} = {v(x + y)}.")
        return x + y
    if x >= 0 and y >= 0:
        return column_addition(work, [x, y])
    if x < 0 and y < 0:
        work.say(work.voice.pick("Both are negative, so add the sizes and keep the minus: {a} + {b}.",
                                 "Two negatives: the result is −({a} + {b}).", a=-x, b=-y))
        s = column_addition(work, [-x, -y])
        work.say(f"So {v(x)} + ({v(y)}) = {v(-s)}.")
        return -s
    pos, neg = (x, -y) if x >= 0 else (y, -x)
    big, small = max(pos, neg), min(pos, neg)
    sign = "" if pos >= neg else "−"
    work.say(work.voice.pick(
        "The signs differ, so subtract the smaller size from the larger: {big} − {small}, and the sign is that of the larger.",
        "Adding numbers of opposite sign means taking {small} away from {big} and keeping the sign of the one with the larger size.",
        big=big, small=small))
    d = column_subtraction(work, big, small)
    result = d if pos >= neg else -d
    work.say(f"So {v(x)} + ({v(y)}) = {sign}{d}." if y < 0 else f"So {v(x)} + {v(y)} = {v(result)}.")
    return result


def signed_sub(work: Work, x: int, y: int) -> int:
    """x − y for integers of any sign."""
    if x == 0 and y:
        work.say(f"Taking a number away from 0 leaves its negative: 0 − {paren(Fraction(y))} = {v(-y)}.")
        return -y
    if y < 0:
        work.say(work.voice.pick("Subtracting a negative is adding: {x} − ({y}) = {x} + {ny}.",
                                 "Minus a negative is plus: {x} − ({y}) = {x} + {ny}.", x=v(x), y=v(y), ny=v(-y)))
        return signed_add(work, x, -y)
    if x < 0:
        work.say(work.voice.pick("{x} − {y} goes further below zero: {x} − {y} = −({a} + {y}).",
                                 "Both parts pull downwards, so {x} − {y} = −({a} + {y}).", x=v(x), y=y, a=-x))
        s = column_addition(work, [-x, y])
        work.say(f"So {v(x)} − {y} = {v(-s)}.")
        return -s
    if x < y:
        work.say(work.voice.pick("{y} is bigger than {x}, so the result is negative: {x} − {y} = −({y} − {x}).",
                                 "Since {x} < {y}, {x} − {y} = −({y} − {x}).", x=x, y=y))
        d = column_subtraction(work, y, x)
        work.say(f"So {x} − {y} = {v(-d)}.")
        return -d
    return column_subtraction(work, x, y)


# ---------------------------------------------------------------- multiplication

def times_digit(work: Work, a: int, d: int, aim: int | None = None) -> int:
    """a × d for a one-digit d, right to left with every carry, on one line; returns the product as written
    (with an `aim`, that: its digits are landed as a column sum's are)."""
    if a < 10 or d in (0, 1):
        p = work.value(a * d) if aim is None else aim
        work.say(f"{a} × {d} = {p}.")
        return p
    parts, carry, product = [], 0, 0
    for k, digit in enumerate(digits_of(a)):
        last = k == len(str(a)) - 1
        s = work.value(digit * d + carry) if aim is None else _land(digit * d + carry, k, aim, last)
        lhs = f"{digit} × {d}" + (f" + {carry}" if carry else "")
        if last or s < 10:
            parts.append(f"{lhs} = {s}" + ("" if last else f", write {s}"))
        else:
            parts.append(f"{lhs} = {s}, write {s % 10}, carry {s // 10}")
            work.tally.carries += 1
        product += (s if last else s % 10) * 10**k
        carry = s // 10
    work.say(f"{a} × {d}: " + "; ".join(parts) + f". So {a} × {d} = {product}.")
    return product


def split_product(work: Work, a: int, b: int, aim: int | None = None) -> int:
    """a × b for two-digit-ish numbers, by splitting b into tens and ones (as on paper)."""
    tens, ones = b - b % 10, b % 10
    if tens == 0 or ones == 0:
        return times_small(work, a, b, aim)
    work.say(work.voice.pick("{a} × {b} is too big to see at once, so split {b} into {t} + {o}.",
                             "Break {b} into {t} + {o} and multiply {a} by each part.",
                             "Write {b} as {t} + {o}; then {a} × {b} = {a} × {t} + {a} × {o}.",
                             a=a, b=b, t=tens, o=ones))
    p1 = times_small(work, a, tens)
    p2 = times_small(work, a, ones)
    work.tally.partial_products += 2
    if at_a_glance(p1, p2):  # "230 + 23": said on the line that asks for it, not announced and then said
        product = work.value(p1 + p2) if aim is None else aim
        work.say(work.voice.pick("Now add the partial products: {p1} + {p2} = {s}.",
                                 "Add the two parts: {p1} + {p2} = {s}.", p1=p1, p2=p2, s=product))
    else:
        work.say(work.voice.pick("Now add the partial products: {p1} + {p2}.", "Add the two parts: {p1} + {p2}.",
                                 p1=p1, p2=p2))
        product = column_addition(work.nested(), [p1, p2], aim)
    work.say(f"So {a} × {b} = {product}.")
    return product


def _split_product_text(work: Work, a: int, d: int, aim: int | None = None) -> tuple[str, int]:
    """"23 × 6 = 20 × 6 + 3 × 6 = 120 + 18 = 138": a two-digit number times a digit, in the head."""
    t, o = a - a % 10, a % 10
    p = work.value(a * d) if aim is None else aim
    if a < 10 or not o or d in (0, 1):
        return f"{a} × {d} = {p}", p
    return f"{a} × {d} = {t} × {d} + {o} × {d} = {t * d} + {o * d} = {p}", p


def times_small(work: Work, a: int, m: int, aim: int | None = None) -> int:
    """a × m where m is a digit, possibly followed by zeros (60, 700); returns the product as written.
    With an `aim` the product of the digit comes out at it (less the zeros), or else the last step."""
    zeros = len(str(m)) - len(str(m).rstrip("0"))
    d, scale = m // 10**zeros, 10**zeros
    base_aim = aim // scale if aim is not None and aim % scale == 0 else None

    def shifted(base: int) -> int:
        return base * scale if aim is None or base_aim is not None else aim

    if zeros and d == 1:
        product = work.value(a * m) if aim is None else aim
        work.say(f"{a} × {m} = {product}.")
    elif zeros and a < 100:
        text, base = _split_product_text(work, a, d, base_aim)
        product = shifted(base)
        work.say(f"{a} × {m}: {text}, so {a} × {m} = {product}.")
    elif zeros:
        base = times_digit(work, a, d, base_aim)
        product = shifted(base)
        work.say(f"So {a} × {m} = {base} × {scale} = {product}.")
    elif a < 100:
        text, product = _split_product_text(work, a, d, aim)
        work.say(text + ".")
    else:
        product = times_digit(work, a, d, aim)
    return product


def long_multiplication(work: Work, a: int, b: int, aim: int | None = None) -> int:
    """a × b digit by digit of b, one partial product per digit, then a column sum (with an `aim`, the
    column sum comes out at it; with a single row, that row's product or its shift)."""
    single = sum(1 for d in digits_of(b) if d) == 1
    work.say(work.voice.pick("Long multiplication: multiply {a} by each digit of {b}, shifting one place each time.",
                             "Take {a} times each digit of {b}, from the ones up, then add the shifted rows.",
                             a=a, b=b))
    rows, seen = [], {}  # digit -> (its row's product, the place of the row that found it)
    for k, d in enumerate(digits_of(b)):
        if d == 0:
            work.say(f"  The {place(k)} digit is 0, so that row is 0.")
            continue
        row_aim = aim // 10**k if single and aim is not None and aim % 10**k == 0 else None
        if d == 1 and row_aim is None:
            p = a  # a row of 1 is the number itself: nothing to find, nor to have found before
            if not k:
                work.say(f"  {a} × 1 = {a}.")
        elif d in seen:
            p, first = seen[d]
            work.say(work.voice.pick("  {a} × {d} again: {p}, found for the {r} row.",
                                     "  {a} × {d} = {p}, the same as in the {r} row.", a=a, d=d, p=p, r=place(first)))
        else:
            p = times_digit(work.nested(), a, d, row_aim)
            seen[d] = p, k
        shifted = p * 10**k if not single or aim is None or aim % 10**k == 0 else aim
        if k:
            work.say(f"  {place(k)} row: {p} × {10**k} = {shifted}.")
        rows.append(shifted)
        work.tally.partial_products += 1
    if len(rows) == 1:
        return rows[0]
    work.say(work.voice.pick(("Now add the rows.", "Now add up the rows.", "Then add the rows."),
                             ("Add the partial products.", "Add up the partial products.", "Now add the partial products."),
                             ("Sum of the shifted rows:", "Add the shifted rows:", "The shifted rows, added:")))
    product = column_addition(work.nested(), rows, aim)
    work.say(f"So {a} × {b} = {product}.")
    return product


def multiply(work: Work, a: int, b: int, aim: int | None = None) -> int:
    """a × b for non-negative integers, choosing the method a person would use; with an `aim`, its last
    step comes out at that (a slipped writer's check)."""
    product = _multiply(work, a, b, aim)
    if hard_product(a, b):
        work.learn(a, b, product)
    return product


def _multiply(work: Work, a: int, b: int, aim: int | None) -> int:
    if 0 in (a, b):
        return times_zero(work, f"{a} × {b}", aim)
    if a < 10 and b < 10:
        p = work.value(a * b) if aim is None else aim
        work.say(f"{a} × {b} = {p}.")
        return p
    top, by = working_order(a, b)
    if top != a and _sig(by) >= 10 and top >= 100 and not _zeros(top) + _zeros(by):
        work.say(work.voice.pick("It is shorter to multiply by {s}, so work out {l} × {s}.",
                                 "Put the longer number on top: {l} × {s}.", s=by, l=top))
    return multiply_as(work, top, by, aim, shown=f"{a} × {b}")


def _zeros(n: int) -> int:
    """How many zeros n ends in."""
    return len(str(n)) - len(str(n).rstrip("0")) if n else 0


def multiply_as(work: Work, top: int, by: int, aim: int | None = None, shown: str | None = None) -> int:
    """top × by for top, by ≥ 10 laid out as given: `top` is the number whose digits are written out, times
    each digit of `by`. Zeros at the ends wait: 350 × 55 is 35 × 55 with a 0 put back (no rows of 0 × d),
    and 83 × 700 is one row, 83 × 7, shifted. With an `aim`, the last step comes out at it. `shown` is the
    product as the problem has it, for the line that puts the zeros back."""
    if _sig(by) < 10 and not (_zeros(top) and top >= 100):  # one digit and zeros: one row and a shift
        return times_small(work, top, by, aim)
    if top < 100 and by < 100 and not (_zeros(top) and _zeros(by)):
        return split_product(work, top, by, aim)
    zeros = _zeros(top) + _zeros(by)
    if not zeros:
        return long_multiplication(work, top, by, aim)
    scale, x, y = 10**zeros, _sig(top), _sig(by)
    work.say(work.voice.pick("The zeros at the end can wait: {x} × {y} first, then × {k}.",
                             "Set the end zeros aside and work out {x} × {y}; then put {z} back on.",
                             x=x, y=y, k=scale, z="the 0" if zeros == 1 else f"the {zeros} zeros"))
    inner_aim = aim // scale if aim is not None and aim % scale == 0 else None
    base = multiply_as(work.nested(), x, y, inner_aim) if min(x, y) >= 10 else _multiply(work.nested(), x, y, inner_aim)
    product = base * scale if aim is None or inner_aim is not None else aim
    work.say(f"So {shown or f'{top} × {by}'} = {base} × {scale} = {product}.")
    return product


def working_order(a: int, b: int) -> tuple[int, int]:
    """(the number on top, the one it is multiplied by) as `multiply` works a × b: the one with more digits
    that are not end zeros on top (83 × 700 is 83 times 7, shifted), else the longer. A check by swapped
    factors takes the other order."""
    return (b, a) if (len(str(_sig(b))), len(str(b))) > (len(str(_sig(a))), len(str(a))) else (a, b)


def digit_sum_residue(work_parts: list[str], n: int, aim: int | None = None) -> int:
    """Casting out nines: the digit sum of n reduced to one digit; appends the working. With an `aim` (a
    residue) the first digit sum is miscounted, by as little as will do, so that it leaves that."""
    working = []
    while n >= 10:
        digs = digits_of(n)[::-1]
        s = sum(digs)
        if aim is not None and not working:
            off = (aim - s) % 9
            s += off if off <= 4 or s + off - 9 < 1 else off - 9
        working.append(f"{' + '.join(map(str, digs))} = {s}")
        n = s
    residue = 0 if n == 9 else n
    work_parts.append((", ".join(working) + (", and 9 counts as 0" if n == 9 else "")) if working else
                      (f"{n}, which counts as 0" if n == 9 else f"{n}"))
    return residue


def _leaves(work: Work, n: int, aim: int | None = None) -> int:
    """One line of casting out nines, "684: 6 + 8 + 4 = 18, 1 + 8 = 9, and 9 counts as 0, so 684 leaves 0":
    what n leaves, as an equation chain and a remainder the verifier reads. Returns the remainder (with an
    `aim`, that, by a miscounted digit sum: see `digit_sum_residue`)."""
    notes: list[str] = []
    r = digit_sum_residue(notes, n, aim)
    if n >= 10:
        work.say(f"  {n}: {notes[0]}, so {n} leaves {r}.")
    else:
        work.say(f"  {n} leaves {r} (it is less than 9)." if n < 9 else "  9 counts as 0, so 9 leaves 0.")
    return r


def _digit_root_chain(shown: str, value: int) -> tuple[str, int]:
    """("7 × 6 = 42, 4 + 2 = 6", 6): a value summed down to one digit, and what it leaves (9 counts as 0)."""
    line = f"{shown} = {value}" if shown != str(value) else shown
    while value >= 10:
        s = sum(digits_of(value))
        line += f", {' + '.join(map(str, digits_of(value)[::-1]))} = {s}"
        value = s
    if value == 9:  # said, so that "0 + 9 − 4" after "2 + 7 = 9" reads as it is meant
        line += ", and 9 counts as 0" if line != "9" else ", which counts as 0"
    return line, 0 if value == 9 else value


def _should_leave(work: Work, shown: str, value: int, whole: str) -> int:
    """"  7 × 6 = 42, 4 + 2 = 6, so the product should leave 6": what the parts' remainders predict."""
    line, expected = _digit_root_chain(shown, value)
    work.say(f"  {line}, so {whole} should leave {expected}.")
    return expected


def check_by_nines(work: Work, a: int, b: int, product: int, remainder: int | None = None) -> None:
    """Digit sums of the factors predict the product's; it catches most slips (not transposed digits).

    With a `remainder` it checks a division instead: `product` (the dividend) should be a × b + remainder."""
    if remainder is None:
        work.say(work.voice.pick(("Check by casting out nines.", "To check, cast out nines.", "Check it by casting out nines."),
                                 ("Let me check by casting out nines.", "Let me check it by casting out nines.",
                                  "Let me check this by casting out nines."),
                                 ("A quick check by digit sums (casting out nines):",
                                  "A quick check with digit sums (casting out nines):",
                                  "Quick check by digit sums, casting out nines:")))
    else:
        work.say(work.voice.pick(("Check by casting out nines: {p} should be {a} × {b}{r}.",
                                  "To check, cast out nines: {p} should be {a} × {b}{r}.",
                                  "Check it by casting out nines: {p} should be {a} × {b}{r}."),
                                 ("A quick check by digit sums (casting out nines): {p} should be {a} × {b}{r}.",
                                  "A quick check with digit sums (casting out nines): {p} should be {a} × {b}{r}.",
                                  "Quick check by digit sums, casting out nines: {p} should be {a} × {b}{r}."),
                                 p=product, a=a, b=b, r=f" + {remainder}" if remainder else ""))
    ra, rb = _leaves(work, a), _leaves(work, b)
    rr = _leaves(work, remainder) if remainder else None
    expected = _should_leave(work, f"{ra} × {rb}" + (f" + {rr}" if rr is not None else ""), ra * rb + (rr or 0),
                             "the product" if remainder is None else str(product))
    # a writer who has slipped miscounts the digits of the product (or dividend) the way that agrees
    _leaves(work, product, work.expecting(expected))
    work.lines[-1] += " " + work.voice.pick(("They agree.", "The two agree.", "So they agree."), ("That matches.", "That matches what it should leave.", "A match."),
                                            ("Consistent.", "All consistent.", "Consistent, as it should be."))


def check_sum_by_nines(work: Work, terms: list[int], total: int, claim: str | None = None) -> None:
    """A sum of several whole numbers checked by casting out nines: what the terms leave, added, predicts what
    the total leaves; far shorter than adding them again in another grouping, column by column. Negative terms
    are cast out by their sizes: the positives' remainder less the negatives' predicts what the total leaves
    (or, for a negative total, its size), with 9 added where the difference would go below 0. `claim` is the
    equation checked, where it is not the problem as stated ("316709 + 71270 should give 387979")."""
    if min(terms) < 0 <= max(terms):
        _check_mixed_sum_by_nines(work, terms, total, claim)
        return
    sizes = terms[0] < 0
    work.say(work.voice.pick(("Check the sizes by casting out nines.", "To check, cast out nines from the sizes.",
                              "Check the sizes by casting out nines instead."),
                             ("A quick check of the sizes by digit sums (casting out nines):",
                              "A quick check of the sizes with digit sums (casting out nines):")) if sizes else
             work.voice.pick(("Check by casting out nines.", "To check, cast out nines.", "Check it by casting out nines."),
                             ("Let me check by casting out nines.", "Let me check it by casting out nines.",
                              "Let me check this by casting out nines."),
                             ("A quick check by digit sums (casting out nines):",
                              "A quick check with digit sums (casting out nines):",
                              "Quick check by digit sums, casting out nines:")))
    if claim:
        work.lines[-1] = work.lines[-1].rstrip(".:") + f": {claim}."
    residues = [_leaves(work, abs(t)) for t in terms]
    expected = _should_leave(work, " + ".join(map(str, residues)), sum(residues), "their sum" if sizes else "the sum")
    _leaves(work, abs(total), work.expecting(expected))
    work.lines[-1] += " " + work.voice.pick(("They agree.", "The two agree.", "So they agree."), ("That matches.", "That matches what it should leave.", "A match."),
                                            ("Consistent.", "All consistent.", "Consistent, as it should be."))


def _check_mixed_sum_by_nines(work: Work, terms: list[int], total: int, claim: str | None) -> None:
    """`check_sum_by_nines` for terms of both signs: "The positives leave 7 + 8 = 15, 1 + 5 = 6; the negatives
    leave 1." then "6 − 1 = 5, so 558329 should leave 5"."""
    work.say(work.voice.pick(("Check by casting out nines, the negative numbers by their sizes.",
                              "Check by casting out nines, taking the negative numbers by their sizes.",
                              "To check, cast out nines, the negatives by their sizes."),
                             ("A quick check by digit sums (casting out nines), taking the negatives by their sizes:",
                              "A quick check with digit sums (casting out nines), the negatives by their sizes:")))
    if claim:
        work.lines[-1] = work.lines[-1].rstrip(".:") + f": {claim}."
    residues = [_leaves(work, abs(t)) for t in terms]
    groups = []
    for positive in (True, False):
        rs = [r for r, t in zip(residues, terms) if (t >= 0) == positive]
        groups.append(_digit_root_chain(" + ".join(map(str, rs)), sum(rs)))
    (ptext, rp), (ntext, rn) = groups
    work.say(f"  The positives leave {ptext}; the negatives leave {ntext}.")
    big, small = (rp, rn) if total >= 0 else (rn, rp)
    shown = f"{big} − {small}" if big >= small else f"{big} + 9 − {small}"
    expected = _should_leave(work, shown, big - small if big >= small else big + 9 - small, str(abs(total)))
    _leaves(work, abs(total), work.expecting(expected))
    work.lines[-1] += " " + work.voice.pick(("They agree.", "The two agree.", "So they agree."), ("That matches.", "That matches what it should leave.", "A match."),
                                            ("Consistent.", "All consistent.", "Consistent, as it should be."))


def check_by_swap(work: Work, a: int, b: int, product: int) -> None:
    """b × a by another route than the working's: a split by place value in the head when every part is a
    glance (`splits_into_glances`), else written out in full. A writer who has slipped lands its last sum (or
    product) on the product they believe."""
    if not (a < 100 and b < 100):  # the working put the longer number on top: the check multiplies by it
        top, by = working_order(a, b)
        a, b = top, by
    work.say(work.voice.pick("Let me check it another way, with the factors swapped: {b} × {a}.",
                             "Check by the other order: {b} × {a}.", a=a, b=b))
    inner = work.nested()
    aim = work.expecting(product)
    with work.checking():
        if len(place_parts(a)) > 1 and splits_into_glances(b, a):  # b times each part of a, in the head
            product_in_steps(inner, b, a, "b", aim)
        else:
            multiply_as(inner, b, a, aim)  # not `multiply`: it would put a on top again, as the working did
    work.say(work.voice.pick(("Both routes agree.", "The two routes agree.", "Both ways give the same."),
                             ("Same result, good.", "The same result. Good.", "Same answer both ways, good."),
                             ("It matches.", "That matches.", "It matches the working.")))


# ---------------------------------------------------------------- division

def long_division(work: Work, a: int, b: int) -> tuple[int, int]:
    """a ÷ b for a ≥ 0, b > 0, digit by digit with trial quotients; returns (q, r)."""
    if a < b:
        work.say(f"{b} does not go into {a} at all: the quotient is 0, remainder {a}.")
        return 0, a
    exact = a % b == 0
    if b < 10 and a < 10 * b:
        k, r = _digit_and_remainder(work, b, a, exact, tried=False)
        work.say(f"{b} × {k} = {a - r}" + (f" and {a} − {a - r} = {r}." if r or not exact else f", so {a} ÷ {b} = {k}."))
        return k, r
    work.say(work.voice.pick(("Long division of {a} by {b}.", "Long division: {a} by {b}.", "Do {a} by {b} as a long division."),
                             ("Divide {a} by {b} the long way.", "Divide {a} by {b} by long division.",
                              "Work out {a} ÷ {b} the long way."),
                             ("Set up long division: {a} ÷ {b}.", "Set it up as long division: {a} ÷ {b}.",
                              "Write it as a long division: {a} ÷ {b}."), a=a, b=b))
    text = str(a)
    current, pos = 0, 0
    while pos < len(text) and current * 10 + int(text[pos]) < b:
        current = current * 10 + int(text[pos])
        pos += 1
    current = current * 10 + int(text[pos])
    pos += 1
    work.say(work.voice.pick("  Start with {c}, the first part of {a} that is at least {b}.",
                             "  {b} first fits into {c}.", c=current, a=a, b=b))
    lead, scale = int(str(b)[0]), 10 ** (len(str(b)) - 1)
    quotient = 0
    while True:
        q = current // b
        # estimate from leading digits as a person does; the estimate can be too big
        guess = min(9, (current // scale) // lead) if current >= b else 0
        line = f"  How many {b}s in {current}? "
        while guess > q:
            line += f"Try {guess}: {b} × {guess} = {b * guess}, more than {current}, too big. "
            guess -= 1
        k, r = _digit_and_remainder(work, b, current, exact, tried="too big" in line)
        if q == 0:
            line += f"{b} is more than {current}, so 0"
        else:
            line += f"{b} × {k} = {b * q}" + ("" if k == 9 or "too big" in line else
                                              f" and {b} × {k + 1} = {b * (k + 1)} is too much") + f", so {k}"
        work.say(line + f"; {current} − {b * q} = {r}.")
        quotient = quotient * 10 + k
        if pos == len(text):
            break
        nxt = int(text[pos])
        pos += 1
        current = r * 10 + nxt
        work.say(f"  Bring down {nxt}: {current}.")
    q = quotient
    work.say(work.voice.pick("  No digits left: quotient {q}, remainder {r}.",
                             "  Done: {q} with remainder {r}.", q=q, r=r))
    if r == 0 and hard_quotient(a, b):
        work.learn(b, q, a)
    return q, r


def _digit_and_remainder(work: Work, b: int, current: int, exact: bool, tried: bool) -> tuple[int, int]:
    """(the quotient digit, the remainder) a step of dividing `current` by b writes, where a slip may go.

    In a division that comes out exact (decided on the problem) the slip is a times-table one, b × (q + 1)
    taken for b × q's product, and the remainder stays true: a negative then ends on "remainder 0" and a
    check by multiplying back as every positive of an exact division does, where a slipped remainder would
    leave one that no such positive shows. Not after a trial digit was rejected as too big: the slip would
    name it. Elsewhere the remainder may slip."""
    q = current // b
    if not exact:
        return q, work.value(current - b * q, "remainder", below=b)
    return (work.value(q, "times table", below=10) if q and not tried else q), current - b * q


_TIMES = ("zero times", "once", "twice", "three times", "four times", "five times", "six times", "seven times",
          "eight times", "nine times")


def short_division(work: Work, a: int, d: int, aim: int | None = None) -> tuple[str, int, int]:
    """a ÷ d in the head, for a ≥ 0 and a divisor that is one digit (and zeros): left to right, every
    remainder said ("8 goes into 30 three times, remainder 6; 8 goes into 69 eight times, ..."), which
    the verifier reads back. Returns (that text, quotient, remainder) as written.

    With an `aim` (a quotient expected to come out exact, for a writer who has slipped) the steps are
    those of aim × d, each on the digits of a as they are brought down: a step is wrong where a's digit
    is not aim × d's, and the division comes out at aim."""
    if aim is not None and a != aim * d:
        return _expected_short_division(a, d, aim)
    text = str(a)
    current, pos = 0, 0
    while pos < len(text) - 1 and current * 10 + int(text[pos]) < d:  # start with the first part at least d
        current = current * 10 + int(text[pos])
        pos += 1
    current = current * 10 + int(text[pos])
    pos += 1
    parts, quotient = [], 0
    while True:
        k = current // d
        r = work.value(current - k * d, "remainder", below=d)
        parts.append(f"{d} goes into {current} {_TIMES[k]}" + (f", remainder {r}" if r else ""))
        quotient = quotient * 10 + k
        if pos == len(text):
            return "; ".join(parts), quotient, r
        current = r * 10 + int(text[pos])
        pos += 1


def _expected_short_division(a: int, d: int, aim: int) -> tuple[str, int, int]:
    seen, meant = str(a), str(aim * d)
    width = max(len(seen), len(meant))
    seen, meant = seen.zfill(width), meant.zfill(width)
    current, shown, pos = 0, 0, 0
    while pos < width - 1 and current * 10 + int(meant[pos]) < d:
        current, shown, pos = current * 10 + int(meant[pos]), shown * 10 + int(seen[pos]), pos + 1
    current, shown, pos = current * 10 + int(meant[pos]), shown * 10 + int(seen[pos]), pos + 1
    parts, quotient = [], 0
    while True:
        k = current // d
        r = current - k * d
        parts.append(f"{d} goes into {shown} {_TIMES[k]}" + (f", remainder {r}" if r else ""))
        quotient = quotient * 10 + k
        if pos == width:
            return "; ".join(parts), quotient, r
        current, shown, pos = r * 10 + int(meant[pos]), r * 10 + int(seen[pos]), pos + 1


def divide_out(work: Work, a: int, d: int) -> int:
    """The exact a ÷ d (a ≥ 0, d > 0) on its own line or lines: stated when a glance does it, else by
    short division (a one-digit divisor) or long division. Returns the quotient as written."""
    if not hard_quotient(a, d, work):
        q = work.value(work.quotient(a, d) or a // d)
        work.say(f"{a} ÷ {d} = {q}.")
        return q
    # a slip goes into the quotient written at the end, never into a remainder: the quotient is what
    # flows on, and a slipped remainder of a division that comes out exact would change nothing after it
    with work.checking():
        steps, q, _ = short_division(work, a, d) if _sig(d) < 10 else ("", *long_division(work, a, d))
    written = work.value(q)
    work.say(f"{a} ÷ {d}: {steps}. So {a} ÷ {d} = {written}." if steps else f"So {a} ÷ {d} = {written}.")
    work.learn(d, written, a)
    return written


# ---------------------------------------------------------------- fractions

def reduce_fraction(work: Work, num: int, den: int, found: bool = False) -> Fraction:
    """Write num/den in lowest terms, saying the common factor; a division a glance cannot do is worked,
    and so is a common factor a glance cannot see (`common_factor_chain`), unless the caller has `found`
    it already. Returns the value as written."""
    value = Fraction(num, den)
    g = gcd(num, den)
    if den < 0:
        num, den = -num, -den
    if g <= 1:
        return value
    if num == 0:
        work.say(f"0/{den} = 0: no parts of any size make 0.")
        return value
    n, sign = abs(num), (-1 if num < 0 else 1)
    if not found and den // g != 1 and hidden_common_factor(n, den):
        if seen_through_products(n, den, work):  # products worked out before show it: no remainders
            work.say(f"{as_multiples(g, {n: n // g, den: den // g})}" + (f" share {g}." if n != g else "."))
        else:
            find_common_factor(work, n, den)
    if not hard_reduction(n, den, work):
        if den // g == 1:
            work.say(f"{v(num)}/{den} = {v(num // g)}, since {den} goes into {n} exactly {n // g} times.")
        else:
            work.say(work.voice.pick("Both {n} and {d} are divisible by {g}: {sn}/{d} = {r}.",
                                     "Reduce by {g}: {sn}/{d} = {r}.", n=n, d=den, g=g, sn=v(num), r=v(value)))
        return value
    if den // g == 1:
        work.say(work.voice.pick("{d} goes into {n} a whole number of times; divide to find it.",
                                 "{sn}/{d} is a whole number: divide {n} by {d}.", n=n, d=den, sn=v(num)))
        q = divide_out(work.nested(), n, den)
        work.say(f"So {v(num)}/{den} = {v(sign * q)}.")
        return Fraction(sign * q)
    work.say(work.voice.pick("Both {n} and {d} are divisible by {g}; divide each by it.",
                             "Reduce by {g}, dividing top and bottom:", n=n, d=den, g=g))
    top = divide_out(work.nested(), n, g)
    bottom = divide_out(work.nested(), den, g)
    work.say(f"So {v(num)}/{den} = {v(sign * top)}/{bottom}.")
    return Fraction(sign * top, bottom)


def fraction_of_quotient(work: Work, a: int, b: int, q: int, r: int) -> Fraction:
    """Turn a quotient with remainder into the exact answer (from q and r as they were written)."""
    top = q * b + r
    value = Fraction(top, b)
    if r == 0:
        return value
    g = gcd(b, r)
    if g == 1 or not hard_reduction(top, b, work):
        work.say(f"So {a} ÷ {b} = {q} + {r}/{b} = {top}/{b}.")
        # top and b have the common factors of r and b: the small pair is the one to search
        found = hidden_common_factor(r, b) and (g == 1 or b // g != 1)
        if found:
            find_common_factor(work, r, b)
        if g == 1 and found:
            work.say(work.voice.pick("So {f} is already in lowest terms.", "So {f} stays as it is.", f=v(value)))
        elif g == 1:
            work.say(work.voice.pick("{r} and {b} share no factor, so {f} is already in lowest terms.",
                                     "No common factor between {r} and {b}: {f} stays as it is.", r=r, b=b, f=v(value)))
        else:
            reduce_fraction(work, top, b, found=found)
        return value
    # dividing the whole of top by g is long work: reduce the small remainder part instead, then join
    work.say(work.voice.pick("So {a} ÷ {b} = {q} + {r}/{b}; the part {r}/{b} is the one to reduce.",
                             "So {a} ÷ {b} = {q} + {r}/{b}. Reduce the remainder part {r}/{b} first.",
                             a=a, b=b, q=q, r=r))
    part = reduce_fraction(work.nested(), r, b)
    small, bottom = part.numerator, part.denominator
    if not hard_product(q, bottom, work):
        top = work.value(q * bottom + small)
        work.say(f"So {a} ÷ {b} = {q} + {small}/{bottom} = {top}/{bottom}.")
        return Fraction(top, bottom)
    chain = product_chain(work, q, bottom)
    if chain is None:
        whole = multiply(work.nested(), q, bottom)
    else:
        work.say(chain[0] + ".")
        whole = chain[1]
    top = work.value(whole + small)
    work.say(f"So {a} ÷ {b} = {q} + {small}/{bottom} = ({whole} + {small})/{bottom} = {top}/{bottom}.")
    return Fraction(top, bottom)


def times_zero(work: Work, shown: str, aim=None):
    """A product with a factor 0, said as a person says it: no digits, no bottoms, just the rule. With an
    `aim` (a slipped writer's check) it says that instead."""
    result = 0 if aim is None else aim
    work.say(work.voice.pick("Anything times 0 is 0: {s} = {r}.", "A factor of 0 makes the product 0: {s} = {r}.",
                             s=shown, r=v(result)))
    return result


def _add_zero(work: Work, x: Fraction, y: Fraction, minus: bool, shown: str, aim: Fraction | None) -> Fraction | None:
    """x ± y where a 0 takes part or the two cancel, said by the rule instead of over a common denominator
    ("adding 0 changes nothing", "a number minus itself is 0"); None when neither happens."""
    result = x - y if minus else x + y
    if y == 0:
        why = "Taking away 0 changes nothing" if minus else "Adding 0 changes nothing"
    elif x == 0:
        why = "Taking a number away from 0 leaves its negative" if minus else "Adding to 0 leaves the number as it is"
    elif result == 0:
        why = "A number minus itself is 0" if minus else "A number plus its negative is 0"
    else:
        return None
    result = result if aim is None else Fraction(aim)
    work.say(f"{why}: {shown} = {v(result)}.")
    return result


def fraction_add(work: Work, x: Fraction, y: Fraction, minus: bool = False, aim: Fraction | None = None) -> Fraction:
    """x ± y over a common denominator (x, y may be integers or fractions). With an `aim` the numerator
    comes out at it over the common denominator (or, where aim does not go over it, the sum says aim)."""
    op = "−" if minus else "+"
    shown = f"{paren(x, first=True)} {op} {paren(y)}"
    zero = _add_zero(work, x, y, minus, shown, aim) if x.denominator != 1 or y.denominator != 1 else None
    if zero is not None:
        return zero
    if x.denominator == 1 and y.denominator == 1:
        result = Fraction(work.value(int(x - y if minus else x + y))) if aim is None else Fraction(aim)
        work.say(f"{shown} = {v(result)}.")
        return result
    if x.denominator == y.denominator:
        common, kx, ky = x.denominator, 1, 1
    elif x.denominator == 1 or y.denominator == 1:
        # a whole number goes straight over the fraction's bottom ("2 = 12/6"): there is no common
        # denominator of 1 and 6 to look for
        common = max(x.denominator, y.denominator)
        kx, ky = (common, 1) if x.denominator == 1 else (1, common)
        whole = x if x.denominator == 1 else y
        if not hard_product(whole.numerator, common, work):
            top = work.product(whole.numerator, common)
            work.say(work.voice.pick("Write {w} over {c}: {w} = {t}/{c}.", "Over {c}, {w} = {t}/{c}.",
                                     w=v(whole), t=v(top), c=common))
            xn, yn = (top, y.numerator) if whole is x else (x.numerator, top)
            return _over_common(work, xn, yn, common, op, minus, aim)
        work.say(work.voice.pick("Write {w} over {c}:", "Put {w} over {c}:", w=v(whole), c=common))
    else:
        common, kx, ky = common_denominator(work, x.denominator, y.denominator)
    xn = scale_to(work, x, kx, common) if kx != 1 else x.numerator
    yn = scale_to(work, y, ky, common) if ky != 1 else y.numerator
    return _over_common(work, xn, yn, common, op, minus, aim)


def _over_common(work: Work, xn: int, yn: int, common: int, op: str, minus: bool, aim: Fraction | None) -> Fraction:
    """xn/common ± yn/common, the tops added or taken away (with an `aim`, landing on it), then reduced."""
    top = work.value(xn - yn if minus else xn + yn)
    sides = f"{v(xn)}/{common} {op} {v(yn) if yn >= 0 else '(' + v(yn) + ')'}/{common}"
    if aim is not None and Fraction(top, common) != aim:
        if (aim * common).denominator != 1:
            work.say(f"{sides} = {v(aim)}.")
            return Fraction(aim)
        top = int(aim * common)
    work.say(f"{sides} = {v(top)}/{common}.")
    return reduce_fraction(work, top, common)


def common_denominator(work: Work, c: int, d: int) -> tuple[int, int, int]:
    """(the least common denominator of c ≠ d, what c's fraction is scaled by, what d's is), said, and
    worked where a glance cannot find it."""
    g, big, small = gcd(c, d), max(c, d), min(c, d)
    common = c * d // g
    found = bool(big % small) and hidden_common_factor(c, d)
    if found:  # the working has just said what they share: the lead below does not say it again
        find_common_factor(work, c, d)
    if not hard_common_denominator(c, d, work):
        # a product or quotient worked out before is taken as the trace has it
        if big % small == 0:
            k = work.quotient(big, small) or big // small
            common, kx, ky = big, (k if c == small else 1), (k if d == small else 1)
        else:
            common, kx, ky = work.product(c, d // g), d // g, c // g
        work.say(work.voice.pick("The least common denominator of {p} and {q} is {c}.",
                                 "Bring both to the denominator {c}.", p=c, q=d, c=common))
        return common, kx, ky
    if big % small == 0:
        work.say(work.voice.pick("{big} is a multiple of {small}, so bring both to the denominator {big}; "
                                 "how many times does {small} go into it?",
                                 "Bring both to the denominator {big}, a multiple of {small}. "
                                 "Divide to find the factor:",
                                 big=big, small=small))
        k = divide_out(work.nested(), big, small)
        return big, (k if c == small else 1), (k if d == small else 1)
    if g == 1:
        chain = product_chain(work, c, d)
        lead = "So the least common denominator is their product" if found else work.voice.pick(
            "{c} and {d} share no factor, so the least common denominator is their product",
            "No factor is common to {c} and {d}, so the common denominator is their product", c=c, d=d)
        if chain is not None:
            work.say(f"{lead}: {chain[0]}.")
            return chain[1], d, c
        work.say(lead + ".")
        common = multiply(work.nested(), c, d)
        work.say(f"So the common denominator is {common}.")
        return common, d, c
    work.say(f"So the least common denominator is {c} × ({d} ÷ {g})." if found else work.voice.pick(
        "{c} and {d} have the common factor {g}, so the least common denominator is {c} × ({d} ÷ {g}).",
        "{c} and {d} share the factor {g}: the least common denominator is {c} × ({d} ÷ {g}).", c=c, d=d, g=g))
    inner = work.nested()
    kx = divide_out(inner, d, g)
    ky = divide_out(inner, c, g)
    common = worked_product(inner, c, kx)
    return common, kx, ky


def scale_to(work: Work, value: Fraction, k: int, common: int) -> int:
    """Write value over the denominator common (its own times k): the numerator, as written, times k,
    worked out first when a glance cannot do it."""
    n = value.numerator
    if not hard_product(n, k, work):
        top = work.product(n, k)
        work.say(f"  {v(value)} = {v(top)}/{common}")
        return top
    sign = -1 if n < 0 else 1
    chain = product_chain(work, abs(n), k)
    if chain is not None:
        work.say(f"  {chain[0]}, so {v(value)} = {v(sign * chain[1])}/{common}")
        return sign * chain[1]
    work.say(work.voice.pick("  {x} over {c}: its top times {k}.", "  To write {x} over {c}, multiply its top by {k}.",
                             x=v(value), c=common, k=k))
    top = sign * multiply(work.nested().nested(), abs(n), k)
    work.say(f"  So {v(value)} = {v(top)}/{common}")
    return top


def product_text(a: int, b: int, c: int, d: int) -> str:
    """(a × b)/(c × d) as a person writes it: no factor 1 and no bottom of 1, brackets only round a product
    with something on its other side, the sign in front: "(3 × 5)/(4 × 6)", "7/(9 × 2)", "−(7 × 3)/2", "23 × 11"."""
    sign = "−" if a * b < 0 else ""
    tops = [str(abs(n)) for n in (a, b) if abs(n) != 1] or ["1"]
    bottoms = [str(n) for n in (c, d) if n != 1]
    if not bottoms:
        return sign + " × ".join(tops)
    top = f"({' × '.join(tops)})" if len(tops) > 1 else tops[0]
    return f"{sign}{top}/" + (f"({' × '.join(bottoms)})" if len(bottoms) > 1 else bottoms[0])


def _cancel_across(work: Work, a: int, b: int, c: int, d: int) -> tuple[int, int, int, int, str]:
    """(a, b, c, d) of (a/c) × (b/d) with what a top shares with the other bottom cancelled before multiplying,
    as a careful person does: the numbers stay small and the product needs no reducing after (a fraction is in
    lowest terms already, so only a top and the other bottom can share a factor). A factor no glance sees is
    found first (`find_common_factor`), and a division too hard to state is worked on lines of its own; the
    rest is said in a sentence returned for a line of its own, before the product's (where a value may slip)."""
    pairs = [(abs(a), d), (abs(b), c)]  # (a top, the other fraction's bottom)
    shared = [gcd(n, m) if n and m != 1 else 1 for n, m in pairs]
    # one going into the other is seen by dividing ("the 11 goes into the 77, 77 ÷ 11 = 7"): no remainders
    found = [g > 1 and g not in (n, m) and hidden_common_factor(n, m, work) for g, (n, m) in zip(shared, pairs)]
    for k, (n, m) in enumerate(pairs):
        if found[k]:
            find_common_factor(work, n, m)
    out, clauses = [], []
    for (n, m), g, seen in zip(pairs, shared, found):
        if g == 1:
            out.append((n, m))
        elif hard_reduction(n, m, work):
            work.say(f"{g} goes into {n + m - g}; cancel it, dividing:" if g in (n, m) else work.voice.pick(
                "Cancel {g} from {n} and {m}, dividing each by it:",
                "{n} and {m} share the factor {g}; cancel it before multiplying:", g=g, n=n, m=m))
            out.append(tuple(divide_out(work.nested(), x, g) if x != g else 1 for x in (n, m)))
        else:
            clause, n_m = _cancel_clause(work, n, m, g, seen)
            clauses.append(clause)
            out.append(n_m)
    (a2, d2), (b2, c2) = out
    if not clauses and max(shared) > 1:  # cancelled on the lines above: the product line says so
        return (-a2 if a < 0 else a2), (-b2 if b < 0 else b2), c2, d2, "After cancelling, "
    lead = "" if not clauses else work.voice.pick("Cancel before multiplying: {c}. ", "Cancel across first: {c}. ",
                                                  "First cancel common factors: {c}. ", c="; ".join(clauses))
    return (-a2 if a < 0 else a2), (-b2 if b < 0 else b2), c2, d2, lead


def _cancel_clause(work: Work, n: int, m: int, g: int, found: bool) -> tuple[str, tuple[int, int]]:
    """("the 4s cancel", "the 4 goes into the 8, 8 ÷ 4 = 2", "12 and 18 share 6, 12 ÷ 6 = 2 and 18 ÷ 6 = 3", or
    only the divisions when working has just found g), and n, m divided by g as written."""
    if n == m:
        return work.voice.pick("the {n}s cancel", "the {n} on top and the {n} below cancel", n=n), (1, 1)
    # no slip here: a slipped quotient leaves a product to reduce after it (21 ÷ 3 = 6, then 6/10 = 3/5), which
    # no true trace has after cancelling; the slip goes in the product's line, kept in lowest terms
    left = {x: x // g if x != g else 1 for x in (n, m)}
    divisions = " and ".join(f"{x} ÷ {g} = {left[x]}" for x in (n, m) if x != g)
    if found:
        return divisions, (left[n], left[m])
    if g not in (n, m) and hidden_common_factor(n, m):  # in sight only through products worked out before: say them
        return f"{as_multiples(g, left)} share {g}", (left[n], left[m])
    if g in (n, m):
        return work.voice.pick("the {g} goes into the {o}, {d}", "{d}, so the {g} cancels", g=g, o=n + m - g,
                               d=divisions), (left[n], left[m])
    return f"{n} and {m} share {g}, {divisions}", (left[n], left[m])


def fraction_mul(work: Work, x: Fraction, y: Fraction, aim: Fraction | None = None) -> Fraction:
    """x × y: what a top shares with the other bottom cancelled first (`_cancel_across`), then tops times
    tops over bottoms times bottoms; a hard product is worked out first.

    With an `aim`, the tops' product comes out at what reduces to it, or else the bottoms' product does
    (never a product by 1: that is no product to get wrong); where neither can, the product of the
    fractions is said to be aim."""
    if x == 0 or y == 0:
        return Fraction(times_zero(work, f"{paren(x, True, mul=True)} × {paren(y, mul=True)}", aim))
    a, b, c, d, lead = _cancel_across(work, x.numerator, y.numerator, x.denominator, y.denominator)
    if lead.endswith(". "):  # what cancels is a sentence of its own, the product a line after it, not both in one
        work.say(lead.strip())
        lead = ""
    # a whole number has no bottom to write: "7 × (3/2) = (7 × 3)/2", and two whole ones are one product
    whole = x.denominator == 1 and y.denominator == 1
    over = product_text(a, b, c, d)
    plain = "×" not in over  # "(4/3) × (1/4) = 1/3": nothing between the product and its value
    shown = lead + f"{paren(x, True, mul=True)} × {paren(y, mul=True)}" + ("" if whole or plain else f" = {over}")
    top_aim = None
    if aim is not None and aim != Fraction(work.product(a, b), work.product(c, d)) and 1 not in (abs(a), abs(b)):
        landing = aim * work.product(c, d)
        if landing.denominator == 1 and (landing < 0) == (a * b < 0):
            top_aim = int(landing)

    def bottom_aim(top: int) -> int | None:
        if aim is None or not aim or Fraction(top, work.product(c, d)) == aim or 1 in (c, d):
            return None
        landing = Fraction(top * aim.denominator, aim.numerator)
        return int(landing) if landing.denominator == 1 and landing > 0 else None

    def said(top: int, bottom: int, line: str) -> Fraction:
        if aim is not None and Fraction(top, bottom) != aim:
            work.say(f"{line} = {v(aim)}.")
            return Fraction(aim)
        if bottom == 1:
            work.say(f"{line} = {v(top)}.")
            return Fraction(top)
        work.say(f"{line} = {v(top)}/{bottom}.")
        return reduce_fraction(work, top, bottom)

    if not (hard_product(a, b, work) or hard_product(c, d, work)):
        top = work.value(work.product(a, b), coprime_to=work.product(c, d)) if top_aim is None else top_aim
        return said(top, bottom_aim(top) or work.product(c, d), shown)
    # a product of two numbers of two or more digits is worked out, not stated: the trace does the hard part
    work.say(f"{shown}.")
    top = None  # unless worked out here, stated after the bottoms': a value that may slip is in the next line
    if hard_product(a, b, work):
        sign = -1 if a * b < 0 else 1
        top = sign * multiply(work.nested(), abs(a), abs(b), None if top_aim is None else abs(top_aim))
    lands = bottom_aim(top if top is not None else work.product(a, b) if top_aim is None else top_aim)
    bottom = multiply(work.nested(), c, d, lands) if hard_product(c, d, work) else lands or work.product(c, d)
    if top is None:
        top = work.value(work.product(a, b), coprime_to=bottom) if top_aim is None else top_aim
    elif "/" not in over and top > 0:  # "23 × 11" worked out just above: the product's own line says what it came to
        work.say(f"So {paren(x, True, mul=True)} × {paren(y, mul=True)} = {top}.")
        return Fraction(top)
    return said(top, bottom, f"So {over}")


def fraction_div(work: Work, x: Fraction, y: Fraction, aim: Fraction | None = None) -> Fraction:
    if x == 0:  # nothing to flip for: 0 shared out is 0
        result = Fraction(0 if aim is None else aim)
        work.say(work.voice.pick("0 divided by any number but 0 is 0: {xs} ÷ {ys} = {r}.",
                                 "Nothing divided up is still nothing: {xs} ÷ {ys} = {r}.",
                                 xs=paren(x, True, mul=True), ys=paren(y, mul=True), r=v(result)))
        return result
    flipped = 1 / y
    work.say(work.voice.pick("Dividing by {y} is multiplying by its reciprocal {r}: {xs} ÷ {ys} = {xs} × {rs}.",
                             "Flip the divisor: {xs} ÷ {ys} = {xs} × {rs}.", y=v(y), r=v(flipped),
                             xs=paren(x, True, mul=True), ys=paren(y, mul=True), rs=paren(flipped, mul=True)))
    return fraction_mul(work, x, flipped, aim)


# ---------------------------------------------------------------- a check in one line, every step shown

def _over(n: int, common: int, first: bool) -> str:
    """n/common as a term of a sum, unreduced: "−35/21", or "(−18/21)" after an operator."""
    return f"{v(n)}/{common}" if n >= 0 or first else f"({v(n)}/{common})"


def sum_chain(x: Fraction, y: Fraction, minus: bool = False, aim: Fraction | None = None) -> str:
    """x ± y as a chain a check writes on one line, each step a glance the caller has made sure of
    (`hard_to_state`): both over the common denominator, the tops combined, then reduced: "143/63 − 5/9 =
    143/63 − 35/63 = 108/63 = 12/7", not "143/63 − 5/9 = 12/7". With an `aim` the chain ends on it."""
    op = "−" if minus else "+"
    steps = [f"{paren(x, first=True)} {op} {paren(y)}"]
    value = x - y if minus else x + y
    if (x.denominator != 1 or y.denominator != 1) and x and y and value:  # (0 goes by its rule: no 0/15)
        common = x.denominator * y.denominator // gcd(x.denominator, y.denominator)
        xn, yn = x.numerator * (common // x.denominator), y.numerator * (common // y.denominator)
        if x.denominator != y.denominator:
            steps.append(f"{_over(xn, common, True)} {op} {_over(yn, common, False)}")
        steps.append(f"{v(xn - yn if minus else xn + yn)}/{common}")
    if aim is not None and aim != value:
        value = aim
    steps.append(v(value))
    return " = ".join(dict.fromkeys(steps))  # a step said once: "6/5 + 3/5 = 9/5", not "= 9/5 = 9/5"


def product_chain_text(x: Fraction, y: Fraction, divide: bool = False, aim: Fraction | None = None) -> str:
    """x × y (or x ÷ y) as a chain a check writes on one line, each step a glance the caller has made sure of:
    a division flipped to a product, what cancels cancelled, then the value: "(144/55) ÷ (18/11) =
    (144/55) × (11/18) = 8/5", "(20/9) × (5/3) = (4 × 5)/(9 × 3)"… With an `aim` the chain ends on it."""
    sign = "÷" if divide else "×"
    steps = [f"{paren(x, True, mul=True)} {sign} {paren(y, mul=True)}"]
    if divide:
        y = 1 / y
        steps.append(f"{paren(x, True, mul=True)} × {paren(y, mul=True)}")
    a, b, c, d = x.numerator, y.numerator, x.denominator, y.denominator
    g, h = gcd(a, d), gcd(b, c)
    over = product_text(a // g, b // h, c // h, d // g)
    if "×" in over:
        steps.append(over)
    value = x * y if aim is None else aim
    steps.append(v(value))
    return " = ".join(dict.fromkeys(steps))


def paren(value: Fraction, first: bool = False, mul: bool = False) -> str:
    """A value as an operand: negatives (not first) and fractions (in products) get brackets."""
    text = v(value)
    if (value < 0 and not first) or (mul and value.denominator != 1):
        return f"({text})"
    return text
