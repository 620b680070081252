"""A trial's arrow in a cipher step: what a rule being tried does, rather than what the message decodes to.

"Shift 13: 'jxu' → 'gur'", "Atbash: …", "× 3, shift 12: …", "key LEMON: …", "Sum mod 26: 'vr' → 'n'",
"Rotate left by 1: …": an arrow after a rule said in a trial's words claims what that rule does to the
fragment, and is judged so (`_trial_arrows`); an arrow after a rule said to be the one stays a decoding
(`_last_trial` tells them apart). Kept apart because telling a trial from a conclusion is the subtlest reading
the cipher verifier does, and it is changed most often.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from slowthink.core.alphabet import POSITION, letters_of, map_letters
from slowthink.core.claims import sentence_start
from slowthink.verifiers.cipher_letters import (_ARROW_SHIFT, _BACKWARD, _DIRECTION, _MAPS, _NEAR, _QUOTE, _SENTENCE_MARK,
                                                _arrows_as_one, _hedged_between)

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
    if before(text, opened, said.start()) and not _hedged_between(text, clause, said.start()):
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


def _says_how_a_pair_moves(text: str, at: int) -> bool:
    """Whether the shift said at text[at] is how far the letter pair just before it moves ("o → h is a shift of 7"),
    not a trial whose result the arrows after it are ("…, but l → l is 0")."""
    arrow = text.rfind("→", max(0, at - 16), at)
    pair = _ARROW_SHIFT.search(text, max(0, arrow - 4), at + 24) if arrow >= 0 else None
    return pair is not None and pair.start() < at < pair.end()


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
        if said is None or said.re is _TRIAL_SHIFT and (_MULTIPLIER.search(text, opened, match.start()) or
                                                         _says_how_a_pair_moves(text, said.start())):
            continue
        source, image = match.group(1, 2) if match.group(1) is not None else match.group(3, 4)
        pair, closed = (source, image), _SENTENCE_MARK.search(text, match.end(), match.end() + _NEAR)
        letters, target = letters_of(source), letters_of(image)
        source, image = " ".join(source.split()), " ".join(image.split())
        rule = said.lastgroup if said.re is _TRIAL_RULE else None
        shaped = _pair_shaped(source.split(), image.split()) if rule in _PAIR_RULES else len(letters) == len(target)
        if rule in _PAIR_RULES and not shaped:
            continue  # not two letters to one: no pair rule's result
        if _hedged_between(text, said.end(), match.start()) or \
                (closed is not None and closed.group() == "?") or not shaped or not letters or \
                match.group(1) is None and len(source) > 1 and not known(source):
            found.append((pair, None))
            continue
        holds = _trial_holds(said, source, image)
        if not holds and decodes is not None and decodes(source, image):
            continue  # the example's pair under test, a true decoding
        found.append((pair, holds))
    return found
