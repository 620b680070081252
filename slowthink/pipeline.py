"""From a mix to a corpus folder: plan chunks, run them, merge into shards, write the manifest.

    mix ──► chunks (entry, start, stop) ──► executor runs `run_chunk` ──► merge in chunk order ──► shards
                                               │ writes .work/<hash>/NNN-NNNNNN.jsonl + a done marker
                                               └ a rerun of the same mix skips finished chunks (resume)

The merge drops duplicate problems (a problem's split comes from its hash, so a
duplicate is always in the same split) and streams lines into per-split shard
writers, so memory holds only the set of ids seen. The manifest is written last;
a folder with a manifest is a finished corpus.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from tqdm import tqdm

from slowthink import __version__
from slowthink.api import make_item
from slowthink.config import Entry, Mix
from slowthink.core.params import ConfigError
from slowthink.executors import LocalExecutor
from slowthink.output.writer import BUFFER, ShardWriter, dump_line
from slowthink.records import to_row
from slowthink.registry import get_task

WORK_DIR = ".work"
MANIFEST = "manifest.json"
KEEP_REJECTIONS = 20  # reasons kept per chunk, to show in the manifest


@dataclass(frozen=True)
class ChunkJob:
    entry: Entry
    entry_number: int
    seed: int
    start: int  # first item index (inclusive)
    stop: int  # last item index (exclusive)
    splits: dict[str, float]
    max_chars: int | None
    path: str  # where the chunk's records go

    @property
    def marker(self) -> Path:
        return Path(self.path).with_suffix(".done.json")


def mix_hash(mix: Mix) -> str:
    """Identifies the work: the same hash means the same records, so finished chunks can be reused."""
    payload = json.dumps({"mix": mix.to_dict(), "version": __version__}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def plan_chunks(mix: Mix, work: Path) -> list[ChunkJob]:
    jobs = []
    for number, entry in enumerate(mix.entries):
        for k, start in enumerate(range(0, entry.count, mix.chunk_size)):
            stop = min(entry.count, start + mix.chunk_size)
            path = work / f"{number:03d}-{k:06d}.jsonl"
            jobs.append(ChunkJob(entry, number, mix.seed, start, stop, mix.splits, mix.max_chars, str(path)))
    return jobs


def run_chunk(job: ChunkJob) -> dict[str, Any]:
    """Make, check and write one chunk's records; reuse them if a previous run finished this chunk."""
    if job.marker.exists():
        return json.loads(job.marker.read_text())
    task = get_task(job.entry.task)
    stats = {"path": job.path, "entry": job.entry.name, "task": task.name, "generated": 0, "kept": 0,
             "rejected": 0, "too_long": 0, "rejections": []}
    tmp = Path(job.path + ".partial")
    with open(tmp, "wb", buffering=BUFFER) as fp:
        for index in range(job.start, job.stop):
            record, reason = make_item(task, job.entry.params, job.entry.name, job.seed, index, job.splits)
            stats["generated"] += 1
            if reason:
                stats["rejected"] += 1
                if len(stats["rejections"]) < KEEP_REJECTIONS:
                    stats["rejections"].append({"task": task.name, "index": index, "reason": reason[:300]})
                continue
            if job.max_chars is not None and record["n_chars"] > job.max_chars:
                stats["too_long"] += 1
                continue
            fp.write(dump_line(to_row(record)))
            stats["kept"] += 1
    tmp.replace(job.path)
    job.marker.write_text(json.dumps(stats))  # written last: its presence means the chunk is complete
    return stats


def _prepare(out: Path, mix: Mix, overwrite: bool) -> Path:
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out}: exists and is not a folder; choose another path")
    if (out / MANIFEST).exists():
        if not overwrite:
            raise ConfigError(f"--out {out}: already holds a corpus; pass --overwrite or choose another folder")
        remove_corpus(out)
    work = out / WORK_DIR / mix_hash(mix)
    # work from an older, different mix cannot be resumed: clear it
    if (out / WORK_DIR).exists():
        for old in (out / WORK_DIR).iterdir():
            if old != work:
                shutil.rmtree(old, ignore_errors=True)
    for stale in (out / "data").glob("*.jsonl") if (out / "data").exists() else []:
        stale.unlink()
    work.mkdir(parents=True, exist_ok=True)
    return work


def remove_corpus(out: Path) -> None:
    """Delete what slowthink wrote in a corpus folder, and nothing else."""
    for name in ("data", "exports", WORK_DIR):
        shutil.rmtree(out / name, ignore_errors=True)
    for name in (MANIFEST, "README.md", "report.html"):
        (out / name).unlink(missing_ok=True)


class _Merge:
    """Consumes finished chunks in order: drops duplicates, fills shards, counts everything."""

    def __init__(self, out: Path, mix: Mix):
        self.out, self.mix = out, mix
        self.writers: dict[str, ShardWriter] = {s: ShardWriter(out, s, mix.shard_size) for s in mix.splits}
        self.seen: set[str] = set()
        self.counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.by_split: dict[str, dict[str, int]] = {s: defaultdict(int) for s in mix.splits}
        self.rejections: list[dict] = []

    def add(self, stats: dict[str, Any]) -> None:
        task = stats["task"]
        for key in ("generated", "rejected", "too_long"):
            self.counts[task][key] += stats[key]
        if len(self.rejections) < KEEP_REJECTIONS:
            self.rejections.extend(stats["rejections"][: KEEP_REJECTIONS - len(self.rejections)])
        with open(stats["path"], "rb") as fp:
            for line in fp:
                row = orjson.loads(line)
                if row["id"] in self.seen:
                    self.counts[task]["duplicates"] += 1
                    continue
                self.seen.add(row["id"])
                self.writers[row["split"]].write(line)
                self.counts[task]["kept"] += 1
                self.by_split[row["split"]][task] += 1

    def finish(self) -> list[dict]:
        return [info.to_dict() for s in self.mix.splits for info in self.writers[s].close()]

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.abort()


def generate_corpus(mix: Mix, out: str | Path, workers: int = 1, quiet: bool = False, overwrite: bool = False,
                    executor: Any = None, after: Callable[[Path, dict], None] | None = None) -> dict:
    """Write the corpus for a mix into `out`; returns the manifest. Resumes an interrupted run of the same mix."""
    out = Path(out)
    work = _prepare(out, mix, overwrite)
    jobs = plan_chunks(mix, work)
    executor = executor or LocalExecutor(workers)
    merge = _Merge(out, mix)
    show = not quiet and sys.stderr.isatty()
    with tqdm(total=mix.total, unit="rec", desc=f"generating {mix.name}", disable=not show) as bar:
        try:
            for stats in executor.map(run_chunk, jobs):
                merge.add(stats)
                bar.update(stats["generated"])
        except BaseException:
            merge.abort()
            raise
    shards = merge.finish()
    manifest = build_manifest(mix, merge, shards)
    if after is not None:
        after(out, manifest)  # exports and the dataset card, before the manifest marks the corpus finished
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.rmtree(out / WORK_DIR, ignore_errors=True)
    return manifest


def build_manifest(mix: Mix, merge: _Merge, shards: list[dict]) -> dict:
    requested = defaultdict(int)
    for entry in mix.entries:
        requested[entry.task] += entry.count
    counts = {task: {"requested": requested[task], "generated": 0, "kept": 0, "rejected": 0, "duplicates": 0,
                     "too_long": 0, **merge.counts.get(task, {})} for task in requested}
    return {
        "format": "slowthink-corpus/1",
        "slowthink_version": __version__,
        "name": mix.name,
        "seed": mix.seed,
        "mix_hash": mix_hash(mix),
        "source": mix.source,
        "records": sum(c["kept"] for c in counts.values()),
        "counts": counts,
        "splits": {s: dict(sorted(t.items())) for s, t in merge.by_split.items()},
        "shards": shards,
        "rejections": merge.rejections,
        "config": mix.to_dict(),
    }


def read_manifest(folder: str | Path) -> dict:
    """The manifest of a finished corpus, or a ConfigError saying why the folder is not one."""
    folder = Path(folder)
    path = folder / MANIFEST
    if not folder.is_dir():
        raise ConfigError(f"{folder}: no such folder; give the --out folder of `slowthink generate`")
    if not path.is_file():
        raise ConfigError(f"{folder}: not a slowthink corpus (no {MANIFEST}); run `slowthink generate` first")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        raise ConfigError(f"{path}: not valid JSON; regenerate the corpus") from None
