"""End-to-end corpus speed: records/s for the default mix at 1 and 2 workers, and the writer's MB/s.

The writer (orjson lines into a 1 MiB buffer) is compared with stdlib json through
jsonlines on the same rows in the same run; the two worker counts are compared
with each other (their shards must also be byte-identical, which this checks).

    .venv/bin/python bench/bench_corpus.py [--records 4000] [--seconds 2]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import jsonlines

from slowthink.config import load_mix, parse_mix
from slowthink.output.writer import dump_line
from slowthink.pipeline import generate_corpus

ROOT = Path(__file__).resolve().parents[1]


def scaled_default(records: int):
    """configs/default.toml with its counts scaled down to about `records`, every task kept."""
    mix = load_mix(ROOT / "configs" / "default.toml")
    data = mix.to_dict()
    scale = records / max(1, mix.total)
    tasks = {e["name"]: {"task": e["task"], "count": max(1, round(e["count"] * scale)), **e["params"]}
             for e in data["entries"]}
    return parse_mix({"name": "bench", "seed": 0, "chunk_size": 100, "tasks": tasks})


def corpus_rate(mix, workers: int, out: Path) -> float:
    start = time.perf_counter()
    manifest = generate_corpus(mix, out, workers=workers, quiet=True)
    return manifest["records"] / (time.perf_counter() - start)


def writer_rates(rows: list[dict], seconds: float) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, base_path = Path(tmp) / "ours.jsonl", Path(tmp) / "base.jsonl"

        def ours() -> int:
            with open(ours_path, "wb", buffering=1 << 20) as fp:
                return sum(fp.write(dump_line(row)) for row in rows)

        def baseline() -> int:
            with open(base_path, "w", encoding="utf-8") as fp, jsonlines.Writer(fp, dumps=json.dumps) as writer:
                writer.write_all(rows)
            return base_path.stat().st_size

        rates = []
        for fn in (ours, baseline):
            written, start = 0, time.perf_counter()
            while time.perf_counter() - start < seconds:
                written += fn()
            rates.append(written / (time.perf_counter() - start) / 1e6)
    return rates[0], rates[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=4000)
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    mix = scaled_default(args.records)
    with tempfile.TemporaryDirectory() as tmp:
        one = corpus_rate(mix, 1, Path(tmp) / "one")
        two = corpus_rate(mix, 2, Path(tmp) / "two")
        same = all((Path(tmp) / "one" / "data" / p.name).read_bytes() == p.read_bytes()
                   for p in (Path(tmp) / "two" / "data").glob("*.jsonl"))
        rows = [json.loads(line) for p in sorted((Path(tmp) / "one" / "data").glob("*.jsonl"))
                for line in p.read_text().splitlines()]
    print(f"default mix scaled to {mix.total} items over {len(mix.entries)} entries")
    print(f"  1 worker : {one:8.0f} records/s")
    print(f"  2 workers: {two:8.0f} records/s   ({two / one:.2f}x; shards identical: {same})")
    ours, base = writer_rates(rows * max(1, 20000 // max(1, len(rows))), args.seconds)
    print(f"writer: {ours:.0f} MB/s (orjson lines) vs {base:.0f} MB/s (json + jsonlines): {ours / base:.1f}x")


if __name__ == "__main__":
    main()
