"""The dataset card: `datasets.load_dataset(folder)` finds every split, with fixed column types."""

import json
import shutil

import orjson
import pytest

from slowthink.output.card import card_header, size_category, write_card
from slowthink.pipeline import read_manifest
from slowthink.records import RECORD_FIELDS

datasets = pytest.importorskip("datasets")


def test_load_dataset_reads_every_split_by_name(smoke_corpus):
    manifest = read_manifest(smoke_corpus)
    ds = datasets.load_dataset(str(smoke_corpus), cache_dir=str(smoke_corpus.parent / "hf-cache"))
    assert set(ds) == {s for s, info in manifest["splits"].items() if info["records"]}
    for split, info in manifest["splits"].items():
        assert ds[split].num_rows == info["records"]
        assert tuple(ds[split].column_names) == RECORD_FIELDS
    assert {t for t in ds["train"]["task"]} == set(manifest["counts"])


def test_card_describes_the_corpus(smoke_corpus):
    text = (smoke_corpus / "README.md").read_text()
    assert text.startswith("---\n") and "size_categories:\n- n<1K" in text and "license:" in text
    for task in read_manifest(smoke_corpus)["counts"]:
        assert f"`{task}`" in text
    assert "## Examples" in text and "seed 0" in text


def test_declared_types_win_over_guessing(tmp_path, smoke_corpus):
    """A shard whose answers are all null must still load beside shards with text answers."""
    manifest = read_manifest(smoke_corpus)
    folder = tmp_path / "c"
    shutil.copytree(smoke_corpus / "data", folder / "data")
    test_shard = folder / "data" / "test-00000.jsonl"
    rows = [orjson.loads(l) for l in test_shard.read_bytes().splitlines()]
    test_shard.write_bytes(b"".join(orjson.dumps({**r, "answer": None}) + b"\n" for r in rows))
    write_card(folder, manifest, {})
    ds = datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "hf-cache"))
    assert ds["test"].features["answer"].dtype == "string" and ds["test"][0]["answer"] is None


def test_regenerating_in_place_never_serves_a_stale_cache(tmp_path):
    from slowthink.config import parse_mix
    from slowthink.pipeline import generate_corpus

    folder, cache = tmp_path / "c", tmp_path / "hf-cache"
    seen = []
    for seed in (0, 1):
        mix = parse_mix({"seed": seed, "splits": {"train": 1.0}, "tasks": {"arithmetic.add": {"count": 20}}})
        generate_corpus(mix, folder, quiet=True, overwrite=True)
        seen.append(datasets.load_dataset(str(folder), cache_dir=str(cache))["train"]["id"])
    assert seen[0] != seen[1]


def test_size_categories():
    assert [size_category(n) for n in (5, 5000, 50_000, 500_000)] == ["n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M"]


def test_empty_splits_are_left_out_of_the_header(smoke_corpus):
    manifest = json.loads((smoke_corpus / "manifest.json").read_text())
    manifest["splits"]["test"]["records"] = 0
    assert "split: test" not in card_header(manifest)
