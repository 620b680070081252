"""Cipher verifier: infers the rule from the example itself, decodes, and judges.

It knows the cipher rules, not the solver. Each rule family has a small exact
*fit*: every parameter of the family consistent with the example pair (the shift,
the multiplier and shift, the shortest repeating key, the letter table...), and
the message as each of them decodes it. A task's answer is that decoding; for
`cipher.unknown` every family is fitted and all that fit must agree, otherwise the
problem is ambiguous and says so. `cipher.caesar_blind` has no example (the problem is
`{"ciphertext": ...}`): its answer is the one shift that makes the most decoded words
English (words of `core.english`), and a tie is ambiguous. Answers are compared as letters and single
spaces (case, punctuation and extra spaces do not matter).

Step labels read free text in the family's style and in the ways models write it:
every equation (through `core.claims`), every letter-position statement ("t = 20",
"20 = t", "14, which is n", "t is letter 20", "t is the 20th letter"), every decoding
written with an arrow ('"xli" → "the"', "x -> t") or said in words ('"xli" decodes to
"the"', "x becomes t"; read either way, as a decoding or an encoding, and false only
if false both ways), the final answer however it is stated ("Answer: …", boxed, "The
answer is …", 'the message reads "…"'), and Caesar trials ('"xli" back 4 is "the"'). That no
multiplier and shift fits ("none of the 12 multipliers fits", "so that rules out multiply-and-shift")
is false where one fits the example, and that a letter table read off the example is consistent ("no ciphertext
letter stands for two letters, and no two for one") is false where the example is not letter for letter or a
letter of it stands for two, or two for one. Multiply-and-shift solved from two letters is read claim by claim: that "15
undoes × 7" (15 × 7 leaves 1 over a multiple of 26), that "× 16 cannot be undone" (or "has no inverse"), that "16 is
even", that "25 − 18 = 7 and 1 − 4 = −3, so the multiplier times 7 must match −3" names two letters of the example
and what each is written as, that "the multiplier is …" matches those differences (with none said in the step, that it is one
that fits the example, where one does), and that "a → y gives the shift: 1 − 7 × 25 = …" (the arrow read either
way round, as a decoding or an encoding) takes a letter of the example at its position with the multiplier the
trace found (`label_steps` keeps it from step to step); a letter
tested against the example ("o = 15: … = w; but the example has i") goes with that letter in the example, either
way round, and did not come out as it.
A rule's number written like a position ("with a = 5 and b = 8") is not taken for
one; a letter said to lie between two others ("t lies between o and y") must, by position, and a letter
shifted by a number ("c + 5 = h", "z + 5 = e", "c shifted by 5 is h", "'mjnz' shifted back by 5 is 'heiu'")
must land there (with no direction said, either way), as must a fragment a shift is said to move ("a shift of 5
turns 'cz' into 'he'", "'cz' with a shift of 5 is 'he'"), or to reverse or rotate ("'ton' backwards is 'not'"). An
arrow after a shift or a key said in its sentence ("shift 13: 'jxu' → 'wkh'", "key 8, 20, 21: 'duiq' → 'vani'") is
what that shift does, a trial's result, not a claimed decoding; so is one after another rule said as a trial's
("Atbash: …", "Reversed: …", "× 3, shift 12: …", "a = 3, b = 12: …", "key LEMON: …"; the arithmetic of its working,
"3 × 22 + 12 = 78", names no other rule), and so is the arrow of a trial
worked out and concluded ("Sum: 22 + 18 = 40, 40 − 26 = 14, so 'vr' → 'n'", "Try shift 3: j − 3 = g, so 'jxu' →
'gur'", "Atbash: v is 22, 27 − 22 is 5, thus 'vr' → 'ei'", "…, which gives …"), unless the rule is said to be the
one: before it in its sentence (a shift: just before it, "the code is a shift of 5", "it's a shift of 5", so that
"…, so shift 4: …" is the next trial) by "is", "was", "must be", "it's", "so", "thus", "hence" or "therefore" not
hedged in its clause nor before an earlier arrow ("the rule is the mirror, so …", "it is Atbash: …", "the code is a
shift of 5, so …", "so with Atbash, …"), or after it, before the arrow, by its own "is", "was", "must be", "fits" or
"works" ("Atbash is the code, so …", "the mirror fits, so …"; not "shift 3 is wrong: …", "… is a guess") or by the
code or "it" said to be ("…, so it must be the mirror, and …", "…, so the shift is 5, and …"); a "so" after the
rule, or an "is" of its numbers ("v is 22"), only concludes the trial. So is an arrow after a pair rule, two letters
to one ("Sum mod 26: 'vr' → 'n'", "Difference: 'ga' → 'f'", "Average: 'nx' → 's'", "Product mod 26: …", "(first +
second) mod 26: …"): a sum, difference (either way round) or product is counted round the alphabet, with a = 1 or a
= 0, and an average that is not whole ((22 + 15) ÷ 2 = 18.5) is no letter, so either letter beside it (r or s) is
taken, and no other; an arrow there that is not two letters to one is no trial's. So is one after letters moved
round inside each word ("Rotate left by 1: 'arev' → 'reva'", the first letters to the end, right the last to the
front, either way with no direction said, and unless a word is named as a shift of the alphabet too, "rotate by 13"
as rot13; "last letter to the front: …", "first two letters to the end: …", "swap pairs: …"). The arrow of any trial
that its rule does not give but the problem decodes is the example's pair under test ('Sum: "vr" → "t": 22 + 18 =
40, not t', "Shift 5: 'zlss' → 'sell': it does not fit."), and holds. A substitution table's trial ("with the table
so far: 'xq' → 'he'") is read as a decoding: where a letter table fits the example the two agree, and where none
does "the table so far" has no one reading. A decoding said after "which decodes to" is of the fragment quoted
before it, or else of something the problem holds. In a Caesar trace a shift said is judged where it is
plain what it is: after a letter pair ("c → h, so the shift is 5", by the pair), with a direction ("a shift of 5
forward") or said of the text ("each letter was shifted back by 5"), against the problem's shift either way
round; a bare "the shift is 6" may be a trial's, and is not judged. Fragments may be in single quotes
('mjnz' decodes to 'rose'), and a message said of the ciphertext ("the encrypted message is …") is no answer.
What it leaves out: claims it cannot read are not judged, nor any hedged or asked.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from slowthink.core import english
from slowthink.core.alphabet import POSITION, TextError, letter, letters_of, map_letters, normalise
from slowthink.core.claims import find_claims, sentence_around, sentence_start
from slowthink.core.extract import HEDGE, stated_answer, undressed
from slowthink.core.verdict import ProblemError, Verdict, problem_from_json, right, wrong

MAX_TEXT_CHARS = 1000  # each text of a problem
MAX_ANSWER_CHARS = 4000
MAX_STEP_CHARS = 20000  # a longer step cannot be checked, so it is labelled False
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
    """No example: the shift (1..25) whose decoding has the most words from the word list, if only one does."""
    best, found = 0, []
    for k in range(1, 26):
        text = map_letters(m, lambda n, _: n - k)
        known = sum(word in english.WORDS for word in text.split())
        if known > best:
            best, found = known, [text]
        elif known == best and known:
            found.append(text)
    if not found:
        return "problem.ciphertext: no shift turns the message into words from the word list"
    if len(found) > 1:
        return (f"problem.ciphertext: ambiguous: {len(found)} shifts give equally many English words ({best}); "
                "a longer message would settle it")
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
    first_reason = ""
    for family in families_of(task):
        fit = FITS[family](c, p, m)
        if isinstance(fit, str):
            first_reason = first_reason or fit
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
        return Reading(None, "problem.example: fits none of the rules " + ", ".join(FAMILIES), ())
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
        if not isinstance(problem, dict):
            raise ProblemError(f"problem: expected {BLIND_SHAPE}")
        return "", "", _text("ciphertext", problem.get("ciphertext"), BLIND_SHAPE)
    if not isinstance(problem, dict) or not isinstance(problem.get("example"), dict):
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


# ---------------------------------------------------------------- labelling steps

_LETTER_IS = re.compile(r"(?<![a-z0-9\"'])[\"']?([a-z])[\"']? = (\d+)(?!\d|\.\d)")  # "z = 26." ends a sentence
_IS_LETTER = re.compile(r"(?<![\d.])(?<![a-z\"'] [+\-−] )(?<![a-z\"'][+\-−] )(?<![a-z\"'] [+\-−])(?<![a-z\"'][+\-−])"
                        r"(\d+)(?: =|, which is) [\"']?([a-z])(?![a-z])")  # not the 5 of "c + 5 = h" (`_LETTER_SHIFT`)
# the same claims in words: "j is letter 10", "j is the 10th letter", "letter 10 is j"
_LETTER_IS_WORDS = re.compile(r"(?<![a-z\"'])[\"']?([a-z])[\"']? is (?:letter|position|number|the) (\d+)(?:st|nd|rd|th)?"
                              r"(?: letter)?(?![\d.]\d|[a-z\d])")
_IS_LETTER_WORDS = re.compile(r"(?:letter|position) (\d+) is [\"']?([a-z])(?![a-z])")
# "the 8th letter is h": of the alphabet, or of a word ("in 'cz', the 2nd letter is z"), so true if either holds
_ORDINAL_LETTER = re.compile(r"\bthe (\d+)(?:st|nd|rd|th) letter(?P<alphabet> of the alphabet)? is [\"']?([a-z])(?![a-z])")
# a letter shifted by a number: "c + 5 = h", "z+5 = e" (counting round past z), "h − 5 = c"
_LETTER_SHIFT = re.compile(r"(?<![a-z\"'])[\"']?([a-z])[\"']? ?([+\-−]) ?(\d{1,3}) ?= ?[\"']?([a-z])(?![a-z\d])")
# how far one letter comes after another, counting round past z: "l comes 11 after a", "q comes 25 after r"
_COMES_AFTER = re.compile(r"(?<![a-z\"'])([a-z]) comes (\d{1,3}) (?:(?:places?|letters?|steps?) )?after ([a-z])(?![a-z])")
# letters that name a rule's numbers as often as a letter ("with a = 5 and b = 8", "for x = 15", "k = 3"): a
# wrong "position" of one of them is read as a position only where no word before it brings in a number
_VARIABLES = frozenset("abkmnxy")
_BRINGS_IN = re.compile(r"\b(?:with|let|where|set|setting|take|taking|choose|choosing|try|trying|suppose|assume|if|for|"
                        r"using|key|keys|multiplier|shift|slope|intercept|parameters?|constants?|values?)\b")
_SAYS_MAPS = r"(?:decodes to|decrypts to|deciphers to|maps to|maps onto|becomes|turns into|goes to|stands for|is decoded as)"


def _mapping(said: str, bare: str) -> re.Pattern:
    """A decoding claim, X `said` Y: quoted fragments (double or single quotes; groups 1 and 2), else bare
    ones matching `bare` (groups 3 and 4)."""
    return re.compile(rf"(?<![a-z])[\"']([a-z ]++)[\"']{said}[\"']([a-z ]*+)[\"'](?![a-z])|"
                      rf"(?<![a-z\"'])({bare}){said}({bare})(?![a-z\"'])")


# a decoding claim: quoted fragments or bare letters/words with an arrow ('"xli" → "the"', "x -> t")
_MAPS = _mapping(" ?→ ?", "[a-z]++")
_OTHER_ARROWS = ("->", "=>", "⇒", "⟶", "⟹")  # read as →
# ...or in words, only where both sides are quoted or single letters ('"xli" decodes to "the"', "'xli' decodes to
# 'the'", "x becomes t")
_SAYS_MAP = _mapping(f" {_SAYS_MAPS} ", "[a-z]")


def _arrows_as_one(text: str) -> str:
    """The text with every arrow of `_OTHER_ARROWS` written →."""
    if "->" in text or "=>" in text or "⇒" in text or "⟶" in text or "⟹" in text:
        for arrow in _OTHER_ARROWS:
            text = text.replace(arrow, "→")
    return text


def _maps(text: str) -> list[tuple[str, str]]:
    """The decoding claims of a (lowered) text, as (from, to); substring tests first, as most steps have none."""
    found = []
    text = _arrows_as_one(text)
    if "→" in text:
        found += _pairs(_MAPS, text)
    if ("decod" in text or "decrypts" in text or "deciphers" in text or "maps" in text or "becomes" in text
            or "turns" in text or "goes" in text or "stands" in text):
        found += _pairs(_SAYS_MAP, text)
    return found


def _pairs(pattern: re.Pattern, text: str) -> list[tuple[str, str]]:
    """(from, to) of each match: groups 1 and 2 (quoted fragments), else 3 and 4 (bare ones)."""
    return [m.group(1, 2) if m.group(1) is not None else m.group(3, 4) for m in pattern.finditer(text)]


_TRUE_LETTER_IS = {(ch, str(n)) for ch, n in POSITION.items()}
_TRUE_IS_LETTER = {(str(n), ch) for ch, n in POSITION.items()}
_BACK = re.compile(r"(?:(?<![a-z])[\"']([a-z]+)[\"'] )?back (\d{1,3}) is [\"']([a-z]*)[\"'](?![a-z])")
# "shifts 8, 20, 21, repeating … undone by − 8, + 6, + 5 in turn": each key shift undone, back by itself or forward
# by the rest of the turn
_UNDOING = re.compile(r"\bshifts ((?:\d{1,3}, )*\d{1,3})\b[^\n]*?\bundone by ((?:[+−-] \d{1,3}, )*[+−-] \d{1,3}) in turn")


# a pair's arithmetic on its letters' positions: '"qw" → "t": (17 + 23) ÷ 2', "gq: g = 7, q = 17, (7 + 17) ÷ 2",
# "ao: o = 15, (1 + 15) ÷ 2": the first two numbers the pair's sum or difference takes are its letters' positions
_PAIR_SUM = re.compile(r'(?:"([a-z])([a-z])" → "[a-z]"|(?<![a-z"])([a-z])([a-z])):\s*(?:[a-z] = \d{1,2}, )*'
                       r'(?:\(\s*)?(\d{1,3}) [+−-] (\d{1,3})\b')


def _pair_sums_use_their_letters(text: str, ciphertexts: str = "") -> bool:
    """In "gq: (5 + 19) ÷ 2 = 12 = l" the 5 is no position of g: every equation held, and the step did too.
    Two letters before a colon are a pair only when the ciphertexts hold them side by side (quoted, always):
    in "decode with it: i = 9, 9 − 1 = 8" the "it" is a word."""
    if ":" not in text:
        return True
    for match in _PAIR_SUM.finditer(text):
        x, y = match.group(1) or match.group(3), match.group(2) or match.group(4)
        if match.group(1) is None and ciphertexts and x + y not in ciphertexts and y + x not in ciphertexts:
            continue
        named = re.findall(r"([a-z]) = \d", match.group()[match.group().index(":"):])
        if any(ch not in (x, y) for ch in named):
            continue  # "decode with it: b = 2, 2 − 3 + 26": the letters named are no pair's, so "it" is a word
        if sorted((int(match.group(5)), int(match.group(6)))) != sorted((POSITION[x], POSITION[y])):
            return False
    return True


# "t lies between o and y", "the t lies between o and y in the alphabet": strictly between, by position
_BETWEEN = re.compile(r'(?<![a-z"\'])["\']?([a-z])["\']? (?:lies|falls|comes|sits) (?:somewhere |right )?between '
                      r'["\']?([a-z])["\']? and ["\']?([a-z])["\']?(?![a-z])')


def _betweens_hold(text: str) -> bool:
    for middle, x, y in _BETWEEN.findall(text) if "between" in text else ():
        low, high = sorted((POSITION[x], POSITION[y]))
        if not low < POSITION[middle] < high:
            return False
    return True


def _undoing_matches_the_key(text: str) -> bool:
    for shifts, undoing in _UNDOING.findall(text):
        keys = [int(k) for k in shifts.split(", ")]
        ops = [(op, int(n)) for op, n in re.findall(r"([+−-]) (\d{1,3})", undoing)]
        if len(keys) != len(ops) or any((k + n) % 26 if op == "+" else (k - n) % 26 for k, (op, n) in zip(keys, ops)):
            return False
    return True


# a letter or quoted fragment shifted by a number: "c shifted by 5 is h", "'mjnz' shifted back by 5 is 'heiu'",
# "shifting c forward 5 places gives h"; with no direction either way will do ("by 5" may undo a shift)
_DIRECTION = r"(?:forwards?|ahead|right|up|backwards?|back|left|down)"
_AMOUNT = (rf"(?:(?P<d1>{_DIRECTION})\s+(?:by\s+)?(?P<n1>[-−]?\d{{1,3}})|(?:by\s+)?(?P<n2>[-−]?\d{{1,3}})"
           rf"(?:\s+(?:places?|positions?|letters?|steps?))?(?:\s+(?P<d2>{_DIRECTION})\b)?)(?!\d|\.\d|\s*[+\-−×*÷/]\s*\d)")
_FRAGMENT = r"(?:(?P<q>[\"'])(?P<src>[a-z]+)(?P=q)|(?P<ch>[a-z]))"
_IMAGE = r"(?:(?P<r>[\"'])(?P<img>[a-z]*)(?P=r)|(?P<imgch>[a-z])(?![a-z\"']))"
_GIVES_IMAGE = r"(?:is|gives|becomes|makes|yields|lands on|turns into|goes to|=|→|->)"
_LETTER_SHIFTED = (
    re.compile(rf"(?<![a-z\"']){_FRAGMENT}\s+(?:shifted|moved|rotated)\s+{_AMOUNT},?\s+{_GIVES_IMAGE}\s+{_IMAGE}"),
    re.compile(rf"\b(?:shifting|moving|rotating)\s+{_FRAGMENT}\s+{_AMOUNT},?\s+(?:gives|makes|yields|is)\s+{_IMAGE}"),
    # "a shift of 5 turns 'cz' into 'hf'", "shifting by 5 takes c to h": the shift said first, then what it does
    re.compile(rf"\b(?:(?:a|the)\s+shift\s+of|shifting|moving|rotating)\s+{_AMOUNT}\s+"
               rf"(?:turns|takes|changes|makes|maps|sends|converts)\s+{_FRAGMENT}\s+(?:into|to|onto)\s+{_IMAGE}"),
    # "'cz' with a shift of 5 is 'hf'", "c under a shift of 5 back becomes x"
    re.compile(rf"(?<![a-z\"']){_FRAGMENT}\s+(?:with|under|after|using)\s+(?:a|the)\s+shift\s+of\s+{_AMOUNT},?\s+"
               rf"{_GIVES_IMAGE}\s+{_IMAGE}"))
_BACKWARD = frozenset(("back", "backward", "backwards", "left", "down"))


def _signed_shifts(match: re.Match) -> tuple[int, ...]:
    """The shifts an `_AMOUNT` may mean: +n forward, −n back, and either when it names no direction."""
    n = int((match.group("n1") or match.group("n2")).replace("−", "-"))
    direction = match.group("d1") or match.group("d2")
    return (n, -n) if direction is None else (-n,) if direction in _BACKWARD else (n,)


def _shifted_letters(text: str) -> list[tuple[str, str, tuple[int, ...], int, int]]:
    """(fragment, image, shifts meant, start, end) of each unhedged `_LETTER_SHIFTED` claim of a (lowered) text."""
    found = []
    for pattern in _LETTER_SHIFTED:
        for match in pattern.finditer(text):
            image = match.group("img") if match.group("r") else match.group("imgch")
            if match.group("imgch") in ("a", "i") and re.match(r"\s+[a-z]", text[match.end():]):
                continue  # "… is a letter", "… is i think": an article or a pronoun, not the letter
            if image and not _unsaid(text, match.start(), match.end()):
                found.append((match.group("src") or match.group("ch"), image, _signed_shifts(match),
                              match.start(), match.end()))
    return found


def _letter_shifts_hold(text: str) -> bool:
    """Each letter or fragment said to shift onto another does, by one of the shifts its words may mean (a
    fragment and an image of different lengths are not judged)."""
    for source, image, shifts, _, _ in _shifted_letters(text):
        if len(source) == len(image) and not any(
                map_letters(source, lambda n, _, d=d: n + d) == image for d in shifts):
            return False
    return True


def _unsaid(text: str, start: int, end: int) -> bool:
    """Whether the claim at text[start:end] is hedged in its sentence ("if", "suppose", "try", "not", …) or
    asked (a "?" closes its sentence)."""
    opened, closed = sentence_around(text, start, end, _SENTENCE_MARK, back=_NEAR, ahead=_NEAR)
    return bool(HEDGE.search(text, opened, start) or _TRYING.search(text, opened, start)) or \
        (closed is not None and closed.group() == "?")


_NEAR = 160  # how far around a claim its sentence is read (so many claims in a long step cost linear time)
_SENTENCE_MARK = re.compile(r"[.!?;\n]")
_TRYING = re.compile(r"\b(?:try|trying|tried|test|testing|would|wonder|check whether|not|never|wrong|mistaken|"
                     r"assumed|thought|guessed|supposed|suspected|expected|instead of|rather than|earlier)\b|n't\b")


# A trial's arrow: a shift (or a repeating key of shifts) said before an arrow in its sentence ("shift 13: 'jxu' →
# 'gur'", "with a shift of 3, 'fvby' → 'csyv'", "back 4: 'xli' → 'the'", "key 8, 20, 21: 'duiq' → 'vani'") claims
# what that shift does to the fragment, which is true or false whatever the problem, and not what it decodes to.
# With no direction said either way will do, as for "c shifted by 5 is h"; a key's shifts go all one way, from
# any of its letters (a fragment may start anywhere in the message). "The shift is 7, so 'fvby' → 'your'" and "the
# code is a shift of 7, so …" say what the shift is, and their arrows stay decodings; a multiplier in the sentence
# makes it an affine trial.
_TRIAL_SHIFT = re.compile(
    rf"\b(?:shift(?:ed|ing)?\s+(?:of\s+)?(?:(?P<d1>{_DIRECTION})\s+)?(?:by\s+)?(?P<n1>\d{{1,3}})"
    rf"(?:\s+(?:places?|positions?|letters?|steps?))?(?:\s+(?P<d2>{_DIRECTION})\b)?"
    rf"|(?P<d3>back|backwards?|forwards?)\s+(?:by\s+)?(?P<n3>\d{{1,3}})(?:\s+(?:places?|positions?|letters?|steps?))?"
    rf"|rot\s?-?(?P<n4>\d{{1,2}})"
    rf"|key\s+(?:of\s+shifts\s+|shifts\s+)?(?P<key>\d{{1,2}}(?:,\s*\d{{1,2}}){{1,11}}))(?!\d|\.\d|\s*[+\-−×*÷/]\s*\d)")
# The same for the other rules a trace may try: the mirror ("Mirror: 'abc' → 'zyx'", "Atbash: …", "with the
# reversed alphabet, …"), letters read backwards ("Reversed: 'olleh' → 'hello'", "reading each word backwards: …"),
# multiply and shift ("× 3, shift 12: …", "a = 3, b = 12: …", "3x + 12: …") and a key of letters ("key LEMON:
# 'lxfopv' → 'attack'", "with the key 'lemon', …"; a bare key only in capitals, as `_capital_keys` finds them, so
# "key length: …" names none). Read only as a trial: "the rule is the mirror, so 'gsv' → 'the'" and "'edih'
# backwards is 'hide', so 'edih' → 'hide'" say what the message is, and their arrows stay decodings (see `_last_trial`).
_TRIAL_RULE = re.compile(  # every rule's words start a word, or at × or *: other places are passed over quickly
    r"(?:(?<![a-z0-9])|(?=[×*]))(?:"
    r"(?P<mirror>\b(?:atbash|mirror(?:ed|ing)?(?:\s+(?:the\s+)?alphabet)?|revers(?:e|ed|ing)\s+(?:the\s+)?alphabet"
    r"|alphabet\s+(?:reversed|mirrored))\b)"
    r"|(?P<reverse>\b(?:revers(?:ed|ing|al)|reverse\s+(?:each|every|the|it|them|all|its)|backwards?)\b"
    r"(?!\s+(?:by\s+)?\d))"
    # (not the working's own arithmetic: "3 × 22 + 12 = 78" names no rule, a number before the × and "=" after it)
    r"|(?P<affine>(?:(?<!\d)(?<!\d\s)[×*]|\btimes\b|\bmultipl(?:y|ied|ier|ying)(?:\s+(?:by|of))?)\s*(?P<a1>\d{1,2}),?"
    r"\s*(?:and\s+|then\s+)?(?:(?:a\s+)?shift(?:ed|ing)?\s+(?:of\s+|by\s+)?|\+\s*|plus\s+|add(?:ing)?\s+)(?P<b1>\d{1,2})"
    r"(?!\s*=)"
    r"|(?<![a-z0-9\"'])a\s*=\s*(?P<a2>\d{1,2}),?\s*(?:and\s+)?b\s*=\s*(?P<b2>\d{1,2})"
    r"|(?<![\w.])(?P<a3>\d{1,2})x\s*\+\s*(?P<b3>\d{1,2}))(?!\d|\.\d)"
    r"|(?P<letters>\bkey(?:word)?(?:\s*[=:]\s*|\s+)(?:(?P<kq>[\"'])(?P<kw1>[a-z]{1,12})(?P=kq)|(?P<kw2>[a-z]{2,12})\b))"
    # a pair rule (two letters make one, as `cipher.pair_average`'s do): "Average: 'nx' → 's'", "Sum mod 26: …",
    # "Difference: …", "Product mod 26: …", "(first + second) mod 26: …", "half the sum: …"; the average first, so
    # "(first + second) ÷ 2" is not read as a sum
    r"|(?P<average>\baverag(?:e|es|ing)\b(?!\s+(?:of\s+)?\d)|(?:\bthe\s+|\btheir\s+|\barithmetic\s+|^)mean\b"
    r"|\bmidpoints?\b|\bhalf\s+(?:of\s+)?(?:the|their)\s+sum\b|\bhalv(?:e|ed|ing)\b"
    r"|\b(?:(?:first|1st)\s*(?:\+|plus)\s*(?:second|2nd)\s*\)?|sum)\s*(?:÷|/|divided\s+by|over)\s*(?:2|two)\b)"
    r"|(?P<sum>(?<!\bin\s)\bsum(?:s|med|ming)?\b(?!\s+(?:up\b|(?:of\s+)?\d))"  # not "to sum up", "in sum"
    r"|\badd(?:ed|ing)?\s+(?:up\s+)?(?:the\s+|their\s+|both\s+)?(?:two\s+)?(?:positions|letters|numbers|values)\b"
    r"|\b(?:first|1st)\s*(?:\+|plus)\s*(?:second|2nd)\b)"
    r"|(?P<difference>\bdifferences?\b(?!\s+(?:of\s+|is\s+)?\d)|\bsubtract(?:ed|ing|ion)?\b(?!\s+\d)"
    r"|\b(?:first|1st|second|2nd)\s*(?:[−-]|minus)\s*(?:first|1st|second|2nd)\b)"
    r"|(?P<product>\bproducts?\b(?!\s+(?:of\s+)?\d)|\bmultipl(?:y|ied|ying)\s+(?:the\s+|their\s+|both\s+)?(?:two\s+)?"
    r"(?:positions|letters|numbers|values)\b|\b(?:first|1st)\s*(?:[×*]|times)\s*(?:second|2nd)\b)"
    # letters moved round inside each word (`cipher.reverse` / `cipher.unknown`): "Rotate left by 1: 'arev' → 'reva'",
    # "last letter to the front: …", "first two letters to the end: …", "swap pairs: …"
    # a rotation read only where its words end at a colon, a comma, a quote or an arrow, so that what it
    # rotates by is all said ("rotating the alphabet by 3: …" is no rotation by 1)
    r"|(?P<rotate>\brotat(?:e|ed|ing|ion)\b(?:\s+(?:each|every|the|its|their)\s+(?:(?P<rword>words?)|letters)"
    r"|\s+(?:the\s+)?(?P<ralpha>alphabet))?(?:\s+(?P<rd1>left|right))?"
    r"(?:\s+(?:by\s+)?(?P<rn>\d{1,2}|one|two|three)(?:\s+(?:places?|positions?|letters?|steps?))?)?"
    r"(?:\s+(?P<rd2>left|right))?(?=\s*(?:[:,\"'→]|$)))"
    r"|(?P<moved>\b(?P<end>first|last)\s+(?:(?P<mn>two|three|\d)\s+)?letters?\b(?:\s+of\s+(?:each|every|the)\s+word)?"
    r"(?:\s+[a-z]+){0,2}?\s+(?:to|at)\s+the\s+(?P<place>front|start|beginning|end|back)\b)"
    r"|(?P<swap>\bswap(?:s|ped|ping)?\s+(?:(?:each|every|the|adjacent|neighbou?ring)\s+){0,2}"
    r"(?:pairs?|neighbou?rs|adjacent\s+letters|letters\s+in\s+pairs)\b|\bpairs?\s+(?:of\s+letters\s+)?swapped\b))")
_CAPITAL_KEY = re.compile(r"\b[Kk][Ee][Yy](?:[Ww][Oo][Rr][Dd])?(?:\s*[=:]\s*|\s+)([A-Z]{2,12})\b")
# a trial's rule said to be the one, before it in its sentence ("the rule is the mirror: …", "so with Atbash, …",
# "the code is a shift of 5: …") unless supposed or tried
_RULE_SAID = re.compile(r"\b(?:is|was|must\s+be|it's|so|thus|hence|therefore)\b")
# ...or after it, before the arrow, only where the rule (or the code, or "it") is what is said to be: "Atbash is
# the code, so …", "the mirror fits, so …", "…, so it must be the mirror, and …", "…, so the shift is 5, and …".
# A "so", "thus" or "which gives" there only concludes the trial's working ("Sum: 22 + 18 = 40, 40 − 26 = 14, so
# 'vr' → 'n'"), and an "is" of its numbers or letters ("v is 22") says nothing of the rule.
# a shift is said to be the one before it only just before it, by what it is said of ("the code is a shift of 5",
# "it's a shift of 5"): "…, not English, so shift 4: …" tries the next shift
_SHIFT_SAID = re.compile(r"\b(?:code|cipher|rule|it|this|that)(?:\s+(?:is|was|must\s+be)|'s)\s+"
                         r"(?:(?:a|an|the|just|simply|caesar)\s+){0,3}\Z")
_CONCLUDES = re.compile(r"\b(?:so|thus|hence|therefore)\b")
# Not where it is denied or doubted ("shift 3 is wrong: …", "the shift is not 3, as …", "Atbash is a guess: …").
_DENIED_AFTER = r"(?!\s+(?:not|never|no|wrong|out|ruled|unlikely|a\s+(?:guess|trial|try|test))\b)"
_RULE_IS = re.compile(rf"\s*(?:cipher|code|rule|alphabet|key)?\s*(?:is|was|must\s+be|fits|works|it\s+is)\b"
                      rf"{_DENIED_AFTER}")
_CODE_SAID = re.compile(r"\b(?:(?:it|this|that)(?:\s+(?:is|was|must\s+be)|'s)\s+(?:(?:the|our)\s+)?"
                        r"(?:code|cipher|rule|one|key|right|correct|it|atbash|mirror)\b"
                        rf"|(?:code|cipher|rule|key|shift)\s+(?:is|was|must\s+be)\b{_DENIED_AFTER})")
_MAY_TRY = re.compile(r"shift|back|forward|\brot|\bkey|atbash|mirror|revers|[×*]|multipl|\btimes\b|\ba ?= ?\d|\dx ?\+|"
                      r"\bsum|differen|subtract|averag|\bmean|midpoint|product|first|second|\blast|swap")
# a trial of a pair rule takes two letters to one; of a rule that moves letters round inside words, a word to as long a one
_PAIR_RULES = ("average", "sum", "difference", "product")
_WORD_RULES = ("rotate", "moved", "swap")
_MULTIPLIER = re.compile(r"[×*]|\bmultipl|\btimes\b")


def _capital_keys(step: str) -> frozenset[str]:
    """The keys of letters a step writes in capitals after "key" ("key LEMON"), lowered."""
    return frozenset(key.lower() for key in _CAPITAL_KEY.findall(step)) if "ey" in step or "EY" in step else frozenset()


def _last_trial(text: str, opened: int, at: int, capitals: frozenset[str]) -> re.Match | None:
    """The rule said last before text[at] in its sentence (from `opened`): a shift or key of shifts, or another
    rule in a trial's words; None when none is, or the last is a rule said to be the one: after it by its own
    "is" ("Atbash is the code") or by the code or "it" said to be (`_CODE_SAID`), or before it by a `_RULE_SAID`
    word not hedged in its clause (a hedge before a "so" is of the clause before) and said since the last arrow."""
    said = None
    for found in _TRIAL_SHIFT.finditer(text, opened, at):
        said = found
    quoted = [q.span() for q in _QUOTE.finditer(text, opened, at)] if "'" in text or '"' in text else []
    starts = [start for start, _ in quoted]  # in order, and apart
    for found in _TRIAL_RULE.finditer(text, opened, at):
        k = bisect_right(starts, found.start()) - 1
        if k >= 0 and found.start() < quoted[k][1]:
            continue  # a word of a fragment: '"rorrim" → "mirror", "yadnom" → "monday"'
        if found.group("letters") and (found.group("kw2") and found.group("kw2") not in capitals
                                       or found.group("kw1") and ":" in text[found.start():found.start("kq")]):
            continue  # "key length: …", "key: 'lxfopv' → …" name no key
        if found.group("moved") and (found.group("end") == "first") != (found.group("place") in ("end", "back")):
            continue  # "the first letter at the front", "the last letter at the end": nothing moves
        if said is None or (found.end(), -found.start()) > (said.end(), -said.start()):
            said = found  # "× 3, shift 12" is the affine trial, not its shift
    if said is None or _RULE_IS.match(text, said.end(), at) or _CODE_SAID.search(text, said.end(), at):
        return None  # none, or "Atbash is the code, so …": a decoding
    # what an arrow before the rule concludes is of an earlier trial ("Sum: …, so 'vr' → 'n', sum: …"), and a hedge
    # before a conclusion is of another clause ("Try the sum: …, so the rule is the sum, and …")
    opened = clause = max(opened, text.rfind("→", opened, said.start()) + 1)
    for concluded in _CONCLUDES.finditer(text, opened, said.start()):
        clause = concluded.end()
    before = _RULE_SAID.search if said.re is _TRIAL_RULE else _SHIFT_SAID.search  # a shift only as predicated
    if before(text, opened, said.start()) and not (
            HEDGE.search(text, clause, said.start()) or _TRYING.search(text, clause, said.start())):
        return None  # "the rule is the mirror, so 'gsv' → 'the'": a decoding
    return said


def _trial_holds(said: re.Match, source: str, image: str) -> bool:
    """Whether the rule of `said` (a `_TRIAL_SHIFT` or `_TRIAL_RULE` match) takes `source` to `image` (letters and
    spaces, of as many letters), either way round where its words do not say which."""
    letters, target = letters_of(source), letters_of(image)
    if said.re is _TRIAL_SHIFT and said.group("key") or said.re is _TRIAL_RULE and said.group("letters"):
        if said.re is _TRIAL_SHIFT:
            keys = ([int(k) for k in said.group("key").split(",")],)
        else:  # a key of letters shifts by a = 0 (as usually written) or by a = 1 (as positions are numbered)
            word = said.group("kw1") or said.group("kw2")
            keys = ([POSITION[k] - 1 for k in word], [POSITION[k] for k in word])
        return any(map_letters(letters, lambda x, i, key=key, sign=sign, phase=phase:
                               x + sign * key[(phase + i) % len(key)]) == target
                   for key in keys for sign in (1, -1) for phase in range(len(key)))
    if said.re is _TRIAL_SHIFT:
        n = int(said.group("n1") or said.group("n3") or said.group("n4"))
        direction = said.group("d1") or said.group("d2") or said.group("d3")
        shifts = (n, -n) if direction is None else (-n,) if direction in _BACKWARD else (n,)
        return any(map_letters(letters, lambda x, _, d=d: x + d) == target for d in shifts)
    if said.group("mirror"):
        return map_letters(letters, lambda x, _: 27 - x) == target
    if said.lastgroup in _PAIR_RULES:
        return _pair_trial_holds(said.lastgroup, source.split(), image.split())
    if said.lastgroup in _WORD_RULES:
        return _word_trial_holds(said, source.split(), image.split())
    if said.group("reverse"):
        words, said_words = source.split(), image.split()
        return said_words in (" ".join(words)[::-1].split(), [w[::-1] for w in words])
    a = int(said.group("a1") or said.group("a2") or said.group("a3"))
    b = int(said.group("b1") or said.group("b2") or said.group("b3"))
    inverse = pow(a, -1, 26) if a % 2 and a % 13 else None
    for base in (0, 1):  # a = 0 (as the rule is usually written) or a = 1 (as positions are numbered here)
        def positions(rule, base=base):
            return map_letters(letters, lambda x, _: rule(x - 1 + base) - base + 1)
        if positions(lambda x: a * x + b) == target or \
                inverse is not None and positions(lambda x: inverse * (x - b)) == target:
            return True  # encoded or decoded by the rule: the words seldom say which
    return False


def _pair_images(rule: str, x: int, y: int) -> set[int]:
    """The positions (1 to 26) a pair rule may give for letters at positions x and y. A sum, difference or product is
    counted round the alphabet (past z back to a), as a letter must come of it, with the letters numbered from a = 1
    (as the solver does) or a = 0, and a difference taken either way round (the words seldom say which). An average
    is the same either way of numbering; one that is not whole ((22 + 15) ÷ 2 = 18.5) is no letter, so the letter on
    either side of it (r or s), as a person rounding writes it, is taken, and no other."""
    if rule == "average":
        return {(x + y) // 2, (x + y + 1) // 2}
    found = set()
    for base in (0, 1):  # a = 0 or a = 1
        u, v = x - 1 + base, y - 1 + base
        values = (u + v,) if rule == "sum" else (u - v, v - u) if rule == "difference" else (u * v,)
        found |= {(value - base) % 26 + 1 for value in values}
    return found


def _pair_trial_holds(rule: str, words: list[str], said: list[str]) -> bool:
    """Whether the pair rule takes each word, pair by pair, to the word said for it (the shape `_pair_shaped`)."""
    return all(POSITION[image[k]] in _pair_images(rule, POSITION[word[2 * k]], POSITION[word[2 * k + 1]])
               for word, image in zip(words, said) for k in range(len(image)))


def _pair_shaped(words: list[str], images: list[str]) -> bool:
    """Whether each word is twice as long as the one said for it, as two letters make one."""
    return len(words) == len(images) and all(len(w) == 2 * len(i) for w, i in zip(words, images))


_COUNTS = {"one": 1, "two": 2, "three": 3}


def _word_trial_holds(said: re.Match, words: list[str], images: list[str]) -> bool:
    """Whether the letters of each word, moved as `said` says, spell the word said for it. A rotation by n (1 when
    it says no number) goes left (the first letters to the end) or right, either way when it names neither; unless
    it names a word it may be a shift of the alphabet ("rotate by 13" as rot13), so that is taken too, and only
    that when it names the alphabet."""
    if len(words) != len(images):
        return False
    if said.group("swap"):
        return all(image == "".join(word[k + 1:k + 2] + word[k] for k in range(0, len(word), 2))
                   for word, image in zip(words, images))
    if said.group("moved"):
        count = said.group("mn")
        n = _COUNTS.get(count) or int(count) if count else 1
        turns = (n,) if said.group("end") == "first" else (-n,)
    else:
        count = said.group("rn") or "1"
        n = _COUNTS.get(count) or int(count)
        direction = said.group("rd1") or said.group("rd2")
        turns = () if said.group("ralpha") else (n, -n) if direction is None else (n,) if direction == "left" else (-n,)
        shifts = (-n,) if direction == "left" else (n,) if direction == "right" else (n, -n)
        if not said.group("rword") and any(map_letters(" ".join(words), lambda x, _, d=d: x + d) == " ".join(images)
                                           for d in shifts):
            return True
    return any(all(image == word[t % len(word):] + word[:t % len(word)] for word, image in zip(words, images))
               for t in turns)


def _trial_arrows(text: str, known, capitals: frozenset[str] = frozenset(),
                  decodes=None) -> list[tuple[tuple[str, str], bool | None]]:
    """Each arrow of a (lowered) text that follows a rule said in its sentence in a trial's words (a shift, a key,
    the mirror, a reversal, a multiplier and shift, a pair rule, letters moved round a word), as ((from, to),
    whether the rule takes the one to the other): None when not judged (hedged or asked after the rule, of
    different lengths, or bare words the problem does not hold: `known` says which it holds). `capitals`: the
    keys the step writes in capitals. An arrow after a pair rule that is not two letters to one is no trial's,
    and one after any rule that the rule does not give but the problem decodes (`decodes(from, to)`) is the
    example's pair under test ('Sum: "vr" → "t": 22 + 18 = 40, not t', "Shift 5: 'zlss' → 'sell': it does not
    fit."): both are left to be judged as decodings."""
    text = _arrows_as_one(text)
    found = []
    for match in _MAPS.finditer(text):
        opened = sentence_start(text, match.start(), _SENTENCE_MARK, _NEAR)
        said = _last_trial(text, opened, match.start(), capitals)
        if said is None or said.re is _TRIAL_SHIFT and _MULTIPLIER.search(text, opened, match.start()):
            continue
        source, image = match.group(1, 2) if match.group(1) is not None else match.group(3, 4)
        pair, closed = (source, image), _SENTENCE_MARK.search(text, match.end(), match.end() + _NEAR)
        letters, target = letters_of(source), letters_of(image)
        source, image = " ".join(source.split()), " ".join(image.split())
        rule = said.lastgroup if said.re is _TRIAL_RULE else None
        shaped = _pair_shaped(source.split(), image.split()) if rule in _PAIR_RULES else len(letters) == len(target)
        if rule in _PAIR_RULES and not shaped:
            continue  # not two letters to one: no pair rule's result
        if HEDGE.search(text, said.end(), match.start()) or _TRYING.search(text, said.end(), match.start()) or \
                (closed is not None and closed.group() == "?") or not shaped or not letters or \
                match.group(1) is None and len(source) > 1 and not known(source):
            found.append((pair, None))
            continue
        holds = _trial_holds(said, source, image)
        if not holds and decodes is not None and decodes(source, image):
            continue  # the example's pair under test, a true decoding
        found.append((pair, holds))
    return found


# a fragment with its letters moved: "'ton' backwards is 'not'", "'ton' with its first letter moved to the end is
# 'ont'", "… with its last letter moved to the front is …" (each word of a fragment of several, or the whole)
_WORD_MOVED = re.compile(r"(?<![a-z])([\"'])([a-z][a-z ]*+)\1 (?:read |written |spelled |spelt )?"
                         r"(backwards|with its first letter moved to the end|with its last letter moved to the front) "
                         r"is ([\"'])([a-z ]*+)\4(?![a-z])")
_MOVES = {"backwards": lambda w: w[::-1], "with its first letter moved to the end": lambda w: w[1:] + w[:1],
          "with its last letter moved to the front": lambda w: w[-1:] + w[:-1]}


def _moved_words_hold(text: str) -> bool:
    for match in _WORD_MOVED.finditer(text):
        source, image = " ".join(match.group(2).split()), " ".join(match.group(5).split())
        move = _MOVES[match.group(3)]
        if image not in (move(source), " ".join(move(w) for w in source.split())) and \
                not _unsaid(text, match.start(), match.end()):
            return False
    return True


# "…, which decodes to 'rose'": a decoding said of the fragment quoted before it in the sentence, or with none
# quoted, of something the problem holds (the message, the example, a word of them)
_WHICH_DECODES = re.compile(r"\b(?:which|that)\s+(?:decodes|decrypts|deciphers)\s+(?:to|as|into)\s+"
                            r"(?:(?P<q>[\"'])(?P<img>[a-z][a-z ]*)(?P=q)(?![a-z])|(?P<bare>[a-z]+)(?=\s*(?:[.!;,)]|$)))")
_QUOTE = re.compile(r"(?<![a-z])[\"']([a-z][a-z ]*)[\"'](?![a-z])")


def _which_decodings_hold(task: str, texts: tuple[str, str, str], text: str) -> bool:
    table, encodings = _decodings(task, *texts), _encodings(task, *texts)
    for match in _WHICH_DECODES.finditer(text):
        if _unsaid(text, match.start(), match.end()):
            continue
        quoted = [q.group(1) for q in _QUOTE.finditer(text, sentence_start(text, match.start(), _SENTENCE_MARK, _NEAR), match.start())]
        image = " ".join((match.group("img") or match.group("bare")).split())
        if quoted:
            source = " ".join(quoted[-1].split())
            said = table.get(source, set()) | encodings.get(source, set())
            if not said or match.group("bare") and len(image) not in {len(x) for x in said}:
                continue  # a fragment the problem does not hold, or a bare word that may not be a decoding
            if image not in said:
                return False
        elif match.group("img") is not None:
            plain = [f" {t} " for t in (texts[1], reading(task, *texts).answer or "", texts[0], texts[2]) if t]
            if not any(f" {image} " in t for t in plain):
                return False  # a decoding of nothing the problem holds
    return True


# how far a Caesar shift is said to go: "the shift is 5", "a shift of 21", "the message was shifted 16 places
# forward", "each letter is shifted back by 5"; any of them is true of a shift s and of 26 − s, since a shift
# forward undoes one back, and the words seldom say which way the text is read
_SHIFT_AMOUNT = re.compile(rf"\b(?:(?P<the>the\s+)?shift\s+(?:is|was|must be)\s+(?:of\s+)?|a\s+shift\s+of\s+)"
                           rf"(?P<n>\d{{1,3}})(?!\d|\.\d|\s*[+\-−×*÷/]\s*\d)(?:\s+(?:places?\s+|positions?\s+)?"
                           rf"(?P<d>{_DIRECTION})\b)?")
_SHIFTED_TEXT = re.compile(rf"\b(?:message|text|ciphertext|plaintext|letters?|words?|alphabet|everything)\s+"
                           rf"(?:was|is|were|are|has been|have been|gets|got)\s+(?:shifted|moved|rotated)\s+{_AMOUNT}"
                           rf"(?!,?\s+(?:is|gives|becomes|makes|yields|=|→|->)\s)")
CAESAR_TASKS = ("cipher.caesar", "cipher.caesar_blind")


def _caesar_shift_claims_hold(task: str, texts: tuple[str, str, str], text: str) -> bool:
    """In a Caesar trace, each shift said is one its sentence shows, or the problem's. "The shift is 6" and "a
    shift of 6" are judged only in a sentence that names a letter pair ("c → h, so the shift is 5": by the
    shifts of the pairs it names), and "the shift is 6 forward" (a direction, not a trial's "a shift of 6
    forward gives …") or a text said to be shifted ("each letter was shifted back by 5") against the problem's
    shift. Hedged or asked, none is judged."""
    claims = [(m, bool(m.group("d") and m.group("the") is not None)) for m in _SHIFT_AMOUNT.finditer(text)] + \
             [(m, True) for m in _SHIFTED_TEXT.finditer(text)]
    if not claims:
        return True
    truth = reading(task, *texts).answer
    message = letters_of(texts[2])
    shift = (POSITION[message[0]] - POSITION[letters_of(truth)[0]]) % 26 if truth else None
    for match, directed in claims:
        if _unsaid(text, match.start(), match.end()):
            continue
        said = match.groupdict()
        n = int(said.get("n") or said.get("n1") or said.get("n2")) % 26
        closed = _SENTENCE_MARK.search(text, match.end(), match.end() + _NEAR)
        shown = _pair_shifts(text[sentence_start(text, match.start(), _SENTENCE_MARK, _NEAR):closed.start() if closed else match.end() + _NEAR])
        allowed = shown if shown else {shift, -shift % 26} if directed and shift is not None else None
        if allowed is not None and n not in allowed:
            return False
    return True


def _pair_shifts(text: str) -> set[int]:
    """The shifts (each way round) of the letter pairs a text names ("c → h", "c shifted by 5 is h"), counting a
    pair of fragments only when one shift takes every letter of one to the other."""
    pairs = _maps(text) + [(source, image) for source, image, _, _, _ in _shifted_letters(text)]
    shifts = set()
    for source, image in pairs:
        source, image = letters_of(source), letters_of(image)
        steps = {(POSITION[b] - POSITION[a]) % 26 for a, b in zip(source, image)}
        if source and len(source) == len(image) and len(steps) == 1:
            step = steps.pop()
            shifts |= {step, -step % 26}
    return shifts


# "going back 21 is the same as going forward 5", "back 20 as forward 26 − 20 = 6": the two must make a full turn
_SAME_SHIFT = re.compile(r"\bback (\d{1,3}) (?:is the same as|as) (?:going )?forward (?:26 [−-] \d{1,3} = )?(\d{1,3})\b|"
                         r"\b(\d{1,3}) (?:places? )?forward, which is the same as (\d{1,3}) (?:places? )?back\b")
_RELATION = re.compile(r"[=<>≠≤≥]")
_FRAGMENTS = re.compile(r"[,;:.] ")  # no equation run contains one, so each piece can be checked (and cached) alone
_PIECES = re.compile(r"[;:.] ")  # nor does any letter claim ("14, which is n" spans a comma)


@lru_cache(maxsize=1 << 16)
def _fragment_is_false(fragment: str) -> bool:
    return any(claim.ok is False for claim in find_claims(fragment))


def equations_hold(step: str) -> bool:
    """No equation in the step is false (fragments repeat across traces, so each is checked once)."""
    return not any(_fragment_is_false(piece) for piece in _FRAGMENTS.split(step) if _RELATION.search(piece))


@lru_cache(maxsize=1 << 17)
def _piece_holds(piece: str) -> bool:
    """Equations and letter-position claims of a piece of text: they need no context, so pieces are cached."""
    if not equations_hold(piece):
        return False
    text = piece.lower()
    said = set(_LETTER_IS.findall(text))  # most claims are spelled exactly like one of the 26 true ones
    if not said <= _TRUE_LETTER_IS and not _wrong_positions_name_numbers(text, said - _TRUE_LETTER_IS):
        return False
    in_words = " is " in text  # "j is letter 10", "letter 10 is j"
    if in_words and any(int(n) != POSITION[ch] for ch, n in _LETTER_IS_WORDS.findall(text)):
        return False
    if ("+" in text or "-" in text or "−" in text) and not all(
            (POSITION[ch] + (int(n) if sign == "+" else -int(n)) - 1) % 26 + 1 == POSITION[image]
            for ch, sign, n, image in _LETTER_SHIFT.findall(text)):
        return False
    if " after " in text and not all((POSITION[later] - POSITION[first] - int(n)) % 26 == 0
                                     for later, n, first in _COMES_AFTER.findall(text)):
        return False
    said = set(_IS_LETTER.findall(text)) | (set(_IS_LETTER_WORDS.findall(text)) if in_words else set())
    return said <= _TRUE_IS_LETTER or all(1 <= int(n) <= 26 and letter(int(n)) == ch
                                          for n, ch in said - _TRUE_IS_LETTER)


# "a = 3, b = 12": a multiplier (one with an inverse, not 1) and a shift, said together as an affine trial's
_AFFINE_PAIR = re.compile(r"(?<![a-z0-9\"'])a = (\d{1,2}),? (?:and )?b = (\d{1,2})(?!\d)")


def _wrong_positions_name_numbers(text: str, wrong: set) -> bool:
    """Whether every "letter = n" in `wrong` (none of them a true position) is a rule's number instead:
    a letter of `_VARIABLES` after a word that brings in numbers ("with a = 5 and b = 8"), or the pair
    "a = 3, b = 12" itself."""
    pairs = _AFFINE_PAIR.findall(text) if "b = " in text else ()
    for ch, n in wrong:
        if int(n) == POSITION[ch]:
            continue  # "y = 025": the right position, spelled oddly
        if ch in "ab" and any(int(a) in UNITS[1:] and n == (a if ch == "a" else b) for a, b in pairs):
            continue
        if ch not in _VARIABLES:
            return False
        for claim in re.finditer(rf"(?<![a-z0-9\"'])[\"']?{ch}[\"']? = {n}(?!\d)", text):
            if not _BRINGS_IN.search(text, 0, claim.start()):
                return False
    return True


@lru_cache(maxsize=2048)
def _decodings(task: str, c: str, p: str, m: str) -> dict[str, set[str]]:
    """Every ciphertext fragment the trace may decode (whole texts, words, letters or pairs) -> what it stands for."""
    truth = reading(task, c, p, m)
    table: dict[str, set[str]] = {}
    texts = ([(c, p)] if c else []) + ([(m, truth.answer)] if truth.answer else [])
    for cipher, plain in texts:
        table.setdefault(cipher, set()).add(plain)
        for cw, pw in zip(cipher.split(), plain.split()):
            table.setdefault(cw, set()).add(pw)
            if "pair_average" in truth.rules:
                for k in range(len(pw)):
                    table.setdefault(cw[2 * k:2 * k + 2], set()).add(pw[k])
            elif "reverse" not in truth.rules or len(truth.rules) > 1:
                for x, y in zip(cw, pw):
                    table.setdefault(x, set()).add(y)
    return table


@lru_cache(maxsize=2048)
def _encodings(task: str, c: str, p: str, m: str) -> dict[str, set[str]]:
    """`_decodings` the other way round: what each plaintext fragment is written as."""
    table: dict[str, set[str]] = {}
    for cipher, plains in _decodings(task, c, p, m).items():
        for plain in plains:
            table.setdefault(plain, set()).add(cipher)
    return table


# that no multiplier and shift fits the example: "none of the 12 multipliers fits", "so that rules out
# multiply-and-shift", "multiply-and-shift is out" (on lowered text)
_NO_AFFINE = re.compile(r"\bnone of the \d{1,2} multipliers fits?\b|\brules? out multiply-and-shift\b|"
                        r"\bmultiply-and-shift (?:is|can be) (?:out|ruled out|dropped|not the rule)\b|"
                        r"\bnot (?:a )?multiply-and-shift\b")


# Multiply-and-shift solved from two letters of the example (on lowered text):
# - "25 − 18 = 7 and 1 − 4 = −3, so the multiplier times 7 must match −3, mod 26": each plain position and the
#   cipher one in the same place of the other difference are a letter of the example and what it is written as,
#   and the differences said are those;
# - "15 undoes × 7": 15 × 7 leaves 1 over a multiple of 26;
# - "the multiplier is 15 × (−3) = −45, −45 + 2 × 26 = 7": the last number, times the plain difference, matches the
#   cipher difference said before it in the step; with none said, it is a multiplier that fits the example, if any;
# - "a → y gives the shift: 1 − 7 × 25 = …": the numbers are the two letters' positions, y is written a in the
#   example (the arrow read either way round), and the multiplier is the one the trace found;
# - "× 4 cannot be undone" / "4 has no inverse": 4 shares a factor with 26; "10 is even";
# - "o = 15: … = w; but the example has i": o goes with i in the example, either way round, and w is not i.
_DIFFERENCE_MATCH = re.compile(r"(?<![\d.])(\d{1,2}) − (\d{1,2}) = −?\d{1,3} and (\d{1,2}) − (\d{1,2}) = −?\d{1,3},? so "
                               r"the multiplier times (−?\d{1,3}) (?:must|has to|should) (?:match|equal|come to) "
                               r"(−?\d{1,3})(?![\d.]\d)")
_MULTIPLIER_IS = re.compile(r"\bthe multiplier (?:is|must be|would be) ([−\-\d ()×+=,]{1,80})")
_UNDOES = re.compile(r"(?<![\d.])(\d{1,3}) undoes ×\s?(\d{1,3})(?![\d.])")
_NO_INVERSE = re.compile(r"×\s?(\d{1,3}) (?:cannot|can't|can not) be undone\b|(?:(?<![\d.])|×\s?)(\d{1,3}) has no inverse\b")
_PARITY = re.compile(r"(?<![\d.,])(\d{1,3}) is (even|odd)\b")
_SHIFT_FROM = re.compile(r"(?<![a-z\"'])([a-z]) → ([a-z]) (?:gives|fixes|sets) the shift: |"
                         r"\bthe shift (?:then )?comes from ([a-z]) → ([a-z]): ")
_SHIFT_WORK = re.compile(r"(\d{1,2}) − (\d{1,2}) × (\d{1,2}) = ")
_EXAMPLE_HAS = re.compile(r"(?<![a-z\"'])([a-z]) = \d{1,2}[,:] [^a-z;]{0,80}? = ([a-z]); but the example has ([a-z])(?![a-z])")


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


def _affine_working_holds(text: str, texts: tuple[str, str, str], memory: dict) -> bool:
    """The claims of multiply-and-shift solved from two letters (see `_DIFFERENCE_MATCH` above); `memory` keeps the
    multiplier a step found for the steps after it."""
    example = _example_letters(texts[0], texts[1])
    for a, b in _UNDOES.findall(text):
        if int(a) * int(b) % 26 != 1:
            return False
    for times, has in _NO_INVERSE.findall(text):
        if int(times or has) % 2 and int(times or has) % 13:
            return False
    for n, parity in _PARITY.findall(text):
        if int(n) % 2 != (parity == "odd"):
            return False
    for match in _DIFFERENCE_MATCH.finditer(text):
        x1, x2, y1, y2, d, e = (int(n.replace("−", "-")) for n in match.groups())
        if (x1, y1) not in example or (x2, y2) not in example or (d, e) != (x1 - x2, y1 - y2):
            return False
    for match in _MULTIPLIER_IS.finditer(text):
        numbers = re.findall(r"[−-]?\d+", match.group(1))
        if not numbers:
            continue
        said = int(numbers[-1].replace("−", "-"))
        before = list(_DIFFERENCE_MATCH.finditer(text, 0, match.start()))
        if before:
            x1, x2, y1, y2 = map(int, before[-1].groups()[:4])
            if (said * (x1 - x2) - (y1 - y2)) % 26:
                return False
        elif (fitting := _affine_multipliers(texts[0], texts[1])) and said % 26 not in fitting:
            return False
        memory["multiplier"] = said % 26
    for match in _SHIFT_FROM.finditer(text):  # the arrow read either way, as a decoding or an encoding
        one, other = POSITION[match.group(1) or match.group(3)], POSITION[match.group(2) or match.group(4)]
        ways = {pair for pair in ((one, other), (other, one)) if pair in example}  # (plain, cipher)
        work = _SHIFT_WORK.match(text, match.end())
        if not ways:
            return False
        if work:
            y, a, x = map(int, work.groups())
            if (x, y) not in ways or memory.get("multiplier", a % 26) != a % 26:
                return False
    for tested, got, has in _EXAMPLE_HAS.findall(text):
        n, m = POSITION[tested], POSITION[has]
        if got == has or ((n, m) not in example and (m, n) not in example):
            return False
    return True


def step_holds(task: str, problem: dict, step: str, texts: tuple[str, str, str] | None = None,
               memory: dict | None = None) -> bool:
    """The step's equations, letter positions, decodings and answer are all true (`texts`: the
    problem's, as `_texts` reads them, when the caller has them already; `memory`: what the steps before
    found, kept by `label_steps`: the multiplier of multiply-and-shift)."""
    if len(step) > MAX_STEP_CHARS or not all(_piece_holds(piece) for piece in _PIECES.split(step)):
        return False
    text = step.lower()
    if texts is None:
        texts = _texts(task, problem)
    maps = _maps(text)
    if maps and _MAY_TRY.search(text):  # "shift 13: 'jxu' → 'gur'": what a shift does, not a decoding
        table, encodings = _decodings(task, *texts), _encodings(task, *texts)
        for pair, holds in _trial_arrows(text, lambda source: source in table or source in encodings, _capital_keys(step),
                                         lambda source, image: image in table.get(source, ()) or
                                         image in encodings.get(source, ())):
            if holds is False:
                return False
            maps.remove(pair)
    if maps:
        table, encodings = _decodings(task, *texts), _encodings(task, *texts)
        averaged = reading(task, *texts).rules == ("pair_average",)
        for source, image in maps:
            known = source in table or source in encodings
            if known and image not in table.get(source, ()) and image not in encodings.get(source, ()):
                return False  # read either way ("xli → the" decodes, "the → xli" encodes); false both ways
            if not known and averaged and len(source) == 2 and len(image) == 1 and average_pairs(source) != image:
                return False  # a pair the example lacks ("qq → z"), judged by the rule the example fixes
    subject = None
    for match in _BACK.finditer(text) if "back" in text else ():  # '"xli" back 3 is "uif", back 4 is "the"'
        subject = match.group(1) or subject
        if subject is not None and map_letters(subject, lambda n, _: n - int(match.group(2))) != match.group(3):
            return False
    for turn in _SAME_SHIFT.findall(text) if "forward" in text else ():  # back 21 is forward 5, and the other way
        if sum(int(n) for n in turn if n) % 26:
            return False
    if ("backwards" in text or "moved to the" in text) and not _moved_words_hold(text):
        return False  # "'ton' backwards is 'not'"
    if "undone by" in text and not _undoing_matches_the_key(text):
        return False
    if not _pair_sums_use_their_letters(text, f"{texts[0]} {texts[2]}") or not _betweens_hold(text):
        return False
    if "letter" in text and not _ordinal_letters_hold(text, texts):
        return False
    if ("shift" in text or "moved" in text or "moving" in text or "rotat" in text) and not _letter_shifts_hold(text):
        return False  # "c shifted by 5 is h"
    if ("decodes" in text or "decrypts" in text or "deciphers" in text) and not _which_decodings_hold(task, texts, text):
        return False  # "…, which decodes to 'rose'"
    if task in CAESAR_TASKS and "shift" in text and not _caesar_shift_claims_hold(task, texts, text):
        return False  # "c → h, so the shift is 5"
    if "no " in text and " for " in text and not _table_claims_hold(text, texts):
        return False  # "no ciphertext letter stands for two letters, and no two for one"
    if "multipl" in text and _NO_AFFINE.search(text) and texts[0] and isinstance(fit_affine(*texts), set):
        return False  # "none of the 12 multipliers fits, so the rule is not multiply-and-shift", where one does
    if ("multipl" in text or "undo" in text or "inverse" in text or " is even" in text or " is odd" in text
            or "the shift" in text or "example has" in text) and \
            not _affine_working_holds(text, texts, {} if memory is None else memory):
        return False  # "15 undoes × 7", "the multiplier is 7", "y → a gives the shift: …", "but the example has i"
    answer = stated_answer(step)  # "Answer: …", "**Final answer:** …", "\\boxed{…}", "<answer>…</answer>"
    if answer is None and _may_say_plaintext(text) and _SAYS_PLAINTEXT.search(text):
        answer = _stated_plaintext(text, reading(task, *texts).answer, (texts[0], texts[2]))
    return answer is None or bool(verify(task, problem, answer))


# that a letter table read off the example is consistent (on lowered text): "no ciphertext letter stands for two
# letters" (each ciphertext letter of the example has one plain letter), "no two (ciphertext letters) stand for the
# same one" / "and no two for one" (no plain letter has two); false where the example is not letter for letter
_NO_LETTER_FOR_TWO = re.compile(r"\bno (?:ciphertext |cipher |code |encrypted )?letter (?:ever )?(?:stands|is written) "
                                r"for two (?:different )?letters\b")
_NO_TWO_FOR_ONE = re.compile(r"\bno two (?:(?:ciphertext |cipher |code |encrypted )?letters )?(?:ever )?(?:stand |are "
                             r"written )?for (?:one|the same)(?: letter| one)?\b")


def _table_claims_hold(text: str, texts: tuple[str, str, str]) -> bool:
    example = _example_letters(texts[0], texts[1])  # (plain, cipher) pairs, each once
    for pattern, plain_side in ((_NO_LETTER_FOR_TWO, False), (_NO_TWO_FOR_ONE, True)):
        for match in pattern.finditer(text):
            if _unsaid(text, match.start(), match.end()):
                continue
            sides = [plain if plain_side else cipher for plain, cipher in example]
            if not example or len(sides) != len(set(sides)):  # a letter on that side in two pairs
                return False
    return True


def _ordinal_letters_hold(text: str, texts: tuple[str, str, str]) -> bool:
    """Each "the 8th letter is h" is: of the alphabet, or (unless it says "of the alphabet") of a word of
    the problem's texts or of the step."""
    for n, alphabet, ch in _ORDINAL_LETTER.findall(text):
        k = int(n)
        if 1 <= k <= 26 and letter(k) == ch:
            continue
        words = () if alphabet else re.findall(r"[a-z]+", " ".join(texts) + " " + text)
        if not any(len(word) >= k and word[k - 1] == ch for word in words):
            return False
    return True


# "the answer is X" (group 1), "the decoded message reads X", "it decodes to X" (group 3); group 2 marks
# "reads as" / "reads like", which is followed by a description ("it reads as English") unless quoted
_SAYS_PLAINTEXT = re.compile(r"\banswer\s+is\s*:?\s*(\S[^\n]*)|\b(?:(?:message|plaintext|text|decoding)\s+(?:is|reads|says)"
                             r"|it\s+(?:reads|says|decodes\s+to))(\s+(?:as|like)\b)?\s*:?\s*(\S[^\n]*)")  # on lowered text

_CIPHER_SIDE = re.compile(r"\b(?:encrypted|encoded|enciphered|ciphered|coded|secret|given|original|cipher)\s+\Z")
_NOT_SAID = frozenset("probably likely possibly maybe perhaps not unclear either something close almost nearly "
                      "roughly hard tricky still".split())
_LEADING_QUOTE = re.compile(r'\*{0,2}["“\']([^"”\']+)["”\'](?![a-z])|\*{0,2}([^.!?;"“”]+)')


def _may_say_plaintext(text: str) -> bool:
    """Whether `_SAYS_PLAINTEXT` can match the (lowered) text, by cheap substring tests."""
    return ("answer" in text or "message" in text or "text" in text or "decoding" in text or "it reads" in text
            or "it says" in text or "it decodes" in text)


def _stated_plaintext(step: str, truth: str | None, ciphertexts: tuple = ()) -> str | None:
    """The message a step says in prose that it decodes to, else None: read after "the answer is"
    when it has as many words as the true message, and after "the message is / reads" or "it
    decodes to" only when its words are as long as the true message's, so that prose such as
    'the message is given: "qeb ..."' or "the text is a shift of three" is never taken for an answer.
    A hedge ("the answer is probably ...", "if the text is ...") states nothing."""
    if truth is None:
        return None
    shape = [len(word) for word in truth.split()]
    for said in _SAYS_PLAINTEXT.finditer(step):
        if HEDGE.search(step, max(0, said.start() - 40), said.start()):
            continue  # hedged
        value = _LEADING_QUOTE.match(said.group(1) or said.group(3))
        answer = (value.group(1) or value.group(2)).strip().strip("*").strip() if value else ""
        words = answer.lower().split()
        if not words or words[0] in _NOT_SAID:
            continue
        if said.group(3) and " ".join(words) in ciphertexts and \
                _CIPHER_SIDE.search(step, max(0, said.start() - 16), said.start()):
            continue  # the ciphertext restated: "the encrypted message is '…'" (an "original message" decoded is judged)
        quoted = value is not None and value.group(1) is not None  # 'the message is "…"': an answer, however wrong
        if said.group(2) and not quoted:
            continue  # "it reads as English", "the decoding reads like plain words": a description, not the message
        if len(words) == len(shape) if said.group(1) or quoted else [len(word) for word in words] == shape:
            return answer
    return None


def label_steps(task: str, problem: dict, steps: list[str]) -> list[bool]:
    """True for each step until the first that states something false (later steps are not read)."""
    texts = _texts(task, problem)
    labels: list[bool] = []
    memory: dict = {}
    for step in steps:
        if not step_holds(task, problem, step, texts, memory):
            return labels + [False] * (len(steps) - len(labels))
        labels.append(True)
    return labels
