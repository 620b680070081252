"""What is written beside the shards when a corpus is finished: the exports named in the mix and the card."""

from __future__ import annotations

from pathlib import Path

from slowthink.output.card import write_card
from slowthink.output.formats import export

EXPORTS = "exports"


def finish_corpus(out: Path, manifest: dict, examples: dict[str, dict], progress: bool = False,
                  shards_from: Path | None = None) -> None:
    """Called once the shards are complete and before the manifest is written (it records the exports).
    The shards are read from `shards_from` (their paths relative to it), by default `out`."""
    exports = {}
    for name in manifest["config"]["formats"]:
        exports[name] = export(shards_from or out, manifest, name, out / EXPORTS / name, progress=progress)
    manifest["exports"] = exports
    write_card(out, manifest, examples)
