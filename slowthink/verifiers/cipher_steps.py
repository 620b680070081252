"""Cipher step labels: each step judged against the problem, with what earlier steps found (`label_steps`).

`step_holds` runs every check on a step: the context-free ones of `cipher_letters`, the trials of
`cipher_trials`, and here the claims that need the problem: decodings against the example and the message
(`_decodings`, read either way round), a Caesar shift said, a letter table said to be consistent, "no
multiplier fits", multiply-and-shift solved from two letters (whose multiplier is kept from step to step),
and an answer stated, in prose or not, judged by `verify`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from slowthink.core import english
from slowthink.core.alphabet import POSITION, letters_of, map_letters
from slowthink.core.claims import sentence_start
from slowthink.core.extract import HEDGE, stated_answer
from slowthink.verifiers.cipher_letters import (INVERSE_POWER, _AMOUNT, _BACK, _DIRECTION, _NEAR, _PIECES, _QUOTE,
                                                _SAME_SHIFT, _SENTENCE_MARK, _arrow_shifts_hold, _arrows_as_one,
                                                _bare_backs_hold, _betweens_hold, _bracket_positions_hold,
                                                _inside_quotes, _inverses_said_blanked, _inverses_said_hold,
                                                _letter_shifts_hold, _maps, _moved_words_hold, _ordinal_letters_hold,
                                                _pair_sums_use_their_letters, _phrased, _piece_holds, _plainly,
                                                _posed_maps, _shifted_letters, _spelled_words_hold,
                                                _undoing_matches_the_key, _unsaid, _words_by_letters_hold, key_names_of,
                                                moduli_said, numbered, numbering)
from slowthink.verifiers.cipher_rules import (_affine_multipliers, _example_letters, _texts, average_pairs, fit_affine,
                                              reading, verify)
from slowthink.verifiers.cipher_trials import _MAY_TRY, _capital_keys, _trial_arrows

MAX_STEP_CHARS = 20000  # a longer step cannot be checked, so it is labelled False


# "…, which decodes to 'rose'", "'awj' appears twice and decodes to 'the'": a decoding said of the fragment quoted
# before it in the sentence, or with none quoted, of something the problem holds (the message, the example, a word
# of them)
_WHICH_DECODES = re.compile(r"\b(?:which|that|and)\s+(?:decodes|decrypts|deciphers)\s+(?:to|as|into)\s+"
                            r"(?:(?P<q>[\"'])(?P<img>[a-z][a-z ]*)(?P=q)(?![a-z])|(?P<bare>[a-z]+)(?=\s*(?:[.!;,)]|$)))")


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
# - "o = 15: … = w; but the example has i": o goes with i in the example, either way round, and w is not i;
# - "plain o = 15: 7 × 15 + 8 = 113, 113 − 4 × 26 = 9 = i" (a test that fits, not one turned down after it): plain o
#   is written i in the example, its position is the one multiplied, and the multiplier is the one the trace found;
# - "plain a gives e, n gives r and d gives x": each plain letter is written so in the example (one way round only);
# - "counting up from 27 in 26s, 27, 53 and 79 are not multiples of 15, but 15 × 7 = 105": none of the numbers
#   listed is a multiple of 15, and counted in 26s from 27 they are each one in turn, none left out, up to the one
#   that is; "27, the first number 1 over a multiple of 26, is a multiple of 3 already: 3 × 9 = 27": the number
#   named and made is 27, and the multiple is of the number multiplied.
_DIFFERENCE_MATCH = re.compile(r"(?<![\d.])(\d{1,2}) − (\d{1,2}) = −?\d{1,3} and (\d{1,2}) − (\d{1,2}) = −?\d{1,3},? so "
                               r"the multiplier times (−?\d{1,3}) (?:must|has to|should) (?:match|equal|come to) "
                               r"(−?\d{1,3})(?![\d.]\d)")
_MULTIPLIER_IS = re.compile(r"\bthe multiplier (?:is|must be|would be) ([−\-\d ()×+=,]{1,80})")
_UNDOES = re.compile(r"(?<![\d.])(\d{1,3}) undoes ×\s?(\d{1,3})(?!\d|\.\d)")  # "undoes × 19." ends a sentence
_NO_INVERSE = re.compile(r"×\s?(\d{1,3}) (?:cannot|can't|can not) be undone\b|(?:(?<![\d.])|×\s?)(\d{1,3}) has no inverse\b")
_PARITY = re.compile(r"(?<![\d.,])(\d{1,3}) is (even|odd)\b")
_SHIFT_FROM = re.compile(r"(?<![a-z\"'])([a-z]) → ([a-z]) (?:gives|fixes|sets) the shift: |"
                         r"\bthe shift (?:then )?comes from ([a-z]) → ([a-z]): ")
_SHIFT_WORK = re.compile(r"(\d{1,2}) − (\d{1,2}) × (\d{1,2}) = ")
_EXAMPLE_HAS = re.compile(r"(?<![a-z\"'])([a-z]) = \d{1,2}[,:] [^a-z;]{0,80}? = ([a-z]); but the example has ([a-z])(?![a-z])")
_ENCODED = re.compile(r"\bplain ([a-z]) = \d{1,2}: (\d{1,2}) × (\d{1,2}) \+ \d{1,2} = [^a-z;]{0,80}?= ([a-z])(?![a-z])")
_TURNED_DOWN = re.compile(r"\s*(?:[;,]\s*)?(?:but|not|no|which is not)\b")  # after a test's result: it does not fit
_PLAIN_GIVES = re.compile(r"\bplain [a-z] gives [a-z](?![a-z])(?:(?:,| and|, and) [a-z] gives [a-z](?![a-z]))*")
_GIVES = re.compile(r"([a-z]) gives ([a-z])")
_NOT_MULTIPLES = re.compile(r"(?<![\d.])((?:\d{1,4}, )*\d{1,4}(?:,? and \d{1,4})?) (?:is|are) not (?:a )?multiples? of "
                            r"(\d{1,2}), but (\d{1,2}) × \d{1,3} = (\d{1,5})(?![\d.])")
_FIRST_ONE = re.compile(r"(?<![\d.])(\d{1,5}), the first number 1 over a multiple of 26, is a multiple of (\d{1,2}) "
                        r"already: (\d{1,2}) × \d{1,2} = (\d{1,5})(?![\d.])")


def _affine_working_holds(text: str, texts: tuple[str, str, str], memory: dict) -> bool:
    """The claims of multiply-and-shift solved from two letters (see `_DIFFERENCE_MATCH` above); `memory` keeps the
    multiplier a step found for the steps after it."""
    example = _example_letters(texts[0], texts[1])
    to_one = 1 - memory.get("base", 1)  # what turns a position the trace wrote into one counted from a = 1
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
        if (x1 + to_one, y1 + to_one) not in example or (x2 + to_one, y2 + to_one) not in example or (d, e) != (x1 - x2, y1 - y2):
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
            if (x + to_one, y + to_one) not in ways or memory.get("multiplier", a % 26) != a % 26:
                return False
    for tested, got, has in _EXAMPLE_HAS.findall(text):
        n, m = POSITION[tested], POSITION[has]
        if got == has or ((n, m) not in example and (m, n) not in example):
            return False
    for match in _ENCODED.finditer(text) if "plain" in text else ():
        if _TURNED_DOWN.match(text, match.end()):
            continue  # "…; but the example has i": a test that fails, judged above
        plain, a, n, cipher = match.groups()
        if (POSITION[plain], POSITION[cipher]) not in example or int(n) + to_one != POSITION[plain] or \
                memory.get("multiplier", int(a) % 26) != int(a) % 26:
            return False
    for match in _PLAIN_GIVES.finditer(text) if "gives" in text else ():
        if not _unsaid(text, match.start(), match.end()) and \
                any((POSITION[p], POSITION[c]) not in example for p, c in _GIVES.findall(match.group())):
            return False
    for match in _NOT_MULTIPLES.finditer(text) if "multiple" in text else ():
        listed = [int(n) for n in re.findall(r"\d+", match.group(1))]
        d, factor, found = int(match.group(2)), int(match.group(3)), int(match.group(4))
        if d != factor or any(n % d == 0 for n in listed):
            return False
        if "in 26s" in text[max(0, match.start() - 40):match.start()] and \
                listed + [found] != [27 + 26 * k for k in range(len(listed) + 1)]:
            return False  # counted in 26s from 27, one left out, or past the first that is a multiple
    for named, d, factor, found in _FIRST_ONE.findall(text) if "first number" in text else ():
        if named != "27" or found != "27" or d != factor:
            return False
    return True


# multiply-and-shift's key said outright, in its own task (on lowered text): "so a = 9", "b = 4", "the shift is 4",
# "take away the shift 4, then multiply by 17", "multiply by 17 after taking away the shift 4", "multiplier: 23".
# The multiplier must fit the example; the shift is the example's under the numbering the trace said (a = 1 or
# a = 0), either while it has said none; the number multiplied by after taking the shift away undoes the multiplier
# (or is it). "a = 1" and "b = 2" are positions, not the key; a claim hedged, asked or turned down in its sentence
# ("try a = 9: … ✗", "a = 9 does not fit"), or set before a colon as a trial's ("a = 5, b = 8: 'affine' → …"), is
# not judged.
_WHOLE_NUMBER = r"(\d{1,2})(?!\d|\.\d|\s*[+\-−×*÷/]\s*\d)"  # a number said alone, not one opening a sum
_KEY_SET = re.compile(rf"(?<![a-z0-9\"'×*·+\-−/])(?<![×*·+\-−/] )([ab]) ?= ?{_WHOLE_NUMBER}")  # "so a = 9", "b = 4"
_MULTIPLIER_SAID = re.compile(rf"\bmultiplier ?[=:] ?{_WHOLE_NUMBER}")
_SHIFT_SAID = re.compile(rf"\bthe shift (?:is |was |must be |=|of |: ?)?{_WHOLE_NUMBER}|(?<![a-z])shift ?= ?{_WHOLE_NUMBER}")
_UNDO_BY = re.compile(r"\bmultiply by (\d{1,2}) after (?:taking away|subtracting|removing|undoing) the shift\b|"
                      r"\b(?:take away|subtract|remove|undo) the shift(?: \d{1,2})?,? (?:and )?then multiply by (\d{1,2})\b")
_TURNED_DOWN_AFTER = re.compile(r"✗|≠|\b(?:not|no|fails?|wrong|but)\b|n't\b")
# the multiplier's inverse, said by its name: "a⁻¹ = 17", "a^-1 ≡ 17 (mod 26)", "the inverse of a is 17"
_KEY_INVERSE = re.compile(rf"(?<![a-z\d])a\s*{INVERSE_POWER}"
                          r"(?:\s*\(?\s*mod(?:ulo)?\s*26\s*\)?)?\s*(?:=|≡|is)\s*(\d{1,4})(?![\d.]\d|\s*[+\-−×*·/^])|"
                          r"\bthe inverse of a (?:is|=|≡) (\d{1,4})(?![\d.]\d)")
_TRIAL_COLON = re.compile(r"(?:,? ?(?:and )?b ?= ?\d{1,2})?\s*:")  # "a = 5, b = 8: 'affine' → …", a trial's numbers


AFFINE_KEY_TASKS = ("cipher.affine", "cipher.unknown")  # where "a = 7, b = 3" and "12a ≡ 6" may name the key


def _affine_keys(texts: tuple[str, str, str], memory: dict) -> set[tuple[int, int]]:
    """Each (multiplier, shift) of multiply-and-shift that fits the example, the shift counted as the trace numbers
    the alphabet (from a = 0 the shift is larger by the multiplier less one), either way while it has said nothing."""
    fitting = _affine_multipliers(texts[0], texts[1])
    if not fitting:
        return set()
    plain, cipher = next(iter(_example_letters(texts[0], texts[1])))
    bases = (memory["base"],) if "base" in memory else (0, 1)
    return {(a, (cipher - a * plain + (a - 1 if base == 0 else 0)) % 26) for a in fitting for base in bases}


def _asserted(text: str, start: int, end: int) -> bool:
    """Whether the claim at text[start:end] is said outright: not hedged or asked (`_unsaid`), nor turned down after
    it in its sentence ("a = 9 does not fit", "… ✗")."""
    if _unsaid(text, start, end):
        return False
    closed = _SENTENCE_MARK.search(text, end, end + _NEAR)
    return not _TURNED_DOWN_AFTER.search(text, end, closed.start() if closed else end + _NEAR)


def _affine_key_said_holds(text: str, texts: tuple[str, str, str], memory: dict, in_words: bool = True) -> bool:
    """Each key of multiply-and-shift said outright (`_KEY_SET` and the rest above) is the example's. `in_words`: the
    shift and the multiplier said in words are judged too (in the affine task; where the rule is to be found, "the
    shift is 5" may be a Caesar trial's, and only a and b name this rule's key)."""
    if not ("a" in text or "b" in text or "shift" in text or "multipl" in text):
        return True
    keys = _affine_keys(texts, memory)
    if not keys:
        return True  # no such rule fits the example: nothing to judge a key by
    fitting, base = {a for a, _ in keys}, memory.get("base", 1)

    def said(match: re.Match) -> bool:
        return not _TRIAL_COLON.match(text, match.end()) and _asserted(text, match.start(), match.end())

    set_to = [(m.group(1), int(m.group(2))) for m in _KEY_SET.finditer(text)
              if int(m.group(2)) != numbered(m.group(1), base) and said(m)]
    multipliers = [n for letter, n in set_to if letter == "a"]
    multipliers += [int(m.group(1)) for m in _MULTIPLIER_SAID.finditer(text) if in_words and said(m)]
    if any(n % 26 not in fitting for n in multipliers):
        return False
    known = memory.get("multiplier")
    allowed_shifts = {b for a, b in keys if a == known} or {b for _, b in keys}
    said_shifts = [n for letter, n in set_to if letter == "b"]
    said_shifts += [int(m.group(1) or m.group(2)) for m in _SHIFT_SAID.finditer(text) if in_words and said(m)]
    if any(n % 26 not in allowed_shifts for n in said_shifts):
        return False
    inverses = {pow(m, -1, 26) for m in fitting}
    if any(int(m.group(1) or m.group(2)) % 26 not in inverses for m in _KEY_INVERSE.finditer(text) if said(m)):
        return False  # "a⁻¹ = 15" where the multiplier is 23
    undoers = inverses | set(fitting)
    return all(int(m.group(1) or m.group(2)) % 26 in undoers for m in _UNDO_BY.finditer(text) if in_words and said(m))


# a congruence in the key's names, as textbooks solve multiply-and-shift (on lowered text): "24a + b ≡ 0",
# "10a ≡ -8 ≡ 18 (mod 26)", "5a ≡ 9 (mod 13)", "b ≡ 8 − 14 × 7 = −90 ≡ 14". Each side is a sum of whole numbers,
# products and the key's a and b, at most one of them to a term; a chain is read when it says ≡ or multiplies a or
# b by a number ("15a = 345"), so "a = 1" of a numbering is not read here. Its sides must agree for the example's key
# (counting from a = 0 or a = 1, as said), or for the values set before it in its sentence ("a = 9: 15a = 135"), modulo
# the modulus after it, or one said before. One hedged, asked or turned down in its sentence is not judged.
_KEY_CHAIN = re.compile(r"(?<![a-z\d])[\dab(][\dab+\-−×*·() ]{0,120}(?:[≡=][\dab+\-−×*·() ]{0,120}[\dab)]){1,12}"
                        r"(?![a-z\d])")  # bounded, so a long step of digits and letters costs linear time
_CHAIN_MODULUS = re.compile(r"\s*\(?\s*(?:mod(?:ulo)?)\s*(\d{1,4})\)?")
_KEY_TOKEN = re.compile(r"\s*(?:(\d{1,6})|([ab])|([+\-−×*·()]))")
_TIMES_KEY = re.compile(r"\d ?[×*·]? ?[ab](?![a-z])")  # "15a", "12 × a"
_SET_BEFORE = re.compile(r"(?<![a-z0-9\"'])([ab]) ?= ?(\d{1,2})(?!\d)")


def _linear(side: str) -> tuple[int, int, int] | None:
    """A side as (coefficient of a, coefficient of b, number), or None if it is not one (a letter in a product with
    another, a word, an unbalanced bracket)."""
    tokens, at = [], 0
    while at < len(side):
        match = _KEY_TOKEN.match(side, at)
        if match is None:
            return None if side[at:].strip() else _sum(tokens)
        number, letter, sign = match.groups()
        tokens.append(int(number) if number is not None else letter or sign)
        at = match.end()
    return _sum(tokens)


def _sum(tokens: list) -> tuple[int, int, int] | None:
    """Parse `tokens` (numbers, "a", "b" and signs) as a sum of products; see `_linear`."""
    position = 0

    def term() -> tuple[int, int, int] | None:
        nonlocal position
        value = (0, 0, 1)
        sign = 1
        while position < len(tokens) and tokens[position] in ("-", "−"):
            sign, position = -sign, position + 1
        first = True
        while position < len(tokens):
            token = tokens[position]
            if not first and token in ("×", "*", "·"):
                position += 1
                token = tokens[position] if position < len(tokens) else None
            elif not first and not (token in ("a", "b") and isinstance(tokens[position - 1], int)) and token != "(":
                break  # "15a", "15(…)": a number next to a letter or bracket multiplies it
            if token == "(":
                position += 1
                inner = expression()
                if inner is None or position >= len(tokens) or tokens[position] != ")":
                    return None
                factor = inner
            elif isinstance(token, int):
                factor = (0, 0, token)
            elif token in ("a", "b"):
                factor = (1, 0, 0) if token == "a" else (0, 1, 0)
            else:
                return None
            position += 1
            if (value[0] or value[1]) and (factor[0] or factor[1]):
                return None  # a × b, a²: no linear claim
            value = (value[0] * factor[2] + factor[0] * value[2], value[1] * factor[2] + factor[1] * value[2],
                     value[2] * factor[2])
            first = False
        return None if first else tuple(sign * v for v in value)

    def expression() -> tuple[int, int, int] | None:
        nonlocal position
        total = term()
        while total is not None and position < len(tokens) and tokens[position] in ("+", "-", "−"):
            op = tokens[position]
            position += 1
            more = term()
            if more is None:
                return None
            total = tuple(x + y if op == "+" else x - y for x, y in zip(total, more))
        return total

    result = expression()
    return result if result is not None and position == len(tokens) else None


def _in_key_names(chain: str) -> bool:
    """Whether a `_KEY_CHAIN` match is a claim about the key: a congruence naming a or b, or a or b times a number
    ("a = 1" alone is a numbering)."""
    return ("a" in chain or "b" in chain) and ("≡" in chain or bool(_TIMES_KEY.search(chain)))


def _with_key_sides_named(step: str) -> str:
    """The step with each side in the key's names (`_KEY_CHAIN`) written "key", for the number readers: in
    "7a − 49 ≡ 0" they would read "−49 ≡ 0", and in "a ≡ 7 (mod 13)" a position of a; such sides are judged
    by `_key_congruences_hold` instead."""
    text = step.lower()
    if len(text) != len(step) or ("≡" not in text and not _TIMES_KEY.search(text)):
        return step
    pieces, last = [], 0
    for match in _KEY_CHAIN.finditer(text):
        if not _in_key_names(match.group()):
            continue
        at = match.start()
        for side in re.split(r"([≡=])", match.group()):
            if side not in ("≡", "=") and re.search(r"(?<![a-z])[ab](?![a-z])", side) and _linear(side) is not None:
                pieces += [step[last:at], " key "]
                last = at + len(side)
            at += len(side)
    return "".join(pieces) + step[last:] if pieces else step


def _key_congruences_hold(text: str, texts: tuple[str, str, str], memory: dict) -> bool:
    """Each congruence in the key's names (`_KEY_CHAIN` above) holds for the example's key."""
    if "≡" not in text and not _TIMES_KEY.search(text):
        return True
    keys = _affine_keys(texts, memory)
    if not keys:
        return True
    for match in _KEY_CHAIN.finditer(text):
        if not _in_key_names(match.group()):
            continue
        sides = [_linear(side) for side in re.split(r"[≡=]", match.group())]
        if any(side is None for side in sides) or not _asserted(text, match.start(), match.end()):
            continue
        modulus = _CHAIN_MODULUS.match(text, match.end())
        moduli = (int(modulus.group(1)),) if modulus else memory.get("moduli", (26,))
        opened = sentence_start(text, match.start(), _SENTENCE_MARK, _NEAR)
        set_before = dict(_SET_BEFORE.findall(text, opened, match.start()))
        candidates = {(int(set_before.get("a", a)), int(set_before.get("b", b))) for a, b in keys}
        if not _TIMES_KEY.search(match.group()):  # "b ≡ 6 − 57 = −51 ≡ 1": a bare a or b may be the letter's position
            candidates.add((numbered("a", memory.get("base", 1)), numbered("b", memory.get("base", 1))))
        if not any(all((x * a + y * b + n - (sides[0][0] * a + sides[0][1] * b + sides[0][2])) % m == 0
                       for x, y, n in sides[1:]) for a, b in candidates for m in moduli if m >= 2):
            return False
    return True


# A repeating key read off the example (on lowered text); the letters are the example's, counted from 1, spaces
# skipped, and a shift is ciphertext minus plaintext, 0 to 25:
# - "x − p: 24 − 16 = 8", "d − i: 4 + 26 − 9 = 21": x is written for p in the example (in a list of "ciphertext
#   minus plaintext", the letter at that place of the list), the numbers are their positions, and 26 is added
#   exactly where the ciphertext letter comes before its plain one (the shift went round past z); "x − p: 8 again":
#   the same, of letters listed before it in the step, and 8 is their shift;
# - "the first shift, 8,": the example's first; "letter 6 has 8 again", "letter 2 has 12 instead": its shift there;
# - "in letters 2 to 5 it never comes back" / "… it comes back only at letters 3 and 5": where the first shift is
#   found again in that span, exactly;
# - "a key of 2 breaks at letter 5, with shift 7 where letter 3 has 9": the first place a key of 2 fails;
# - "key length 5: 8, 20, 21, 23, 22 | 8, 20, …": the example's shifts in blocks of 5, repeating, and no shorter
#   block repeats over them;
# - "no key of up to 8 shifts": none of 1 to 8 repeats over the example.
_SHIFT_ITEM = re.compile(r"(?<![a-z\"'])([a-z]) − ([a-z]): (?:(\d{1,2})( \+ 26)? − (\d{1,2}) = (−?\d{1,3})(?!\d)|"
                         r"(\d{1,2}) again\b)")
_FIRST_SHIFT = re.compile(r"\bthe first shift, (\d{1,2}),")
_LETTER_HAS = re.compile(r"\bletter (\d{1,3}) has (\d{1,2}) (?:again|instead)\b")
_SPAN = re.compile(r"\bin letter(?:s)? 2(?: and 3| to (\d{1,3}))? it (never comes back|comes back (?:only )?at letters? "
                   r"((?:\d{1,3}, )*\d{1,3}(?: and \d{1,3})?))")
_KEY_BREAKS = re.compile(r"\ba key of (\d{1,3}) breaks at letter (\d{1,3}), with shift (\d{1,2}) where letter (\d{1,3}) has "
                         r"(\d{1,2})(?!\d)")
_KEY_LENGTH = re.compile(r"\bkey length (\d{1,2}): ((?:\d{1,2}(?:, | \| ))*\d{1,2})(?!\d)")
_NO_KEY = re.compile(r"\bno key of up to (\d{1,3}) shifts\b")


@lru_cache(maxsize=2048)
def _example_shifts(c: str, p: str) -> tuple[tuple[tuple[str, str], ...], tuple[int, ...]]:
    """The example's aligned letters (cipher, plain) and their shifts, when it is letter for letter."""
    if not _example_letters(c, p):
        return (), ()
    pairs = tuple(zip(letters_of(c), letters_of(p)))
    return pairs, tuple((POSITION[x] - POSITION[y]) % 26 for x, y in pairs)


def _first_break(shifts, length: int) -> int | None:
    """Where a key of `length` first fails over `shifts` (0-based), None where it never does."""
    return next((i for i in range(length, len(shifts)) if shifts[i] != shifts[i - length]), None)


def _key_claims_hold(text: str, texts: tuple[str, str, str], base: int = 1) -> bool:
    pairs, shifts = _example_shifts(texts[0], texts[1])
    listed = "ciphertext minus plaintext" in text  # items in the example's order
    before = set()  # the pairs listed so far
    for k, match in enumerate(_SHIFT_ITEM.finditer(text)):
        x, y, a, wrapped, b, _, again = match.groups()
        if again is not None:
            if (x, y) not in before or int(again) != (POSITION[x] - POSITION[y]) % 26:
                return False
        elif int(a) != numbered(x, base) or int(b) != numbered(y, base) or bool(wrapped) != (int(a) < int(b)):
            return False
        if (listed and (k >= len(pairs) or pairs[k] != (x, y))) or (x, y) not in pairs:
            return False
        before.add((x, y))
    if "letter" not in text and "key" not in text:
        return True
    at = lambda n: shifts[n - 1] if 1 <= n <= len(shifts) else None  # the shift of letter n
    for first in _FIRST_SHIFT.findall(text):
        if at(1) != int(first):
            return False
    for n, shift in _LETTER_HAS.findall(text):
        if at(int(n)) != int(shift):
            return False
    for match in _SPAN.finditer(text):
        end = int(match.group(1)) if match.group(1) else 3 if " and 3" in match.group() else 2
        back = [n for n in range(2, min(end, len(shifts)) + 1) if at(n) == at(1)]
        said = [int(n) for n in re.findall(r"\d+", match.group(3) or "")]
        if end > len(shifts) or said != back:
            return False
    for length, broken, shift, earlier, had in _KEY_BREAKS.findall(text):
        length, broken, earlier = int(length), int(broken), int(earlier)
        where = _first_break(shifts, length)
        if where is None or broken != where + 1 or earlier != broken - length or at(broken) != int(shift) or \
                at(earlier) != int(had):
            return False
    for length, blocks in _KEY_LENGTH.findall(text):
        length, numbers = int(length), [int(n) for n in re.findall(r"\d+", blocks)]
        parts = blocks.split(" | ")
        if not length or list(shifts[:len(numbers)]) != numbers or any(len(part.split(", ")) != length for part in parts[:-1]) \
                or len(parts[-1].split(", ")) > length:
            return False
        if _first_break(numbers, length) is not None or any(_first_break(numbers, k) is None for k in range(1, length)):
            return False  # it does not repeat in blocks of that length over these shifts, or a shorter one does
    for upto in _NO_KEY.findall(text):
        if any(_first_break(shifts, k) is None for k in range(1, int(upto) + 1)):
            return False
    return True


# How the example's letters moved, said before a first idea harder than one shift (on lowered text; "plain" names
# the plaintext side, so each is one way round only):
# - "plain h became m, 5 places on", "plain y became c, 4 places on round past z", "plain e stayed e": h is written m
#   in the example, m is 5 letters after h counting round the alphabet, and "round past z" just where m comes first;
# - "plain a became e in one place and i in another": both are in the example, and differ;
# - "plain c became d each time" (or "stayed c"): c comes more than once in the example's plaintext, written d every time;
# - "one shift for every letter? the example says no" / "could it be a single shift? no" / "one shift for every
#   letter is ruled out": no single shift fits the example; "no fixed letter table fits": no letter table does.
_BECAME = re.compile(r"\bplain ([a-z]) (became|stayed) ([a-z])(?![a-z])(?:,? (\d{1,2}) places? on( round past z)?)?")
_TWO_WAYS = re.compile(r"\bplain ([a-z]) became ([a-z]) in one place and ([a-z]) in another\b")
_EACH_TIME = re.compile(r"\bplain ([a-z]) (?:became|stayed) ([a-z]) (?:each|every) time\b")
_NO_SINGLE_SHIFT = re.compile(r"\b(?:single shift|one shift for every letter)\?\s+(?:no\b|the example says no\b)|"
                              r"\bone shift for every letter is ruled out\b")
_NO_FIXED_TABLE = re.compile(r"\bno fixed letter table fits\b")


# a repeating key said in letters, in capitals or quoted as models write a word key: "The key is LEMON.", "the
# keyword is 'lemon'", "Key: LEMON"; its length, "the key length is 5", "the key is 5 letters long"; and one letter's
# shift, "key letter L means a shift of 11". A key must repeat over the example's letters (spaces skipped) to give their
# shifts (a = 0, b = 1, …), a length must be one the shifts repeat with, and a key letter's shift is its place from a = 0
_KEY_WORD = re.compile(r"\b(?:[Tt]he\s+)?(?:[Kk]ey(?:word)?|KEY(?:WORD)?|[Pp]assphrase)\s*(?:is|was|must be|=|:)\s*(?:[\"'“‘](?P<quoted>[A-Za-z]{1,30})"
                       r"[\"'”’]|(?P<capitals>[A-Z]{2,30})\b(?![a-z]|\s+[a-z]))")
_NO_KEY_WORDS = frozenset("not the and also still now unknown unclear correct wrong right found clear".split())
_KEY_LENGTH_SAID = re.compile(r"\b(?:the\s+)?key(?:word)?(?:'s\s+length|\s+length)\s+(?:is|must be|=)\s+(\d{1,2})\b|"
                              r"\bthe\s+key(?:word)?\s+(?:has\s+length|is\s+of\s+length|is\s+(\d{1,2})\s+letters?\s+long)"
                              r"\s*(\d{1,2})?\b", re.I)
_KEY_LETTER_SHIFT = re.compile(r"\bkey\s+letter\s+[\"']?([a-z])[\"']?\s+(?:means|is|gives|stands for|=)\s+(?:a\s+)?"
                               r"(?:shift\s+(?:of\s+)?)?(\d{1,2})\b(?!\s*[+\-−×*÷/]\s*\d)", re.I)


def _key_word_claims_hold(step: str, texts: tuple[str, str, str]) -> bool:
    """Each repeating key said in letters, its length and a key letter's shift (`_KEY_WORD` and the rest above)."""
    shifts = _example_shifts(texts[0], texts[1])[1]  # () where the example is not letter for letter: nothing to judge
    lowered = step.lower()
    for match in _KEY_WORD.finditer(step):
        key = (match.group("quoted") or match.group("capitals")).lower()
        if key not in _NO_KEY_WORDS and not _unsaid(lowered, match.start(), match.end()) and \
                any(shift != POSITION[key[k % len(key)]] - 1 for k, shift in enumerate(shifts)):
            return False
    for match in _KEY_LENGTH_SAID.finditer(step):
        n = int(match.group(1) or match.group(2) or match.group(3) or 0)
        if n and not _unsaid(lowered, match.start(), match.end()) and \
                any(shifts[k] != shifts[k + n] for k in range(len(shifts) - n)):
            return False
    for match in _KEY_LETTER_SHIFT.finditer(step):
        if not _unsaid(lowered, match.start(), match.end()) and \
                int(match.group(2)) != POSITION[match.group(1).lower()] - 1:
            return False
    return True


# letters counted, as frequency analysis counts them (on lowered text): "the most common letter in the example
# ciphertext is y", "y is the most frequent letter", "'y' appears 9 times in the ciphertext", "'flhhyd' has 6 letters",
# "the message has 5 words". A count is of the text it names (the example's ciphertext or plaintext, the message),
# or with none named of any of them, or of the example's ciphertext and the message together; a most common letter is
# one no other letter there outnumbers
_WHERE = r"(?:\s+in\s+(?:the\s+)?(?P<where>[a-z' ]{1,40}?))?"
_MOST_COMMON = re.compile(rf"\bmost\s+(?:common|frequent)\s+letter{_WHERE}\s+(?:is|was)\s+[\"']?(?P<letter>[a-z])[\"']?"
                          rf"(?![a-z'])|(?<![a-z])[\"']?(?P<letter2>[a-z])[\"']?\s+is\s+the\s+most\s+(?:common|frequent)"
                          rf"(?:\s+letter)?(?:\s+in\s+(?:the\s+)?(?P<where2>[a-z' ]{{1,40}}?))?(?=\s*[,.;:!(]|\s*$)")
_APPEARS = re.compile(rf"(?<![a-z])[\"']?(?P<letter>[a-z])[\"']?\s+(?:appears|occurs|shows\s+up|comes\s+up)\s+"
                      rf"(?P<n>\d{{1,3}})\s+times{_WHERE}(?=\s*[,.;:!(]|\s*$)")
_FRAGMENT_LETTERS = re.compile(r"[\"'](?P<fragment>[a-z][a-z ]{0,60})[\"']\s+(?:has|is|contains)\s+(?P<n>\d{1,3})\s+letters\b")
_TEXT_COUNT = re.compile(r"\bthe\s+(?P<what>message|ciphertext|plaintext|example'?s?\s+(?:ciphertext|plaintext))\s+(?:has|is|"
                         r"contains)\s+(?P<n>\d{1,3})\s+(?P<unit>words?|letters?)\b")


def _texts_named(where: str | None, texts: tuple[str, str, str]) -> list[str]:
    """The problem's texts a count may be of, by the words that name it (see above)."""
    c, p, m = texts
    where = where or ""
    if "plain" in where or "decod" in where:
        return [p, m]  # the example's plaintext, or the decoded message
    if "example" in where:
        return [c] if "cipher" in where else [c, p]
    if "message" in where:
        return [m]
    if "cipher" in where or "text" in where:
        return [m, c, f"{c} {m}"]
    return [c, p, m, f"{c} {m}"]


def _counts_hold(text: str, texts: tuple[str, str, str]) -> bool:
    """Each count of letters or words the text says (`_MOST_COMMON` and the rest above) is one of the text it names."""
    for match in _MOST_COMMON.finditer(text) if "most" in text else ():
        letter, where = match.group("letter") or match.group("letter2"), match.group("where") or match.group("where2")
        if _unsaid(text, match.start(), match.end()):
            continue
        counts = [Counter(letters_of(t)) for t in _texts_named(where, texts)]
        if not any(count and count[letter] == max(count.values()) for count in counts):
            return False
    for match in _APPEARS.finditer(text) if "times" in text else ():
        if not _unsaid(text, match.start(), match.end()) and not any(
                letters_of(t).count(match.group("letter")) == int(match.group("n")) for t in _texts_named(match.group("where"), texts)):
            return False
    for match in _FRAGMENT_LETTERS.finditer(text) if "letters" in text else ():
        if not _unsaid(text, match.start(), match.end()) and len(letters_of(match.group("fragment"))) != int(match.group("n")):
            return False
    for match in _TEXT_COUNT.finditer(text):
        counted = [len(t.split()) if match.group("unit").startswith("word") else len(letters_of(t))
                   for t in _texts_named(match.group("what"), texts)]
        if not _unsaid(text, match.start(), match.end()) and int(match.group("n")) not in counted:
            return False
    return True


def _example_moves_hold(text: str, texts: tuple[str, str, str]) -> bool:
    """The claims of how the example's letters moved (see `_BECAME` above)."""
    example = _example_letters(texts[0], texts[1])  # (plain, cipher) positions
    for match in _BECAME.finditer(text) if "plain" in text else ():
        if _unsaid(text, match.start(), match.end()):
            continue
        plain, verb, cipher, places, past_z = match.groups()
        x, y = POSITION[plain], POSITION[cipher]
        if (x, y) not in example or (verb == "stayed" and x != y):
            return False
        if places is not None and (int(places) != (y - x) % 26 or bool(past_z) != (y < x)):
            return False
    for match in _TWO_WAYS.finditer(text) if "another" in text else ():
        plain, one, other = match.groups()
        if _unsaid(text, match.start(), match.end()):
            continue
        if one == other or (POSITION[plain], POSITION[one]) not in example or \
                (POSITION[plain], POSITION[other]) not in example:
            return False
    if "time" in text and _EACH_TIME.search(text):
        written = list(zip(letters_of(texts[1]), letters_of(texts[0]))) if example else []
        for match in _EACH_TIME.finditer(text):
            plain, cipher = match.groups()
            if _unsaid(text, match.start(), match.end()):
                continue
            codes = [c for p, c in written if p == plain]
            if len(codes) < 2 or set(codes) != {cipher}:
                return False
    if ("shift" in text and _NO_SINGLE_SHIFT.search(text)) and \
            (not example or len({(y - x) % 26 for x, y in example}) == 1):
        return False
    if "table" in text and _NO_FIXED_TABLE.search(text):
        plains, ciphers = [x for x, _ in example], [y for _, y in example]
        if not example or (len(set(plains)) == len(plains) and len(set(ciphers)) == len(ciphers)):
            return False
    return True


# That a string of letters is no word (on lowered text): '"lyvvmih", which is no word', '"stu", not a word',
# '"qtc" is not an english word'. No list holds every word, so such a claim is judged only where it is false: the
# string is a word or a name a careful reader knows (`english.KNOWN`: the vocabulary and the common words and names
# beyond it, "has", "log", "dan"). After a list of shifts tried, '…, back 16 is "fir": no other real word' / 'not
# one real word' says the same of every string the step lists (but those "ruled out above").
_NOT_A_WORD = re.compile(r"([\"'])([a-z]{1,40})\1,? (?:which )?is (?:not|no) (?:an? )?(?:english |real )?word\b|"
                         r"([\"'])([a-z]{1,40})\3,? (?:which is )?(?:not|no) (?:an? )?(?:english |real )?word\b")
_NO_OTHER_WORD = re.compile(r"[\"']: (?:no other|not one|not a single) (?:real |english )?word\b")
_TRIED = re.compile(r"\bback \d{1,3} is ([\"'])([a-z]*)\1( \(ruled out above\))?")


def _not_words_hold(text: str) -> bool:
    """No string said to be no word is one `english.KNOWN` holds (see `_NOT_A_WORD` above)."""
    for match in _NOT_A_WORD.finditer(text):
        if english.is_known(match.group(2) or match.group(4)) and not _unsaid(text, match.start(), match.end()):
            return False
    if _NO_OTHER_WORD.search(text):
        if any(english.is_known(tried) for _, tried, ruled_out in _TRIED.findall(text) if not ruled_out):
            return False
    return True


@lru_cache(maxsize=256)
def _words_of(texts: tuple[str, str, str]) -> frozenset[str]:
    """The words of the problem's texts (example ciphertext and plaintext, message)."""
    return frozenset(" ".join(texts).split())


def step_holds(task: str, problem: dict, step: str, texts: tuple[str, str, str] | None = None,
               memory: dict | None = None) -> bool:
    """The step's equations, letter positions, decodings and answer are all true (`texts`: the
    problem's, as `_texts` reads them, when the caller has them already; `memory`: what the steps before
    found, kept by `label_steps`: the multiplier of multiply-and-shift)."""
    if len(step) > MAX_STEP_CHARS:
        return False
    written, step = step, _plainly(step)  # curly quotes, bold and markdown tables, written plainly
    memory = {} if memory is None else memory
    base = memory.get("base", 1)  # positions count from a = 1 unless the trace said a = 0 (`numbering`)
    key_names = key_names_of(task)  # "so a = 7" of multiply-and-shift names the key, not a position
    text = step.lower()
    numbers_of = _with_key_sides_named(step) if task in AFFINE_KEY_TASKS else step  # "7a − 49 ≡ 0" holds no "−49 ≡ 0"
    moduli = memory["moduli"] = moduli_said(text, memory.get("moduli", (26,)))  # "−14 ≡ 12" is mod 26 unless said
    if "inverse" in text or "^" in text or "⁻" in text:  # "3^-1 = 9 (mod 26)": an inverse, not 1/3
        if not _inverses_said_hold(text, moduli):
            return False
        numbers_of = _inverses_said_blanked(numbers_of)
    if numbering(text, -1) == -1:  # the step does not say how it numbers: most steps
        if not all(_piece_holds(piece, base, key_names, moduli) for piece in _PIECES.split(numbers_of)):
            return False
    else:
        for piece in _PIECES.split(numbers_of):
            base = numbering(piece.lower(), base)
            if not _piece_holds(piece, base, key_names, moduli):
                return False
        memory["base"] = base
    if texts is None:
        texts = _texts(task, problem)
    maps = _maps(text)
    arrows = bool(maps)  # (`maps` loses a trial's arrows below)
    if maps and _MAY_TRY.search(text):  # "shift 13: 'jxu' → 'gur'": what a shift does, not a decoding
        table, encodings = _decodings(task, *texts), _encodings(task, *texts)
        for pair, holds in _trial_arrows(text, lambda source: source in table or source in encodings, _capital_keys(step),
                                         lambda source, image: image in table.get(source, ()) or
                                         image in encodings.get(source, ())):
            if holds is False:
                return False
            if pair in maps:  # not there if `_maps` read it as no decoding ("k → of")
                maps.remove(pair)
    if maps:
        table, encodings = _decodings(task, *texts), _encodings(task, *texts)
        averaged = reading(task, *texts).rules == ("pair_average",)
        posed = Counter(_posed_maps(text))  # "Maybe 'khoor' → 'jgnnq'?": a hypothesis, not a decoding said
        said = lambda source, image: image in table.get(source, ()) or image in encodings.get(source, ())
        phrased = None  # "vdw → the" of "wkh fdw vdw → the cat sat", counted when first needed
        for source, image in maps:
            if posed[source, image]:
                posed[source, image] -= 1
                continue
            known = source in table or source in encodings
            if known and not said(source, image):
                phrased = _phrased(text, said) if phrased is None else phrased
                if not phrased[source, image]:
                    return False  # read either way ("xli → the" decodes, "the → xli" encodes); false both ways
                phrased[source, image] -= 1
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
    words = _words_of(texts) if ("back" in text or "revers" in text) else frozenset()
    if ("backwards" in text or "revers" in text or "moved to the" in text) and not _moved_words_hold(text, words):
        return False  # "'ton' backwards is 'not'"
    if "back" in text and not _bare_backs_hold(text, words):
        return False  # "xiqvb back 8 is oaint"
    if "undone by" in text and not _undoing_matches_the_key(text):
        return False
    pairs = task == "cipher.pair_average" or reading(task, *texts).rules == ("pair_average",)  # "lw: l = 12, 12 − 8" of a
    # Caesar trace is no pair's sum: a pair's arithmetic is judged where the example is read two letters to one
    if (pairs and not _pair_sums_use_their_letters(text, f"{texts[0]} {texts[2]}", base)) or not _betweens_hold(text):
        return False
    if not _bracket_positions_hold(text, base):
        return False  # "k(12) - h(8) = 4"
    if "letter" in text and not _ordinal_letters_hold(text, texts):
        return False
    if ("shift" in text or "moved" in text or "moving" in text or "rotat" in text) and not _letter_shifts_hold(text):
        return False  # "c shifted by 5 is h"
    if (arrows or "→" in text or "->" in text) and \
            ("back" in text or "forward" in text or "shift" in text or ")" in text or " is " in text) and \
            not _arrow_shifts_hold(text):  # (a pair with its positions, "n (13) → s (18)", is no decoding `_maps` reads)
        return False  # "k → h (back 3)", "l → o is forward 3", "l → e is 7", "n (13) → s (18), shift 5"
    if (arrows or "=" in text or "≡" in text) and not _spelled_words_hold(_arrows_as_one(text) if arrows else text):
        return False  # "m + 7 = t, a + 7 = h, x + 7 = e → the"
    if arrows and '" → "' in text and not _words_by_letters_hold(text):
        return False  # '"bevnm": b → p; e → g; …. That gives "bevnm" → "proud".', '"jdrk" → "over" adds d → w'
    if ("decodes" in text or "decrypts" in text or "deciphers" in text) and not _which_decodings_hold(task, texts, text):
        return False  # "…, which decodes to 'rose'"
    if task in CAESAR_TASKS and "shift" in text and not _caesar_shift_claims_hold(task, texts, text):
        return False  # "c → h, so the shift is 5"
    if (" − " in text or "key" in text or "letter" in text) and not _key_claims_hold(text, texts, base):
        return False  # "x − p: 24 − 16 = 8", "letter 6 has 8 again", "key length 5: …", "no key of up to 8 shifts"
    if (" most " in text or " times" in text or " letters" in text or " words" in text) and not _counts_hold(text, texts):
        return False  # "the most common letter in the example ciphertext is q", "'y' appears 3 times", where not
    if "word" in text and not _not_words_hold(text):
        return False  # '"lyvvmih", which is no word', where it is one
    if ("plain" in text or "shift" in text or "table" in text) and not _example_moves_hold(text, texts):
        return False  # "plain h became m, 5 places on", "could it be a single shift? no", "no fixed letter table fits"
    if "no " in text and " for " in text and not _table_claims_hold(text, texts):
        return False  # "no ciphertext letter stands for two letters, and no two for one"
    if "multipl" in text and _NO_AFFINE.search(text) and texts[0] and isinstance(fit_affine(*texts), set):
        return False  # "none of the 12 multipliers fits, so the rule is not multiply-and-shift", where one does
    if ("multipl" in text or "undo" in text or "inverse" in text or " is even" in text or " is odd" in text
            or "the shift" in text or "example has" in text or "plain" in text) and \
            not _affine_working_holds(text, texts, memory):
        return False  # "15 undoes × 7", "the multiplier is 7", "y → a gives the shift: …", "but the example has i"
    if "key" in text and (task == "cipher.vigenere" or task == "cipher.unknown" and
                          "vigenere" in reading(task, *texts).rules) and not _key_word_claims_hold(step, texts):
        return False  # "The key is LEMNO.", "the key length is 4", "key letter L means a shift of 12", where not
    if task in AFFINE_KEY_TASKS and not _affine_key_said_holds(text, texts, memory, task == "cipher.affine"):
        return False  # "so a = 9", "the shift is 5", "multiply by 9 after taking away the shift 4", where they are not
    if task in AFFINE_KEY_TASKS and not _key_congruences_hold(text, texts, memory):
        return False  # "15a ≡ 8 (mod 26)", "24a + b ≡ 0", where the example's key makes them false
    if ("decode" in text or "cipher" in text or "crypt" in text or "encoded" in text) and \
            not _restated_message_holds(text, texts[2]):
        return False  # "Decode: dwwdfn dw gdaq" for "dwwdfn dw gdzq": the message misread
    answer = stated_answer(written)  # "Answer: …", "**Final answer:** …", "\\boxed{…}", "<answer>…</answer>"
    if answer is None and _may_say_plaintext(text) and _SAYS_PLAINTEXT.search(text):
        answer = _stated_plaintext(text, reading(task, *texts).answer, (texts[0], texts[2]))
    return answer is None or bool(verify(task, problem, answer))


# the message said again to be decoded, as a model that misreads it says it wrong: "Decode: dwwdfn dw gdaq", "The
# ciphertext is 'dwwdfn dw gdaq'", "We need to decode …", "Encrypted message: …" (on lowered text); a text of the
# message's word lengths there must be the message (a shorter one may be a part of it)
_MESSAGE_SAID = re.compile(r"(?:\b(?:the\s+)?(?:cipher\s*text|(?:encrypted|encoded|enciphered|secret)\s+(?:message|text)|"
                           r"message\s+to\s+decode)(?:\s+is|\s*:)|\bdecode\s*:|\b(?:we|i)\s+(?:need\s+to|must|have\s+to|"
                           r"want\s+to)\s+decode)\s*[\"'“]?(?P<text>[a-z]{1,40}(?: [a-z]{1,40}){0,40})(?=[\"'”]|\s*[.!:,;(]|\s*$)")


def _restated_message_holds(text: str, message: str) -> bool:
    """Whether each text said as the message to decode, when it has the message's word lengths, is the message."""
    shape = [len(word) for word in message.split()]
    for said in _MESSAGE_SAID.finditer(text) if len(text) < 4000 else ():
        if _inside_quotes(text, said.start()):
            continue  # an example's plaintext said again: "the secret message is ..." in quotes
        words = said.group("text").split()
        if [len(word) for word in words] == shape and " ".join(words) != " ".join(message.split()):
            return False
    return True


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


# "the answer is X" (group 1), "the decoded message reads X", "it decodes to X" (group 3); group 2 marks
# "reads as" / "reads like", which is followed by a description ("it reads as English") unless quoted
_SAYS_PLAINTEXT = re.compile(r"\banswer\s+is\s*:?\s*(\S[^\n]*)|\b(?:(?:message|plaintext|text|decoding)\s+(?:is|reads|says)"
                             r"|it\s+(?:reads|says|decodes\s+to))(\s+(?:as|like)\b)?\s*:?\s*(\S[^\n]*)")  # on lowered text

_CIPHER_SIDE = re.compile(r"\b(?:encrypted|encoded|enciphered|ciphered|coded|secret|given|original|cipher)\s+\Z")
_PLAIN_SIDE = re.compile(r"\b(?:decoded|decrypted|deciphered|hidden|original|real|actual|true|plain)\s+\Z")
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
        if _inside_quotes(step, said.start()):
            continue  # quoted: an example's plaintext may read "the answer is wide"
        value = _LEADING_QUOTE.match(said.group(1) or said.group(3))
        answer = (value.group(1) or value.group(2)).strip().strip("*").strip() if value else ""
        words = answer.lower().split()
        if not words or words[0] in _NOT_SAID:
            continue
        if said.group(3) and " ".join(words) in ciphertexts and (
                _CIPHER_SIDE.search(step, max(0, said.start() - 16), said.start()) or
                step.startswith(("message", "text"), said.start()) and
                not _PLAIN_SIDE.search(step, max(0, said.start() - 16), said.start())):
            # the ciphertext restated: "the encrypted message is '…'", or the problem's message word for word, "the
            # message is 'dwwdfn dw gdzq'" (an "original" or "decoded message" said to be it is judged, and wrong)
            continue
        quoted = value is not None and value.group(1) is not None  # 'the message is "…"': an answer, however wrong
        if said.group(2) and not quoted:
            continue  # "it reads as English", "the decoding reads like plain words": a description, not the message
        if len(words) == len(shape) if said.group(1) or quoted else [len(word) for word in words] == shape:
            return answer
    return None


def label_steps(task: str, problem: dict, steps: list[str]) -> list[bool]:
    """True for each step until the first that states something false (later steps are not read).

    A trace that has not said how it numbers the alphabet is read as it counts: models often count from a = 0
    without a word ("k = 10, h = 7", "L = 11, E = 4" for a key). A step that holds only counted from a = 0 sets that
    numbering for the trace, and one that holds only from a = 1 sets that, so a slip later in the other numbering
    is still a slip."""
    texts = _texts(task, problem)
    labels: list[bool] = []
    memory: dict = {}
    for step in steps:
        if "base" in memory:
            holds = step_holds(task, problem, step, texts, memory)
        else:
            memory, holds = _counted_as_it_counts(task, problem, step, texts, memory)
        if not holds:
            return labels + [False] * (len(steps) - len(labels))
        labels.append(True)
    return labels


def _counted_as_it_counts(task: str, problem: dict, step: str, texts: tuple[str, str, str],
                          memory: dict) -> tuple[dict, bool]:
    """(the memory after the step, whether it holds) for a trace with no numbering said yet (see `label_steps`)."""
    from_one = dict(memory)
    holds = step_holds(task, problem, step, texts, from_one)
    if "base" in from_one or not any(ch.isdigit() for ch in step):
        return from_one, holds  # the step said how it numbers, or has no number for a position (most steps)
    from_zero = {**memory, "base": 0}
    if step_holds(task, problem, step, texts, from_zero):
        return (from_one, True) if holds else (from_zero, True)  # holds both ways: nothing told yet
    return ({**from_one, "base": 1}, True) if holds else (from_one, False)
