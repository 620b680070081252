"""Negative traces: one planted mistake at a known step, found by label_steps every time."""

import pytest

import slowthink
from slowthink.api import make_item, make_params
from slowthink.registry import TASKS

PLANTING = [name for name, task in TASKS.items() if task.solve_with_mistake is not None]
HARDER = {"arithmetic.add": {"digits": 8, "operands": 3}, "arithmetic.mul": {"digits": 5},
          "arithmetic.div": {"digits": 6, "divisor_digits": 2, "exact": False},
          "arithmetic.expr": {"depth": 3, "digits": 3, "negatives": True},
          "arithmetic.sub": {"digits": 7, "negatives": True}}


def test_every_family_can_plant_mistakes():
    assert {TASKS[name].family for name in PLANTING} >= {"arithmetic", "cipher", "countdown"}


@pytest.mark.parametrize("task", PLANTING)
def test_label_steps_finds_every_planted_mistake(task):
    spec = TASKS[task]
    params = make_params(spec, {**HARDER.get(task, {}), "mistakes": 1.0})
    negatives = 0
    for index in range(400):
        record, reason = make_item(spec, params, task, 21, index)
        assert not reason, reason
        if record["mistake_step"] is None:
            continue  # a problem with nowhere to slip (rare) is written correctly
        negatives += 1
        k = record["mistake_step"]
        labels = slowthink.label_steps(task, record["problem"], [s["text"] for s in record["steps"]])
        assert labels == [True] * k + [False] * (len(labels) - k), (record["problem"], k, labels)
        assert [s["label"] for s in record["steps"]] == labels
        assert record["verified"] is False
        assert record["difficulty"].get("mistake"), "every family names the kind of slip it planted"
    assert negatives > 300


def test_the_share_of_negatives_follows_the_mix(tmp_path):
    from slowthink.config import parse_mix
    from slowthink.pipeline import generate_corpus

    mix = parse_mix({"formats": ["prm", "messages"], "splits": {"train": 1.0},
                     "tasks": {"arithmetic.mul": {"count": 200, "digits": 3, "mistakes": 0.25}}})
    manifest = generate_corpus(mix, tmp_path / "c", quiet=True)
    counts = manifest["counts"]["arithmetic.mul"]
    assert 25 <= counts["negatives"] <= 75 and counts["rejected"] == 0
    prm = (tmp_path / "c" / "exports" / "prm" / "train.jsonl").read_text().splitlines()
    messages = (tmp_path / "c" / "exports" / "messages" / "train.jsonl").read_text().splitlines()
    assert len(prm) == counts["kept"] and len(messages) == counts["kept"] - counts["negatives"]
    assert sum('"labels":[true' in line and "false" in line for line in prm) == counts["negatives"]


def test_positive_and_negative_traces_of_one_problem_have_different_ids():
    spec = TASKS["arithmetic.add"]
    positive, _ = make_item(spec, make_params(spec, {}), "s", 0, 0)
    negative, _ = make_item(spec, make_params(spec, {"mistakes": 1.0}), "s", 0, 0)
    assert positive["problem"] == negative["problem"] and positive["id"] != negative["id"]


def test_a_problem_with_nowhere_to_slip_passes_its_negative_to_the_next_one_of_its_size():
    # half of all three-number Countdown deals offer no place for a mistake; negatives still make up
    # the share asked, at every size, and the sizes are drawn as they would be without mistakes
    spec = TASKS["countdown.countdown"]
    params = make_params(spec, {"min_count": 3, "max_count": 4, "mistakes": 1.0})
    records = [make_item(spec, params, "s", 3, index)[0] for index in range(300)]
    plain = [make_item(spec, make_params(spec, {"min_count": 3, "max_count": 4}), "s", 3, index)[0]
             for index in range(300)]
    assert [len(r["problem"]["numbers"]) for r in records] == [len(r["problem"]["numbers"]) for r in plain]
    for size in (3, 4):
        made = [r for r in records if len(r["problem"]["numbers"]) == size]
        assert sum(r["mistake_step"] is not None for r in made) >= 0.95 * len(made), size
    assert records == [make_item(spec, params, "s", 3, index)[0] for index in range(300)]  # still seeded per item


@pytest.mark.parametrize("task, check_step", [("cipher.caesar", -2), ("cipher.substitution", -2),
                                              ("cipher.vigenere", -2), ("cipher.affine", -2),
                                              ("cipher.pair_average", -2), ("cipher.caesar_blind", -3)])
def test_a_negative_cipher_trace_closes_as_a_positive_one_does(task, check_step):
    """The closing check of a negative said "Not every word is in my word list (thf), but ... I trust
    the decoding", which no positive says: a reward model could sort them by that sentence alone.
    And a slipped letter is one off either way, not always the next letter. (A blind Caesar trace
    judges its words the line before it writes the message out.)"""
    records = list(slowthink.generate(task, 80, seed=5, mistakes=0.5))
    closing = {True: set(), False: set()}
    for record in records:
        closing[record["mistake_step"] is None].add(" ".join(record["steps"][check_step]["text"].split()[:2]))
    assert closing[False] and closing[False] <= closing[True]
    shifts = set()
    for record in records:
        if record["mistake_step"] is not None:
            truth = slowthink.solve(task, record["problem"])["answer"]
            shifts |= {ord(a) - ord(b) for a, b in zip(record["answer"], truth) if a != b}
    assert shifts == {1, -1}


def test_a_slip_that_would_make_a_divisor_zero_gives_no_negative_and_no_crash():
    """The slipped value flows on: in (7/9 + 9/8) ÷ (2/3 − 4/3) a slip to 0/3 leaves nothing to divide
    by. That problem then has no negative (the next one of its size gets it), as `make_dataset` needs."""
    import random

    task = TASKS["arithmetic.expr"]
    params = make_params(task, {"fractions": True, "depth": 2, "mistakes": 1.0})
    planted = [task.solve_with_mistake({"expression": "(7/9 + 9/8) / (2/3 - 4/3)"}, params, random.Random(seed))
               for seed in range(60)]
    assert None in planted and any(p is not None and p.mistake_step is not None for p in planted)
    assert len(list(slowthink.generate("arithmetic.expr", 300, seed=0, fractions=True, depth=2, mistakes=1.0))) == 300
