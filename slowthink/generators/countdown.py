"""The 24 game and Countdown: numbers and a target, each number used exactly once.

Problems are `{"numbers": [4, 7, 8, 8], "target": 24}` (DESIGN.md); a Countdown
problem that lets you use any of the numbers adds `"subset": true`. By default every
problem is solvable; `unsolvable` mixes in problems with no solution, decided by an
exhaustive exact search (`core.numbers_search`), never by luck. Solvable Countdown
targets are made by combining the drawn numbers at random, so every one is reachable.
What it leaves out: powers, concatenation, negative or fractional targets.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from slowthink.core.numbers_search import (STRATEGIES, count_solutions, largest_by_sum_and_product, pair_values,
                                           reachable)
from slowthink.core.params import CommonParams, ConfigError, param
from slowthink.core.phrasing import join_words

# the Countdown tiles: two of each small number and the four large ones
CLASSIC_TILES = tuple(sorted(list(range(1, 11)) * 2 + [25, 50, 75, 100]))
MAX_TRIES = 5000  # draws before a generator gives up and says which setting to loosen
PROOF_SIZE = 4  # an unsolvable problem's trace argues every case, which stays readable up to 4 numbers
WITHIN_REACH = 0.75  # unsolvable Countdown targets drawn no higher than the numbers can make (the rest: the range)


# ---------------------------------------------------------------- parameters

@dataclass(frozen=True)
class SearchTraceParams(CommonParams):
    """How a trace searches and looks; shared by both tasks."""

    strategy: str = param("mixed", "search order: depth-first, breadth-first, best-first by closeness to the "
                          "target, or one of them per item (mixed)", choices=(*STRATEGIES, "mixed"))
    dead_ends: int = param(3, "dead ends (or side branches) the trace shows before heading to the answer; "
                           "0 shows only the direct path, -1 the whole search", min=-1, max=100000)
    style: str = param("prose", "prose: a person thinking aloud; stream: compact Stream-of-Search lines with "
                       "node ids and parent pointers", choices=("prose", "stream"))
    unsolvable: float = param(0.0, "share of problems with no solution (answer: no solution)", min=0.0, max=1.0)


@dataclass(frozen=True)
class Game24Params(SearchTraceParams):
    min_number: int = param(1, "smallest number dealt", min=1, max=13)
    max_number: int = param(13, "largest number dealt", min=1, max=13)
    max_solutions: int = param(0, "keep only solvable problems with at most this many distinct solutions "
                               "(fewer is harder); 0 keeps all", min=0, max=100000)

    def check(self) -> None:
        if self.min_number > self.max_number:
            raise ConfigError(f"min_number = {self.min_number} is more than max_number = {self.max_number}")


@dataclass(frozen=True)
class CountdownParams(SearchTraceParams):
    dead_ends: int = param(2, "dead ends (or side branches) the trace shows before heading to the answer; "
                           "0 shows only the direct path, -1 the whole search", min=-1, max=100000)
    min_count: int = param(3, "fewest numbers in a problem", min=2, max=6)
    max_count: int = param(6, "most numbers in a problem", min=2, max=6)
    pool: str = param("classic", "classic: drawn from the Countdown tiles 1-10 (two each), 25, 50, 75, 100; "
                      "range: drawn from min_number..max_number", choices=("classic", "range"))
    min_number: int = param(1, "smallest number (pool = range)", min=1, max=10000)
    max_number: int = param(100, "largest number (pool = range)", min=1, max=10000)
    min_target: int = param(100, "smallest target", min=1, max=1000000)
    max_target: int = param(999, "largest target", min=1, max=1000000)
    subset: bool = param(False, "allow using only some of the numbers (TV rules); else every number once")
    count_all_solutions: bool = param(False, "also count the distinct solutions of 5- and 6-number problems "
                                      "(difficulty.solutions; exact, but about 10 ms and 80 ms a problem, several "
                                      "times the rest of the work); up to 4 numbers they are always counted")

    def check(self) -> None:
        for low, high in (("min_count", "max_count"), ("min_number", "max_number"), ("min_target", "max_target")):
            if getattr(self, low) > getattr(self, high):
                raise ConfigError(f"{low} = {getattr(self, low)} is more than {high} = {getattr(self, high)}")
        changed = [f"{name} = {getattr(self, name)}" for name in ("min_number", "max_number")
                   if getattr(self, name) != getattr(CountdownParams, name)]
        if self.pool == "classic" and changed:  # the tiles are fixed: the range would be ignored without a word
            raise ConfigError(f"{changed[0]} does nothing with pool = \"classic\" (the Countdown tiles); "
                              f"set pool = \"range\" to draw from min_number..max_number, or remove it")
        if self.unsolvable > 0 and (self.max_count > PROOF_SIZE or self.subset):
            raise ConfigError(f"unsolvable = {self.unsolvable} needs max_count <= {PROOF_SIZE} and subset = false, "
                              "so the trace can argue every case; lower max_count or set unsolvable = 0")


# ---------------------------------------------------------------- generation

def generate_game24(rng: random.Random, params: Game24Params) -> dict:
    want_solvable = rng.random() >= params.unsolvable
    for _ in range(MAX_TRIES):
        numbers = [rng.randint(params.min_number, params.max_number) for _ in range(4)]
        key = tuple(sorted(numbers))
        if reachable(key, 24) != want_solvable:
            continue
        if want_solvable and params.max_solutions and count_solutions(key, 24) > params.max_solutions:
            continue
        return {"numbers": numbers, "target": 24}
    kind = "solvable" if want_solvable else "unsolvable"
    raise ConfigError(f"no {kind} 24-game deal found in {MAX_TRIES} tries with numbers {params.min_number}.."
                      f"{params.max_number}: widen the number range or change unsolvable/max_solutions")


def draw_numbers(rng: random.Random, params: CountdownParams) -> list[int]:
    count = rng.randint(params.min_count, params.max_count)
    if params.pool == "classic":
        return rng.sample(CLASSIC_TILES, count)
    return [rng.randint(params.min_number, params.max_number) for _ in range(count)]


def random_value(rng: random.Random, numbers: list[int], subset: bool) -> int:
    """Combine the numbers (all, or a random three or more of four or more) in random order with random
    whole-number moves."""
    values = list(numbers)
    rng.shuffle(values)
    if subset:
        values = values[:rng.randint(min(3, len(values)), len(values))]
    while len(values) > 1:
        a, b = values.pop(), values.pop()
        a, b = max(a, b), min(a, b)
        op = rng.choice("+-**/")
        if op == "/" and b and a % b == 0:
            values.append(a // b)
        elif op == "*":
            values.append(a * b)
        elif op == "-" and a != b:
            values.append(a - b)
        else:
            values.append(a + b)
    return values[0]


def at_a_glance(numbers: list[int], target: int) -> bool:
    """With numbers allowed to go unused, is the target one of them, or one move on two of them ("Make 600 from
    6, 2, 100": 100 × 6)? Such a problem needs no search; a reader counted 44 of 300 subset answers using two
    numbers at most. Kept only when there are no more than three numbers, where little else is to be had."""
    if len(numbers) <= 3:
        return target in numbers
    return target in numbers or any(target in pair_values(a, b)
                                    for k, a in enumerate(numbers) for b in numbers[k + 1:])


def generate_countdown(rng: random.Random, params: CountdownParams) -> dict:
    want_solvable = rng.random() >= params.unsolvable
    for _ in range(MAX_TRIES):
        numbers = draw_numbers(rng, params)
        if want_solvable:
            for _ in range(20):
                target = random_value(rng, numbers, params.subset)
                if params.min_target <= target <= params.max_target and not (params.subset and at_a_glance(numbers, target)):
                    return _problem(numbers, target, params.subset)
        else:
            highest = min(largest_by_sum_and_product(tuple(sorted(numbers)))[0], params.max_target)
            # most unsolvable targets are drawn within what the numbers can reach by size, so the proof has to
            # argue the cases: drawn from the whole range, 3, 3, 2 and 734 made most proofs one bound (17 of 29)
            if rng.random() < WITHIN_REACH:
                if highest < params.min_target:
                    continue  # these numbers reach no target in the range: another deal
                target = rng.randint(params.min_target, highest)
            else:
                target = rng.randint(params.min_target, params.max_target)
            if not reachable(tuple(sorted(numbers)), target, params.subset):
                return _problem(numbers, target, params.subset)
    kind = "solvable" if want_solvable else "unsolvable"
    raise ConfigError(f"no {kind} Countdown problem found in {MAX_TRIES} tries: widen the target range "
                      f"{params.min_target}..{params.max_target} or change the numbers")


def size_of(problem: dict) -> int:
    """How many numbers: half of all three-number deals leave nowhere to plant a mistake, larger
    ones nearly always have a place, so negatives are drawn size for size."""
    return len(problem["numbers"])


def _problem(numbers: list[int], target: int, subset: bool) -> dict:
    problem = {"numbers": numbers, "target": target}
    if subset:
        problem["subset"] = True
    return problem


# ---------------------------------------------------------------- question

def question(problem: dict) -> str:
    numbers = join_words([str(n) for n in problem["numbers"]])
    rule = ("You may use any of the numbers, each at most once" if problem.get("subset")
            else "Use each number exactly once")
    return (f"Make {problem['target']} from the numbers {numbers}. {rule}, with +, −, ×, ÷ and brackets. "
            f"Answer with one expression, or \"no solution\" if it cannot be done.")

