"""`slowthink report`: one self-contained HTML page about a corpus, viewable offline.

Plots are inline SVG drawn here (no plotting library, no scripts, no network):
records per task, split sizes, trace-length and difficulty distributions per task,
and a few sample traces. The numbers come from polars over the shards.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

import polars as pl

from slowthink.core.params import ConfigError
from slowthink.output.formats import corpus_schema
from slowthink.output.stats import load_rows, summary
from slowthink.pipeline import read_manifest

BAR = "#4c78a8"
MAX_MEASURES = 6  # difficulty histograms per task


def bar_chart(title: str, labels: list[str], values: list[int]) -> str:
    """A horizontal bar chart with value labels."""
    height, width, left = 22 * len(labels) + 30, 640, 200
    top = max(values or [1]) or 1
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">',
             f"<title>{html.escape(title)}</title>"]
    for i, (label, value) in enumerate(zip(labels, values)):
        y = 10 + 22 * i
        w = (width - left - 70) * value / top
        parts.append(f'<text x="{left - 8}" y="{y + 14}" text-anchor="end" font-size="12">{html.escape(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="18" fill="{BAR}"/>')
        parts.append(f'<text x="{left + w + 5:.1f}" y="{y + 14}" font-size="12">{value}</text>')
    parts.append("</svg>")
    return f"<figure><figcaption>{html.escape(title)}</figcaption>{''.join(parts)}</figure>"


def histogram(title: str, values: pl.Series, bins: int = 30) -> str:
    """Counts of values in equal-width bins, with the range on the axis."""
    values = values.drop_nulls().cast(pl.Float64)
    if values.is_empty():
        return ""
    low, high = float(values.min()), float(values.max())
    span = (high - low) or 1.0
    bins = min(bins, max(1, int(span) + 1)) if span >= 1 else 1
    index = ((values - low) / span * bins).floor().clip(0, bins - 1).cast(pl.Int64)
    counts = [0] * bins
    for k, n in index.value_counts().iter_rows():
        counts[k] = n
    width, height, pad = 300, 140, 24
    most = max(counts) or 1
    bar_w = (width - 2 * pad) / bins
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">']
    for k, n in enumerate(counts):
        h = (height - 2 * pad) * n / most
        parts.append(f'<rect x="{pad + k * bar_w:.1f}" y="{height - pad - h:.1f}" width="{max(bar_w - 1, 1):.1f}" '
                     f'height="{h:.1f}" fill="{BAR}"><title>{n}</title></rect>')
    parts.append(f'<text x="{pad}" y="{height - 6}" font-size="11">{low:g}</text>')
    parts.append(f'<text x="{width - pad}" y="{height - 6}" font-size="11" text-anchor="end">{high:g}</text>')
    parts.append(f'<text x="{pad}" y="14" font-size="11">max {most}</text></svg>')
    return f"<figure class=small><figcaption>{html.escape(title)}</figcaption>{''.join(parts)}</figure>"


def _difficulty_frame(df: pl.DataFrame, task: str) -> pl.DataFrame:
    texts = df.filter(pl.col("task") == task)["difficulty"].to_list()
    frame = pl.read_ndjson(io.BytesIO("\n".join(texts).encode()), infer_schema_length=None)
    numeric = [n for n, t in frame.schema.items() if t.is_numeric() or t == pl.Boolean]
    return frame.select(numeric[:MAX_MEASURES])


def _table(frame: pl.DataFrame) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in frame.columns)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in frame.iter_rows())
    return f"<table><tr>{head}</tr>{rows}</table>"


def _samples(folder: Path, manifest: dict, per_task: int = 2) -> dict[str, list[dict]]:
    paths = [str(folder / s["path"]) for s in manifest["shards"]]
    if not paths:
        return {}
    frame = (pl.scan_ndjson(paths, schema=corpus_schema()).select("task", "question", "trace", "answer", "mistake_step")
             .group_by("task", maintain_order=True).head(per_task).collect())
    samples: dict[str, list[dict]] = {}
    for row in frame.iter_rows(named=True):
        samples.setdefault(row["task"], []).append(row)
    return samples


STYLE = """body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
figure{display:inline-block;margin:.5em}figure.small{width:300px}figcaption{font-size:13px;font-weight:600}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 7px;text-align:right}
pre{background:#f6f6f6;padding:.8em;overflow-x:auto;font-size:12px;max-height:28em}summary{cursor:pointer}"""


def _negative(row: dict) -> str:
    """A sample that is a negative trace says so: read as a plain sample, its planted mistake looks like a bug."""
    k = row["mistake_step"]
    return "" if k is None else f" <b>(negative trace: planted mistake at step {k + 1}, labelled false from there)</b>"


def build_report(folder: str | Path) -> str:
    folder = Path(folder)
    manifest = read_manifest(folder)
    df = load_rows(folder)
    tasks = sorted(manifest["counts"])
    counts = [manifest["counts"][t]["kept"] for t in tasks]
    splits = list(manifest["splits"])
    out = [f"<!doctype html><html><head><meta charset=utf-8><title>slowthink report: {html.escape(manifest['name'])}"
           f"</title><style>{STYLE}</style></head><body>",
           f"<h1>slowthink corpus: {html.escape(manifest['name'])}</h1>",
           f"<p>{manifest['records']} records · seed {manifest['seed']} · slowthink {manifest['slowthink_version']}"
           f" · mix {html.escape(manifest['source'])}</p>",
           "<h2>Overview</h2>", _table(summary(df, manifest)),
           bar_chart("records per task", tasks, counts),
           bar_chart("records per split", splits, [manifest["splits"][s]["records"] for s in splits])]
    out.append("<h2>Trace length (characters)</h2>")
    out += [histogram(t, df.filter(pl.col("task") == t)["n_chars"]) for t in tasks]
    out.append("<h2>Steps per trace</h2>")
    out += [histogram(t, df.filter(pl.col("task") == t)["n_steps"]) for t in tasks]
    out.append("<h2>Difficulty</h2>")
    for t in tasks:
        if df.filter(pl.col("task") == t).is_empty():
            continue
        frame = _difficulty_frame(df, t)
        out.append(f"<h3>{html.escape(t)}</h3>")
        out += [histogram(name, frame[name]) for name in frame.columns]
    out.append("<h2>Sample traces</h2>")
    for task, rows in _samples(folder, manifest).items():
        for row in rows:
            out.append(f"<details><summary>{html.escape(task)}: {html.escape(row['question'][:120])}</summary>"
                       f"<pre>{html.escape(row['trace'])}</pre><p>answer: {html.escape(str(row['answer']))}{_negative(row)}</p>"
                       "</details>")
    out.append("</body></html>")
    return "\n".join(out)


def write_report(folder: str | Path, out: str | Path | None = None) -> Path:
    path = Path(out) if out else Path(folder) / "report.html"
    if path.is_dir():  # else the page would go into a hidden .partial file left beside it
        raise ConfigError(f"--out {path}: is a folder; give the HTML file to write, e.g. {path / 'report.html'}")
    if path.exists() and not _is_report(path):  # slowthink never writes over a file it did not write
        raise ConfigError(f"--out {path}: exists and is not a slowthink report; choose another path")
    text = build_report(folder)
    if not path.parent.is_dir():  # else the error names the hidden temporary file
        raise ConfigError(f"--out {path}: no folder {path.parent} to write it in; create it or choose another path")
    tmp = path.with_name(f".{path.name}.partial")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path


_REPORT_HEAD = b"<!doctype html><html><head><meta charset=utf-8><title>slowthink report: "  # how build_report begins


def _is_report(path: Path) -> bool:
    """An earlier `slowthink report`, to replace: a file that begins as build_report's pages do."""
    with open(path, "rb") as fp:
        return fp.read(len(_REPORT_HEAD)) == _REPORT_HEAD
