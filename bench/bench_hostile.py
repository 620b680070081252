"""Benchmark the verifiers on hostile input beside benign input of the same length, in the same run.

    .venv/bin/python bench/bench_hostile.py             # every case, best of 3 (about half a minute)
    .venv/bin/python bench/bench_hostile.py --repeat 1  # a quicker look

Verifiers read text from models and strangers: a pattern that backtracks, or a search that a crafted step
sends exploring, turns one record into minutes. The tests check what such input is told (a falsy verdict with
a reason, the right labels); how long it takes belongs here, since a timed unit test fails on a busy machine.
Each row prints the hostile case's time, the time of a benign text of the same length through the same call,
and their ratio: a ratio that grows with the length is the sign of a pattern gone quadratic or worse.
"""

from __future__ import annotations

import argparse
import time

import slowthink
from slowthink.verifiers import countdown

GAME = {"numbers": [4, 7, 8, 8], "target": 24}
SIX = {"numbers": [1, 2, 3, 4, 5, 6], "target": 24}
CAESAR = {"example": {"ciphertext": "wkh fdw vdw", "plaintext": "the cat sat"}, "ciphertext": "rq wkh pdw"}
PRODUCT = {"expression": "296982065268 × 61131460"}
ROWS = "Line up 1781892391608 + 11879282610720 + 29698206526800 and add column by column from the right:"


def benign(text: str, filler: str) -> str:
    """A harmless text as long as `text`: `filler` repeated."""
    return (filler * (len(text) // len(filler) + 1))[:len(text)]


def cases() -> list[tuple[str, object, object]]:
    """(name, the hostile call, the same call on benign text of the same length)."""
    out = []
    for name, answer in (("cipher answer x * 10^6", "x" * 10**6), ("cipher answer NUL * 5000", "\x00" * 5000),
                         ("cipher answer ( * 3000", "(" * 3000)):
        out.append((name, lambda a=answer: slowthink.verify("cipher.caesar", CAESAR, a),
                    lambda a=answer: slowthink.verify("cipher.caesar", CAESAR, benign(a, "on the mat "))))
    for name, problem in (("cipher problem [ * 3000", "[" * 3000 + "]" * 3000),
                          ("cipher problem, example a * 10^6", {"example": {"ciphertext": "a" * 10**6, "plaintext": "a"},
                                                                "ciphertext": "a"})):
        out.append((name, lambda p=problem: slowthink.verify("cipher.unknown", p, "the cat"),
                    lambda p=problem: slowthink.verify("cipher.unknown", benign(str(p), "the cat sat "), "the cat")))
    unknown = next(iter(slowthink.generate("cipher.unknown", 1, seed=1)))["problem"]
    for name, unit in (("cipher step, pair-rule trials", "Sum mod 26: 'vr' → 'n', "),
                       ("cipher step, rotation trials", "rotate left by 1: 'ab' → 'ba' "),
                       ("cipher step, trials concluded with so", "Sum: 22 + 18 = 40, so 'vr' → 'n', "),
                       ("cipher step, rules said after so", "Atbash: so it is so the code, so 'vr' → 'ei' so ")):
        line = (unit * (10_000 // len(unit) + 1))[:10_000]
        out.append((name, lambda s=line: slowthink.label_steps("cipher.unknown", unknown, [s]),
                    lambda s=line: slowthink.label_steps("cipher.unknown", unknown, [benign(s, "the cat sat on the mat. ")])))
    for name, answer in (("countdown answer 1*9*9…", "1" + "*9" * 5000), ("countdown answer 9 * 400", "9" * 400)):
        out.append((name, lambda a=answer: countdown.verify(GAME, a),
                    lambda a=answer: countdown.verify(GAME, benign(a, "(7-8/8)*4 "))))
    tangled = "1 = 1, 3 = 3, 1/3 = 1/3, " * 60 + " + ".join(["1/3"] * 40) + " + 5 = 18"
    grow = "24 + 24 = 48, " * 1400
    tries = ("4 × 5 = 20, then 20 + 6 = 26: too big. 2 + 1 = 3, then 3 × 6 = 18. " * 150)[:10_000]
    chained = ("1 + 2 = 3, then 3 + 3 = 6, then 6 × 4 = 24, then " * 250)[:10_000]
    plain_try = "5 + 6 = 11: too small. "  # a try from the start, again and again
    for name, problem, step in (("countdown step, tangled fractions", GAME, tangled),
                                ("countdown step, target made again", GAME, grow),
                                ("countdown step, tries joined by then", SIX, tries),
                                ("countdown step, one long then-chain", SIX, chained)):
        out.append((name, lambda p=problem, s=step: countdown.label_steps(p, [s]),
                    lambda p=problem, s=step: countdown.label_steps(p, [benign(s, plain_try)])))
    for name, piece in (("countdown step, '12 is half of' …", "12 is half of "),
                        ("countdown step, '1 × 2 is 3 over' …", "1 × 2 is 3 over ")):
        step = (piece * (10_000 // len(piece) + 1))[:10_000]
        out.append((name, lambda s=step: countdown.label_steps(GAME, [s]),
                    lambda s=step: countdown.label_steps(GAME, [benign(s, plain_try)])))
    plain_column = "  ones: 8 + 0 + 8 = 16, write 6, carry 1"
    for name, line in (("column line 1 + 1 + …", "  ones: " + "1 + " * 2500), ("column line of digits", "  ones: " + "1" * 10000),
                       ("column line of spaces", "  ones: 1" + " " * 10000 + "x"),
                       ("column line 12 + 12 + …", "  ones: " + "12 + " * 2000 + "= 5"),
                       ("column line long sum", "  ones: " + "1 + " * 40 + "1 = " + "9" * 10000)):
        out.append((name, lambda s=line: slowthink.label_steps("arithmetic.mul", PRODUCT, [ROWS, s, s]),
                    lambda s=line: slowthink.label_steps("arithmetic.mul", PRODUCT, [ROWS, benign(s, plain_column)] * 2)))
    # not a text's length but a search's size: the same claim over four numbers is the baseline
    difference = {"expression": "8003051 - 2948762"}
    lead = "Column subtraction, 8003051 − 2948762:"
    long_line = "  tens: 5 − 1 = 4 after lending 1, " + "4 − 6 = " * 1200 + "8."
    out.append(("subtraction column, 1200 '− 6 ='", lambda: slowthink.label_steps("arithmetic.sub", difference, [lead, long_line]),
                lambda: slowthink.label_steps("arithmetic.sub", difference, [lead, benign(long_line, "  ones: 1 + 10 = 11. ")])))
    out.append(("no-solution claim, six numbers", lambda: countdown.verify({**SIX, "target": 999_983}, None),
                lambda: countdown.verify({"numbers": [1, 1, 1, 1], "target": 999_983}, None)))
    return out


def best_of(call, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per case; the best is printed")
    args = parser.parse_args()
    print(f"{'case':40} {'hostile':>10} {'benign':>10} {'ratio':>7}")
    for name, hostile, plain in cases():
        bad, good = best_of(hostile, args.repeat), best_of(plain, args.repeat)
        print(f"{name:40} {bad * 1000:8.1f}ms {good * 1000:8.1f}ms {bad / max(good, 1e-6):6.1f}×")


if __name__ == "__main__":
    main()
