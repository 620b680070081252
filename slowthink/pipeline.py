"""From a mix to a corpus folder: plan chunks, run them, merge into shards, write the manifest.

    mix ──► chunks (entry, start, stop) ──► executor runs `run_chunk` ──► merge in chunk order ──► shards
                                               │ writes .work/<hash>/NNN-NNNNNN.jsonl + a done marker
                                               └ a rerun of the same mix skips finished chunks (resume)

The merge drops duplicate problems (a problem's split comes from its hash, so a
duplicate is always in the same split) and streams lines into per-split shard
writers, so memory holds only the set of ids seen. Shards are merged into
.work/<hash>/merged/data and moved to data/ only when the exports and the card are
done, just before the manifest: an interrupted run leaves no shard where a loader
(`datasets.load_dataset(folder)`) would take it for the corpus. The manifest is
written last; a folder with a manifest is a finished corpus.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import shutil
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
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
from slowthink.output.corpus import EXPORTS, finish_corpus
from slowthink.output.formats import FORMATS
from slowthink.output.tokens import token_counter
from slowthink.output.writer import BUFFER, ShardWriter, blocked_by_file, dump_line
from slowthink.records import to_row
from slowthink.registry import get_task

WORK_DIR = ".work"
WORK_MARKER = "slowthink-run.json"  # in .work: this folder is a run of ours, to resume or to clean up
MERGED = "merged"  # under .work/<hash>: the shards, until the corpus is finished
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
    max_tokens: int | None = None
    tokenizer: str | None = None

    @property
    def marker(self) -> Path:
        return Path(self.path).with_suffix(".done.json")


def mix_hash(mix: Mix) -> str:
    """Identifies the work: the same hash means the same records, so finished chunks can be reused."""
    payload = json.dumps({"mix": mix.to_dict(), "version": __version__}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def plan_chunks(mix: Mix, work: Path) -> Iterator[ChunkJob]:
    """The mix's chunks in order, each made when it is wanted: chunk_size = 1 with a billion items is a
    billion chunks, which listed up front would take time and memory before any work began."""
    for number, entry in enumerate(mix.entries):
        for k, start in enumerate(range(0, entry.count, mix.chunk_size)):
            stop = min(entry.count, start + mix.chunk_size)
            path = work / f"{number:03d}-{k:06d}.jsonl"
            yield ChunkJob(entry, number, mix.seed, start, stop, mix.splits, mix.max_chars, str(path),
                           mix.extra.get("max_tokens"), mix.extra.get("tokenizer"))


def run_chunk(job: ChunkJob) -> dict[str, Any]:
    """Make, check and write one chunk's records; reuse them if a previous run finished this chunk."""
    if job.marker.exists() and Path(job.path).exists():  # both: a work folder half deleted is no finished chunk
        return json.loads(job.marker.read_text())
    task = get_task(job.entry.task)
    dropped: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # split -> reason -> count
    stats = {"path": job.path, "entry": job.entry.name, "task": task.name, "generated": 0, "rejections": []}
    too_long = length_filter(job)
    tmp = Path(job.path + ".partial")
    with open(tmp, "wb", buffering=BUFFER) as fp:
        for index in range(job.start, job.stop):
            try:
                record, reason = make_item(task, job.entry.params, job.entry.name, job.seed, index, job.splits)
            except ConfigError as exc:  # settings no problem satisfies, found only by drawing: say whose
                raise ConfigError(f"tasks.{job.entry.name}: {exc}") from None
            stats["generated"] += 1
            if too_long(record):  # first: a trace of megabytes may run out of what its labels may check
                dropped[record["split"]]["too_long"] += 1
            elif reason:
                dropped[record["split"]]["rejected"] += 1
                if len(stats["rejections"]) < KEEP_REJECTIONS:
                    stats["rejections"].append({"task": task.name, "index": index, "reason": reason[:300]})
            else:
                fp.write(dump_line(to_row(record)))
    tmp.replace(job.path)
    stats["dropped"] = {split: dict(reasons) for split, reasons in dropped.items()}
    job.marker.write_text(json.dumps(stats))  # written last: its presence means the chunk is complete
    return stats


def length_filter(job: ChunkJob) -> Callable[[dict], bool]:
    """True for records over the mix's max_chars or max_tokens (the trace is what gets trained on)."""
    count_tokens = token_counter(job.tokenizer) if job.max_tokens else None

    def too_long(record: dict) -> bool:
        if job.max_chars is not None and record["n_chars"] > job.max_chars:
            return True
        return count_tokens is not None and count_tokens(record["trace"]) > job.max_tokens

    return too_long


def _prepare(out: Path, mix: Mix, overwrite: bool) -> Path:
    """The work folder for this mix in `out`. Only what slowthink wrote is ever deleted: a finished
    corpus (with --overwrite) or an interrupted run's work; any other folder must be new or empty."""
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out}: exists and is not a folder; choose another path")
    if blocked_by_file(out):
        raise ConfigError(f"--out {out}: {blocked_by_file(out)} is a file, not a folder; choose another path")
    if (out / WORK_DIR).is_dir() and not any((out / WORK_DIR).iterdir()):
        (out / WORK_DIR).rmdir()  # what a run killed as it removed its work may leave (`_remove_work`): nothing
    if (out / MANIFEST).exists():
        if not overwrite and (out / WORK_DIR / WORK_MARKER).is_file():  # a run cut short, at its end or replacing it
            raise ConfigError(f"--out {out}: already holds a corpus, beside {out / WORK_DIR} left by a run that was "
                              f"cut short; pass --overwrite to run again (the corpus stays as it is until the new "
                              f"one is ready), or delete {out / WORK_DIR} to keep the corpus as it is")
        if not overwrite:
            raise ConfigError(f"--out {out}: already holds a corpus; pass --overwrite or choose another folder")
        # checked now, before any work; the old corpus stays whole and loadable until the new one is
        # ready to take its place (`_install`), so a run that fails or is cut short leaves it as it was
        _refuse_foreign_data(out, _our_splits(out, mix))
    elif (out / WORK_DIR / WORK_MARKER).is_file():
        # an interrupted run of ours: what it began past its chunks (exports, the card, shards being
        # moved into place) is redone; work from an older, different mix cannot be resumed
        splits = _our_splits(out, mix)
        _refuse_foreign_data(out, splits)
        _remove_shards_and_exports(out, splits)
        (out / "README.md").unlink(missing_ok=True)
    elif out.is_dir() and any(out.iterdir()):
        unmarked = " (its .work has no slowthink-run.json: not a run of this version to resume)" \
            if (out / WORK_DIR).is_dir() else ""
        raise ConfigError(f"--out {out}: a folder that is not empty and holds no slowthink corpus{unmarked}; "
                          f"choose a new or empty folder, or delete this one")
    work = out / WORK_DIR / mix_hash(mix)
    if (out / WORK_DIR / WORK_MARKER).is_file():
        for old in (out / WORK_DIR).iterdir():
            if old != work and old.name != WORK_MARKER:
                shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(work / MERGED, ignore_errors=True)  # the merge always starts again from the chunks
    # the marker before any work: a run killed at any point after this leaves work a later run knows as its
    # own. Its splits say which files in data/ and exports/<format>/ this run writes, should it be interrupted
    (out / WORK_DIR).mkdir(parents=True, exist_ok=True)
    (out / WORK_DIR / WORK_MARKER).write_text(json.dumps({"slowthink": __version__, "splits": list(mix.splits)}) + "\n")
    work.mkdir(exist_ok=True)
    return work


def _remove_work(out: Path) -> None:
    """Delete the work folder, its marker last: a run killed while deleting it (a large run's chunks take a
    while) leaves work still marked as a run of ours, which the next run takes up, never a folder it must
    refuse as someone else's."""
    work = out / WORK_DIR
    if not work.is_dir():
        return
    for path in work.iterdir():
        if path.name == WORK_MARKER:
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    if any(path.name != WORK_MARKER for path in work.iterdir()):  # something could not be deleted: ours still
        return
    (work / WORK_MARKER).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        work.rmdir()


def _our_splits(out: Path, mix: Mix) -> set[str]:
    """The splits whose files in data/ and exports/<format>/ slowthink wrote in `out`: the finished corpus's
    (its manifest), else the interrupted run's (its work marker), else this mix's. A file is judged by these
    names, never by its shape alone: `scraped-00001.jsonl` or `notes.jsonl` of yours is not a shard or an export."""
    for path in (out / MANIFEST, out / WORK_DIR / WORK_MARKER):
        try:
            splits = json.loads(path.read_text(encoding="utf-8")).get("splits")
        except (OSError, ValueError, AttributeError):  # absent, or not the JSON object we wrote
            continue
        if isinstance(splits, (dict, list)) and splits and all(isinstance(s, str) for s in splits):
            return set(splits)
    return set(mix.splits)


def remove_corpus(out: Path, splits: set[str]) -> None:
    """Delete what slowthink wrote in a corpus folder, and nothing else: a folder of your own
    under exports/ stays (a file of yours in data/ or in exports/<format>/, which are removed
    whole, is what `_refuse_foreign_data` stops a run for first)."""
    _remove_shards_and_exports(out, splits)
    _remove_work(out)
    for name in (MANIFEST, "README.md", "report.html"):
        (out / name).unlink(missing_ok=True)


_SHARD_NAME = re.compile(r"^\.?(\w+(?:\.\w+)*)-\d{5}\.jsonl(?:\.partial)?$")  # data/<split>-NNNNN.jsonl, or its temp


def _is_shard(name: str, splits: set[str]) -> bool:
    match = _SHARD_NAME.match(name)
    return bool(match) and match.group(1) in splits


def _is_export_file(name: str, splits: set[str]) -> bool:
    """An export's own files: README.md, dataset_info.json and <split>.jsonl / <split>.parquet."""
    stem, _, suffix = name.rpartition(".")
    return name in ("README.md", "dataset_info.json") or (suffix in ("jsonl", "parquet") and stem in splits)


def _remove_shards_and_exports(out: Path, splits: set[str]) -> None:
    """The shards in data/ and the exports/<format> folders (slowthink's own names), then each
    folder if that left it empty."""
    data, exports = out / "data", out / EXPORTS
    if data.is_dir():
        for path in data.iterdir():
            if path.is_file() and _is_shard(path.name, splits):
                path.unlink()
    for name in FORMATS:
        shutil.rmtree(exports / name, ignore_errors=True)
        shutil.rmtree(exports / f".{name}.partial", ignore_errors=True)
    for folder in (data, exports):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


def _refuse_foreign_data(out: Path, splits: set[str]) -> None:
    """The finished corpus's data/ takes the place of the old one whole, and so does each
    exports/<format>/ folder, so a file in one that slowthink did not write stops the run
    before anything is deleted."""
    data = out / "data"
    foreign = sorted(p.name for p in data.iterdir() if not _is_shard(p.name, splits)) if data.is_dir() else []
    if foreign:
        raise ConfigError(f"--out {out}: data/{foreign[0]} was not written by slowthink, and data/ will hold "
                          f"the new corpus's shards only; move it out of {data}, then run again")
    for name in FORMATS:
        folder = out / EXPORTS / name
        if folder.is_dir():
            foreign = sorted(p.name for p in folder.iterdir() if not (p.is_file() and _is_export_file(p.name, splits)))
            if foreign:
                raise ConfigError(f"--out {out}: {EXPORTS}/{name}/{foreign[0]} was not written by slowthink, and "
                                  f"{EXPORTS}/{name}/ is replaced whole; move it out of {folder}, then run again")


OUTCOMES = ("kept", "negatives", "rejected", "duplicates", "too_long")  # negatives: kept traces with a planted mistake


class _Merge:
    """Consumes finished chunks in order: drops duplicates, fills shards, counts everything."""

    def __init__(self, out: Path, mix: Mix):
        self.out, self.mix = out, mix
        self.writers: dict[str, ShardWriter] = {s: ShardWriter(out, s, mix.shard_size) for s in mix.splits}
        self.seen: set[int] = set()  # ids as ints: the one thing that grows with the corpus (~60 bytes a record)
        self.generated: dict[str, int] = defaultdict(int)
        # split -> task -> outcome -> count
        self.counts: dict[str, dict[str, dict[str, int]]] = {
            s: defaultdict(lambda: dict.fromkeys(OUTCOMES, 0)) for s in mix.splits}
        # entry -> outcome -> count, over every split: what each entry of the mix gave ("game24:full" beside
        # "game24", which share deals), where `counts` sums the entries of a task
        self.by_entry: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
        self.rejections: list[dict] = []
        self.examples: dict[str, dict] = {}  # the first record kept of each task, for the dataset card

    def add(self, stats: dict[str, Any]) -> None:
        task, entry = stats["task"], self.by_entry[stats["entry"]]
        self.generated[task] += stats["generated"]
        for split, reasons in stats["dropped"].items():
            for reason, n in reasons.items():
                self.counts[split][task][reason] += n
                entry[reason] += n
        if len(self.rejections) < KEEP_REJECTIONS:
            self.rejections.extend(stats["rejections"][: KEEP_REJECTIONS - len(self.rejections)])
        with open(stats["path"], "rb") as fp:
            for line in fp:
                row = orjson.loads(line)
                split, key = row["split"], int(row["id"], 16)
                if key in self.seen:
                    self.counts[split][task]["duplicates"] += 1
                    entry["duplicates"] += 1
                    continue
                self.seen.add(key)
                if row["verified"]:
                    self.examples.setdefault(task, row)
                self.writers[split].write(line)
                self.counts[split][task]["kept"] += 1
                entry["kept"] += 1
                if row["mistake_step"] is not None:
                    self.counts[split][task]["negatives"] += 1
                    entry["negatives"] += 1

    def finish(self) -> list[dict]:
        return [info.to_dict() for s in self.mix.splits for info in self.writers[s].close()]

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.abort()


def generate_corpus(mix: Mix, out: str | Path, workers: int = 1, quiet: bool = False, overwrite: bool = False,
                    executor: Any = None) -> dict:
    """Write the corpus for a mix into `out`; returns the manifest. Resumes an interrupted run of the same mix."""
    out = Path(out)
    if mix.extra.get("max_tokens"):
        token_counter(mix.extra["tokenizer"])  # fail before anything is written if it cannot load
    replacing = (out / MANIFEST).is_file()  # with --overwrite: a finished corpus, kept until this one is ready
    work = _prepare(out, mix, overwrite)
    kept = "; the corpus in --out is as it was" if replacing else ""
    jobs = plan_chunks(mix, work)
    executor = executor or LocalExecutor(workers)
    merged = work / MERGED
    merge = _Merge(merged, mix)
    show = not quiet and sys.stderr.isatty()
    with tqdm(total=mix.total, unit="rec", desc=f"generating {mix.name}", disable=not show) as bar:
        try:
            for stats in executor.map(run_chunk, jobs):
                merge.add(stats)
                bar.update(stats["generated"])
        except ConfigError as exc:  # the mix must change, and with it the work's hash: none of it is kept
            merge.abort()
            _discard(out, mix, replacing)
            raise ConfigError(f"{mix.source}: {exc}; nothing was written{kept}") from None
        except BaseException:
            merge.abort()
            raise
    shards = merge.finish()
    manifest = build_manifest(mix, merge, shards)
    if not manifest["records"]:
        _discard(out, mix, replacing)
        raise ConfigError(f"{mix.source}: no record was kept ({_dropped(manifest)}); nothing was written{kept}. "
                          f"Raise max_chars or max_tokens, or look at the rejections")
    # exports and the card, beside the merged shards, then all moved into place before the manifest marks it finished
    finish_corpus(merged, manifest, merge.examples, progress=show, shards_from=merged)
    _install(out, merged, mix)
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _remove_work(out)
    return manifest


def _discard(out: Path, mix: Mix, replacing: bool) -> None:
    """A failed run's work; the corpus it was to replace, if any, is left as it was."""
    if replacing:
        _remove_work(out)
    else:
        remove_corpus(out, set(mix.splits))


def _install(out: Path, merged: Path, mix: Mix) -> None:
    """Put the new shards, exports and card in place of the old corpus's (with --overwrite). The old
    manifest goes first: if this is cut short, the folder is an interrupted run, finished by running again."""
    splits = set(mix.splits) | (_our_splits(out, mix) if (out / MANIFEST).is_file() else set())
    (out / WORK_DIR / WORK_MARKER).write_text(json.dumps({"slowthink": __version__, "splits": sorted(splits)}) + "\n")
    (out / MANIFEST).unlink(missing_ok=True)
    _remove_shards_and_exports(out, splits)
    for name in ("README.md", "report.html"):
        (out / name).unlink(missing_ok=True)
    if (merged / EXPORTS).is_dir():
        (out / EXPORTS).mkdir(exist_ok=True)
        for folder in sorted((merged / EXPORTS).iterdir()):
            folder.replace(out / EXPORTS / folder.name)
    (merged / "README.md").replace(out / "README.md")
    (merged / "data").replace(out / "data")  # last: shards with no manifest beside them for one step at most


def _dropped(manifest: dict) -> str:
    """How many records each outcome took, e.g. "too long: 40"."""
    totals = {k: sum(c[k] for c in manifest["counts"].values()) for k in ("rejected", "duplicates", "too_long")}
    return ", ".join(f"{k.replace('_', ' ')}: {n}" for k, n in totals.items() if n) or "none was asked for"


def build_manifest(mix: Mix, merge: _Merge, shards: list[dict]) -> dict:
    requested: dict[str, int] = defaultdict(int)
    for entry in mix.entries:
        requested[entry.task] += entry.count
    counts = {}
    for task in requested:
        totals = {o: sum(merge.counts[s][task][o] for s in mix.splits if task in merge.counts[s]) for o in OUTCOMES}
        counts[task] = {"requested": requested[task], "generated": merge.generated[task], **totals}
    entries = {entry.name: {"task": entry.task, "requested": entry.count, **merge.by_entry[entry.name]}
               for entry in mix.entries}
    splits = {}
    for split in mix.splits:
        tasks = {task: dict(merge.counts[split][task]) for task in sorted(merge.counts[split])}
        splits[split] = {"records": sum(t["kept"] for t in tasks.values()), "tasks": tasks}
    return {
        "format": "slowthink-corpus/1",
        "slowthink_version": __version__,
        "name": mix.name,
        "seed": mix.seed,
        "mix_hash": mix_hash(mix),
        "source": mix.source,
        "records": sum(c["kept"] for c in counts.values()),
        "counts": counts,
        "entries": entries,
        "splits": splits,
        "shards": shards,
        "rejections": merge.rejections,
        "config": mix.to_dict(),
    }


def read_manifest(folder: str | Path) -> dict:
    """The manifest of a finished corpus, or a ConfigError saying why the folder is not one."""
    folder = Path(folder)
    path = folder / MANIFEST
    if folder.exists() and not folder.is_dir():  # a shard or the manifest itself, most likely
        corpus = next((p for p in folder.parents[:2] if (p / MANIFEST).is_file()), None)
        raise ConfigError(f"{folder}: is a file, not a corpus folder; give "
                          + (f"the corpus folder it is in, {corpus}" if corpus else "the --out folder of `slowthink generate`"))
    if not folder.is_dir():
        raise ConfigError(f"{folder}: no such folder; give the --out folder of `slowthink generate`")
    if not path.is_file():
        raise ConfigError(f"{folder}: not a slowthink corpus (no {MANIFEST}); run `slowthink generate` first")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        raise ConfigError(f"{path}: not valid JSON; regenerate the corpus") from None
    missing = [key for key in _MANIFEST_KEYS if not isinstance(manifest, dict) or key not in manifest]
    if missing:
        raise ConfigError(f"{path}: incomplete (no {missing[0]!r}); regenerate the corpus")
    if not isinstance(manifest["shards"], list) or not all(
            isinstance(shard, dict) and {"path", "split", "bytes", "sha256"} <= set(shard) for shard in manifest["shards"]):
        raise ConfigError(f"{path}: its shard list is damaged; regenerate the corpus")
    for shard in manifest["shards"]:  # a cheap look at each shard: there, and as long as when it was written
        where = folder / str(shard["path"])
        if not where.is_file() or where.stat().st_size != shard["bytes"]:
            raise ConfigError(f"{where}: missing or changed since the corpus was written (the manifest says "
                              f"{shard['bytes']} bytes); regenerate the corpus")
    return manifest


_MANIFEST_KEYS = ("name", "seed", "records", "counts", "splits", "shards", "config")


@contextlib.contextmanager
def damage_named(folder: str | Path, manifest: dict) -> Iterator[None]:
    """Reading a corpus that fails on a shard changed since it was written (read_manifest checks sizes only:
    hashing every shard to show three records would take long) fails with check_shards's one line naming the
    shard, not a parser's traceback. Every shard as written, the error is a bug and is raised as it is."""
    try:
        yield
    except OSError:  # a path, a closed pipe (`show | head`): not the shards' content
        raise
    except Exception:
        check_shards(folder, manifest)
        raise


def check_shards(folder: str | Path, manifest: dict) -> None:
    """Every shard's sha256 is the manifest's: run before an export, so that a shard edited or damaged
    since it was written never reaches a training set."""
    for shard in manifest["shards"]:
        digest = hashlib.sha256()
        with open(Path(folder) / shard["path"], "rb") as fp:
            for block in iter(lambda: fp.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != shard["sha256"]:
            raise ConfigError(f"{Path(folder) / shard['path']}: changed since the corpus was written (its sha256 "
                              f"is not the manifest's); regenerate the corpus")
