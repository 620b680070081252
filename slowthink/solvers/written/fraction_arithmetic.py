"""Fractions added, taken away, multiplied and divided as on paper: over the least common
denominator, found where a glance cannot, and scaled to; products with what a top shares with the other
bottom cancelled first; division by the reciprocal. Each result is reduced (`lowest_terms`).
"""

from __future__ import annotations

from fractions import Fraction
from math import gcd

from slowthink.solvers.written.division import divide_out
from slowthink.solvers.written.glance import (as_multiples, hard_common_denominator, hard_product, hard_reduction,
                                              hidden_common_factor)
from slowthink.solvers.written.lowest_terms import find_common_factor, reduce_fraction
from slowthink.solvers.written.multiplication import multiply, product_chain, times_zero, worked_product
from slowthink.solvers.written.work import Work, paren, v


# ---------------------------------------------------------------- sums

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
    sides = f"{v(xn)}/{common} {op} {v(yn)}/{common}"
    if yn < 0:  # taking away −8/15 is adding 8/15, said as a step of its own: "10/15 − (−8/15) = 10/15 + 8/15"
        sides = f"{v(xn)}/{common} {op} ({v(yn)}/{common}) = {v(xn)}/{common} {'+' if minus else '−'} {-yn}/{common}"
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
        # one denominator may be the common one already, and then only the other fraction is brought over: "bring
        # both" alone, followed by one conversion, reads as if a line were missing
        bring = "{big} is a multiple of {small}, so bring both to the denominator {c}." if big % small == 0 else \
            "Bring both to the denominator {c}."
        work.say(work.voice.pick("The least common denominator of {p} and {q} is {c}.", bring, p=c, q=d, c=common,
                                 big=big, small=small))
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
        work.say(f"  {chain[0]}, so {v(value)} = {v(sign * chain[1])}/{common}.")
        return sign * chain[1]
    if value.denominator == 1:  # a whole number has no top to multiply: it is itself times the bottom, over it
        over = f"{'−' if n < 0 else ''}({abs(n)} × {k})/{common}"
        work.say(work.voice.pick("  {x} = {o}; work out {a} × {k}.", "  {x} = {o}, so multiply {a} by {k}.",
                                 x=v(value), o=over, a=abs(n), k=k))
    else:
        work.say(work.voice.pick("  {x} over {c}: its top times {k}.", "  To write {x} over {c}, multiply its top by {k}.",
                                 x=v(value), c=common, k=k))
    top = sign * multiply(work.nested().nested(), abs(n), k)
    work.nested().conclude(f"{v(value)} = {v(top)}/{common}.")
    return top


# ---------------------------------------------------------------- products

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
    out, clauses, apart = [], [], False
    for (n, m), g, seen in zip(pairs, shared, found):
        if g == 1:
            out.append((n, m))
        elif hard_reduction(n, m, work):
            apart = True
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
    # after a cancelling worked on lines of its own, the rest is not "first"
    leads = ("Then cancel the other pair too: {c}. ", "The other pair cancels too: {c}. ", "And across: {c}. ") if apart \
        else ("Cancel before multiplying: {c}. ", "Cancel across first: {c}. ", "First cancel common factors: {c}. ")
    lead = "" if not clauses else work.voice.pick(*leads, c="; ".join(clauses))
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
    if g in (n, m) and work.shows_multiples and g >= 100:
        return f"{n + m - g} = {(n + m - g) // g} × {g}, so the {g} cancels", (left[n], left[m])
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
        # (a top that would leave the product to reduce is one no true product after cancelling has: not that one)
        if landing.denominator == 1 and (landing < 0) == (a * b < 0) and gcd(int(landing), work.product(c, d)) == 1:
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
    if not whole or lead:  # two whole numbers: the working below names its product, and says what it came to
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
        equation = f"{paren(x, True, mul=True)} × {paren(y, mul=True)} = {top}."
        if not work.lines[-1].strip().endswith(" " + equation):  # unless that line said it
            work.conclude(equation)
        return Fraction(top)
    return said(top, bottom, work.so("That makes ", "Over the product of the bottoms, ") + over)


def fraction_div(work: Work, x: Fraction, y: Fraction, aim: Fraction | None = None) -> Fraction:
    if x == 0:  # nothing to flip for: 0 shared out is 0
        result = Fraction(0 if aim is None else aim)
        work.say(work.voice.pick("0 divided by any number but 0 is 0: {xs} ÷ {ys} = {r}.",
                                 "Nothing divided up is still nothing: {xs} ÷ {ys} = {r}.",
                                 xs=paren(x, True, mul=True), ys=paren(y, mul=True), r=v(result)))
        return result
    if abs(y) == 1:  # nothing to flip: dividing by 1 (or −1) is a rule, as multiplying by it is
        result = Fraction(x * y if aim is None else aim)
        said = ("Dividing by 1 changes nothing: {xs} ÷ 1 = {r}.", "Divided by 1, a number stays as it is: {xs} ÷ 1 = {r}.") \
            if y == 1 else ("Dividing by −1 only flips the sign: {xs} ÷ (−1) = {r}.",
                            "Divided by −1, a number just changes sign: {xs} ÷ (−1) = {r}.")
        work.say(work.voice.pick(*said, xs=paren(x, True, mul=True), r=v(result)))
        return result
    flipped = 1 / y
    work.say(work.voice.pick("Dividing by {y} is multiplying by its reciprocal {r}: {xs} ÷ {ys} = {xs} × {rs}.",
                             "Flip the divisor: {xs} ÷ {ys} = {xs} × {rs}.", y=v(y), r=v(flipped),
                             xs=paren(x, True, mul=True), ys=paren(y, mul=True), rs=paren(flipped, mul=True)))
    return fraction_mul(work, x, flipped, aim)
