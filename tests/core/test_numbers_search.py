"""Best-first search ranks moves lazily; it must look at positions in the order that ranking
every move at once would give, and still find the fraction-only solutions it puts off."""

import heapq
import random
from fractions import Fraction
from itertools import combinations, combinations_with_replacement

import pytest

from slowthink.core import numbers_search as ns
from slowthink.core.params import build_params
from slowthink.generators import countdown as gen
from countdown_reference import makes


def eager_best_first(numbers, target, judge=3):
    """The plain textbook version: every child ranked by `heuristic` when its parent is expanded.

    Returns the values of each position looked at, in order, until the goal or exhaustion."""
    root = ns.start(numbers)
    heap, seen, looked, counter = [(0.0, 0, root)], {ns.values_of(root)}, [], 0
    while heap:
        _, _, items = heapq.heappop(heap)
        values = ns.values_of(items)
        looked.append(values)
        if len(items) <= judge:
            if ns.reachable(values, target):
                return looked
            continue
        for _, child, key in ns.children(items):
            if key not in seen:
                seen.add(key)
                counter += 1
                heapq.heappush(heap, (ns.heuristic(key, target), counter, child))
    return looked


def looked_at(run):
    order = [ns.values_of(run.nodes[0][2])]
    order += [ns.values_of(run.nodes[node][2]) for kind, node in run.events if kind == "enter" and node]
    return order


def whole_prefix(order):
    """Up to the first position holding a fraction: past it, equal ranks may break ties differently."""
    for k, values in enumerate(order):
        if any(type(v) is Fraction for v in values):
            return order[:k]
    return order


def problems():
    rng = random.Random(7)
    six = build_params(gen.CountdownParams, {"min_count": 6, "max_count": 6})
    five = build_params(gen.CountdownParams, {"min_count": 5, "max_count": 5, "pool": "range"})
    out = [gen.generate_countdown(rng, six) for _ in range(40)] + [gen.generate_countdown(rng, five) for _ in range(20)]
    return out + [{"numbers": list(deal), "target": 24} for deal in [(1, 5, 5, 5), (3, 3, 8, 8), (1, 3, 4, 6), (4, 7, 8, 8)]]


@pytest.mark.parametrize("problem", problems(), ids=lambda p: f"{p['numbers']}->{p['target']}")
def test_lazy_best_first_looks_where_eager_ranking_would(problem):
    run = ns.search(tuple(problem["numbers"]), problem["target"], "best")
    ours, reference = looked_at(run), eager_best_first(problem["numbers"], problem["target"])
    prefix = whole_prefix(reference)
    assert ours[:len(prefix)] == prefix
    if len(prefix) == len(reference):  # solved (or exhausted) without a fraction: the same search throughout
        assert ours == reference
    assert (run.goal is not None) == (ns.reachable(tuple(sorted(problem["numbers"])), problem["target"]))


def test_best_first_is_complete_on_every_24_game_deal_with_fractions_put_off():
    for deal in combinations_with_replacement(range(1, 14), 4):
        run = ns.search(deal, 24, "best", judge=2)  # judged only at two numbers: fractions go through the heap
        assert (run.goal is not None) == makes(tuple(Fraction(n) for n in deal), 24), deal


def test_fraction_only_solutions_are_reached_after_every_whole_line():
    run = ns.search((3, 3, 8, 8), 24, "best", judge=2)
    order = looked_at(run)
    first = next(k for k, values in enumerate(order) if any(type(v) is Fraction for v in values))
    assert run.goal is not None and first > 10
    assert all(not any(type(v) is Fraction for v in values) for values in order[:first])


def plain_options(a, b):
    """`options` as its docstring says it, with Fractions throughout."""
    made, kept = [], []
    tries = [("+", False, Fraction(a) + b), ("-", False, Fraction(a) - b), ("*", False, Fraction(a) * b)]
    tries += [("/", False, Fraction(a) / b)] if b else []
    tries += [("/", True, Fraction(b) / a)] if a and a != b else []
    for op, swapped, r in tries:
        if r not in made:
            made.append(r)
            kept.append((op, swapped, r))
    return kept


def test_whole_number_options_match_the_plain_definition():
    rng = random.Random(3)
    pairs = [(a, b) for a in range(30) for b in range(a + 1)]
    pairs += [tuple(sorted((rng.randint(0, 10**9), rng.randint(0, 10**9)), reverse=True)) for _ in range(3000)]
    for a, b in pairs:
        ours = ns.options(a, b)
        assert ours == plain_options(a, b), (a, b)
        assert all(type(r) is (int if Fraction(r).denominator == 1 else Fraction) for _, _, r in ours), (a, b)


def test_one_product_from_the_target_counts_as_near():
    # 100 × 10 = 1000 is 17 from 983; no single number is within half the target of it
    assert ns.heuristic((3, 7, 10, 100), 983) < ns.heuristic((3, 7, 10, 500), 983) < 1
    # below LOOK_AHEAD numbers only the numbers themselves count (they are judged exactly anyway)
    assert ns.heuristic((7, 10, 100), 983) > ns.heuristic((7, 10, 500), 983)


def test_looking_one_move_ahead_finds_hard_answers_sooner(monkeypatch):
    # the "X × Y − small" problems that sent best-first through thousands of positions
    hard = [((2, 5, 7, 9, 25, 75), 983), ((3, 4, 7, 9, 9, 75), 478), ((1, 5, 7, 9, 10, 100), 619),
            ((3, 4, 4, 5, 6, 8), 554), ((2, 4, 5, 7, 8, 100), 589)]
    judged = [ns.search(numbers, target, "best").judged for numbers, target in hard]
    monkeypatch.setattr(ns, "LOOK_AHEAD", 99)
    without = [ns.search(numbers, target, "best").judged for numbers, target in hard]
    assert sum(judged) * 3 < sum(without), (judged, without)


@pytest.mark.parametrize("strategy", ["dfs", "bfs", "best"])
def test_subset_searches_skip_idle_moves_and_stay_complete(strategy):
    """With numbers allowed to go unused, 10 − 10 = 0, 7 × 1 = 7 or 10 − 5 = 5 only leave a position the one
    before contained: the search never makes them, and still finds every solvable deal (brute force)."""
    rng = random.Random(5)
    params = build_params(gen.CountdownParams, {"subset": True, "min_count": 4, "max_count": 5})
    idle = 0
    for _ in range(60):
        problem = gen.generate_countdown(rng, params)
        run = ns.search(tuple(problem["numbers"]), problem["target"], strategy, subset=True)
        for _, move, _, _ in run.nodes[1:]:
            idle += move[3] == 0 or move[3] in (move[0], move[2])
        full = ns.search(tuple(problem["numbers"]), problem["target"], strategy, subset=False)
        whole = tuple(Fraction(n) for n in problem["numbers"])
        can = any(makes(tuple(c), problem["target"]) for k in range(1, len(whole) + 1)
                  for c in combinations(whole, k))
        assert (run.goal is not None) == can, problem
        assert full.goal is None or run.goal is not None  # a use-all solution is a subset solution
    assert idle == 0


def test_best_first_with_a_subset_takes_a_move_that_makes_the_target_at_once():
    """"10 + 1 = 11, then 6 + 5 = 11, then 100 + 11 = 111": the look-ahead ranked "a pair here makes it" above
    "it is made". When a position looked at has a move to the target, the next position is that move's."""
    rng = random.Random(8)
    params = build_params(gen.CountdownParams, {"subset": True, "min_count": 5, "max_count": 6})
    checked = 0
    for _ in range(80):
        problem = gen.generate_countdown(rng, params)
        run = ns.search(tuple(problem["numbers"]), problem["target"], "best", subset=True)
        entered = [node for kind, node in run.events if kind == "enter" and node]
        for before, after in zip([0] + entered, entered):
            items = run.nodes[before][2]
            if len(items) > 1 and any(move[3] == problem["target"] for move, _, _ in ns.children(items)):
                checked += 1
                assert run.nodes[after][1][3] == problem["target"], (problem, run.nodes[after])
    assert checked > 20


def test_the_largest_value_comes_from_sums_and_products_alone():
    """The bound an out-of-reach "no solution" rests on: for whole numbers, + and × reach the largest value any
    expression makes (the verifier's own brute force, over every deal of four from 0..9 and every Countdown
    triple)."""
    from slowthink.verifiers.countdown import all_values

    deals = list(combinations_with_replacement(range(10), 4))  # zeros and ones, where sums beat products
    deals += list(combinations_with_replacement([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 25, 50, 75, 100], 3))
    for deal in deals:
        top, expr = ns.largest_by_sum_and_product(deal)
        assert top == max(all_values(deal)), deal
        assert _evaluate(expr) == top and sorted(_leaves(expr)) == sorted(deal)


def _evaluate(expr):
    if not isinstance(expr, tuple):
        return expr
    a, b = _evaluate(expr[1]), _evaluate(expr[2])
    return a + b if expr[0] == "+" else a * b


def _leaves(expr) -> list:
    return _leaves(expr[1]) + _leaves(expr[2]) if isinstance(expr, tuple) else [expr]
