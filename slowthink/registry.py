"""The one table of tasks: name → parameters, generator, solver, verifier.

Adding a task means writing its three role functions (generators/, solvers/,
verifiers/) and adding one entry here. A duplicate name is an error at import.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from slowthink.core.trace import Solution
from slowthink.core.verdict import Verdict
from slowthink.generators import arithmetic as arithmetic_gen
from slowthink.solvers import arithmetic as arithmetic_sol
from slowthink.verifiers import arithmetic as arithmetic_ver
from slowthink.generators import countdown as countdown_gen
from slowthink.solvers import countdown as countdown_sol
from slowthink.verifiers import countdown as countdown_ver
from slowthink.generators import cipher as cipher_gen
from slowthink.solvers import cipher as cipher_sol
from slowthink.verifiers import cipher as cipher_ver


@dataclass(frozen=True)
class Task:
    name: str  # "family.task"
    summary: str  # one line for `slowthink tasks`
    params: type  # frozen dataclass of difficulty and trace options
    generate: Callable[[random.Random, Any], dict]  # (rng, params) -> problem
    question: Callable[[dict], str]  # problem -> the question a model is asked
    solve: Callable[[dict, Any, random.Random], Solution]  # (problem, params, rng) -> trace and answer
    read_problem: Callable[[object], dict]  # untrusted problem -> validated dict, or ProblemError
    verify: Callable[[dict, object], Verdict]  # (problem, answer) -> verdict
    label_steps: Callable[[dict, list[str]], list[bool]]  # (problem, step texts) -> one label per step
    problem_key: Callable[[dict], str]  # canonical text: equal keys mean the same problem
    # (problem, params, rng) -> a trace with one planted mistake (Solution.mistake_step set), or None
    solve_with_mistake: Callable[[dict, Any, random.Random], Solution | None] | None = None
    # text extracted from a model's completion -> the answer `verify` expects (None: "no solution")
    clean_answer: Callable[[str], str | None] | None = None
    # problem -> its size, where sizes differ in how often a mistake can be planted: a negative that
    # finds nowhere to slip passes to the next problem of the same size (None: to the next problem)
    size_of: Callable[[dict], object] | None = None
    # (problem, completion, its answer that `verify` refused) -> the one answer that answer's steps stand for
    # ("8 ÷ 8 = 1", "7 − 1 = 6", "6 × 4 = 24"), for `verify` to judge, or None
    answer_from_steps: Callable[[dict, str, str], str | None] | None = None

    @property
    def family(self) -> str:
        return self.name.split(".", 1)[0]


def _arithmetic(name: str, summary: str, params: type, generate: Callable, solve: Callable) -> Task:
    return Task(name, summary, params, generate, arithmetic_gen.question, solve,
                partial(arithmetic_ver.read_problem, name), arithmetic_ver.verify, arithmetic_ver.label_steps,
                arithmetic_ver.problem_key, arithmetic_sol.with_mistake(solve), arithmetic_ver.clean_answer)


_TASKS = [
    _arithmetic("arithmetic.add", "column addition with every carry, checked by subtraction",
                arithmetic_gen.AddParams, arithmetic_gen.generate_add, arithmetic_sol.solve_add),
    _arithmetic("arithmetic.sub", "column subtraction with every borrow, checked by addition",
                arithmetic_gen.SubParams, arithmetic_gen.generate_sub, arithmetic_sol.solve_sub),
    _arithmetic("arithmetic.mul", "partial products / long multiplication, checked another way",
                arithmetic_gen.MulParams, arithmetic_gen.generate_mul, arithmetic_sol.solve_mul),
    _arithmetic("arithmetic.div", "long division with trial quotients, exact fraction answers",
                arithmetic_gen.DivParams, arithmetic_gen.generate_div, arithmetic_sol.solve_div),
    _arithmetic("arithmetic.expr", "expressions evaluated innermost first, fractions reduced",
                arithmetic_gen.ExprParams, arithmetic_gen.generate_expr, arithmetic_sol.solve_expr),
    *(Task(name, summary, params, generate, countdown_gen.question, countdown_sol.solve,
           partial(countdown_ver.read_problem, name), countdown_ver.verify, countdown_ver.label_steps,
           countdown_ver.problem_key, solve_with_mistake=countdown_sol.solve_with_mistake,
           clean_answer=countdown_ver.clean_answer, size_of=countdown_gen.size_of,
           answer_from_steps=countdown_ver.answer_from_steps)
      for name, summary, params, generate in [
          ("countdown.game24", "the 24 game: search with dead ends and back-ups, or an argument that 24 is impossible",
           countdown_gen.Game24Params, countdown_gen.generate_game24),
          ("countdown.countdown", "Countdown numbers: 2 to 6 numbers (3 to 6 unless set) and a target, searched depth-, breadth- or "
           "best-first", countdown_gen.CountdownParams, countdown_gen.generate_countdown),
      ]),
    # cipher family: each role function takes the rule (or the task name) first
    *(Task(f"cipher.{rule}", summary, params, partial(cipher_gen.generate, rule), partial(cipher_gen.question, rule),
           partial(cipher_sol.solve, rule), partial(cipher_ver.read_problem, f"cipher.{rule}"),
           partial(cipher_ver.verify, f"cipher.{rule}"), partial(cipher_ver.label_steps, f"cipher.{rule}"),
           partial(cipher_ver.problem_key, f"cipher.{rule}"),
           solve_with_mistake=partial(cipher_sol.solve_with_mistake, rule), clean_answer=cipher_ver.clean_answer)
      for rule, summary, params in [
          ("caesar", "Caesar shift read off one example, confirmed, then decoded letter by letter",
           cipher_gen.CipherParams),
          ("atbash", "mirrored alphabet (n becomes 27 − n), checked on the example, then decoded",
           cipher_gen.CipherParams),
          ("affine", "multiply-and-shift mod 26: the multiplier solved from two letters of the example, then "
                     "decoding with the inverse",
           cipher_gen.CipherParams),
          ("vigenere", "repeating key of shifts: the shortest repeat found in the example, then decoded",
           cipher_gen.VigenereParams),
          ("substitution", "keyed letter table built from an example that covers the message's letters",
           cipher_gen.CipherParams),
          ("reverse", "letters of each word rearranged: rotations tested and rejected, reversal confirmed",
           cipher_gen.CipherParams),
          ("pair_average", "letter pairs: sum, difference, sum mod 26 tested, the average confirmed (o1's cipher)",
           cipher_gen.CipherParams),
          ("unknown", "rule not given: hypotheses tested one by one against the example, then decoded",
           cipher_gen.UnknownParams),
          ("caesar_blind", "Caesar with no example: shifts tried until English words appear, then decoded",
           cipher_gen.BlindParams),
      ]),
]


def _index(tasks: list[Task]) -> dict[str, Task]:
    table: dict[str, Task] = {}
    for task in tasks:
        if task.name in table:
            raise ValueError(f"task {task.name!r} is registered twice")
        table[task.name] = task
    return table


TASKS: dict[str, Task] = _index(_TASKS)


class UnknownTaskError(KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


def get_task(name: str) -> Task:
    """The task, or an UnknownTaskError (a KeyError) that lists the known names."""
    try:
        return TASKS[name]
    except (KeyError, TypeError):
        raise UnknownTaskError(f"unknown task {name!r}; known tasks: {', '.join(TASKS)}") from None
