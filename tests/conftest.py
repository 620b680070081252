"""Shared fixtures: a small real corpus written once per test worker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
SMOKE = ROOT / "configs" / "smoke.toml"


@pytest.fixture(scope="session")
def smoke_corpus(tmp_path_factory) -> Path:
    from slowthink.config import load_mix
    from slowthink.pipeline import generate_corpus

    out = tmp_path_factory.mktemp("smoke") / "corpus"
    generate_corpus(load_mix(SMOKE), out, workers=1, quiet=True)
    return out


# Property tests draw the same examples on every run, so `make test` (and CI) passes or fails by the code alone,
# never by which examples a run happened to draw. `SLOWTHINK_HYPOTHESIS=explore make test` draws fresh ones to
# look for new failures; a failure it finds belongs in the test as an `@example`.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("SLOWTHINK_HYPOTHESIS", "repeatable"))
