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
