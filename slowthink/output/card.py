"""The dataset card: README.md in the corpus folder, with the YAML header `datasets` reads.

`datasets.load_dataset("output/<name>")` reads `configs` / `data_files` from the
header to find every split under its right name, and `dataset_info.features` to
type every column up front (Arrow would otherwise guess per file, and a column that
is all null in one shard would clash with another). Below the header: what is in
the corpus, how it was made, how to load it, and a few examples.
The YAML is written by hand (flat and quoted), so no YAML library is needed.
"""

from __future__ import annotations

import json
from pathlib import Path

from slowthink.records import RECORD_SCHEMA

SIZE_CATEGORIES = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
                   (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M")]
DESCRIPTIONS = {
    "arithmetic": "written arithmetic: every carry, borrow, partial product and remainder, then a check by another route",
    "countdown": "the 24 game and Countdown: search with proposals, dead ends and backtracking, then a check",
    "cipher": "ciphers from one example: hypotheses tested with letter positions, rejected or confirmed, then decoding",
}


def size_category(n: int) -> str:
    for limit, name in SIZE_CATEGORIES:
        if n < limit:
            return name
    return "n>100M"


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar


# a column's type for `datasets`: "string", "bool" or "int64"; [type] a list of them; {name: type} a struct
Column = str | list | dict
CORPUS_COLUMNS: dict[str, Column] = {
    name: {"string": "string", "string?": "string", "bool": "bool", "int": "int64", "int?": "int64",
           "steps": [{"text": "string", "label": "bool"}]}[kind] for name, kind in RECORD_SCHEMA.items()}


def features_yaml(columns: dict[str, Column], pad: str = "  ") -> list[str]:
    """The YAML `datasets` reads as Features, in the shape its own `Features._to_yaml_list` writes."""
    lines = []
    for name, kind in columns.items():
        lines.append(f"{pad}- name: {name}")
        if isinstance(kind, str):
            lines.append(f"{pad}  dtype: {kind}")
        elif isinstance(kind, list) and isinstance(kind[0], str):
            lines.append(f"{pad}  list: {kind[0]}")
        elif isinstance(kind, list):
            lines += [f"{pad}  list:", *features_yaml(kind[0], pad + "  ")]
        else:
            lines += [f"{pad}  struct:", *features_yaml(kind, pad + "  ")]
    return lines


def dataset_info_yaml(columns: dict[str, Column], sizes: dict[str, tuple[int, int]]) -> list[str]:
    """`dataset_info`: every column's type, so `datasets` does not guess it per file (a column all null in
    one file would clash with the next), and each split's bytes and rows: they change whenever the
    files do, and with them the `datasets` cache key, so a folder regenerated in place is never served
    from a stale cache."""
    lines = ["dataset_info:", "  config_name: default", "  features:", *features_yaml(columns), "  splits:"]
    for split, (size, rows) in sizes.items():
        lines += [f"  - name: {split}", f"    num_bytes: {size}", f"    num_examples: {rows}"]
    return lines + [f"  download_size: {sum(size for size, _ in sizes.values())}"]


def configs_yaml(paths: dict[str, str]) -> list[str]:
    """`configs`: every split under its own name. Without it `datasets` guesses splits from file names,
    which renames dev.jsonl to validation and drops heldout.jsonl."""
    lines = ["configs:", "- config_name: default", "  data_files:"]
    for split, path in paths.items():
        lines += [f"  - split: {split}", f"    path: {_q(path)}"]
    return lines


# the columns that may be null, typed for polars, which would otherwise type them Null from a first shard
# holding only nulls and then fail on the next shard's first value
_NULLABLE = "{" + ", ".join(f'"{name}": pl.{"String" if kind == "string?" else "Int64"}'
                            for name, kind in RECORD_SCHEMA.items() if kind.endswith("?")) + "}"


def card_header(manifest: dict) -> str:
    config = manifest["config"]
    splits = [s for s, info in manifest["splits"].items() if info["records"]]
    languages = sorted({e["params"].get("language", "en") for e in config["entries"]})
    lines = ["---", f"pretty_name: {_q('slowthink: ' + manifest['name'])}",
             f"license: {config.get('license', 'apache-2.0')}", "language:"]
    lines += [f"- {lang}" for lang in languages]
    lines += ["task_categories:", "- text-generation", "tags:"]
    lines += [f"- {t}" for t in ("reasoning", "chain-of-thought", "process-supervision", "synthetic", "slowthink")]
    lines += ["size_categories:", f"- {size_category(manifest['records'])}"]
    lines += configs_yaml({split: f"data/{split}-*.jsonl" for split in splits})
    sizes = {split: (sum(shard["bytes"] for shard in manifest["shards"] if shard["split"] == split),
                     manifest["splits"][split]["records"]) for split in splits}
    lines += [*dataset_info_yaml(CORPUS_COLUMNS, sizes), "---"]
    return "\n".join(lines) + "\n"


def card_body(manifest: dict, examples: dict[str, dict]) -> str:
    config = manifest["config"]
    families = sorted({task.split(".")[0] for task in manifest["counts"]})
    out = [f"# slowthink corpus: {manifest['name']}", ""]
    if config.get("description"):
        out += [config["description"], ""]
    out += ["Verified slow-reasoning traces made by [slowthink](https://pypi.org/project/slowthink/): each record is a "
            "problem, a step-by-step trace that reaches the right answer the way a careful person does, and the answer. "
            "An exact verifier checked the answer and every equation in every step; records that failed were dropped "
            "and counted below.", ""]
    out += [f"- **{f}**: {DESCRIPTIONS.get(f, '')}" for f in families]
    out += ["", "## Contents", "", "| task | records | rejected | duplicates dropped | too long |", "| --- | ---: | ---: | ---: | ---: |"]
    for task, c in sorted(manifest["counts"].items()):
        out.append(f"| `{task}` | {c['kept']} | {c['rejected']} | {c['duplicates']} | {c['too_long']} |")
    negatives = sum(c.get("negatives", 0) for c in manifest["counts"].values())
    if negatives:
        out += ["", f"{negatives} of the records are negative traces for process-reward training: one planted "
                "mistake each (`mistake_step`), `verified` false, step labels false from the mistake on. "
                "Filter on `verified` for supervised fine-tuning; the `prm` export keeps both kinds."]
    out += ["", "| split | records |", "| --- | ---: |"]
    out += [f"| {s} | {info['records']} |" for s, info in manifest["splits"].items()]
    out += ["", "A record's split is decided by a hash of its canonical problem, so no problem appears in two "
            "splits; duplicate problems inside a split were dropped.", "", "## How it was made", "",
            f"- slowthink {manifest['slowthink_version']}, seed {manifest['seed']}, mix `{manifest['source']}` "
            f"(hash `{manifest['mix_hash']}`): regenerating with the same mix and seed gives byte-identical shards.",
            "- Entries and parameters:", ""]
    for entry in config["entries"]:
        params = ", ".join(f"{k}={json.dumps(v)}" for k, v in entry["params"].items())
        out.append(f"  - `{entry['name']}` ({entry['task']}, {entry['count']} requested): {params}")
    out += ["", "## Loading", "", "```python", "from datasets import load_dataset",
            f"ds = load_dataset(\"path/to/{manifest['name']}\")      # every split, typed columns",
            "import json; problem = json.loads(ds[\"train\"][0][\"problem\"])", "",
            "import polars as pl", "df = pl.scan_ndjson(\"path/to/" + manifest["name"] + "/data/*.jsonl\",",
            f"                     schema_overrides={_NULLABLE}).collect()  # a shard may hold only nulls there", "```",
            "", "## Fields", "", "| field | type | meaning |", "| --- | --- | --- |"]
    meanings = {"problem": "the task's problem as JSON text", "steps": "list of {text, label}: the trace, one step each",
                "answer": "the verified answer as text (null: no solution exists)",
                "difficulty": "task-specific measured difficulty as JSON text", "verified": "answer and every step checked",
                "split": "train / validation / test by problem hash", "id": "stable id from task and problem",
                "mistake_step": "negative traces: index of the planted mistake (labels are false from there); else null",
                "entry": "the mix entry that made the record (entries may share a task)",
                "answer_correct": "the answer alone verifies (a negative trace's slip may leave it right)"}
    for name, kind in RECORD_SCHEMA.items():
        out.append(f"| `{name}` | {kind} | {meanings.get(name, '')} |")
    if manifest.get("exports"):
        out += ["", "## Exports", ""]
        for name, info in manifest["exports"].items():
            out.append(f"- `exports/{name}/`: " + ", ".join(f"{f['file']} ({f['records']})" for f in info["files"].values()))
    if examples:
        out += ["", "## Examples", ""]
        for task, row in sorted(examples.items()):
            trace = row["trace"] if len(row["trace"]) < 2500 else row["trace"][:2500] + "\n…"
            out += [f"### `{task}`", "", f"**Question.** {row['question']}", "", "```", trace, "```", ""]
    return "\n".join(out) + "\n"


def write_card(folder: Path, manifest: dict, examples: dict[str, dict]) -> None:
    text = card_header(manifest) + "\n" + card_body(manifest, examples)
    tmp = folder / ".README.md.partial"
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(folder / "README.md")


def export_card(manifest: dict, name: str, files: dict[str, dict], columns: dict[str, Column],
                sizes: dict[str, int]) -> str:
    """README.md of an export folder: `datasets.load_dataset(folder)` then finds every split under its own
    name (a mix may call them dev or heldout) with the export's column types. `sizes`: bytes per split."""
    title = f"slowthink: {manifest['name']} ({name})"
    lines = ["---", f"pretty_name: {_q(title)}", f"license: {manifest['config'].get('license', 'apache-2.0')}"]
    lines += configs_yaml({split: f["file"] for split, f in files.items()})
    lines += [*dataset_info_yaml(columns, {s: (sizes[s], f["records"]) for s, f in files.items()}), "---", ""]
    lines += [f"# slowthink corpus `{manifest['name']}`, exported as `{name}`", "",
              f"One file per split, made by slowthink {manifest['slowthink_version']} from the corpus "
              f"`{manifest['name']}` (seed {manifest['seed']}, mix hash `{manifest.get('mix_hash', '?')}`); "
              f"its own card says how it was made.", "", "```python", "from datasets import load_dataset",
              f"ds = load_dataset(\"path/to/this/folder\")  # {', '.join(files)}: typed columns", "```", ""]
    return "\n".join(lines)
