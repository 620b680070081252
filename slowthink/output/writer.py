"""Shard files: records stream in, complete shards appear under their final names.

A shard is written to a hidden temporary name and renamed into place only once it
holds its full count (or the split ends), with its sha256 computed on the way, so
an interrupted run never leaves a truncated file that looks finished. Memory stays
flat: one open file per split, lines copied through.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import jsonlines
import orjson

BUFFER = 1 << 20


def dump_line(row: dict) -> bytes:
    """One JSON line, UTF-8, keys in the record's own order."""
    return orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE)


def blocked_by_file(path: Path) -> Path | None:
    """The file that stands where a folder above `path` must be (None if there is none): creating `path`
    would fail with "Not a directory" or "File exists" naming a hidden temporary or a work folder."""
    for parent in path.parents:
        if parent.exists():
            return None if parent.is_dir() else parent
    return None


def write_jsonl_atomic(path: Path, rows) -> int:
    """Write rows to path through a temporary file; returns the count. Nothing half-written survives."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.partial")
    count = 0
    try:
        with open(tmp, "wb", buffering=BUFFER) as fp, jsonlines.Writer(fp, dumps=orjson.dumps) as writer:
            for row in rows:
                writer.write(row)
                count += 1
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return count


def read_jsonl(path: Path):
    """Records of a JSONL file, parsed with orjson."""
    with open(path, "rb") as fp, jsonlines.Reader(fp, loads=orjson.loads) as reader:
        yield from reader


@dataclass
class ShardInfo:
    path: str  # relative to the corpus folder
    split: str
    records: int
    bytes: int
    sha256: str

    def to_dict(self) -> dict:
        return dict(self.__dict__)


class ShardWriter:
    """Writes `data/<split>-NNNNN.jsonl`, rolling over every `shard_size` records."""

    def __init__(self, root: Path, split: str, shard_size: int):
        self.root, self.split, self.shard_size = root, split, shard_size
        self.shards: list[ShardInfo] = []
        self._fp: IO[bytes] | None = None
        self._count = self._bytes = 0
        self._hash = hashlib.sha256()

    def _final_path(self) -> Path:
        return self.root / "data" / f"{self.split}-{len(self.shards):05d}.jsonl"

    def _temp_path(self) -> Path:
        final = self._final_path()
        return final.with_name(f".{final.name}.partial")

    def write(self, line: bytes) -> None:
        if self._fp is None:
            self._temp_path().parent.mkdir(parents=True, exist_ok=True)
            self._fp = open(self._temp_path(), "wb", buffering=BUFFER)
        self._fp.write(line)
        self._hash.update(line)
        self._count += 1
        self._bytes += len(line)
        if self._count >= self.shard_size:
            self._finish()

    def _finish(self) -> None:
        assert self._fp is not None
        self._fp.close()
        final = self._final_path()
        os.replace(self._temp_path(), final)
        self.shards.append(ShardInfo(str(final.relative_to(self.root)), self.split, self._count, self._bytes,
                                     self._hash.hexdigest()))
        self._fp, self._count, self._bytes, self._hash = None, 0, 0, hashlib.sha256()

    def close(self) -> list[ShardInfo]:
        if self._fp is not None:
            self._finish()
        return self.shards

    def abort(self) -> None:
        """Drop the shard in progress (used when the run fails)."""
        if self._fp is not None:
            self._fp.close()
            self._temp_path().unlink(missing_ok=True)
            self._fp = None
