"""Count what makes a trace read like a log, over thousands of countdown and cipher records.

    PYTHONPATH=. .venv/bin/python bench/trace_patterns.py [N per entry] [--show PATTERN]

Each entry of configs/default.toml of a countdown or cipher task is generated with mistakes=0 and with
mistakes=1 (N records each, seed 5); the counts are per pattern, summed, with the number of records
that show it at least once. `--show PATTERN` prints a few lines where the pattern fires. What it counts:

- same_opener: two lines running open with the same word ("So ... So ...", "Maybe ... Maybe ...",
  "First job: ... First the word lengths: ..."). Lines of an indented list of checks ("  j = 10, ...")
  are a list, not prose, and are left out, as are stream-layout lines ("Node 3 ...").
- same_frame: three lines running with the same frame once numbers, quoted words and single letters
  are blanked ('"neves" backwards is "seven".' four times; "With 5 last, ... would have to make one of
  ..., but they make ..." three times); indented check lists left out as above.
- repeat_fact: a line restating the distance the line before it gave ("288 + 6 is only 2 over 292."
  then "294 is only 2 over 292."), or an equation of the line before it.
- bare_position: a countdown position entered and left with nothing said of it (the next line goes
  back, or on to another move at the same depth).
- redone_inverse: an affine trace that works out the number undoing × a by search when it has already
  found, earlier, that a and that number undo each other.
- redone_letter: a message letter worked out in full ("c = 3, 3 − 3 + 26 = 26 = z") where the trace has already
  worked out that letter the same way: in the decoding (a Vigenère key brings the same letter back under the same
  shift) or in testing a rule on the example ("  j = 10, 10 + 5 = 15 = o ✓"; a rule tried and dropped may share a
  sum with the one that fits, and counts too); or a shift of the example's list ("u − o: 21 − 15 = 6") worked out
  again in that list.
- bad_plural / bad_article: "1 numbers", "a apple".
- no_check: a trace that reaches an answer with no check of it (countdown: "Check"; cipher: "English").
"""

from __future__ import annotations

import re
import sys
import time
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

import slowthink

ROOT = Path(__file__).resolve().parent.parent
# a letter of the message worked out in full, and a shift of the example's letters ("x − p: 24 − 16 = 8")
LETTER_WORK = re.compile(r"(?<![a-z\"'])[a-z] = \d{1,2}, [^;:a-z]*? = [a-z](?![a-z])")
SHIFT_WORK = re.compile(r"(?<![a-z\"'])[a-z] − [a-z]: \d{1,2}(?: \+ 26)? − \d{1,2} = \d{1,2}(?!\d)")
EQ = re.compile(r"(\d+(?:/\d+)?|\(\d+/\d+\)) ([+−×÷]) (\d+(?:/\d+)?|\(\d+/\d+\)) = (\d+(?:/\d+)?)")
DIST = re.compile(r"is (?:still )?(?:only )?(\d+) (short of|over) (\d+)")


def entries():
    cfg = tomllib.loads((ROOT / "configs/default.toml").read_text())
    for name, entry in cfg["tasks"].items():
        entry = dict(entry)
        entry.pop("count")
        task = entry.pop("task", name)
        if task.startswith(("countdown.", "cipher.")):
            yield name, task, {"language": "en", **entry}


def opener(line: str) -> str | None:
    s = line.strip()
    if not s or line.startswith("  ") or s.startswith(("Node ", "Answer:")):
        return None  # indented lines are a list of tries or checks under a heading
    words = s.split()[:2]
    if not re.fullmatch(r"[A-Za-z']+[,:;.]?", words[0]):
        return None  # a line that opens on an equation or a quoted word opens on what it is about
    words = [w.strip(",:;.") for w in words]
    # an article is no opener: "The example says … / The rule is fixed" runs two different sentences
    return " ".join(words).lower() if words[0].lower() in ("the", "a", "an") else words[0].lower()


def frame(line: str) -> str | None:
    if line.startswith("  ") or line.startswith(("Node ", "Answer:")):
        return None
    s = re.sub(r'"[^"]*"', "Q", line)
    s = re.sub(r"\d+(/\d+)?", "N", s)
    s = re.sub(r"\b[a-z]\b", "L", s)
    return s if len(s.split()) >= 4 else None


def patterns(record: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    lines = [s["text"] for s in record["steps"]]
    task = record["task"]
    for a, b in zip(lines, lines[1:]):
        oa, ob = opener(a), opener(b)
        if oa and oa == ob:
            found["same_opener"].append(f"{a}\n    {b}")
        da, db = DIST.search(a), DIST.search(b)
        if da and db and da.groups() == db.groups():
            found["repeat_fact"].append(f"{a}\n    {b}")
        ea = {m.group(0) for m in EQ.finditer(a)}
        if ea and not b.strip().startswith(("Check", "To check", "Solution", "So ", "Putting", "All together",
                                              "Found", "There it is", "Got it", "The solution")) and \
                not a.strip().startswith(("Check", "To check")):
            # an equation the next line states again, as its own new claim (not a check going over it)
            eb = [m.group(0) for m in EQ.finditer(b)]
            if eb and eb[0] in ea and not re.match(r"\s*(Take|Try|Let me try|What about|How about|\d)", b.strip()):
                found["repeat_fact"].append(f"{a}\n    {b}")
    run = 1
    for a, b in zip(lines, lines[1:]):
        fa, fb = frame(a), frame(b)
        run = run + 1 if fa and fa == fb else 1
        if run == 3:
            found["same_frame"].append(b)
    if task.startswith("countdown") and "Node 0" not in record["trace"]:
        enter = re.compile(r"= \d+(/\d+)?[,;:.?]? (leaving|left:|now we have|That leaves|which leaves|"
                           r"Then we are left with)")
        for a, b in zip(lines, lines[1:]):
            if not enter.search(a) or "then" in a.split(enter.search(a).group(0))[0] or \
                    re.search(r"No match|none reaches|dead end|Yes", a):
                continue  # (a move and its verdict on one line: a proof's case, or an aim that came off)
            da, db = len(a) - len(a.lstrip()), len(b) - len(b.lstrip())
            if db <= da and not b.strip().startswith(("Solution", "So ", "Got", "Found", "There", "Putting",
                                                      "All together", "The solution")):
                found["bare_position"].append(f"{a}\n    {b}")
    if task.startswith("cipher"):
        undone = set()
        for line in lines:
            for m in re.finditer(r"undo × (\d+)[,:]|times (\d+) leaves 1" if "as found above" not in line else "^$", line):
                a = m.group(1) or m.group(2)
                if any(p[1] == a for p in undone):
                    found["redone_inverse"].append(line[:160])
                    break
            for x, y in re.findall(r"(\d+) undoes × (\d+)", line):
                undone |= {(x, y), (y, x)}
        worked: set[str] = set()
        for line in lines:
            decoding = line.startswith('"')  # a message word decoded: '"fscebc": f = 6, 6 + 10 = 16 = p; …'
            for m in LETTER_WORK.finditer(line):
                if decoding and m.group(0) in worked:
                    found["redone_letter"].append(f"{m.group(0)}  in  {line[:120]}")
                worked.add(m.group(0))
            listed: set[str] = set()
            for m in SHIFT_WORK.finditer(line):
                if m.group(0) in listed:
                    found["redone_letter"].append(f"{m.group(0)}  in  {line[:120]}")
                listed.add(m.group(0))
    text = record["trace"]
    for m in re.finditer(r"\b1 (numbers|positions|letters|words|pairs|places|shifts|moves)\b", text):
        found["bad_plural"].append(m.group(0))
    # (quoted words are the puzzle's, answers of negative traces may be garbled, and "a" may be the letter a)
    prose = re.sub(r'"[^"]*"', "Q", "\n".join(line for line in lines if not line.startswith("Answer:")))
    for m in re.finditer(r"\b(a) ([aeiou][a-z]+)|\b(an) ([b-df-hj-np-tv-z][a-z]+)", prose):
        if m.group(2) not in ("and", "as", "at", "is", "are", "in", "or", "on", "of", "up", "even", "each"):
            found["bad_article"].append(m.group(0))
    if record["answer"] not in (None, "None"):
        if task.startswith("countdown") and "Check" not in text and "check" not in text.lower():
            found["no_check"].append(lines[-2])
        if task.startswith("cipher") and "English" not in text:
            found["no_check"].append(lines[-2])
    return found


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 300
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    totals, records_with, examples = Counter(), Counter(), defaultdict(list)
    per_entry: dict[str, Counter] = {}
    records = 0
    started = time.perf_counter()
    for name, task, params in entries():
        per_entry[name] = Counter()
        for mistakes in (0, 1):
            for r in slowthink.generate(task, n, seed=5, **{**params, "mistakes": mistakes}):
                records += 1
                for key, hits in patterns(r).items():
                    totals[key] += len(hits)
                    records_with[key] += 1
                    per_entry[name][key] += len(hits)
                    if len(examples[key]) < 400:
                        examples[key].extend(f"[{name}] {h}" for h in hits)
    print(f"{records} records in {time.perf_counter() - started:.1f} s")
    for key in ("same_opener", "same_frame", "repeat_fact", "bare_position", "redone_inverse", "redone_letter",
                "bad_plural",
                "bad_article", "no_check"):
        print(f"{key:<16} {totals[key]:>7} hits in {records_with[key]:>6} records")
    if "--entries" in sys.argv:
        for name, c in per_entry.items():
            print(f"  {name:<28} " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    if show:
        import random
        picks = examples[show]
        random.Random(0).shuffle(picks)
        for h in picks[:25]:
            print("  ", h)


if __name__ == "__main__":
    main()
