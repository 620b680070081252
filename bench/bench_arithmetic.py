"""Arithmetic speed: traced-and-verified records per second per task.

Figures are measured in one process on one core, beside reasoning-gym's
basic_arithmetic generator measured in the same run when it is installed (it makes
answers only, no trace and no verification), because these machines are shared and
absolute numbers drift. The writer's speed is in bench_corpus.py.

    .venv/bin/python bench/bench_arithmetic.py [--seconds 2]
"""

from __future__ import annotations

import argparse
import time

import slowthink

SETTINGS = {
    "arithmetic.add": {"digits": 6, "operands": 3},
    "arithmetic.sub": {"digits": 7},
    "arithmetic.mul": {"digits": 4, "min_digits": 2},
    "arithmetic.mul (12 digits)": {"digits": 12, "min_digits": 12},
    "arithmetic.div": {"digits": 4, "divisor_digits": 2, "exact": False},
    "arithmetic.expr": {"depth": 3},
}


def rate(make, seconds: float) -> float:
    """Items per second of make(i) over about `seconds`."""
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        make(count)
        count += 1
    return count / (time.perf_counter() - start)


def records_per_second(task: str, params: dict, seconds: float) -> tuple[float, list[dict]]:
    stream = slowthink.generate(task.split(" ")[0], 10**9, seed=0, **params)
    kept: list[dict] = []
    speed = rate(lambda i: kept.append(next(stream)), seconds)
    return speed, kept


def reference_rate(seconds: float) -> float | None:
    try:
        import reasoning_gym
    except ImportError:
        return None
    data = reasoning_gym.create_dataset("basic_arithmetic", size=10**6, seed=0)
    return rate(lambda i: data[i], seconds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    args = parser.parse_args()
    print(f"{'task':<30} {'records/s':>10}")
    for task, params in SETTINGS.items():
        speed, _ = records_per_second(task, params, args.seconds)
        print(f"{task:<30} {speed:>10.0f}")
    reference = reference_rate(args.seconds)
    if reference is None:
        print("reference: reasoning-gym not installed (pip install -e '.[bench]'), skipped")
    else:
        ours = records_per_second("arithmetic.expr", SETTINGS["arithmetic.expr"], args.seconds)[0]
        print(f"reference reasoning-gym basic_arithmetic: {reference:.0f} items/s (answers only, no trace, "
              f"no verification); arithmetic.expr with traces and verification: {ours / reference:.2f}x")


if __name__ == "__main__":
    main()
