"""Sums and differences of whole numbers as on paper: column addition with every carry, column subtraction
with every borrow, and signed sums worked as one or the other on the sizes.

Also what is said in one breath instead (`at_a_glance`), and `landing_sum`, which lands a column on the
value a slipped writer's check must come out at (multiplication lands its digits the same way).
"""

from __future__ import annotations

from fractions import Fraction

from slowthink.core.places import place
from slowthink.solvers.written.glance import significant
from slowthink.solvers.written.work import Work, digits_of, paren, v


# ---------------------------------------------------------------- addition

def landing_sum(s: int, k: int, aim: int, last: bool) -> int:
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
    number added ("3969 + 5 = 3974") or taken from a two-digit one ("95 − 7 = 88"), a round number to or from one
    under 1000 ("92 + 10 = 102"), or no carry (no borrow)
    with a small number ("8 + 700 = 708", "33410 + 11 = 33421", "5448 + 300 = 5748"): nothing but a digit or
    two to change."""
    small = b if minus else min(a, b)
    if small < 10 and (not minus or a < 100):  # "3969 + 5", "95 − 7": a digit on or off
        return True
    if significant(small) < 10 and max(a, b) < 1000:  # "92 + 10 = 102", "300 − 70 = 230": a round number on or off
        return True
    return (small < 1000 or significant(small) < 100) and not (borrows(a, b) if minus else carries(a, b))


def column_terms(rows: list[int], k: int, blanks: list[int] | None = None) -> list[int]:
    """The digits added in the k-th column from the right (0: the ones) of `rows`: each row's digit there, if it has
    one, but not the zeros a row's shift leaves at its right end (`blanks`: how many places each row is shifted).
    Those are blanks on paper, never added; a row's own zeros are written and added. A column of blanks alone
    writes one 0."""
    blanks = blanks or [0] * len(rows)
    present = [(digits_of(r)[k], k < blank) for r, blank in zip(rows, blanks) if len(str(r)) > k]
    return [d for d, blank in present if d or not blank] or [0]


# how a column's carry is said: chosen once for a whole sum, as a person writes every column the same way
_CARRY_NOTES = (" (with the carried {c})", " (the last {c} is the carry)", " (including the carry {c})")
_CARRIES = (", write {d}, carry {c}", ", write {d} and carry {c}", ", put down {d}, carry {c}")


def column_addition(work: Work, rows: list[int], aim: int | None = None, blanks: list[int] | None = None) -> int:
    """Add non-negative integers column by column, saying every carry; returns the sum as written.
    With an `aim` the columns come out at it (`landing_sum`); `blanks` are the shifts of the rows of a long
    multiplication, whose end zeros are left out of the columns (`column_terms`)."""
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
    carry_note, carry_written = work.voice.choose(_CARRY_NOTES), work.voice.choose(_CARRIES)  # one way per sum
    for k in range(width):
        terms = column_terms(rows, k, blanks)
        note = ""
        if carry:
            terms.append(carry)
            note = carry_note.format(c=carry)
        if aim is not None:
            s = landing_sum(sum(terms), k, aim, last=k == width - 1)
        else:
            s = work.value(sum(terms)) if len(terms) > 1 else sum(terms)  # a lone digit states nothing to get wrong
        line = f"  {place(k)}: " + (f"{' + '.join(map(str, terms))} = {s}" if len(terms) > 1 else f"{s}")
        line += note
        carry = s // 10
        if s >= 10:
            carry = work.value(carry, "carry")
            line += carry_written.format(d=s % 10, c=carry)
            work.tally.carries += 1
        work.say(line)
        written.append(s % 10)
    if carry:
        work.say(f"  {place(width)}: the carried {carry} comes down.")
    total = int(str(carry) + "".join(map(str, reversed(written)))) if carry else int("".join(map(str, reversed(written))))
    work.say(f"So {shown} = {total}.")
    return total


# ---------------------------------------------------------------- subtraction

_BORROWS = ("{e} is less than {d}, so borrow ten: {e} + 10 = {f}, and {f} − {d} = {r}",
            "{e} is smaller than {d}: borrow 1 from the {nxt}, {f} − {d} = {r}")


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
    borrowing = work.voice.choose(_BORROWS)  # one way for the whole subtraction
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
            line += borrowing.format(e=e, d=d, f=e + 10, r=r, nxt=place(k + 1))
            new_borrow = 1
        else:
            r = work.value(e - d, below=10) if landed is None else landed
            sep = "; " if line.endswith("9") else ""
            line += sep + f"{e} − {d} = {r}"
            if d == 1 and k and not borrow:  # "9 − 1 = 8" alone reads like the lending rows' "9 − 1 = 8 after lending 1"
                line += work.voice.vary(", nothing lent here", ", with nothing lent")
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
        s = column_addition(work, [-x, -y])  # which ends "So a + b = s.": the sign goes back on, not a second "So"
        work.say(f"With the minus sign in front, {v(x)} + ({v(y)}) = {v(-s)}.")
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
    lead = "With the sign of the larger, " if sign else "Back to the sum: "  # after "So big − small = d."
    work.say(lead + (f"{v(x)} + ({v(y)}) = {sign}{d}." if y < 0 else f"{v(x)} + {v(y)} = {v(result)}."))
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
        s = column_addition(work, [-x, y])  # which ends "So a + y = s.": the minus sign is put back, not a second "So"
        work.say(f"With the minus sign in front, {v(x)} − {y} = {v(-s)}.")
        return -s
    if x < y:
        work.say(work.voice.pick("{y} is bigger than {x}, so the result is negative: {x} − {y} = −({y} − {x}).",
                                 "Since {x} < {y}, {x} − {y} = −({y} − {x}).", x=x, y=y))
        d = column_subtraction(work, y, x)
        work.say(f"With the minus sign in front, {x} − {y} = {v(-d)}.")
        return -d
    return column_subtraction(work, x, y)
