"""The cipher rules, fitted exactly to a problem's example, and the answer they decode.

Each rule family has a small exact fit (`fit_caesar`, `fit_affine`, ...): every parameter of the family
consistent with the example pair, and the message as each decodes it; `reading` runs the fits a task allows
and says whether they agree. On that rest `read_problem` (the problem checked and normalised, or the field
that is wrong), `verify` (an answer compared with the decoding) and every step claim about what a fragment
decodes to. The generators import the fits too, to make only problems with one answer. Step labels are
`cipher_steps`'; the rules are set out in `verifiers/cipher.py`, the family's public module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from slowthink.core import english
from slowthink.core.alphabet import POSITION, TextError, letter, letters_of, map_letters, normalise
from slowthink.core.extract import undressed
from slowthink.core.verdict import ProblemError, Verdict, problem_from_json, right, wrong

MAX_TEXT_CHARS = 1000  # each text of a problem
MAX_ANSWER_CHARS = 4000
FAMILIES = ("caesar", "atbash", "affine", "vigenere", "substitution", "reverse", "pair_average")
UNITS = (1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25)  # multipliers with an inverse mod 26
SHAPE = '{"example": {"ciphertext": "...", "plaintext": "..."}, "ciphertext": "..."}'
BLIND_SHAPE = '{"ciphertext": "..."}'  # a blind task's problem: no example
BLIND = "cipher.caesar_blind"  # the one task without an example

Fit = "set[str] | str"  # the decodings of the message, or why the family does not fit


# ---------------------------------------------------------------- fits

def _letters(text: str) -> list[int]:
    return [POSITION[ch] for ch in text if ch != " "]


def _same_shape(c: str, p: str) -> bool:
    return [len(w) for w in c.split()] == [len(w) for w in p.split()]


@lru_cache(maxsize=2048)
def _example_letters(c: str, p: str) -> frozenset[tuple[int, int]]:
    """The example's letters as (plain position, cipher position), when it is letter for letter."""
    if not c or not _same_shape(c, p):
        return frozenset()
    return frozenset(zip(_letters(p), _letters(c)))


@lru_cache(maxsize=2048)
def _affine_multipliers(c: str, p: str) -> frozenset[int]:
    """The multipliers (with an inverse mod 26) of every multiply-and-shift rule that fits the example."""
    pairs = _example_letters(c, p)
    if not pairs:
        return frozenset()
    x0, y0 = next(iter(pairs))
    return frozenset(a for a in UNITS if all((a * (x - x0) - (y - y0)) % 26 == 0 for x, y in pairs))


def fit_caesar(c: str, p: str, m: str) -> Fit:
    if not _same_shape(c, p):
        return "the example's words differ in length, so no letter-for-letter shift fits"
    shifts = {(x - y) % 26 for x, y in zip(_letters(c), _letters(p))}
    if len(shifts) != 1:
        return "no single shift turns the example ciphertext into its plaintext"
    k = shifts.pop()
    return {map_letters(m, lambda n, _: n - k)}


def fit_atbash(c: str, p: str, m: str) -> Fit:
    if not _same_shape(c, p) or any(x + y != 27 for x, y in zip(_letters(c), _letters(p))):
        return "the example is not a mirrored alphabet (a and z swapped, b and y, ...)"
    return {map_letters(m, lambda n, _: 27 - n)}


def fit_affine(c: str, p: str, m: str) -> Fit:
    if not _same_shape(c, p):
        return "the example's words differ in length, so no letter-for-letter rule fits"
    y0, x0 = _letters(c)[0], _letters(p)[0]  # a cipher position is the multiplier times the plain one, plus the shift
    decodings = set()
    for a in _affine_multipliers(c, p):
        b, inverse = (y0 - a * x0) % 26, pow(a, -1, 26)
        decodings.add(map_letters(m, lambda n, _: inverse * (n - b)))
    return decodings or "no multiplier and shift (mod 26) turn the example ciphertext into its plaintext"


def shortest_period(seq: list[int]) -> int:
    """Smallest p with seq[i] == seq[i + p] wherever both exist (prefix function, linear time)."""
    border, k = [0] * len(seq), 0
    for i in range(1, len(seq)):
        while k and seq[i] != seq[k]:
            k = border[k - 1]
        if seq[i] == seq[k]:
            k += 1
        border[i] = k
    return len(seq) - border[-1]


def fit_vigenere(c: str, p: str, m: str) -> Fit:
    """The shortest key that repeats at least twice over the example; it restarts with the message."""
    if not _same_shape(c, p):
        return "the example's words differ in length, so no letter-for-letter key fits"
    shifts = [(x - y) % 26 for x, y in zip(_letters(c), _letters(p))]
    period = shortest_period(shifts)
    if 2 * period > len(shifts):
        return "the example's shifts never repeat, so no repeating key is shown"
    return {map_letters(m, lambda n, k: n - shifts[k % period])}


def fit_substitution(c: str, p: str, m: str) -> Fit:
    if not _same_shape(c, p):
        return "the example's words differ in length, so no letter table fits"
    table: dict[str, str] = {}
    for x, y in zip(letters_of(c), letters_of(p)):
        if table.setdefault(x, y) != y:
            return f"{x!r} stands for two different letters in the example, so no letter table fits"
    if len(set(table.values())) != len(table):
        return "two ciphertext letters stand for the same letter in the example, so no letter table fits"
    missing = sorted(set(letters_of(m)) - set(table))
    if missing:
        return f"problem.ciphertext: the example never shows what {missing[0]!r} stands for"
    return {"".join(table.get(ch, " ") for ch in m)}


def fit_reverse(c: str, p: str, m: str) -> Fit:
    if c.split() != [w[::-1] for w in p.split()]:
        return "the example's words are not its plaintext words written backwards"
    return {" ".join(w[::-1] for w in m.split())}


def average_pairs(word: str) -> str | None:
    """A word read pair by pair, each pair the letter at its positions' average; None if one has no whole average."""
    if len(word) % 2:
        return None
    nums = [POSITION[ch] for ch in word]
    pairs = list(zip(nums[0::2], nums[1::2]))
    if any((x + y) % 2 for x, y in pairs):
        return None
    return "".join(letter((x + y) // 2) for x, y in pairs)


def fit_pair_average(c: str, p: str, m: str) -> Fit:
    if [average_pairs(w) for w in c.split()] != p.split():
        return "the example's ciphertext pairs do not average to its plaintext letters"
    words = [average_pairs(w) for w in m.split()]
    if None in words:
        return "problem.ciphertext: a word does not split into pairs of letters with a whole-number average"
    return {" ".join(words)}


def fit_caesar_blind(c: str, p: str, m: str) -> Fit:
    """No example: the shift (1..25) whose decoding reads most like English, if only one does.

    Most like English: the most letters in words a careful reader knows (`english.is_known`), so a message of
    words beyond the generator's vocabulary ("photosynthesis requires chlorophyll") is read too, and a long known
    word outweighs the short ones a wrong shift makes by chance; between shifts alike in that, the most words of
    the generator's vocabulary.
    """
    best, found = (0, 0), []
    for k in range(1, 26):
        text = map_letters(m, lambda n, _: n - k)
        words = text.split()
        score = (sum(len(word) for word in words if english.is_known(word)), sum(english.is_word(word) for word in words))
        if score > best:
            best, found = score, [text]
        elif score == best and best[0]:
            found.append(text)
    if not found:
        return "problem.ciphertext: no shift turns the message into known English words"
    if len(found) > 1:
        return (f"problem.ciphertext: ambiguous: {len(found)} shifts read equally like English (known words of "
                f"{best[0]} letters in all); a longer message would settle it")
    return {found[0]}


FITS = {"caesar": fit_caesar, "atbash": fit_atbash, "affine": fit_affine, "vigenere": fit_vigenere,
        "substitution": fit_substitution, "reverse": fit_reverse, "pair_average": fit_pair_average,
        "caesar_blind": fit_caesar_blind}

# ---------------------------------------------------------------- reading a problem

@dataclass(frozen=True)
class Reading:
    answer: str | None  # the decoded message, or None when the problem cannot be decoded
    reason: str  # which rules fit, or what is wrong with the problem
    rules: tuple[str, ...]  # the families whose fit gives the answer


def families_of(task: str) -> tuple[str, ...]:
    family = task.split(".", 1)[-1]
    return FAMILIES if family == "unknown" else (family,)


@lru_cache(maxsize=8192)
def reading(task: str, c: str, p: str, m: str) -> Reading:
    """Decode the message by every rule of the task's families that fits the example."""
    found: dict[str, set[str]] = {}
    first_reason, message_reason = "", ""
    for family in families_of(task):
        fit = FITS[family](c, p, m)
        if isinstance(fit, str):
            first_reason = first_reason or fit
            if fit.startswith("problem.ciphertext") and not message_reason:  # the example fits; the message does not
                message_reason = f"{fit} (the example fits the {family} rule)"
        else:
            found[family] = fit
    decodings = set().union(*found.values()) if found else set()
    if len(decodings) == 1:
        rules = tuple(found)
        return Reading(decodings.pop(), f"decoded by {', '.join(rules)}", rules)
    if decodings:
        return Reading(None, f"problem.example: ambiguous: it fits the {', '.join(found)} rules, which decode the "
                             "message differently; a longer example would settle it", tuple(found))
    if len(families_of(task)) > 1:
        return Reading(None, message_reason or "problem.example: fits none of the rules " + ", ".join(FAMILIES), ())
    where = "" if first_reason.startswith(("problem.", "problem:")) else "problem.example: "
    return Reading(None, where + first_reason, ())


def _text(field: str, value: object, shape: str = SHAPE) -> str:
    if not isinstance(value, str):
        raise ProblemError(f"problem.{field}: expected text, got {type(value).__name__}; give {shape}")
    if len(value) > MAX_TEXT_CHARS:
        raise ProblemError(f"problem.{field}: too long ({len(value)} characters, limit {MAX_TEXT_CHARS})")
    try:
        text = normalise(value)
    except TextError as exc:
        raise ProblemError(f"problem.{field}: {exc}") from None
    if not text:
        raise ProblemError(f"problem.{field}: has no letters")
    return text


def _texts(task: str, problem: object) -> tuple[str, str, str]:
    """Example ciphertext, example plaintext and message, normalised ("" for the example of a blind task)."""
    problem = problem_from_json(problem, BLIND_SHAPE if task == BLIND else SHAPE, 4 * MAX_TEXT_CHARS)
    if task == BLIND:
        return "", "", _text("ciphertext", problem.get("ciphertext"), BLIND_SHAPE)
    if not isinstance(problem.get("example"), dict):
        raise ProblemError(f"problem.example: missing; give {SHAPE}")
    example = problem["example"]
    return (_text("example.ciphertext", example.get("ciphertext")),
            _text("example.plaintext", example.get("plaintext")), _text("ciphertext", problem.get("ciphertext")))


def read_problem(task: str, problem: object) -> dict:
    """The validated, normalised problem, or ProblemError naming the field (also when no rule fits)."""
    c, p, m = _texts(task, problem)
    found = reading(task, c, p, m)
    if found.answer is None:
        raise ProblemError(found.reason)
    return {"ciphertext": m} if task == BLIND else {"example": {"ciphertext": c, "plaintext": p}, "ciphertext": m}


def problem_key(task: str, problem: dict) -> str:
    c, p, m = _texts(task, problem)
    return f"{task}|{c}|{p}|{m}"

# ---------------------------------------------------------------- judging an answer

_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')
_LEAD_IN = re.compile(r"^(?:so\s+|thus\s+)?(?:the\s+)?(?:decoded\s+|hidden\s+|plain\s*)?(?:message|text|plaintext|decoding)"
                      r"\s+(?:is|reads|says)\s*:?\s*", re.I)


def clean_answer(text: str) -> str:
    """A model's last line often wraps the plaintext in prose: 'The decoded message is "on the mat".'
    The last quoted text is taken, but never one the line denies ('"the dog ran", not "the cat sat"'),
    and a plain tail after a verb and a colon wins over a quote before it ('Decoding "wkh" gives: the').
    """
    quotes = list(_QUOTED.finditer(text))
    given = _GIVES.search(text, quotes[-1].end()) if quotes else None
    if given:
        return given.group(1)
    said = [q.group(1) or q.group(2) for q in quotes if not _DENIED.search(text, max(0, q.start() - 24), q.start())]
    if said:
        return said[-1]
    return _LEAD_IN.sub("", text.strip())


# what a line ends on after a verb and a colon, unquoted: 'Decoding "wkh" gives: the' ("(confidence: high)" is not)
_GIVES = re.compile(r"\b(?:gives|is|reads|says|becomes|yields|to)\s*:\s*([A-Za-z][A-Za-z' -]*?)[.!]?\s*\Z", re.I)
_DENIED = re.compile(r"(?:\bnot|n't|\bnever|\brather than|\binstead of)\s*\Z", re.I)  # just before a quote


def verify(task: str, problem: object, answer: object) -> Verdict:
    try:
        c, p, m = _texts(task, problem)
    except ProblemError as exc:
        return wrong(str(exc))
    if answer is None:
        return wrong("no answer given; every cipher problem decodes to a message")
    if not isinstance(answer, str):
        return wrong(f"answer must be text, not {type(answer).__name__}")
    if len(answer) > MAX_ANSWER_CHARS:
        return wrong(f"answer too long ({len(answer)} characters, limit {MAX_ANSWER_CHARS})")
    try:
        given = normalise(undressed(answer))  # "$you flew now$", "**you flew now**"
    except TextError as exc:
        return wrong(f"the answer {exc}", answer=answer)
    truth = reading(task, c, p, m)
    if truth.answer is None:
        return wrong(truth.reason, answer=answer)
    if given == truth.answer:
        return right(f"correct ({truth.reason})", answer=answer)
    said, meant, cipher = given.split(), truth.answer.split(), m.split()
    for k, (a, b) in enumerate(zip(said, meant)):
        if a != b:
            return wrong(f"word {k + 1} of the answer, {a!r}, is not what {cipher[k]!r} decodes to", answer=answer)
    return wrong(f"the answer has {len(said)} words but the message has {len(meant)}", answer=answer)

