"""Cipher generator: seeded, within its parameters, unambiguous, and varied enough not to repeat."""

import collections
import re

import pytest

from slowthink.core import english
from slowthink.core.params import ConfigError, build_params
from slowthink.core.rng import item_rng
from slowthink.registry import get_task
from slowthink.verifiers import cipher as ver

CIPHERS = ["cipher.caesar", "cipher.atbash", "cipher.affine", "cipher.vigenere", "cipher.substitution",
           "cipher.reverse", "cipher.pair_average", "cipher.unknown"]
CLEAN = re.compile(r"[a-z]+( [a-z]+)*")


def problems(name, n, seed=0, **params):
    task = get_task(name)
    settings = build_params(task.params, params)
    return [task.generate(item_rng(name, seed, i), settings) for i in range(n)]


@pytest.mark.parametrize("name", CIPHERS + ["cipher.caesar_blind"])
def test_same_seed_same_problem_and_different_seeds_differ(name):
    first = problems(name, 30)
    assert first == problems(name, 30)
    assert first != problems(name, 30, seed=1)


@pytest.mark.parametrize("name", CIPHERS)
def test_problems_are_clean_english_and_decode_one_way(name):
    for problem in problems(name, 60, seed=2):
        example = problem["example"]
        for text in (example["ciphertext"], example["plaintext"], problem["ciphertext"]):
            assert CLEAN.fullmatch(text) and len(text) <= ver.MAX_TEXT_CHARS
        assert all(english.is_word(w) for w in example["plaintext"].split())
        found = ver.reading(name, example["ciphertext"], example["plaintext"], problem["ciphertext"])
        assert found.answer is not None and all(english.is_word(w) for w in found.answer.split())
        assert example["ciphertext"] != example["plaintext"]
        # unknown: even knowing every rule, the example leaves one decoding
        assert ver.reading("cipher.unknown", example["ciphertext"], example["plaintext"],
                           problem["ciphertext"]).answer in (found.answer, None)


@pytest.mark.parametrize("low, high", [(1, 1), (2, 3), (5, 5), (12, 12)])
def test_message_length_follows_the_parameters(low, high):
    for name in ("cipher.caesar", "cipher.pair_average", "cipher.unknown"):
        for problem in problems(name, 30, min_words=low, max_words=high):
            assert low <= len(problem["ciphertext"].split()) <= high


def test_pair_average_pairs_have_whole_averages_and_the_substitution_example_covers_the_message():
    for problem in problems("cipher.pair_average", 50):
        for word in problem["ciphertext"].split():
            assert all((ord(a) + ord(b)) % 2 == 0 for a, b in zip(word[0::2], word[1::2]))
    for problem in problems("cipher.substitution", 50, min_words=8, max_words=12):
        assert set(problem["ciphertext"]) <= set(problem["example"]["ciphertext"]) | {" "}


def test_vigenere_keys_have_the_asked_length_and_repeat_in_the_example():
    for length in (2, 4, 6):
        for problem in problems("cipher.vigenere", 20, min_key_length=length, max_key_length=length, example_words=6):
            example = problem["example"]
            shifts = [(ord(c) - ord(p)) % 26 for c, p in zip(example["ciphertext"].replace(" ", ""),
                                                              example["plaintext"].replace(" ", ""))]
            assert ver.shortest_period(shifts) == length <= len(shifts) // 2


def test_unknown_draws_every_rule_it_is_allowed():
    import slowthink
    rules = collections.Counter(r["difficulty"]["rule"] for r in slowthink.generate("cipher.unknown", 160, seed=4))
    assert set(rules) == {"caesar", "atbash", "affine", "vigenere", "substitution", "reverse", "pair_average"}
    only = {r["difficulty"]["rule"] for r in slowthink.generate("cipher.unknown", 30, rules=["atbash", "reverse"])}
    assert only == {"atbash", "reverse"}


def test_few_repeats():
    seen = [problems(name, 1500, seed=9) for name in ("cipher.caesar", "cipher.unknown")]
    for batch in seen:
        keys = {ver.problem_key("cipher.unknown", p) for p in batch}
        plaintexts = {p["example"]["plaintext"] for p in batch}
        assert len(keys) == len(batch) and len(plaintexts) >= 0.99 * len(batch)


@pytest.mark.parametrize("params, field", [({"min_words": 5, "max_words": 2}, "min_words"),
                                           ({"detours": 1.5}, "detours"), ({"checks": 0}, "checks"),
                                           ({"rules": ["caesar", "rot13"]}, "rules"),
                                           ({"min_key_length": 5, "max_key_length": 3}, "min_key_length")])
def test_bad_parameters_name_the_field(params, field):
    with pytest.raises(ConfigError, match=field):
        build_params(get_task("cipher.unknown").params, params)


def test_blind_messages_are_english_under_exactly_one_shift():
    for problem in problems("cipher.caesar_blind", 60, seed=5, min_words=2, max_words=4):
        assert set(problem) == {"ciphertext"} and CLEAN.fullmatch(problem["ciphertext"])
        readings = ["".join(c if c == " " else chr((ord(c) - 97 - k) % 26 + 97) for c in problem["ciphertext"])
                    for k in range(1, 26)]
        english_ones = [r for r in readings if all(english.is_word(w) for w in r.split())]
        assert len(english_ones) == 1


def test_a_phrase_never_says_a_word_twice_running():
    """"a secret secret": "secret" is an adjective and a noun, and one noun phrase drew it as both. Only a noun
    followed by the verb spelled alike ("the rose rose at dawn") may repeat."""
    import random

    for seed in range(20000):
        words = english.phrase(random.Random(seed), 3, 12).split()
        assert not [a for a, b in zip(words, words[1:]) if a == b and a != "rose"], words
