"""Shared fixtures: a small real corpus written once per test worker."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SMOKE = ROOT / "configs" / "smoke.toml"


@pytest.fixture(scope="session")
def smoke_corpus(tmp_path_factory) -> Path:
    from slowthink.config import load_mix
    from slowthink.pipeline import generate_corpus

    out = tmp_path_factory.mktemp("smoke") / "corpus"
    generate_corpus(load_mix(SMOKE), out, workers=1, quiet=True)
    return out
