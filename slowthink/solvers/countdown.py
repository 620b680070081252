"""Countdown and 24-game solver: a complete exact search, written down as a person thinks.

`core.numbers_search` runs the chosen strategy (depth-first, breadth-first, or
best-first by closeness to the target) until it reaches the target or has tried
everything; this module writes what it looked at. Prose: propose a move, compute it,
judge what is left ("16 + 7 = 23, then 23 + 4 = 27: too big"), call a dead end, back
up, aim at the target ("24 = 4 × 6: can 1 and 7 make 6?"), then check the expression
step by step and confirm each number was used once. Best-first says now and then what
makes the position a move leaves promising, from what ranks it ("leaving 2, 10, 12: 12
is half of 24", "…: 42 × 7 is 10 short of 304"). Stream: the compact
Stream-of-Search layout (Gandhi et al. 2024): one line per node, with its id, its
parent and what is left, dead ends and the goal marked. `dead_ends` bounds how much
of the search is shown before the trace goes straight to the answer.

A problem with no solution gets an argument that covers every case. A target above the
largest value the numbers make (which + and × alone reach) is out of reach, and the bound
is the proof. Otherwise, up to four numbers, every first move and, for what is left, the
values the last step would need against the values the rest can make; beyond that, every
first move with the count of positions searched after it. Every equation written is true and readable
by `core.claims`. What it leaves out: wording in other languages.
"""

from __future__ import annotations

import random
from collections import Counter, deque
from collections.abc import Iterator
from fractions import Fraction
from functools import lru_cache
from math import prod

from slowthink.core.expr import SIGNS, BinOp, leaf, to_text
from slowthink.core.numbers_search import (STRATEGIES, Search, children, count_solutions, divide, each_two_step_finish,
                                           exact, goal_item, largest_by_sum_and_product, move_count, needed, pair_moves,
                                           pair_values, search, start, values_of, what_ranks)
from slowthink.core.phrasing import Voice, join_words
from slowthink.core.trace import Solution, answer_line
from slowthink.core.verdict import ProblemError

LIST_CAP = 10  # moves listed at once by a breadth-first expansion
PROOF_SIZE = 4  # up to this many numbers a "no solution" trace argues every case in full
MAX_SEARCH_NUMBERS = 6  # the generators deal up to six; a search over more grows too fast to promise a trace

# ---------------------------------------------------------------- wording
# A tuple inside a pick is one alternative said several ways (`Voice.pick`). Every way keeps the words the
# verifier reads ("leaving", "left:", "now we have", "Back to", "from", "cannot make", "No way to … from",
# "leads nowhere", "No match: dead end", "works", "Solution:", "can … make z? … Yes", "Uses …, each exactly
# once") and no word that hedges a claim ("seems", "looks", "if", "but" after it), so every claim is still judged.

ENTER = (("Try {e}, leaving {s}.", "Try {e}: that leaves {s}.", "Let me try {e}, leaving {s}."),
         ("{e}, which leaves {s}.", "{e}, leaving {s}.", "{e}. That leaves {s}."),
         ("What about {e}? That leaves {s}.", "How about {e}? That leaves {s}.",
          "What about {e}? Then we are left with {s}."),
         ("Take {e}; left: {s}.", "Take {e}; now we have {s}.", "Take {e}, leaving {s}."))
# depth- or breadth-first past its budget of dead ends hands the rest of its search to best-first (`hand_over`):
# the trace says so where it jumps ahead, rather than land on the line that works as if by luck
STREAM_HAND_OVER = "Best-first from here: the most promising open node next"
STREAM_SEARCH = {"dfs": "Search: depth-first, backing up at dead ends",  # a stream's plan, said once
                 "bfs": "Search: breadth-first, every move from a node listed before any is judged",
                 "best": "Search: best-first, the most promising open node next"}
# (none opens "Going …": "Going back to …" may follow)
HAND_OVER = {"dfs": ("This pair-by-pair search is slow here. From now on I'll follow whatever looks most promising: "
                     "a number near {t} or a factor of it, or two numbers that nearly make it.",
                     "Pair by pair is slow going; from here I'll follow whatever looks most promising instead: "
                     "a number near {t}, a factor of it, or a pair one move from it.",
                     "Taking the pairs in order is slow. Instead, I'll follow whatever comes closest to {t}: a number "
                     "near it or a factor of it, or a pair that almost makes it."),
             "bfs": ("Judging every position in turn is slow here. From now on I'll follow whatever looks most "
                     "promising: a number near {t} or a factor of it, or two numbers that nearly make it.",
                     "Position by position is slow going; from here I'll follow whatever looks most promising "
                     "instead: a number near {t}, a factor of it, or a pair one move from it.",
                     "Level by level is slow. Instead, I'll follow whatever comes closest to {t}: a number near "
                     "it or a factor of it, or a pair that almost makes it.")}
# why best-first picked a position, from what ranks it (`what_ranks`): the number nearest the target, a factor
# of it, or the move one step ahead; said of some moves only, in forms the verifier judges ("16 is 8 short of 24")
REASON_SHARE = 0.6  # the moves best-first makes that say why
# the dead ends of three numbers argued in full by the last step (the rest by a few tries; breadth-first, which weighs
# every move of a position in turn, argues half of them): tries alone taught that a branch may be dropped after a glance
ARGUE_IN_FULL = 0.3
PARTS = {2: "half of", 3: "a third of", 4: "a quarter of"}
# a factor is said to be promising only with a small partner: "2 is a factor of 834 (2 × 417)" points nowhere
FACTOR_PARTNER = 12
NEAR_ENOUGH = 0.5  # a number or move further from the target than this share of it is no reason to pick a position
TRY_ELSE = (("Time to try something else.", "Time for something else.", "Let me try something else."),
            ("Let me look for a better line.", "I'll look for a better line.", "Better to look for another line."),
            ("That is not getting anywhere; another idea.", "This is not getting anywhere; another idea.",
             "Not getting anywhere; time for another idea."))
# a position of more than three numbers with nothing in it (the search says so), and three judged by tries
DEAD_END = (("Nothing from {s} reaches {t}. Back up.", "Nothing from {s} reaches {t}; back up.",
             "Nothing from {s} gets to {t}. Back up."),
            ("{s} leads nowhere. Back up.", "{s} leads nowhere; back up.", "So {s} leads nowhere. Back up."),
            ("No way to {t} from {s}; back up.", "No way to reach {t} from {s}. Back up.",
             "No way to get to {t} from {s}; back up."))
TRIED_OUT = (("Nothing from {s} makes {t}. Back up.", "Nothing from {s} makes {t}; back up.",
              "Nothing from {s} gives {t}. Back up."),
             ("No way to {t} from {s}. Dead end.", "No way to make {t} from {s}. Dead end.",
              "No way to {t} from {s}: a dead end."),
             ("So {s} cannot make {t}; back up.", "So {s} can't make {t}. Back up.", "So {s} cannot make {t}. Dead end."))
# how the lines of an argument by the last step open, by place: three lines running "With 5 last, …" read as a
# table printed out; the clause itself ("with 5 last, 12 and 13 would have to make one of …, but they make …")
# stays as the verifier reads it
CLAUSE_OPENERS = (("W",), ("Next, w", "Now w"), ("Finally, w", "Last of all, w", "And w"))
NO_MATCH = (("No match, so {s} cannot make {t}.", "No match, so {s} can't make {t}.",
             "Nothing matches, so {s} cannot make {t}."),
            ("No match: dead end.", "No match, so it's a dead end.", "No match; that's a dead end."))
WORKS = ((". That works!", ". That works.", ", and that works!"), (". It works!", ". This works!", ", which works!"))
SOLUTION = (("Solution: {e} = {t}.", "The solution: {e} = {t}.", "Solution, as one expression: {e} = {t}."),
            ("So {e} = {t}.", "Putting it together: {e} = {t}.", "All together, {e} = {t}."),
            ("Found it: {e} = {t}.", "There it is: {e} = {t}.", "Got it: {e} = {t}."))
CHECK = ("Check: {w}.", "Checking: {w}.", "Check, step by step: {w}.", "To check: {w}.")
USES = ("Uses {u}, each exactly once.", "That uses {u}, each exactly once.", "Used {u}, each exactly once.")


# ---------------------------------------------------------------- how numbers and moves are written

def val(x) -> str:
    # values in play are never negative: no sign to write, and format_value's Fraction() is slow here
    return str(x) if type(x) is int else f"{x.numerator}/{x.denominator}"


def operand(x, op: str) -> str:
    # "8 ÷ (1/3)": a fraction next to × or ÷ needs brackets to keep its meaning
    return f"({val(x)})" if type(x) is Fraction and op in "*/" else val(x)


def eq(move: tuple) -> str:
    a, op, b, r = move
    return f"{operand(a, op)} {SIGNS[op]} {operand(b, op)} = {val(r)}"


def listing(values) -> str:
    return ", ".join(val(v) for v in values)


def tree(expr):
    return BinOp(expr[0], tree(expr[1]), tree(expr[2])) if isinstance(expr, tuple) else leaf(expr)


_KIND = {"+": "+", "-": "+", "*": "*", "/": "*"}  # operations of one precedence: a chain of them reads left to right


def believed(expr):
    """An expression's value as the trace holds it: a mistaken result (negative traces) is carried, not redone."""
    if not isinstance(expr, tuple):
        return expr
    if len(expr) == 4:
        return expr[3]
    return apply(expr[0], believed(expr[1]), believed(expr[2]))


def apply(op: str, a, b):
    return divide(a, b) if op == "/" else exact(a + b if op == "+" else a - b if op == "-" else a * b)


def as_read(expr):
    """The path's expression regrouped the way its written form reads: "75 × (6 ÷ 2)" becomes (75 × 6) ÷ 2, and
    "100 + (50 + (7 + 6))" becomes 100 + 50 + 7 + 6, so the solution is written with no bracket a person would drop
    and its check works it in reading order. Only a right operand of + or × made by the same kind of operation
    moves (a + (b − c) = (a + b) − c, a × (b ÷ c) = (a × b) ÷ c): nothing new goes below 0 or divides by 0. A
    mistaken result (negative traces) stays the value of the part it was believed of, now its outermost move."""
    if not isinstance(expr, tuple):
        return expr
    node = (expr[0], as_read(expr[1]), as_read(expr[2])) + expr[3:]
    while node[0] in "+*" and isinstance(node[2], tuple) and _KIND[node[2][0]] == node[0]:
        whole, (op, left, (inner_op, a, b)) = believed(node), node[:2] + (node[2][:3],)
        regrouped = (inner_op, as_read((op, left, a)), b)
        node = regrouped if believed(regrouped) == whole else regrouped + (whole,)
    return node


def check_steps(expr, out: list[str]):
    """Evaluate an expression innermost first, writing each operation."""
    if not isinstance(expr, tuple):
        return expr
    op, left, right = expr[:3]
    a, b = check_steps(left, out), check_steps(right, out)
    result = expr[3] if len(expr) == 4 else apply(op, a, b)  # a mistaken result (negatives): the check repeats it
    out.append(eq((a, op, b, result)))
    return result


def originals(expr) -> list:
    return originals(expr[1]) + originals(expr[2]) if isinstance(expr, tuple) else [expr]


@lru_cache(maxsize=1 << 13)
def tries_worth_showing(values: tuple, target: int, nearest_first: bool) -> tuple:
    """Two-move tries through three numbers, one per first result, each finished by the last move that
    lands nearest the target (the one worth a look: "6 − 3 = 3, then 13 × 3 = 39" only if nothing on
    13 and 3 comes nearer); in natural order (each first move in turn), or (a target-aware eye) the
    near misses first.

    Worked out per first move rather than from every two-move try, which cost a third of a
    millisecond per dead end in Fraction arithmetic that was then sorted away. Finishing every try
    by adding what is left made "…, then 13 + 9 = 22" the whole of the evidence for a dead end."""
    best: dict = {}  # first result -> (rank, first, last): the try shown for it
    for k, (first, child, _) in enumerate(children(start(values))):
        if first[3] in best and not nearest_first:
            continue  # in natural order the first move to a result speaks for it
        (low, _), (high, _) = child
        rank, last = _nearest_finish(high, low, target)
        rank = (rank[0], k, rank[1:]) if nearest_first else (k,)
        if first[3] not in best or rank < best[first[3]][0]:
            best[first[3]] = (rank, first, last)
    return tuple((first, last) for _, first, last in sorted(best.values(), key=lambda entry: entry[0]))


def _nearest_finish(high, low, target: int) -> tuple[tuple, tuple]:
    """The last move on a pair that lands nearest the target, whole results before fractions:
    ((how near, which option), the move). For two whole numbers adding gives a whole number, so
    inexact divisions can never win and are not worked out."""
    if type(high) is int and type(low) is int:
        made = [("+", high + low), ("-", high - low), ("*", high * low)]
        if low and high % low == 0:
            made.append(("/", high // low))
        (gap, at), op, result = min(((abs(r - target), at), op, r) for at, (op, r) in enumerate(made))
        return ((False, gap), at), (high, op, low, result)
    # `pair_moves` order, worked in numerators and denominators: a Fraction per option cost more
    # than the rest of a dead end; only the winner becomes one.
    hn, hd, ln, ld = high.numerator, high.denominator, low.numerator, low.denominator
    made = [("+", False, hn * ld + ln * hd, hd * ld), ("-", False, hn * ld - ln * hd, hd * ld),
            ("*", False, hn * ln, hd * ld)]
    if ln:
        made.append(("/", False, hn * ld, hd * ln))
    if hn and high != low:
        made.append(("/", True, ln * hd, ld * hn))
    kept = []  # as in `options`, a result made by an earlier option is left out
    for option in made:
        n, d = option[2], option[3]
        if all(n * e != m * d for _, _, m, e in kept):
            kept.append(option)
    near, at, op, swapped, n, d = min(((n % d != 0, abs(n / d - target)), at, op, swapped, n, d)
                                      for at, (op, swapped, n, d) in enumerate(kept))
    result = n // d if near[0] is False else Fraction(n, d)
    return (near, at), ((low, op, high, result) if swapped else (high, op, low, result))


def kept_last(values: tuple) -> Iterator[tuple]:
    """(s, x, y) for each number s that may come last among three (a repeated one once), x and y the others."""
    for k, s in enumerate(values):
        if not k or values[k - 1] != s:
            yield (s, *values[:k], *values[k + 1:])


def last_step_clause(s, x, y, need: list, made: list) -> str:
    """"with 2 last, 8 and 13 would have to make one of 22, 26, …, but they make 21, 5, …"."""
    return (f"with {val(s)} last, {val(x)} and {val(y)} would have to make {'one of ' if len(need) > 1 else ''}"
            f"{listing(need)}, but they make {listing(made)}")


def made_by(x, y, slip: tuple = ()) -> list:
    """What a pair makes, as written: `pair_values`, or with one value slipped (negative traces: `slip` is
    (x, y, the values believed))."""
    return list(slip[2]) if slip and slip[:2] == (x, y) else pair_values(x, y)


@lru_cache(maxsize=1 << 12)
def needed_clauses(values: tuple, target: int, slip: tuple = ()) -> tuple[str, ...]:
    """Why three numbers cannot make the target: for each one kept for last, what the other two
    would have to make against what they do make."""
    return tuple(last_step_clause(s, x, y, needed(s, target), made_by(x, y, slip)) for s, x, y in kept_last(values))


def needed_argument(values: tuple, target: int, slip: tuple = ()) -> str:
    """`needed_clauses` as one sentence."""
    text = "; ".join(needed_clauses(values, target, slip))
    return text[0].upper() + text[1:]


@lru_cache(maxsize=1 << 12)
def short_argument(values: tuple, target: int, stated: frozenset, slip: tuple = ()) -> str:
    """`needed_argument` for a line of a longer proof: what each number needs is said once, up front,
    and what a number made by the move needs is said before the clauses that lean on it."""
    fresh = [f"{val(v)} needs {listing(needed(v, target))}" for v in dict.fromkeys(values) if v not in stated]
    clauses = [f"with {val(s)} last, {val(x)} and {val(y)} make {listing(made_by(x, y, slip))}"
               for s, x, y in kept_last(values)]
    return "; ".join(fresh + clauses)


# ---------------------------------------------------------------- the writer

class Trace:
    """Lines, the voice, the budget of dead ends, and where in the search the text stands."""

    def __init__(self, run: Search, numbers: list, params, voice: Voice, strategy: str):
        self.run, self.numbers, self.voice, self.strategy = run, numbers, voice, strategy
        self.target, self.budget = run.target, params.dead_ends
        self.stream = params.style == "stream"
        self.lines: list[str] = []
        self.shown_dead = self.side_branches = 0
        self.ids: dict[int, int] = {0: 0}  # search node -> number shown in the stream
        self.kids: dict[int, list[int]] = {}
        for node, (parent, *_rest) in enumerate(run.nodes):
            self.kids.setdefault(parent, []).append(node)
        self.current = 0
        self.put_aside: set[int] = set()  # nodes best-first left for better-ranked ones (`set_aside`)
        self.next_sibling = False  # breadth-first prose is on to the next move from the same position
        self.gone_back: set[int] = set()  # positions the prose has gone back to (and said why), but the start
        self.answer: str | None = None
        self.handed_over = False  # the trace has said that the search turned to best-first
        self.reason: tuple | None = None  # what the last move said to be promising was said to be so for
        self.last_enter: int | None = None  # the ENTER frame the last move was said in

    def say(self, text: str, depth: int = 0) -> None:
        self.lines.append("  " * max(depth, 0) + text)

    def left(self, node: int) -> str:
        return listing(values_of(self.run.nodes[node][2]))

    def nid(self, node: int) -> int:
        return self.ids.setdefault(node, len(self.ids))

    def lists(self) -> bool:
        """Does breadth-first prose list a position's moves before judging them? Only where it goes on to judge
        every one (the whole search shown, `dead_ends = -1`): within a budget it hands over to best-first after a
        few, and ten moves listed, "…and 9 more", then two judged, promised what the trace never did."""
        return self.strategy == "bfs" and self.budget < 0

    def over(self) -> bool:
        return 0 <= self.budget <= max(self.shown_dead, self.side_branches // 2)

    # ------------------------------------------------------------ walking the search

    def walk(self) -> None:
        run, path = self.run, set(self.run.path())
        shown, jumped, over, due = {0}, False, False, False
        unshown = 0  # positions the search tried since the last one shown (a stream says how many it skips)
        for at, (kind, node) in enumerate(run.events):
            if at == run.handed_over_at:  # said where best-first takes over, so it too is seen to back up
                due = self.strategy in HAND_OVER
            if kind == "hidden":  # dead ends the search counted but did not keep (past the budget)
                jumped, unshown = True, unshown + run.hidden.get(at, 1)
                continue
            on_path = node in path
            if over and not on_path:  # past the budget only the path is shown (the budget never grows back)
                jumped, unshown = True, unshown + (kind == "enter")
                continue
            parent, move, items, depth = run.nodes[node]
            if kind == "goal":  # its "enter" came just before
                self.goal(node)
                return
            if node == 0 and kind != "expand":
                continue
            over = self.over()
            finishing = kind == "expand" and node == self.current  # a node just shown is listed, not left bare
            if over and not on_path and not finishing or (parent is not None and parent not in shown):
                jumped = jumped or not on_path
                unshown += kind == "enter"
                continue
            if kind == "enter":
                if not jumped and parent != self.current:
                    self.set_aside()
                if unshown and self.stream:  # the layout shows every node it names: what it leaves out is counted
                    self.say(f"Not shown: {unshown} more position{'s' if unshown > 1 else ''} tried, none reaching "
                             f"{self.target}")
                unshown = 0
                if due and self.stream:  # the jumps from node to node that follow are best-first's, not backtracking
                    self.say(STREAM_HAND_OVER)
                    self.handed_over, due = True, False
                if (jumped or due) and not self.stream:
                    text = self.voice.pick(*TRY_ELSE) if jumped and parent != self.current else None
                    if self.run.handed_over and not self.handed_over and self.strategy in HAND_OVER:
                        self.handed_over = True  # said once: where best-first takes over, or where the search
                        text = self.voice.vary(*HAND_OVER[self.strategy], t=self.target)  # skips ahead to it
                    if text:
                        self.say(text, depth - 2)
                due = False
                self.enter_context(parent)
                jumped = False
                self.enter(node)
                shown.add(node)
                self.current = node
                self.side_branches += not on_path and len(items) > 3
            elif kind == "expand":
                self.enter_context(node)
                self.expand(node)
                self.current = node
            elif node in shown:  # "dead"
                self.dead(node)
                self.shown_dead += 1
                self.current = parent

    def set_aside(self) -> None:
        """Best-first leaves the position it stands on for a better-ranked one elsewhere: say so, rather than
        walk off in silence (depth- and breadth-first leave only positions they have finished, or gone through in
        turn)."""
        # (after a hand-over the prose says nothing of a position left open; the stream does)
        best_first = self.strategy == "best" or self.stream and self.handed_over
        if not best_first or not self.current:
            return
        if self.stream:  # the node stays open: "Back to node 0" next would read as if it were finished
            self.say(f"Node {self.nid(self.current)}: set aside")
            return
        # not "nothing here looks close": best-first ranks nearly every position near the target somehow (a number,
        # a factor, a pair one move off), and the line it turns to may only tie with this one, the older first
        text = self.voice.vary("{s} can wait: another line looks at least as promising.",
                               "Another line looks at least as promising as {s}; I'll leave this one for now.",
                               "I'll leave {s} for now and look at another line first.", s=self.left(self.current))
        self.say(text, self.run.nodes[self.current][3])
        self.put_aside.add(self.current)

    def enter_context(self, parent: int | None) -> None:
        """Say where the search is going back to, when the next move starts somewhere else."""
        if parent is None or parent == self.current:
            return
        if self.stream:
            self.say(f"Back to node {self.nid(parent)}: {self.left(parent)}")
        elif self.strategy == "bfs" and not self.handed_over and self.run.nodes[self.current][0] == parent:
            self.next_sibling = True  # breadth-first goes through a position's moves in turn: "Next, …", no going back
        elif parent == 0:
            self.say(self.voice.pick(("Back to the start: {s}.", "Back to the start: {s} again.", "Start over from {s}."),
                                     ("Back to {s}.", "Back to {s} again.", "Going back to {s}."), s=self.left(0)))
        elif parent in self.gone_back:  # said why once: again, it only needs saying where
            self.say(self.voice.vary("Back to {s} again.", "Once more back to {s}.", "Back to {s} once more.",
                                     s=self.left(parent)), self.run.nodes[parent][3] - 1)
        else:
            self.gone_back.add(parent)
            why = "" if self.strategy != "best" else self.voice.vary(
                " Set aside earlier, it now ranks best of what is left.",
                " I set it aside earlier; now it ranks best of what is left.",
                " Left for later before, it now ranks best of what is left.") if parent in self.put_aside else \
                self.voice.pick((" It looks closer to {t}.", " It looks nearer to {t}.", " It seems closer to {t}."),
                                (" It is still the most promising.", " It still looks the most promising.",
                                 " Of what is left, it looks best."), t=self.target)
            ranks = what_ranks(values_of(self.run.nodes[parent][2]), self.target)
            reason = self.closeness(ranks) if why and parent not in self.put_aside else None
            if reason:  # say what makes it the best (drawn from the wording source: the search is unchanged)
                self.reason = ranks  # said here: the next move need not say it "still" holds
                why = self.voice.vary(" Of what is left it looks best: {r}.", " It is the most promising now: {r}.",
                                      " It ranks best of what is left, since {r}.", r=reason)
            back = self.voice.vary("Back to {s}.", "Back to {s} then.", "Going back to {s}.", "Now back to {s}.",
                                   s=self.left(parent))
            self.say(back + why, self.run.nodes[parent][3] - 1)
        self.current = parent

    def enter(self, node: int) -> None:
        parent, move, items, depth = self.run.nodes[node]
        if self.stream:
            self.say(f"Node {self.nid(node)} (parent {self.nid(parent)}): {eq(move)} → {self.left(node)}")
            return
        # one draw from the item's source, as ever; a frame the last move was said in gives way to the next one,
        # so "What about 5 + 5 = 10? Then we are left with …" is not followed by "What about 68 × 2 = 136? Then we
        # are left with …"
        group = ENTER.index(self.voice.choose(ENTER))
        if group == self.last_enter:
            group = (group + 1) % len(ENTER)
        self.last_enter = group
        line = self.voice.vary(*ENTER[group], e=eq(move), s=self.left(node))
        if self.next_sibling:
            line, self.next_sibling = "Next, " + line[0].lower() + line[1:], False
        self.say(self.with_reason(line, values_of(items), move[3]), depth - 1)

    def with_reason(self, line: str, values: tuple, made=None) -> str:
        """A move best-first makes, with what makes the position it leaves promising, now and then:
        "Try 3 − 1 = 2, leaving 2, 10, 12: 12 is half of 24." The same reason twice running is said once.
        `made`: what the move made; a reason it does not touch is said to hold still ("75 + 4 = 79, which
        leaves 5, 7, 50, 79, 100. 50 × 7 is still only 2 short of 352"), not as if the move had brought it."""
        if self.strategy != "best" and not self.handed_over or self.run.subset and self.target in values:
            return line  # (with the target in hand, numbers left over need no reason)
        why = what_ranks(values, self.target)
        # the pair the last reason named, now made: "71 × 3 is 4 over 209", then "Take 71 × 3 = 213, leaving 9, 10,
        # 213" has said it; "213 is only 4 over 209" after it is the same fact again
        made_as_said = self.reason is not None and len(self.reason) == 4 and why == (self.reason[3],) == (made,)
        reason = self.closeness(why, made) if why != self.reason and not made_as_said else None
        # the first move that has a reason always says it: "I'll follow whatever comes closest", then a move to 58
        # for 605, with nothing said, reads as no such thing
        if reason is None or self.reason is not None and not self.voice.now_and_then(REASON_SHARE):
            return line
        self.reason = why
        joins = ("; {r}.", ". {r}.", ". Promising: {r}.") if ":" in line else (": {r}.", "; {r}.", ". {r}.")
        return line[:-1] + self.voice.vary(*joins, r=reason)

    def closeness(self, why: tuple | None, made=None) -> str | None:
        """What ranks a position (`what_ranks`) in words, or None if that is nothing to point at (the target
        itself, a fraction in play, or nothing near); "still" if it is a number or a pair the move that made
        `made` left untouched."""
        t = self.target
        if why is None or why[-1] == t and len(why) == 1:
            return None
        if len(why) == 1 and 1 < why[0] < t and t % why[0] == 0:  # a factor counts as near
            v, k = why[0], t // why[0]
            if k > FACTOR_PARTNER:
                return None
            factor = f"{v} is a factor of {t} ({v} × {k})"
            return self.voice.vary(f"{v} is {PARTS[k]} {t}", f"{v} is {PARTS[k]} {t}", factor) if k in PARTS else factor
        if abs(t - why[-1]) > NEAR_ENOUGH * t:
            return None
        said = str(why[0]) if len(why) == 1 else f"{why[0]} {SIGNS[why[1]]} {why[2]}"
        d = abs(t - why[-1])
        if not d:
            return f"{said} is {t} at once"
        only = "only " if d * 10 <= t and self.voice.now_and_then(0.5) else ""
        named = (why[0], why[2]) if len(why) == 4 else why  # the number, or the pair (a, op, b, result)
        still = "still " if made is not None and made not in named else ""
        return f"{said} is {still}{only}{d} {'short of' if why[-1] < t else 'over'} {t}"

    def expand(self, node: int) -> None:
        kids = self.kids.get(node, [])
        depth = self.run.nodes[node][3]
        if self.stream:
            moves = move_count(self.run.nodes[node][2], self.run.subset)  # a position reached before is not listed again
            new = "" if moves == len(kids) else f", {len(kids)} to positions not reached before"
            self.say(f"Node {self.nid(node)}: expanding, {moves} moves{new}")
            return
        if not self.lists():  # its moves are judged one at a time as they come, in order
            return
        head = self.voice.vary("Every first move, and what it leaves:", "Each first move and what it leaves:",
                               "All the first moves, with what each one leaves:") if node == 0 else \
            self.voice.vary("From {s}, the moves:", "The moves from {s}:", "From {s}, every move:", s=self.left(node))
        self.say(head, depth - 1 if node else 0)
        shown = kids[:LIST_CAP]
        for k in range(0, len(shown), 5):
            self.say("; ".join(f"{eq(self.run.nodes[c][1])} → {self.left(c)}" for c in shown[k:k + 5]), depth)
        if len(kids) > LIST_CAP:
            self.say(f"…and {len(kids) - LIST_CAP} more.", depth)

    def dead(self, node: int) -> None:
        parent, move, items, depth = self.run.nodes[node]
        if self.stream:
            if len(items) <= 2:
                tried = ", ".join(eq(m) for m in self.pair_moves(items))
                self.say(f"Node {self.nid(node)}: {tried}; dead end")
            else:
                self.say(f"Node {self.nid(node)}: dead end, back to node {self.nid(parent)}")
            return
        if len(items) > 3:
            self.say(self.voice.pick(*DEAD_END, s=self.left(node), t=self.target), depth - 1)
            return
        self.judge_dead(items, depth)

    def pair_moves(self, items: tuple) -> list[tuple]:
        (b, _), (a, _) = items
        return pair_moves(a, b)

    def judge_dead(self, items: tuple, depth: int) -> None:
        """Why three numbers cannot make the target: a few tries, or what the last step would need."""
        if self.target in values_of(items):
            self.target_in_hand(items, depth)
            return
        if self.argues_in_full():
            self.argue(needed_clauses(values_of(items), self.target), items, depth)
            return
        self.judge_by_tries(items, depth)

    def target_in_hand(self, items: tuple, depth: int) -> None:
        """The target made, with two numbers still to use: what anyone looks at first is whether those two
        can vanish into it (make 0 to add, 1 to multiply, …), so that case comes first; the other two
        numbers kept for last complete the argument."""
        t, values = self.target, values_of(items)
        x, y = [v for k, v in enumerate(values) if v != t or t in values[:k]]
        self.say(self.voice.pick(("{t} is already here, but {x} and {y} must be used too.",
                                  "{t} is here already, but {x} and {y} must be used too.",
                                  "There is {t} already, but {x} and {y} still have to be used."),
                                 ("That makes {t}, but {x} and {y} are still to be used.",
                                  "That makes {t}, but {x} and {y} still have to go in.",
                                  "That makes {t}, with {x} and {y} still to be used."), t=t, x=val(x), y=val(y)), depth)
        clauses = needed_clauses(values, t)
        first = next(k for k, (s, *_) in enumerate(kept_last(values)) if s == t)
        self.argue([clauses[first], *clauses[:first], *clauses[first + 1:]], items, depth)

    def argues_in_full(self) -> bool:
        """Is a dead end of three numbers argued by the last step (else by a few tries)? Breadth-first,
        which weighs every move of a position in turn, does so more often."""
        return self.strategy == "bfs" and self.voice.chance(0.5) or self.voice.chance(ARGUE_IN_FULL)

    def argue(self, clauses: tuple | list, items: tuple, depth: int) -> int:
        """The argument by the last step, one line per number kept for last (three short lines read, one
        long one is a wall), then the verdict; returns the index of the first line."""
        first = len(self.lines)
        for k, clause in enumerate(clauses):
            self.say(self.voice.vary(*CLAUSE_OPENERS[min(k, 2)]) + clause[1:] + ".", depth)
        if self.run.subset:  # the clauses list every pair's values: say what they show when numbers may go unused
            self.say(self.voice.vary("None of those pairs makes {t} on its own either, so leaving a number out does "
                                     "not help.", "Leaving a number out does not help: no pair above makes {t} by "
                                     "itself.", "Nor does leaving a number out help: none of those pairs makes {t} "
                                     "alone.", t=self.target), depth)
        self.say(self.voice.pick(*NO_MATCH, s=listing(values_of(items)), t=self.target), depth)
        return first

    def judge_by_tries(self, items: tuple, depth: int, missing_the_target: bool = False) -> None:
        """A few tries at three numbers, each landing somewhere new, then the verdict that they cannot
        make the target. `missing_the_target`: the writer of a negative trace, who overlooks the tries
        that work (and so declares a dead end that is not one)."""
        t, rest = self.target, listing(values_of(items))
        # three tries at least: two and "cannot make" is a verdict without the look that would earn it (a
        # reader counted 150 of 337 dead ends resting on two tries)
        shown, landed = self.voice.choose((3, 3, 3, 4)), set()
        tries = tries_worth_showing(values_of(items), t, self.strategy != "dfs")
        # a try that ends on a fraction cannot make the target: shown only when two whole landings are not to be had
        whole = [(first, last) for first, last in tries if type(last[3]) is int]
        for first, last in whole + [(first, last) for first, last in tries if type(last[3]) is not int]:
            if last[3] in landed or missing_the_target and t in (first[3], last[3]) or \
                    type(last[3]) is not int and len(landed) >= 2:
                continue  # three ways to the same 30 show less than one try that lands elsewhere
            landed.add(last[3])
            self.tried(first, [last], depth)
            if len(landed) == shown:
                break
        self.say(self.voice.pick(*TRIED_OUT, s=rest, t=t), depth)

    def tried(self, first: tuple, lasts: list, depth: int) -> None:
        """A first move and the finishes tried after it, each with where it lands:
        "16 + 7 = 23, then 23 + 4 = 27: too big."."""
        self.say(self.voice.vary("{a}, then {b}.", "{a}; then {b}.", "{a}, and then {b}.", a=eq(first),
                                 b=self.landings(lasts)), depth)

    def landings(self, lasts: list) -> str:
        return "; ".join(f"{eq(last)}: {self.comment(last[3])}" for last in lasts)

    def works(self, moves: list, depth: int, misses: list = ()) -> None:
        """The moves that reach the target ("…, then 6 × 4 = 24. That works!"); with `misses`, the
        first move is made once and the finishes tried after it come before the one that works."""
        text = f"{eq(moves[0])}. Then {self.landings(misses)}; but {eq(moves[1])}" if misses else \
            ", then ".join(eq(m) for m in moves)
        self.say(text + self.voice.pick(*WORKS), depth)

    def comment(self, value) -> str:
        gap = abs(value - self.target)
        if type(value) is Fraction:
            # said against the target: a fraction is no fault in itself, only here, where the target is whole
            return self.voice.pick("not even a whole number, let alone {t}", "not a whole number, so not {t}",
                                   "a fraction, so not {t}", t=self.target)
        if value > self.target:
            return self.voice.pick(("too big", "too large", "too high"), "{d} too many", "over by {d}", d=val(gap))
        return self.voice.pick(("too small", "too low"), "{d} short", "short by {d}", d=val(gap))

    def ruled_out(self, k: int, move: tuple, left: str, stream_reason: str, prose_reason: str) -> None:
        """First move k of a no-solution proof, what it leaves, and why that cannot be finished."""
        if self.stream:
            self.say(f"Node {k} (parent 0): {eq(move)} → {left}")
            self.say(f"Node {k}: {stream_reason}; dead end")
        else:
            self.say(f"{eq(move)}, leaving {left}: {prose_reason}")

    def needed_argument(self, items: tuple) -> str:
        return needed_argument(values_of(items), self.target)

    def short_argument(self, items: tuple, stated: set) -> str:
        return short_argument(values_of(items), self.target, frozenset(stated))

    def believed_top(self, top: int) -> int:
        """The largest value the numbers make, as the writer has it (a negative trace may slip it)."""
        return top

    # ------------------------------------------------------------ reaching the target

    def goal(self, node: int) -> None:
        parent, move, items, depth = self.run.nodes[node]
        plan, t = self.run.plan, self.target
        final = plan[-1][1] if plan else items
        if self.stream:
            if len(items) <= 2 and plan:
                moves = self.pair_moves(items)
                shown = moves[:next(i for i, m in enumerate(moves) if m[3] == t) + 1]
                self.say(f"Node {self.nid(node)}: {', '.join(eq(m) for m in shown)}; goal reached")
            else:
                steps = ", ".join(eq(m) for m, _ in plan)
                self.say(f"Node {self.nid(node)}: {steps + ', ' if steps else ''}{t} is here; goal reached")
        elif not plan and move is not None and move[3] == t:  # numbers may go unused: the move itself made it
            self.say(self.voice.pick("That is {t}, the target; the numbers left over can stay unused.",
                                     "{t} is the target, and the rest need not be used.", t=t), depth)
        elif not plan:
            self.say(self.voice.pick("And {t} is right here.", "That already gives {t}.", t=t), depth)
        elif len(plan) == 2 and self.aims():
            self.aim(plan[0][0], plan[1][0], depth)
        else:
            misses: list = []  # finishes of the working first move tried before the one that works
            if len(plan) == 2 and self.strategy == "dfs":  # the two tries just before the one that works
                before: deque = deque(maxlen=2)
                for first, last in each_two_step_finish(values_of(items)):
                    if first == plan[0][0] and last[3] == t:
                        break
                    # a last move that makes a fraction cannot make the target: worth a try only with a fraction in play
                    if type(last[3]) is int or any(type(v) is not int for v in (first[0], first[2], first[3])):
                        before.append((first, last))
                groups: dict = {}  # first move -> the finishes tried after it: each first move is made once
                for first, last in before:
                    groups.setdefault(first, []).append(last)
                misses = groups.pop(plan[0][0], [])
                for first, lasts in groups.items():
                    self.tried(first, lasts, depth)
            self.works([m for m, _ in plan], depth, misses)
        self.finish(goal_item(final, t)[1])

    def aims(self) -> bool:
        """Does a best-first goal of two moves say what the last move needs first (most do)?"""
        return self.strategy == "best" and self.voice.chance(0.7)

    def aim(self, first: tuple, last: tuple, depth: int, want=None) -> None:
        """A two-move finish written from the target back: "24 = 3 × 8: can 4 and 7 make 3? 7 − 4 = 3. Yes!"
        (`want`: the value asked for, when it is not what the first move makes)."""
        a, op, b, _ = last
        asked = self.voice.vary("{t} = {r}: can {x} and {y} make {z}?", "{t} = {r}. Can {x} and {y} make {z}?",
                                "Aim for {t} = {r}: can {x} and {y} make {z}?", t=self.target,
                                r=f"{operand(a, op)} {SIGNS[op]} {operand(b, op)}", x=val(first[0]), y=val(first[2]),
                                z=val(first[3] if want is None else want))
        self.say(f"{asked} {eq(first)}. " + self.voice.vary("Yes!", "Yes.", "Yes, they can."), depth)

    def finish(self, expr) -> None:
        expr = as_read(expr)  # written with the fewest brackets, and checked in the order it reads
        t, written = self.target, tree(expr)
        shown = to_text(written)
        if self.stream:
            self.say(f"Solution: {shown} = {t}")
            if isinstance(expr, tuple):  # the path rewritten as one expression is checked like any other
                self.say(self.stream_check(expr))
        elif not isinstance(expr, tuple):  # the target is one of the numbers: nothing to work out or check
            spare = list(self.numbers)
            spare.remove(t)
            self.say(f"Solution: {t} itself, one of the numbers." +
                     (f" Not needed: {join_words([val(n) for n in sorted(spare)])}." if spare else ""))
        else:
            self.say(self.voice.pick(*SOLUTION, e=shown, t=t))
            steps, used, spare = self.worked_check(expr)
            line = self.voice.vary(*CHECK, w="; ".join(steps)) + " " + \
                self.voice.vary(*USES, u=join_words([val(n) for n in used]))
            if spare:
                line += self.voice.vary(" Not needed: {n}.", " Left unused: {n}.",
                                        n=join_words([val(n) for n in spare]))
            self.say(line)
        self.answer = to_text(written, unicode=False).replace(" ", "")

    def worked_check(self, expr: tuple) -> tuple[list[str], list, list]:
        """A solution's check: its operations worked out innermost first, the numbers it uses and those left
        over (sorted), for the prose's check line and the stream's."""
        steps: list[str] = []
        check_steps(expr, steps)
        used = sorted(originals(expr))
        return steps, used, sorted((Counter(self.numbers) - Counter(used)).elements())

    def stream_check(self, expr: tuple) -> str:
        """The layout's last line before the answer: the solution worked out innermost first and the numbers it
        uses, in the layout's terse form ("Check: 8 − 5 = 3, 9 + 3 = 12, 12 + 12 = 24; uses 5, 8, 9, 12, each
        once"). Rewriting the path as one expression is a step that can go wrong, and a trace that ends at
        "goal reached" has never checked it."""
        steps, used, spare = self.worked_check(expr)
        unused = f"; unused: {listing(spare)}" if spare else ""
        return f"Check: {', '.join(steps)}; uses {listing(used)}, each once{unused}"


# ---------------------------------------------------------------- no solution

def prove_impossible(trace: Trace, problem: dict) -> None:
    run, t = trace.run, trace.target
    values = values_of(run.nodes[0][2])
    subset = bool(problem.get("subset"))
    if not trace.stream and out_of_reach(trace, values):
        pass
    elif len(values) == 1 and not subset:
        trace.say(f"The only number is {val(values[0])}, and {val(values[0])} ≠ {t}.")
    elif len(values) == 2 and not subset:
        tried = ", ".join(eq(m) for m in trace.pair_moves(run.nodes[0][2]))
        trace.say(f"{tried}: none of them is {t}.")
    elif len(values) <= PROOF_SIZE and not subset:
        if not trace.stream:
            trace.say(f"Every move joins two numbers into their sum, difference (larger minus smaller), product or "
                      f"quotient; a negative difference would only flip a sign, which never helps reach {t}.")
            trace.say(f"When three numbers are left, the last step joins one of them to what the other two make, so "
                      f"for the number s kept for last the other two must make {t} − s, {t} + s, s − {t}, {t} ÷ s, "
                      f"{t} × s or s ÷ {t}, each value once and none below 0 (no move makes a negative number).")
        if len(values) == 3:
            trace.say(trace.needed_argument(run.nodes[0][2]) + (". No match." if not trace.stream else "; dead end"))
        else:
            stated = set(values)
            trace.say("What the other two must make when a number comes last: " +
                      "; ".join(f"{val(v)} needs {listing(needed(v, t))}" for v in dict.fromkeys(values)) + ".")
            moves = list(children(run.nodes[0][2]))
            for k, (move, child, _) in enumerate(moves, 1):
                argument = trace.short_argument(child, stated)
                trace.ruled_out(k, move, listing(values_of(child)), argument, f"{argument}. No match.")
            trace.say(trace.voice.vary("That covers every first move ({k} different positions), and none can be finished.",
                                       "Those are all the first moves ({k} different positions), and none can be finished.",
                                       "That is every first move ({k} different positions), and none can be finished.",
                                       k=len(moves)))
    else:
        if subset:
            trace.say(f"None of the numbers is {t} itself, so at least one move is needed. A move that makes 0 or "
                      f"gives back one of its own numbers (taking 5 from 10, multiplying by 1) never helps when "
                      f"numbers may go unused: it only leaves less than there was, so I leave those out.")
        trace.say(trace.voice.vary("Every first move in turn, with everything that can follow it:",
                                   "Each first move in turn, with everything that can follow it:",
                                   "Now every first move, one at a time, with all that can follow it:"))
        first, counts = {}, Counter()  # the search just exhausted everything: count per first move
        for node, (parent, move, items, depth) in enumerate(run.nodes):
            if depth:
                first[node] = node if depth == 1 else first[parent]
                counts[first[node]] += 1
        for k, node in enumerate(sorted(n for n in first if run.nodes[n][3] == 1), 1):
            move, items = run.nodes[node][1], run.nodes[node][2]
            left = listing(values_of(items))
            checked = ("every way to combine them checked" if counts[node] == 1 else
                       f"{counts[node]} positions searched from there (not counting ones already ruled out)")
            trace.ruled_out(k, move, left, f"{checked}, none reaches {t}", f"{checked}, and none reaches {t}.")
    trace.say(trace.voice.vary("So {t} cannot be made from {n}.", "So {t} can't be made from {n}.",
                               "So there is no way to make {t} from {n}.", "Hence {t} cannot be made from {n}.",
                               t=t, n=listing(trace.numbers)))
    trace.answer = None


def beyond_reach(values: tuple, target: int) -> bool:
    """Is the target above the largest value two or more numbers make? Then the bound is the proof (`out_of_reach`),
    and the plan line says so."""
    return len(values) > 1 and target > largest_by_sum_and_product(values)[0]


def out_of_reach(trace: Trace, values: tuple) -> bool:
    """A target above the most the numbers can make needs no case-by-case proof, only that bound, shown and
    said ("The largest value 8, 2 and 1 can make is 24", which the verifier checks); False, with nothing
    written, if the target is within it."""
    t = trace.target
    if not beyond_reach(values, t):
        return False
    top, expr = largest_by_sum_and_product(values)
    shown = trace.believed_top(top)
    numbers = join_words([val(v) for v in sorted(values, reverse=True)])
    trace.say("Taking away never helps, nor does dividing: dividing by a whole number never makes anything bigger, "
              "and dividing by a quotient a ÷ b is multiplying by b ÷ a, no more than multiplying by b. So the most "
              "comes from + and × alone.")
    product, best = prod(values), to_text(tree(expr))
    everything = " × ".join(val(v) for v in sorted(values, reverse=True))
    trace.say(f"Multiplying everything gives {everything} = {shown}." if product == top else
              f"Multiplying everything gives {everything} = {product}; better is {best} = {shown}.")
    trace.say(f"The largest value {numbers} can make is {shown}, and {t} is more than that.")
    return True


# ---------------------------------------------------------------- the task's solve()

def prepare(problem: dict, params, rng: random.Random) -> tuple[Voice, str, Search]:
    """The voice, the strategy and the search a trace of this problem is written from."""
    voice = Voice(rng, getattr(params, "language", "en"))
    numbers, subset = problem["numbers"], bool(problem.get("subset"))
    if len(numbers) > MAX_SEARCH_NUMBERS:  # the verifier reads larger problems, to check an answer
        raise ProblemError(f"problem.numbers: {len(numbers)} numbers; the solver searches deals of up to "
                           f"{MAX_SEARCH_NUMBERS} numbers")
    # breadth-first lists every position a level holds: fine up to four numbers, a slog beyond
    strategy = params.strategy if params.strategy != "mixed" else rng.choice(
        STRATEGIES if len(numbers) <= PROOF_SIZE else ("dfs", "best"))
    # past the dead ends the trace shows, depth- and breadth-first hand their frontier to best-first
    run = search(tuple(sorted(numbers)), problem["target"], strategy, subset, judge_size(params),
                 hand_over(params, strategy), keep_dead=params.dead_ends)
    return voice, strategy, run


def judge_size(params) -> int:
    """Positions of this many numbers or fewer are judged at once, not expanded."""
    return 2 if params.style == "stream" else 3


def hand_over(params, strategy: str) -> int:
    """The dead ends depth- or breadth-first meets before best-first takes over: half of those the trace shows
    (rounded up), so best-first, too, can be seen to back up; when it only ever came in to land on the answer at
    once (49 of 49 game24 traces), following 'whatever looks most promising' read like an oracle."""
    return (params.dead_ends + 1) // 2 if strategy != "best" and params.dead_ends >= 0 else -1 if strategy == "best" \
        else params.dead_ends


def plan_line(trace: Trace, count: int) -> str:
    """What the trace is about to do: look for a bound, check everything, or search in the strategy's way."""
    run, voice, t = trace.run, trace.voice, trace.target
    if run.goal is None and beyond_reach(values_of(run.nodes[0][2]), t):
        return voice.pick(("Before searching: can these even get as high as {t}?",
                           "Before searching: can these numbers even get as high as {t}?",
                           "Before any search: can these even get as high as {t}?"),
                          ("Is {t} even within reach?", "First: is {t} even within reach?",
                           "Is {t} within reach at all?"), t=t)
    if run.goal is None:
        return voice.vary("I'll check every possibility systematically.", "I'll go through every possibility systematically.",
                          "I'll check every possibility, one by one.", "Time to check every possibility in turn.")
    if count <= 3:
        return voice.pick(("Let me size these up.", "Let me size these up first.", "First, size these up."),
                          ("Let me look at the ways to combine them.", "Let me see how they can be combined.",
                           "Let me look at what they can make together."))
    return voice.vary(*PLANS["bfs" if trace.lists() else "bfs, unlisted" if trace.strategy == "bfs" else trace.strategy],
                      t=t)


PLANS = {"dfs": ("I'll go through the pairs in order, backing up when a line fails.",
                 "I'll take the pairs in order and back up when a line fails.",
                 "I'll work through the pairs one at a time, backing up whenever a line fails.",
                 "Pairs in order, backing up whenever a line fails.",
                 "Go through the pairs in order, and back up when a line fails."),
         "bfs": ("First I'll list what each move leaves, then judge those one by one.",
                 "I'll list what every move leaves first, then judge each of those.",
                 "List every move and what it leaves, then judge them one at a time.",
                 "First the list of what each move leaves; then I'll judge them one by one."),
         "bfs, unlisted": ("I'll take every first move in turn, and what it leaves, before going any deeper.",
                           "Every first move in turn, with what each leaves, before going any deeper.",
                           "Breadth first: each first move in turn, and what it leaves, before going deeper.",
                           "One level at a time: each first move and what it leaves, before going deeper."),
         "best": ("I'll follow whatever looks most promising first: a number near {t} or a factor of it, or two "
                  "numbers that nearly make it.",
                  "I'll go where {t} looks nearest first: a number close to it, a factor of it, or a pair one move "
                  "from it.",
                  "I'll try the most promising line first: a number close to {t} or a factor of it, or a pair that "
                  "almost makes it.",
                  "I'll chase whatever comes closest to {t}: a number near it, a factor of it, or two numbers one "
                  "move from it.",
                  "I'll always follow the most promising line: a number near {t}, a factor of it, or a pair that "
                  "nearly makes it.")}


def write(trace: Trace, problem: dict) -> None:
    """The whole trace: the problem, a plan, the search (or the proof that nothing works), the answer."""
    run, voice, strategy, numbers, t = trace.run, trace.voice, trace.strategy, trace.numbers, trace.target
    rule = "each at most once" if problem.get("subset") else "each exactly once"
    if trace.stream:
        trace.say(f"Goal: {t} from {listing(numbers)}, {rule}")
        if run.goal is not None and len(run.nodes) > 1:  # (a proof that nothing works, or nothing to search: no plan)
            trace.say(STREAM_SEARCH[strategy])
        trace.say(f"Node 0: {listing(values_of(run.nodes[0][2]))}")
    else:
        trace.say(voice.pick(("Numbers {n}; make {t} using {r}.", "Numbers {n}; make {t}, using {r}.",
                              "The numbers are {n}; make {t} using {r}."),
                             ("We have {n} and need {t}, {r}.", "We have {n} and want {t}, {r}.",
                              "I have {n} and need to make {t}, using {r}."),
                             ("Target {t} from {n}, {r}.", "Make {t} from {n}, {r}.", "From {n}, make {t}, {r}."),
                             n=listing(numbers), t=t, r=rule))
        pairs = {tuple(sorted((t // n, n))) for n in numbers if 1 < n < t and t % n == 0}
        factors = [f"{a} × {b}" for a, b in sorted(pairs)][:3]
        if run.goal is not None and factors and (strategy == "best" or voice.chance(0.4)):
            trace.say(voice.pick(("{t} = {f}. Keep those in mind.", "{t} = {f}. Worth keeping those in mind.",
                                  "Worth remembering: {t} = {f}."),
                                 ("{t} = {f}: shapes worth aiming for.", "{t} = {f}: shapes to aim for.",
                                  "Shapes to aim for: {t} = {f}."), t=t, f=" = ".join(factors)) if len(factors) > 1 else
                      voice.pick(("{t} = {f}. Keep that in mind.", "{t} = {f}. Worth keeping in mind.",
                                  "Worth remembering: {t} = {f}."),
                                 ("{t} = {f}: a shape worth aiming for.", "{t} = {f}: a shape to aim for.",
                                  "A shape to aim for: {t} = {f}."), t=t, f=factors[0]))
        trace.say(plan_line(trace, len(numbers)))
    if run.goal is None:
        prove_impossible(trace, problem)
    else:
        trace.walk()
    trace.say(answer_line(trace.answer))


def measure(problem: dict, run: Search, trace: Trace, params) -> dict:
    numbers = problem["numbers"]
    difficulty = {"numbers": len(numbers), "target": run.target, "strategy": trace.strategy,
                  "positions": run.expanded + run.judged, "expanded": run.expanded, "dead_ends": run.dead,
                  "dead_ends_shown": trace.shown_dead, "handed_over": run.handed_over,
                  "solvable": run.goal is not None}
    if not problem.get("subset") and (len(numbers) <= PROOF_SIZE or getattr(params, "count_all_solutions", False)):
        difficulty["solutions"] = count_solutions(numbers, run.target)
    return difficulty


def solve(problem: dict, params, rng: random.Random) -> Solution:
    voice, strategy, run = prepare(problem, params, rng)
    trace = Trace(run, list(problem["numbers"]), params, voice, strategy)
    write(trace, problem)
    return Solution(steps=trace.lines, answer=trace.answer, difficulty=measure(problem, run, trace, params), style=params.style)


def solve_with_mistake(problem: dict, params, rng: random.Random) -> Solution | None:
    """A negative trace: one planted mistake, carried on (see `countdown_mistakes`), or None."""
    from slowthink.solvers.countdown_mistakes import solve_with_mistake as planted  # it builds on this module
    return planted(problem, params, rng)
