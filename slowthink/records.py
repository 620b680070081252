"""Records: one uniform shape for every task, so a corpus that mixes tasks loads anywhere.

In Python a record's `problem` and `difficulty` are dicts (easy to use); on disk
(`to_row`) they become JSON strings, because Arrow and polars refuse a column whose
type changes between tasks. Every other field has one JSON type for every task:
answers are text or null, counts are integers.
"""

from __future__ import annotations

import json
from typing import Any

from slowthink.core.rng import stable_hash, unit_interval
from slowthink.core.trace import Solution

DEFAULT_SPLITS = {"train": 0.98, "validation": 0.01, "test": 0.01}

# every field of a row on disk, in order, with its one type (exports and the dataset card derive from this)
RECORD_SCHEMA = {
    "id": "string",  # 16 hex digits from task + canonical problem
    "task": "string",
    "entry": "string",  # the mix entry that made it ("countdown.game24:full"); the task's name outside a mix
    "family": "string",
    "split": "string",
    "problem": "string",  # JSON of the task's problem dict (a dict in Python records)
    "question": "string",
    "steps": "steps",  # list of {"text": string, "label": bool}
    "trace": "string",  # the step texts joined by newlines
    "answer": "string?",  # null only where "no solution" is the right answer
    "verified": "bool",
    "answer_correct": "bool",  # the answer alone is right: a negative's slip may leave it so (verified is still false)
    "seed": "int",
    "index": "int",
    "language": "string",
    "style": "string",
    "difficulty": "string",  # JSON of task-specific measures (a dict in Python records)
    "n_steps": "int",
    "n_chars": "int",
    "mistake_step": "int?",  # index of the first wrong step in a negative trace; null in a correct one
}
RECORD_FIELDS = tuple(RECORD_SCHEMA)


def record_id(task: str, key: str, variant: str = "") -> str:
    """Stable id from task and canonical problem: the same problem always has the same id.

    A trace with a planted mistake is a different record of the same problem (variant "mistake")."""
    return f"{stable_hash(task, key, variant) if variant else stable_hash(task, key):016x}"


def assign_split(task: str, key: str, splits: dict[str, float]) -> str:
    """The split a problem belongs to, decided by its hash so it never lands in two splits."""
    u = unit_interval("split", task, key)
    total = 0.0
    last = next(iter(splits))
    for name, share in splits.items():
        if share <= 0:
            continue
        total += share
        last = name
        if u < total:
            return name
    return last


def build_record(task: str, problem: dict, key: str, question: str, solution: Solution, *, verified: bool,
                 answer_correct: bool, labels: list[bool], seed: int, index: int, split: str, language: str,
                 entry: str = "") -> dict[str, Any]:
    trace = "\n".join(solution.steps)
    return {
        "id": record_id(task, key, "mistake" if solution.mistake_step is not None else ""),
        "task": task,
        "entry": entry or task,
        "family": task.split(".", 1)[0],
        "split": split,
        "problem": problem,
        "question": question,
        "steps": [{"text": text, "label": label} for text, label in zip(solution.steps, labels)],
        "trace": trace,
        "answer": solution.answer,
        "verified": verified,
        "answer_correct": answer_correct,
        "seed": seed,
        "index": index,
        "language": language,
        "style": solution.style,
        "difficulty": solution.difficulty,
        "n_steps": len(solution.steps),
        "n_chars": len(trace),
        "mistake_step": solution.mistake_step,
    }


def to_row(record: dict[str, Any]) -> dict[str, Any]:
    """The on-disk form: nested task-specific dicts as canonical JSON strings."""
    row = dict(record)
    row["problem"] = json.dumps(record["problem"], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    row["difficulty"] = json.dumps(record["difficulty"], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return row


def from_row(row: dict[str, Any]) -> dict[str, Any]:
    """Back from disk: the nested fields as dicts again."""
    record = dict(row)
    for name in ("problem", "difficulty"):
        if isinstance(record.get(name), str):
            record[name] = json.loads(record[name])
    return record
