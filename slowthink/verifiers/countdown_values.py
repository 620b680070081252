"""Exact reachability for Countdown: which values an expression over some numbers can make.

The brute force behind every "cannot" the verifier judges (a "no solution" answer, a dead end claimed in a
step, a bound on the largest value) and behind the values a step may work out unwritten: every split of the
numbers, all six operations, every value kept, exactly (ints while whole, Fractions otherwise, never
floats). It reads no text, so the maths can be checked against a reference and made faster without
touching the parsing around it.
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache
from itertools import combinations

def _halves(numbers: tuple) -> list[tuple[tuple, tuple]]:
    """Each way to split the numbers into two non-empty groups, once (the first number stays right)."""
    return [(tuple([numbers[i] for i in left]), tuple([numbers[i] for i in right]))
            for left, right in _split_positions(len(numbers))]


@lru_cache(maxsize=64)
def _split_positions(count: int) -> tuple[tuple[tuple, tuple], ...]:
    """`_halves` as positions, worked out once per count rather than bit by bit for every group split."""
    out = []
    for mask in range(1, 1 << (count - 1)):
        left = tuple(i + 1 for i in range(count - 1) if mask >> i & 1)
        right = (0,) + tuple(i + 1 for i in range(count - 1) if not mask >> i & 1)
        out.append((left, right))
    return tuple(out)


def all_values(numbers: tuple) -> frozenset:
    """Every value of an expression using each of these numbers exactly once (negatives included).

    Up to four numbers the sets are small and shared by many problems, so they are cached;
    a five-number set holds tens of thousands of fractions and is rebuilt when needed."""
    return _small_values(numbers) if len(numbers) <= 4 else _values(numbers)


@lru_cache(maxsize=1 << 14)
def _small_values(numbers: tuple) -> frozenset:
    return _values(numbers)


def _values(numbers: tuple) -> frozenset:
    """Whole values are kept as ints (an int equals, and hashes as, the Fraction of the same value, so
    the sets hold the same values): int arithmetic is many times faster than Fractions'."""
    if len(numbers) == 1:
        return frozenset((_whole(Fraction(numbers[0])),))
    out = set()
    for part, rest in _halves(numbers):
        rv = all_values(rest)
        for a in all_values(part):
            for b in rv:
                if type(a) is int and type(b) is int:
                    out.update((a + b, a - b, b - a, a * b))
                else:  # a sum or product of fractions may be whole: an int then, like every whole value here
                    out.update((_whole(a + b), _whole(a - b), _whole(b - a), _whole(a * b)))
                if b:
                    out.add(_quotient(a, b))
                if a:
                    out.add(_quotient(b, a))
    return frozenset(out)


def _quotient(a, b):
    """a ÷ b exactly (b ≠ 0): an int when whole, else a Fraction; never a float, even of two ints."""
    if type(a) is int and type(b) is int:
        return a // b if a % b == 0 else Fraction(a, b)
    return _whole(a / b)  # a Fraction is one of them, so this is a Fraction's exact division


@lru_cache(maxsize=1 << 10)
def _parts(numbers: tuple) -> set[tuple]:
    """Every non-empty part of the numbers, each once: what a subset rule lets a solution use."""
    return {tuple(x for i, x in enumerate(numbers) if mask >> i & 1) for mask in range(1, 1 << len(numbers))}


def can_make(numbers: tuple, target: int, subset: bool = False) -> bool:
    """Does some expression over the numbers (all of them, or with subset any non-empty part) equal the target?"""
    if subset:
        return any(can_make(group, target) for group in _parts(numbers))
    return _makes_one_of(numbers, frozenset((_whole(Fraction(target)),)))


_VALUE_SETS_UP_TO = 4  # groups this small are judged from all their values; larger ones by what they must make


def _makes_one_of(numbers: tuple, targets: frozenset) -> bool:
    """Does some expression using each of the numbers once equal one of the targets?

    An expression's last operation joins two groups of the numbers, a ∘ b = t. So for each split,
    every value a of the smaller group gives the few values b the larger one would have to make
    (`_partners`), and the question goes down to it with those as its targets. Only groups of up to
    four numbers have all their values listed (cached, a few thousand at most); the tens of thousands
    a five-number group makes are never built, which is what made "no solution" on six numbers slow.
    Three numbers asked for one value (a dead end claimed in a trace) go by their splits too: eighteen
    partners looked up in the pairs' cached values cost far less than the group's hundred values."""
    if len(numbers) == 3 and len(targets) == 1:
        (target,) = targets
        if type(target) is int and type(numbers[0]) is int and type(numbers[1]) is int and type(numbers[2]) is int:
            return _three_make(numbers, target)
    elif len(numbers) <= _VALUE_SETS_UP_TO:
        return not targets.isdisjoint(all_values(numbers))
    for part, rest in _halves(numbers):
        small, large = (part, rest) if len(part) <= len(rest) else (rest, part)
        wanted: set = set()
        for a in all_values(small):
            for t in targets:
                if a == 0 and t == 0:
                    return True  # 0 × b = 0, whatever the other group makes
                wanted.update(_partners(a, t))
        if _makes_one_of(large, frozenset(wanted)):
            return True
    return False


def _three_make(numbers: tuple, t: int) -> bool:
    """`_makes_one_of` for three whole numbers and one whole target (a dead end claimed in a trace), by the
    same splits, in int arithmetic: each pair's values r, one of which the third number a must take to t
    (r + a, r − a, a − r, r × a, r ÷ a, a ÷ r). A pair's value p/q that is not whole is compared cross-multiplied,
    and only × and ÷ can take it to a whole t; the Fractions of the general way cost most of a claim's check."""
    for a, x, y in ((numbers[0], numbers[1], numbers[2]), (numbers[1], numbers[0], numbers[2]),
                    (numbers[2], numbers[0], numbers[1])):
        made = [x + y, x - y, y - x, x * y]
        fractions = []  # (p, q): p/q, not whole
        for p, q in ((x, y), (y, x)):
            if q:
                if p % q:
                    fractions.append((p, q))
                else:
                    made.append(p // q)
        for r in made:
            if r + a == t or r - a == t or a - r == t or r * a == t or a and r == t * a or r and a == t * r:
                return True
        for p, q in fractions:
            if p * a == t * q or a and p == t * q * a or a * q == t * p:
                return True
    return False


def _partners(a: Fraction, t: Fraction) -> tuple:
    """Every b with a ∘ b = t or b ∘ a = t: a + b, a − b, b − a, a × b, a ÷ b, b ÷ a (for a ≠ 0; a = 0
    with t = 0 is the caller's: any b)."""
    if not a:
        return t, -t
    if not t:
        return -a, a, 0
    return t - a, a - t, a + t, _quotient(t, a), _quotient(a, t), t * a


def _whole(x: Fraction):
    return x.numerator if x.denominator == 1 else x


def _pair_makes(x, y) -> set:
    """Every value an operation on x and y gives; ints and Fractions alike, exactly (`_quotient`)."""
    made = {x + y, x - y, y - x, x * y}
    return made | ({_quotient(x, y)} if y else set()) | ({_quotient(y, x)} if x else set())


_UNSHOWN_GROUP = 3  # a value worked out unwritten comes from at most this many numbers in play


@lru_cache(maxsize=1 << 12)
def _groups_making(numbers: tuple, value) -> list[tuple]:
    """Each group of two or three of the numbers (each distinct group once) that can make the value."""
    wanted = Fraction(value)
    return [group for size in range(2, min(_UNSHOWN_GROUP, len(numbers)) + 1)
            for group in dict.fromkeys(combinations(numbers, size)) if wanted in all_values(group)]


@lru_cache(maxsize=1 << 10)
def largest_value(numbers: tuple, subset: bool = False) -> Fraction:
    """The largest value an expression over the numbers makes (with subset, over any non-empty part of them)."""
    if subset:
        return max(largest_value(group) for group in _parts(numbers))
    return max(all_values(numbers))


@lru_cache(maxsize=1 << 14)
def _can_make_cached(numbers: tuple, target, subset: bool) -> bool:
    return can_make(numbers, target, subset)
