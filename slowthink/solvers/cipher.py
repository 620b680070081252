"""Cipher solver: find the rule from one example by hypothesis and test, then decode word by word.

The trace goes the way a careful person works (EXAMPLES.md, the o1 "pair average"
cipher): restate the example, compare word lengths, then test hypotheses one at a
time with the actual alphabet positions (a = 1 ... z = 26), rejecting each failure
with the numbers that sink it, saying so when one fits the first letter, confirming
it on more of the example before trusting it, decoding the message word by word with
the work shown, and checking that every decoded word is English.

A hypothesis first runs silently (`Outcome`: the checks it makes, in order, up to its
first failure), so the solver knows which plausible ones really fail on this
example; each of those is shown, before the right one, with probability
`params.detours`. Every equation written is self-contained and true, and letters and
numbers are only ever joined as "t = 20" or "20 = t", because the verifier reads
them back. What it leaves out: rules other than the generator's seven.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from slowthink.core import english
from slowthink.core.alphabet import POSITION, letter, letters_of
from slowthink.core.phrasing import Voice, join_words
from slowthink.core.trace import Solution, answer_line

MULTIPLIERS = (1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25)  # the numbers with an inverse mod 26


def _minus(n: int, k: int) -> tuple[int, str]:
    """n − k counted round the alphabet, written out: (position, "3 − 4 + 26 = 25")."""
    return (n - k, f"{n} − {k} = {n - k}") if n - k >= 1 else (n - k + 26, f"{n} − {k} + 26 = {n - k + 26}")


def _mod(expression: str, value: int) -> tuple[int, str]:
    """"(expression) mod 26 = r", read as a position (0 stands for z)."""
    r = value % 26
    return (r or 26), f"({expression}) mod 26 = {r}" + (", and 0 stands for 26" if r == 0 else "")


# ---------------------------------------------------------------- rules, as the solver decodes with them

@dataclass
class Rule:
    family: str
    shift: int = 0  # caesar
    multiplier: int = 1  # affine
    key: list[int] = field(default_factory=list)  # vigenere shifts
    table: dict[str, str] = field(default_factory=dict)  # substitution

    def prepare(self, voice: Voice) -> list[str]:
        if self.family == "affine":
            inverse = pow(self.multiplier, -1, 26)
            product = self.multiplier * inverse
            return [voice.pick("To undo × {a}, find the number that times {a} leaves 1 over a multiple of 26: "
                               "{a} × {i} = {p} = {q} × 26 + 1, so multiply by {i} after taking away the shift {b}.",
                               "Undoing it: {a} × {i} = {p} = {q} × 26 + 1, so {i} undoes × {a}; each position goes "
                               "back as (position − {b}) × {i}, mod 26.",
                               a=self.multiplier, i=inverse, p=product, q=product // 26, b=self.shift)]
        if self.family == "vigenere":
            return [voice.pick("The key starts again with the message: shifts {k}, repeating, spaces skipped.",
                               "Key shifts {k}, repeating from the message's first letter.",
                               k=", ".join(map(str, self.key)))]
        return []

    def letter_work(self, ch: str, k: int) -> tuple[str, str]:
        """Decode one ciphertext letter (the k-th letter of the message): (plain letter, work)."""
        n = POSITION[ch]
        if self.family == "substitution":
            return self.table[ch], f"{ch} → {self.table[ch]}"
        if self.family == "atbash":
            value, work = 27 - n, f"27 − {n} = {27 - n}"
        elif self.family == "affine":
            inverse = pow(self.multiplier, -1, 26)
            value, work = _mod(f"{inverse} × ({n} − {self.shift})", inverse * (n - self.shift))
        else:
            value, work = _minus(n, self.key[k % len(self.key)] if self.family == "vigenere" else self.shift)
        return letter(value), f"{ch} = {n}, {work} = {letter(value)}"

    def word_work(self, word: str, start: int) -> tuple[str, str]:
        """Decode a ciphertext word whose first letter is letter `start` of the message."""
        if self.family == "reverse":
            return word[::-1], f'"{word}" backwards is "{word[::-1]}"'
        if self.family == "pair_average":
            parts = [_pair_work(word[i:i + 2]) for i in range(0, len(word), 2)]
        else:
            parts = [self.letter_work(ch, start + i) for i, ch in enumerate(word)]
        return "".join(p for p, _ in parts), "; ".join(w for _, w in parts)


def _pair_work(pair: str) -> tuple[str, str]:
    x, y = POSITION[pair[0]], POSITION[pair[1]]
    return letter((x + y) // 2), f"{pair}: {pair[0]} = {x}, {pair[1]} = {y}, ({x} + {y}) ÷ 2 = {(x + y) // 2} = " \
                                 f"{letter((x + y) // 2)}"


# ---------------------------------------------------------------- hypotheses, tested silently

@dataclass
class Case:
    cipher: str  # example ciphertext
    plain: str  # example plaintext
    message: str  # ciphertext to decode

    def __post_init__(self):
        self.cw, self.pw, self.mw = self.cipher.split(), self.plain.split(), self.message.split()
        self.same_shape = [len(w) for w in self.cw] == [len(w) for w in self.pw]
        self.doubled = len(self.cw) == len(self.pw) and all(len(c) == 2 * len(p) for c, p in zip(self.cw, self.pw))
        self.letters = list(zip(letters_of(self.cipher), letters_of(self.plain))) if self.same_shape else []
        self.anagrams = self.same_shape and all(sorted(c) == sorted(p) for c, p in zip(self.cw, self.pw))


@dataclass
class Outcome:
    name: str  # the hypothesis
    setup: str  # how its parameter was read off the example ("" if it has none)
    checks: list[tuple[str, bool]]  # (work, holds) in order, up to the first failure
    units: int  # how many letters / pairs / words the example has
    unit: str  # "letter", "pair", "word"
    rule: Rule | None  # the fitted rule, or None when a check failed
    failure: str = ""  # why it fails, when it fails for a reason no single check shows
    tried: list[str] = field(default_factory=list)  # a search inside the hypothesis (multipliers, key lengths)


def _distinct(items: list) -> list:
    return list(dict.fromkeys(items))


def _letter_checks(case: Case, predict, first: int = 0) -> list[tuple[str, bool]]:
    """predict(cipher letter, plain letter) -> (work, holds) over distinct aligned letters, up to a failure."""
    checks = []
    for c, p in _distinct(case.letters)[first:]:
        work, holds = predict(c, p)
        checks.append((work, holds))
        if not holds:
            break
    return checks


def try_shift(case: Case) -> Outcome:
    c, p = case.letters[0]
    k = (POSITION[c] - POSITION[p]) % 26
    diff = (f"{POSITION[c]} − {POSITION[p]} = {k}" if POSITION[c] >= POSITION[p]
            else f"{POSITION[c]} + 26 − {POSITION[p]} = {k}")
    setup = f"{p} = {POSITION[p]} became {c} = {POSITION[c]}, a shift of {diff}"

    def predict(c: str, p: str):
        value, work = _minus(POSITION[c], k)
        holds = letter(value) == p
        return f"{c} = {POSITION[c]}, {work} = {letter(value)}" + ("" if holds else f", but the example has {p}"), holds
    checks = _letter_checks(case, predict, first=1)
    return Outcome("shift", setup, checks, len(case.letters), "letter",
                   Rule("caesar", shift=k) if all(h for _, h in checks) else None)


def try_mirror(case: Case) -> Outcome:
    def predict(c: str, p: str):
        n = POSITION[c]
        holds = letter(27 - n) == p
        return f"{c} = {n}, 27 − {n} = {27 - n} = {letter(27 - n)}" + ("" if holds else f", but the example has {p}"), holds
    checks = _letter_checks(case, predict)
    return Outcome("mirror", "", checks, len(case.letters), "letter", Rule("atbash") if checks[-1][1] else None)


def try_affine(case: Case, multipliers=MULTIPLIERS) -> Outcome:
    """Each multiplier in turn: the shift from the first letter, then the other letters."""
    c0, p0 = case.letters[0]
    tried = []
    for a in multipliers:
        b = (POSITION[c0] - a * POSITION[p0]) % 26
        setup = (f"× {a}: {p0} = {POSITION[p0]}, and to land on {c0} = {POSITION[c0]} the shift must be "
                 f"({POSITION[c0]} − {a} × {POSITION[p0]}) mod 26 = {b}")

        def predict(c: str, p: str, a=a, b=b):
            value, work = _mod(f"{a} × {POSITION[p]} + {b}", a * POSITION[p] + b)
            holds = letter(value) == c
            return (f"{p} = {POSITION[p]}: {work} = {letter(value)}" + ("" if holds else f", but the example has {c}"),
                    holds)
        checks = _letter_checks(case, predict, first=1)
        tried.append((setup, checks))
        if all(h for _, h in checks):
            outcome = Outcome("affine", setup, checks, len(case.letters), "letter", Rule("affine", b, a))
            outcome.tried = [f"{s}; {chk[-1][0]}" for s, chk in tried[:-1]]
            return outcome
    outcome = Outcome("affine", "", [], len(case.letters), "letter", None,
                      failure=f"none of the {len(multipliers)} multipliers fits")
    outcome.tried = [f"{s}; {chk[-1][0]}" for s, chk in tried]
    return outcome


def try_key(case: Case) -> Outcome:
    shifts = [(POSITION[c] - POSITION[p]) % 26 for c, p in case.letters]
    works = [f"{POSITION[c]} − {POSITION[p]} = {d}" if POSITION[c] >= POSITION[p] else
             f"{POSITION[c]} + 26 − {POSITION[p]} = {d}" for (c, p), d in zip(case.letters, shifts)]
    setup = "shift of each letter, ciphertext minus plaintext: " + ", ".join(works)
    at_once, tried = [], []  # lengths refuted by the first repeat, and the others with their mismatch
    for length in range(1, len(shifts) // 2 + 1):
        bad = next((i for i in range(length, len(shifts)) if shifts[i] != shifts[i - length]), None)
        if bad is None:
            blocks = " | ".join(", ".join(map(str, shifts[i:i + length])) for i in range(0, len(shifts), length))
            outcome = Outcome("key", setup, [(f"Key length {length}: {blocks}", True)], len(shifts), "letter",
                              Rule("vigenere", key=shifts[:length]))
            outcome.tried = _key_search(at_once, tried, shifts)
            return outcome
        if bad == length:
            at_once.append(length)
        else:
            tried.append(f"length {length}: shift {bad + 1} is {shifts[bad]}, but shift {bad + 1 - length} is "
                         f"{shifts[bad - length]}")
    outcome = Outcome("key", setup, [], len(shifts), "letter", None,
                      failure=f"no key of length up to {len(shifts) // 2} repeats through the example")
    outcome.tried = _key_search(at_once, tried, shifts)
    return outcome


def _key_search(at_once: list[int], tried: list[str], shifts: list[int]) -> list[str]:
    """The key lengths ruled out, compactly: a key of length L would give letter L + 1 the first shift again."""
    if at_once:
        firsts = ", ".join(str(shifts[k]) for k in at_once)
        lengths = f"length {at_once[0]}" if len(at_once) == 1 else f"lengths {join_words([str(k) for k in at_once])}"
        tried = [f"{lengths} would repeat the first shift {shifts[0]} right after the key, but there the shifts "
                 f"are {firsts}"] + tried
    return tried


def try_table(case: Case) -> Outcome:
    seen: dict[str, str] = {}
    back: dict[str, str] = {}
    for i, (c, p) in enumerate(case.letters):
        if seen.get(c, p) != p:
            return Outcome("table", "", [], len(case.letters), "letter", None,
                           failure=f"the letter {c} stands for {seen[c]} in one place and for {p} in another")
        if back.get(p, c) != c:
            return Outcome("table", "", [], len(case.letters), "letter", None,
                           failure=f"the letter {p} is written as {back[p]} in one place and as {c} in another")
        seen[c], back[p] = p, c
    missing = sorted(set(letters_of(case.message)) - set(seen))
    if missing:
        return Outcome("table", "", [], len(case.letters), "letter", None,
                       failure=f"the table is consistent, but the example never shows what {missing[0]} stands for")
    return Outcome("table", "", [], len(case.letters), "letter", Rule("substitution", table=seen))


def _word_hypothesis(name: str, decode, how: str):
    def attempt(case: Case) -> Outcome:
        checks = []
        for c, p in _distinct(list(zip(case.cw, case.pw))):
            holds = decode(c) == p
            checks.append((f'"{c}" {how} is "{decode(c)}"' + ("" if holds else f', not "{p}"'), holds))
            if not holds:
                break
        rule = Rule("reverse") if name == "reverse" and checks[-1][1] else None
        return Outcome(name, "", checks, len(case.cw), "word", rule)
    return attempt


def _pair_hypothesis(name: str, combine):
    def attempt(case: Case) -> Outcome:
        units = [(c[2 * i:2 * i + 2], ch) for c, p in zip(case.cw, case.pw) for i, ch in enumerate(p)]
        checks = []
        for pair, p in _distinct(units):
            x, y = POSITION[pair[0]], POSITION[pair[1]]
            work, value = combine(x, y)
            holds = value == POSITION[p]
            shown = f" = {letter(value)}" if 1 <= value <= 26 and value == int(value) else ""
            checks.append((f'"{pair}" → "{p}": {pair[0]} = {x}, {pair[1]} = {y}, {work}{shown}'
                           + ("" if holds else f", not {p} = {POSITION[p]}"), holds))
            if not holds:
                break
        rule = Rule("pair_average") if name == "average" and checks[-1][1] else None
        return Outcome(name, "", checks, len(units), "pair", rule)
    return attempt


def _average(x: int, y: int):
    if (x + y) % 2:
        return f"({x} + {y}) ÷ 2 = {x + y}/2", 0
    return f"({x} + {y}) ÷ 2 = {(x + y) // 2}", (x + y) // 2


HYPOTHESES = {
    "shift": try_shift, "mirror": try_mirror, "affine": try_affine, "key": try_key, "table": try_table,
    "reverse": _word_hypothesis("reverse", lambda w: w[::-1], "backwards"),
    "rotate_left": _word_hypothesis("rotate_left", lambda w: w[-1] + w[:-1], "with its last letter moved to the front"),
    "rotate_right": _word_hypothesis("rotate_right", lambda w: w[1:] + w[0], "with its first letter moved to the end"),
    "sum": _pair_hypothesis("sum", lambda x, y: (f"{x} + {y} = {x + y}", x + y)),
    "difference": _pair_hypothesis("difference", lambda x, y: (f"{max(x, y)} − {min(x, y)} = {abs(x - y)}",
                                                               abs(x - y))),
    "sum_mod": _pair_hypothesis("sum_mod", lambda x, y: _mod(f"{x} + {y}", x + y)[::-1]),
    "average": _pair_hypothesis("average", _average),
}


# ---------------------------------------------------------------- which hypotheses, in which order

LETTER_ORDER = ("shift", "mirror", "reverse", "affine", "key", "table")
ANAGRAM_ORDER = ("rotate_left", "rotate_right", "reverse", "shift", "mirror", "affine", "key", "table")
PAIR_ORDER = ("sum", "difference", "sum_mod", "average")
FOR_TASK = {"caesar": ("shift",), "atbash": ("mirror",), "affine": ("affine",), "vigenere": ("key",),
            "substitution": ("table",), "reverse": ("rotate_left", "rotate_right", "reverse"),
            "pair_average": PAIR_ORDER}


def hypotheses_for(rule: str, case: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The hypotheses in the order a person would test them, and those plausible enough to try as detours."""
    if rule != "unknown":
        return FOR_TASK[rule], FOR_TASK[rule]
    if case.doubled:
        return PAIR_ORDER, PAIR_ORDER
    if case.same_shape and case.anagrams:  # only moved letters: shifts and tables are not worth a detour
        return ANAGRAM_ORDER, ANAGRAM_ORDER[:3]
    if case.same_shape:
        return LETTER_ORDER, LETTER_ORDER
    return (), ()


def fails(outcome: Outcome) -> bool:
    """A hypothesis the example really refutes (one that fits without giving a rule is no detour)."""
    return bool(outcome.failure) or (bool(outcome.checks) and not outcome.checks[-1][1])


# ---------------------------------------------------------------- writing it down

INTRO = {
    "shift": ("Maybe every letter is shifted by the same amount: {setup}.", "Simplest idea first, one shift for every "
              "letter: {setup}.", "Try a single shift: {setup}."),
    "mirror": ("Maybe the alphabet is mirrored, a and z swapped, so position n becomes 27 − n.",
               "Try the mirror rule: the letter at position n becomes the one at 27 − n."),
    "reverse": ("Maybe each word is simply written backwards.", "Try reading each ciphertext word backwards."),
    "rotate_left": ("Maybe each word's last letter was moved to the front.",),
    "rotate_right": ("Maybe each word's first letter was moved to the end.",),
    "affine": ("Maybe each position is multiplied by a number and shifted, mod 26. Only multipliers that can be "
               "undone mod 26 make sense (1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25); for each, the first letter fixes "
               "the shift.", "Try multiply-and-shift mod 26: for each multiplier that has an inverse mod 26, take the "
               "shift from the first letter and test the next one."),
    "key": ("Maybe the shift changes from letter to letter with a repeating key. The {setup}.",
            "Try a repeating key of shifts. The {setup}."),
    "table": ("Maybe it is a fixed letter table: each ciphertext letter always stands for the same letter.",
              "Try a plain substitution table, one letter for one letter throughout."),
    "sum": ("Sum of the two positions?", "Maybe the letter is the sum of the pair?"),
    "difference": ("Difference of the two positions?", "Maybe the difference of the pair?"),
    "sum_mod": ("Sum of the positions, mod 26?", "Maybe the sum, counted round the alphabet (mod 26)?"),
    "average": ("Average of the two positions?", "Maybe the average of the pair?"),
}
PROMISING = ("That seems promising.", "Promising.", "That fits.", "So far so good.")
REJECT = ("No.", "That rules it out.", "So not this rule.", "Rejected.")
CONFIRM = ("Before trusting it, check more of the example:", "One {unit} proves little; check others:",
           "Test it on the rest of the example:")
ALL_FIT = ("All {n} {unit}s of the example fit.", "Every one of the {n} {unit}s in the example fits.",
           "The rest of the example fits too, all {n} {unit}s.")


def _checks(voice: Voice, outcome: Outcome, shown: int) -> list[str]:
    """The first check; then, if it holds, more checks before the rule is trusted (or where it breaks)."""
    checks, unit = outcome.checks, outcome.unit
    if not checks:
        return [f"That is all the example shows: its {outcome.units} {unit}(s) fit."]
    first, holds = checks[0]
    if not holds:
        return [f"{first}. {voice.pick(*REJECT)}"]
    lines = [f"{first}. {voice.pick(*PROMISING)}"]
    rest = checks[1:]
    if not rest and len(checks) == 1 and outcome.rule is not None and outcome.name == "key":
        return lines + [f"All {outcome.units} letters follow the key {', '.join(map(str, outcome.rule.key))}."]
    if not rest:
        return lines + ["The example has nothing more to check."]
    lines.append(voice.pick(*CONFIRM, unit=unit))
    for work, ok in rest[:shown]:
        lines.append(f"  {work} ✓" if ok else f"  {work}. {voice.pick(*REJECT)}")
    if len(rest) > shown and not rest[-1][1]:
        lines.append(f"  {len(rest) - shown - 1} more fit, but then {rest[-1][0]}. {voice.pick(*REJECT)}")
    elif outcome.rule is not None:
        lines.append(voice.pick(*ALL_FIT, n=outcome.units, unit=unit))
    return lines


def render(voice: Voice, outcome: Outcome, params, *, shift_ruled_out: bool, show_search: bool) -> list[str]:
    """The lines of one hypothesis test, from the idea to its verdict."""
    name = outcome.name
    lines = [voice.pick(*INTRO[name], setup=outcome.setup)]
    tried = outcome.tried
    if name == "affine":
        if shift_ruled_out and tried and tried[0].startswith("× 1:"):
            tried = tried[1:]
            lines.append("× 1 would be the plain shift, already ruled out.")
        lines += [f"  {t}. {voice.pick(*REJECT)}" for t in tried]
        if outcome.rule is not None and outcome.checks:
            first = (f"  {outcome.setup}; {outcome.checks[0][0]}", True)
            return lines + _checks(voice, Outcome(name, "", [first] + outcome.checks[1:], outcome.units, "letter",
                                                  outcome.rule), params.checks)
        if outcome.rule is not None:
            lines.append(f"  {outcome.setup}.")
    elif name == "key" and tried:
        if show_search or outcome.rule is None:
            lines.append("Shortest repeating key? " + "; ".join(tried) + ".")
        else:
            lines.append("Look for the shortest block of shifts that repeats.")
    elif name == "table" and outcome.rule is not None:
        pairs = ", ".join(f"{c} → {p}" for c, p in outcome.rule.table.items())
        return lines + [f"Every ciphertext letter stands for one letter throughout: {pairs}. {voice.pick(*PROMISING)}",
                        voice.pick("The example shows every letter the message uses, so the table can decode it.",
                                   "Every letter of the message appears in the table.")]
    if outcome.failure:
        return lines + [f"{outcome.failure[0].upper()}{outcome.failure[1:]}. {voice.pick(*REJECT)}"]
    return lines + _checks(voice, outcome, params.checks)


def _structure(voice: Voice, case: Case) -> list[str]:
    lengths = (", ".join(str(len(w)) for w in case.cw), ", ".join(str(len(w)) for w in case.pw))
    line = voice.pick("Word lengths: {c} in the ciphertext against {p} in the plaintext.",
                      "Compare the word lengths: {c} against {p}.", c=lengths[0], p=lengths[1])
    if case.doubled:
        return [line + " Every ciphertext word is exactly twice as long as its plaintext word, so perhaps each pair "
                       "of letters becomes one letter."]
    if case.anagrams:
        return [line + " They match word for word, and each ciphertext word has exactly the letters of its plaintext "
                       "word, so the letters are only moved around inside each word."]
    if case.same_shape:
        return [line + voice.pick(" They match word for word, so each letter probably stands for one letter.",
                                  " Same lengths word for word: letter for letter, probably.")]
    return [line + " The lengths do not line up in any simple way."]


def solve(rule: str, problem: dict, params, rng: random.Random) -> Solution:
    voice = Voice(rng, getattr(params, "language", "en"))
    case = Case(problem["example"]["ciphertext"], problem["example"]["plaintext"], problem["ciphertext"])
    lines = [voice.pick('Example: "{c}" → "{p}". Message to decode: "{m}".',
                        'The example says "{c}" → "{p}"; I need to decode "{m}".',
                        c=case.cipher, p=case.plain, m=case.message)]
    lines.append(voice.pick("The rule is not given, so find it from the example.", "First, work out the rule.")
                 if rule == "unknown" else voice.pick("The question says how the code works; find its details "
                                                      "from the example.", "The kind of rule is given; pin it down."))
    lines += _structure(voice, case)
    if rule != "reverse":
        lines.append("Alphabet positions: a = 1, b = 2, and so on up to z = 26.")
    order, plausible = hypotheses_for(rule, case)
    outcomes = [HYPOTHESES[name](case) for name in order]
    right = next((o for o in outcomes if o.rule is not None), None)
    chosen = [o for o in outcomes if o is not right and o.name in plausible and fails(o)
              and voice.chance(params.detours)]
    if right is not None:
        chosen.append(right)
    shown_search = voice.chance(params.detours)
    for k, outcome in enumerate(chosen):
        lines += render(voice, outcome, params, shift_ruled_out=any(o.name == "shift" for o in chosen[:k]),
                        show_search=shown_search)
    difficulty = {"rule": right.rule.family if right else "none", "hypotheses_tried": len(chosen),
                  "hypotheses_rejected": len(chosen) - (right is not None), "searched": len(right.tried) if right else 0,
                  "key_length": len(right.rule.key) if right else 0, "example_letters": len(letters_of(case.cipher)),
                  "message_letters": len(letters_of(case.message)), "message_words": len(case.mw)}
    if right is None:
        lines.append("None of the rules I know fits the example, so I cannot decode the message.")
        lines.append(answer_line(None))
        return Solution(lines, None, difficulty, "direct")
    lines.append(voice.pick("Now decode the message word by word.", 'Decode "{m}" one word at a time.',
                            "With the rule fixed, decode each word.", m=case.message))
    lines += right.rule.prepare(voice)
    start, words = 0, []
    for word in case.mw:
        plain, work = right.rule.word_work(word, start)
        start += len(word)
        words.append(plain)
        lines.append(f'{work}, so "{word}" → "{plain}".' if right.rule.family == "reverse" else
                     f'"{word}": {work}, so "{word}" → "{plain}".')
    answer = " ".join(words)
    lines.append(f'So "{case.message}" → "{answer}".')
    strange = [w for w in words if not english.is_word(w)]
    lines.append(voice.pick("Every word ({w}) is an ordinary English word, so the decoding reads as English.",
                            "It reads as English: {w} are all real words.", w=join_words(words))
                 if not strange else
                 f"Not every word is in my word list ({join_words(strange)}), but the rule fits the whole example, "
                 "so I trust the decoding.")
    lines.append(answer_line(answer))
    style = "thorough" if len(chosen) > 1 else "direct"
    return Solution(lines, answer, difficulty, style)
