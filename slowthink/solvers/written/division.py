"""Division of whole numbers: long division with trial quotients that are sometimes too big, short
division by one digit said on one line, and `divide_out`, the exact quotient a fraction's working needs.

A quotient with a remainder is turned into a fraction in `lowest_terms`.
"""

from __future__ import annotations

from slowthink.solvers.written.glance import hard_quotient, significant
from slowthink.solvers.written.work import Work


def long_division(work: Work, a: int, b: int, aim: int | None = None) -> tuple[int, int]:
    """a ÷ b for a ≥ 0, b > 0, digit by digit with trial quotients; returns (q, r).

    With an `aim` (a quotient expected to come out exact, for a writer who has slipped) the steps are those
    of aim × b, the number the writer believes they are dividing, under a lead that names a: it comes out
    at aim, remainder 0."""
    shown, a = a, (a if aim is None else aim * b)
    if a < b:
        work.say(f"{b} does not go into {shown} at all: the quotient is 0, remainder {a}.")
        return 0, a
    exact = a % b == 0
    if b < 10 and a < 10 * b:
        k, r = _digit_and_remainder(work, b, a, exact, tried=False)
        work.say(f"{b} × {k} = {a - r}" + (f" and {a} − {a - r} = {r}." if r or not exact else
                                           f", so {shown} ÷ {b} = {k}."))
        return k, r
    work.say(work.voice.pick(("Long division of {a} by {b}.", "Long division: {a} by {b}.", "Do {a} by {b} as a long division."),
                             ("Divide {a} by {b} the long way.", "Divide {a} by {b} by long division.",
                              "Work out {a} ÷ {b} the long way."),
                             ("Set up long division: {a} ÷ {b}.", "Set it up as long division: {a} ÷ {b}.",
                              "Write it as a long division: {a} ÷ {b}."), a=shown, b=b))
    text = str(a)
    current, pos = 0, 0
    while pos < len(text) and current * 10 + int(text[pos]) < b:
        current = current * 10 + int(text[pos])
        pos += 1
    current = current * 10 + int(text[pos])
    pos += 1
    work.say(work.voice.pick("  Start with {c}, the first part of {a} that is at least {b}.",
                             "  {b} first fits into {c}.", c=current, a=a, b=b))
    rounded = _rounded_divisor(b)
    quotient = 0
    while True:
        q = current // b
        # estimate with the divisor rounded to one figure, as a person does (18 as 20): one off now and then
        guess = min(9, current // rounded) if current >= b else 0
        line = f"  How many {b}s in {current}? "
        while guess > q:
            line += f"Try {guess}: {b} × {guess} = {b * guess}, more than {current}, too big. "
            guess -= 1
        while guess < q:
            line += (f"Try {guess}: {b} × {guess} = {b * guess}, and {current} − {b * guess} = {current - b * guess} "
                     f"is still {b} or more, so more. ")
            guess += 1
        k, r = _digit_and_remainder(work, b, current, exact, tried="Try " in line)
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
    if r == 0 and shown == a and hard_quotient(a, b):
        work.learn(b, q, a)
    return q, r


def _rounded_divisor(b: int) -> int:
    """What a person divides by to guess a quotient digit: a one-digit b as it is (the times table), a two-digit one to
    the nearest 5 (18 → 20, 14 → 15, 61 → 60), a longer one to two figures (143 → 140). The guess is then right or
    one off, either way, now and then two. From the first figure alone (14 as 10, 143 as 100) it was often several
    too big."""
    if b < 10:
        return b
    if b < 100:
        return (b + 2) // 5 * 5
    scale = 10 ** (len(str(b)) - 2)
    return (b + scale // 2) // scale * scale


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
        steps, q, _ = short_division(work, a, d) if significant(d) < 10 else ("", *long_division(work, a, d))
    written = work.value(q)
    work.say(f"{a} ÷ {d}: {steps}. So {a} ÷ {d} = {written}." if steps else f"So {a} ÷ {d} = {written}.")
    work.learn(d, written, a)
    return written
