"""The corpus writer: shards, manifest, determinism across workers, resume, dedup."""

import hashlib
import json
import re
import tracemalloc
from itertools import islice
from pathlib import Path

import orjson
import pytest

from slowthink.config import parse_mix
from slowthink.core.params import ConfigError
from slowthink.pipeline import WORK_MARKER, generate_corpus, mix_hash, plan_chunks, run_chunk

MIX = {"name": "t", "seed": 3, "shard_size": 70, "chunk_size": 16, "tasks": {
    "arithmetic.add": {"count": 60, "digits": 6}, "arithmetic.expr": {"count": 50, "depth": 3},
    "arithmetic.div": {"count": 40, "exact": False}}}


def shard_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "data").glob("*.jsonl"))}


def test_one_and_two_workers_write_identical_shards(tmp_path):
    mix = parse_mix(MIX)
    one = generate_corpus(mix, tmp_path / "one", workers=1, quiet=True)
    two = generate_corpus(mix, tmp_path / "two", workers=2, quiet=True)
    assert shard_bytes(tmp_path / "one") == shard_bytes(tmp_path / "two")
    assert one == two


def test_manifest_counts_and_checksums_match_the_shards(tmp_path):
    manifest = generate_corpus(parse_mix(MIX), tmp_path / "c", quiet=True)
    on_disk = json.loads((tmp_path / "c" / "manifest.json").read_text())
    assert on_disk == manifest
    total = 0
    for shard in manifest["shards"]:
        data = (tmp_path / "c" / shard["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == shard["sha256"]
        assert data.count(b"\n") == shard["records"] <= 70
        assert Path(shard["path"]).name.startswith(shard["split"] + "-")
        total += shard["records"]
    assert total == manifest["records"] == sum(c["kept"] for c in manifest["counts"].values())
    assert manifest["counts"]["arithmetic.add"]["requested"] == 60
    assert set(manifest["splits"]) == {"train", "validation", "test"}
    assert not (tmp_path / "c" / ".work").exists()
    assert not list((tmp_path / "c").rglob("*.partial"))


def test_the_manifest_counts_each_entry_of_the_mix_as_well_as_each_task(tmp_path):
    """Two entries of one task were summed under the task only: how many of "add:small" survived dedup against
    "add" (they share problems) was nowhere to be read."""
    mix = parse_mix({"name": "t", "seed": 3, "chunk_size": 16, "tasks": {
        "arithmetic.add": {"count": 40, "digits": 2, "min_digits": 1, "operands": 2},
        "arithmetic.add:small": {"task": "arithmetic.add", "count": 60, "digits": 1, "operands": 2}}})
    manifest = generate_corpus(mix, tmp_path / "c", quiet=True)
    entries = manifest["entries"]
    assert set(entries) == {"arithmetic.add", "arithmetic.add:small"}
    assert [entries[e]["requested"] for e in sorted(entries)] == [40, 60]
    rows = [orjson.loads(line) for path in (tmp_path / "c" / "data").glob("*.jsonl") for line in path.read_bytes().splitlines()]
    for name, counts in entries.items():
        assert counts["task"] == "arithmetic.add"
        assert counts["kept"] == sum(row["entry"] == name for row in rows)
        assert counts["kept"] + counts["duplicates"] + counts["rejected"] + counts["too_long"] == counts["requested"]
    assert entries["arithmetic.add:small"]["duplicates"] > 0  # 1-digit sums repeat, and repeat the 2-digit entry's
    for outcome in ("kept", "negatives", "rejected", "duplicates", "too_long"):
        assert sum(c[outcome] for c in entries.values()) == manifest["counts"]["arithmetic.add"][outcome]


def test_every_row_has_the_same_keys_and_types(tmp_path):
    generate_corpus(parse_mix(MIX), tmp_path / "c", quiet=True)
    types = None
    for path in (tmp_path / "c" / "data").glob("*.jsonl"):
        for line in path.read_bytes().splitlines():
            row = orjson.loads(line)
            shape = {k: type(v).__name__ for k, v in row.items()}
            types = types or shape
            assert shape == types


def test_an_interrupted_run_resumes_to_the_same_bytes(tmp_path):
    mix = parse_mix({**MIX, "formats": ["messages"]})
    generate_corpus(mix, tmp_path / "full", quiet=True)
    partial = tmp_path / "partial"
    work = partial / ".work" / mix_hash(mix)
    work.mkdir(parents=True)
    (partial / ".work" / WORK_MARKER).write_text("{}")  # as a run writes it when it starts
    jobs = list(plan_chunks(mix, work))
    for job in jobs[: len(jobs) // 2]:  # as if the run died half way through
        run_chunk(job)
    (work / "999-stale.jsonl.partial").write_text("half a line")
    (partial / "exports" / "messages").mkdir(parents=True)  # an export begun before the run died
    generate_corpus(mix, partial, quiet=True)
    assert shard_bytes(partial) == shard_bytes(tmp_path / "full")
    exported = "exports/messages/train.jsonl"
    assert (partial / exported).read_bytes() == (tmp_path / "full" / exported).read_bytes()


class _StopsAfter:
    """An executor that runs chunks in order in-process and is interrupted after `n` of them."""

    def __init__(self, n: int):
        self.n = n

    def map(self, fn, jobs):
        for k, job in enumerate(jobs):
            if k == self.n:
                raise KeyboardInterrupt
            yield fn(job)


@pytest.mark.parametrize("stop_after", [1, 7])
def test_an_interrupted_run_leaves_no_shard_a_loader_would_take_for_the_corpus(tmp_path, stop_after):
    """`datasets.load_dataset(folder)` reads data/*.jsonl: until the run finishes, there is none."""
    mix = parse_mix({**MIX, "shard_size": 5})  # shards fill up early in the run
    with pytest.raises(KeyboardInterrupt):
        generate_corpus(mix, tmp_path / "c", quiet=True, executor=_StopsAfter(stop_after))
    assert not list((tmp_path / "c").glob("data/*")) and not (tmp_path / "c" / "manifest.json").exists()
    generate_corpus(mix, tmp_path / "c", quiet=True)  # the same command again resumes
    generate_corpus(mix, tmp_path / "full", quiet=True)
    assert shard_bytes(tmp_path / "c") == shard_bytes(tmp_path / "full")


def test_a_huge_mix_of_tiny_chunks_starts_work_without_planning_every_chunk(tmp_path):
    """chunk_size = 1 with a huge count listed every chunk before the first began (2 million: 17 s and
    670 MB; the largest count allowed, a billion, would never start). Chunks are planned as they are run."""
    mix = parse_mix({**MIX, "chunk_size": 1, "tasks": {"arithmetic.add": {"count": 200_000, "digits": 2}}})
    tracemalloc.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            generate_corpus(mix, tmp_path / "c", quiet=True, executor=_StopsAfter(3))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10_000_000, peak  # listing them all took 81 MB
    assert len(list((tmp_path / "c" / ".work" / mix_hash(mix)).glob("*.done.json"))) == 3
    first = list(islice(plan_chunks(mix, tmp_path / "w"), 3))
    assert [(job.start, job.stop, Path(job.path).name) for job in first] == [
        (0, 1, "000-000000.jsonl"), (1, 2, "000-000001.jsonl"), (2, 3, "000-000002.jsonl")]


def test_a_folder_that_is_not_a_corpus_is_never_emptied(tmp_path):
    folder = tmp_path / "mine"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "notes.jsonl").write_text('{"mine": 1}\n')
    with pytest.raises(ConfigError, match="not empty and holds no slowthink corpus"):
        generate_corpus(parse_mix(MIX), folder, quiet=True)
    with pytest.raises(ConfigError, match="not empty"):
        generate_corpus(parse_mix(MIX), folder, quiet=True, overwrite=True)  # --overwrite replaces corpora only
    assert (folder / "data" / "notes.jsonl").read_text() == '{"mine": 1}\n'
    (tmp_path / "empty").mkdir()
    assert generate_corpus(parse_mix(MIX), tmp_path / "empty", quiet=True)["records"] > 0


def test_a_folder_with_a_work_folder_of_its_own_is_not_taken_for_an_interrupted_run(tmp_path):
    """".work" is a common name: only one holding slowthink's marker is a run of ours to resume or clean."""
    folder = tmp_path / "proj"
    (folder / ".work" / "cache").mkdir(parents=True)
    (folder / "README.md").write_text("mine")
    with pytest.raises(ConfigError, match="not empty and holds no slowthink corpus"):
        generate_corpus(parse_mix(MIX), folder, quiet=True)
    assert (folder / "README.md").read_text() == "mine" and (folder / ".work" / "cache").is_dir()


def test_a_mix_that_keeps_nothing_is_an_error_and_writes_nothing(tmp_path):
    mix = parse_mix({"max_chars": 1, "tasks": {"arithmetic.add": {"count": 5}}})
    with pytest.raises(ConfigError, match="no record was kept .too long: 5"):
        generate_corpus(mix, tmp_path / "c", quiet=True)
    assert not [p for p in (tmp_path / "c").rglob("*")]


def test_duplicates_are_dropped_and_counted(tmp_path):
    mix = parse_mix({"tasks": {"arithmetic.add": {"count": 300, "digits": 1, "operands": 2}}})
    manifest = generate_corpus(mix, tmp_path / "c", quiet=True)
    counts = manifest["counts"]["arithmetic.add"]
    assert counts["duplicates"] > 0 and counts["kept"] + counts["duplicates"] == 300
    ids = [orjson.loads(l)["id"] for p in (tmp_path / "c" / "data").glob("*.jsonl") for l in p.read_bytes().splitlines()]
    assert len(ids) == len(set(ids)) == counts["kept"]


def test_long_traces_are_dropped_and_counted(tmp_path):
    mix = parse_mix({"max_chars": 300, "tasks": {"arithmetic.mul": {"count": 40, "digits": 6}}})
    manifest = generate_corpus(mix, tmp_path / "c", quiet=True)
    assert manifest["counts"]["arithmetic.mul"]["too_long"] > 0


def test_a_finished_corpus_is_not_overwritten_by_accident(tmp_path):
    mix = parse_mix(MIX)
    generate_corpus(mix, tmp_path / "c", quiet=True)
    before = shard_bytes(tmp_path / "c")
    with pytest.raises(ConfigError, match="--overwrite"):
        generate_corpus(mix, tmp_path / "c", quiet=True)
    assert shard_bytes(tmp_path / "c") == before
    generate_corpus(mix.with_seed(4), tmp_path / "c", quiet=True, overwrite=True)
    assert shard_bytes(tmp_path / "c") != before


def test_splits_never_share_a_problem_and_follow_the_shares(tmp_path):
    mix = parse_mix({"splits": {"train": 0.6, "validation": 0.2, "test": 0.2},
                     "tasks": {"arithmetic.add": {"count": 600, "digits": 2}}})
    manifest = generate_corpus(mix, tmp_path / "c", quiet=True)
    keys: dict[str, str] = {}
    for shard in manifest["shards"]:
        for line in (tmp_path / "c" / shard["path"]).read_bytes().splitlines():
            row = orjson.loads(line)
            key = json.loads(row["problem"])["expression"].replace(" ", "")
            assert keys.setdefault(key, row["split"]) == row["split"] == shard["split"]
    sizes = {s: info["records"] for s, info in manifest["splits"].items()}
    assert sizes["train"] > sizes["validation"] > 0 and sizes["test"] > 0
    assert sum(sizes.values()) == manifest["records"]


def test_max_tokens_filter_with_a_local_tokenizer(tmp_path):
    tokenizers = pytest.importorskip("tokenizers")
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import Whitespace

    tok = tokenizers.Tokenizer(WordLevel({"[UNK]": 0}, unk_token="[UNK]"))
    tok.pre_tokenizer = Whitespace()
    tok.save(str(tmp_path / "tokenizer.json"))
    mix = parse_mix({"max_tokens": 60, "tokenizer": str(tmp_path / "tokenizer.json"),
                     "tasks": {"arithmetic.mul": {"count": 40, "digits": 5}}})
    manifest = generate_corpus(mix, tmp_path / "c", quiet=True)
    assert manifest["counts"]["arithmetic.mul"]["too_long"] > 0
    for shard in manifest["shards"]:
        for line in (tmp_path / "c" / shard["path"]).read_bytes().splitlines():
            assert len(tok.encode(orjson.loads(line)["trace"]).ids) <= 60


def test_a_tokenizer_that_cannot_load_is_a_config_error(tmp_path):
    mix = parse_mix({"max_tokens": 10, "tokenizer": str(tmp_path / "missing.json"),
                     "tasks": {"arithmetic.add": {"count": 1}}})
    with pytest.raises(ConfigError, match="no such file"):
        generate_corpus(mix, tmp_path / "c", quiet=True)
    assert not (tmp_path / "c").exists()


def test_overwrite_deletes_only_what_slowthink_wrote(tmp_path):
    """README: "slowthink never deletes files it did not write" -- --overwrite used to remove all of
    exports/, a folder the user had put there included."""
    mix = parse_mix({**MIX, "formats": ["messages"]})
    folder = tmp_path / "c"
    generate_corpus(mix, folder, quiet=True)
    (folder / "exports" / "mine").mkdir()
    (folder / "exports" / "mine" / "notes.txt").write_text("mine")
    generate_corpus(mix.with_seed(4), folder, quiet=True, overwrite=True)
    assert (folder / "exports" / "mine" / "notes.txt").read_text() == "mine"
    assert (folder / "exports" / "messages" / "train.jsonl").is_file()


@pytest.mark.parametrize("interrupted", [False, True])
def test_a_file_of_yours_in_an_export_folder_stops_the_run_before_anything_is_deleted(tmp_path, interrupted):
    """README: "slowthink never deletes files it did not write" -- --overwrite (and a resumed run) removed
    exports/<format>/ whole, a file the user had put beside the export (notes, a training config) with it."""
    mix = parse_mix({**MIX, "formats": ["messages"]})
    folder = tmp_path / "c"
    generate_corpus(mix, folder, quiet=True)
    if interrupted:  # what an interrupted run leaves: its work marker, no manifest
        (folder / "manifest.json").unlink()
        (folder / ".work").mkdir()
        (folder / ".work" / WORK_MARKER).write_text("{}")
    (folder / "exports" / "messages" / "notes.txt").write_text("mine")
    before = shard_bytes(folder)
    with pytest.raises(ConfigError, match=r"exports/messages/notes.txt was not written by slowthink"):
        generate_corpus(mix.with_seed(4), folder, quiet=True, overwrite=True)
    assert (folder / "exports" / "messages" / "notes.txt").read_text() == "mine"
    assert (folder / "exports" / "messages" / "train.jsonl").is_file() and shard_bytes(folder) == before


def test_overwrite_replaces_an_export_folder_that_holds_only_what_slowthink_wrote(tmp_path):
    """The check above must not stop the usual case: an export written by `slowthink export` (split files,
    dataset_info.json, README.md, a split called dev.v2 included) is slowthink's to replace."""
    from slowthink.cli import main

    mix = parse_mix({**MIX, "splits": {"train": 0.8, "dev.v2": 0.2}, "formats": ["messages"]})
    folder = tmp_path / "c"
    generate_corpus(mix, folder, quiet=True)
    assert main(["export", str(folder), "--format", "parquet", "--out", str(folder / "exports" / "parquet"),
                 "--quiet"]) == 0
    assert (folder / "exports" / "parquet" / "dev.v2.parquet").is_file()
    generate_corpus(mix.with_seed(4), folder, quiet=True, overwrite=True)
    assert not (folder / "exports" / "parquet").exists() and (folder / "exports" / "messages" / "dev.v2.jsonl").is_file()


def test_overwrite_stops_before_deleting_anything_when_data_holds_a_file_of_yours(tmp_path):
    mix = parse_mix(MIX)
    folder = tmp_path / "c"
    generate_corpus(mix, folder, quiet=True)
    before = shard_bytes(folder)
    (folder / "data" / "extra.txt").write_text("mine")
    with pytest.raises(ConfigError, match=r"data/extra.txt was not written by slowthink"):
        generate_corpus(mix.with_seed(4), folder, quiet=True, overwrite=True)
    assert shard_bytes(folder) == before and (folder / "manifest.json").is_file()
    assert (folder / "data" / "extra.txt").read_text() == "mine"


@pytest.mark.parametrize("workers", [1, 2])
def test_settings_no_problem_satisfies_name_the_entry_and_leave_nothing(tmp_path, workers):
    """Found only when drawing problems: the error named no entry and left a .work folder behind."""
    mix = parse_mix({"tasks": {"arithmetic.add": {"count": 3}, "hard": {
        "task": "countdown.countdown", "count": 3, "pool": "range", "min_number": 1, "max_number": 1,
        "min_target": 500, "max_target": 500}}}, source="mix.toml")
    with pytest.raises(ConfigError, match=r"^mix\.toml: tasks\.hard: no solvable Countdown problem .*nothing was written"):
        generate_corpus(mix, tmp_path / "c", workers=workers, quiet=True)
    assert not list((tmp_path / "c").rglob("*"))


def test_each_row_names_the_mix_entry_that_made_it(tmp_path):
    """Entries may share a task ("countdown.game24" and "countdown.game24:full"): a fine-tuner rebalancing them needs
    to tell their records apart, and `style` does not (both are prose)."""
    mix = parse_mix({"name": "e", "seed": 1, "tasks": {
        "countdown.game24": {"count": 12}, "countdown.game24:full": {"task": "countdown.game24", "count": 12,
                                                                   "strategy": "dfs", "dead_ends": -1}}})
    generate_corpus(mix, tmp_path / "c", quiet=True)
    rows = [orjson.loads(line) for path in (tmp_path / "c" / "data").glob("*.jsonl") for line in path.read_bytes().splitlines()]
    entries = {row["entry"] for row in rows}
    assert entries == {"countdown.game24", "countdown.game24:full"} and {row["task"] for row in rows} == {"countdown.game24"}
    assert all(json.loads(row["difficulty"])["strategy"] == "dfs" for row in rows if row["entry"].endswith(":full"))


@pytest.mark.parametrize("name", ["data/scraped-00001.jsonl", "exports/messages/extra.jsonl",
                                  "exports/messages/old_samples.parquet"])
def test_a_file_of_yours_named_like_a_shard_or_a_split_file_is_not_taken_for_slowthink_s(tmp_path, name):
    """README: "slowthink never deletes files it did not write" -- a file of the user's in data/ or in
    exports/<format>/ was judged by its shape alone: any `<word>-NNNNN.jsonl` passed for a shard and any
    `<word>.jsonl` for a split's export, and --overwrite deleted it without a word. Only the corpus's own
    splits' files are slowthink's."""
    mix = parse_mix({**MIX, "formats": ["messages"]})
    folder = tmp_path / "c"
    generate_corpus(mix, folder, quiet=True)
    (folder / name).write_text('{"mine": 1}\n')
    with pytest.raises(ConfigError, match=rf"{name} was not written by slowthink"):
        generate_corpus(mix.with_seed(4), folder, quiet=True, overwrite=True)
    assert (folder / name).read_text() == '{"mine": 1}\n'


def test_an_overwrite_that_fails_leaves_the_old_corpus_whole(tmp_path):
    """--overwrite deleted the finished corpus before the new run began, so a new mix that kept nothing
    (max_chars too low) ended with "nothing was written" and an empty folder: the old corpus was gone too.
    The old corpus is now replaced only when the new one is ready."""
    from slowthink.pipeline import check_shards, read_manifest

    mix = parse_mix({**MIX, "formats": ["messages"]})
    folder = tmp_path / "c"
    generate_corpus(mix, folder, quiet=True)
    before = shard_bytes(folder)
    export = (folder / "exports" / "messages" / "train.jsonl").read_bytes()
    with pytest.raises(ConfigError, match="no record was kept"):
        generate_corpus(parse_mix({**MIX, "max_chars": 1}), folder, quiet=True, overwrite=True)
    manifest = read_manifest(folder)
    check_shards(folder, manifest)
    assert shard_bytes(folder) == before and manifest["seed"] == 3 and not (folder / ".work").exists()
    assert (folder / "exports" / "messages" / "train.jsonl").read_bytes() == export
    new = generate_corpus(mix.with_seed(4), folder, quiet=True, overwrite=True)  # and a good one replaces it
    generate_corpus(mix.with_seed(4), tmp_path / "fresh", quiet=True)
    assert shard_bytes(folder) == shard_bytes(tmp_path / "fresh") and read_manifest(folder) == new
    same = "exports/messages/train.jsonl"
    assert (folder / same).read_bytes() == (tmp_path / "fresh" / same).read_bytes()
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == sorted(
        p.relative_to(tmp_path / "fresh") for p in (tmp_path / "fresh").rglob("*"))


class _Killed(BaseException):
    """What SIGKILL does to a run: it stops between two file operations, and nothing of its own runs after."""


_FILE_OPERATIONS = ("mkdir", "rmdir", "unlink", "replace", "rename")


def _kill_at(monkeypatch, k: int | None) -> list[str]:
    """Stop the run at its k-th file operation (None: never), before it is done; returns the operations done."""
    import os

    done: list[str] = []
    for name in _FILE_OPERATIONS:
        def operation(*args, _real=getattr(os, name), _name=name, **kwargs):
            if len(done) + 1 == k:
                raise _Killed(f"{_name} {args[0]}")
            done.append(_name)
            return _real(*args, **kwargs)
        monkeypatch.setattr(os, name, operation)
    return done


def test_a_run_killed_at_any_file_operation_leaves_no_half_shard_and_work_a_later_run_can_take_up(tmp_path,
                                                                                                   monkeypatch):
    """A run killed (SIGKILL: no cleanup of its own runs) while it merged, installed the corpus or removed its
    work folder afterwards could leave that folder without its marker, which the next run refused as someone
    else's. Killed at each file operation in turn: data/ holds only whole shards, the work folder is gone or
    marked as ours, and the same command again finishes the corpus, byte for byte, or (the corpus finished)
    says in one line what the work folder is and what to do."""
    from slowthink.pipeline import MANIFEST, WORK_DIR, check_shards, read_manifest

    mix = parse_mix({"name": "k", "shard_size": 2, "chunk_size": 3, "formats": ["messages"],
                     "splits": {"train": 0.5, "test": 0.5}, "tasks": {"arithmetic.add": {"count": 8, "digits": 2}}})
    generate_corpus(mix, tmp_path / "full", quiet=True)
    expected = shard_bytes(tmp_path / "full")
    with monkeypatch.context() as patch:
        done = _kill_at(patch, None)
        generate_corpus(mix, tmp_path / "count", quiet=True)
        operations = len(done)
    assert operations > 20
    for k in range(1, operations + 1):
        out = tmp_path / f"killed-{k}"
        with monkeypatch.context() as patch:
            _kill_at(patch, k)
            with pytest.raises(_Killed):
                generate_corpus(mix, out, quiet=True)
        shards = {p.name: p.read_bytes() for p in (out / "data").iterdir()} if (out / "data").is_dir() else {}
        assert all(expected.get(name) == data for name, data in shards.items()), k  # whole shards, or none
        work = out / WORK_DIR  # gone, marked as ours, or empty (killed between removing its marker and itself)
        assert not work.exists() or (work / WORK_MARKER).is_file() or not any(work.iterdir()), (k, list(out.rglob("*")))
        if (out / MANIFEST).is_file():  # finished: readable as it is
            check_shards(out, read_manifest(out))
            said = (f"already holds a corpus, beside {work} left by a run that was cut short; pass --overwrite to run "
                    f"again (the corpus stays as it is until the new one is ready), or delete {work} to keep the "
                    f"corpus as it is") if (work / WORK_MARKER).is_file() else "already holds a corpus; pass --overwrite"
            with pytest.raises(ConfigError, match=re.escape(said)):
                generate_corpus(mix, out, quiet=True)
            generate_corpus(mix, out, quiet=True, overwrite=True)
        else:
            generate_corpus(mix, out, quiet=True)
        assert shard_bytes(out) == expected and not (out / WORK_DIR).exists(), k
