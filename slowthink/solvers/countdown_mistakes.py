"""Negative traces for the countdown family: one planted mistake, believed and carried on.

Process-reward data needs traces that go wrong at a known step. `solve_with_mistake`
writes the usual search trace (`solvers.countdown`) up to a seeded place, plants one of
three mistakes there, and goes on as a person who believes it would:

- wrong_result: a move states a wrong result ("8 ÷ 3 = 3", "13 × 7 = 81": a rounded
  quotient, a times-table row off by one, a slipped carry). The wrong value stays in play
  and the search goes on from it to a "solution" built on it; the check repeats the wrong
  result, and the answer, evaluated honestly, misses the target. At a position sized up at
  a glance, the slip is one that makes a try seem to finish ("13 − 6 = 8, then 8 × 3 = 24").
- unavailable_number: a move uses a number that is not in play: one used twice ("6 + 6"
  with a single 6) or one already used up (an 8 again after both 8s went into 16). The
  move leaves what the writer believes is left, the search goes on from there, and the
  answer uses that number once too often. Or a position sized up at a glance is finished
  with one in place of the number left ("13 − 9 = 4, then 4 × 6 = 24. That works!" at 8, 9,
  13, the only 6 already in 9 = 6 + 3): the answer uses one number twice and leaves one out.
- premature_success: a near miss at a position sized up at a glance is declared a solution
  ("…, then 12 + 8 = 20. That works!"), or, aiming from the target back as best-first goals
  do, a move that nearly makes what is needed is taken for it ("24 = 8 × 3: can 13 and 4
  make 8? 13 − 4 = 9. Yes!"); the trace ends with its expression, an honest check that no
  one compares with the target, and the answer.
- false_dead_end: the position where the search finds its solution, sized up at a glance, is
  declared a dead end after a few tries that miss ("8 + 4 = 12, then 26 − 12 = 14: short by
  10. So 4, 8, 26 cannot make 24; back up."), overlooking the one that works (8 ÷ 4 = 2,
  26 − 2 = 24). Pruning a branch that holds a solution is the classic mistake of a search; the
  search goes on past it to another solution, so the answer may still be right while the
  trace is not. In the stream layout the pair's moves are listed without the one that works.

A problem with no solution has no search to go wrong in; its proof slips instead (`ProofSlipTrace`,
recorded as a wrong_result): one value worked out wrong in an argument by the last step, or a
wrong largest value in an out-of-reach bound, never one that would show a match. The answer,
"no solution", is right and the proof is not, so "no solution" is no sign of a true trace.

The kind and the place come only from the rng passed in: the kinds in a random order, and
for each, places at random among those the search offers (a move it made, a position it
judged at once), keeping the first where the believed line can be carried to an answer.
The mistake is visible where it is made to a reader of the text alone (the verifier's
`label_steps` finds it): a false equation, a move whose numbers are not in play, a claim
the equation before it does not reach, a dead end that is not one. So a used-up number is
never planted where backing up to an earlier position would explain the move, and never is
the target (people reason back from the target).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from slowthink.core.numbers_search import (Search, children, divide, exact, goal_item, largest_by_sum_and_product,
                                           needed, pair_moves, pair_values, reachable, search_from, two_step_finishes,
                                           values_of)
from slowthink.core.trace import Solution
from slowthink.solvers.countdown import (LIST_CAP, PROOF_SIZE, Trace, beyond_reach, eq, hand_over, judge_size,
                                         kept_last, last_step_clause, listing, measure, needed_argument, originals,
                                         prepare, short_argument, tries_worth_showing, val, write)

KINDS = ("wrong_result", "unavailable_number", "premature_success", "false_dead_end")
PLACES = 24  # places tried for one kind before the next kind is tried
TRIALS = 200  # believed positions tested for one kind (each a reachability check)
BELIEVED_SIZE = 4  # the most numbers a believed position may hold: an unreachable five costs a long search
# premature successes in best-first prose aimed from the target back ("24 = 3 × 8: can …?"): more than
# the 70% of true goals written so, as many positions offer no near miss to aim at; measured, the
# shape then appears in 60% of false traces against 70-77% of true ones (35% before it existed)
AIM_SHARE = 0.9


@dataclass
class Plant:
    """Where the mistake goes. A move plant changes the move that makes `node`; a judged plant
    replaces the judgement of `node` with tries (`honest`, then the planted `moves`) that make `expr`."""

    kind: str
    node: int
    judged: bool = False
    honest: list = field(default_factory=list)  # prose: (first, last) tries; stream: single moves
    moves: list = field(default_factory=list)
    expr: object = None
    misses: list = field(default_factory=list)  # depth-first prose: finishes of the planted first move tried first
    aim: tuple = ()  # best-first prose: (first move, the last move it was meant for, the value it was meant to make)


@dataclass
class Context:
    """What the planters share: the search to plant in, and the rng that picks kinds and places."""

    params: object
    rng: random.Random
    strategy: str
    run: Search
    trials: int = 0

    @property
    def target(self) -> int:
        return self.run.target

    def places(self, kind: str, size: int = BELIEVED_SIZE) -> list[tuple[int, int]]:
        """(event index, node), shuffled: the moves entered that leave at most `size` numbers ("move"), or
        the positions judged at once ("judged")."""
        events, nodes, judge = self.run.events, self.run.nodes, judge_size(self.params)
        if kind == "move":
            found = [(i, node) for i, (what, node) in enumerate(events)
                     if what == "enter" and node and len(nodes[node][2]) <= size]
        else:
            found = [(i, node) for i, (what, node) in enumerate(events) if what in ("dead", "goal")
                     and i and events[i - 1] == ("enter", node) and len(nodes[node][2]) <= judge]
        self.rng.shuffle(found)
        return found[:PLACES]

    def worth_trying(self, values: tuple) -> bool:
        """Can the believed position still reach the target? Counts the tests, which are bounded."""
        self.trials += 1
        return self.trials <= TRIALS and reachable(values, self.target, self.run.subset)


# ---------------------------------------------------------------- arithmetic on positions

def compute(a, op: str, b):
    if op == "/":
        return divide(a, b) if b else None
    return exact(a + b if op == "+" else a - b if op == "-" else a * b)


def value_of(expr):
    """The true value of an expression, believed results ignored (None if it divides by zero)."""
    if not isinstance(expr, tuple):
        return expr
    a, b = value_of(expr[1]), value_of(expr[2])
    return None if a is None or b is None else compute(a, expr[0], b)


def slips(move: tuple) -> list:
    """Wrong results a person might write for a move between whole numbers."""
    a, op, b, r = move
    if type(a) is not int or type(b) is not int:
        return []
    if op == "/":
        wrong = [r - 1, r + 1] if type(r) is int else [a // b, a // b + 1] if r > 1 else []
    elif op == "*":
        wrong = [r - a, r + a, r - b, r + b, r - 10, r + 10]
    else:
        wrong = [r - 1, r + 1, r - 10, r + 10]
    return sorted({w for w in wrong if w >= 1 and w not in (r, a, b)})  # "12 + 10 = 12" is no slip of the pen


def written(a, b) -> list[tuple]:
    """The moves between two values, written as the solver writes them (larger first, except b ÷ a)."""
    return pair_moves(a, b) if a >= b else pair_moves(b, a)


def take(items: tuple, value) -> tuple[tuple, tuple]:
    """An item with this value, and the rest."""
    for k, item in enumerate(items):
        if item[0] == value:
            return item, items[:k] + items[k + 1:]
    raise ValueError(f"{value} is not in play")


def play(items: tuple, move: tuple) -> tuple[tuple, tuple]:
    """Play a move as written (a, op, b, r): the item it makes and the position after. A result that
    is not the true one is believed: the expression carries it as a fourth element."""
    a, op, b, r = move
    first, rest = take(items, a)
    second, rest = take(rest, b)
    item = (r, (op, first[1], second[1]) + (() if compute(a, op, b) == r else (r,)))
    return item, tuple(sorted(rest + (item,), key=lambda it: it[0]))


def graft(ctx: Context, node: int, move: tuple, items: tuple) -> Search | None:
    """The search as the writer believes it went: the real one up to `node`, whose move and position
    are replaced, then a fresh search from the believed position. None if that finds nothing, or if
    a wrong result leads to an answer that is right after all."""
    run = ctx.run
    sub = search_from(items, run.target, ctx.strategy, run.subset, judge_size(ctx.params),
                      hand_over(ctx.params, ctx.strategy))
    if sub.goal is None:
        return None
    final = sub.plan[-1][1] if sub.plan else sub.nodes[sub.goal][2]
    if compute(*move[:3]) != move[3] and value_of(goal_item(final, run.target)[1]) == run.target:
        return None  # a wrong result that the rest happens to cancel
    parent, _, _, depth = run.nodes[node]
    nodes = [(-1, *n[1:]) if n[0] == node else n for n in run.nodes]  # what really followed is cut off
    nodes[node] = (parent, move, items, depth)
    base = len(nodes) - 1

    def at(k: int) -> int:
        return node if k == 0 else base + k

    nodes += [(at(p), m, its, d + depth) for p, m, its, d in sub.nodes[1:]]
    cut = run.events.index(("enter", node))
    events = run.events[:cut + 1] + [(what, at(k)) for what, k in sub.events[1:]]
    return Search(run.target, run.subset, nodes, events, at(sub.goal), sub.plan,
                  handed_over=run.handed_over or sub.handed_over)  # as a true trace of it would say (`HAND_OVER`)


def judged(ctx: Context, index: int, node: int) -> Search:
    """The real search up to the judgement of `node`, which now (wrongly) finds the goal there."""
    run = ctx.run
    return Search(run.target, run.subset, run.nodes, run.events[:index] + [("goal", node)], node, [],
                  handed_over=run.handed_over)


def judged_plant(ctx: Context, kind: str, index: int, node: int, moves: list, aim: tuple = (),
                 extra: tuple | None = None) -> tuple[Search, Plant] | None:
    """A planted try at a judged position, with a few honest tries before it. `extra`: an item the
    writer takes for one in play (an unavailable number), so the try may reach the target."""
    items, t = ctx.run.nodes[node][2], ctx.target
    if extra is not None:
        items = tuple(sorted(items + (extra,), key=lambda it: it[0]))
    made = None
    for move in moves:
        made, items = play(items, move)
    if value_of(made[1]) == t and extra is None:
        return None
    values = values_of(ctx.run.nodes[node][2])
    honest = []
    if ctx.params.style == "stream":  # the moves before it, in the order they are always listed
        moves_here = written(*values)
        honest = moves_here[:next(k for k, m in enumerate(moves_here) if m[:3] == moves[0][:3])]
        if any(m[3] == t for m in honest):
            return None  # the real solution comes first
    elif len(moves) == 2:
        tries = [(f, last) for f, last in tries_worth_showing(values, t, ctx.strategy != "dfs")
                 if f[:3] != moves[0][:3] and t not in (f[3], last[3])]
        honest = tries[:ctx.rng.choice((0, 1, 1, 2))]
        believed = values if extra is None else (moves[0][0], moves[0][2], extra[0])  # the third taken for b
        misses = _misses_before(believed, moves, t) if ctx.strategy == "dfs" else []
        if misses:  # written as a depth-first goal is: the two tries before it, one first move made once
            return judged(ctx, index, node), Plant(kind, node, True, tries[:2 - len(misses)], list(moves), made[1],
                                                   misses=misses)
    return judged(ctx, index, node), Plant(kind, node, True, honest, list(moves), made[1], aim=aim)


def _misses_before(values: tuple, moves: list, t: int) -> list:
    """The finishes of a planted first move that depth-first tries before the planted one (at most
    two, none reaching the target), as a true goal shows the tries before the one that works."""
    first, last = moves
    finishes = written(first[3], _third(values, first))
    k = next((k for k, m in enumerate(finishes) if m[:3] == last[:3]), 0)
    misses = finishes[:k][-2:]
    return [] if any(m[3] == t for m in misses) else misses


# ---------------------------------------------------------------- the three kinds

def plant_wrong_result(ctx: Context) -> tuple[Search, Plant] | None:
    run, t = ctx.run, ctx.target
    places = [("move", p) for p in ctx.places("move")] + [("judged", p) for p in ctx.places("judged")]
    ctx.rng.shuffle(places)
    for where, (index, node) in places[:PLACES]:
        if where == "move":
            parent, move = run.nodes[node][:2]
            wrongs = slips(move)
            ctx.rng.shuffle(wrongs)
            for w in wrongs:
                _, items = play(run.nodes[parent][2], move[:3] + (w,))
                if ctx.worth_trying(values_of(items)):
                    believed = graft(ctx, node, move[:3] + (w,), items)
                    if believed:
                        return believed, Plant("wrong_result", node)
            continue
        values = values_of(run.nodes[node][2])
        if len(values) == 3:  # a first move that slips into a finish, or a last move that slips onto the target
            tries = [[first[:3] + (w,), last] for first, _ in two_step_finishes(values) for w in slips(first)
                     for last in written(w, _third(values, first)) if last[3] == t]
            tries += [[first, last[:3] + (t,)] for first, last in two_step_finishes(values)
                      if t not in (first[3], last[3]) and t in slips(last)]
        elif len(values) == 2:
            tries = [[m[:3] + (t,)] for m in written(*values) if m[3] != t and t in slips(m)]
        else:
            continue
        ctx.rng.shuffle(tries)
        for moves in tries[:4]:
            found = judged_plant(ctx, "wrong_result", index, node, moves)
            if found:
                return found
    return None


def _third(values: tuple, first: tuple):
    rest = list(values)
    rest.remove(first[0])
    rest.remove(first[2])
    return rest[0]


def plant_unavailable_number(ctx: Context) -> tuple[Search, Plant] | None:
    """A move that uses a number not in play, then the search carried on from what the writer believes
    is left; or a finish that takes one, at a position judged at once."""
    planters = [_phantom_move, _phantom_finish]
    ctx.rng.shuffle(planters)  # both shapes where both fit: a long believed search, or one finishing line
    return planters[0](ctx) or planters[1](ctx)


def _phantom_move(ctx: Context) -> tuple[Search, Plant] | None:
    run, t = ctx.run, ctx.target
    # a phantom keeps one more number in play, and a believed position never holds as many as the start:
    # no true trace has one, so what is said of it ("From 3, 6, 8, 13, the moves:" in a 24 game) would
    # tell a reward model the trace is false without reading the move
    size = min(BELIEVED_SIZE, len(run.nodes[0][2]) - 1)
    for _, node in ctx.places("move", size - 1):
        parent = run.nodes[node][0]
        position = run.nodes[parent][2]
        values = Counter(values_of(position))
        above = Counter(values_of(run.nodes[run.nodes[parent][0]][2])) if parent else None
        choices = []
        for item, (b, expr) in _phantoms(position, t):
            a = item[0]
            if above == values + Counter([b]):
                continue  # a back-up to the position above would explain it
            for move in written(a, b):
                if type(move[3]) is int and move[3] > 0:
                    choices.append((item, expr, move))
        ctx.rng.shuffle(choices)
        for item, expr, move in choices:
            k = position.index(item)  # this item, not another of the same value: its expression goes on
            rest = position[:k] + position[k + 1:]
            pair = (item[1], expr) if move[0] == item[0] else (expr, item[1])
            made = (move[3], (move[1], *pair))
            items = tuple(sorted(rest + (made,), key=lambda it: it[0]))
            if ctx.worth_trying(values_of(items)):
                believed = graft(ctx, node, move, items)
                if believed:
                    return believed, Plant("unavailable_number", node)
    return None


def _phantoms(position: tuple, t: int) -> list[tuple]:
    """(an item in play, (value, expression) of a number taken beside it that is not in play): the same
    item again, when its value is there once, or a number already used up; never the target, which is
    always at hand (people reason back from it)."""
    values = Counter(values_of(position))
    spent = sorted({leaf for _, expr in position if isinstance(expr, tuple) for leaf in originals(expr)}
                   - set(values))
    found = []
    for item in dict((it[0], it) for it in position).values():  # each value once
        a = item[0]
        found += [(item, (b, expr)) for b, expr in ([(a, item[1])] if values[a] == 1 else []) + [(b, b) for b in spent]
                  if b != t]
    return found


def _phantom_finish(ctx: Context) -> tuple[Search, Plant] | None:
    """At a position judged at once (prose), a finish whose last move takes a number not in play in place
    of the one left: "13 − 9 = 4, then 4 × 6 = 24. That works!" at 8, 9, 13, the only 6 already in
    9 = 6 + 3. Written as true finishes are (two moves), so its shape tells nothing."""
    if ctx.params.style == "stream":
        return None  # the stream judges pairs, whose moves the believed positions of `_phantom_move` reach
    t = ctx.target
    for index, node in ctx.places("judged"):
        position = ctx.run.nodes[node][2]
        values = values_of(position)
        if len(values) != 3 or t in values:
            continue
        above = _positions_above(ctx.run, node)
        held = set(values).union(*above)
        phantoms = list(dict.fromkeys(ph for _, ph in _phantoms(position, t)))
        ctx.rng.shuffle(phantoms)
        for b, expr in phantoms[:3]:
            finishes = _finishes_with(values, b, t, above, held)
            if finishes:
                found = judged_plant(ctx, "unavailable_number", index, node, ctx.rng.choice(finishes), extra=(b, expr))
                if found:
                    return found
    return None


def _positions_above(run: Search, node: int) -> list[Counter]:
    """The values held at each position on the way to `node`, the start included."""
    held = []
    while node:
        node = run.nodes[node][0]
        held.append(Counter(values_of(run.nodes[node][2])))
    return held


def _finishes_with(values: tuple, b, t: int, above: list, held: set) -> list[list]:
    """Two-move finishes through two of three numbers and b, not in play, in place of the third, that
    reach t. Never one a reader could take for a true try: from a position above that holds all three
    ("3 × 1 = 3" gives the 1 back), or with a first result equal to a number held on the way, which blurs
    which one the last move takes; no move that gives back one of its numbers ("30 × 1 = 30" reads as a
    remark), and whole results above 0, as the slip is made in plain sums."""
    found = []
    for first, _, _ in children(tuple((v, v) for v in values)):
        third = _third(values, first)
        if b == third or first[3] in held or type(first[3]) is not int or first[3] in (first[0], first[2], 0) \
                or any(Counter((first[0], first[2], b)) <= counts for counts in above):
            continue
        found += [[first, last] for last in written(first[3], b) if last[3] == t and last[3] not in (last[0], last[2])]
    return found


def plant_premature_success(ctx: Context) -> tuple[Search, Plant] | None:
    t = ctx.target
    near = max(3, t // 10)  # how far off a total may be and still be mistaken for the target
    for index, node in ctx.places("judged"):
        values = values_of(ctx.run.nodes[node][2])
        if t in values:
            continue
        if len(values) == 3:
            tries = [[first, last] for first, last in two_step_finishes(values)
                     if type(last[3]) is int and t not in (first[3], last[3])]
        elif len(values) == 2:
            tries = [[m] for m in written(*values) if type(m[3]) is int and m[3] != t]
        else:
            continue
        tries = [moves for moves in tries if abs(moves[-1][3] - t) <= near]
        tries.sort(key=lambda moves: abs(moves[-1][3] - t))  # the nearest first (a stable sort keeps the order)
        if len(values) == 3 and ctx.strategy == "best" and ctx.params.style == "prose" and ctx.rng.random() < AIM_SHARE:
            for first, meant, want, last in _aimed_near_misses(values, t)[:2]:  # as best-first goals are mostly written
                found = judged_plant(ctx, "premature_success", index, node, [first, last], aim=(first, meant, want))
                if found:
                    return found
        for moves in tries[:2]:
            found = judged_plant(ctx, "premature_success", index, node, moves)
            if found:
                return found
    return None


def plant_false_dead_end(ctx: Context) -> tuple[Search, Plant] | None:
    """The goal's position, judged at a glance, believed hopeless: the search as the writer believes it
    went is the same search with that position pruned, which goes on to another solution (or None)."""
    run = ctx.run
    if not run.goal or len(run.nodes[run.goal][2]) != judge_size(ctx.params):
        return None
    items = run.nodes[run.goal][2]
    if run.target in values_of(items):
        return None  # the target in plain sight (a subset problem): no one overlooks that
    if ctx.params.style == "stream" and not _listed_like_a_dead_end(values_of(items), run.target):
        return None
    believed = search_from(run.nodes[0][2], run.target, ctx.strategy, run.subset, judge_size(ctx.params),
                           hand_over(ctx.params, ctx.strategy), ctx.params.dead_ends,
                           pruned=frozenset({values_of(items)}))
    if believed.goal is None:
        return None  # nothing else works: the trace would have to prove there is no solution
    node = next(k for what, k in believed.events if what == "dead" and believed.nodes[k][2] == items)
    return believed, Plant("false_dead_end", node, judged=True)


def _listed_like_a_dead_end(values: tuple, t: int) -> bool:
    """A stream line lists a pair's moves from "+" on, five of them or four: without the one that works it
    must still look so (the winner neither "+" nor one of four), or the missing move is a tell."""
    moves = written(*values)
    return len(moves) == 5 and moves[0][3] != t and sum(m[3] == t for m in moves) == 1


def overlooked_argument(values: tuple, t: int) -> tuple[list[str], int] | None:
    """The argument by the last step (`solvers.countdown.needed_clauses`) as a writer who slips on one
    value writes it: the one pair value that matches what its number kept for last needs is written one
    off, so no match is seen. (Clauses, index of the slipped one); None unless exactly one clause holds a
    match, and it a whole one, so one slip hides it."""
    clauses, slipped = [], None
    for s, x, y in kept_last(values):
        need, made = needed(s, t), pair_values(x, y)
        hits = [v for v in made if v in need]
        if hits:
            wrong = next((w for w in (hits[0] + 1, hits[0] - 1, hits[0] + 2) if w >= 0 and w not in need
                          and w not in made), None) if len(hits) == 1 and type(hits[0]) is int else None
            if slipped is not None or wrong is None:
                return None
            slipped, made = len(clauses), [wrong if v == hits[0] else v for v in made]
        clauses.append(last_step_clause(s, x, y, need, made))
    return (clauses, slipped) if slipped is not None else None


def _aimed_near_misses(values: tuple, t: int) -> list[tuple]:
    """(first move, the last move it was meant for, the value meant, the last move it really allows),
    nearest first: "24 = 8 × 3: can 13 and 4 make 8?" answered yes by 13 − 4 = 9, which makes
    9 × 3 = 27. Only slips a glance could make: off by at most 2, or 2% of the value meant."""
    found = []
    for first in _first_moves(values):
        third = _third(values, first)
        if type(first[3]) is not int:
            continue
        for want in needed(third, t):
            if type(want) is not int or want == first[3] or abs(want - first[3]) > max(2, want // 50):
                continue
            meant = next(m for m in written(want, third) if m[3] == t)
            at = meant.index(want, 0, 3)  # the same move, on the value the first move really makes
            last = meant[:at] + (first[3],) + meant[at + 1:3]
            last += (compute(*last),)
            if last[3] is not None and last[3] != t:
                found.append((abs(want - first[3]), first, meant, want, last))
    found.sort(key=lambda entry: entry[0])
    return [entry[1:] for entry in found]


def _first_moves(values: tuple) -> list:
    """Each first move at a three-number position, once, in natural order."""
    return list(dict.fromkeys(first for first, _ in two_step_finishes(values)))


PLANTERS = {"wrong_result": plant_wrong_result, "unavailable_number": plant_unavailable_number,
            "premature_success": plant_premature_success, "false_dead_end": plant_false_dead_end}


# ---------------------------------------------------------------- writing it

class MistakeTrace(Trace):
    """The writer, noting the line where the planted mistake first appears."""

    def __init__(self, run: Search, numbers: list, params, voice, strategy: str, plant: Plant):
        super().__init__(run, numbers, params, voice, strategy)
        self.plant, self.mistake = plant, None

    def enter(self, node: int) -> None:
        if node == self.plant.node and not self.plant.judged and self.mistake is None:
            self.mistake = len(self.lines)
        super().enter(node)

    def expand(self, node: int) -> None:
        head = len(self.lines)
        super().expand(node)
        shown = self.kids.get(node, [])[:LIST_CAP]
        if not self.stream and self.lists() and not self.plant.judged and self.mistake is None and self.plant.node in shown:
            self.mistake = head + 1 + shown.index(self.plant.node) // 5  # the listing shows the move first

    def dead(self, node: int) -> None:
        if self.plant.kind != "false_dead_end" or node != self.plant.node:
            super().dead(node)
            return
        items, t, depth = self.run.nodes[node][2], self.target, self.run.nodes[node][3]
        if self.stream:  # the pair's moves, the one that works left out
            tried = ", ".join(eq(m) for m in self.pair_moves(items) if m[3] != t)
            self.say(f"Node {self.nid(node)}: {tried}; dead end")
            self.mistake = len(self.lines) - 1
            return
        # as `judge_dead` decides, so negatives argue in full as often as positives do
        argument = overlooked_argument(values_of(items), t) if self.argues_in_full() else None
        if argument is None:
            self.judge_by_tries(items, depth, missing_the_target=True)
            self.mistake = len(self.lines) - 1  # the verdict: the tries before it are true
            return
        clauses, slipped = argument
        self.mistake = self.argue(clauses, items, depth) + slipped  # the slipped value: the lines before it are true

    def finish(self, expr) -> None:
        if self.plant.kind == "unavailable_number" and not self.run.subset:
            self.numbers = originals(expr)  # the writer believes every number used once: none "not needed"
        super().finish(expr)

    def goal(self, node: int) -> None:
        plant = self.plant
        if not plant.judged or node != plant.node:
            super().goal(node)
            return
        depth = self.run.nodes[node][3]
        if self.stream:
            self.mistake = len(self.lines)
            self.say(f"Node {self.nid(node)}: {', '.join(eq(m) for m in plant.honest + plant.moves)}; goal reached")
        else:
            for first, last in plant.honest:
                self.tried(first, [last], depth)
            self.mistake = len(self.lines)
            if plant.aim:
                first, meant, want = plant.aim  # its slip: a yes to "can x and y make a?" that the move does not give
                self.aim(first, meant, depth, want)
            elif len(plant.moves) == 2 and plant.kind == "wrong_result" and self.aims():
                self.aim(plant.moves[0], plant.moves[1], depth)  # its slip: a false "t = a ∘ b", or a false first move
            else:
                self.works(plant.moves, depth, plant.misses)
        self.finish(plant.expr)


# ---------------------------------------------------------------- a slip in a proof that nothing works

class ProofSlipTrace(Trace):
    """A "no solution" proof with one value slipped where it is worked out: a pair's product or sum in an
    argument by the last step ("10 and 11 make 21, 1, 100, …"), or the largest value the numbers make.
    The slip never opens a way the proof then overlooks (it is no value the last step needs, and a bound
    stays below the target), so the writer's "no match" follows from what the writer believes; the
    answer, "no solution", is right, and the labels are false from the slip on."""

    def __init__(self, run: Search, numbers: list, params, voice, strategy: str, slip: tuple):
        super().__init__(run, numbers, params, voice, strategy)
        self.slip, self.mistake, self.slipped_text = slip, None, None

    def needed_argument(self, items: tuple) -> str:
        return self.noted(needed_argument(values_of(items), self.target, self.slip_for(items)), items)

    def short_argument(self, items: tuple, stated: set) -> str:
        return self.noted(short_argument(values_of(items), self.target, frozenset(stated), self.slip_for(items)), items)

    def believed_top(self, top: int) -> int:
        if self.slip[0] != "top":
            return top
        self.slipped_text = f"= {val(self.slip[1])}"
        return self.slip[1]

    def slip_for(self, items: tuple) -> tuple:
        return self.slip[2] if self.slip[0] == "pair" and self.slip[1] == values_of(items) else ()

    def noted(self, text: str, items: tuple) -> str:
        """The argument, remembered if it carries the slip, so that the line saying it is the mistake's. Only the
        argument for the slipped position does: another may hold the slipped list inside a longer one ("15, 7, 44"
        holds "5, 7, 44"), and was taken for it, so the mistake was put lines before the slip."""
        if self.slipped_text is None and self.slip_for(items) and listing(self.slip[2][2]) in text:
            self.slipped_text = text
        return text

    def say(self, text: str, depth: int = 0) -> None:
        if self.mistake is None and self.slipped_text is not None and self.slipped_text in text:
            self.mistake = len(self.lines)
        super().say(text, depth)


def proof_slips(run: Search, target: int, rng: random.Random) -> list[tuple]:
    """Slips for the proof of this unsolvable problem, shuffled: ("top", value) for an out-of-reach bound, or
    ("pair", position, (x, y, values believed)) for a pair's list in an argument by the last step."""
    values = values_of(run.nodes[0][2])
    if beyond_reach(values, target):
        top = largest_by_sum_and_product(values)[0]
        return [("top", w) for w in rng.sample(sorted({top - 1, top + 1, top - 2, top + 2, top - 10, top + 10}), 6)
                if 0 < w < target]
    positions = [values] if len(values) == 3 else \
        [values_of(child) for _, child, _ in children(run.nodes[0][2])] if len(values) == PROOF_SIZE else []
    found = []
    for position in dict.fromkeys(positions):
        for _, x, y in kept_last(position):
            made, a, b = pair_values(x, y), max(x, y), min(x, y)
            for op, r in (("+", a + b), ("*", a * b)):
                for w in slips((a, op, b, r)) if type(r) is int else ():
                    if w not in made and all(w not in needed(v, target) for v in position):
                        found.append(("pair", position, (x, y, tuple(w if m == r else m for m in made))))
    rng.shuffle(found)
    return found


def solve_with_slipped_proof(problem: dict, params, rng: random.Random, voice, strategy: str,
                             run: Search) -> Solution | None:
    """A "no solution" trace with one slipped value in its proof (`ProofSlipTrace`), or None if the proof
    offers no place for one."""
    for slip in proof_slips(run, run.target, rng)[:PLACES]:
        trace = ProofSlipTrace(run, list(problem["numbers"]), params, voice, strategy, slip)
        write(trace, problem)
        if trace.mistake is not None:
            difficulty = measure(problem, run, trace, params)
            difficulty["mistake"] = "wrong_result"
            return Solution(steps=trace.lines, answer=trace.answer, difficulty=difficulty, style=params.style,
                            mistake_step=trace.mistake)
    return None


def solve_with_mistake(problem: dict, params, rng: random.Random) -> Solution | None:
    """A trace with one planted mistake (Solution.mistake_step is its line), or None if the search
    offers nowhere to plant one."""
    voice, strategy, run = prepare(problem, params, rng)
    if run.goal is None:
        return solve_with_slipped_proof(problem, params, rng, voice, strategy, run)
    ctx = Context(params, rng, strategy, run)
    kinds = list(KINDS)
    rng.shuffle(kinds)
    for kind in kinds:
        ctx.trials = 0
        found = PLANTERS[kind](ctx)
        if not found:
            continue
        believed, plant = found
        trace = MistakeTrace(believed, list(problem["numbers"]), params, voice, strategy, plant)
        write(trace, problem)
        if trace.mistake is not None and trace.answer is not None:
            break  # else the trace never showed it (a dead end past the budget): the next kind
    else:
        return None
    difficulty = measure(problem, run, trace, params)
    difficulty["mistake"] = plant.kind
    return Solution(steps=trace.lines, answer=trace.answer, difficulty=difficulty, style=params.style,
                    mistake_step=trace.mistake)
