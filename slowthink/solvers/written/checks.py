"""Checks by another route than the working's: casting out nines (for a product, a division or a long
sum), a product with its factors swapped, and the chain a check of a fraction sum or product writes on one
line, every step shown.

A writer who has slipped checks too, and the check lands on the value they believe (`Work.expecting`).
"""

from __future__ import annotations

from fractions import Fraction
from math import gcd

from slowthink.solvers.written.fraction_arithmetic import product_text
from slowthink.solvers.written.multiplication import (multiply_as, place_parts, product_in_steps, splits_into_glances,
                                                      working_order)
from slowthink.solvers.written.work import Work, digits_of, paren, v

# the verdict after a nines check, and the plainest way to start one
AGREE = (("They agree.", "The two agree.", "So they agree."), ("That matches.", "That matches what it should leave.", "A match."),
         ("Consistent.", "All consistent.", "Consistent, as it should be."))
CAST_OUT_NINES = ("Check by casting out nines.", "To check, cast out nines.", "Check it by casting out nines.")


def _say_they_agree(work: Work) -> None:
    work.lines[-1] += " " + work.voice.pick(*AGREE)


# ---------------------------------------------------------------- casting out nines

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


def _should_leave(work: Work, shown: str, value: int, whole: str, lead: str = "") -> int:
    """"  7 × 6 = 42, 4 + 2 = 6, so the product should leave 6": what the parts' remainders predict; a `lead`
    (why the sum is taken so) goes before it: "2 is less than 5, so add 9 first: 2 + 9 − 5 = 6, so …"."""
    line, expected = _digit_root_chain(shown, value)
    lead = lead[0].upper() + lead[1:] + ": " if lead else ""
    work.say(f"  {lead}{line}, so {whole} should leave {expected}.")
    return expected


def check_by_nines(work: Work, a: int, b: int, product: int, remainder: int | None = None) -> None:
    """Digit sums of the factors predict the product's; it catches most slips (not transposed digits).

    With a `remainder` it checks a division instead: `product` (the dividend) should be a × b + remainder."""
    if remainder is None:
        work.say(work.voice.pick(CAST_OUT_NINES,
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
    _say_they_agree(work)


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
             work.voice.pick(CAST_OUT_NINES,
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
    _say_they_agree(work)


def _check_mixed_sum_by_nines(work: Work, terms: list[int], total: int, claim: str | None) -> None:
    """`check_sum_by_nines` for terms of both signs: "The positives leave 7 + 8 = 15, 1 + 5 = 6; the negatives
    leave 1." then "6 − 1 = 5, so 558329 should leave 5", each turn said: "The result is negative, so take the
    positives' 6 from the negatives' 2; 2 is less than 6, so add 9 first: 2 + 9 − 6 = 5, so its size 84749
    should leave 5"."""
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
    # why the order and the 9, said before the arithmetic: a negative total is cast out by its size, which is
    # the negatives less the positives; a remainder less than the one taken away borrows a 9 (9 leaves 0)
    why = [work.voice.vary("The result is negative, so take the positives' {s} from the negatives' {b}",
                           "The total is negative, so its size is the negatives' {b} less the positives' {s}",
                           b=big, s=small)] if total < 0 else []
    if big < small:
        why.append(work.voice.vary("{b} is less than {s}, so add 9 first", "{b} is smaller than {s}, so add 9 first",
                                   b=big, s=small))
    expected = _should_leave(work, shown, big - small if big >= small else big + 9 - small,
                             f"its size {abs(total)}" if total < 0 else str(total), lead="; ".join(why))
    _leaves(work, abs(total), work.expecting(expected))
    _say_they_agree(work)


# ---------------------------------------------------------------- swapped factors

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
    if y < 0:  # "6/5 + (−8/15) = 6/5 − 8/15 = …": the sign rule said once, then no double sign in the tops
        minus, y = not minus, -y
        op = "−" if minus else "+"
        steps.append(f"{paren(x, first=True)} {op} {paren(y)}")
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
