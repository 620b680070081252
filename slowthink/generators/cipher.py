"""Cipher problems: an example pair under a hidden rule, and a new message to decode.

Every problem is `{"example": {"ciphertext", "plaintext"}, "ciphertext"}` (see
DESIGN.md), all lowercase letters and single spaces. Plaintexts come from the
shipped phrase grammar (`core.english`). Rules: Caesar shift, atbash mirror, affine
(multiply and shift mod 26), Vigenère (a repeating key of shifts that restarts with
each text and skips spaces), keyed substitution (the example shows every letter the
message needs), word reversal, and pair average (each plaintext letter is the
average of the positions of two ciphertext letters). `cipher.unknown` draws the rule
too. `cipher.caesar_blind` gives no example at all: `{"ciphertext": "..."}`, found by
trying shifts until English words appear. A problem is kept only when the verifier's
own fit decodes the message to its plaintext and to nothing else, so no problem is
ambiguous. What it leaves out: transposition across words, punctuation, capitals.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from slowthink.core import english
from slowthink.core.alphabet import POSITION, letter, letters_of, map_letters
from slowthink.core.params import CommonParams, ConfigError, param
from slowthink.verifiers.cipher import UNITS, reading, shortest_period

RULES = ("caesar", "atbash", "affine", "vigenere", "substitution", "reverse", "pair_average")
MAX_TRIES = 200  # draws before giving up; in practice a handful is enough


# ---------------------------------------------------------------- parameters

@dataclass(frozen=True)
class CipherParams(CommonParams):
    min_words: int = param(3, "fewest words in the message to decode", min=1, max=12)
    max_words: int = param(6, "most words in the message to decode", min=1, max=12)
    example_words: int = param(4, "fewest words in the example (it has up to 4 more)", min=2, max=12)
    detours: float = param(0.5, "chance that each plausible wrong hypothesis is tested and rejected before the "
                                "right one (0 = direct, 1 = thorough)", min=0.0, max=1.0)
    checks: int = param(3, "example letters (pairs, words) checked one by one before a rule is trusted",
                        min=1, max=12)

    def check(self) -> None:
        if self.min_words > self.max_words:
            raise ConfigError(f"min_words = {self.min_words} is more than max_words = {self.max_words}: "
                              "lower min_words")


@dataclass(frozen=True)
class VigenereParams(CipherParams):
    example_words: int = param(5, "fewest words in the example (it has up to 4 more)", min=2, max=12)
    min_key_length: int = param(2, "shortest key (number of shifts before it repeats)", min=2, max=6)
    max_key_length: int = param(4, "longest key", min=2, max=6)

    def check(self) -> None:
        super().check()
        if self.min_key_length > self.max_key_length:
            raise ConfigError(f"min_key_length = {self.min_key_length} is more than max_key_length = "
                              f"{self.max_key_length}: lower min_key_length")


@dataclass(frozen=True)
class UnknownParams(VigenereParams):
    max_key_length: int = param(3, "longest Vigenère key", min=2, max=6)
    rules: tuple = param(RULES, "rules the hidden code is drawn from (evenly)", choices=RULES)


@dataclass(frozen=True)
class BlindParams(CommonParams):
    min_words: int = param(3, "fewest words in the message (short messages can read as English under two shifts)",
                           min=2, max=12)
    max_words: int = param(6, "most words in the message", min=2, max=12)

    def check(self) -> None:
        if self.min_words > self.max_words:
            raise ConfigError(f"min_words = {self.min_words} is more than max_words = {self.max_words}: "
                              "lower min_words")


# ---------------------------------------------------------------- rules (encryption)

def _primitive_key(rng: random.Random, length: int) -> list[int]:
    while True:
        key = [rng.randint(1, 25) for _ in range(length)]
        if shortest_period(key) == length:  # "abab" would really be a key of length 2
            return key


def draw_rule(rng: random.Random, rule: str, params: CipherParams):
    """An encryption function for one random key of the rule, and the key length (0 if it has none)."""
    if rule == "caesar":
        k = rng.randint(1, 25)
        return (lambda t: map_letters(t, lambda n, _: n + k)), 0
    if rule == "atbash":
        return (lambda t: map_letters(t, lambda n, _: 27 - n)), 0
    if rule == "affine":
        a = rng.choice(UNITS[1:])  # multiplier 1 would be a plain shift
        b = rng.randint(0, 25)
        if (a, b) == (25, 1):  # that one is the atbash mirror
            b = 2
        return (lambda t: map_letters(t, lambda n, _: a * n + b)), 0
    if rule == "vigenere":
        key = _primitive_key(rng, rng.randint(params.min_key_length, params.max_key_length))
        return (lambda t: map_letters(t, lambda n, k: n + key[k % len(key)])), len(key)
    if rule == "substitution":
        shuffled = list("abcdefghijklmnopqrstuvwxyz")
        rng.shuffle(shuffled)
        table = dict(zip("abcdefghijklmnopqrstuvwxyz", shuffled))
        return (lambda t: "".join(table.get(ch, ch) for ch in t)), 0
    if rule == "reverse":
        return (lambda t: " ".join(w[::-1] for w in t.split())), 0
    if rule == "pair_average":
        def pairs(text: str) -> str:
            out = []
            for ch in text:
                if ch == " ":
                    out.append(ch)
                    continue
                n = POSITION[ch]
                first = rng.randint(max(1, 2 * n - 26), min(26, 2 * n - 1))  # both letters stay in a..z
                out.append(letter(first) + letter(2 * n - first))
            return "".join(out)
        return pairs, 0
    raise ValueError(f"unknown cipher rule {rule!r}")


_WORDS_WITH = {ch: sorted(w for w in english.WORDS if ch in w) for ch in POSITION}


def cover(rng: random.Random, example: str, message: str) -> str:
    """The example, extended with words until it shows every letter the message uses."""
    words = example.split()
    missing = sorted(set(letters_of(message)) - set(letters_of(example)))
    while missing:
        word = rng.choice(_WORDS_WITH[missing[0]])
        words.append(word)
        missing = [ch for ch in missing if ch not in word]
    return " ".join(words)


# ---------------------------------------------------------------- generation

def generate(rule: str, rng: random.Random, params: CipherParams) -> dict:
    """A problem of one rule ("unknown": a rule drawn from params.rules) that decodes one way only."""
    task = f"cipher.{rule}"
    if rule == "caesar_blind":
        return generate_blind(rng, params)
    for _ in range(MAX_TRIES):
        chosen = rng.choice(params.rules) if rule == "unknown" else rule
        message = english.phrase(rng, params.min_words, params.max_words)
        example = english.phrase(rng, params.example_words, params.example_words + 4)
        if chosen == "substitution":
            example = cover(rng, example, message)
        encrypt, key_length = draw_rule(rng, chosen, params)
        if example == message or 2 * key_length > len(letters_of(example)):
            continue
        cipher_example, cipher_message = encrypt(example), encrypt(message)
        if cipher_example == example:
            continue  # shows nothing of the rule
        if reading(task, cipher_example, example, cipher_message).answer == message:
            return {"example": {"ciphertext": cipher_example, "plaintext": example}, "ciphertext": cipher_message}
    raise RuntimeError(f"{task}: no unambiguous problem in {MAX_TRIES} draws with {params}")


def generate_blind(rng: random.Random, params: BlindParams) -> dict:
    """A Caesar-shifted message with no example, whose English reading is unique among the 25 shifts."""
    for _ in range(MAX_TRIES):
        message = english.phrase(rng, params.min_words, params.max_words)
        k = rng.randint(1, 25)
        cipher = map_letters(message, lambda n, _: n + k)
        if reading("cipher.caesar_blind", "", "", cipher).answer == message:
            return {"ciphertext": cipher}
    raise RuntimeError(f"cipher.caesar_blind: no unambiguous message in {MAX_TRIES} draws with {params}")


# ---------------------------------------------------------------- question

DESCRIPTIONS = {
    "caesar": "Every letter was moved the same number of places along the alphabet, wrapping round from z to a.",
    "atbash": "The alphabet was mirrored: a and z swap, b and y swap, and so on.",
    "affine": "Each letter's alphabet position (a = 1 ... z = 26) was multiplied by a fixed number and then shifted "
              "by a fixed amount, counting modulo 26.",
    "vigenere": "Letters were shifted along the alphabet by a short key of shifts that repeats; the key skips spaces "
                "and starts again at the first letter of each text.",
    "substitution": "Each letter was replaced by another letter, always the same one for the same letter.",
    "reverse": "The letters of each word were rearranged by one fixed rule.",
    "pair_average": "Each letter of the message became a pair of letters, whose alphabet positions relate to it by "
                    "one fixed arithmetic rule.",
    "unknown": "The rule is not given: work it out from the example.",
}


def question(rule: str, problem: dict) -> str:
    if rule == "caesar_blind":
        return (f'This message was encrypted with a Caesar shift (every letter moved the same number of places along '
                f'the alphabet, wrapping round from z to a), and no example is given: "{problem["ciphertext"]}". '
                "Decode it. Give the decoded message.")
    example = problem["example"]
    return (f'In a secret code, "{example["ciphertext"]}" decodes to "{example["plaintext"]}". '
            f'{DESCRIPTIONS[rule]} Using the same code, decode "{problem["ciphertext"]}". '
            "Give the decoded message.")
