"""What is written beside the shards when a corpus is finished (exports, dataset card): issue 5."""

from pathlib import Path


def finish_corpus(out: Path, manifest: dict) -> None:
    """Called once the shards are complete and before the manifest is written."""
