"""Cipher hypotheses, tested silently: what each rule predicts for the example, and where it breaks.

The solver (`solvers/cipher.py`) decides which hypotheses to show and writes them
down; this module only tests. Each `try_*` returns an `Outcome`: the checks it made
against the example in order, each with its work written out ("l = 12, 12 − 4 = 8 =
h"), up to the first that fails, and the fitted `Rule` when none fails. A `Rule`
decodes a message word by word with the work shown. Every equation here is
self-contained and true, and letters and numbers are only joined as "t = 20" or
"20 = t", because the verifier reads them back. What it leaves out: choosing,
ordering and phrasing (the solver's job), and any rule the generator does not use.
"""


from __future__ import annotations

from dataclasses import dataclass, field

from slowthink.core.alphabet import POSITION, letter, letters_of
from slowthink.core.phrasing import Voice, join_words

MULTIPLIERS = (1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25)  # the numbers with an inverse mod 26


def _minus(n: int, k: int) -> tuple[int, str]:
    """n − k counted round the alphabet, written out: (position, "3 − 4 + 26 = 25")."""
    return (n - k, f"{n} − {k} = {n - k}") if n - k >= 1 else (n - k + 26, f"{n} − {k} + 26 = {n - k + 26}")


def _plus(n: int, k: int) -> tuple[int, str]:
    """n + k counted round the alphabet, written out: (position, "24 + 3 − 26 = 1")."""
    return (n + k, f"{n} + {k} = {n + k}") if n + k <= 26 else (n + k - 26, f"{n} + {k} − 26 = {n + k - 26}")


def _undo_shift(n: int, k: int) -> tuple[int, str]:
    """Undo a shift of k the short way: back k, or forward 26 − k when that is fewer places (back 23 = forward 3)."""
    return _plus(n, 26 - k) if k > 13 else _minus(n, k)


def signed(n: int) -> str:
    return f"−{-n}" if n < 0 else str(n)


def inverse_found(d: int, slip: tuple[int, int] | None = None) -> tuple[str, bool]:
    """How the number that undoes × d mod 26 is found (d odd, not 13, not 1), ending on "… = q × 26 + 1", and
    whether it says itself what undoes × d. The numbers 1 over a multiple of 26 (27, 53, 79, …) are tried in
    turn until one is a multiple of d ("counting up from 27 in 26s, 27, 53 and 79 are not multiples of 15, but
    15 × 7 = 105 = 4 × 26 + 1"), the question `INVERSE_ASKED` before it; where that search is long (17, 23, 25),
    d is 26 less a small number whose undoer is quick to find: "17 = 26 − 9, and 9 × 3 = 27 = 26 + 1; (−9) ×
    (−3) = 27 too, so 26 − 3 = 23 undoes × 17: 17 × 23 = 391 = 15 × 26 + 1"."""
    if slip is not None:  # a negative trace: the search stops early, on a product worked out wrong (`slipped_inverse`)
        return _counted_up(d, *slip), False
    inverse = pow(d, -1, 26)
    product = d * inverse
    if product // 26 > 8:  # 17, 23, 25: minus a small number, whose undoer is found at once
        small, times = 26 - d, f"{product // 26} × 26"
        if small == 1:
            return f"{d} = 26 − 1, and (−1) × (−1) = 1, so {d} undoes × {d}: {d} × {d} = {product} = {times} + 1", True
        back = pow(small, -1, 26)
        return (f"{d} = 26 − {small}, and {small} × {back} = {small * back} = 26 + 1; (−{small}) × (−{back}) = "
                f"{small * back} too, so 26 − {back} = {inverse} undoes × {d}: {d} × {inverse} = {product} = "
                f"{times} + 1"), True
    return _counted_up(d, product, inverse), False


def _counted_up(d: int, reached: int, undoer: int) -> str:
    """The search counted up from 27 in 26s to `reached`, the first number 1 over a multiple of 26 taken for a
    multiple of d, `undoer` times d (the true one, or in a negative trace one a product worked out wrong gives)."""
    times = "26" if reached // 26 == 1 else f"{reached // 26} × 26"
    if reached == 27:
        return f"27, the first number 1 over a multiple of 26, is a multiple of {d} already: {d} × {undoer} = 27 = 26 + 1"
    tried = [str(n) for n in range(27, reached, 26)]
    listed = tried[0] if len(tried) == 1 else f"{', '.join(tried[:-1])} and {tried[-1]}"
    are = "is not a multiple" if len(tried) == 1 else "are not multiples"
    return f"counting up from 27 in 26s, {listed} {are} of {d}, but {d} × {undoer} = {reached} = {times} + 1"


INVERSE_ASKED = "which number times {d} leaves 1 over a multiple of 26?"  # the search `inverse_found` answers


def slipped_inverses(d: int) -> list[tuple[int, int]]:
    """Where the search for what undoes × d (counted up from 27 in 26s) can stop too early, as a slip: each number
    it passes, 1 over a multiple of 26 but no multiple of d, with the whole number nearest its quotient by d, which a
    product worked out wrong ("11 × 12 = 131") takes for the undoer. None where the search is not counted (the
    undoer found at 27, or through 26 less a small number)."""
    product = d * pow(d, -1, 26)
    if d == 1 or product == 27 or product // 26 > 8:
        return []
    return [(n, (n + d // 2) // d) for n in range(27, product, 26)]


def round_the_alphabet(expression: str, value: int, low: int = 1) -> tuple[int, str]:
    """expression = value, counted round the alphabet into low..low + 25 by whole turns of 26, written out:
    (15, "7 × 12 + 9 = 93, 93 − 3 × 26 = 15"). Each equation is true as it stands, so a reader who does not
    know "mod" (or an independent checker: "(…) mod 26 = 15" reads to one as "26 = 15") reads it right,
    and a position comes out as 1 to 26, z as 26, with no "0 stands for 26" to explain."""
    r = (value - low) % 26 + low
    work = f"{expression} = {signed(value)}"
    if r != value:
        turns = abs(value - r) // 26
        work += f", {signed(value)} {'−' if value > r else '+'} {'26' if turns == 1 else f'{turns} × 26'} = {r}"
    return r, work


# ---------------------------------------------------------------- rules, as the solver decodes with them

@dataclass
class Rule:
    family: str
    shift: int = 0  # caesar
    multiplier: int = 1  # affine
    key: list[int] = field(default_factory=list)  # vigenere shifts
    table: dict[str, str] = field(default_factory=dict)  # substitution
    inverse_said: bool = False  # affine: the multiplier's inverse was worked out in finding it
    # negative traces only: a slip made in preparing to decode, believed from there on. Affine: (the number the
    # search for the undoer stopped at, the undoer taken from it), see `slipped_inverses`; Vigenère: (a key shift
    # over 13, the forward step written for undoing it)
    slip_inverse: tuple[int, int] | None = None
    slip_forward: tuple[int, int] | None = None

    def undoer(self) -> int:
        """What the decoding multiplies by after taking away the shift (affine): the inverse, or the one believed."""
        return self.slip_inverse[1] if self.slip_inverse else pow(self.multiplier, -1, 26)

    def prepare(self, voice: Voice) -> list[str]:
        if self.family == "affine":
            inverse = self.undoer()
            if self.inverse_said:  # worked out while solving for the multiplier: not worked out again
                return [voice.pick(("To undo × {a}, multiply by {i} after taking away the shift {b}: {i} undoes × {a}, "
                                    "as found above.",
                                    "To undo × {a}, take away the shift {b}, then multiply by {i}, since {i} undoes × "
                                    "{a}, as found above."),
                                   ("Undoing it: {i} undoes × {a}, as found above; each position goes back as "
                                    "(position − {b}) × {i}, mod 26.",
                                    "To go back: {i} undoes × {a}, as found above; each position becomes (position − "
                                    "{b}) × {i}, mod 26."), a=self.multiplier, i=inverse, b=self.shift)]
            if self.multiplier == 1:  # × 1 changes nothing (a shift fits first, so this is never shown)
                return [f"× 1 changes nothing, so each position just goes back by the shift {self.shift}."]
            work, named = inverse_found(self.multiplier, self.slip_inverse)
            work = work[0].upper() + work[1:]
            if named:
                return [voice.pick(("To undo × {a}: {w}. So multiply by {i} after taking away the shift {b}.",
                                    "To undo × {a}: {w}. So take away the shift {b}, then multiply by {i}."),
                                   ("Undoing it: {w}. Each position goes back as (position − {b}) × {i}, mod 26.",
                                    "To go back: {w}. Each position becomes (position − {b}) × {i}, mod 26."),
                                   a=self.multiplier, i=inverse, b=self.shift, w=work)]
            return [voice.pick(("To undo × {a}, find the number that times {a} leaves 1 over a multiple of 26. "
                                "{w}, so multiply by {i} after taking away the shift {b}.",
                                "To undo × {a}, look for a number that times {a} is 1 more than a multiple of 26. "
                                "{w}, so take away the shift {b}, then multiply by {i}."),
                               ("Undoing it: {q} {w}, so {i} undoes × {a}; each position goes back as (position − "
                                "{b}) × {i}, mod 26.",
                                "To go back: {q} {w}, so {i} undoes × {a}; each position becomes (position − {b}) × "
                                "{i}, mod 26."),
                               a=self.multiplier, i=inverse, b=self.shift, w=work,
                               q=INVERSE_ASKED.format(d=self.multiplier))]
        if self.family == "vigenere":
            return [voice.pick(("The key starts again with the message: shifts {k}, repeating, spaces skipped.",
                                "The key starts over with the message: shifts {k}, repeating, spaces skipped."),
                               ("Key shifts {k}, repeating from the message's first letter.",
                                "The key shifts {k} repeat from the message's first letter, spaces skipped."),
                               k=", ".join(map(str, self.key))) + _short_way(self.key, self.slip_forward)]
        return []

    def letter_work(self, ch: str, k: int, slip: bool = False, step: int = 0) -> tuple[str, str]:
        """Decode one ciphertext letter (the k-th letter of the message): (plain letter, work).

        A slip (negative traces only) writes the result one off, as a real slip would: one up or one
        down (`_off_by_one`, or `step` when it says which), so a slipped letter is not always the next one
        in the alphabet."""
        n = POSITION[ch]
        if self.family == "substitution":
            plain = letter(_off_by_one(POSITION[self.table[ch]], n + k, step)) if slip else self.table[ch]
            return plain, f"{ch} → {plain}"
        if self.family == "atbash":
            value, work = 27 - n, f"27 − {n} = {27 - n}"
        elif self.family == "affine":
            inverse = self.undoer()
            value, work = round_the_alphabet(f"{inverse} × ({n} − {self.shift})", inverse * (n - self.shift))
        elif self.family == "vigenere":
            key = self.key[k % len(self.key)]
            if self.slip_forward and self.slip_forward[0] == key:  # the forward step believed for this shift
                value, work = _plus(n, self.slip_forward[1])
            else:
                value, work = _undo_shift(n, key)
        else:
            value, work = _undo_shift(n, self.shift)
        if slip:
            value = _off_by_one(value, n + k, step)
            work = f"{work[:work.rindex(' = ')]} = {value}"  # the last result: "93, 93 − 3 × 26 = 16"
        return letter(value), f"{ch} = {n}, {work} = {letter(value)}"

    def word_work(self, word: str, start: int, slip: int | None = None,
                  known: set[str] | None = None, decoded: set | None = None, step: int = 0,
                  voice: Voice | None = None) -> tuple[str, str]:
        """Decode a ciphertext word starting at letter `start` of the message; `slip`: a letter to get wrong;
        `known` (pair averages): letters whose positions the reader knows by now, and doubled pairs already
        decoded, updated as the word is written; `decoded` (one fixed letter map, or a key): the ciphertext letters
        (with a key, each with its shift) already worked out in this decoding, updated as the word is written;
        `voice`: how a letter worked out before under a key is said again (`AGAIN_UNDER_KEY`)."""
        if self.family == "reverse":
            plain = word[::-1]
            if slip is not None:  # two neighbours swapped while copying backwards
                plain = plain[:slip] + plain[slip + 1] + plain[slip] + plain[slip + 2:]
            return plain, f'"{word}" backwards is "{plain}"'
        if self.family == "pair_average":
            known = set() if known is None else known
            parts = [_pair_work(word[i:i + 2], slip == i // 2, known, step) for i in range(0, len(word), 2)]
        else:
            parts = [self._letter_once(ch, start + i, slip == i, decoded, step, voice) for i, ch in enumerate(word)]
        return "".join(p for p, _ in parts), "; ".join(w for _, w in parts)

    def _letter_once(self, ch: str, k: int, slip: bool, decoded: set | None, step: int = 0,
                     voice: Voice | None = None) -> tuple[str, str]:
        """A letter decoded once is read off after that ("g → o"), as a careful person does, not worked out
        again. Under a key the same letter decodes differently at other places, so what is known is a letter
        under one shift: met again under that shift, it is read off with the step that undoes it ("c → z (back 3,
        as before)"), which says why it is the same and which the verifier checks. A slip on a letter read off
        is a misread letter, as the work is not redone."""
        if decoded is None or self.family not in ("caesar", "atbash", "affine", "vigenere"):
            return self.letter_work(ch, k, slip, step)
        # (a letter under a key is known with the step that undoes its shift: two shifts are undone alike only where
        # a slip believed one's step, and the writer then sees the same sum)
        seen = (ch, self._undoing(self.key[k % len(self.key)])) if self.family == "vigenere" else ch
        if seen not in decoded:
            decoded.add(seen)
            return self.letter_work(ch, k, slip, step)
        plain = self.letter_work(ch, k, slip, step)[0]
        if self.family != "vigenere":
            return plain, f"{ch} → {plain}"
        way, n = seen[1]
        values = {"c": ch, "p": plain, "way": way, "n": n}
        return plain, AGAIN_UNDER_KEY[0].format(**values) if voice is None else voice.vary(*AGAIN_UNDER_KEY, **values)

    def _undoing(self, shift: int) -> tuple[str, int]:
        """How a key shift is undone, as `letter_work` does it: back the shift, or forward the rest of the turn when
        that is shorter (or as a slip believed it, in a negative trace)."""
        if self.slip_forward and self.slip_forward[0] == shift:
            return "forward", self.slip_forward[1]
        return ("forward", 26 - shift) if shift > 13 else ("back", shift)

    def slip_places(self, word: str) -> list[int]:
        """Where a slip can go in this word: letters (pairs), or for reversal neighbours that differ."""
        if self.family == "reverse":
            backwards = word[::-1]
            return [i for i in range(len(word) - 1) if backwards[i] != backwards[i + 1]]
        if self.family == "pair_average":  # a doubled pair needs no sum, so there is no sum to slip in
            return [i for i in range(len(word) // 2) if word[2 * i] != word[2 * i + 1]]
        return list(range(len(word)))


# a letter met again under the shift it was worked out with, read off (`Rule._letter_once`): the arrow with the step
# right after it, as the verifier reads "c → z (back 3)" (the step must take c to z), and nothing before the arrow
AGAIN_UNDER_KEY = ("{c} → {p} ({way} {n}, as before)", "{c} → {p}, {way} {n} again", "{c} → {p} ({way} {n} again)")


def _short_way(key: list[int], slip: tuple[int, int] | None = None) -> str:
    """Said once, before decoding with a key that has shifts over 13: each of those is undone forward (back 20 is
    forward 6), and the undoing of the whole key in turn, so a mix of backward and forward steps is easy to follow."""
    big = list(dict.fromkeys(k for k in key if k > 13))
    if not big:
        return ""
    forward = {k: 26 - k for k in big} | dict([slip] if slip else [])  # a slip (negative traces) is believed on
    ways = [f"back {k} as forward 26 − {k} = {forward[k]}" for k in big]
    ways[0] = ways[0].replace(" as forward", " is the same as going forward")
    turns = ", ".join(f"+ {forward[k]}" if k > 13 else f"− {k}" for k in key)
    return f" Going {join_words(ways)}, so the letters are undone by {turns}" + (" in turn." if len(key) > 1 else ".")


def _off_by_one(value: int, seed: int, step: int = 0) -> int:
    """A position 1..26 one up or one down, the way `step` says (±1) or else the way chosen by `seed` (kept
    within the alphabet)."""
    step = step or (1 if seed % 2 else -1)
    return value + step if 1 <= value + step <= 26 else value - step


def _pair_work(pair: str, slip: bool, known: set[str], step: int = 0) -> tuple[str, str]:
    """One pair averaged, its letters' positions said only where the reader does not know them yet (`known`,
    which this updates). A pair already worked out, or a doubled one (a letter averaged with itself is itself,
    said the first time), is just read off; a slip there is a misread letter, as the work is not redone."""
    x, y = POSITION[pair[0]], POSITION[pair[1]]
    value = _off_by_one((x + y) // 2, x, step) if slip else (x + y) // 2
    if pair in known or x == y:
        first = x == y and not any(len(k) == 2 and k[0] == k[1] for k in known)
        known.add(pair)
        return letter(value), f"{pair} → {letter(value)}" + (", since a letter averaged with itself is itself"
                                                           if first else "")
    told = "".join(f"{ch} = {POSITION[ch]}, " for ch in dict.fromkeys(pair) if ch not in known)
    known.update((pair, *pair))
    return letter(value), f"{pair}: {told}({x} + {y}) ÷ 2 = {value} = {letter(value)}"


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
    shown: int = 0  # the key: how many letters' shifts were worked out
    # each check in a few characters ("q → t"), so the rest of the example can be run through in one line
    brief: list[str] = field(default_factory=list)
    # pairs: each check's alphabet positions ("j = 10, b = 2, "), which a later hypothesis on the same pair leaves out
    positions: list[str] = field(default_factory=list)
    solved: "AffineSolve | None" = None  # multiply-and-shift solved from two letters (`try_affine`)
    aside: bool = False  # not ruled out, only set aside (a longer key than the shifts worked out can show)
    # a letter table read off the example word by word: (cipher word, plain word, letters it adds, letters it
    # repeats), each letter as (cipher, plain), a repeated word with nothing at all
    words: list[tuple[str, str, list, list]] = field(default_factory=list)


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


def _letter_briefs(case: Case, checks: list, first: int = 0) -> list[str]:
    """The letters `_letter_checks` looked at, as "q → t": ciphertext first, as every arrow of a trace is written
    (a decoding); checks that encode list theirs plain first, in words (`_encoded`)."""
    return [f"{c} → {p}" for c, p in _distinct(case.letters)[first:first + len(checks)]]


def no_single_shift(case: Case) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Two letters of the example, each as (plain, cipher), that a single shift cannot both give: the first letter
    and the first after it moved by another amount, as a person reading the example pair by pair finds them. None
    when every letter moves alike (a shift fits)."""
    pairs = [(p, c) for c, p in _distinct(case.letters)]
    if not pairs:
        return None
    moved = lambda pc: (POSITION[pc[1]] - POSITION[pc[0]]) % 26
    other = next((pc for pc in pairs[1:] if moved(pc) != moved(pairs[0])), None)
    return None if other is None else (pairs[0], other)


def repeated_letter(case: Case) -> tuple[str, list[str]] | None:
    """A plain letter the example has more than once, and what it is written as each time, in order: the first
    that is written two ways (no fixed letter map can do that), else the first that comes back at all. None when
    no plain letter repeats."""
    seen: dict[str, list[str]] = {}
    for c, p in case.letters:
        seen.setdefault(p, []).append(c)
    repeated = [(p, cs) for p, cs in seen.items() if len(cs) > 1]
    return next(((p, cs) for p, cs in repeated if len(set(cs)) > 1), repeated[0] if repeated else None)


def try_shift(case: Case, slip: int = 0) -> Outcome:
    """One shift, read off the first letter and tested on the others. `slip` (negative traces only): the shift
    worked out that much off ("26 − 19 = 8"), believed from there on: the example's letters are decoded with
    it and ticked as fitting (a check that passes wrongly), and the rule is that shift."""
    c, p = case.letters[0]
    k = (POSITION[c] - POSITION[p]) % 26
    said = k + slip
    diff = (f"{POSITION[c]} − {POSITION[p]} = {said}" if POSITION[c] >= POSITION[p]
            else f"{POSITION[c]} + 26 − {POSITION[p]} = {said}")
    k = said
    # which side each letter is on is said, since the checks that follow decode ciphertext letters: the plain o
    # became j here, and then the cipher o is decoded
    setup = f"the plain {p} = {POSITION[p]} is {c} = {POSITION[c]} in the ciphertext, a shift of {diff}"
    if POSITION[c] < POSITION[p]:  # why 26 is added
        setup += f" ({c} comes before {p} in the alphabet, so the shift went round past z: add 26)"
    if k > 13:  # said once, where the shift is found: every decoding after it counts the short way
        setup += f"; going back {k} is the same as going forward {26 - k}, so decode by adding {26 - k}"

    def predict(c: str, p: str):
        value, work = _undo_shift(POSITION[c], k)
        holds = letter(value) == p or bool(slip)  # a believed slip sees every letter fit
        return f"{c} = {POSITION[c]}, {work} = {letter(value)}" + ("" if holds else f"; but the example has {p}"), holds
    checks = _letter_checks(case, predict, first=1)
    if checks:
        checks[0] = (f"Decode the next cipher letter with this shift: {checks[0][0]}", checks[0][1])
    brief = _letter_briefs(case, checks, first=1)
    if slip:  # the letters as the believed shift decodes them
        brief = [f"{x} → {letter(_undo_shift(POSITION[x], k)[0])}" for x, _ in _distinct(case.letters)[1:1 + len(checks)]]
    return Outcome("shift", setup, checks, len(case.letters), "letter",
                   Rule("caesar", shift=k) if all(h for _, h in checks) else None, brief=brief)


def try_mirror(case: Case) -> Outcome:
    def predict(c: str, p: str):
        n = POSITION[c]
        holds = letter(27 - n) == p
        work = f"{c} = {n}, 27 − {n} = {27 - n} = {letter(27 - n)}"
        return work + ("" if holds else f"; but the example has {p}"), holds
    checks = _letter_checks(case, predict)
    return Outcome("mirror", "", checks, len(case.letters), "letter", Rule("atbash") if checks[-1][1] else None,
                   brief=_letter_briefs(case, checks))


def _solving_pair(case: Case) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Two letters of the example, as ((plain, cipher), (plain, cipher)), whose plain positions differ by a number
    that can be undone mod 26 (odd, and not 13), the larger first; the first letter with the earliest partner that
    works, as a person scanning the example finds one. None when no two letters differ so."""
    pairs = [(p, c) for c, p in _distinct(case.letters)]
    for i, first in enumerate(pairs):
        for second in pairs[i + 1:]:
            d = POSITION[first[0]] - POSITION[second[0]]
            if d % 2 and d % 13:
                return (first, second) if d > 0 else (second, first)
    return None


@dataclass
class AffineSolve:
    """Multiply-and-shift solved from two letters: (x1 − x2) × multiplier ≡ y1 − y2 (mod 26), with x the plain
    positions and y the cipher ones; `inverse` undoes the plain difference, and `shift` is None when the multiplier
    found cannot itself be undone (even, or 13), so no multiply-and-shift code fits."""
    first: tuple[str, str]  # (plain, cipher)
    second: tuple[str, str]
    inverse: int
    multiplier: int  # 0 to 25
    shift: int | None  # 0 to 25
    slipped: bool = False  # negative traces: the shift was worked out wrong, and is believed


def _affine_predict(a: int, b: int):
    """The rule tested by encoding a plain letter of the example, said as plain ("plain o = 15: 7 × 15 + 8 = 113,
    113 − 4 × 26 = 9 = i"), since the arrows of the trace decode: o is on the other side there."""
    def predict(c: str, p: str):
        value, work = round_the_alphabet(f"{a} × {POSITION[p]} + {b}", a * POSITION[p] + b)
        holds = letter(value) == c
        return (f"plain {p} = {POSITION[p]}: {work} = {letter(value)}" + ("" if holds else f"; but the example has {c}"),
                holds)
    return predict


def _encoded(pairs: list[tuple[str, str]]) -> list[str]:
    """Letters of the example tested by encoding, each as "o gives i" (plain o is written i): the quick list says
    them in the direction the checks worked, plain first, and never with an arrow, which decodes."""
    return [f"{p} gives {c}" for c, p in pairs]


def try_affine(case: Case, multipliers=MULTIPLIERS, slip: int = 0) -> Outcome:
    """Two letters whose plain positions differ by an odd number other than 13 fix the multiplier (their difference
    cancels the shift and can be undone mod 26) and then the shift; the other letters test the pair. With no such
    two letters, each multiplier in turn (`_enumerate_affine`)."""
    pair = _solving_pair(case)
    if pair is None:
        return _enumerate_affine(case, multipliers)
    (p1, c1), (p2, c2) = pair
    d, e = POSITION[p1] - POSITION[p2], POSITION[c1] - POSITION[c2]
    inverse = pow(d, -1, 26)
    a = inverse * e % 26
    solved = AffineSolve(pair[0], pair[1], inverse, a, None)
    if a % 2 == 0 or a == 13:
        return Outcome("affine", "", [], len(case.letters), "letter", None,
                       failure=f"× {a} cannot be undone mod 26", solved=solved)
    # `slip` (negative traces only): the shift worked out that much off, believed from there on; the letters
    # encoded with it are ticked as fitting (checks that pass wrongly)
    solved.shift = b = (POSITION[c1] - a * POSITION[p1] + slip) % 26
    solved.slipped = bool(slip)
    others = [(c, p) for c, p in _distinct(case.letters) if (p, c) not in pair]
    checks = []
    for c, p in others:
        if slip:
            value, work = round_the_alphabet(f"{a} × {POSITION[p]} + {b}", a * POSITION[p] + b)
            checks.append((f"plain {p} = {POSITION[p]}: {work} = {letter(value)}", True))
            continue
        checks.append(_affine_predict(a, b)(c, p))
        if not checks[-1][1]:
            break
    briefs = _encoded(others[:len(checks)])  # plain first, as the checks encode
    if slip:
        briefs = [f"{p} gives {letter(round_the_alphabet('', a * POSITION[p] + b)[0])}" for _, p in others]
    # the plain difference may be the multiplier itself, or the number found to undo it (d = 21, 5 undoes × 21, and
    # the multiplier is 5 × 1 = 5: then 21 undoes × 5): either way the multiplier's inverse is worked out already
    # (unless × 1 needs none), and searching for it again would be finding out what the trace has just said
    rule = Rule("affine", b, a, inverse_said=a != 1 and a in (d, inverse)) if all(h for _, h in checks) else None
    return Outcome("affine", "", checks, len(case.letters), "letter", rule, brief=briefs, solved=solved)


def _enumerate_affine(case: Case, multipliers=MULTIPLIERS) -> Outcome:
    """Each multiplier in turn: the shift from the first letter, then the other letters."""
    c0, p0 = case.letters[0]
    tried = []
    for a in multipliers:
        b, shift = round_the_alphabet(f"{POSITION[c0]} − {a} × {POSITION[p0]}", POSITION[c0] - a * POSITION[p0], low=0)
        setup = f"× {a}: plain {p0} = {POSITION[p0]}, and to land on {c0} = {POSITION[c0]} the shift must be {shift}"
        checks = _letter_checks(case, _affine_predict(a, b), first=1)
        tried.append((setup, checks))
        if all(h for _, h in checks):
            outcome = Outcome("affine", setup, checks, len(case.letters), "letter", Rule("affine", b, a),
                              brief=_encoded(_distinct(case.letters)[1:1 + len(checks)]))
            outcome.tried = [f"{s}; {chk[-1][0]}" for s, chk in tried[:-1]]
            return outcome
    outcome = Outcome("affine", "", [], len(case.letters), "letter", None,
                      failure=f"none of the {len(multipliers)} multipliers fits")
    outcome.tried = [f"{s}; {chk[-1][0]}" for s, chk in tried]
    return outcome


def try_key(case: Case) -> Outcome:
    """Shifts worked out for the first words only; every key length up to the one found (or, when none fits,
    as far as that stretch can tell) is ruled out by where the first shift would have to come back."""
    shifts = [(POSITION[c] - POSITION[p]) % 26 for c, p in case.letters]
    # each shift names its letters, ciphertext minus plaintext as its numbers are ("x − p: 24 − 16 = 8"); a pair
    # of letters met again in the list has the shift it had ("x − p: 8 again"), not worked out a second time
    works = [f"{c} − {p}: " + (f"{d} again" if (c, p) in case.letters[:i] else
                              f"{POSITION[c]} − {POSITION[p]} = {d}" if POSITION[c] >= POSITION[p] else
                              f"{POSITION[c]} + 26 − {POSITION[p]} = {d}")
             for i, ((c, p), d) in enumerate(zip(case.letters, shifts))]
    longest = len(shifts) // 2  # a key must show at least twice to be seen repeating
    found = next((k for k in range(1, longest + 1) if _breaks(shifts, k) is None), None)
    shown, ruled_out = _key_stretch(case, shifts, found, longest)
    argument = [_no_shorter_key(shifts, ruled_out, found)] if ruled_out else []
    if found is not None:
        blocks = " | ".join(", ".join(map(str, shifts[i:min(i + found, shown)])) for i in range(0, shown, found))
        outcome = Outcome("key", _shift_setup(works, shown), [(f"Key length {found}: {blocks}", True)],
                          len(shifts), "letter", Rule("vigenere", key=shifts[:found]))
    else:
        # past the shifts worked out a longer key is not ruled out, only set aside: said so, not "unlikely"
        farther = ("a longer one could not show twice in the example" if ruled_out == longest else
                   f"a longer one would need more than these {shown} shifts to show, so set the idea aside, to come "
                   "back to if nothing else fits")
        outcome = Outcome("key", _shift_setup(works, shown), [], len(shifts), "letter", None,
                          failure=f"so no key of up to {ruled_out} shifts; {farther}" if ruled_out else
                          "the example is too short to show a key twice", aside=0 < ruled_out < longest)
    outcome.tried = argument
    outcome.shown = shown
    return outcome


_KEY_STRETCH = 8  # shifts are worked out for the first words, at least this many letters when the example has them


def _breaks(shifts: list[int], length: int) -> int | None:
    """Where a key of `length` first fails: the first shift unlike the one `length` before it (None: it never does)."""
    return next((i for i in range(length, len(shifts)) if shifts[i] != shifts[i - length]), None)


def _key_stretch(case: Case, shifts: list[int], found: int | None, longest: int) -> tuple[int, int]:
    """How many shifts a person works out (whole first words, enough to see a found key twice), and the key
    lengths those shifts rule out; stretched just enough that each ruled-out length breaks inside it."""
    at_least, shown = max(_KEY_STRETCH, 2 * (found or 0)), 0
    for word in case.cw:
        shown += len(word)
        if shown >= at_least:
            break
    shown = min(shown if shown <= at_least + 4 else at_least + 2, len(shifts))  # a long word is cut short
    while True:
        ruled_out = found - 1 if found is not None else min(shown - 1, longest)
        needed = max((_breaks(shifts, k) + 1 for k in range(1, ruled_out + 1)), default=0)
        if needed <= shown:
            return shown, ruled_out
        shown = needed


def _no_shorter_key(shifts: list[int], upto: int, found: int | None) -> str:
    """Why no key of length 1 to `upto`: a key of length k brings the first shift back at letter k + 1,
    and where it does come back, the key breaks a little later (`found`: the key length that fits)."""
    first = shifts[0]
    lead = f"A key of length k would bring the first shift, {first}, back at letter k + 1"
    span = "letter 2" if upto == 1 else "letters 2 and 3" if upto == 2 else f"letters 2 to {upto + 1}"
    back = [k for k in range(1, upto + 1) if shifts[k] == first]
    if not back:
        said = f"{lead}; letter 2 has {shifts[1]} instead." if upto == 1 else f"{lead}; in {span} it never comes back."
    else:
        broken = "; ".join(f"a key of {k} breaks at letter {b + 1}, with shift {shifts[b]} where letter {b + 1 - k} "
                           f"has {shifts[b - k]}" for k in back for b in [_breaks(shifts, k)])
        said = (f"{lead}; in {span} it comes back {'only ' if len(back) < upto else ''}at "
                f"letter{'s' if len(back) > 1 else ''} {join_words([str(k + 1) for k in back])}, but {broken}.")
    return said + (f" Letter {found + 1} has {first} again." if found is not None else "")


def _shift_setup(works: list[str], shown: int) -> str:
    """The shifts worked out for the first `shown` letters: a person looks for the key in the first
    few, not in a list of every letter of the example."""
    listed = ", ".join(works[:shown])
    # why 26 is added, said once, where a shift went round past z
    wrapped = (" (where the ciphertext letter comes before its plain one in the alphabet, the shift went round past "
               "z, so add 26)" if any(" + 26 − " in w for w in works[:shown]) else "")
    if shown == len(works):
        return f"shift of each letter, ciphertext minus plaintext{wrapped}: {listed}"
    return f"shift of each letter, ciphertext minus plaintext, for the first {shown} of {len(works)}{wrapped}: {listed}"


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
    words, known, done = [], set(), set()
    for c, p in zip(case.cw, case.pw):
        pairs = _distinct(list(zip(c, p)))
        words.append((c, p, [] if c in done else [x for x in pairs if x[0] not in known],
                      [] if c in done else [x for x in pairs if x[0] in known]))
        known.update(c)
        done.add(c)
    return Outcome("table", "", [], len(case.letters), "letter", Rule("substitution", table=seen), words=words)


def _word_hypothesis(name: str, decode, how: str):
    def attempt(case: Case) -> Outcome:
        checks, brief = [], []
        # a word of one or two letters, or one that reads the same backwards, fits every way of moving letters
        # round: a careful person tests a word that can tell the rules apart first
        words = sorted(_distinct(list(zip(case.cw, case.pw))), key=lambda cp: len(cp[0]) < 3 or cp[0] == cp[0][::-1])
        for c, p in words:
            holds = decode(c) == p
            checks.append((f'"{c}" {how} is "{decode(c)}"' + ("" if holds else f', not "{p}"'), holds))
            brief.append(f'"{c}" → "{p}"')
            if not holds:
                break
        rule = Rule("reverse") if name == "reverse" and checks[-1][1] else None
        return Outcome(name, "", checks, len(case.cw), "word", rule, brief=brief)
    return attempt


def _pair_hypothesis(name: str, combine):
    def attempt(case: Case) -> Outcome:
        units = [(c[2 * i:2 * i + 2], ch) for c, p in zip(case.cw, case.pw) for i, ch in enumerate(p)]
        checks, brief, positions = [], [], []
        # a doubled pair ("uu" → "u") tells few rules apart and confirms little: the ideas are tried on a pair of
        # two letters, and doubled ones are left to the end, run through with the rest
        for pair, p in sorted(_distinct(units), key=lambda unit: unit[0][0] == unit[0][1]):
            x, y = POSITION[pair[0]], POSITION[pair[1]]
            work, value = combine(x, y)
            holds = value == POSITION[p]
            shown = f" = {letter(value)}" if 1 <= value <= 26 and value == int(value) else ""
            positions.append("".join(f"{ch} = {POSITION[ch]}, " for ch in dict.fromkeys(pair)))  # "aa": a = 1, once
            checks.append((f'"{pair}" → "{p}": {positions[-1]}{work}{shown}'
                           + ("" if holds else f", not {p} = {POSITION[p]}"), holds))
            brief.append(f"{pair} → {p}")
            if not holds:
                break
        rule = Rule("pair_average") if name == "average" and checks[-1][1] else None
        return Outcome(name, "", checks, len(units), "pair", rule, brief=brief, positions=positions)
    return attempt


def _average(x: int, y: int):
    if (x + y) % 2:
        return f"({x} + {y}) ÷ 2 = {x + y}/2", 0
    return f"({x} + {y}) ÷ 2 = {(x + y) // 2}", (x + y) // 2


HYPOTHESES = {
    "shift": try_shift, "mirror": try_mirror, "affine": try_affine, "key": try_key, "table": try_table,
    "reverse": _word_hypothesis("reverse", lambda w: w[::-1], "backwards"),
    "last_to_front": _word_hypothesis("last_to_front", lambda w: w[-1] + w[:-1], "with its last letter moved to the front"),
    "first_to_end": _word_hypothesis("first_to_end", lambda w: w[1:] + w[0], "with its first letter moved to the end"),
    "sum": _pair_hypothesis("sum", lambda x, y: (f"{x} + {y} = {x + y}", x + y)),
    "difference": _pair_hypothesis("difference", lambda x, y: (f"{max(x, y)} − {min(x, y)} = {abs(x - y)}",
                                                               abs(x - y))),
    "sum_mod": _pair_hypothesis("sum_mod", lambda x, y: round_the_alphabet(f"{x} + {y}", x + y)[::-1]),
    "average": _pair_hypothesis("average", _average),
}


