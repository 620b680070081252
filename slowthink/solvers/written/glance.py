"""What a glance can do: whether a product, quotient, common denominator or reduction is more than a
person sees at once, and whether the factor two numbers share shows without working.

Questions only: the modules that write the work ask them to choose between stating a value and working it
out. Nothing here writes a line.
"""

from __future__ import annotations

from fractions import Fraction
from math import gcd

from slowthink.solvers.written.work import Work


def significant(n: int) -> int:
    """A whole number without its trailing zeros (220000 -> 22): zeros cost nothing to carry along."""
    n = abs(n)
    while n and n % 10 == 0:
        n //= 10
    return n


def hard_product(p: int, q: int, work: Work | None = None) -> bool:
    """Whether p × q is more than a glance: both factors keep two or more digits once their trailing
    zeros are set aside (68 × 20 is 68 × 2 and a 0; 23 × 68 is not), and the trace has not worked it out
    already. Such a product is worked out, never stated."""
    return significant(p) >= 10 and significant(q) >= 10 and not (work is not None and work.knows(p, q))


def hard_quotient(a: int, d: int, work: Work | None = None) -> bool:
    """Whether the exact a ÷ d is more than a glance: multiplying back is a hard product, or a long number
    (four or more significant digits) is divided by one digit, which is short division, not a fact."""
    a, d = abs(a), abs(d)
    if d == 1:
        return False
    q = a // d
    if work is not None and ((q * d == a and work.knows(d, q)) or work.quotient(a, d) is not None):
        return False
    return hard_product(d, q) or (significant(d) < 10 and significant(a) >= 1000)


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
    a hard product, quotient, common denominator, scaling or reduction on the way (the way this package
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
    scratch (products worked out before show it, but are then worth writing: see
    `fraction_arithmetic._cancel_clause`), or a division by it is hard."""
    g = gcd(n, m)
    return g > 1 and (hard_reduction(n, m, work) or g not in (n, m) and m // g != 1 and hidden_common_factor(n, m))


def prime_factors(n: int) -> list[int]:
    """n's prime factors, smallest first, each as often as it divides n (none for 1)."""
    factors, p = [], 2
    while p * p <= n:
        while n % p == 0:
            factors.append(p)
            n //= p
        p += 1
    return factors + ([n] if n > 1 else [])


def only_primes(n: int, primes: tuple[int, ...]) -> bool:
    """Whether n has no prime factor but these: the ones a glance tests by the last digit (2, 5) and the
    digit sum (3)."""
    for p in primes:
        while n % p == 0:
            n //= p
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
        return not (only_primes(a, (2, 5)) or only_primes(b, (2, 5)))
    return min(a, b) >= 100 or max(prime_factors(g), default=1) > 10


KNOWN_PRIMES_BELOW = 100  # the primes a person knows on sight (see `known_prime`)


def known_prime(n: int) -> bool:
    """Whether n is a prime a person recognises on sight. The bound is 100: the 25 primes below it are the
    table school books print and the times tables up to 10 × 10 brush against, so "59 is prime" is recall;
    above it a prime and a product of two primes look alike (221 = 13 × 17, 223 is prime), and telling them
    apart is trying divisors, which is working, not a glance."""
    return 1 < n < KNOWN_PRIMES_BELOW and all(n % p for p in range(2, int(n ** 0.5) + 1))
