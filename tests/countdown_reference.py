"""An independent brute force for the countdown tests: no solver, generator or verifier code."""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache


@lru_cache(maxsize=None)
def makes(values: tuple, target: int) -> bool:
    """Pick any two numbers, replace them by any of the six results, until one number is left."""
    if len(values) == 1:
        return values[0] == target
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            if i != j:
                rest = [v for k, v in enumerate(values) if k not in (i, j)]
                for r in [a + b, a - b, a * b] + ([a / b] if b else []):
                    if makes(tuple(sorted(rest + [r])), target):
                        return True
    return False


def solvable(numbers, target) -> bool:
    return makes(tuple(sorted(Fraction(n) for n in numbers)), target)
