import pytest

from slowthink.cli import main
from slowthink.output import stats
from slowthink.output.report import build_report
from slowthink.pipeline import read_manifest


def test_stats_tables_agree_with_the_manifest(smoke_corpus):
    manifest = read_manifest(smoke_corpus)
    df = stats.load_rows(smoke_corpus)
    table = stats.summary(df, manifest)
    assert dict(zip(table["task"], table["records"])) == {t: c["kept"] for t, c in manifest["counts"].items()}
    assert (table["chars_p50"] <= table["chars_p90"]).all() and (table["chars_p90"] <= table["chars_max"]).all()
    splits = stats.by_split(manifest)
    assert splits["kept"].sum() == manifest["records"]
    measures = stats.difficulty(df, "arithmetic.mul")
    assert "partial_products" in measures["measure"].to_list()


def test_report_is_one_offline_page_with_plots_and_samples(smoke_corpus, tmp_path, capsys):
    page = build_report(smoke_corpus)
    assert page.count("<svg") >= 10 and "Sample traces" in page
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert main(["report", str(smoke_corpus), "--out", str(tmp_path / "r.html")]) == 0
    assert (tmp_path / "r.html").read_text() == page



@pytest.fixture(scope="module")
def null_first_corpus(tmp_path_factory):
    """First shard: unsolvable 24-game deals only (every answer null); later, negatives of arithmetic.mul."""
    from slowthink.config import parse_mix
    from slowthink.pipeline import generate_corpus

    out = tmp_path_factory.mktemp("nulls") / "corpus"
    generate_corpus(parse_mix({"shard_size": 10, "splits": {"train": 1.0}, "tasks": {
        "countdown.game24": {"count": 12, "unsolvable": 1.0}, "arithmetic.add": {"count": 10},
        "arithmetic.mul": {"count": 20, "mistakes": 0.5}}}), out, quiet=True)
    return out


def test_stats_and_report_read_a_corpus_whose_first_shard_has_only_null_answers(null_first_corpus, tmp_path):
    """polars typed `answer` Null from the first shard and the report failed with a traceback on the next."""
    assert main(["report", str(null_first_corpus), "--out", str(tmp_path / "r.html")]) == 0
    assert main(["stats", str(null_first_corpus)]) == 0


def test_the_cards_polars_snippet_reads_such_a_corpus(null_first_corpus):
    import polars as pl

    card = (null_first_corpus / "README.md").read_text()
    start = card.index("df = pl.scan_ndjson(")
    snippet = card[start:card.index("```", start)].replace("path/to/corpus", str(null_first_corpus))
    scope = {"pl": pl}
    exec(snippet, scope)
    assert scope["df"].height == read_manifest(null_first_corpus)["records"]


def test_stats_count_negatives_and_the_report_marks_a_negative_sample(null_first_corpus):
    manifest = read_manifest(null_first_corpus)
    negatives = manifest["counts"]["arithmetic.mul"]["negatives"]
    assert negatives > 0
    table = stats.summary(stats.load_rows(null_first_corpus), manifest)
    assert dict(zip(table["task"], table["negatives"]))["arithmetic.mul"] == negatives
    assert stats.by_split(manifest)["negatives"].sum() == negatives
    page = build_report(null_first_corpus)
    samples = page[page.index("Sample traces"):]
    assert "negative trace: planted mistake at step" in samples  # seed 0: a negative is among the samples


def test_stats_per_mix_entry_tell_entries_of_one_task_apart(smoke_corpus):
    """Entries may share a task (the smoke mix has countdown.game24 and countdown.game24:stream): the per-entry table
    is what a fine-tuner rebalancing the mix reads, with the negatives whose answer alone is right counted apart."""
    from pathlib import Path

    from slowthink.config import load_mix

    manifest = read_manifest(smoke_corpus)
    table = stats.by_entry(stats.load_rows(smoke_corpus), manifest)
    smoke = Path(__file__).resolve().parents[2] / "configs" / "smoke.toml"
    asked = {e.name: e.count for e in load_mix(smoke).entries}
    assert dict(zip(table["entry"], table["requested"])) == asked
    assert table["records"].sum() == manifest["records"]
    for row in table.iter_rows(named=True):
        assert row["task"] == row["entry"].split(":")[0] and 0 <= row["negatives_right_answer"] <= row["negatives"]
        assert row["records"] <= row["requested"]
    assert stats.by_entry(stats.load_rows(smoke_corpus)).columns[2] == "records"  # no manifest: nothing requested


def test_report_never_writes_over_a_file_it_did_not_write(null_first_corpus, tmp_path, capsys):
    """`slowthink report DIR --out DIR/manifest.json` replaced the manifest with HTML (the corpus was then
    unreadable), any other file went the same way, and --out a folder left a hidden .partial file beside
    it. An earlier report is still replaced."""
    import shutil

    corpus = tmp_path / "c"
    shutil.copytree(null_first_corpus, corpus)
    manifest = (corpus / "manifest.json").read_bytes()
    assert main(["report", str(corpus), "--out", str(corpus / "manifest.json")]) == 2
    assert "manifest.json: exists and is not a slowthink report" in capsys.readouterr().err
    assert (corpus / "manifest.json").read_bytes() == manifest
    assert main(["report", str(corpus), "--out", str(corpus / "data")]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert not list(tmp_path.rglob("*.partial"))
    assert main(["report", str(corpus)]) == 0 and main(["report", str(corpus)]) == 0  # its own report, replaced
    read_manifest(corpus)
