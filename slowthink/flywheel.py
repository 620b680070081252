"""Rejection sampling: any model's outputs, verified, become corpus records (`slowthink verify-file`).

Input is JSONL, one completion per line:

    {"task": "arithmetic.mul", "problem": {"expression": "23*68"}, "completion": "...", "id": "optional group"}

`problem` may be a dict or JSON text; `completion` a string or a chat message list.
Several lines with the same problem are several samples of it (pass@k). Each
completion's final answer is extracted and verified; the correct ones are written
as corpus records whose steps are the completion's lines with their step labels.
A bad line is reported by number and skipped; the rest still counts, and the command then
exits with status 1, so a script cannot miss that part of its input was not read.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from math import comb
from pathlib import Path

import orjson
from tqdm import tqdm

from slowthink.api import read_problem, verify_completion
from slowthink.core.expr import ExprError
from slowthink.core.extract import MAX_COMPLETION_CHARS, completion_text, reasoning_steps
from slowthink.core.params import ConfigError
from slowthink.core.trace import Solution
from slowthink.core.verdict import ProblemError
from slowthink.output.writer import blocked_by_file, write_jsonl_atomic
from slowthink.records import DEFAULT_SPLITS, assign_split, build_record, record_id, to_row
from slowthink.registry import UnknownTaskError

MAX_LINE_BYTES = 4 * MAX_COMPLETION_CHARS


@dataclass
class TaskTally:
    samples: int = 0
    correct: int = 0
    step_valid: int = 0  # correct and every step label True
    extraction_failures: int = 0
    methods: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    per_problem: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # key -> [n, c]


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k from n samples with c correct (Chen et al. 2021)."""
    if n - c < k:
        return 1.0
    return 1.0 - comb(n - c, k) / comb(n, k)


def _read_line(number: int, raw: bytes) -> tuple[str, dict, str, str]:
    if len(raw) > MAX_LINE_BYTES:
        raise ValueError(f"line is {len(raw)} bytes, more than {MAX_LINE_BYTES}")
    try:
        item = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc})") from None
    if not isinstance(item, dict):
        raise ValueError("expected a JSON object with task, problem and completion")
    for name in ("task", "problem", "completion"):
        if name not in item:
            raise ValueError(f"missing field {name!r}")
    task = item["task"]
    if not isinstance(task, str):
        raise ValueError("task must be text")
    try:
        spec, problem = read_problem(task, item["problem"])
    except (UnknownTaskError, ProblemError, ExprError) as exc:
        raise ValueError(str(exc)) from None
    group = item.get("id")
    key = str(group) if group is not None else spec.problem_key(problem)
    return task, problem, completion_text(item["completion"], strict=True), key


def verify_file(source: str | Path, out: str | Path, overwrite: bool = False, progress: bool = False) -> dict:
    """Verify every completion in `source`, write the correct ones to `out`; returns the summary."""
    from slowthink.registry import get_task

    source, out = Path(source), Path(out)
    problem = input_problem(source)
    if problem:
        raise ConfigError(problem)
    if blocked_by_file(out):
        raise ConfigError(f"--out {out}: {blocked_by_file(out)} is a file, not a folder; choose another path")
    if out.is_dir():  # --overwrite would not help: the records go to one file
        raise ConfigError(f"--out {out}: is a folder; give the JSONL file to write the kept records to, "
                          f"e.g. {out / 'kept.jsonl'}")
    if out.exists() and not overwrite:
        raise ConfigError(f"--out {out}: already exists; choose a new path or pass --overwrite")
    if out.exists() and out.resolve() == source.resolve():  # --overwrite would replace the input as it is read
        raise ConfigError(f"--out {out}: is the input file; write the kept records to another path")
    tallies: dict[str, TaskTally] = defaultdict(TaskTally)
    bad_lines: list[tuple[int, str]] = []

    def kept():
        with open(source, "rb") as fp:
            lines = tqdm(fp, unit="line", desc="verifying", disable=not progress)
            for number, raw in enumerate(lines, start=1):
                if not raw.strip():
                    continue
                try:
                    task, problem, text, group = _read_line(number, raw)
                except ValueError as exc:
                    bad_lines.append((number, str(exc)))
                    continue
                spec = get_task(task)
                verdict = verify_completion(task, problem, text)
                tally = tallies[task]
                tally.samples += 1
                tally.per_problem[group][0] += 1
                if verdict.extraction is None:
                    tally.extraction_failures += 1
                else:
                    tally.methods[verdict.extraction] += 1
                if not verdict:
                    continue
                tally.correct += 1
                tally.per_problem[group][1] += 1
                steps = reasoning_steps(text)
                labels = spec.label_steps(problem, steps)
                tally.step_valid += all(labels)
                key = spec.problem_key(problem)
                solution = Solution(steps, verdict.answer, {"extraction": verdict.extraction}, style="model")
                record = build_record(task, problem, key, spec.question(problem), solution, verified=all(labels),
                                      answer_correct=True, labels=labels, seed=0, index=number,
                                      split=assign_split(task, key, DEFAULT_SPLITS),
                                      language="en")
                record["id"] = record_id(task, key, f"completion:{text}")  # each correct sample is its own record
                yield to_row(record)

    written = write_jsonl_atomic(out, kept())
    return {"written": written, "bad_lines": bad_lines, "tasks": {t: summarise(v) for t, v in sorted(tallies.items())}}


def input_problem(source: Path) -> str | None:
    """Why `source` cannot be verified (None if it can), said before anything is written: an empty file is
    a mistake (the wrong path, a job that wrote nothing), and "kept 0" with exit 0 would hide it."""
    what = "give a JSONL file of task/problem/completion records, one per line"
    if source.is_dir():
        inside = sorted(source.glob("*.jsonl"))
        return f"{source}: is a folder; {what}" + (f", e.g. {inside[0]}" if len(inside) == 1 else "")
    if not source.exists():
        return f"{source}: no such file; {what}"
    if not source.is_file():
        return f"{source}: not a regular file (a pipe or a device); save the completions to a file and {what}"
    with open(source, "rb") as fp:
        if not any(line.strip() for line in fp):
            return f"{source}: holds no record (it is empty or blank); {what}"
    return None


def summarise(tally: TaskTally) -> dict:
    problems = list(tally.per_problem.values())
    k = min((n for n, _ in problems), default=0)
    summary = {"problems": len(problems), "samples": tally.samples, "correct": tally.correct,
               "accuracy": tally.correct / tally.samples if tally.samples else 0.0,
               "step_valid": tally.step_valid, "extraction_failures": tally.extraction_failures,
               "pass@1": sum(pass_at_k(n, c, 1) for n, c in problems) / len(problems) if problems else 0.0,
               "extractions": dict(sorted(tally.methods.items()))}
    if k > 1:
        summary["k"] = k
        summary[f"pass@{k}"] = sum(pass_at_k(n, c, k) for n, c in problems) / len(problems)
    return summary


def print_summary(result: dict) -> None:
    import polars as pl

    rows = [{"task": t, **{k: v for k, v in s.items() if k not in ("extractions", "k")}} for t, s in result["tasks"].items()]
    with pl.Config(tbl_rows=-1, tbl_cols=-1, tbl_width_chars=160, tbl_hide_dataframe_shape=True,
                   tbl_hide_column_data_types=True):
        if rows:
            table = pl.DataFrame(rows)  # pass@k of a task with fewer than k samples a problem stays empty, not 0
            table = table.with_columns(pl.col(c).fill_null(0) for c in table.columns if not c.startswith("pass@"))
            print(table.with_columns(pl.col(pl.Float64).round(4)))
    for task, s in result["tasks"].items():
        print(f"{task}: extractions {json.dumps(s['extractions'])}")
    print(f"kept {result['written']} verified completions; {len(result['bad_lines'])} bad lines skipped")
