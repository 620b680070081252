"""Fractions brought to lowest terms: the common factor seen at a glance, read off a prime known on
sight, or found by remainders (the Euclidean algorithm), then divided out; a quotient with a remainder
turned into the exact fraction; and why a fraction answer is final (`say_lowest_terms`).

Shared by the division task and by the fraction work (`fraction_arithmetic`), which reduce what they write.
"""

from __future__ import annotations

from fractions import Fraction
from math import gcd

from slowthink.core.phrasing import join_words
from slowthink.solvers.written.division import divide_out
from slowthink.solvers.written.glance import (as_multiples, hard_product, hard_reduction, hidden_common_factor,
                                              known_prime, only_primes, prime_factors, seen_through_products)
from slowthink.solvers.written.multiplication import multiply, product_chain, worked_product
from slowthink.solvers.written.work import Work, digits_of, v

# the end of a line that says a fraction is final, which the verifier judges ("41/24 is in lowest terms")
_FINAL = ("{f} is in lowest terms.", "{f} is already in lowest terms.", "{f} cannot be reduced.")


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
        for text, hard in steps:
            if hard is not None or len(row) == 5:
                if row:
                    work.say(f"  {'; '.join(row)};")
                row = []
            if hard is not None:
                worked_product(work.nested(), *hard)
            row.append(text)
    work.say(f"  {'; '.join(row)}; {end}")
    return g


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
            times = {1: "once", 2: "twice"}.get(n // g, f"{n // g} times")  # never "exactly 1 times"
            work.say(f"{v(num)}/{den} = {v(num // g)}, since {den} goes into {n} exactly {times}.")
        else:
            work.say(work.voice.pick("Both {n} and {d} are divisible by {g}: {sn}/{d} = {r}.",
                                     "Reduce by {g}: {sn}/{d} = {r}.", n=n, d=den, g=g, sn=v(num), r=v(value)))
        return value
    if den // g == 1:
        work.say(work.voice.pick("{d} goes into {n} a whole number of times; divide to find it.",
                                 "{sn}/{d} is a whole number: divide {n} by {d}.", n=n, d=den, sn=v(num)))
        q = divide_out(work.nested(), n, den)
        work.conclude(f"{v(num)}/{den} = {v(sign * q)}.")
        return Fraction(sign * q)
    work.say(work.voice.pick("Both {n} and {d} are divisible by {g}; divide each by it.",
                             "Reduce by {g}, dividing top and bottom:", n=n, d=den, g=g))
    top = divide_out(work.nested(), n, g)
    bottom = divide_out(work.nested(), den, g)
    work.conclude(f"{v(num)}/{den} = {v(sign * top)}/{bottom}.")
    return Fraction(sign * top, bottom)


def simplest_form(work: Work, top: int, bottom: int) -> Fraction:
    """A fraction as a problem wrote it, top/bottom (bottom > 0), in its simplest form: reduced to lowest
    terms, a whole number divided out ("7128/18" by long division), over 1 read as the number. Returns it."""
    if bottom == 1:
        work.say(f"{v(top)}/1 = {v(top)}: a number over 1 is that number.")
        return Fraction(top)
    return reduce_fraction(work, top, bottom)


def fraction_of_quotient(work: Work, a: int, b: int, q: int, r: int) -> Fraction:
    """Turn a quotient with remainder into the exact answer (from q and r as they were written)."""
    top = q * b + r
    value = Fraction(top, b)
    if r == 0:
        return value
    g = gcd(b, r)
    if g == 1 or not hard_reduction(top, b, work):
        work.conclude(f"{a} ÷ {b} = {q} + {r}/{b} = {top}/{b}.")
        # top and b have the common factors of r and b: the small pair is the one to search
        found = hidden_common_factor(r, b) and (g == 1 or b // g != 1)
        if found:  # why the small pair: what divides the top and the bottom divides the remainder too
            work.say(work.voice.vary("A factor shared by {t} and {b} would divide the remainder {r} as well, so look "
                                     "at {r} and {b}.", "Whatever divides both {t} and {b} also divides the remainder "
                                     "{r}; compare {r} with {b}.", t=top, b=b, r=r))
            find_common_factor(work, r, b)
        if g == 1 and found:
            work.say(work.voice.pick("So {f} is already in lowest terms.", "So {f} cannot be reduced.", f=v(value)))
        elif g == 1:
            work.say(work.voice.pick("{r} and {b} share no factor, so neither do {t} and {b}: {f} is already in lowest "
                                     "terms.", "No common factor between {r} and {b}, so none between {t} and {b}: {f} "
                                     "cannot be reduced.", r=r, b=b, t=top, f=v(value)))
        else:
            reduce_fraction(work, top, b, found=found)
        if g == 1:
            work.settled.add(value)  # said final above: the end of the working need not say it again
        return value
    # dividing the whole of top by g is long work: reduce the small remainder part instead, then join
    work.say(work.voice.pick("So {a} ÷ {b} = {q} + {r}/{b}; the part {r}/{b} is the one to reduce.",
                             "So {a} ÷ {b} = {q} + {r}/{b}. Reduce the remainder part {r}/{b} first.",
                             a=a, b=b, q=q, r=r))
    part = reduce_fraction(work.nested(), r, b)
    small, bottom = part.numerator, part.denominator
    if not hard_product(q, bottom, work):
        top = work.value(q * bottom + small)
        work.conclude(f"{a} ÷ {b} = {q} + {small}/{bottom} = {top}/{bottom}.")
        return Fraction(top, bottom)
    # the product below is for the whole number over the denominator: said first, so it does not come unasked
    work.say(f"To write it as one fraction: {q} + {small}/{bottom} = ({q} × {bottom} + {small})/{bottom}.")
    chain = product_chain(work, q, bottom)
    if chain is None:
        whole = multiply(work.nested(), q, bottom)
    else:
        work.say(chain[0] + ".")
        whole = chain[1]
    top = work.value(whole + small)
    work.conclude(f"{a} ÷ {b} = {q} + {small}/{bottom} = ({whole} + {small})/{bottom} = {top}/{bottom}.")
    return Fraction(top, bottom)


def say_lowest_terms(work: Work, value: Fraction) -> None:
    """Why a fraction answer, reduced as the working has it, is final, said once at the end of the working: short
    where a glance sees it (a top of 1; a prime known on sight, `prime_glance`; the factors of a one-digit number
    or of one made of 2s, 3s and 5s, which the other lacks, as its last digit and digit sum show: "24 = 2 × 2 × 2
    × 3, and 41 is odd and 3 does not divide 41"), else what the two share found by remainders
    (`common_factor_chain`). Ends on "p/q is in lowest terms" (or "cannot be reduced"), which the verifier judges. Nothing for a whole
    number, or for a fraction (or its size) a line has already said so of (`Work.settled`)."""
    if value.denominator == 1 or abs(value) in work.settled:
        return
    work.settled.add(abs(value))
    n, d, f = abs(value.numerator), value.denominator, v(value)
    if n == 1:
        work.say(work.voice.vary("{f} is in lowest terms: its top is 1.", "With 1 on top, {f} is already in lowest "
                                 "terms.", "A top of 1 shares no factor with anything, so {f} cannot be reduced.", f=f))
        return
    glance = prime_glance(work, n, d)
    if glance is not None:
        work.say(f"{glance[:-1]}; " + work.voice.vary(*_FINAL, f=f))
        return
    small = next((s for s in (d, n) if 1 < s < 10 or s > 1 and only_primes(s, (2, 3, 5))), None)
    if small is not None:  # a glance sees its factors, and that the other has none of them (last digit, digit sum)
        other = n + d - small
        primes = sorted(set(prime_factors(small)))
        reasons = [f"{other} is odd" if p == 2 else f"{p} does not divide {other}" + _digit_sum_note(p, other)
                   for p in primes]
        work.say(f"{small} = {_factored(small)}, and {join_words(reasons)}, so " + work.voice.vary(*_FINAL, f=f))
        return
    common_factor_chain(work, n, d)
    work.say(work.so("Then ", "That means ") + work.voice.vary(*_FINAL, f=f))


def _factored(n: int) -> str:
    """n as a product of primes, as written by hand: "2 × 2 × 2 × 3"; a prime more than four times as a power,
    "2^5 × 3", so the line stays short."""
    factors = prime_factors(n)
    parts = []
    for p in sorted(set(factors)):
        k = factors.count(p)
        parts += [f"{p}^{k}"] if k > 4 else [str(p)] * k
    return " × ".join(parts)


def _digit_sum_note(p: int, n: int) -> str:
    """For 3 not dividing a number past the times tables, the digit sum that shows it: " (its digit sum is 4 + 1 + 2
    = 7)"."""
    if p != 3 or n < 100:
        return ""
    digits = digits_of(n)[::-1]
    return f" (its digit sum is {' + '.join(map(str, digits))} = {sum(digits)})"
