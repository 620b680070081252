"""Countdown speed: traced-and-verified records per second, and verifications per second.

Measured in one process on one core for countdown.game24 and 6-number Countdown,
beside reasoning-gym's puzzle24 and countdown generators and scorers measured in the
same run (they make one answer each, with no trace, no search and no verification;
their scorers call sympy's parse_expr), because these machines are shared and
absolute numbers drift. Ours is shown cold (the first seconds of a fresh process) and
warm (after --warmup seconds, once the caches of canonical 24-game searches have
filled, as they do early in any corpus run); the reference gets a warm-up for sympy's
first calls. Figures are medians of three runs. Problems/s is our generator alone (numbers
and a target, no answer): beside the reference's generator, which also makes one answer,
it shows how little of a record's time goes to making the problem.

The machine's speed drifts within a run, so the ratios are also measured paired: short
turns of ours (warm) and the reference's, taken alternately, each turn's ratio against its
neighbour's; the median of those and their range are printed last. A slow spell then slows
both sides of a pair instead of only one side of the table.

    .venv/bin/python bench/bench_countdown.py [--seconds 2] [--warmup 8]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time

import slowthink
from slowthink.api import item_rng, make_params
from slowthink.registry import get_task

OURS = {  # label -> (task, params)
    "countdown.game24": ("countdown.game24", {}),
    "countdown.countdown, 6 numbers": ("countdown.countdown", {"min_count": 6, "max_count": 6}),
}
REFERENCE = {  # label -> (reasoning-gym dataset, config), the counterpart of each of ours
    "countdown.game24": ("puzzle24", {}),
    "countdown.countdown, 6 numbers": ("countdown", {"min_numbers": 6, "max_numbers": 6}),
}


def rate(make, seconds: float, repeats: int = 3) -> float:
    """Median items per second of make(i) over `repeats` runs of about `seconds` each."""
    speeds, count = [], 0
    for _ in range(repeats):
        start, done = time.perf_counter(), 0
        while time.perf_counter() - start < seconds / repeats:
            make(count)
            count, done = count + 1, done + 1
        speeds.append(done / (time.perf_counter() - start))
    return statistics.median(speeds)


def ours(label: str, seconds: float, warmup: float) -> tuple[float, float, float, float]:
    """(records/s from a cold start, records/s once warm, verifications/s, problems/s)."""
    task, params = OURS[label]
    stream = slowthink.generate(task, 10**9, seed=0, **params)
    kept: list[dict] = []
    cold = rate(lambda i: kept.append(next(stream)), seconds, repeats=1)
    rate(lambda i: kept.append(next(stream)), warmup, repeats=1)  # caches of canonical searches fill up
    warm = rate(lambda i: kept.append(next(stream)), seconds)
    spec = get_task(task)
    pairs = itertools.cycle([(r["problem"], r["answer"]) for r in kept[-500:]])
    verification = rate(lambda i: spec.verify(*next(pairs)), seconds)
    settings = make_params(spec, params)
    problems = rate(lambda i: spec.generate(item_rng(task, 1, i), settings), seconds)
    return cold, warm, verification, problems


def reference(label: str, seconds: float) -> tuple[float, float] | None:
    try:
        import reasoning_gym
    except ImportError:
        return None
    name, config = REFERENCE[label]
    data = reasoning_gym.create_dataset(name, size=10**6, seed=0, **config)
    rate(lambda i: data[i], seconds / 2, repeats=1)  # warm-up: sympy's first calls are slow
    generation = rate(lambda i: data[i + 10**5], seconds)
    entries = itertools.cycle([data[i] for i in range(200)])

    def score(i: int) -> None:
        entry = next(entries)
        data.score_answer(entry["answer"], entry)
    return generation, rate(score, seconds)


def paired_ratios(ours_make, theirs_make, turn: float, turns: int = 5) -> list[float]:
    """Ratios of our rate to the reference's, each from two turns of `turn` seconds taken one after
    the other (turns long enough that both sides see many items, hard and easy)."""
    ratios = []
    for _ in range(turns):
        mine = rate(ours_make, turn, repeats=1)
        theirs = rate(theirs_make, turn, repeats=1)
        ratios.append(mine / theirs)
    return sorted(ratios)


def paired(label: str, turn: float) -> tuple[list[float], list[float]] | None:
    """Paired generation and verification ratios for one task (our side warm), or None without the reference."""
    try:
        import reasoning_gym
    except ImportError:
        return None
    task, params = OURS[label]
    stream = slowthink.generate(task, 10**9, seed=7, **params)
    kept = [next(stream) for _ in range(300)]
    spec = get_task(task)
    pairs = itertools.cycle([(r["problem"], r["answer"]) for r in kept])
    name, config = REFERENCE[label]
    data = reasoning_gym.create_dataset(name, size=10**6, seed=0, **config)
    entries = itertools.cycle([data[i] for i in range(200)])
    offset = itertools.count(2 * 10**5)

    def score(i: int) -> None:
        entry = next(entries)
        data.score_answer(entry["answer"], entry)
    generation = paired_ratios(lambda i: next(stream), lambda i: data[next(offset)], turn)
    verification = paired_ratios(lambda i: spec.verify(*next(pairs)), score, turn / 4)
    return generation, verification


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    parser.add_argument("--warmup", type=float, default=8.0, help="generation before the warm measurement")
    args = parser.parse_args()
    print(f"{'':<32} {'records/s cold':>15} {'records/s warm':>15} {'verifications/s':>16} {'problems/s':>11}")
    rows = {}
    for label in OURS:
        rows[label] = ours(label, args.seconds, args.warmup)
        cold, warm, checks, problems = rows[label]
        print(f"{label:<32} {cold:>15.0f} {warm:>15.0f} {checks:>16.0f} {problems:>11.0f}")
    for label, (name, _) in REFERENCE.items():
        theirs = reference(label, args.seconds)
        if theirs is None:
            print("reference: reasoning-gym not installed (pip install -e '.[bench]'), skipped")
            return
        cold, warm, checks, problems = rows[label]
        print(f"{'reasoning-gym ' + name:<32} {theirs[0]:>15.0f} {'':>15} {theirs[1]:>16.0f} {'':>11}   ratios: "
              f"generation {cold / theirs[0]:.1f}x cold, {warm / theirs[0]:.1f}x warm; verification "
              f"{checks / theirs[1]:.1f}x; problems alone {problems / theirs[0]:.0f}x")
    for label in OURS:  # reasoning-gym is installed: reference() above returned
        generation, verification = paired(label, args.seconds)
        print(f"paired, {label:<30} generation (warm) {statistics.median(generation):.1f}x "
              f"({generation[0]:.1f}-{generation[-1]:.1f}x); verification {statistics.median(verification):.1f}x "
              f"({verification[0]:.1f}-{verification[-1]:.1f}x)")


if __name__ == "__main__":
    main()
