"""The public contract: tasks(), generate(), solve(), verify(), label_steps().

These names are what other tools and tests rely on (DESIGN.md). They are thin:
each looks the task up in the registry and runs the same item pipeline the corpus
writer uses, so a record from `generate` is byte-for-byte the record a corpus holds.
Verification never raises on bad input; it returns a falsy verdict with a reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from slowthink.core.expr import ExprError
from slowthink.core.extract import completion_text, extract_answer
from slowthink.core.params import ConfigError, build_params
from slowthink.core.rng import item_rng, stable_hash
from slowthink.core.trace import Solution
from slowthink.core.verdict import ProblemError, Verdict, wrong
from slowthink.records import DEFAULT_SPLITS, assign_split, build_record
from slowthink.registry import TASKS, Task, UnknownTaskError, get_task

MAX_REJECTIONS_IN_A_ROW = 1000
# problems drawn for one negative trace before the item's own problem is written true instead. Some
# offer nowhere to slip (half of all three-number Countdown deals); giving up at once wrote them true,
# so negatives fell short of `mistakes`, most on the smallest problems, which told a reward model that
# those are more often right (three-number Countdown at mistakes = 0.5: 26% negative). Drawing again,
# size for size (`Task.size_of`), keeps both the share and the sizes.
NEGATIVE_DRAWS = 32
MAX_STEPS = 5000  # label_steps checks at most this many steps (the rest are False)
MAX_STEP_CHARS = 20_000  # a longer step is not checked: False from there on


def tasks() -> list[str]:
    """Names of every registered task, e.g. "arithmetic.add"."""
    return list(TASKS)


MAX_SEED = 2**63 - 1  # records store the seed as a 64-bit integer (orjson, Arrow)


def check_seed(seed: object) -> int:
    """A seed as a record can store it: 1.0, True or 2**64 would each make another stream, or a row
    that orjson or Arrow refuses, so they are refused here as the CLI and mix files refuse them."""
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise ConfigError(f"seed = {seed!r} is not allowed: use a whole number from 0 to {MAX_SEED}")
    return seed


def make_params(task: Task, params: dict[str, Any], where: str = "") -> Any:
    return build_params(task.params, params, where)


def solve_checked(task: Task, problem: dict, params: Any, rng, *, seed: int, index: int,
                  splits: dict[str, float] = DEFAULT_SPLITS, planted: Solution | None = None,
                  entry: str = "") -> tuple[dict, str]:
    """Solve (or take the negative trace `planted`), verify the answer, label the steps; the record
    and why it would be dropped ('' if kept).

    A negative trace (one planted mistake) is kept when the labels find exactly the planted step. Its answer
    is judged on its own too (`answer_correct`): a slip in a side branch leaves the answer right, and a
    process reward that says "wrong" must not be mistaken for an outcome that is."""
    solution = planted if planted is not None else task.solve(problem, params, rng)
    labels = task.label_steps(problem, solution.steps)
    key = task.problem_key(problem)
    reason = ""
    verdict = task.verify(problem, solution.answer)
    if solution.mistake_step is not None:
        k = solution.mistake_step
        found = labels.index(False) if False in labels else None
        if labels != [True] * k + [False] * (len(labels) - k):
            reason = f"planted mistake at step {k + 1}, but the labels put the first false step at {found and found + 1}"
    elif not verdict:
        reason = f"answer rejected: {verdict.reason}"
    elif not all(labels):
        reason = f"step {labels.index(False) + 1} does not hold: {solution.steps[labels.index(False)]!r}"
    verified = not reason and solution.mistake_step is None
    record = build_record(task.name, problem, key, task.question(problem), solution, verified=verified,
                          answer_correct=bool(verdict), labels=labels, seed=seed, index=index,
                          split=assign_split(task.name, key, splits), language=getattr(params, "language", "en"),
                          entry=entry)
    return record, reason


def make_item(task: Task, params: Any, stream: str, seed: int, index: int,
              splits: dict[str, float] = DEFAULT_SPLITS) -> tuple[dict, str]:
    """Item `index` of a stream: generated from its own seeded randomness, solved and checked."""
    rng = item_rng(stream, seed, index)
    problem = task.generate(rng, params)
    share = getattr(params, "mistakes", 0.0)
    negative = share > 0 and item_rng(stream, seed, index, "mistake").random() < share
    try:
        planted = None
        size = task.size_of(problem) if negative and task.size_of else None
        for draw in range(NEGATIVE_DRAWS if negative and task.solve_with_mistake else 0):
            candidate = task.generate(rng, params) if draw else problem  # nowhere to slip: the next one
            if draw and size is not None and task.size_of(candidate) != size:
                continue
            planted = task.solve_with_mistake(candidate, params, rng)
            if planted is not None:
                problem = candidate
                break
        return solve_checked(task, problem, params, rng, seed=seed, index=index, splits=splits, planted=planted,
                             entry=stream)
    except ConfigError:
        raise  # a problem drawn for a negative, when settings leave too few ("widen the target range"): as is
    except Exception as exc:  # a bug, not bad data: say exactly how to reproduce it
        raise RuntimeError(f"{task.name}: solving item {index} of seed {seed} failed on problem {problem!r}: "
                           f"{type(exc).__name__}: {exc}") from exc


def generate(task: str, n: int, seed: int = 0, **params: Any) -> Iterator[dict]:
    """n checked records of a task; the same (task, seed, params) always gives the same records.

    With `mistakes=p`, a share p of them are negative traces (verified False, `mistake_step` set,
    labels False from that step on); otherwise every record is verified."""
    spec = get_task(task)
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ConfigError(f"n = {n!r} is not allowed: use a whole number of at least 0")
    check_seed(seed)
    settings = make_params(spec, params)
    made, index, rejected_in_a_row = 0, 0, 0
    while made < n:
        record, reason = make_item(spec, settings, task, seed, index)
        index += 1
        if reason:
            rejected_in_a_row += 1
            if rejected_in_a_row >= MAX_REJECTIONS_IN_A_ROW:
                raise RuntimeError(f"{task}: {rejected_in_a_row} items in a row failed verification; last: {reason}")
            continue
        rejected_in_a_row = 0
        made += 1
        yield record


def read_problem(task: str, problem: object) -> tuple[Task, dict]:
    spec = get_task(task)
    return spec, spec.read_problem(problem)


def solve(task: str, problem: object, seed: int = 0, **params: Any) -> dict:
    """The record for a given problem (dict or JSON text); raises ProblemError if it is malformed."""
    spec, problem = read_problem(task, problem)
    settings = make_params(spec, params)
    check_seed(seed)
    rng = item_rng(task, seed, stable_hash(spec.problem_key(problem)), purpose="solve")
    record, _ = solve_checked(spec, problem, settings, rng, seed=seed, index=0)
    return record


def solved_answer(spec: Task, problem: dict) -> tuple[bool, str | None]:
    """The answer `solve` gives and whether the verifier accepts it, without labelling the trace's steps
    (three quarters of the time): for callers that need only the answer, as the rl export does."""
    rng = item_rng(spec.name, 0, stable_hash(spec.problem_key(problem)), purpose="solve")
    solution = spec.solve(problem, make_params(spec, {}), rng)
    return bool(spec.verify(problem, solution.answer)), solution.answer


def verify(task: str, problem: object, answer: object) -> Verdict:
    """Judge an answer; never raises: a bad task, problem or answer gives a falsy verdict with the reason."""
    try:
        spec, problem = read_problem(task, problem)
    except (UnknownTaskError, ProblemError, ExprError) as exc:
        return wrong(str(exc))
    return spec.verify(problem, answer)


def verify_completion(task: str, problem: object, text: object) -> Verdict:
    """Find the final answer in a model's free-form output and judge it; never raises.

    The verdict says which extraction was used ("answer line", "boxed", "answer tag", "answer field",
    "last line", each possibly "after </think>", and ", as steps" when a Countdown answer is a list of steps
    read as the one expression they make) and, when it fails, why."""
    try:
        spec, problem = read_problem(task, problem)
    except (UnknownTaskError, ProblemError, ExprError) as exc:
        return wrong(str(exc))
    return judge_completion(spec, problem, text)


def judge_completion(spec: Task, problem: dict, text: object) -> Verdict:
    """`verify_completion` for a problem already read: the rewards read each one first, since a problem
    that cannot be read is their caller's setup bug, not a wrong completion."""
    if isinstance(text, (list, dict)):  # a chat completion: the assistant's turns, never the user's
        text = completion_text(text)
    found = extract_answer(text)
    if found.answer is None:
        return wrong(f"no answer found: {found.method}", extraction=None)
    how = found.method + (" after </think>" if found.after_think else "")
    answer = spec.clean_answer(found.answer) if spec.clean_answer else found.answer
    verdict = spec.verify(problem, answer)
    if not verdict and answer and spec.answer_from_steps:  # "6 × 4 = 24", the last of the steps it ends with
        composed = spec.answer_from_steps(problem, text, answer)
        if composed is not None and (by_steps := spec.verify(problem, composed)):
            return Verdict(True, by_steps.reason, extraction=how + ", as steps", answer=composed)
    return Verdict(verdict.correct, verdict.reason, extraction=how, answer=answer)


def label_steps(task: str, problem: object, steps: list) -> list[bool]:
    """One label per step: True while every claim holds, False from the first false one on.

    Steps are texts (or dicts with a "text" field, as in records). It never raises on
    untrusted input: a step that is not text, or too long to check, is False from there
    on, and so is every step when the task or problem cannot be read. Only a `steps`
    that is not a list at all is a TypeError."""
    if isinstance(steps, str) or not isinstance(steps, (list, tuple)):
        raise TypeError("steps must be a list of step texts")
    try:
        spec, problem = read_problem(task, problem)
    except (UnknownTaskError, ProblemError, ExprError):
        return [False] * len(steps)
    texts: list[str] = []
    for step in steps[:MAX_STEPS]:
        text = step.get("text") if isinstance(step, dict) else step
        if not isinstance(text, str) or len(text) > MAX_STEP_CHARS:
            break
        texts.append(text)
    labels = spec.label_steps(problem, texts) if texts else []
    return labels + [False] * (len(steps) - len(labels))
