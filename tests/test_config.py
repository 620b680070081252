from pathlib import Path

import pytest

from slowthink.config import load_mix, parse_mix
from slowthink.core.params import ConfigError

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", ["smoke.toml", "default.toml", "large.toml"])
def test_shipped_mixes_are_valid_and_cover_every_task(name):
    import slowthink

    mix = load_mix(ROOT / "configs" / name)
    assert {e.task for e in mix.entries} == set(slowthink.tasks())


def test_total_with_weights_adds_up_exactly():
    mix = parse_mix({"total": 1000, "tasks": {"arithmetic.add": {"weight": 1}, "arithmetic.mul": {"weight": 2},
                                              "arithmetic.sub": {}}})
    assert [e.count for e in mix.entries] == [250, 500, 250]


def test_defaults_apply_to_tasks_that_have_them_and_entries_may_repeat_a_task():
    mix = parse_mix({"defaults": {"digits": 4}, "tasks": {
        "arithmetic.add": {"count": 1}, "hard": {"task": "arithmetic.add", "count": 2, "digits": 12}}})
    assert [e.params.digits for e in mix.entries] == [4, 12]
    assert [e.name for e in mix.entries] == ["arithmetic.add", "hard"]


@pytest.mark.parametrize("data, message", [
    ({}, "no tasks"),
    ({"tasks": {"arithmetic.nope": {"count": 1}}}, "unknown task 'arithmetic.nope'; known tasks"),
    ({"tasks": {"arithmetic.add": {}}}, r"tasks.arithmetic.add.count is missing"),
    ({"tasks": {"arithmetic.add": {"count": -1}}}, r"count = -1 is not allowed"),
    ({"tasks": {"arithmetic.add": {"count": 1, "digits": 99}}}, r"tasks.arithmetic.add.digits = 99 .*from 1 to 30"),
    ({"tasks": {"arithmetic.add": {"count": 1, "dgits": 3}}}, r"dgits is not a parameter.*known: "),
    ({"sed": 1, "tasks": {"arithmetic.add": {"count": 1}}}, "unknown key 'sed'"),
    ({"seed": -1, "tasks": {"arithmetic.add": {"count": 1}}}, "seed = -1"),
    ({"splits": {"train": 0.5, "test": 0.4}, "tasks": {"arithmetic.add": {"count": 1}}}, "add up to 0.9"),
    ({"total": 10, "tasks": {"arithmetic.add": {"count": 1}}}, "exclude each other"),
    ({"defaults": {"colour": 1}, "tasks": {"arithmetic.add": {"count": 1}}}, "defaults.colour"),
    ({"formats": ["nope"], "tasks": {"arithmetic.add": {"count": 1}}}, "unknown format 'nope'"),
])
def test_bad_mixes_name_the_key_and_the_fix(data, message):
    with pytest.raises(ConfigError, match=message):
        parse_mix(data, source="mix.toml")


def test_bad_toml_and_missing_files(tmp_path):
    with pytest.raises(ConfigError, match="no such mix file"):
        load_mix(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("seed = = 1\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_mix(bad)
