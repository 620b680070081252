"""Replaying the search a Countdown trace describes, to label each step (`label_steps`).

`_Reader` follows the positions (the numbers in play) a trace passes through: it plays each move a step
writes (read by `countdown_equations`) from a position the trace has reached, checks what the step says a
move leaves, and judges the step's claims in words (`countdown_claims`) against where the search stands. A
step is false at its first false equation, a move whose numbers are not in play, a wrong list of what is
left or a false claim, and so is every step after it. The budgets here bound the work any text can cause.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from slowthink.core.claims import approximations_hold
from slowthink.core.extract import stated_answer
from slowthink.verifiers.countdown_answers import MAX_SEARCH_NUMBERS, answer_from_steps, clean_answer, verify
from slowthink.verifiers.countdown_claims import (_AIM_WORDS, _ALL_USED, _ASKED_END, _BACK_TO, _BARE_DEAD_END,
                                                  _LARGEST_WORDS,
                                                  _NO_SOLUTION_WORDS, _RIGHT_AFTER_EQUATION, _STREAM_BACK,
                                                  _STREAM_CHILD, _STREAM_DEAD, _STREAM_EXPANDING, _STREAM_NODE,
                                                  _UNUSED, _USED, _aimed, _argument_lists_hold, _asked_clauses,
                                                  _asked_taken_out,
                                                  _arrows_written_as_equals, _givens_hold, _impossibility_claims,
                                                  _landings_hold,
                                                  _largest_claims, _names_another_goal, _nearness_holds,
                                                  _pair_lists_hold, _pair_moves_spelled_out, _results_said_again_hold,
                                                  _says_no_solution,
                                                  _worded_moves_written_out, _written_values)
from slowthink.verifiers.countdown_equations import (_LIST_NUMBER, _hedged, _listed_number, _lowered, _may_say,
                                                     _number_list, _read)
from slowthink.verifiers.countdown_values import _can_make_cached, _groups_making, _pair_makes, largest_value

_DIGITS = re.compile(r"\d{1,30}")  # a number asked of, bounded for int()
_CHAIN = 64  # how far back up the line of positions a move may reach
_READINGS = 256  # partial readings tried for one equation's numbers (p/q may be two numbers or one fraction)
_STEP_READINGS = 20_000  # and for one step: a step that needs more is too tangled to check (false)
_MADE = 32  # values made earlier in a step that later moves may draw on (the latest)
_UNSHOWN_READINGS = 2_000  # partial readings tried for a move with values worked out unwritten (`unshown_move`)


def _without(pool: list, taken) -> list | None:
    """The pool less the taken numbers, or None if one is not there."""
    left = pool[:]
    for v in taken:
        if v not in left:
            return None
        left.remove(v)
    return left


# what judging a claim over so many numbers costs, in units of a three-number one (measured), and the units
# one `label_steps` call may spend (about 8 s of checking at most): the solver's proof that six different numbers
# cannot make a target, up to 75 first moves each left at five numbers then the six-number conclusion, spends
# 12,050 of it; past it a step is too much to check, so false, as a step that needs too many readings is
_CLAIM_COST = {1: 1, 2: 1, 3: 1, 4: 25, 5: 150, 6: 800}
_CLAIM_BUDGET = 13_000
_LARGEST_COST = {1: 1, 2: 1, 3: 1, 4: 25, 5: 1500}  # of the claim budget: every value of five numbers takes ~0.2 s


# a step that opens by saying the line before it used every number: "That uses all four numbers.", "So it used all
# the numbers" (`_ALL_USED` after a subject that points back)
_THAT_USES_ALL = re.compile(r"[\W_]*(?:so,?\s+|and\s+)?(?:that|this|it|which)\s+(?:uses|used)\s+all\b", re.I)


class _Reader:
    """Reads a trace step by step, following the positions it passes through.

    A position is the numbers in play. Every move ("a ∘ b = r") is played from the current
    position or one the trace passed on the way to it (backing up need not be announced), or,
    if "then" introduces it, from the position the move just before it reached; its
    numbers must all be there (or made earlier in the same step), and it leads to a new position
    where they are replaced by r. While the target is not in play, an equation may also take the
    target, or a value reasoned back from it ("24 ÷ 3 = 8: can 4, 7, 8 make 8?"): a goal split
    up, which leads to no position (`free_values`); and an equation that no move reads but that
    undoes the last move ("6 × 4 = 24", "24 ÷ 4 = 6") is a check of it, which takes nothing
    (`undoes_last_move`). "Back to X" / "from X" return to a position met before. A list of what
    a move leaves must be what it leaves. So a number used twice, one already used up or never given, or a wrong
    list of what is left makes the step false."""

    def __init__(self, problem: dict):
        self.problem = problem
        self.target = problem["target"]
        self.given = Counter(problem["numbers"])  # read, never changed: counted once, not at every step
        self.subset = bool(problem.get("subset"))
        start = tuple(sorted(problem["numbers"]))
        self.nodes: list[tuple[tuple, int]] = [(start, -1)]  # (numbers in play, sorted; parent node)
        self.where = {start: 0}  # numbers in play -> the latest node with them
        self.current = 0
        self.made: list = []  # values made since the last stated position, in this step
        self.made_by: dict = {}  # and, for those made by a move, the numbers the move took
        self.made_since = 0  # the first position made since `made` began
        self.consumed: list = []  # made values a move of the step has taken
        self.budget = _STEP_READINGS  # readings this step may still try
        self.claim_budget = _CLAIM_BUDGET  # for judging "cannot make" claims, over the whole trace
        self.stream_nodes: dict[str, tuple] = {}  # Stream-of-Search node id -> its numbers
        self.at_stated = True  # the current position is one the text stated (or the start), no move since
        self.aims: frozenset = frozenset()  # values the step being read says it wants made
        self.lacked: frozenset = frozenset()  # and those of them it says it has not got ("I only have one 2")
        self.stream_line = False  # the step is a Stream-of-Search node line
        self.step = ""  # the step being read
        self.moved = False  # the equation just played was a move that reached the current position
        self.came_from = None  # the node the latest move was played from
        self.changes: list[tuple] = []  # (position, the node `where` held for it before), this step's moves
        self.goal_named = False  # a step has named a goal on the way, which later tries may be said against
        self.needs: tuple = ()  # values reasoned back from the target ("469 + 6 = 475"): free, as it is (`free_values`)
        self.free = frozenset((self.target,))  # what a move being read may take without its being in play
        self.solved_before = False  # the step before reached the target with every number, or wrote such a solution

    def holds(self, step: str) -> bool:
        answer = stated_answer(step)  # "Answer: …", "So the answer is …", "\\boxed{…}"
        if answer is not None:
            cleaned = clean_answer(answer)
            if verify(self.problem, cleaned):
                self.solved_before = True
                return True
            # "Answer: 8/8 = 1, 7 − 1 = 6, 6 × 4 = 24": steps, read as the expression they make (as verify_completion does)
            composed = answer_from_steps(self.problem, "", cleaned) if cleaned else None
            return composed is not None and bool(verify(self.problem, composed))
        # "Subtract 4 from 6 to get 2", "4 + 8 → 12": moves said otherwise, written as their equations
        step = _arrows_written_as_equals(_worded_moves_written_out(step))
        # "12 + 12 = 24? No, only one 12.": asked, not played; but a "No" may take back only the asking, the move
        # worked out still there for what follows ("5 × 4 = 20, 20 + 10 / 2 = 25? No wait, 10 / 2 = 5, 20 + 5 = 25"):
        # the step holds if it does read either way
        asked = "?" in step and _ASKED_END.search(step) is not None
        saved = self.save() if asked else None
        denied = _asked_taken_out(step, denied=True) if asked else step
        if denied != step:
            if self.holds_said(denied):
                return True
            self.restore(saved)
        if self.holds_said(step):
            return True
        # "What about 75 × 12 = 900? 12 would need 6 × 2.": true, but asked of a 12 the trace never had, a move proposed
        # that cannot be played: read without its questions when every equation holds (a wrong one asked stays false)
        if not asked or _read(step) is None:
            return False
        self.restore(saved)
        return self.asks_of_numbers_never_met(step) and self.holds_said(_asked_taken_out(step))

    def holds_said(self, step: str) -> bool:
        """`holds` for a step whose answer line, if any, has been judged and whose denied questions are read."""
        # a pair said to make a value or a list ("7 and 4 make 3") has " and " and a make or give: most steps
        # have not both, and then the two case-blind searches below find nothing
        lowered = _lowered(step)  # `_may_say`, the step lowered once for both words
        pairs = lowered is None or " and " in lowered and ("make" in lowered or "give" in lowered)
        if pairs and not _pair_lists_hold(step):
            return False  # "7 and 4 make 11, 3 or 29": read before a pair's first value is spelled out as a move
        spelled = _pair_moves_spelled_out(step) if pairs else step
        if spelled is None:
            return False  # "7 and 4 make 5": no operation on the pair gives it
        if spelled is step:
            return self.holds_as_written(step)
        # a pair said to make a value is played as a move; if its numbers are not in play it was said of
        # numbers to aim for ("we need a 3: 3 and 8 make 24"), and the step is read as written
        saved = self.save()
        if self.holds_as_written(spelled):
            return True
        self.restore(saved)
        return self.holds_as_written(step)

    def asks_of_numbers_never_met(self, step: str) -> bool:
        """Whether each equation the step asks names a number the trace never had, given or made: "What about 75 × 12
        = 900?" proposes what it cannot play, while "What about 3 × 1 = 3?" with the 1 used up is a slip, played."""
        met = set(self.given).union(*self.where)
        return all(set(map(int, _DIGITS.findall(step, start, step.rfind("=", start, end)))) - met
                   for start, end in _asked_clauses(step))

    def save(self) -> tuple:
        return (len(self.nodes), dict(self.where), self.current, self.at_stated, self.claim_budget,
                dict(self.stream_nodes), self.needs)

    def restore(self, saved: tuple) -> None:
        count, self.where, self.current, self.at_stated, self.claim_budget, self.stream_nodes, self.needs = saved
        del self.nodes[count:]

    def holds_as_written(self, step: str) -> bool:
        read = _read(step)
        if read is None:
            return False  # a false equation
        pieces, claim, stated = read
        if len(self.nodes) == 1 and not _givens_hold(step, self.given):
            return False  # "Numbers: 4, 7, 8, 9" for 4, 7, 8, 8: the deal misread before any move
        self.made, self.made_by, self.consumed, self.budget = [], {}, [], _STEP_READINGS
        self.moved, self.changes = False, []
        self.made_since = len(self.nodes)  # the positions made since `made` began
        # `_may_say` for each word list below, the step lowered once (None: every pattern may match)
        lowered = _lowered(step)
        self.aims = _aimed(step) if _may_say(step, _AIM_WORDS) else frozenset()
        self.lacked = _aimed(step, True) if self.aims else frozenset()
        self.step = step
        says_node = lowered is None or "node " in lowered
        self.stream_line = says_node and _STREAM_NODE.match(step) is not None
        if says_node and not self.stream_structure_holds(step):
            return False  # a parent never named, a move on numbers the parent has not, a wrong count of moves
        for equations, kind, listed, bound in pieces:
            if not self.play_piece(equations, listed if kind == "leaves" else None, bound):
                return False  # numbers not in play, or a wrong list of what is left
            if kind == "leaves" and not (equations and self.is_move(*equations[-1])):
                kind = "at"  # what is left, with no move before it: where the search stands
                if not self.subset and listed not in self.where and not self.one_move_from_a_position(listed):
                    return False  # "13 − 11 = 2." then "We have 1, 2, 13.": a position no move reaches
            if kind == "at":
                self.moved = False  # a "then" after it goes on from where the text stands, as any move may
            if kind == "at" and listed in self.where:
                self.current = self.where[listed]
            if kind == "leaves" or kind == "at" and listed in self.where:
                self.at_stated = True  # the search stands where the text says
            elif any(self.is_move(*equation) for equation in equations):
                self.at_stated = False  # tries played on from there: "dead end" alone names nothing sure
            if kind:
                self.made, self.made_by, self.consumed = [], {}, []
                self.made_since = len(self.nodes)
        if claim is not None and claim[0] in claim[2] and claim[0] != self.target:
            claim = None  # "can 4 and 7 make 3? 7 − 4 = 3, that works": the goal the step set itself is reached
        if claim is not None:  # a claimed solution must be what the equation just before it reaches
            last, finals, _ = claim
            if last != () and last != self.target or last == () and (
                    self.target not in finals if finals else str(self.target) not in _LIST_NUMBER.findall(step)):
                return False
            if stated is None and not self.solved():  # "It works!" only once the numbers have made the target
                return False
        if stated is not None:  # a solution written out must use the numbers as the rules say
            given = self.given
            if stated - given or (not self.subset and stated != given):
                return False
        self.goal_named = self.goal_named or _names_another_goal(step, self.target)
        if not _argument_lists_hold(step, self.target) or not _nearness_holds(step) or \
                not _results_said_again_hold(step) or \
                not _landings_hold(step, self.target, not self.goal_named) or not approximations_hold(step):
            return False  # ... or "8 ÷ 3 ≈ 3.67"
        if (lowered is None or "ack to" in lowered or "start " in lowered) and not self.returns_hold(step):
            return False  # "Back to 4, 7, 9" where the search never was
        claims = _impossibility_claims(step)
        if self.at_stated and _BARE_DEAD_END.fullmatch(step):  # "No match: dead end." after an argument
            numbers = self.nodes[self.current][0]
            claims += ((numbers, None),) if len(numbers) <= MAX_SEARCH_NUMBERS else ()
        if says_node:
            claims += self.stream_claims(step)
        if _may_say(step, _NO_SOLUTION_WORDS) and _says_no_solution(step, self.target):  # "So there is no solution."
            numbers = tuple(sorted(self.problem["numbers"]))
            claims += ((numbers, None),) if len(numbers) <= MAX_SEARCH_NUMBERS else ()
        for numbers, value in claims:  # a branch pruned that holds a solution is false
            if value is None and _names_another_goal(step, self.target):
                continue  # "we need 5 from two numbers: 4, 6 leads nowhere" is said against the 5
            self.claim_budget -= _CLAIM_COST[len(numbers)]
            if self.claim_budget < 0 or _can_make_cached(numbers, self.target if value is None else value,
                                                         self.subset):
                return False
        for numbers, top, at_most in _largest_claims(step) if _may_say(step, _LARGEST_WORDS) else ():
            self.claim_budget -= _LARGEST_COST[len(numbers)]
            largest = largest_value(numbers, self.subset) if self.claim_budget >= 0 else None
            if largest is None or (largest > top if at_most else largest != top):
                return False
        all_used = _ALL_USED.search(step) if lowered is None or "all" in lowered and "us" in lowered else None
        if all_used and _RIGHT_AFTER_EQUATION.search(step, max(0, all_used.start() - 40), all_used.start()) and \
                not _hedged(step, all_used.start(), all_used.end()) and len(self.nodes[self.current][0]) != 1:
            return False  # "6 × 4 = 24, using all four numbers" with 2 and 3 still in play
        if all_used and all_used.start() < 12 and _THAT_USES_ALL.match(step) and not self.solved_before and \
                not any(piece[0] for piece in pieces) and not _hedged(step, all_used.start(), all_used.end()):
            return False  # "4 × 8 = 32, 32 − 8 = 24." then "That uses all four numbers." with the 7 never used
        used = _USED.search(step) if lowered is None or "use" in lowered else None
        given = self.given
        listed = Counter(int(n) for n in _LIST_NUMBER.findall(used.group(1))) if used else None
        if used and (listed - given or (not self.subset and listed != given)):
            return False
        unused = _UNUSED.search(step) if lowered is None or "unused" in lowered or "needed" in lowered else None
        if unused:
            spare = Counter(int(n) for n in _LIST_NUMBER.findall(unused.group(1)))
            if spare - given or listed is not None and listed + spare != given:
                return False
        self.solved_before = self.solved() or stated is not None
        return True

    def one_move_from_a_position(self, listed: tuple) -> bool:
        """Whether one move, unwritten, from a position met makes `listed` (a model may say where it stands after a
        move it did in its head); a list of what is left, said with no move before it, must be that or one met."""
        made = Counter(listed)
        for position in self.where:
            if len(position) != len(listed) + 1:
                continue
            gone, new = Counter(position) - made, made - Counter(position)
            if sum(gone.values()) == 2 and sum(new.values()) == 1:
                if next(iter(new)) in _pair_makes(*gone.elements()):
                    return True
        return False

    def returns_hold(self, step: str) -> bool:
        """A return the step states ("Back to 4, 7, 16", "Back to the start: …", "Start over from …") is to a position
        met before (the start, for the start), read after the step's own moves; unless hedged."""
        for back in _BACK_TO.finditer(step):
            listed = _number_list(back.group(3))  # the list (`_NUMBER_LIST`'s one group)
            to_start = back.group("start") or back.group("over")
            if (listed != self.nodes[0][0] if to_start else listed not in self.where) and \
                    not _hedged(step, back.start(), back.end()):
                return False
        return True

    def stream_structure_holds(self, step: str) -> bool:
        """A Stream-of-Search line read against the node ids given before it: a new node is made from a parent
        named earlier (node 0 is the start), by one move on numbers that parent has, and holds what the move
        leaves there ("Node 5 (parent 3): 7 + 2 = 9 → 9, 75" is false if node 3 has no 7, whatever position the
        text passed on the way); an id given again must be given the same numbers; "Back to node 3: …" repeats
        node 3's numbers; "Node 3: expanding, 19 moves" counts the different positions one move from node 3
        (when every number must be used: with numbers that may go unused, a writer may leave out moves that
        only drop one), and the new ones among them are no more."""
        child = _STREAM_CHILD.fullmatch(step)
        if child:
            parent, listed = self.stream_node(child.group(2)), _number_list(child.group("list"))
            if parent is None or self.stream_nodes.get(child.group(1), listed) != listed:
                return False  # no such parent, or an id given already to other numbers
            left = Counter(parent)
            for used in (_listed_number(child.group(3)), _listed_number(child.group(5))):
                if left[used] <= 0:
                    return False
                left[used] -= 1
            left[_listed_number(child.group(6))] += 1
            if parent in self.where:  # the parent pointer says where the move is made: no "Back to" is needed
                self.current = self.where[parent]
            return +left == Counter(listed)
        back = _STREAM_BACK.fullmatch(step)
        if back:
            return self.stream_node(back.group(1)) == _number_list(back.group("list"))
        expanding = _STREAM_EXPANDING.fullmatch(step)
        if expanding:
            numbers = self.stream_node(expanding.group(1))
            moves = int(expanding.group(2))
            if numbers is None or expanding.group(3) is not None and int(expanding.group(3)) > moves:
                return False
            return self.subset or moves == _positions_one_move_from(numbers)
        return True

    def stream_node(self, name: str) -> tuple | None:
        """The numbers a node id was given; node 0 is the start even where no line names it."""
        numbers = self.stream_nodes.get(name)
        return tuple(sorted(self.problem["numbers"])) if numbers is None and name == "0" else numbers

    def stream_claims(self, step: str) -> tuple:
        """A Stream-of-Search line: the position it gives a node id, remembered; or the claim that the
        position of an id given earlier is a dead end (cannot make the target)."""
        named = _STREAM_NODE.fullmatch(step)
        if named:
            self.stream_nodes[named.group(1)] = _number_list(named.group("list"))
            return ()
        dead = _STREAM_DEAD.fullmatch(step)
        numbers = self.stream_nodes.get(dead.group(1)) if dead else None
        return ((numbers, None),) if numbers and len(numbers) <= MAX_SEARCH_NUMBERS and -1 not in numbers else ()

    def solved(self) -> bool:
        """The position reached is the target alone (or holds it, when a subset may be used): a
        line that reaches the target but leaves a number unused ("4 × 8 = 32, 32 − 8 = 24" from
        4, 7, 8, 8) has not solved the problem."""
        numbers = self.nodes[self.current][0]
        return numbers == (self.target,) or self.subset and self.target in numbers

    def play_piece(self, equations: tuple, stated: tuple | None, bound: frozenset) -> bool:
        """Play a piece's equations in order (`stated`: what the last one leaves, if the text says). A move a "then"
        introduces (`bound`) is played from the position the move just before it reached (`play_line`)."""
        last, k = len(equations) - 1, 0
        bound = bound | _chained(equations, self.nodes) if last else bound
        while k <= last:
            end = k + 1
            while end in bound:
                end += 1  # equations[k:end]: a line of moves joined by "then"
            if end > k + 1 and not (k in bound and self.moved):
                if not self.play_line(equations[k:end], stated if end > last else None, k in bound):
                    return False
            else:  # one equation, or a line that goes on from where the move before it went
                for i in range(k, end):
                    if not self.play(*equations[i], stated if i == last else None, i in bound):
                        return False
            k = end
        return True

    def play_line(self, line: tuple, stated: tuple | None, first_bound: bool) -> bool:
        """Play moves joined by "then", each from the position the one before it reached. Where a move cannot be,
        the line is tried again with its first move played from a position further up, as that one may have
        backed up further, unannounced: in "8 + 8 = 16, then 16 + 7 = 23: too small. 7 − 4 = 3, then 8 × 3 =
        24" the 7 − 4 is played from the start, not from 4, 7, 16, where it reads first. Those tries read each
        move plainly; if none holds, the line is read once more as written, every reading allowed (a value
        worked out unwritten, a wish), with its first move where it reads first."""
        mark, above, last, reach = self.mark(), None, len(line) - 1, tuple(self.line())
        while self.budget > 0:
            self.came_from = None
            start = self.came_from if self.play(*line[0], None, first_bound, above, True) else None
            if start is not None and all(self.play(*equation, stated if i == last else None, True, plain=True)
                                         for i, equation in enumerate(line[1:], 1)):
                return True
            self.unplay(mark)
            if start not in reach:
                break
            above = reach[reach.index(start) + 1:]  # the first move again, from the positions above the one it took
            if not above:
                break
        return all(self.play(*equation, stated if i == last else None, bool(i) or first_bound)
                   for i, equation in enumerate(line))

    def mark(self) -> tuple:
        """What playing moves in this step changes, for `unplay` to take them back."""
        return (len(self.nodes), len(self.changes), self.current, self.made, dict(self.made_by), list(self.consumed),
                self.aims, self.moved)

    def unplay(self, mark: tuple) -> None:
        count, changed, self.current, self.made, made_by, consumed, self.aims, self.moved = mark
        self.made_by, self.consumed = dict(made_by), list(consumed)
        while len(self.changes) > changed:
            after, node = self.changes.pop()
            if node is None:
                del self.where[after]
            else:
                self.where[after] = node
        del self.nodes[count:]

    @staticmethod
    def is_move(atoms: tuple, values: tuple, equal: bool) -> bool:
        return bool(equal and values and (len(atoms) > 1 or len(atoms) == 1 and len(atoms[0]) == 3))

    def play(self, atoms: tuple, values: tuple, equal: bool, stated: tuple | None, bound: bool = False,
             above: tuple | None = None, plain: bool = False) -> bool:
        """Check one equation against the positions; a move makes a new position, and `stated`
        (what the text says is left) must be it. A move that takes nothing from the position (its
        numbers all made in this step, or the target) makes none: positions never grow. Such a
        reading is the last resort for a move: "610 + 1 = 611: over; but 610 × 1 = 610" reads the
        second move from 1, 610 again (reaching 610 alone), not as 610-the-target times a 1 made.
        A move `bound` by a "then" to the move just played is played from where that one went, never
        from a position above it; `above`: the nodes to play from instead of the current one's line;
        `plain`: from the numbers in play and the values made only, not worked out unwritten, nor wished."""
        move, only_here, self.moved = self.is_move(atoms, values, equal), bound and self.moved, False
        if not move and len(atoms) == 1:  # "6 = 7 − 1", "27 > 24": a value named, or a goal split up,
            self.played(atoms, values, False, 0)  # not a move; it takes nothing, so needs nothing in play
            return True
        allowed = min(_READINGS, self.budget)
        rest = self.plainly_from_here(atoms, allowed) if above is None else None
        if rest is not None and (self.leaves(rest, values[-1], stated, self.current) if move else stated is None):
            self.played(atoms, values, move, len(atoms) + 1)
            return True
        budget, taking_nothing = [allowed], False
        self.free = self.free_values()
        free_taken = [atom[0] for atom in atoms if len(atom) == 1 and atom[0] in self.free] if move else []
        for steps, node in enumerate(self.line(only_here, above)):
            numbers = self.nodes[node][0]
            here = not steps and above is None
            for rest in self.readings(atoms, numbers, budget, self.spare_here(numbers) if here else None,
                                      node >= self.made_since):
                if move and (len(rest) == len(numbers) or any(v not in numbers for v in free_taken)):
                    taking_nothing = True  # or reasoned back from the target: a goal split up, no position
                    continue
                if move:
                    if not self.leaves(rest, values[-1], stated, node):
                        continue  # another reading, or a position further up, may leave what is stated
                self.played(atoms, values, move, allowed - budget[0])
                return True
        if move and stated is None and above is None and self.undoes_last_move(atoms, values):
            self.played(atoms, values, False, allowed - budget[0])  # "6 × 4 = 24", then "24 ÷ 4 = 6": a check
            return True  # (only when no move reads it: "5 + 3 = 8", then "8 − 5 = 3" from 5, 8, 8 is a move)
        if taking_nothing:
            if free_taken:  # "469 + 6 = 475", then "475 − 75 = 400": what is needed is reasoned back from too
                self.needs = (self.needs + (values[-1],))[-_MADE:]
            self.played(atoms, values, move, allowed - budget[0])
            return True
        if move and not plain and self.unshown_move(atoms, values, stated, only_here, above):
            return True
        if move and not plain and stated is None and self.wished_for(atoms, values):  # a wish leaves nothing to list
            self.aims |= frozenset(values)  # and what it makes is wished for too, never made: no move takes it
            return True
        self.budget -= allowed - budget[0]  # spent for nothing: a line of moves may be tried again (`play_line`)
        return False

    def leaves(self, rest: list, made, stated: tuple | None, node: int) -> bool:
        """Play a move from `node` that leaves `rest` and the value it made, if that is what the text says
        is left. People often list only what is left besides the value made ("8 × (7 − 4) = 24, leaving
        3"); a Stream-of-Search node line lists the whole position, which later lines name by its id."""
        after = tuple(sorted(rest + [made]))
        if stated is not None and after != stated and (self.stream_line or tuple(sorted(rest)) != stated):
            return False
        self.nodes.append((after, node))
        self.changes.append((after, self.where.get(after)))
        self.current = self.where[after] = len(self.nodes) - 1
        self.moved, self.came_from = True, node
        return True

    def unshown_move(self, atoms: tuple, values: tuple, stated: tuple | None, only_here: bool = False,
                     above: tuple | None = None) -> bool:
        """A move from values the step works out without writing how ("(3 × 7 − 8 − 4)? 21 − 12 = 9",
        "3 × (4 + 8) − 7 … 36 − 7 = 29"): a value that was never given, nor made or met anywhere in the
        trace, may come from two or three numbers in play that make it, if the step writes those numbers
        into an expression worth that value, or the move works out an expression the step writes, with
        its numbers. A value given or made before ("(7 − 3) × (8 − 4): 4 × 4 = 16", with a 4 given) may
        come from such a group only when the move works out an expression the step writes, with all the
        numbers it takes: one such value standing alone is the number itself, so a number used twice
        ("8 − 4 = 4, and 4 × 4 = 16") stays false."""
        met = set(self.problem["numbers"]) | set(self.made) | {v for numbers, _ in self.nodes for v in numbers}
        budget = [_UNSHOWN_READINGS]
        for node in self.line(only_here, above):
            numbers = self.nodes[node][0]
            for rest, groups in self.unshown_uses(atoms, list(numbers), met, budget, ()):
                written = _written_values(self.step)  # cached per step
                took = tuple(sorted((Counter(numbers) - Counter(rest)).elements()))
                if (took, values[-1]) not in written and (
                        any(value in met for _, value in groups) or any(group not in written for group in groups)):
                    continue
                if self.leaves(rest, values[-1], stated, node):
                    self.played(atoms, values, True, 0)
                    self.made_by[values[-1]] = took  # all it took, the unwritten part too
                    return True
        return False

    def unshown_uses(self, atoms: tuple, pool: list, met: set, budget: list, groups: tuple):
        """`uses` where a value may be a group of the pool that makes it (one never met, when the pool has it
        not; one met before, either way): each reading's rest of the pool, with the groups it took as
        (numbers, value made)."""
        budget[0] -= 1
        if budget[0] < 0:
            return
        if not atoms:
            if groups:
                yield pool, groups
            return
        atom = atoms[0]
        for need in (atom[1:], atom[:1]) if len(atom) > 1 else (atom,):
            left = _without(pool, [v for v in need if v in pool or v != self.target])  # the target is free
            if left is not None:
                yield from self.unshown_uses(atoms[1:], left, met, budget, groups)
            if len(need) == 1 and (left is None or need[0] in met) and need[0] != self.target:
                # a value met before is tried as a group too, as `unshown_move` then asks more of the move
                for group in _groups_making(tuple(sorted(pool)), need[0]):
                    yield from self.unshown_uses(atoms[1:], _without(pool, group), met, budget,
                                                 groups + ((group, need[0]),))

    def wished_for(self, atoms: tuple, values: tuple) -> bool:
        """An equation whose numbers not in play are all ones the step says it needs made or has not got
        ("I need 7 and 4 to make 1, since 24 × 1 = 24"; "225 × 4 = 900 would be nice, but I don't have a 4"; the
        others in play at a position on the way, as a move's may be: "5 × 12 = 60: can 2, 3, 7, 11 make 12?" after
        "11 × 5 = 55"),
        or one that takes the target apart, while it is not in play ("812 ÷ 4 = 203, 812 ÷ 7 = 116"): a goal
        split up or a wish, which takes nothing, not a move. ("24 + 12 = 36" with a 24 made and the 12 used up
        is a move, and false.)"""
        here = set(self.made) | {self.target}  # in play: at any position a move may be played from (`line`)
        for node in self.line():
            here.update(self.nodes[node][0])
        missing = {atom[0] for atom in atoms if atom[0] not in here}
        if not missing:
            return False
        if missing <= self.aims:
            return True
        if any(atom[0] in self.lacked for atom in atoms):  # a move the step says it cannot play, its other values
            written = {value for _, value in _written_values(self.step)}  # worked out from what it writes: "(2 +
            if missing - self.aims <= written:  # 10) × … 12 × 2 = 24, but I only have one 2"
                return True
        first = atoms[0][1] if len(atoms[0]) == 3 else atoms[0][0]  # the 24 of "24 ÷ 5", read as one p/q
        return first == self.target and values[-1] < self.target and self.target not in self.made \
            and not any(self.target in self.nodes[node][0] for node in self.line())

    def undoes_last_move(self, atoms: tuple, values: tuple) -> bool:
        """Whether the equation undoes the move that reached the current position, to check it: "24 ÷ 4 = 6" right
        after "6 × 4 = 24" takes the value made and one number the move took, and gives back the other. It takes
        nothing and leads nowhere, so a number it names is not used again (a move that went on from the 6 would
        still be false)."""
        if len(atoms) != 2 or len(atoms[0]) != 1 or len(atoms[1]) != 1:
            return False
        numbers, parent = self.nodes[self.current]
        if parent < 0:
            return False
        before, after = Counter(self.nodes[parent][0]), Counter(numbers)
        made, took = list((after - before).elements()), sorted((before - after).elements())
        return made == [atoms[0][0]] and len(took) == 2 and sorted((atoms[1][0], values[-1])) == took

    def free_values(self) -> frozenset:
        """The values a move may take without their being in play: the target, which people reason back from
        ("24 ÷ 3 = 8: can 4, 7, 8 make 8?"), and what such a step says is needed ("469 + 6 = 475", then
        "475 − 75 = 400"), but none of them once the target is in play or made in the step: then "24 + 4 = 28"
        takes the 24 made, and a 4 used up in making it is a number used twice, not a goal split up."""
        if self.target in self.nodes[self.current][0] or self.target in self.made:
            return frozenset()
        return frozenset((self.target, *self.needs))

    def line(self, only_here: bool = False, above: tuple | None = None):
        """The nodes from the current position back up to the start, as far as a move may reach: where a
        move may be played from (backing up need not be announced); `only_here`: the current position
        alone; `above`: those nodes instead."""
        if above is not None:
            yield from above
            return
        node, steps = self.current, 0
        while node >= 0 and steps < (1 if only_here else _CHAIN):
            yield node
            node, steps = self.nodes[node][1], steps + 1

    def plainly_from_here(self, atoms: tuple, allowed: int) -> list | None:
        """What is left of the current position when each of the atoms is a number in it (no fraction that
        may be two numbers, none made in the step): the first reading `uses` gives, found without its
        generators (most moves of a trace are such), or None. It would spend one partial reading per atom
        and one more, so it is taken only when the budget allows them."""
        if allowed <= len(atoms):
            return None
        left = list(self.nodes[self.current][0])
        for atom in atoms:
            if len(atom) != 1 or atom[0] not in left:
                return None
            left.remove(atom[0])
        return left

    def spare_here(self, numbers: tuple) -> list:
        """The values made in this step that may stand in for numbers at the current position: a value a
        move of this step put into the position is there, in the position, and not again as made
        ("6 + 6 = 12, 12 + 12 = 24" from 1, 1, 6, 6 has one 12, not two)."""
        here = {v for v in numbers if v in self.made_by}  # each copy a move made is in the position itself
        spare = [v for v in self.made if v not in here]
        for v in self.consumed:  # used up by a move on the line that led here
            if v in spare:
                spare.remove(v)
        return spare

    def played(self, atoms: tuple, values: tuple, move: bool, spent: int) -> None:
        """An equation read: its values may stand in for numbers in later moves of the step. A move uses up,
        on its line of play, the made values it takes ("1 + 1 = 2, 6 × 2 = 12, 12 × 2 = 24" has no 2 left for
        the last move); an alternative from further up may use them again ("32 + 8 = 40; but 32 − 8 = 24")."""
        if move:
            self.consumed += [atom[0] for atom in atoms if atom[0] in self.made_by]
            self.made_by[values[-1]] = tuple(atom[0] for atom in atoms)
        self.made = (self.made + list(dict.fromkeys(values)))[-_MADE:]  # "6 + 6 = 12" makes one 12, not two
        self.budget -= spent

    def readings(self, atoms: tuple, numbers: tuple, budget: list, spare_here: list | None = None,
                 made_since: bool = False):
        """`uses` at a position above the current one, where a value made in this step may stand in
        only for numbers its making did not take: "8 + 8 = 16, then 16 + 8 = 24" backs up to
        4, 7, 8, 8 for the third 8, and finds none, since making the 16 took both. At the current
        position (`spare_here`: the values made in the step that are not in it) the same holds of a
        value made on another line: "2 ÷ 2 = 1, 2 × 11 = 22, 2 + 1 = 3" from 2, 2, 8, 11 has no 2
        beside the 1, which took both."""
        yield from self.uses(atoms, list(numbers), [], budget)
        if self.made if spare_here is None else spare_here:
            # each value once: two made on different lines ("2 × 9 = 18, 9 + 9 = 18" from 2, 2, 9, 9) are never
            # both in one position, and what each took is known only for the later one; and, as at the current
            # position, not one a move of the step put into this position, when the step made it ("5 + 8 = 13,
            # 10 + 6 = 16, 13 + 13 = 26" from 5, 6, 8, 10 backs up to 6, 10, 13, with one 13)
            spare = dict.fromkeys(self.made if spare_here is None else spare_here)
            left, spare = list(numbers), [v for v in spare if not (made_since and v in numbers and v in self.made_by)]
            for atom in atoms:  # a made value: what its making took is gone (an equal number of the
                # position itself is read by the plain reading above: "8 − 4 = 4, 4 × 4" has one 4, not two)
                if spare_here is not None and atom[0] not in spare_here:
                    continue  # at the current position, one made on its own line is in it, and took nothing from it
                # one that is not in the position stands in from where it was made: a number its making took
                # must still be here ("3 × 9 = 27, 9 × 4 = 36, 36 + 27 = 63" from 1, 3, 4, 9 has one 9), unless
                # a value made from it is (the 48 of "6 × 8 = 48 … 46 + 9 = 55", backing up to 2, 9, 48)
                must = atom[0] not in numbers
                took, seen = [(v, must) for v in self.made_by.get(atom[0], ())], {atom[0]}
                while took:
                    v, required = took.pop()
                    if v in self.made_by and not (made_since and v in left):
                        # itself made in the step, on the way here: the same number, gone too, and so is what
                        # its own making took ("6 × 8 = 48, 48 − 2 = 46, 46 + 9 = 55": the 55 took the 6 and the
                        # 8 as well); an equal number here is another one ("3 ÷ 3 = 1, then 11 + 1 = 12" took
                        # both 3s, not the 1 of 1, 2, 3, 11)
                        if v in spare:
                            spare.remove(v)
                        if v not in seen:
                            seen.add(v)
                            took += [(u, required) for u in self.made_by[v]]
                    elif v in left:
                        left.remove(v)
                    elif required and v != self.target:
                        return  # it was used up on the way here
            yield from self.uses(atoms, left, spare, budget)

    def uses(self, atoms: tuple, pool: list, made: list, budget: list):
        """Each way the atoms can come from the pool (else from what was made in this step, or be the
        target): what is left of the pool. A p/q that is not whole is p and q, or a fraction in play.
        At most `budget[0]` partial readings are tried, so no text makes this search long."""
        budget[0] -= 1
        if budget[0] < 0:
            return
        if not atoms:
            yield pool
            return
        atom = atoms[0]
        for need in (atom[1:], atom[:1]) if len(atom) > 1 else (atom,):
            left, spare = pool[:], made
            for v in need:
                if v in left:
                    left.remove(v)
                elif v in spare:
                    spare = spare[:]
                    spare.remove(v)
                elif v not in self.free:
                    break
            else:
                yield from self.uses(atoms[1:], left, spare, budget)


def _chained(equations: tuple, nodes: list) -> frozenset:
    """Which equations of a piece go on from the value the move just before made, as a "then" says ("2 − 1 = 1,
    6 + 1 = 7, 9 × 7 = 63": each takes the value the one before made): a line of moves, each played from where the
    one before went (`play_line`), so the line's first move may have backed up, and a number the line used is not
    in play again further on. A move that takes another number the one before took too may be another try from the
    same position ("20 − 10 = 10, 20 × 10 = 200", "375 + 0 = 375, 375 × 0 = 0"), taking a 10 in play, not the one
    made: so it is, unless the value was never in play before (`nodes`: the positions met)."""
    chained, met = set(), None
    for i in range(1, len(equations)):
        atoms, values, equal = equations[i - 1]
        if _Reader.is_move(atoms, values, equal) and _Reader.is_move(*equations[i]):
            taken = [atom[0] for atom in equations[i][0]]
            if values[-1] in taken:
                taken.remove(values[-1])
                if any(atom[0] in taken for atom in atoms):
                    if met is None:
                        met = {value for numbers, _ in nodes for value in numbers}
                    # in play before: at a position met, or made earlier in this piece ("5 + 4 = 9. Then 18 + 9 = 27;
                    # 18 − 9 = 9; but 18 × 9 = 162": the 9 of 5 + 4, tried with 18 again)
                    if values[-1] in met or any(values[-1] == earlier[1][-1] for earlier in equations[:i - 1]):
                        continue
                chained.add(i)
    return frozenset(chained)


def label_steps(problem: dict, steps: list[str]) -> list[bool]:
    reader, ok, labels = _Reader(problem), True, []
    for step in steps:
        ok = ok and reader.holds(step)
        labels.append(ok)
    return labels


def _positions_one_move_from(numbers: tuple) -> int:
    """How many different positions one move leaves (no move makes a negative number; 4 × 1 and 6 × 1 from
    1, 4, 6 both leave 4, 6: one position)."""
    left = set()
    for i, j in combinations(range(len(numbers)), 2):
        rest = numbers[:i] + numbers[i + 1:j] + numbers[j + 1:]
        for made in _pair_makes(numbers[i], numbers[j]):
            if made >= 0:
                left.add(tuple(sorted(rest + (made,))))
    return len(left)
