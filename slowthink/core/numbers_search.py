"""Exact search over the positions of a numbers game (the 24 game, Countdown).

Shared by the countdown generator (is this problem solvable? how many solutions?)
and solver (which positions did a strategy look at, and in what order?). The
verifier does not use it: it judges answers with its own small brute force.

A *position* is the numbers still in play, sorted, each carrying the expression that
made it. A *move* takes two of them, a ≥ b, and puts back a + b, a − b, a × b, a ÷ b
or b ÷ a. Every expression over the numbers (+ − × ÷ and brackets, each number used
once) is reached by some sequence of moves, and taking only the larger minus the
smaller loses nothing when the target is positive: a negative part only flips a
sign, which the operator above it can absorb (x + (−y) = x − y, x × (−y) = −(x × y),
and so on up to the root). So searching these moves is complete. Values are exact:
int, or Fraction when a division is not exact; never float.

Strategies (`search`): depth-first with backtracking, breadth-first, and best-first
with a target-aware heuristic. Each records the events a trace is written from.
Positions of `judge` numbers or fewer are not expanded but judged at once (exactly),
the way a person sizes up "4, 7, 16 left". What it leaves out: wording (that is the
solver's job), powers, concatenating digits, and negative targets.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from typing import Union

Value = Union[int, Fraction]
Expr = Union[int, tuple]  # an original number, or (op, left, right) with op in "+-*/"
Item = tuple  # (value, expr)
Move = tuple  # (a, op, b, result): a op b = result, op in "+-*/"
STRATEGIES = ("dfs", "bfs", "best")


def exact(x: Value) -> Value:
    """Fractions that are whole become ints (faster arithmetic, one spelling per value)."""
    return x.numerator if type(x) is Fraction and x.denominator == 1 else x


def divide(a: Value, b: Value) -> Value:
    if type(a) is int and type(b) is int:
        q, r = divmod(a, b)
        return q if r == 0 else Fraction(a, b)
    return exact(Fraction(a) / b)


def options(a: Value, b: Value) -> list[tuple[str, bool, Value]]:
    """(op, swapped, result) for a pair a ≥ b, in the order a person tries them: a + b, a − b,
    a × b, a ÷ b, then b ÷ a (swapped); a result already made by an earlier option is left out."""
    if type(a) is int and type(b) is int:
        return _whole_options(a, b)
    out = [("+", False, exact(a + b)), ("-", False, exact(a - b)), ("*", False, exact(a * b))]
    if b:
        out.append(("/", False, divide(a, b)))
    if a and a != b:
        out.append(("/", True, divide(b, a)))
    kept, made = [], []  # a list, not a set: hashing a Fraction costs more than a few comparisons
    for option in out:
        if option[2] not in made:
            made.append(option[2])
            kept.append(option)
    return kept


def _whole_options(a: int, b: int) -> list[tuple[str, bool, Value]]:
    """`options` for two whole numbers, in int arithmetic: the same list, made without comparing
    Fractions (a division that is not exact differs from every whole result, and b ÷ a with
    a > b is whole only when b is 0)."""
    total, difference, product = a + b, a - b, a * b
    out = [("+", False, total)]
    if difference != total:
        out.append(("-", False, difference))
    if product != total and product != difference:
        out.append(("*", False, product))
    if b:
        if a % b:
            out.append(("/", False, Fraction(a, b)))
        elif a // b not in (total, difference, product):
            out.append(("/", False, a // b))
        if a != b:
            out.append(("/", True, Fraction(b, a)))  # b < a: never whole, and never a ÷ b
    elif a and product != 0:  # b is 0: 0 ÷ a is 0, already made as the product
        out.append(("/", True, 0))
    return out


def pair_moves(a: Value, b: Value) -> list[Move]:
    """Every move on a pair a ≥ b as written, (x, op, y, result) in `options` order: b ÷ a as such."""
    return [(b, op, a, r) if swapped else (a, op, b, r) for op, swapped, r in options(a, b)]


def values_of(items: tuple) -> tuple:
    return tuple(item[0] for item in items)


def children(items: tuple) -> Iterator[tuple[Move, tuple, tuple]]:
    """Every move from a position (sorted items): the move, the position it leaves and that
    position's values (its key), each position once.

    A generator: a depth-first search that succeeds early never builds the rest."""
    seen = set()
    n = len(items)
    values = [item[0] for item in items]
    for i in range(n):
        for j in range(i + 1, n):
            b, a = items[i], items[j]  # sorted ascending, so a ≥ b
            if i > 0 and values[i - 1] == b[0] or j > i + 1 and values[j - 1] == a[0]:
                continue  # the same pair of values was already tried
            rest = items[:i] + items[i + 1:j] + items[j + 1:]
            rest_values = values[:i] + values[i + 1:j] + values[j + 1:]
            for op, swapped, result in options(a[0], b[0]):
                at = bisect_right(rest_values, result)  # where sorting would put it: no re-sort needed
                key = (*rest_values[:at], result, *rest_values[at:])
                size = len(seen)
                seen.add(key)  # one hash, not two as "not in" then add: a key with a Fraction hashes slowly
                if len(seen) != size:
                    x, y = (b, a) if swapped else (a, b)
                    yield (x[0], op, y[0], result), rest[:at] + ((result, (op, x[1], y[1])),) + rest[at:], key


def _idle(move: Move) -> bool:
    """Does a move leave a position the one before already contains (10 − 10 = 0, 7 × 1 = 7, 10 − 5 = 5)?
    With numbers allowed to go unused such a move never helps: whatever the new position makes, the
    old one makes by leaving the pair's other number out (and a 0 only ever adds or takes away nothing)."""
    result = move[3]
    return result == 0 or result == move[0] or result == move[2]


def _moves(items: tuple, subset: bool) -> Iterator[tuple[Move, tuple, tuple]]:
    """`children`, less the idle moves when numbers may go unused."""
    if not subset:
        return children(items)
    return (entry for entry in children(items) if not _idle(entry[0]))


def move_count(items: tuple, subset: bool) -> int:
    """How many moves a position has, whether or not the position each leaves was reached before."""
    return sum(1 for _ in _moves(items, subset))


def _first(item: Item) -> Value:
    return item[0]


def start(numbers) -> tuple:
    return tuple(sorted(((n, n) for n in numbers), key=_first))


# ---------------------------------------------------------------- exact answers

def needed(s: Value, target: Value) -> list[Value]:
    """Values r with r ∘ s = target for some operation: what the rest must make if s comes last."""
    out = [target - s, target + s]
    if s >= target:
        out.append(s - target)
    if s:
        out += [divide(target, s), exact(target * s), divide(s, target)]
    kept = []
    for v in out:
        if v >= 0 and v not in kept:
            kept.append(v)
    return kept


def pair_values(a: Value, b: Value) -> list[Value]:
    return [option[2] for option in (options(a, b) if a >= b else options(b, a))]


def reachable(values: tuple, target: int, subset: bool = False) -> bool:
    """Can these numbers (sorted) make the target, each used once (or any of them, with subset)?"""
    n = len(values)
    if subset and target in values:
        return True
    if n == 1:
        return values[0] == target
    if n == 3:  # the hot spot: integer arithmetic only, no cache needed
        a, b, c = values
        return _reach3(values, target) or subset and (
            target in pair_values(a, b) or target in pair_values(a, c) or target in pair_values(b, c))
    return _reachable(values, target, subset)


@lru_cache(maxsize=1 << 16)
def _reachable(values: tuple, target: int, subset: bool) -> bool:
    if len(values) == 2:
        return target in pair_values(values[0], values[1])
    return any(reachable(key, target, subset) for _, _, key in children(tuple((v, v) for v in values)))


def _nd(v: Value) -> tuple[int, int]:
    return (v, 1) if type(v) is int else (v.numerator, v.denominator)


def _reach3(values: tuple, target: int) -> bool:
    """Three numbers: some pair makes r, and r with the third makes the target.

    Written over numerator/denominator pairs and cross-multiplied, because comparing
    Fractions is what made the search slow; it tests exactly what `needed` describes.
    """
    if type(values[0]) is int and type(values[1]) is int and type(values[2]) is int:
        return _reach3_whole(values, target)
    nds = [_nd(v) for v in values]
    for k in range(3):
        sn, sd = nds[k]
        (xn, xd), (yn, yd) = [nds[i] for i in range(3) if i != k]
        made = [(xn * yd + yn * xd, xd * yd), (abs(xn * yd - yn * xd), xd * yd), (xn * yn, xd * yd)]
        if yn:
            made.append((xn * yd, xd * yn))
        if xn:
            made.append((yn * xd, yd * xn))
        for rn, rd in made:
            whole = target * rd * sd
            if rn * sd + sn * rd == whole or abs(rn * sd - sn * rd) == whole or rn * sn == whole \
                    or (sn and rn * sd == target * rd * sn) or (rn and sn * rd == target * sd * rn):
                return True
    return False


def _reach3_whole(values: tuple, t: int) -> bool:
    """`_reach3` for three whole numbers (the common case), in int arithmetic only."""
    a, b, c = values
    for s, x, y in ((a, b, c), (b, a, c), (c, a, b)):  # s comes last; x ≤ y make r
        need = {t - s, t + s}  # r + s, r − s
        if s >= t:
            need.add(s - t)  # s − r
        if s:
            need.add(t * s)  # r ÷ s
            if t % s == 0:
                need.add(t // s)  # r × s
            if s % t == 0:
                need.add(s // t)  # s ÷ r
        if x + y in need or y - x in need or x * y in need:
            return True
        if x and (y % x == 0 and y // x in need or y % x and (y * s == t * x or s * x == t * y)):
            return True  # r = y ÷ x: whole, or a fraction that only × s or s ÷ r can clear
        if y and (x % y == 0 and x // y in need or x % y and (x * s == t * y or s * y == t * x)):
            return True  # r = x ÷ y, likewise
    return False


def finish(items: tuple, target: int, subset: bool = False) -> list[tuple[Move, tuple]] | None:
    """The moves that take a small position to the target (first found in natural order), or None. When numbers
    may go unused, no idle move ("2 × 1 = 2, then 765 + 2 = 767"): leaving the number out does the same."""
    if subset and any(item[0] == target for item in items):
        return []
    if len(items) == 1:
        return [] if items[0][0] == target else None
    for move, child, key in _moves(items, subset):
        if reachable(key, target, subset):
            rest = finish(child, target, subset)
            if rest is not None:
                return [(move, child)] + rest
    return None


@lru_cache(maxsize=1 << 12)  # ~15 KB an entry: enough for the 24 game's common positions, bounded memory
def two_step_finishes(values: tuple) -> tuple:
    """Every (first move, last move) through three numbers, in natural order: what "trying" them means."""
    return tuple(each_two_step_finish(values))


def each_two_step_finish(values: tuple) -> Iterator[tuple[Move, Move]]:
    """`two_step_finishes` one at a time, for a reader that stops early."""
    for first, child, _ in children(tuple((v, v) for v in values)):
        (b, _), (a, _) = child
        for last in pair_moves(a, b):
            yield first, last


def goal_item(items: tuple, target: int) -> Item:
    return next(item for item in items if item[0] == target)


# ---------------------------------------------------------------- the largest value

@lru_cache(maxsize=1 << 12)
def largest_by_sum_and_product(values: tuple) -> tuple[int, tuple | int]:
    """(the largest value + and × make from these whole numbers, using each once; an expression for it).

    It is the largest any expression makes: taking away or dividing never grows a positive number, and
    dividing by a quotient x ÷ y is multiplying by y ÷ x, no more than multiplying by y (tested against
    brute force on every 24-game deal). A target above it needs no case-by-case proof."""
    if len(values) == 1:
        return values[0], values[0]
    best: tuple | None = None
    for left, right in _splits(values):
        (a, x), (b, y) = largest_by_sum_and_product(left), largest_by_sum_and_product(right)
        big, small = ((a, x), (b, y)) if a >= b else ((b, y), (a, x))
        for value, expr in ((a + b, ("+", big[1], small[1])), (a * b, ("*", big[1], small[1]))):
            if best is None or value > best[0]:
                best = value, expr
    return best


# ---------------------------------------------------------------- counting solutions

@lru_cache(maxsize=1 << 14)
def _tree_counts(values: tuple) -> dict:
    """value -> how many expression trees over this multiset make it.

    Trees are counted with + and × unordered and subtraction written larger minus
    smaller, so "4 + 8" and "8 + 4" are one solution; "8 ÷ 4" and "4 ÷ 8" are two trees.
    Cached: meant for sets of up to four numbers (a few thousand values each at most)."""
    return _tree_counts_with(values, _tree_counts)


def _tree_counts_with(values: tuple, counts_of) -> dict:
    """`_tree_counts` of a multiset, given how to get it for the smaller ones (`counts_of`)."""
    if len(values) == 1:
        return {values[0]: 1}
    counts: dict = {}

    def add(v: Value, c: int) -> None:
        counts[v] = counts.get(v, 0) + c

    for left, right in _splits(values):
        lc = counts_of(left)
        if left != right:
            rc = counts_of(right)
            for a, ca in lc.items():
                for b, cb in rc.items():
                    c = ca * cb
                    add(exact(a + b), c)
                    add(exact(a * b), c)
                    add(abs(exact(a - b)), c)
                    if b:
                        add(divide(a, b), c)
                    if a:
                        add(divide(b, a), c)
            continue
        pool = sorted(lc.items())  # both halves are the same multiset: count unordered pairs of trees
        for k, (a, ca) in enumerate(pool):
            for b, cb in pool[k:]:
                c = ca * cb if a != b else ca * (ca + 1) // 2
                add(exact(a + b), c)
                add(exact(a * b), c)
                add(exact(b - a), c)
                if a != b:
                    add(divide(b, a) if a else None, ca * cb)
                    add(divide(a, b), ca * cb)
                elif a:
                    add(1, ca * ca)  # T ÷ T for each ordered pair of same-valued trees
    counts.pop(None, None)
    return counts


def _splits(values: tuple) -> list[tuple[tuple, tuple]]:
    """Each unordered split of a multiset into two non-empty parts, once; the smaller part first."""
    n, out, seen = len(values), [], set()
    for mask in range(1, (1 << n) - 1):
        left = tuple(values[i] for i in range(n) if mask >> i & 1)
        right = tuple(values[i] for i in range(n) if not mask >> i & 1)
        key = (left, right) if (len(left), left) <= (len(right), right) else (right, left)
        if key not in seen:
            seen.add(key)
            out.append(key)
    return out


def count_solutions(numbers, target: int) -> int:
    """Distinct expressions reaching the target (counted as `_tree_counts` counts trees).

    Same count as `_tree_counts(...)[target]`, but at the top only the partners that
    hit the target are looked up, instead of building every value of the whole set. Up to
    four numbers the counts are cached (the 24 game's deals recur). Five or six numbers would
    need every value of each five-number part (tens of thousands; half a second at six numbers),
    so a larger part is asked only for the few values its partner needs, recursively, with
    memory that lasts one count: about 10 ms at five numbers and 80 ms at six."""
    values = tuple(sorted(numbers))
    if len(values) <= 4:
        return _count_solutions(values, target)
    # full tables of four-number parts pay off only when there are many questions to ask them (six numbers)
    return _LargeCount(table_size=3 if len(values) == 5 else 4).making(values, target)


@lru_cache(maxsize=1 << 14)
def _count_solutions(values: tuple, target: int) -> int:
    return _solutions_with(values, target, _tree_counts, lambda part, b: _tree_counts(part).get(b, 0))


class _LargeCount:
    """One count over five or six numbers: value tables for parts of up to four numbers, and
    "how many trees of this part make b" for larger parts, both kept only for this count."""

    def __init__(self, table_size: int = 4) -> None:
        self.tables: dict = {}
        self.asked: dict = {}
        self.table_size = table_size  # parts up to this size get a full table of values

    def counts_of(self, part: tuple) -> dict:
        table = self.tables.get(part)
        if table is None:
            table = self.tables[part] = _tree_counts_with(part, self.counts_of)
        return table

    def making(self, part: tuple, b: Value) -> int:
        if len(part) <= self.table_size or b == 0:  # 0 has partners no list can hold (0 ÷ anything): a table
            return self.counts_of(part).get(b, 0)
        key = (part, b)
        if key not in self.asked:
            self.asked[key] = _solutions_with(part, b, self.counts_of, self.making)
        return self.asked[key]


def _solutions_with(values: tuple, target: Value, counts_of, making) -> int:
    """Trees over `values` making the target: for each split, the smaller part's values, each
    with the partners that would hit the target, looked up in the larger part (`making`)."""
    if len(values) == 1:
        return int(values[0] == target)
    total = 0
    for left, right in _splits(values):
        lc = counts_of(left)
        if left != right:
            for a, ca in lc.items():
                for b in _partners(a, target, both_divisions=True):
                    total += ca * making(right, b)
            continue
        ordered, diagonal = 0, 0  # + × − are unordered: halve the ordered count, same-tree pairs once
        for a, ca in lc.items():
            for b in _partners(a, target, both_divisions=False, divisions=False):
                ordered += ca * lc.get(b, 0)
                diagonal += ca if b == a else 0
            if a:
                total += ca * lc.get(divide(a, target), 0)  # T1 ÷ T2 = target: ordered pairs
        total += (ordered + diagonal) // 2
    return total


def _partners(a: Value, target: int, both_divisions: bool, divisions: bool = True) -> list[Value]:
    """Values b with a + b, a × b, |a − b| (and a ÷ b, b ÷ a) equal to the target."""
    out = []
    if target - a >= 0:
        out.append(exact(target - a))
    if a:
        out.append(divide(target, a))
    out.append(exact(a + target))
    if a - target >= 0:
        out.append(exact(a - target))
    if divisions and both_divisions and a:
        out += [divide(a, target), exact(a * target)]
    return out  # repeats are right: each is a different operation giving the target


# ---------------------------------------------------------------- strategies

@dataclass
class Search:
    """What a strategy did: positions (id -> parent, move, items, depth) and events in order."""

    target: int
    subset: bool
    nodes: list = field(default_factory=list)  # (parent id or None, move or None, items, depth)
    events: list = field(default_factory=list)  # ("enter"|"expand"|"dead"|"goal"|"hidden", node id)
    goal: int | None = None  # the node whose position reaches the target
    plan: list = field(default_factory=list)  # the moves that finish the goal node's position
    expanded: int = 0  # positions expanded (their moves generated)
    judged: int = 0  # small positions judged at once
    dead: int = 0  # dead ends met: judged hopeless, or every move from them exhausted
    handed_over: bool = False  # depth- or breadth-first passed its frontier on to best-first
    handed_over_at: int = -1  # and the index of best-first's first event, where a trace says so
    pruned: frozenset = frozenset()  # positions (sorted values) judged hopeless whatever they hold: a believed mistake
    hidden: dict = field(default_factory=dict)  # index of a "hidden" event -> how many positions it stands for

    def add(self, parent: int | None, move: Move | None, items: tuple) -> int:
        depth = 0 if parent is None else self.nodes[parent][3] + 1
        self.nodes.append((parent, move, items, depth))
        return len(self.nodes) - 1

    def path(self) -> list[int]:
        """Node ids from the start to the goal."""
        out, node = [], self.goal
        while node is not None:
            out.append(node)
            node = self.nodes[node][0]
        return out[::-1]

    def judge(self, node: int) -> bool:
        """Judge a small position at once; record the verdict."""
        self.judged += 1
        items = self.nodes[node][2]
        values = values_of(items)
        believed_hopeless = self.pruned and values in self.pruned  # (the set is empty but in negative traces)
        plan = None if believed_hopeless or not reachable(values, self.target, self.subset) else \
            finish(items, self.target, self.subset)
        if plan is None:
            self.dead += 1
            self.events.append(("dead", node))
            return False
        self.goal, self.plan = node, plan
        self.events.append(("goal", node))
        return True


# `heuristic`'s weights, measured on 300 six-number Countdown problems (positions judged before
# the goal, on average): the fraction penalty halved them (251 to 137), a factor of the target
# counting as near saves another third, and a light preference for fewer numbers left (0.05 a
# number rather than 0.25, with factors at 0.03 rather than 0.15) a further fifth (141 to 114;
# 5-number problems 40 to 38, the 24 game unchanged). No preference at all expands six times
# as many positions. Looking one move ahead from positions of four or more numbers halves what
# is left (108 to 53 on 400 problems, median 42 to 15; the traces jump past unshown dead ends in
# 68% of searches instead of 85%): the hard problems are the "X × Y − small" ones, where no
# single number is near the target but one product is. On three numbers it does not help (108 to
# 115): they are judged exactly as soon as they are looked at.
PER_NUMBER = 0.05  # cost of each number still in play beyond the first
FACTOR_GAP = 0.03  # the distance a factor of the target counts as, at most
FRACTION_COST = 2.0  # cost of each fraction in play: more than any whole position can score
LOOK_AHEAD = 4  # positions of whole numbers with at least this many also count the nearest a next move makes
# With numbers allowed to go unused, a move that makes the target reaches the goal: best-first takes it
# before anything (the look-ahead would otherwise rank "a pair here makes it" above "it is made").
IN_HAND = -1.0


def heuristic(values: tuple, target: int) -> float:
    """Lower is more promising: the best number's distance to the target (a factor of the target
    counts as close), fewer numbers left, and no awkward fractions in play. A position of
    `LOOK_AHEAD` or more whole numbers is as close as the nearest sum, difference or product of
    two of them, if that is nearer, counted with one number fewer: a person sees that
    100 × 10 = 1000 is one move from 983."""
    best, awkward = 1.0, 0.0
    for v in values:
        if type(v) is int:
            gap = abs(target - v) / target  # _gap, inlined: breadth-first ranks thousands of positions
            if 1 < v < target and target % v == 0 and FACTOR_GAP < gap:
                gap = FACTOR_GAP
        else:
            gap, awkward = abs(target - float(v)) / target, awkward + FRACTION_COST
        if gap < best:
            best = gap
    n = len(values)
    if not awkward and n >= LOOK_AHEAD:
        near = abs(target - values[1] - values[0])  # one of the distances below: a start for their least
        for i in range(n):  # _pair_distance over every pair, inlined
            b = values[i]
            for j in range(i + 1, n):
                a = values[j]
                near = min(near, abs(target - a - b), abs(target - a + b), abs(target - a * b))
        near = near / target - PER_NUMBER
        if near < best:
            best = near
    return best + PER_NUMBER * (n - 1) + awkward


def what_ranks(values: tuple, target: int) -> tuple | None:
    """What sets `heuristic`'s rank of a position of whole numbers, for a writer to name: (v,) for the
    number nearest the target (a factor of it counting as near; of numbers equally near, the largest), or
    (a, op, b, result) for the move one step ahead (a ≥ b; +, − or ×, the first that comes nearest) when
    the look-ahead is what ranks the position. None with a fraction in play."""
    if not all(type(v) is int for v in values):
        return None
    best, nearest = 2.0, None
    for v in values:
        gap = _gap(v, target)
        if gap < best or gap == best and v > nearest:
            best, nearest = gap, v
    n = len(values)
    if n >= LOOK_AHEAD:
        near, move = None, None
        for i in range(n):
            for j in range(i + 1, n):
                a, b = max(values[i], values[j]), min(values[i], values[j])
                for op, result in (("+", a + b), ("-", a - b), ("*", a * b)):
                    if near is None or abs(target - result) < near:
                        near, move = abs(target - result), (a, op, b, result)
        if near / target - PER_NUMBER < min(best, 1.0):
            return move
    return (nearest,)


def _pair_distance(a: int, b: int, target: int) -> int:
    """How far from the target the nearest of a + b, a − b and a × b is (a ≥ b, whole): the look
    ahead. Quotients and factors of the target are left out; measured, they add nothing."""
    return min(abs(target - a - b), abs(target - a + b), abs(target - a * b))


def search(numbers: tuple, target: int, strategy: str = "dfs", subset: bool = False, judge: int = 3,
           hand_over: int = -1, keep_dead: int = -1, pruned: frozenset = frozenset()) -> Search:
    """Run a complete search; the events say what was looked at, in order, until the goal or exhaustion.

    `hand_over` >= 0: once depth- or breadth-first has met that many dead ends, the rest of
    its frontier goes to best-first, which reaches an answer in about a quarter of the positions;
    a trace that shows only the first dead ends reads the same, and costs far less. -1: never.
    `keep_dead` >= 0: once best-first has met that many dead ends, positions judged hopeless are
    counted but no longer kept as nodes and events (a trace showing only that many never needs
    them; the path to the goal is kept whole). -1: keep everything.
    `pruned`: positions (sorted values) judged hopeless even when they hold a solution, as a writer
    who misses it believes; the search goes on past them (negative traces, `countdown_mistakes`).
    Searches of up to four numbers are cached (the 24 game has only 1820 deals); callers must
    not change the result. Larger ones are many, rarely repeat, and hold thousands of positions.
    """
    if len(numbers) <= 4:
        return _search_cached(tuple(sorted(numbers)), target, strategy, subset, judge, hand_over, keep_dead, pruned)
    return _search(tuple(sorted(numbers)), target, strategy, subset, judge, hand_over, keep_dead, pruned)


@lru_cache(maxsize=1 << 13)
def _search_cached(*args) -> Search:
    return _search(*args)


def search_from(items: tuple, target: int, strategy: str = "dfs", subset: bool = False, judge: int = 3,
                hand_over: int = -1, keep_dead: int = -1, pruned: frozenset = frozenset()) -> Search:
    """`search` from a position already reached: items (value, expression), sorted by value, whose
    expressions may be compound (a negative trace searches on from a mistaken position). Not cached."""
    return _search_position(tuple(sorted(items, key=_first)), target, strategy, subset, judge, hand_over, keep_dead,
                            pruned)


def _search(numbers: tuple, target: int, strategy: str, subset: bool, judge: int, hand_over: int,
            keep_dead: int, pruned: frozenset = frozenset()) -> Search:
    return _search_position(start(numbers), target, strategy, subset, judge, hand_over, keep_dead, pruned)


def _search_position(items: tuple, target: int, strategy: str, subset: bool, judge: int, hand_over: int,
                     keep_dead: int = -1, pruned: frozenset = frozenset()) -> Search:
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy {strategy!r} is not one of {', '.join(STRATEGIES)}")
    run = Search(target, subset, pruned=pruned)
    root = run.add(None, None, items)
    run.events.append(("enter", root))

    def small(items: tuple) -> bool:
        return len(items) <= judge or (subset and any(item[0] == target for item in items))

    if small(run.nodes[root][2]):
        run.judge(root)
        return run
    seen = {values_of(run.nodes[root][2])}
    if strategy == "dfs":
        frontier = _dfs(run, root, seen, small, hand_over)
    elif strategy == "bfs":
        frontier = _bfs(run, root, seen, small, hand_over)
    else:
        frontier = [(0.0, 0, root, None, run.nodes[root][2])]
    if frontier:
        run.handed_over = strategy != "best"
        run.handed_over_at = len(run.events) if run.handed_over else -1
        _best(run, frontier, seen, small, keep_dead, judge)
    return run


def _dfs(run: Search, root: int, seen: set, small, hand_over: int) -> list:
    """Depth-first with backtracking; the frontier for best-first if it hands over, else []."""
    run.expanded += 1
    stack = [(root, _moves(run.nodes[root][2], run.subset))]
    while stack:
        node, moves = stack[-1]
        for move, child, key in moves:
            size = len(seen)
            seen.add(key)  # one hash of the key, not two
            if len(seen) == size:  # met before: it failed then, so it fails now
                continue
            cid = run.add(node, move, child)
            run.events.append(("enter", cid))
            if not small(child):
                run.expanded += 1
                stack.append((cid, _moves(child, run.subset)))
                break
            if run.judge(cid):
                return []
            if 0 <= hand_over <= run.dead:
                return _frontier(run, stack, seen)
        else:
            stack.pop()
            run.dead += 1
            run.events.append(("dead", node))
            if stack and 0 <= hand_over <= run.dead:
                return _frontier(run, stack, seen)
    return []


def _frontier(run: Search, stack: list, seen: set) -> list:
    """Every position one move from the open part of a depth-first stack, as best-first heap
    entries; from whole numbers ranked the cheap way `_best` ranks them, fractions put off."""
    heap = []
    for node, moves in stack:
        items = run.nodes[node][2]
        if not _whole(items):
            for move, child, key in moves:
                if key not in seen:
                    seen.add(key)
                    heap.append((_rank(key, run), len(heap), node, move, child))
            continue
        # the moves depth-first took are in `seen`, so best-first drops them when it gets to them
        values = values_of(items)
        for rank, move, i, j in _ranked_whole_children(values, run):
            heap.append((rank, len(heap), node, move, items, values, i, j))
        heap.append((_fraction_floor(len(items)), len(heap), node, _FRACTIONS, _fraction_children(items, seen)))
    return heap


def _bfs(run: Search, root: int, seen: set, small, hand_over: int) -> list:
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node != root:
            run.events.append(("enter", node))
        run.expanded += 1
        made = []
        for move, child, key in _moves(run.nodes[node][2], run.subset):
            size = len(seen)
            seen.add(key)  # new to the search when the set grows (one hash of the key, not two)
            if len(seen) != size:
                made.append(run.add(node, move, child))
        run.events.append(("expand", node))  # every move from here is listed before any is judged
        for k, cid in enumerate(made):
            if not small(run.nodes[cid][2]):
                queue.append(cid)
                continue
            run.events.append(("enter", cid))  # goal test as soon as a position is listed
            if run.judge(cid):
                return []
            if 0 <= hand_over <= run.dead:
                rest = made[k + 1:] + list(queue)  # listed but not yet judged, and the queue
                return [(_rank(values_of(run.nodes[c][2]), run), i, c, None, run.nodes[c][2]) for i, c in enumerate(rest)]
    return []


def _best(run: Search, heap: list, seen: set, small, keep_dead: int = -1, judge: int = 3) -> None:
    """Best-first: always look next at the most promising position made so far.

    Heap entries are (rank, tie-break, parent, move, items), or (rank, tie-break, node, None,
    items) for a node that exists already; a position becomes a node only when it is looked at,
    so the many that never are cost one heap entry each. From a position of whole numbers,
    the moves that give whole numbers are ranked at once, cheaply, and wait as (rank, tie-break,
    parent, move, parent's items, parent's values, i, j): their positions are built, and checked
    against those seen, only when taken (the first of equal positions has the lowest tie-break,
    as if duplicates had been dropped when made). The moves that give a fraction wait behind one
    entry ranked at the least any of them could be (`_fraction_floor`). A fraction costs at least
    2 in `heuristic` and a whole position at most 1 + 0.05 per number, so they are made only
    once every whole-number line ranks worse, which for most problems is never: the order is
    the one ranking every child at once would give, without paying for what is never looked at."""
    heap = [(entry[0], k) + entry[2:] for k, entry in enumerate(heap)]
    heapq.heapify(heap)  # tie-breaks renumbered: unique, so the heap never compares moves
    target, counter, subset = run.target, len(heap), run.subset
    push, pop = heapq.heappush, heapq.heappop
    while heap:
        entry = pop(heap)
        if len(entry) == 8:  # a whole-number move ranked earlier: make its position now
            _, _, parent, move, above, values, i, j = entry
            result = move[3]
            rest = values[:i] + values[i + 1:j] + values[j + 1:]
            at = bisect_right(rest, result)
            key = (*rest[:at], result, *rest[at:])
            if key in seen:
                continue
            seen.add(key)
            # a move ranked here is whole, from a whole position: three numbers go straight to the whole-number check
            if 0 <= keep_dead <= run.dead and len(key) <= judge and not (
                    _reach3_whole(key, target) if len(key) == 3 and not subset else reachable(key, target, subset)):
                run.judged += 1  # hopeless, and past what anyone will read: counted, not kept
                run.dead += 1
                if run.events[-1][0] != "hidden":  # one mark for a run of them: the trace says it moved on
                    run.events.append(("hidden", parent))
                at = len(run.events) - 1
                run.hidden[at] = run.hidden.get(at, 0) + 1
                continue
            rest = above[:i] + above[i + 1:j] + above[j + 1:]
            items = (*rest[:at], (result, (move[1], above[j][1], above[i][1])), *rest[at:])
        else:
            _, _, parent, move, items = entry
            if move is _FRACTIONS:  # the moves from node `parent` that give a fraction, ranked now
                for move, child, key in items:  # (here `items` holds those moves, each a position not seen before)
                    counter += 1
                    push(heap, (heuristic(key, target), counter, parent, move, child))
                continue
        node = parent if move is None else run.add(parent, move, items)  # no move: an existing node
        if node:  # the start is never "entered"
            run.events.append(("enter", node))
            if small(items):
                if run.judge(node):
                    return
                continue
        run.expanded += 1
        if not _whole(items):
            for move, child, key in _moves(items, subset):
                size = len(seen)
                seen.add(key)  # new to the search when the set grows (one hash of the key, not two)
                if len(seen) != size:
                    counter += 1
                    push(heap, (_rank(key, run), counter, node, move, child))
            continue
        values = values_of(items)
        for rank, move, i, j in _ranked_whole_children(values, run):
            counter += 1
            push(heap, (rank, counter, node, move, items, values, i, j))
        counter += 1
        push(heap, (_fraction_floor(len(items)), counter, node, _FRACTIONS, _fraction_children(items, seen)))


_FRACTIONS = ("fractions",)  # marks the heap entry that stands for a position's fraction-making moves


def _ranked_whole_children(values: tuple, run: Search) -> Iterator[tuple[float, Move, int, int]]:
    """`_whole_children` for the search at hand: when numbers may go unused, idle moves left out and
    a move that makes the target ranked first."""
    if not run.subset:
        return _whole_children(values, run.target)
    return ((IN_HAND if move[3] == run.target else rank, move, i, j)
            for rank, move, i, j in _whole_children(values, run.target) if not _idle(move))


def _rank(values: tuple, run: Search) -> float:
    """`heuristic`, but a position holding the target comes first when numbers may go unused (it is the goal)."""
    return IN_HAND if run.subset and run.target in values else heuristic(values, run.target)


def _whole(items: tuple) -> bool:
    for item in items:
        if type(item[0]) is not int:
            return False
    return True


def _fraction_floor(count: int) -> float:
    """The least `heuristic` of a position left by a move that makes a fraction from `count` whole
    numbers: no gap, one number fewer, one fraction."""
    return PER_NUMBER * (count - 2) + FRACTION_COST


def _gap(v: int, target: int) -> float:
    """`heuristic`'s distance of one whole number from the target."""
    gap = abs(target - v) / target
    if 1 < v < target and target % v == 0:
        gap = min(gap, FACTOR_GAP)
    return gap


def _whole_children(values: tuple, target: int) -> Iterator[tuple[float, Move, int, int]]:
    """The moves from a position of whole numbers (sorted values) that give a whole number:
    (rank, move, i, j) with the move on values[j] ≥ values[i], in `children` order. A position
    two moves both leave comes twice: whoever takes these drops the later one.

    The rank is `heuristic` of the position left, worked out from the parent's gaps rather than
    by building it: the best of the numbers left untouched, or the new one; and when it looks
    ahead, the nearest pair left untouched, or the new number with one left untouched."""
    n = len(values)
    gaps = [_gap(v, target) for v in values]
    order = sorted(range(n), key=gaps.__getitem__)[:3]  # the best gap untouched by a pair is among these
    size = PER_NUMBER * (n - 2)
    ahead = n - 1 >= LOOK_AHEAD
    if ahead:  # pairs by distance: the nearest untouched by a move is among the first few
        pairs = sorted((_pair_distance(values[q], values[p], target), p, q) for p in range(n) for q in range(p + 1, n))
    for i in range(n):
        b = values[i]
        if i > 0 and values[i - 1] == b:
            continue
        for j in range(i + 1, n):
            a = values[j]  # sorted ascending, so a ≥ b
            if j > i + 1 and values[j - 1] == a:
                continue
            kept = 1.0
            for k in order:
                if k != i and k != j:
                    if gaps[k] < kept:
                        kept = gaps[k]
                    break
            # `_whole_options` less its fractions, inlined: calling it here costs a quarter of the search
            total, difference, product = a + b, a - b, a * b
            made = [("+", total)]
            if difference != total:
                made.append(("-", difference))
            if product != total and product != difference:
                made.append(("*", product))
            if b and a % b == 0:
                quotient = a // b
                if quotient != total and quotient != difference and quotient != product:
                    made.append(("/", quotient))
            if ahead:
                for untouched, p, q in pairs:
                    if p != i and p != j and q != i and q != j:
                        break
                others = values[:i] + values[i + 1:j] + values[j + 1:]
            for op, result in made:
                rank = abs(target - result) / target  # _gap, inlined
                if 1 < result < target and target % result == 0 and FACTOR_GAP < rank:
                    rank = FACTOR_GAP
                if kept < rank:
                    rank = kept
                if ahead:
                    near, short = untouched, target - result
                    for v in others:  # the new number with each untouched one: _pair_distance, inlined
                        d = abs(short - v)
                        if d < near:
                            near = d
                        d = abs(target - abs(result - v))
                        if d < near:
                            near = d
                        d = abs(target - result * v)
                        if d < near:
                            near = d
                    near = near / target - PER_NUMBER
                    if near < rank:
                        rank = near
                yield rank + size, (a, op, b, result), i, j


def _fraction_children(items: tuple, seen: set) -> Iterator[tuple[Move, tuple, tuple]]:
    """The moves from a position of whole numbers that give a fraction (a ÷ b or b ÷ a, not exact)
    and a position not seen before, which from then on counts as seen."""
    for move, child, key in children(items):
        if type(move[3]) is not int and key not in seen:
            seen.add(key)
            yield move, child, key
