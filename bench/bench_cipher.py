"""Benchmark the cipher family beside reasoning-gym's caesar_cipher, measured in the same run, on one core.

    .venv/bin/python bench/bench_cipher.py              # full run (about two minutes)
    .venv/bin/python bench/bench_cipher.py --quick      # a smoke run in seconds

What it prints:
- records/s per cipher task: the whole item pipeline (`make_item`: generate, solve, verify the answer, label
  every step), i.e. what a corpus worker does per record: "cold" over the first --records items of a fresh
  process, "records" over the next --records (label checking caches the equations it has seen, so a long run
  goes at the warm rate), and how many times reasoning-gym's generator rate that is (reasoning-gym writes no
  trace and checks nothing, so a ratio below 1 is expected);
- problems/s: our generator alone, the like-for-like comparison with reasoning-gym's generator;
- verifications/s: `slowthink.verify` on fresh problems (its fit cache cleared first) beside reasoning-gym's
  `score_answer`;
- repeat rate: repeated problems, repeated answers (message plaintexts) and repeated example plaintexts
  over --repeats generated problems (and, for comparison, distinct plaintexts among reasoning-gym's items).
reasoning-gym is an optional bench dependency (`pip install reasoning-gym`); without it the reference rows are
skipped with a message.
"""

from __future__ import annotations

import argparse
import time

import slowthink
from slowthink.api import make_item, make_params
from slowthink.core.rng import item_rng
from slowthink.registry import get_task
from slowthink.verifiers import cipher as ver

CIPHERS = [name for name in slowthink.tasks() if name.startswith("cipher.")]


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:9.0f}/s"


def reference(n: int) -> dict | None:
    """reasoning-gym's caesar_cipher: generation, scoring and distinct plaintexts, or None if not installed."""
    try:
        import reasoning_gym
    except ImportError:
        print("reasoning-gym is not installed (pip install reasoning-gym): reference rows skipped\n")
        return None
    start = time.perf_counter()
    dataset = reasoning_gym.create_dataset("caesar_cipher", size=n, seed=0)
    setup = time.perf_counter() - start
    start = time.perf_counter()
    items = [dataset[i] for i in range(n)]
    generated = time.perf_counter() - start
    start = time.perf_counter()
    for item in items:
        dataset.score_answer(item["answer"], item)
    scored = time.perf_counter() - start
    distinct = len({item["answer"] for item in items})
    print(f"reasoning-gym caesar_cipher: generate {rate(n, generated)}  score {rate(n, scored)}  "
          f"(dataset setup {setup:.2f} s; {distinct} distinct plaintexts in {n} items)\n")
    return {"generate": n / generated, "score": n / scored}


def records_per_second(name: str, n: int) -> tuple[float, float, float]:
    """Full-pipeline records/s from a cold start, then warm (a second run of n: the claim caches filled, as in a
    long corpus run), and generator-only problems/s."""
    task = get_task(name)
    params = make_params(task, {})
    rates = []
    for seed in (0, 1):
        start = time.perf_counter()
        for i in range(n):
            _, reason = make_item(task, params, name, seed, i)
            if reason:
                raise RuntimeError(f"{name} item {i} dropped: {reason}")
        rates.append(n / (time.perf_counter() - start))
    start = time.perf_counter()
    for i in range(n):
        task.generate(item_rng(name, 2, i), params)
    return rates[0], rates[1], n / (time.perf_counter() - start)


def verifications_per_second(name: str, n: int) -> float:
    records = list(slowthink.generate(name, n, seed=2))
    ver.reading.cache_clear()  # a fresh problem must be fitted from its example, not looked up
    start = time.perf_counter()
    for record in records:
        if not slowthink.verify(name, record["problem"], record["answer"]):
            raise RuntimeError(f"{name}: a generated answer did not verify")
    return n / (time.perf_counter() - start)


def repeat_rate(name: str, n: int) -> None:
    """Repeats among n generated problems: whole problems, the messages' plaintexts (the answers), the examples."""
    task = get_task(name)
    params = make_params(task, {})
    start = time.perf_counter()
    problems = [task.generate(item_rng(name, 3, i), params) for i in range(n)]
    keys = {ver.problem_key(name, p) for p in problems}
    answers = {ver.reading(name, p["example"]["ciphertext"], p["example"]["plaintext"], p["ciphertext"]).answer
               for p in problems}
    examples = {p["example"]["plaintext"] for p in problems}

    def share(distinct: set) -> str:
        return f"{n - len(distinct)} ({(n - len(distinct)) / n:.2%})"
    print(f"{name:22s} {n} problems, repeated: problems {share(keys)}, answers {share(answers)}, "
          f"example plaintexts {share(examples)}  [{time.perf_counter() - start:.1f} s]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=3000, help="records per task for the rate rows")
    parser.add_argument("--repeats", type=int, default=100_000, help="problems generated for the repeat rate")
    parser.add_argument("--quick", action="store_true", help="small counts: a smoke run")
    args = parser.parse_args()
    if args.quick:
        args.records, args.repeats = 200, 2000
    ref = reference(args.records * 3)
    print(f"{'task':22s} {'cold':>9s} {'records':>11s} {'× rg gen':>9s} {'problems':>11s} {'× rg gen':>9s} "
          f"{'verify':>11s} {'× rg score':>10s}")
    for name in CIPHERS:
        cold, full, problems = records_per_second(name, args.records)
        checks = verifications_per_second(name, max(200, args.records // 3))
        ratios = [f"{full / ref['generate']:9.3f}", f"{problems / ref['generate']:9.3f}",
                  f"{checks / ref['score']:10.3f}"] if ref else ["", "", ""]
        print(f"{name:22s} {cold:7.0f}/s {full:9.0f}/s {ratios[0]} {problems:9.0f}/s {ratios[1]} {checks:9.0f}/s "
              f"{ratios[2]}")
    print()
    for name in ("cipher.caesar", "cipher.unknown"):
        repeat_rate(name, args.repeats)


if __name__ == "__main__":
    main()
