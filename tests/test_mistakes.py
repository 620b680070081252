"""Negative traces: one planted mistake at a known step, found by label_steps every time."""

import dataclasses
import re
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

import pytest

import slowthink
from slowthink.api import make_item, make_params
from slowthink.config import load_mix
from slowthink.core.expr import ARITHMETIC_RULES, numbers_used, parse, value_of
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


def _largest_settings(task: str) -> dict:
    """Every whole-number setting of an arithmetic or cipher task at its largest (for these, largest is hardest)."""
    settings = {}
    for field in dataclasses.fields(TASKS[task].params):
        largest = field.metadata.get("max")
        if largest is not None and type(field.default) is int:
            settings[field.name] = largest
    if "min_digits" in settings:
        settings["min_digits"] = settings["digits"]
    return settings


@pytest.mark.parametrize("task", [name for name in TASKS if name.split(".")[0] in ("arithmetic", "cipher")])
@pytest.mark.parametrize("mistakes", [0.0, 1.0])
def test_every_task_at_its_largest_settings_keeps_its_traces_and_finds_its_slips(task, mistakes):
    """A product of four 30-digit numbers was rejected every time: the lead of its long multiplication ("multiply <90
    digits> by each digit of …") was read only up to 60 digits, so each row was checked against the product before."""
    spec = TASKS[task]
    params = make_params(spec, {**_largest_settings(task), "mistakes": mistakes})
    for index in range(3):
        record, reason = make_item(spec, params, task, 9, index)
        assert not reason, (record["problem"], reason)


@pytest.mark.parametrize("task, params", [("countdown.game24", {}), ("countdown.countdown", {"max_count": 4})])
def test_a_slip_in_a_proof_of_no_solution_is_labelled_false_at_its_line(task, params):
    """The slip in a "no solution" proof is a pair's list of values with one wrong ("4 and 11 make 5, 7, 44, …"); the
    line said to hold it was the first whose text held the list, and "15, 7, 44, …" of an earlier line holds "5, 7,
    44, …": the mistake was put lines before the slip, and the record was rejected."""
    spec = TASKS[task]
    settings = make_params(spec, {**params, "unsolvable": 1.0, "mistakes": 1.0})
    negatives = 0
    for index in range(150):
        record, reason = make_item(spec, settings, task, 5, index)
        assert not reason, (record["problem"], reason)
        if record["answer"] is None and record["mistake_step"] is not None:
            negatives += 1
    assert negatives > 100


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
        if record["difficulty"].get("mistake") in ("decoding slip", "real-word decoding slip"):
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


# ---------------------------------------------------------------- arithmetic: a negative checks as a positive does
# A negative trace believes its slip to the end. Where an honest check would expose it, the writer's check
# slips too, the way that makes it agree, and then reads as a positive's check does: no sentence that only
# negatives say (a reward model could sort traces by it), and no check that agrees next to another value.

ROOT = Path(__file__).resolve().parents[1]
ARITHMETIC_MIX = {entry.name: entry for entry in load_mix(ROOT / "configs" / "default.toml").entries
                  if entry.task.startswith("arithmetic.")}
MULTIPLYING = [name for name, entry in sorted(ARITHMETIC_MIX.items()) if entry.task == "arithmetic.mul"]
EXPRESSIONS = [name for name, entry in sorted(ARITHMETIC_MIX.items()) if entry.task == "arithmetic.expr"]
_NUMBER = re.compile(r"−?\d+(?:/\d+)?")


@lru_cache(maxsize=None)
def _arithmetic_records(name: str, negative: bool, n: int = 300) -> tuple:
    entry = ARITHMETIC_MIX[name]
    params = dataclasses.replace(entry.params, mistakes=1.0 if negative else 0.0)
    made = [make_item(TASKS[entry.task], params, name, 7, index) for index in range(n)]
    assert not [reason for _, reason in made if reason]
    return tuple(record for record, _ in made if (record["mistake_step"] is not None) == negative)


def _check_block(record: dict) -> list[str]:
    """The lines from the check (the first line of the working's own level that says it checks) to the answer."""
    texts = [step["text"] for step in record["steps"]]
    start = next((k for k, text in enumerate(texts) if not text.startswith(" ") and "check" in text.lower()), None)
    return [] if start is None else texts[start:-1]


def _wording(text: str) -> set[str]:
    """The phrases of a line with its numbers masked: what it says, not what it computes."""
    return {part.strip() for part in re.split(r"[.,;:()]", _NUMBER.sub("N", text)) if re.search("[a-z]{3}", part)}


def _value(text: str) -> Fraction:
    return Fraction(text.replace("−", "-"))


def test_the_arithmetic_entries_of_the_default_mix_are_all_here():
    assert {entry.task for entry in ARITHMETIC_MIX.values()} == {"arithmetic.add", "arithmetic.sub", "arithmetic.mul",
                                                                  "arithmetic.div", "arithmetic.expr"}


@lru_cache(maxsize=None)
def _said_by_positives() -> frozenset:
    """Every phrase of every positive arithmetic trace of the mix (they share one corpus)."""
    return frozenset().union(*(_wording(step["text"]) for name in ARITHMETIC_MIX
                               for record in _arithmetic_records(name, False) for step in record["steps"]))


@pytest.mark.parametrize("name", sorted(ARITHMETIC_MIX))
def test_a_negative_arithmetic_check_says_nothing_a_positive_never_says(name):
    """"They do not agree, so there is a slip somewhere; but I will go with it." closed 164 of 300 negative
    products and no positive one: a giveaway, and incoherent (an error noticed and ignored)."""
    checks = [_check_block(record) for record in _arithmetic_records(name, True)]
    assert sum(map(bool, checks)) > 50
    only_negatives = {phrase for block in checks for line in block for phrase in _wording(line)} - _said_by_positives()
    assert not only_negatives


@pytest.mark.parametrize("name", sorted(ARITHMETIC_MIX))
def test_a_negative_arithmetic_check_agrees_with_what_it_checks_and_nothing_else(name):
    """The check of a negative computed the true value and then said "Both routes agree." next to the
    believed one. Now what a check arrives at is what it checks: an operand given (subtracting or
    dividing back), or the answer as believed; an expression's steps undone land on values its working
    wrote; casting out nines leaves the residue it predicted. And
    its false step comes after the planted one: the labels and the wrong answer stand."""
    task = ARITHMETIC_MIX[name].task
    for negative in (False, True):  # positives show the reading below is no rubber stamp
        for record in _arithmetic_records(name, negative):
            block, labels = _check_block(record), [step["label"] for step in record["steps"]]
            k = record["mistake_step"] if negative else len(labels)
            assert labels == [True] * k + [False] * (len(labels) - k), record["problem"]
            assert bool(slowthink.verify(task, record["problem"], record["answer"])) is not negative
            numbered = [line for line in block if _NUMBER.search(line)]
            if not numbered:
                continue
            arrived = _value(_NUMBER.findall(numbered[-1])[-1])
            if "nines" in block[0]:
                predicted = _value(_NUMBER.findall(numbered[-2])[-1])
                assert arrived == predicted, (record["problem"], block[-2:])
                continue
            if task == "arithmetic.expr":  # each step undone lands on what that step was done to, as written
                before = [_value(n) for step in record["steps"][:len(record["steps"]) - len(block) - 1]
                          for n in _NUMBER.findall(step["text"])]
                for undone in re.findall(r"= (−?\d+(?:/\d+)?)(?:;|\.)", block[0]):
                    assert _value(undone) in before, (record["problem"], block)
                continue
            answer = value_of(record["answer"])
            given = numbers_used(parse(record["problem"]["expression"], ARITHMETIC_RULES))
            assert abs(arrived) in {abs(answer), *map(abs, given)}, (record["problem"], block)


@pytest.mark.parametrize("name", MULTIPLYING)
def test_casting_out_nines_in_a_negative_miscounts_a_digit_sum_and_closes_as_a_positive_does(name):
    """The slipped product's digits are summed wrong by as little as makes the residues agree (the
    one false equation of the check), and the verdict is one a positive trace gives."""
    def nines(negative: bool) -> list[list[str]]:
        blocks = map(_check_block, _arithmetic_records(name, negative))
        return [block for block in blocks if block and "nines" in block[0]]

    verdicts = {block[-1].rsplit(".", 2)[-2].strip() for block in nines(False)}
    blocks = nines(True)
    assert len(blocks) >= 100
    miscounted = 0
    for block in blocks:
        assert block[-1].rsplit(".", 2)[-2].strip() in verdicts, block[-1]
        digits, total = re.match(r"\s*(\d+): ((?:\d \+ )+\d) = (\d+)", block[-1]).group(1, 3)
        off = int(total) - sum(map(int, digits))
        miscounted += off != 0
        assert abs(off) < 9, block[-1]
    assert miscounted > len(blocks) // 2


@pytest.mark.parametrize("name", EXPRESSIONS)
def test_a_negative_expression_trace_checks_in_another_order_as_often_as_a_positive_one(name):
    """Negative expression traces had no check at all, where two positives in three have one: the
    missing check gave them away. The other order now states the values as the working wrote them."""
    def share(negative: bool) -> float:
        records = _arithmetic_records(name, negative)
        return sum(bool(_check_block(record)) for record in records) / len(records)

    assert share(True) > 0.2 and abs(share(True) - share(False)) < 0.1


# ---------------------------------------------------------------- cipher: more than one kind of slip
# Every cipher negative once planted one wrong letter in a decoded word, mostly a non-word: a reward model
# learned to spot misspellings. Now the kind is drawn per item from those the trace has a place for.
CIPHER_MIX = [entry for entry in load_mix(ROOT / "configs" / "default.toml").entries if entry.task.startswith("cipher.")]


@lru_cache(maxsize=None)
def _cipher_negatives(n: int = 24) -> tuple:
    found = []
    for entry in CIPHER_MIX:
        params = dataclasses.replace(entry.params, mistakes=1.0)
        made = [make_item(TASKS[entry.task], params, entry.name, 13, index) for index in range(n)]
        assert sum(bool(reason) for _, reason in made) <= n // 10, entry.name  # drops stay rare
        found += [(entry.task, record) for record, reason in made if not reason and record["mistake_step"] is not None]
    return tuple(found)


def test_cipher_negatives_plant_several_kinds_of_slip_none_the_bulk():
    kinds = [record["difficulty"]["mistake"] for _, record in _cipher_negatives()]
    shares = {kind: kinds.count(kind) / len(kinds) for kind in set(kinds)}
    assert set(shares) == {"decoding slip", "real-word decoding slip", "rule arithmetic slip"}, shares
    assert max(shares.values()) <= 0.6 and min(shares.values()) >= 0.1, shares


def test_each_kind_of_cipher_slip_is_labelled_false_exactly_at_its_step():
    from slowthink.core import english
    for task, record in _cipher_negatives():
        k, kind = record["mistake_step"], record["difficulty"]["mistake"]
        labels = slowthink.label_steps(task, record["problem"], [s["text"] for s in record["steps"]])
        assert labels == [True] * k + [False] * (len(labels) - k), (kind, record["problem"])
        assert not slowthink.verify(task, record["problem"], record["answer"])
        truth = slowthink.solve(task, record["problem"])["answer"]
        said, meant = record["answer"].split(), truth.split()
        wrong = [(a, b) for a, b in zip(said, meant) if a != b]
        if kind == "real-word decoding slip":  # one word changed, into another real word: no misspelling to spot
            assert len(set(wrong)) == 1 and english.is_known(wrong[0][0]), (record["answer"], truth)
        if kind == "rule arithmetic slip":  # the rule is wrong, so the message is decoded wrong wherever it goes
            assert len(wrong) >= len(meant) // 2, (record["answer"], truth)
            assert "=" in record["steps"][k]["text"]  # the step works a number out, wrong
