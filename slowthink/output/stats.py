"""Corpus statistics with polars: what is in a corpus before anyone spends GPU hours on it."""

from __future__ import annotations

import io
from pathlib import Path

import polars as pl

from slowthink.output.formats import corpus_schema
from slowthink.pipeline import read_manifest

COLUMNS = ["id", "task", "entry", "split", "n_chars", "n_steps", "difficulty", "verified", "answer_correct"]


def load_rows(folder: str | Path, columns: list[str] = COLUMNS) -> pl.DataFrame:
    """The corpus's scalar columns as one table (all shards, all splits)."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    paths = [str(folder / shard["path"]) for shard in manifest["shards"]]
    if not paths:
        return pl.DataFrame(schema={c: pl.String for c in columns})
    # the schema, not inference: a first shard whose answers are all null ("no solution") would type the
    # column Null, and the next shard's first answer would then fail the whole scan
    return pl.scan_ndjson(paths, schema=corpus_schema()).select(columns).collect()


def summary(df: pl.DataFrame, manifest: dict) -> pl.DataFrame:
    """One row per task: size, trace length percentiles in characters and steps, and what was dropped."""
    table = df.group_by("task").agg(
        pl.len().alias("records"),
        pl.col("n_chars").mean().round(0).cast(pl.Int64).alias("chars_mean"),
        pl.col("n_chars").quantile(0.5).cast(pl.Int64).alias("chars_p50"),
        pl.col("n_chars").quantile(0.9).cast(pl.Int64).alias("chars_p90"),
        pl.col("n_chars").max().alias("chars_max"),
        pl.col("n_steps").mean().round(1).alias("steps_mean"),
        pl.col("n_steps").quantile(0.9).cast(pl.Int64).alias("steps_p90"),
    )
    dropped = pl.DataFrame(  # negatives: records kept with a planted mistake, for the prm export only
        [{"task": task, "negatives": c.get("negatives", 0), "rejected": c["rejected"], "duplicates": c["duplicates"],
          "too_long": c["too_long"]} for task, c in manifest["counts"].items()],
        schema={"task": pl.String, "negatives": pl.Int64, "rejected": pl.Int64, "duplicates": pl.Int64,
                "too_long": pl.Int64},
    )
    return table.join(dropped, on="task", how="full", coalesce=True).fill_null(0).sort("task")


def by_entry(df: pl.DataFrame, manifest: dict | None = None) -> pl.DataFrame:
    """One row per mix entry (entries may share a task: "countdown.game24" and "countdown.game24:full"): what a
    fine-tuner rebalancing a corpus changes, with what the mix asked of it (`requested`, from the manifest: the
    24 game's entries share 1820 deals, and an entry may keep far fewer than it asked for). Negatives whose answer
    alone is right are counted apart, since an outcome label and a process label disagree on them. A corpus
    written before records named their entry shows its tasks."""
    table = (df.with_columns(pl.col("entry").fill_null(pl.col("task")), pl.col("verified").not_().alias("negative"))
             .group_by("entry").agg(
                pl.col("task").first(),
                pl.len().alias("records"),
                pl.col("negative").sum().alias("negatives"),
                (pl.col("negative") & pl.col("answer_correct").fill_null(False)).sum().alias("negatives_right_answer"),
                pl.col("n_chars").mean().round(0).cast(pl.Int64).alias("chars_mean"),
                pl.col("n_steps").mean().round(1).alias("steps_mean"))
             .sort("entry"))
    entries = (manifest or {}).get("config", {}).get("entries", [])
    if not entries:
        return table
    requested = pl.DataFrame({"entry": [e["name"] for e in entries], "requested": [e["count"] for e in entries]},
                             schema={"entry": pl.String, "requested": pl.Int64})
    return table.join(requested, on="entry", how="left").select("entry", "task", "requested", *table.columns[2:])


def by_split(manifest: dict) -> pl.DataFrame:
    """Kept (negatives among them), rejected, duplicate and over-long records per task and split (from the manifest)."""
    rows = [{"task": task, "split": split, "negatives": 0, **outcomes}
            for split, info in manifest["splits"].items() for task, outcomes in info["tasks"].items()]
    schema = {"task": pl.String, "split": pl.String, "kept": pl.Int64, "negatives": pl.Int64, "rejected": pl.Int64,
              "duplicates": pl.Int64, "too_long": pl.Int64}
    return pl.DataFrame(rows, schema=schema).sort("task", "split")


def difficulty(df: pl.DataFrame, task: str) -> pl.DataFrame:
    """Mean, min, median and max of each numeric difficulty measure of one task."""
    texts = df.filter(pl.col("task") == task)["difficulty"]
    if texts.is_empty():
        return pl.DataFrame()
    # each task has its own measures; read its JSON strings as one NDJSON document
    measures = pl.read_ndjson(io.BytesIO("\n".join(texts.to_list()).encode()), infer_schema_length=None)
    numeric = [name for name, dtype in measures.schema.items() if dtype.is_numeric() or dtype == pl.Boolean]
    return pl.DataFrame([
        {"measure": name,
         "mean": round(float(measures[name].cast(pl.Float64).mean() or 0), 2),
         "min": float(measures[name].cast(pl.Float64).min() or 0),
         "p50": float(measures[name].cast(pl.Float64).median() or 0),
         "max": float(measures[name].cast(pl.Float64).max() or 0)}
        for name in numeric
    ], schema={"measure": pl.String, "mean": pl.Float64, "min": pl.Float64, "p50": pl.Float64, "max": pl.Float64})
