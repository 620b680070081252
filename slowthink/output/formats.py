"""Exports: the corpus in the shapes fine-tuning tools read, one file per split.

Facts about each tool are in shared/FORMATS.md (checked at their sources):

  messages           {"messages": [system?, user, assistant]}   TRL SFTTrainer, axolotl chat_template, OpenAI chat
  think              the same, assistant = "<think>\\n{trace}\\n</think>\\n\\n{answer line}"   TRL, LLaMA-Factory, R1-style
  think-field        the same, assistant = {"content": answer line, "reasoning_content": trace}   axolotl
                     field_thinking, chat templates that render reasoning_content (Qwen3). Not both in one
                     message: such a template would then write the trace twice.
  prompt-completion  {"prompt", "completion"}, the prompt ending in a newline   TRL (loss on the completion only)
  sharegpt           {"conversations": [{"from": "human"|"gpt", "value"}], "system"?}   LLaMA-Factory
  alpaca             {"instruction", "input", "output", "system"?}                      LLaMA-Factory, axolotl
  prm                {"prompt", "completions": [step, ...], "labels": [bool, ...]}      TRL PRMTrainer (TRL 1.13 and
                     earlier: 1.14.0 removed it), axolotl stepwise_supervised; the prompt ends in a newline
  rl                 {"prompt": [messages], "task", "problem", "answer", "id"}          TRL GRPOTrainer + slowthink.rewards
  parquet            the corpus itself, every column, through polars

JSONL exports go to `<out>/<split>.jsonl`; chat-style ones also get a `dataset_info.json`
so LLaMA-Factory registers them when its dataset_dir points at the folder. Every export
folder gets a README.md whose YAML header names each split's file and declares the
column types, so `datasets.load_dataset(<out>)` loads every split under its own name. Only
verified records are exported, except to `prm`, which carries labelled negatives too, and
`rl`, which holds every problem once (a negative's problem with its answer solved again).
An export is written into a temporary folder and renamed into place when complete.
"""

from __future__ import annotations

import json
import shutil
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from slowthink.api import read_problem, solved_answer
from slowthink.core.extract import EXPLICIT, extract_answer
from slowthink.core.params import ConfigError
from slowthink.output.card import CORPUS_COLUMNS, Column, export_card
from slowthink.output.writer import blocked_by_file, read_jsonl, write_jsonl_atomic
from slowthink.records import RECORD_SCHEMA, record_id
from slowthink.registry import Task

DEFAULT_ANSWER_TEMPLATE = "Answer: {answer}"
NO_ANSWER = "no solution"


@dataclass(frozen=True)
class Wording:
    """How a record becomes a conversation: the system prompt and the final answer line."""

    system: str | None = None  # None: `default_system` for the template; "" leaves the system turn out
    answer_template: str = DEFAULT_ANSWER_TEMPLATE

    def __post_init__(self) -> None:
        if self.system is None:  # the default prompt asks for the answer line the template writes
            object.__setattr__(self, "system", default_system(self.answer_template))

    @classmethod
    def from_config(cls, prompt: dict | None) -> "Wording":
        prompt = prompt or {}
        return cls(prompt.get("system"), prompt.get("answer_template", DEFAULT_ANSWER_TEMPLATE))

    @staticmethod
    def template_problem(template: str) -> str | None:
        """Why an answer template would fail or change the answer (None if it is fine). It is a str.format
        template whose only field is a bare {answer} ("\\boxed{{{answer}}}" for \\boxed{42}): "{answer[0]}" or
        "{answer:.1}" would cut every answer short. Checked when the mix or the command line is read."""
        try:
            fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(template)
                      if name is not None]
        except ValueError as exc:
            return f"{template!r} is not a format template ({exc}); double any brace that is text, e.g. \"\\\\boxed{{{{{{answer}}}}}}\""
        if not fields:
            return f"{template!r} must contain {{answer}}, e.g. \"Answer: {{answer}}\""
        if any(field != ("answer", "", None) for field in fields):
            return (f"{template!r}: the only field may be a bare {{answer}}; double any brace that is text, "
                    f"e.g. \"\\\\boxed{{{{{{answer}}}}}}\"")
        for answer in ("24", "(7-8/8)*4", "we swam"):  # a model taught this line must get its reward for it
            line = template.format(answer=answer)
            found = extract_answer(f"...\n{line}")
            if found.answer != answer or found.method not in EXPLICIT:
                return (f"{template!r}: slowthink.rewards would not read the answer in {line!r}; use a line they "
                        f"read, e.g. \"Answer: {{answer}}\", \"\\\\boxed{{{{{{answer}}}}}}\" or \"<answer>{{answer}}</answer>\"")
        return None

    def answer_line(self, row: dict) -> str:
        return self.answer_template.format(answer=row["answer"] if row["answer"] is not None else NO_ANSWER)

    def reasoning(self, row: dict) -> str:
        """The trace without its own closing answer line (the template supplies the answer)."""
        steps = [s["text"] for s in row["steps"]]
        if _ends_with_answer(steps):
            steps = steps[:-1]
        return "\n".join(steps)

    def steps(self, row: dict) -> list[str]:
        """The trace's steps, its closing answer line written by the template."""
        steps = [s["text"] for s in row["steps"]]
        return steps[:-1] + [self.answer_line(row)] if _ends_with_answer(steps) else steps

    def completion(self, row: dict) -> str:
        return f"{self.reasoning(row)}\n{self.answer_line(row)}"

    def prompt_text(self, row: dict) -> str:
        """The system prompt and the question as one text, for formats without chat turns."""
        return f"{self.system}\n\n{row['question']}" if self.system else row["question"]

    def user_turns(self, row: dict) -> list[dict]:
        system = [{"role": "system", "content": self.system}] if self.system else []
        return system + [{"role": "user", "content": row["question"]}]


def default_system(answer_template: str) -> str:
    """The system prompt, asking for the final line in the form the answer template gives it."""
    line = answer_template.format(answer="...")
    return ("Think through the problem step by step: try ideas, check each step, back up when a line "
            f"fails, and end with a line of the form '{line}'.")


def _ends_with_answer(steps: list[str]) -> bool:
    return bool(steps) and steps[-1].startswith("Answer:")


def to_messages(row: dict, w: Wording) -> dict:
    return {"messages": w.user_turns(row) + [{"role": "assistant", "content": w.completion(row)}]}


def to_think(row: dict, w: Wording) -> dict:
    content = f"<think>\n{w.reasoning(row)}\n</think>\n\n{w.answer_line(row)}"
    return {"messages": w.user_turns(row) + [{"role": "assistant", "content": content}]}


def to_think_field(row: dict, w: Wording) -> dict:
    return {"messages": w.user_turns(row) + [{"role": "assistant", "content": w.answer_line(row),
                                              "reasoning_content": w.reasoning(row)}]}


def to_prompt_completion(row: dict, w: Wording) -> dict:
    """TRL joins prompt and completion as they are: the newline keeps "…p/q." and "Let me…" apart."""
    return {"prompt": w.prompt_text(row) + "\n", "completion": w.completion(row)}


def to_sharegpt(row: dict, w: Wording) -> dict:
    out = {"conversations": [{"from": "human", "value": row["question"]}, {"from": "gpt", "value": w.completion(row)}]}
    if w.system:
        out["system"] = w.system
    return out


def to_alpaca(row: dict, w: Wording) -> dict:
    out = {"instruction": row["question"], "input": "", "output": w.completion(row)}
    if w.system:
        out["system"] = w.system
    return out


def to_prm(row: dict, w: Wording) -> dict:
    """TRL's and axolotl's stepwise readers put a separator after each step, none after the prompt: its newline
    keeps "…p/q." and the first step apart."""
    return {"prompt": w.prompt_text(row) + "\n", "completions": w.steps(row),
            "labels": [bool(s["label"]) for s in row["steps"]]}


def to_rl(row: dict, w: Wording) -> dict:
    """A prompt plus the columns slowthink.rewards reads (task, problem, answer)."""
    return {"prompt": w.user_turns(row), "task": row["task"], "problem": row["problem"], "answer": row["answer"],
            "id": row["id"]}


Reader = Callable[[], Iterator[dict]]  # a split's corpus rows, read again from its shards at each call


def verified_rows(read: Reader) -> Iterator[dict]:
    """What supervised fine-tuning may learn from: the traces that are right throughout."""
    return (row for row in read() if row["verified"])


def all_rows(read: Reader) -> Iterator[dict]:
    return read()


def every_problem_once(read: Reader) -> Iterator[dict]:
    """Every problem of the split once, with a verified answer: RL needs problems, not traces.

    A negative trace is most often the only record of its problem (it is planted in the item's own
    problem), so leaving negatives out lost their problems. A verified record stands for its problem; a
    negative's problem, unless a verified record of it is in the split too, is solved again for its
    answer, and left out in the rare case that no verified answer comes (the corpus drops such problems
    too). Three passes over the split; memory holds only the negatives' problem ids."""
    negatives = {_read_problem(row)[2] for row in read() if not row["verified"]}
    covered = {row["id"] for row in read() if row["verified"] and row["id"] in negatives} if negatives else set()
    for row in read():
        if row["verified"]:
            yield row
            continue
        spec, problem, problem_id = _read_problem(row)
        if problem_id not in covered:
            verified, answer = solved_answer(spec, problem)
            if verified:
                yield {**row, "answer": answer}


def _read_problem(row: dict) -> tuple[Task, dict, str]:
    """A row's task, its problem, and the id a verified record of that problem has (a negative's own id
    marks it as one)."""
    spec, problem = read_problem(row["task"], row["problem"])
    return spec, problem, record_id(row["task"], spec.problem_key(problem))


@dataclass(frozen=True)
class Format:
    convert: Callable[[dict, Wording], dict] | None  # None: written by polars (parquet)
    columns: dict[str, Column]  # each column's type, declared in the folder's README.md for `datasets`
    select: Callable[[Reader], Iterator[dict]] = verified_rows  # which rows of a split are converted
    llama_factory: dict | None = None  # dataset_info.json entry (without file_name)

    def columns_for(self, wording: Wording) -> dict[str, Column]:
        """The columns a row has: the system column only where there is a system prompt."""
        return {k: v for k, v in self.columns.items() if k != "system" or wording.system}


_CHAT_TAGS = {"role_tag": "role", "content_tag": "content", "user_tag": "user", "assistant_tag": "assistant",
              "system_tag": "system"}

_SHAREGPT_TAGS = {"role_tag": "from", "content_tag": "value", "user_tag": "human", "assistant_tag": "gpt"}
_TEXT = "string"  # the column types `datasets` is told (card.Column)
_MESSAGE = {"role": _TEXT, "content": _TEXT}

FORMATS: dict[str, Format] = {
    "messages": Format(to_messages, {"messages": [_MESSAGE]}, llama_factory={
        "formatting": "sharegpt", "columns": {"messages": "messages"}, "tags": _CHAT_TAGS}),
    "think": Format(to_think, {"messages": [_MESSAGE]}, llama_factory={
        "formatting": "sharegpt", "columns": {"messages": "messages"}, "tags": _CHAT_TAGS}),
    "think-field": Format(to_think_field, {"messages": [{**_MESSAGE, "reasoning_content": _TEXT}]}),
    "prompt-completion": Format(to_prompt_completion, {"prompt": _TEXT, "completion": _TEXT}),
    "sharegpt": Format(to_sharegpt, {"conversations": [{"from": _TEXT, "value": _TEXT}], "system": _TEXT},
                       llama_factory={"formatting": "sharegpt",
                                      "columns": {"messages": "conversations", "system": "system"},
                                      "tags": _SHAREGPT_TAGS}),
    "alpaca": Format(to_alpaca, {"instruction": _TEXT, "input": _TEXT, "output": _TEXT, "system": _TEXT},
                     llama_factory={"formatting": "alpaca", "columns": {
                         "prompt": "instruction", "query": "input", "response": "output", "system": "system"}}),
    "prm": Format(to_prm, {"prompt": _TEXT, "completions": [_TEXT], "labels": ["bool"]}, select=all_rows),
    "rl": Format(to_rl, {"prompt": [_MESSAGE], "task": _TEXT, "problem": _TEXT, "answer": _TEXT, "id": _TEXT},
                 select=every_problem_once),
    "parquet": Format(None, CORPUS_COLUMNS, select=all_rows),
}


def corpus_rows(folder: Path, manifest: dict, split: str) -> Iterator[dict]:
    for shard in manifest["shards"]:
        if shard["split"] == split:
            yield from read_jsonl(folder / shard["path"])


def export(folder: str | Path, manifest: dict, name: str, out: str | Path, wording: Wording | None = None,
           progress: bool = False) -> dict:
    """Write one format of the corpus into `out` (which must not exist); returns files and counts."""
    folder, out = Path(folder), Path(out)
    if name not in FORMATS:
        raise ConfigError(f"--format {name!r}: unknown format; choose from {', '.join(FORMATS)}")
    if out.exists():
        raise ConfigError(f"--out {out}: already exists; choose a new path or delete it first")
    if blocked_by_file(out):
        raise ConfigError(f"--out {out}: {blocked_by_file(out)} is a file, not a folder; choose another path")
    wording = wording or Wording.from_config(manifest["config"].get("prompt"))
    spec = FORMATS[name]
    tmp = out.with_name(f".{out.name}.partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    files: dict[str, dict] = {}
    try:
        for split in (s for s in manifest["splits"] if manifest["splits"][s]["records"]):
            def read(split: str = split) -> Iterator[dict]:
                return tqdm(corpus_rows(folder, manifest, split), total=manifest["splits"][split]["records"],
                            unit="rec", desc=f"{name} {split}", disable=not progress)

            rows = spec.select(read)
            if spec.convert is None:
                files[split] = {"file": f"{split}.parquet", "records": _write_parquet(folder, manifest, split,
                                                                                      tmp / f"{split}.parquet")}
            else:
                count = write_jsonl_atomic(tmp / f"{split}.jsonl", (spec.convert(r, wording) for r in rows))
                if not count:  # every record of the split was a negative: no empty file a loader fails on
                    (tmp / f"{split}.jsonl").unlink()
                    continue
                files[split] = {"file": f"{split}.jsonl", "records": count}
        if spec.llama_factory is not None:
            entry = dict(spec.llama_factory)
            if not wording.system:  # no system column: LLaMA-Factory reads a mapped column as example["system"]
                entry["columns"] = {k: v for k, v in entry["columns"].items() if k != "system"}
            info = {f"{manifest['name']}_{name.replace('-', '_')}_{split}": {"file_name": f["file"], **entry}
                    for split, f in files.items()}
            (tmp / "dataset_info.json").write_text(json.dumps(info, indent=2) + "\n")
        if files:  # with no file, there is nothing for `datasets` to load
            sizes = {split: (tmp / f["file"]).stat().st_size for split, f in files.items()}
            card = export_card(manifest, name, files, spec.columns_for(wording), sizes)
            (tmp / "README.md").write_text(card, encoding="utf-8")
        tmp.rename(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"format": name, "files": files}


def _write_parquet(folder: Path, manifest: dict, split: str, path: Path) -> int:
    import polars as pl

    paths = [str(folder / s["path"]) for s in manifest["shards"] if s["split"] == split]
    frame = pl.scan_ndjson(paths, schema=corpus_schema())
    frame.sink_parquet(path)
    return pl.scan_parquet(path).select(pl.len()).collect().item()


def corpus_schema():
    """The polars schema of a corpus row: the same for every task (see records.RECORD_SCHEMA)."""
    import polars as pl

    types = {"string": pl.String, "string?": pl.String, "bool": pl.Boolean, "int": pl.Int64, "int?": pl.Int64,
             "steps": pl.List(pl.Struct({"text": pl.String, "label": pl.Boolean}))}
    return {name: types[kind] for name, kind in RECORD_SCHEMA.items()}
