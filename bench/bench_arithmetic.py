"""Arithmetic speed: traced-and-verified records per second per task, and the writer's bytes per second.

Figures are measured in one process on one core; each is compared with a baseline
measured in the same run (reasoning-gym's basic_arithmetic generator when installed;
the stdlib json + jsonlines writer for our orjson writer), because these machines
are shared and absolute numbers drift.

    .venv/bin/python bench/bench_arithmetic.py [--seconds 2]
"""

from __future__ import annotations

import argparse
import io
import json
import tempfile
import time
from pathlib import Path

import jsonlines

import slowthink
from slowthink.output.writer import dump_line
from slowthink.records import to_row

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


def writer_rates(rows: list[dict], seconds: float) -> tuple[float, float]:
    """MB/s of our writer and of stdlib json through jsonlines, same rows, to a real file."""
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, base_path = Path(tmp) / "ours.jsonl", Path(tmp) / "base.jsonl"

        def ours() -> int:
            with open(ours_path, "wb", buffering=1 << 20) as fp:
                return sum(fp.write(dump_line(row)) for row in rows)

        def baseline() -> int:
            with open(base_path, "w", encoding="utf-8") as fp, jsonlines.Writer(fp, dumps=json.dumps) as writer:
                writer.write_all(rows)
            return base_path.stat().st_size

        results = []
        for fn in (ours, baseline):
            written, start = 0, time.perf_counter()
            while time.perf_counter() - start < seconds:
                written += fn()
            results.append(written / (time.perf_counter() - start) / 1e6)
    return results[0], results[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    args = parser.parse_args()
    print(f"{'task':<30} {'records/s':>10}")
    all_rows = []
    for task, params in SETTINGS.items():
        speed, kept = records_per_second(task, params, args.seconds)
        all_rows += [to_row(r) for r in kept]
        print(f"{task:<30} {speed:>10.0f}")
    reference = reference_rate(args.seconds)
    if reference is None:
        print("reference: reasoning-gym not installed (pip install -e '.[bench]'), skipped")
    else:
        ours = records_per_second("arithmetic.expr", SETTINGS["arithmetic.expr"], args.seconds)[0]
        print(f"reference reasoning-gym basic_arithmetic: {reference:.0f} items/s (answers only, no trace, "
              f"no verification); arithmetic.expr with traces and verification: {ours / reference:.2f}x")
    ours_mb, base_mb = writer_rates(all_rows * max(1, 20000 // max(1, len(all_rows))), args.seconds)
    print(f"writer: {ours_mb:.0f} MB/s (orjson lines) vs {base_mb:.0f} MB/s (json + jsonlines): {ours_mb / base_mb:.1f}x")


if __name__ == "__main__":
    main()
