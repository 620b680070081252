"""Mix files: which tasks, how many, how hard, which trace options, how the corpus is cut.

A mix is a TOML file read with the standard library. Layout (every key optional
except at least one task):

    name = "default"          # corpus name (used in the dataset card)
    seed = 0                  # every item's randomness derives from this
    total = 40000             # optional: split this many records over tasks by `weight`
    shard_size = 10000        # records per output shard
    chunk_size = 500          # items per unit of parallel work (changing it changes nothing but speed)
    formats = ["messages"]    # exports written beside the corpus
    max_chars = 40000         # drop traces longer than this (counted in the manifest)

    [splits]                  # shares per split, by a hash of the problem
    train = 0.98
    validation = 0.01
    test = 0.01

    [defaults]                # parameters given to every task that has them
    language = "en"

    [tasks."arithmetic.add"]  # an entry: the task name, or any name with task = "..."
    count = 2000
    digits = 6

Validation runs once here; every problem is a `ConfigError` naming the file, the key,
the bad value and what is allowed, and nothing is written before it passes.
"""

from __future__ import annotations

import dataclasses
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slowthink.core.params import ConfigError, build_params, params_to_dict
from slowthink.records import DEFAULT_SPLITS
from slowthink.registry import TASKS

TOP_KEYS = {"name", "seed", "total", "shard_size", "chunk_size", "formats", "max_chars", "max_tokens", "tokenizer",
            "splits", "defaults", "tasks", "prompt", "description", "license"}
ENTRY_KEYS = {"task", "count", "weight"}
_TOP_VALUES = TOP_KEYS - {"splits", "defaults", "tasks", "prompt"}  # keys that are no table of their own
_SPLIT_NAME = re.compile(r"^\w+(\.\w+)*$")
_ENTRY_NAME = re.compile(r"^[A-Za-z0-9_.:-]+$")
MAX_RECORDS = 10**9  # per count, per total and in all: more would only make the planner hang


@dataclass(frozen=True)
class Entry:
    """One line of the mix: a task, how many items, and its parameters."""

    name: str  # the stream name; items are seeded from (name, seed, index)
    task: str
    count: int
    params: Any  # the task's frozen params dataclass


@dataclass(frozen=True)
class Mix:
    name: str
    seed: int
    entries: tuple[Entry, ...]
    splits: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_SPLITS))
    shard_size: int = 10000
    chunk_size: int = 500
    formats: tuple[str, ...] = ()
    max_chars: int | None = None
    source: str = "<mix>"
    extra: dict[str, Any] = field(default_factory=dict)  # prompt, description, license, tokenizer, max_tokens

    @property
    def total(self) -> int:
        return sum(e.count for e in self.entries)

    def to_dict(self) -> dict[str, Any]:
        """The resolved mix (every default filled in), as stored in the manifest."""
        return {
            "name": self.name, "seed": self.seed, "shard_size": self.shard_size, "chunk_size": self.chunk_size,
            "splits": self.splits, "formats": list(self.formats), "max_chars": self.max_chars, **self.extra,
            "entries": [{"name": e.name, "task": e.task, "count": e.count, "params": params_to_dict(e.params)}
                        for e in self.entries],
        }

    def with_seed(self, seed: int) -> "Mix":
        return dataclasses.replace(self, seed=seed)


def _int(where: str, value: Any, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (high is not None and value > high):
        limit = f"from {low} to {high}" if high is not None else f"of at least {low}"
        raise ConfigError(f"{where} = {value!r} is not allowed: use a whole number {limit}")
    return value


def _misplaced(where: str, key: str) -> ConfigError:
    """A top-level key written below a [table] header, where TOML makes it part of that table."""
    return ConfigError(f"{where}.{key}: {key} is a top-level key, but TOML reads every key below a [table] header "
                       f"as part of that table; move it above the first [table]")


def load_mix(path: str | Path) -> Mix:
    """Read and validate a mix file; raises ConfigError with a one-line message."""
    path = Path(path)
    if path.is_dir():
        inside = sorted(path.glob("*.toml"))
        raise ConfigError(f"{path}: is a folder, not a mix file; pass a TOML file such as "
                          f"{inside[0] if inside else 'configs/smoke.toml'}")
    if not path.is_file():
        raise ConfigError(f"{path}: no such mix file; pass a TOML file such as configs/smoke.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))  # a byte-order mark (Windows editors) is not TOML
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the syntax at that line") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text; save the mix file as UTF-8") from None
    return parse_mix(data, source=str(path))


def parse_mix(data: dict[str, Any], source: str = "<mix>") -> Mix:
    at = f"{source}: "
    unknown = sorted(set(data) - TOP_KEYS)
    if unknown:
        raise ConfigError(f"{at}unknown key {unknown[0]!r}; allowed top-level keys: {', '.join(sorted(TOP_KEYS))}")
    name = data.get("name", Path(source).stem if source != "<mix>" else "corpus")
    if not isinstance(name, str) or not _ENTRY_NAME.match(name):
        raise ConfigError(f"{at}name = {name!r} is not allowed: use letters, digits, '_', '-', '.'")
    seed = _int(f"{at}seed", data.get("seed", 0), 0, 2**63 - 1)
    shard_size = _int(f"{at}shard_size", data.get("shard_size", 10000), 1, 10_000_000)
    chunk_size = _int(f"{at}chunk_size", data.get("chunk_size", 500), 1, 1_000_000)
    max_chars = data.get("max_chars")
    if max_chars is not None:
        max_chars = _int(f"{at}max_chars", max_chars, 1)
    splits = _parse_splits(data.get("splits", DEFAULT_SPLITS), at)
    formats = _parse_formats(data.get("formats", []), at)
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        raise ConfigError(f"{at}defaults must be a table of parameters, e.g. [defaults] language = \"en\"")
    entries = _parse_entries(data.get("tasks"), data.get("total"), defaults, at)
    _check_formats_get_rows(formats, entries, at)
    extra = {k: data[k] for k in ("prompt", "description", "license", "tokenizer", "max_tokens") if k in data}
    _check_extra(extra, at)
    return Mix(name=name, seed=seed, entries=entries, splits=splits, shard_size=shard_size, chunk_size=chunk_size,
               formats=formats, max_chars=max_chars, source=source, extra=extra)


def _parse_splits(splits: Any, at: str) -> dict[str, float]:
    if not isinstance(splits, dict) or not splits:
        raise ConfigError(f"{at}splits must be a table such as [splits] train = 0.98, validation = 0.01, test = 0.01")
    result = {}
    for name, share in splits.items():
        if name in _TOP_VALUES:  # `seed = 7` below [splits] is no split called seed
            raise _misplaced(f"{at}splits", name)
        if not _SPLIT_NAME.match(name):
            raise ConfigError(f"{at}splits.{name}: a split name may hold only letters, digits and '_'")
        if name.lower() == "all":  # Hugging Face datasets refuses to load a split of this name
            raise ConfigError(f"{at}splits.{name}: 'all' means every split to Hugging Face datasets, which "
                              f"then cannot load the corpus; name the split otherwise, e.g. train")
        if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 <= share <= 1:
            raise ConfigError(f"{at}splits.{name} = {share!r} is not allowed: use a share from 0 to 1")
        result[name] = float(share)
    if abs(sum(result.values()) - 1.0) > 1e-9:
        raise ConfigError(f"{at}splits add up to {sum(result.values()):g}, not 1; adjust the shares")
    return result


def _check_formats_get_rows(formats: tuple[str, ...], entries: tuple, at: str) -> None:
    """A format that takes verified traces only would be an empty folder no loader reads if every entry
    plants a mistake in every trace (mistakes = 1): said now, before a run, not found after it."""
    from slowthink.output.formats import FORMATS, verified_rows  # late: output depends on config, not the reverse

    if entries and all(getattr(entry.params, "mistakes", 0) >= 1 for entry in entries):
        for name in formats:
            if FORMATS[name].select is verified_rows:
                raise ConfigError(f"{at}formats: {name} takes verified traces only, and every entry has mistakes = 1, "
                                  f"so it would be empty; drop it (prm, rl and parquet take negatives) or lower mistakes")


def _parse_formats(formats: Any, at: str) -> tuple[str, ...]:
    from slowthink.output.formats import FORMATS  # late: output depends on config, not the reverse

    if not isinstance(formats, list) or not all(isinstance(f, str) for f in formats):
        raise ConfigError(f"{at}formats must be a list of names from: {', '.join(FORMATS)}")
    for name in formats:
        if name not in FORMATS:
            raise ConfigError(f"{at}formats: unknown format {name!r}; choose from {', '.join(FORMATS)}")
    return tuple(dict.fromkeys(formats))


def _check_extra(extra: dict[str, Any], at: str) -> None:
    prompt = extra.get("prompt", {})
    if not isinstance(prompt, dict):
        raise ConfigError(f"{at}prompt must be a table with keys system and answer_template")
    for key, value in prompt.items():
        if key in _TOP_VALUES:
            raise _misplaced(f"{at}prompt", key)
        if key not in ("system", "answer_template"):
            raise ConfigError(f"{at}prompt.{key}: unknown key; allowed: system, answer_template")
        if not isinstance(value, str):
            raise ConfigError(f"{at}prompt.{key} must be text")
    if "answer_template" in prompt:
        from slowthink.output.formats import Wording  # late: output depends on config, not the reverse

        problem = Wording.template_problem(prompt["answer_template"])
        if problem:
            raise ConfigError(f"{at}prompt.answer_template = {problem}")
    for key in ("description", "license", "tokenizer"):
        if key in extra and not isinstance(extra[key], str):
            raise ConfigError(f"{at}{key} must be text")
    if "tokenizer" in extra and "max_tokens" not in extra:
        raise ConfigError(f"{at}tokenizer = {extra['tokenizer']!r} does nothing without max_tokens: "
                          "set max_tokens = ..., or remove tokenizer")
    if "max_tokens" in extra:
        _int(f"{at}max_tokens", extra["max_tokens"], 1)
        if "tokenizer" not in extra:
            raise ConfigError(f"{at}max_tokens needs tokenizer = \"<name of a Hugging Face tokenizer>\"")


def _parse_entries(tasks: Any, total: Any, defaults: dict, at: str) -> tuple[Entry, ...]:
    if tasks is not None and not isinstance(tasks, dict):
        raise ConfigError(f"{at}tasks = {tasks!r} must be a table of entries, such as [tasks.\"arithmetic.add\"] "
                          "count = 100")
    if not tasks:
        raise ConfigError(f"{at}no tasks: add at least one table such as [tasks.\"arithmetic.add\"] count = 100")
    if total is not None:
        total = _int(f"{at}total", total, 1, MAX_RECORDS)
    raw = []
    for entry_name, table in tasks.items():
        where = f"{at}tasks.{entry_name}"
        if not isinstance(table, dict):
            raise ConfigError(f"{where} must be a table, e.g. [tasks.\"{entry_name}\"] count = 100")
        if not _ENTRY_NAME.match(entry_name):
            raise ConfigError(f"{where}: an entry name may hold only letters, digits and _ . : -")
        task = table.get("task", entry_name)
        if not isinstance(task, str) or task not in TASKS:
            raise ConfigError(f"{where}: unknown task {task!r}; {_task_hint(entry_name, table)}")
        if entry_name in TASKS and task != entry_name:  # else cipher records would go out under an arithmetic name
            raise ConfigError(f"{where}.task = {task!r} is not allowed: the entry is named after the task "
                              f"{entry_name!r}; give the entry another name, e.g. [tasks.\"{task}:2\"]")
        if total is None:
            if "count" not in table:
                raise ConfigError(f"{where}.count is missing: give a count, or a top-level total with weights")
            count = _int(f"{where}.count", table["count"], 0, MAX_RECORDS)
            if "weight" in table:
                raise ConfigError(f"{where}.weight = {table['weight']!r} does nothing without a top-level total: "
                                  "use count = ... here, or set total and give weights instead of counts")
        else:
            if "count" in table:
                raise ConfigError(f"{where}.count and a top-level total exclude each other: use weight = ... here")
            count = None
        weight = table.get("weight", 1)
        # 0 <= weight < inf is false for NaN too, which otherwise reaches _share_out and crashes int()
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 <= weight < math.inf or (
                isinstance(weight, int) and weight.bit_length() > 1000):  # an int no float can hold (from Python)
            raise ConfigError(f"{where}.weight = {weight!r} is not allowed: use a finite number of at least 0")
        fields = {f.name for f in dataclasses.fields(TASKS[task].params)}
        misplaced = [k for k in table if k in _TOP_VALUES and k not in fields and k not in ENTRY_KEYS]
        if misplaced:
            raise _misplaced(where, misplaced[0])
        values = {k: v for k, v in defaults.items() if k in fields}
        values.update({k: v for k, v in table.items() if k not in ENTRY_KEYS})
        from_defaults = {k: f"{at}defaults." for k in values if k not in table}  # errors name the line to change
        params = build_params(TASKS[task].params, values, f"{where}.", from_defaults)
        if getattr(params, "mistakes", 0) > 0 and TASKS[task].solve_with_mistake is None:
            raise ConfigError(f"{where}.mistakes: {task} cannot plant mistakes yet; set mistakes = 0")
        raw.append([entry_name, task, count, float(weight), params])
    unused = [k for k in defaults if not any(k in {f.name for f in dataclasses.fields(TASKS[r[1]].params)} for r in raw)]
    if unused and unused[0] in _TOP_VALUES:
        raise _misplaced(f"{at}defaults", unused[0])
    if unused:
        raise ConfigError(f"{at}defaults.{unused[0]} is not a parameter of any task in this mix")
    if total is not None:
        _share_out(raw, total, at)
    asked = sum(r[2] for r in raw)
    if asked == 0:  # an empty corpus exits 0 and breaks every later tool
        raise ConfigError(f"{at}every count is 0, so the corpus would be empty: "
                          "give at least one task a count of at least 1")
    if asked > MAX_RECORDS:
        raise ConfigError(f"{at}the counts add up to {asked} records, more than allowed: "
                          f"ask for at most {MAX_RECORDS} in all")
    return tuple(Entry(name, task, count, params) for name, task, count, _, params in raw)


def _task_hint(entry_name: str, table: dict) -> str:
    """How to name the task an entry meant: [tasks.arithmetic.add] unquoted is read by TOML as the
    table "arithmetic" holding a table "add"; "add:hard" names a task only with task = "..." ."""
    nested = next((k for k, v in table.items() if isinstance(v, dict)), None)
    if "task" not in table and nested is not None:
        return f'write the name in quotes, [tasks."{entry_name}.{nested}"]: unquoted, TOML reads its dots as nested tables'
    base = entry_name.split(":")[0]
    if "task" not in table and ":" in entry_name and base in TASKS:
        return f'an entry named other than its task says which task it is: add task = "{base}"'
    return f"known tasks: {', '.join(TASKS)}"


def _share_out(raw: list[list], total: int, at: str) -> None:
    """Counts from weights by largest remainder, so they add up to total exactly."""
    top = max(r[3] for r in raw)
    if top <= 0:
        raise ConfigError(f"{at}every weight is 0; give at least one task a positive weight")
    weights = [r[3] / top for r in raw]  # scaled to at most 1, so huge weights cannot overflow the sums
    exact = [total * w / sum(weights) for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(raw)), key=lambda i: (-(exact[i] - counts[i]), i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    for r, c in zip(raw, counts):
        r[2] = c
