"""Claims about letters a cipher step makes that need no problem to judge, read from its text.

Equations and letter positions ("t = 20", "t is the 20th letter"), letters shifted by a number ("c + 5 = h",
"c shifted by 5 is h"), letters said to lie between others, fragments read backwards or with letters moved,
pair sums on the right letters, and the decoding claims a step writes ('"xli" → "the"', "x becomes t") as
pairs for `cipher_steps` to check against the problem. Most of it is true or false whatever the problem, so
it is cached per piece of text; `_unsaid` decides which claims are hedged or asked, and so left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from slowthink.core.alphabet import POSITION, letter, map_letters
from slowthink.core.claims import find_claims, sentence_around, sentence_start, side_value
from slowthink.core.expr import ExprError
from slowthink.core.extract import HEDGE
from slowthink.verifiers.cipher_rules import UNITS

# "z = 26." ends a sentence; "y = 7x + 8" and "x = 15(y − 8)" are no positions, nor the b of "j + b = 10 + 2"
_LETTER_IS = re.compile(r"(?<![a-z0-9\"'])(?<![+\-−×*/÷] )(?<![+\-−×*/÷])[\"']?([a-z])[\"']? ?= ?(\d+)(?!\d|\.\d|[a-z(])")
# a position in brackets after its letter, as models list them: "k(11) - h(8) = 3", "k (11) → h (8)"; not a function
# applied ("E(7) = 57", "f(3): …", "D(22) → 3": a bracket followed by "=", ":", "is", "→ 3"… and no operator before),
# nor the article or pronoun before a bracket ("a (2) …"). In arithmetic ("k(11) - h(8) = 3") it is the number.
_LETTER_BRACKET = re.compile(r"(?<![a-z\d\"'])([a-z]) ?\((\d{1,3})\)")
_APPLIED = re.compile(r"\s*(?:[=≡:(]|is\b|gives\b|equals\b|yields\b|becomes\b|mod\b|(?:→|->)\s*\(?\d)")
_OPERATOR_BEFORE = re.compile(r"[+\-−×*/÷]\s*\Z")
_OPERATOR_AFTER = re.compile(r"\s*[+\-−×*/÷]\s*[\d(a-z]")


def _bracket_positions(text: str) -> list[tuple[re.Match, bool]]:
    """Each letter with a number in brackets in a (lowered) text, and whether it stands in arithmetic."""
    found = []
    for match in _LETTER_BRACKET.finditer(text) if "(" in text else ():
        in_sum = bool(_OPERATOR_BEFORE.search(text, max(0, match.start() - 4), match.start()) or
                      _OPERATOR_AFTER.match(text, match.end()))
        if in_sum or not (_APPLIED.match(text, match.end()) or
                          (match.group(1) in "ai" and re.match(r"\s+[a-z]", text[match.end():match.end() + 2]))):
            found.append((match, in_sum))
    return found


# a letter moved by a number, then worked out: "c - 7 = 3 - 7 + 26 = 21 = u", "t - 7 = 13 = m". The equation reader
# leaves out a side with a letter in it, and so the whole chain; here the letter's side is judged as a shift (the
# value is the letter's position moved, counting round the alphabet), and the rest is left for the reader. A letter
# that names a rule's number as often ("c - 3" of "p = c - 3", "x - 3 = 5") is judged only where the next side starts
# from a position ("c - 7 = 3 - 7 + 26").
_LETTER_MOVED = re.compile(r"(?<![a-z\d\"'(=])(?<!= )(?<![+\-−×*/÷] )([a-z]) ?([+\-−]) ?(\d{1,3}) ?= ?(?=[(\-−]?\d)")
_NEXT_SIDE = re.compile(r"[\d \t+\-−×*/÷()]{1,60}?(?=\s*(?:=|[,;:]|\.\s|\.?\Z|[a-z→✓]))")
_STANDS_FOR_A_NUMBER = frozenset("abkmnxycp")  # `_VARIABLES` and the c and p of "p = c − 3"


def _letters_moved_hold(piece: str, base: int) -> tuple[bool, str]:
    """Whether each `_LETTER_MOVED` side of a (lowered) piece holds, and the piece with those sides taken off."""
    for match in reversed(list(_LETTER_MOVED.finditer(piece))) if "=" in piece else ():
        side = _NEXT_SIDE.match(piece, match.end())
        ch, sign, n = match.groups()
        if side is None or not any(c.isdigit() for c in side.group()):
            continue
        start = _STARTS_FROM.match(side.group())
        from_position = start is not None and int(start.group(1).replace("−", "-")) == numbered(ch, base)
        if not (ch in _STANDS_FOR_A_NUMBER and not from_position):
            try:
                value = side_value(side.group().strip())
            except (ExprError, ValueError, ZeroDivisionError):
                value = None
            moved = numbered(ch, base) + (int(n) if sign == "+" else -int(n))
            if value is not None and (value != int(value) or (moved - int(value)) % 26):
                return False, piece
        piece = piece[:match.start()] + piece[match.end():]  # the rest of the chain, for the equation reader
    return True, piece


# a position with its letter in brackets after it, in arithmetic: "x (24) − 20 (t) = 4" (the number is the letter's
# position, or the shift it stands for as a key letter, "+ 4 (e)"); found from the bracket, which few steps have
_LETTER_IN_BRACKETS = re.compile(r"\(([a-z])\)(?![a-z\d])")
_NUMBER_JUST_BEFORE = re.compile(r"(?<![\d.])(\d{1,2}) ?\Z")


def _bracketed_numbers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, number, letter) of each number with its letter in brackets in a (lowered) text that stands in
    arithmetic ("− 20 (t)")."""
    found = []
    for bracket in _LETTER_IN_BRACKETS.finditer(text) if "(" in text else ():
        number = _NUMBER_JUST_BEFORE.search(text, max(0, bracket.start() - 4), bracket.start())
        if number and (_OPERATOR_BEFORE.search(text, max(0, number.start() - 4), number.start()) or
                       _OPERATOR_AFTER.match(text, bracket.end())):
            found.append((number.start(), bracket.end(), number.group(1), bracket.group(1)))
    return found


def _numbers_for_bracketed_letters(piece: str) -> str:
    """The piece with each letter-and-bracket in arithmetic ("k(11) - h(8) = 3", "24 − 20 (t)") written as its
    number, "11 - 8 = 3", "24 − 20"."""
    text = piece.lower()
    spans = [(match.start(), match.end(), match.group(2)) for match, in_sum in _bracket_positions(text) if in_sum] + \
        [(start, end, number) for start, end, number, _ in _bracketed_numbers(text)]
    for start, end, number in sorted(spans, reverse=True):
        piece = piece[:start] + number + piece[end:]
    return piece


# "the position of k is 11", "the index of k = 10", "k's position is 11"
_POSITION_OF = re.compile(r"\b(?:(?:position|place|index|rank) of (?:the letter )?[\"']?([a-z])[\"']?|[\"']?([a-z])[\"']?'s "
                          r"(?:position|place|index|rank))(?: in the alphabet)? (?:is|=) (\d{1,3})(?![\d.]\d|[a-z\d])")
# a number said to be a letter: "20 = t", "14, which is n", "13 → m"; not a number an operator takes ("c + 5 = h" is
# `_LETTER_SHIFT`'s, and "23 - 3 = t" is `_SUM_IS_LETTER`'s)
_IS_LETTER = re.compile(r"(?<![\d.])(?<!mod )(?<![+\-−×*/÷^] )(?<![+\-−×*/÷^])"
                        r"(\d+)(?: =|,? which is| ?→| ?->| ?=>) ?[\"']?([a-z])(?![a-z])")
# "R is 18, O is 15": a letter said in words to be a number, as models list positions; not a count or a distance
# ("k is 3 letters after h", "t is 2 more than r", "the count of w is 3"), nor one letter of two ("the difference of x
# and v is 2", "l → e is 7": how far a pair moves, `_ARROW_SHIFT`'s), nor a letter that as often names a rule's number
# (`_VARIABLES`: "a is 7", "k is 3")
_LETTER_IS_NUMBER = re.compile(r"(?<![a-z\"'])(?<!of [a-z] and )(?<!between [a-z] and )(?<!of )(?<!of [\"'])"
                               r"(?<!→ )(?<!→)(?<!-> )(?<!->)[\"']?"
                               r"(?![abkmnxy])([a-z])[\"']? is "
                               r"(\d{1,3})"
                               r"(?![\d.]\d|\d|[a-z%]|\s+(?:[a-z]+\s+)?(?:letters?|places?|steps?|positions?|more|less|"
                               r"after|before|away|apart|greater|smaller|higher|lower|than|times|characters?|chars?|"
                               r"ahead|behind|back|forward|later|earlier)\b)")
# a sum or difference said to be a letter: "23 - 3 = t", "22 + 5 = a" (counting round past z), judged by its value
_SUM_IS_LETTER = re.compile(r"(?<![\w.)+\-−×*/÷] )(?<![\w.)+\-−×*/÷])((?:\d{1,3} ?[+\-−] ?){1,8}\d{1,3}) ?= ?[\"']?([a-z])(?![a-z])")
_MOD_IS_LETTER = re.compile(r"(?<![\d.])(\d{1,4}) mod (\d{1,3}) = [\"']?([a-z])(?![a-z])")
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
# the same as models say it: "k is 3 letters after h", "h is 3 places before k" (counting round past z)
_IS_N_FROM = re.compile(r"(?<![a-z\"'])[\"']?([a-z])[\"']? is (\d{1,3}) (?:places?|letters?|steps?|positions?) "
                        r"(after|before|ahead of|behind) [\"']?([a-z])(?![a-z])")
# which of two letters comes first: "c comes before h in the alphabet"
_COMES_BEFORE = re.compile(r"(?<![a-z\"'])([a-z]) comes before ([a-z]) in the alphabet\b")
# letters that name a rule's numbers as often as a letter ("with a = 5 and b = 8", "for x = 15", "k = 3"): a
# wrong "position" of one of them is read as a position only where no word before it brings in a number
_VARIABLES = frozenset("abkmnxy")
_BRINGS_IN = re.compile(r"\b(?:with|let|where|set|setting|take|taking|choose|choosing|try|trying|suppose|assume|if|for|"
                        r"using|key|keys|multiplier|shift|slope|intercept|parameters?|constants?|values?|"
                        r"mod|modulo|coprime|inverse|invertible|must)\b")  # "a ≡ 7 (mod 13), so a = 7"
_SAYS_MAPS = r"(?:decodes to|decrypts to|deciphers to|maps to|maps onto|becomes|turns into|goes to|stands for|is decoded as)"


def _mapping(said: str, bare: str) -> re.Pattern:
    """A decoding claim, X `said` Y: quoted fragments (double or single quotes; groups 1 and 2), else bare
    ones matching `bare` (groups 3 and 4)."""
    return re.compile(rf"(?<![a-z])[\"']([a-z ]++)[\"']{said}[\"']([a-z ]*+)[\"'](?![a-z])|"
                      rf"(?<![a-z\"'])({bare}){said}({bare})(?![a-z\"'])")


# a decoding claim: quoted fragments or bare letters/words with an arrow ('"xli" → "the"', "x -> t")
_MAPS = _mapping(" ?→ ?", "[a-z]++")
_OTHER_ARROWS = ("-->", "==>", "->", "=>", "⇒", "⟶", "⟹", "↦", "⟼", "➔", "➜", "↔")  # read as → (the longer first)
# ...or in words, only where both sides are quoted or single letters ('"xli" decodes to "the"', "'xli' decodes to
# 'the'", "x becomes t")
_SAYS_MAP = _mapping(f" {_SAYS_MAPS} ", "[a-z]")


_ANY_OTHER_ARROW = re.compile("|".join(map(re.escape, _OTHER_ARROWS)))  # one scan, the longer arrows tried first


def _arrows_as_one(text: str) -> str:
    """The text with every arrow of `_OTHER_ARROWS` written →."""
    return _ANY_OTHER_ARROW.sub("→", text)


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


# a decoding put as a hypothesis rather than said: asked ("Maybe 'khoor' → 'jgnnq'?"), hedged before it in its
# sentence ("if", "maybe", "guess", …) or after it ("w → a would be a shift of 22")
_TAG_QUESTION = re.compile(r",\s*(?:right|correct|yes|yeah|ok|okay|no|isn't it|doesn't it|don't they|see)\s*\?\Z")
_HYPOTHETICAL = re.compile(r"[\"']?,?\s+(?:would|might|could|if)\b")


# a sentence that works out what a hypothesis just put would give: "Guess 'wkh' → 'and'? Then w → a, k → o: 'aol'."
_MAY_POSE = re.compile(rf"{HEDGE.pattern}|\b(?:would|then)\b", re.I)
_CONSEQUENCE = re.compile(r"\s*(?:then|that would|this would|so then|which would)\b")
_WOULD = re.compile(r"\b(?:would|might|could)\b")


def _follows_a_hypothesis(text: str, opened: int) -> bool:
    """Whether the sentence opened at text[opened] starts "then …" right after one asked or hedged."""
    if not _CONSEQUENCE.match(text, opened):
        return False
    k = opened - 1
    while k >= max(0, opened - 20) and text[k] in ".!?;\n \t":
        k -= 1
    if "?" in text[k + 1:opened]:
        return True
    start = sentence_start(text, k + 1, _SENTENCE_MARK, _NEAR)
    return bool(HEDGE.search(text, start, k + 1) or _WOULD.search(text, start, k + 1))


def _posed_maps(text: str) -> list[tuple[str, str]]:
    """The decoding claims of a (lowered) text that are asked or hedged (see `_HYPOTHETICAL`), as (from, to)."""
    if "?" not in text and not _MAY_POSE.search(text):
        return []  # most steps: nothing asked, hedged or supposed anywhere
    text = _arrows_as_one(text)
    found = []
    for pattern in (_MAPS, _SAYS_MAP):
        for match in pattern.finditer(text):
            opened, closed = sentence_around(text, match.start(), match.end(), _SENTENCE_MARK, back=_NEAR, ahead=_NEAR)
            asked = closed is not None and closed.group() == "?" and \
                not _TAG_QUESTION.search(text, match.end(), closed.end())  # "…, right?" asserts
            if HEDGE.search(text, opened, match.start()) or asked or _HYPOTHETICAL.match(text, match.end()) or \
                    _follows_a_hypothesis(text, opened):
                found.append(match.group(1, 2) if match.group(1) is not None else match.group(3, 4))
    return found


_BARE_WORDS_BEFORE = re.compile(r"(?:[a-z]+ ){1,12}\Z")
_BARE_WORDS_AFTER = re.compile(r"(?: [a-z]+){1,12}")


def _phrased(text: str, holds) -> Counter:
    """How many times each bare one-word decoding "vdw → the" is the edge of a longer one that holds, as many words
    on each side of the arrow ("wkh fdw vdw → the cat sat"; "t f l q → t h i s", a word spelled letter by letter):
    `holds(source, image)` judges each reading. Once over the step, so that it costs linear time."""
    text = _arrows_as_one(text)
    found = Counter()
    for match in _MAPS.finditer(text) if "→" in text else ():
        if match.group(3) is None:
            continue
        source, image = match.group(3, 4)
        before = _BARE_WORDS_BEFORE.search(text, max(0, match.start(3) - 200), match.start(3))
        after = _BARE_WORDS_AFTER.match(text, match.end(4), match.end(4) + 200)
        words_before, words_after = (before.group().split() if before else []), (after.group().split() if after else [])
        for k in range(1, min(len(words_before), len(words_after)) + 1):
            phrase, spelled = words_before[len(words_before) - k:] + [source], [image] + words_after[:k]
            if holds(" ".join(phrase), " ".join(spelled)) or \
                    (all(len(word) == 1 for word in phrase + spelled) and holds("".join(phrase), "".join(spelled))):
                found[source, image] += 1
                break
    return found


def _pairs(pattern: re.Pattern, text: str) -> list[tuple[str, str]]:
    """(from, to) of each match: groups 1 and 2 (quoted fragments), else 3 and 4 (bare ones); a bare letter to a
    longer bare word is no decoding ("h - 3 = e → the" ends a letter-by-letter working with the word it spells)."""
    return [m.group(1, 2) if m.group(1) is not None else m.group(3, 4) for m in pattern.finditer(text)
            if m.group(1) is not None or len(m.group(3)) > 1 or len(m.group(4)) == 1]


# Marks models dress text in, written plainly for the readers here: curly quotes and backticks as straight quotes,
# bold and italic stars dropped ("**fdw** → **cot**" is "fdw → cot"), and a markdown table's rows as the claims they
# hold (`_table_as_claims`).
_PLAIN_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "`": "'"})
_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)
_RULE_ROW = re.compile(r"[\s|:\-]+")
_PLAIN_HEADER = re.compile(r"\b(?:plain(?:text)?|decrypted|decoded|deciphered|original|message)\b")
_CIPHER_HEADER = re.compile(r"\b(?:cipher(?:text)?|encrypted|encoded|enciphered|code|coded)\b")
_LETTER_HEADER = re.compile(r"\b(?:letters?|char(?:acter)?s?)\b")
_NUMBER_HEADER = re.compile(r"\b(?:positions?|pos|index|indices|values?|numbers?|num|rank|place)\b|#|\ba\s*=\s*[01]\b")
_TRIAL_HEADER = re.compile(r"shift|rot|key|try|trial|guess|atbash|mirror|revers|sum|differ|average|mean|product|"
                           r"count|freq|times|occurr")
_MAX_TABLE_ROWS = 60


# a word set equal to another as long, as a decoding is often written: "wkh = the, fdw = cat" (read as an arrow,
# so a trial's "shift 1: wkh = vjg" is a trial's too); quoted or bare, each side two letters or more
_WORD_EQUALS = re.compile(r"(?<![a-z\"'])([\"']?)([a-z]{2,40})\1 ?= ?([\"']?)([a-z]{2,40})\3(?![a-z\"'])", re.I)


_TIMES = re.compile(r"(?<=[\d)a-z])[ \t]*[*·][ \t]*(?=[\d(−\-])|(?<=[\d)]) [xX] (?=[\d(])")  # "19 * 11", "7·15", "9 x 3"


# a letter set equal to another, as a letter table is often written: "k = h, h = e" (not in arithmetic, "x = a + 3")
_LETTER_EQUALS = re.compile(r"(?<![a-z\d\"'+\-−×*/÷=(] )(?<![a-z\d\"'+\-−×*/÷=(])([\"']?)(?![cpxyCPXY])([a-z])\1 ?= ?([\"']?)([a-z])\3"
                            r"(?![a-z\d\"'(]|\s*[+\-−×*/÷=(\d]|\s[a-z](?![a-z]))", re.I)
# (nor a formula's "y = a x + b", nor a variable's "c = w, p = t": c, p, x or y on the left names a letter, not one)


def _word_equals_as_arrow(match: re.Match) -> str:
    if len(match.group(2)) != len(match.group(4)):
        return match.group()
    return f"{match.group(1)}{match.group(2)}{match.group(1)} → {match.group(3)}{match.group(4)}{match.group(3)}"


def _plainly(step: str) -> str:
    """The step with `_PLAIN_MARKS` written plainly, its markdown tables read out and a word set equal to
    another written as an arrow (see above)."""
    step = step.translate(_PLAIN_MARKS).replace("**", "") if any(ch in step for ch in "“”„‘’‚`*") else step
    if "=" in step:
        step = _LETTER_EQUALS.sub(r"\1\2\1 → \3\4\3", _WORD_EQUALS.sub(_word_equals_as_arrow, step))
    if "*" in step or "·" in step or " x " in step or " X " in step:
        step = _TIMES.sub(" × ", step)  # "19 * 11 = 209", "7·15": the × the readers here know
    return _table_as_claims(step) if "|" in step and "\n" in step else step


def _cell(cell: str) -> str:
    return cell.strip().strip("'\"*_ ").lower()


def _table_as_claims(step: str) -> str:
    """Each markdown table whose header names what its columns hold read out as claims, row by row: a letter
    column beside a position column ("| letter | position |", "| cipher | value | plain | value |") as "k = 11",
    and exactly a ciphertext and a plaintext column of letters or words as "'k' → 'h'". A header that names a trial
    or a count (a shift, a key, a sum, a frequency) is left alone: what its rows hold is no position or decoding."""
    rows = list(_TABLE_ROW.finditer(step))
    out, k = [], 0
    while k < len(rows) - 1:
        header, rule = rows[k], rows[k + 1]
        if not _RULE_ROW.fullmatch(rule.group(1)) or "-" not in rule.group(1):
            k += 1
            continue
        names = [cell.strip().lower() for cell in header.group(1).split("|")]
        body = []
        k += 2
        while k < len(rows) and rows[k].start() == rows[k - 1].end() + 1 and len(body) < _MAX_TABLE_ROWS:
            body.append(rows[k])
            k += 1
        if len(names) > 8 or any(_TRIAL_HEADER.search(name) for name in names):
            continue
        plain = [i for i, name in enumerate(names) if _PLAIN_HEADER.search(name) and not _NUMBER_HEADER.search(name)]
        cipher = [i for i, name in enumerate(names) if _CIPHER_HEADER.search(name) and not _NUMBER_HEADER.search(name)]
        letters = sorted(set(plain + cipher + [i for i, name in enumerate(names) if _LETTER_HEADER.search(name)
                                               and not _NUMBER_HEADER.search(name)]))
        numbers = [i for i, name in enumerate(names) if _NUMBER_HEADER.search(name) and i not in letters]
        for row in body:
            cells = [_cell(cell) for cell in row.group(1).split("|")]
            if len(cells) != len(names):
                continue
            said = []
            for i in numbers:
                of = max((j for j in letters if j < i), default=None)
                of = min(letters, default=None) if of is None else of
                if of is not None and re.fullmatch(r"[a-z]", cells[of]) and re.fullmatch(r"\d{1,3}", cells[i]):
                    said.append(f"{cells[of]} = {cells[i]}")
            if len(plain) == 1 and len(cipher) == 1 and re.fullmatch(r"[a-z]{1,40}", cells[cipher[0]]) and \
                    re.fullmatch(r"[a-z]{1,40}", cells[plain[0]]):
                said.append(f"'{cells[cipher[0]]}' → '{cells[plain[0]]}'")
            if said:
                out.append((row.start(), row.end(), ", ".join(said) + "."))
    for start, end, claims in reversed(out):
        step = step[:start] + claims + step[end:]
    return step


# the true "letter = n" and "n = letter" claims, for a trace that counts from a = 1 and for one that counts from a = 0
_TRUE_LETTER_IS = {base: {(ch, str(n - 1 + base)) for ch, n in POSITION.items()} for base in (0, 1)}
_TRUE_IS_LETTER = {base: {(str(n - 1 + base), ch) for ch, n in POSITION.items()} for base in (0, 1)}
# How a trace numbers the alphabet: from a = 1, as slowthink's own traces do, unless it says it counts from a = 0
# ("a = 0, b = 1, …", "A=0", "a: 0", "0-based", "zero-indexed"); a later "a = 1" or "1-based" counts from 1 again.
# Models write either, and a right 0-based position is no slip: "h = 7" is true where a = 0.
_NUMBERING = re.compile(r"(?<![a-z0-9\"'])[\"']?a[\"']?\s?(?:=|:|→|->|is)\s?(?P<a>[01])(?![\d]|\.\d)|"
                        r"\b(?P<n>0|1|zero|one)[- ]?(?:based|indexed)\b")
# what "b" is said to be just after "a = n": n + 1 where the alphabet is numbered, and anything else in an affine
# trial's "a = 1, b = 3", which says no numbering
_THEN_B = re.compile(r"[,;]?\s?(?:and\s)?[\"']?b[\"']?\s?(?:=|:|→|->|is)\s?(\d{1,3})(?!\d)")


def numbering(text: str, base: int) -> int:
    """The first position (0 or 1) a (lowered) text counts from, after it: its last `_NUMBERING` said, else `base`."""
    if not ("0" in text or "1" in text or "zero" in text or "one" in text):
        return base
    for match in _NUMBERING.finditer(text):
        b = _THEN_B.match(text, match.end()) if match.group("a") else None
        if b is None or int(b.group(1)) == int(match.group("a")) + 1:
            base = 0 if (match.group("a") or match.group("n")) in ("0", "zero") else 1
    return base


def numbered(ch: str, base: int) -> int:
    """A letter's position counting from `base` (a = 1 or a = 0)."""
    return POSITION[ch] - 1 + base
_BACK = re.compile(r"(?:(?<![a-z])[\"']([a-z]+)[\"'] )?back (\d{1,3}) is [\"']([a-z]*)[\"'](?![a-z])")
# "shifts 8, 20, 21, repeating … undone by − 8, + 6, + 5 in turn": each key shift undone, back by itself or forward
# by the rest of the turn
_UNDOING = re.compile(r"\bshifts ((?:\d{1,3}, )*\d{1,3})\b[^\n]*?\bundone by ((?:[+−-] \d{1,3}, )*[+−-] \d{1,3}) in turn")


# a pair's arithmetic on its letters' positions: '"qw" → "t": (17 + 23) ÷ 2', "gq: g = 7, q = 17, (7 + 17) ÷ 2",
# "ao: o = 15, (1 + 15) ÷ 2": the first two numbers the pair's sum or difference takes are its letters' positions
_PAIR_SUM = re.compile(r'(?:"([a-z])([a-z])" → "[a-z]"|(?<![a-z"])([a-z])([a-z])):\s*(?:[a-z] = \d{1,2}, )*'
                       r'(?:\(\s*)?(\d{1,3}) [+−-] (\d{1,3})\b')


def _pair_sums_use_their_letters(text: str, ciphertexts: str = "", base: int = 1) -> bool:
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
        if sorted((int(match.group(5)), int(match.group(6)))) != sorted((numbered(x, base), numbered(y, base))):
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
    # "shifting back by 3, 'fdw' gives 'cat'", "moving each letter back 3, 'fdw' becomes 'cat'": the shift said first
    re.compile(rf"\b(?:shifting|moving|rotating)\s+(?:(?:each|every|all)\s+(?:the\s+)?(?:letters?\s+)?)?{_AMOUNT},\s+"
               rf"{_FRAGMENT}\s+(?:gives|becomes|is|turns into|goes to|→|->)\s+{_IMAGE}"),
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


# a letter pair with how far it moves said right after it, as models tabulate a shift: "k → h (back 3)", "h → e
# back 3", "l → o is forward 3", "t → g, a shift of 13", "x → t (−4)", "l → e is 7"; "back" takes the image that
# many letters before the source, "forward" (or "+") after it, and a shift with no direction (or a bare "is 7")
# either way; a letter's position in brackets may follow it, and the side be named ("plaintext n (13) → ciphertext s
# (18), shift 5")
_ARROW_SHIFT = re.compile(
    r"(?<![a-z\"'])[\"']?([a-z])[\"']?(?: ?\(\d{1,2}\))? ?→ ?(?:(?:cipher|plain)(?:text)? (?:letter )?)?"
    r"[\"']?([a-z])[\"']?(?![a-z\"'])"
    r"(?: ?\(\d{1,2}\)(?=[,:]|\s+(?:is|was|means)\b))?"  # each letter's position may follow it: "n (13) → s (18), …"
    r"(?:\s*\(|,?\s+(?:is\s+|was\s+|means\s+)?|\s*:\s*)(?:(?:a|the)\s+)?"
    r"(?:(?P<d1>back|backwards?|forwards?)\s+(?:by\s+)?(?P<n1>\d{1,2})"
    r"|shift(?:ed)?\s+(?:of\s+|by\s+)?(?:(?P<d2>back|backwards?|forwards?)\s+(?:by\s+)?)?(?P<n2>\d{1,2})"
    r"(?:\s+(?:places?\s+|letters?\s+|steps?\s+)?(?P<d3>back|backwards?|forwards?)\b)?"
    r"|(?P<n3>\d{1,2})\s+(?:places?\s+|letters?\s+|steps?\s+)?(?P<d4>back|backwards?|forwards?)\b"
    r"|(?P<sign>[−\-+])(?P<n4>\d{1,2})\)"
    r"|(?<=is )(?P<n5>\d{1,2})(?![\d.]\d|\d|\s*(?:st|nd|rd|th|%)\b|\s+(?:[a-z]+\s+)?(?:letters?|places?|steps?|positions?|"
    r"times|more|less)\b))"
    r"(?!\d|\.\d|\s*[+\-−×*÷/=]\s*\d)")


def _arrow_shifts_hold(text: str) -> bool:
    """Each unhedged `_ARROW_SHIFT` pair moves by the amount said after it, in the direction said (either, with none)."""
    text = _arrows_as_one(text)
    for match in _ARROW_SHIFT.finditer(text):
        n = int(match.group("n1") or match.group("n2") or match.group("n3") or match.group("n4") or match.group("n5"))
        way = match.group("d1") or match.group("d2") or match.group("d3") or match.group("d4") or \
            {"+": "forward", "-": "back", "−": "back"}.get(match.group("sign") or "")
        allowed = {n % 26, -n % 26} if way is None else {-n % 26} if way.startswith("back") else {n % 26}
        if (POSITION[match.group(2)] - POSITION[match.group(1)]) % 26 not in allowed and \
                not _unsaid(text, match.start(), match.end()):
            return False
    return True


# a word spelled out from the letters worked out just before it in its sentence, as models decode letter by letter:
# "m + 7 = t, a + 7 = h, x + 7 = e → the", "o → l, z → a, g → t = 'lat'", "…, n → k, giving 'attack'", "…: 'at'",
# or in the sentence after ("… = g. So 'dog'."); each result is a single letter after =, → or ≡ that ends its item
_LETTER_RESULT = re.compile(r"(?:=|→|≡)\s*[\"']?([a-z])[\"']?(?=\s*(?:[,;.)]|$|\s+(?:→|and\b|✓|\()))")
_SPELLED = re.compile(
    r"(?:(?<=[\s:])(?:→|=)|(?<=[a-z\"']):|\b(?:giving|gives|spells?|spelling|so|thus|hence|makes)\b:?)\s*"
    r"(?:(?P<q>[\"'])(?P<qw>[a-z]{2,})(?P=q)(?![a-z])|(?<=[→=] )(?P<bw>[a-z]{2,})(?=\s*(?:[.,;!)]|$)))"
    r"(?!\s*(?:→|=|decodes|becomes|is\b|was\b|backwards|reversed))")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# a word of two letters or more right before an arrow or "=", quoted or bare ('"ta" → "at"', "wkh → the")
_WORD_BEFORE = re.compile(r"(?:(?P<q>[\"'])[a-z]{2,}(?P=q)|(?<![a-z\"'])[a-z]{2,})\s*\Z")


def _spelled_words_hold(text: str) -> bool:
    """Each `_SPELLED` word is the letters worked out before it, where there are as many of them as it has letters
    (a count that differs is a word of other working, not judged)."""
    last = 0
    for match in _SPELLED.finditer(text):
        word = match.group("qw") or match.group("bw")
        if match.group()[0] in "→=" and _WORD_BEFORE.search(text, max(0, match.start() - 48), match.start()):
            continue  # '"ta" → "at"': a word decoded as a whole, not spelled from the letters before it
        ends = [end.end() for end in _SENTENCE_END.finditer(text, last, match.start())]
        results = _LETTER_RESULT.findall(text, ends[-1] if ends else last, match.start())
        if not results and ends and match.group()[0].isalpha():  # "… = g. So 'dog'": the sentence before
            results = _LETTER_RESULT.findall(text, ends[-2] if len(ends) > 1 else last, ends[-1])
        if len(results) == len(word) and "".join(results) != word:
            return False
        last = match.end()
    return True


# letters read off a word pair, as the traces write them (on lowered text): '"bevnm": b → p; e → r; …. that gives
# "bevnm" → "proud".' (also "so", "together,"), and a table built a word at a time: '"nguimpu" → "castles" gives n → c
# (g → a, u → s as before).', "adds", "brings in", "adds no letter: …", "brings nothing new: …", 'from "c" → "p": …'
_WORD_BY_LETTERS = re.compile(r'"([a-z]{2,40})": ((?:[a-z] → [a-z][;,] ){1,39}[a-z] → [a-z])\. (?:that gives|so|together,) '
                              r'"\1" → "([a-z]{2,40})"')
_WORD_PAIR_LETTERS = re.compile(r'"([a-z]{1,40})" → "([a-z]{1,40})"(?: again)?(?::| gives| adds(?: no letter:)?| brings in|'
                                r' brings nothing new:) ([^."]{1,600})')  # (up to the sentence's end or another word)
_PAIR = re.compile(r"([a-z]) → ([a-z])")


def _words_by_letters_hold(text: str) -> bool:
    """The letters read off a word pair are its letters (see above): a word spelled from its pairs, when they take
    its letters in order, is the decoding it says; and each pair listed after a word pair whose letter is in it
    matches the word pair, read either way round (a decoding, or an encoding of a plain letter). Each pair alone
    is judged only against the example, either way round, so a slip to the other way's letter passed."""
    for said in _WORD_BY_LETTERS.finditer(text):
        pairs = _PAIR.findall(said.group(2))
        if "".join(source for source, _ in pairs) == said.group(1) and \
                "".join(image for _, image in pairs) != said.group(3):
            return False
    for said in _WORD_PAIR_LETTERS.finditer(text):
        cipher, plain = said.group(1), said.group(2)
        if len(cipher) != len(plain):
            continue
        for source, image in _PAIR.findall(said.group(3)):
            decodes = {plain[k] for k, letter in enumerate(cipher) if letter == source}
            encodes = {cipher[k] for k, letter in enumerate(plain) if letter == source}
            if (decodes or encodes) and image not in decodes | encodes:
                return False
    return True


def _unsaid(text: str, start: int, end: int) -> bool:
    """Whether the claim at text[start:end] is hedged in its sentence ("if", "suppose", "try", "not", …) or
    asked (a "?" closes its sentence)."""
    opened, closed = sentence_around(text, start, end, _SENTENCE_MARK, back=_NEAR, ahead=_NEAR)
    return _hedged_between(text, opened, start) or (closed is not None and closed.group() == "?")


def _hedged_between(text: str, start: int, end: int) -> bool:
    """Whether a hedge or a word of trying ("if", "suppose", "try", "not", …) comes in text[start:end] outside quotes:
    a quoted word is the text's own, so the "not" of '"ton" backwards is "not", and "dnem" …' hedges nothing after it."""
    if not (HEDGE.search(text, start, end) or _TRYING.search(text, start, end)):
        return False
    if text.find('"', start, end) < 0 and text.find("'", start, end) < 0:
        return True
    masked = text[:start] + _QUOTE.sub(lambda quoted: " " * len(quoted.group()), text[start:end]) + text[end:]
    return bool(HEDGE.search(masked, start, end) or _TRYING.search(masked, start, end))


_NEAR = 160  # how far around a claim its sentence is read (so many claims in a long step cost linear time)
_SENTENCE_MARK = re.compile(r"[.!?;\n]")
_TRYING = re.compile(r"\b(?:try|trying|tried|test|testing|would|wonder|check whether|not|never|wrong|mistaken|"
                     r"assumed|thought|guessed|supposed|suspected|expected|instead of|rather than|earlier)\b|n't\b")


# a fragment with its letters moved: "'ton' backwards is 'not'", "'ton' with its first letter moved to the end is
# 'ont'", "… with its last letter moved to the front is …" (each word of a fragment of several, or the whole)
_REVERSED = "backwards|reversed|in reverse"  # the words for a word read back to front
_WORD_MOVED = re.compile(r"(?<![a-z])([\"'])([a-z][a-z ]*+)\1 (?:read |written |spelled |spelt )?"
                         rf"({_REVERSED}|with its first letter moved to the end|"
                         r"with its last letter moved to the front) "
                         r"is ([\"'])([a-z ]*+)\4(?![a-z])")
_MOVES = {**dict.fromkeys(_REVERSED.split("|"), lambda w: w[::-1]),
          "with its first letter moved to the end": lambda w: w[1:] + w[:1],
          "with its last letter moved to the front": lambda w: w[-1:] + w[:-1]}


# the same, and a Caesar trial, of a word written bare ("evif backwards is five", "xiqvb back 8 is oaint"): judged only
# where the word is one of the problem's and the result as long, so that prose ("the word backwards is what …") is not
_BARE_MOVED = re.compile(rf"(?<![a-z\"'])([a-z]{{1,40}}) (?:read |written |spelled |spelt )?({_REVERSED}) "
                         r"is ([a-z]{1,40})(?![a-z\"'])")
_BARE_BACK = re.compile(r"(?<![a-z\"'])([a-z]{1,40}) back (\d{1,3}) is ([a-z]{1,40})(?![a-z\"'])")


def _moved_words_hold(text: str, words: frozenset[str] = frozenset()) -> bool:
    for match in _WORD_MOVED.finditer(text):
        source, image = " ".join(match.group(2).split()), " ".join(match.group(5).split())
        move = _MOVES[match.group(3)]
        if image not in (move(source), " ".join(move(w) for w in source.split())) and \
                not _unsaid(text, match.start(), match.end()):
            return False
    for match in _BARE_MOVED.finditer(text) if words else ():
        source, image = match.group(1), match.group(3)
        if source in words and len(source) == len(image) and image != source[::-1] and \
                not _unsaid(text, match.start(), match.end()):
            return False
    return True


def _bare_backs_hold(text: str, words: frozenset[str]) -> bool:
    """Each "xiqvb back 8 is oaint" of a word of the problem is that word moved back so far."""
    for match in _BARE_BACK.finditer(text):
        source, n, image = match.groups()
        if source in words and len(source) == len(image) and map_letters(source, lambda k, _: k - int(n)) != image:
            return False
    return True


# a fragment in quotes, single or double: 'xli', "the"
_QUOTE = re.compile(r"(?<![a-z])[\"']([a-z][a-z ]*)[\"'](?![a-z])")


# a single quote that opens a quoted text ('khoor', ‘khoor’: group 1) or closes one; one between letters ("it's") is an
# apostrophe, and one after a word with none open before it ("dogs'") closes nothing
_SINGLE_QUOTE = re.compile(r"(?<![^\W\d_])(['‘])(?=\w)|(?<=\w)['’](?![^\W\d_])")


def _inside_quotes(text: str, at: int) -> bool:
    """Whether `at` is inside a quoted text, such as an example said again: in double quotes (straight or curly), or
    in single quotes (the last single quote before it opens one)."""
    if text.count('"', 0, at) % 2 == 1 or text.count("“", 0, at) > text.count("”", 0, at):
        return True
    last = None
    for last in _SINGLE_QUOTE.finditer(text, 0, at) if "'" in text or "‘" in text else ():
        pass
    return last is not None and last.group(1) is not None


# "going back 21 is the same as going forward 5", "back 20 as forward 26 − 20 = 6": the two must make a full turn
_SAME_SHIFT = re.compile(r"\bback (\d{1,3}) (?:is the same as|as) (?:going )?forward (?:26 [−-] \d{1,3} = )?(\d{1,3})\b|"
                         r"\b(\d{1,3}) (?:places? )?forward, which is the same as (\d{1,3}) (?:places? )?back\b")
_RELATION = re.compile(r"[=<>≠≤≥≡]")
_FRAGMENTS = re.compile(r"[,;:.] ")  # no equation run contains one, so each piece can be checked (and cached) alone
_PIECES = re.compile(r"[;:.] ")  # nor does any letter claim ("14, which is n" spans a comma)


@lru_cache(maxsize=1 << 16)
def _fragment_is_false(fragment: str, moduli: tuple[int, ...] = (26,)) -> bool:
    """Whether an equation or congruence of the fragment is false; `moduli`: those a congruence with none said after
    it may be in (`moduli_said`)."""
    if "≡" in fragment:
        return not _congruences_hold(fragment, moduli) or _equalities_in_congruences_fail(fragment, moduli)
    return any(_claim_fails(claim) for claim in find_claims(fragment))


def _claim_fails(claim) -> bool:
    """A claim the equation reader finds false that is no congruence mod 26 and no running total either."""
    return claim.ok is False and not _congruence_holds(claim.text) and not _running_total_holds(claim.text)


def _equalities_in_congruences_fail(fragment: str, moduli: tuple[int, ...]) -> bool:
    """Whether an equation inside a chain of congruences is false ("5 × 4 + 8 = 29 ≡ 2", which the equation reader
    leaves alone for its ≡): before the first ≡ exactly, after it congruent in one of `moduli` or the one said."""
    parts = fragment.split("≡", _MAX_CONGRUENCES)
    said = tuple(int(a or b) for a, b in _CONGRUENT.findall(fragment) if int(a or b) >= 2)
    for k, part in enumerate(parts):
        for claim in find_claims(part) if "=" in part else ():
            if _claim_fails(claim) and (k == 0 or not _sides_congruent(claim.text, moduli + said)):
                return True
    return False


def _sides_congruent(claim: str, moduli: tuple[int, ...]) -> bool:
    """Whether every side of an equation is congruent to the next in one of `moduli`."""
    values = [_value(side) for side in claim.strip(" =").split("=")]
    return None not in values and any(all((x - y) % n == 0 for x, y in zip(values, values[1:])) for n in moduli)


# how many a congruence is "mod": 26 in a cipher trace, unless a step or one before it names another ("(mod 13)")
_MODULUS_SAID = re.compile(r"\bmod(?:ulo)?\s*(\d{1,4})\b")


def moduli_said(text: str, before: tuple[int, ...] = (26,)) -> tuple[int, ...]:
    """`before` and every other modulus a (lowered) text names: those a congruence with none said may be in."""
    if "mod" not in text:
        return before
    named = {int(n) for n in _MODULUS_SAID.findall(text) if int(n) >= 2}
    return tuple(sorted(set(before) | named)) if not named <= set(before) else before


# A running total, as models carry a result on: "4 - 16 = -12 + 26 = 14" is 4 − 16 = −12, then −12 + 26 = 14. Read so,
# each side equals the one before it, or starts from its value and goes on ("-12 + 26"): the number it starts
# from must be that value.
_STARTS_FROM = re.compile(r"\s*([-−]?\d{1,30})\s*[+\-−×*/÷]")


def _running_total_holds(claim: str) -> bool:
    if any(rel in claim for rel in "≠<>≤≥") or claim.count("=") > 12:
        return False
    sides = claim.split("=")
    if sides and not sides[-1].strip():
        sides.pop()  # "… = 14 =" before a letter
    if sides and not sides[0].strip():
        sides.pop(0)  # "= 6 − 13 = −7 + 26 = 19" after letters ("g − n = …"), which the equation reader leaves out
    try:
        values = [side_value(side.strip()) for side in sides]
    except (ExprError, ValueError, ZeroDivisionError):
        return False
    for before, side, value in zip(values, sides[1:], values[1:]):
        start = _STARTS_FROM.match(side)
        if before != value and (start is None or int(start.group(1).replace("−", "-")) != before):
            return False
    return len(values) > 1


# Arithmetic mod 26 as models write it. An equation that ends in "mod 26" or "(mod 26)" may mean its last side is
# congruent, not equal: "7 × 15 = 105 = 1 mod 26", "7 * 15 = 105 = 1 (mod 26)" are true, though 105 is not 1. Read
# that way, every side but the last is equal to the one before it, exactly, and the last is congruent.
_MOD_TAIL = re.compile(r"\s*(?:\(\s*mod\s*(\d{1,4})\s*\)|mod\s*(\d{1,4}))\s*=?\s*\)?\s*\Z")  # "(… = 1 mod 13)" too
_CONGRUENT = re.compile(r"\s*(?:\(\s*mod\s*(\d{1,4})\s*\)|mod\s*(\d{1,4})\b)")  # after the last side of a ≡ chain
_CONGRUENCE_SIDE = re.compile(r"[\d \t+\-−×*·()]{1,80}")
_LEFT_SIDE = re.compile(r"(?<![a-z\d.])[\d \t+\-−×*·()]{1,80}\Z")
_MAX_CONGRUENCES = 40
# a side raised to a power just before the ≡ ("7^-1 ≡ 15 (mod 26)", "a^(−1) ≡ 15"): only a number's inverse is read
_POWER_BEFORE = re.compile(r"\^\s*\(?\s*\Z")
INVERSE_POWER = r"(?:⁻¹|\^\s*(?:\{\s*[−-]\s*1\s*\}|\(\s*[−-]\s*1\s*\)|[−-]\s*1))"  # ⁻¹, ^-1, ^(-1), ^{-1}
_INVERSE_SIDE = re.compile(rf"(?<![a-z\d.])(\d{{1,6}})\s*{INVERSE_POWER}\s*\Z")


# a number's inverse said with "=" or in words, as models write it: "3^-1 = 9 (mod 26)", "23⁻¹ mod 26 = 17", "23^(-1) =
# 17", "the inverse of 3 mod 26 is 9", "the modular inverse of 23 is 17" (on lowered text); read as an equation, "3^-1
# = 9" says 1/3 = 9, false, where a cipher trace means 3 × 9 leaves 1 over a multiple of 26
_MOD_SAID = r"\s*\(?\s*mod(?:ulo)?\s*(\d{1,4})\s*\)?"
_INVERSE_SAID = re.compile(
    rf"(?<![a-z\d.^])(\d{{1,4}})\s*{INVERSE_POWER}(?:{_MOD_SAID})?"
    rf"\s*(?:=|is)\s*(\d{{1,4}})(?![\d.]\d|\s*[+\-−×*·/^])(?:{_MOD_SAID})?"
    rf"|\b(?:the\s+)?(?:modular\s+|multiplicative\s+)?inverse\s+of\s+(\d{{1,4}})(?:{_MOD_SAID})?\s+(?:is|=)\s+"
    rf"(\d{{1,4}})(?![\d.]\d)(?:{_MOD_SAID})?")


def _inverses_said_hold(text: str, moduli: tuple[int, ...]) -> bool:
    """Each `_INVERSE_SAID` is the number's inverse modulo the modulus said, or, with none said, one of `moduli` (those
    the trace works in); unless hedged or asked."""
    for said in _INVERSE_SAID.finditer(text):
        groups = said.groups()  # number, modulus, value, modulus: in symbols (1-4) or in words (5-8)
        number, value = (groups[0], groups[2]) if groups[0] else (groups[4], groups[6])
        options = [int(m) for m in groups[1::2] if m][:1] or list(moduli)
        if not any(m >= 2 and int(number) * int(value) % m == 1 for m in options) and \
                not _unsaid(text, said.start(), said.end()):
            return False
    return True


def _inverses_said_blanked(text: str) -> str:
    """The text with each `_INVERSE_SAID` blanked, for the equation reader, which would read "3^-1 = 9" as 1/3 = 9."""
    return _INVERSE_SAID.sub(lambda said: " " * len(said.group()), text)


def _inverse(number: int, modulus: int) -> int | None:
    """`number`'s inverse modulo `modulus`, None where it has none (so the claim is not read)."""
    try:
        return pow(number, -1, modulus)
    except ValueError:
        return None
# the last side of a chain with no modulus after it: a number, not a letter's term ("≡ 13 (m)", "≡ 2 = c"; not "≡ 6a")
_BARE_LAST_SIDE = re.compile(r"\s*([−\-]?\d{1,6})(?!\d|\.\d|\s*[a-z(]\w*\s*[+\-−×*·]|[a-z]|\s*[+\-−×*·]|\s*\(\s*mod)")


def _value(side: str) -> int | None:
    """The whole-number value of a side of a congruence, None where it is unreadable or no whole number."""
    if not any(ch.isdigit() for ch in side):
        return None
    try:
        value = side_value(side.strip())
    except (ExprError, ValueError, ZeroDivisionError):
        return None
    return int(value) if value == int(value) else None  # a Fraction −45/1 is the whole number −45


def _congruence_holds(claim: str) -> bool:
    """Whether an equation that ends in "mod n" (or "(mod n)") holds with its last side read as congruent."""
    tail = _MOD_TAIL.search(claim) if "mod" in claim else None
    if tail is None or int(tail.group(1) or tail.group(2)) < 2 or any(rel in claim for rel in "≠<>≤≥"):
        return False
    sides = claim[:tail.start()].split("=")
    if sides[0].count("(") > sides[0].count(")"):
        sides[0] = sides[0][sides[0].rindex("(") + 1:]  # "8 (5 × 8 = 40 = 1 mod 13)": the bracket opens the equation
    values = [_value(side) for side in sides]
    if len(values) < 2 or None in values:
        return False
    return all(x == y for x, y in zip(values[:-2], values[1:-1])) and \
        (values[-2] - values[-1]) % int(tail.group(1) or tail.group(2)) == 0


def _congruences_hold(fragment: str, moduli: tuple[int, ...] = ()) -> bool:
    """Each chain "22 − 3 ≡ 19 (mod 26)", "−45 ≡ 7 mod 26" of numbers (a letter next to it, "7m ≡ −3", is not
    judged) has all its sides congruent modulo the number after it, and one with none after it ("−14 ≡ 12 (M)")
    modulo one of `moduli` (none judged where there are none)."""
    parts = fragment.split("≡", _MAX_CONGRUENCES)
    k = 0
    while k < len(parts) - 1:
        left = _LEFT_SIDE.search(parts[k][-81:])
        if left and _POWER_BEFORE.search(parts[k][-81:], 0, left.start()) or parts[k].rstrip().endswith("⁻¹"):
            left = _INVERSE_SIDE.search(parts[k][-81:])  # "7^-1 ≡ 15", "7⁻¹ ≡ 15": 7's inverse; "a^-1": not judged
        j = k + 1
        while j < len(parts) - 1 and _CONGRUENCE_SIDE.fullmatch(parts[j]):
            j += 1
        last = re.match(r"[\d \t+\-−×*·()]{1,80}?(?=\s*\(?\s*mod\b)", parts[j][:120])
        modulus = _CONGRUENT.match(parts[j], last.end()) if last else None
        if left and modulus and int(modulus.group(1) or modulus.group(2)) >= 2:
            n = int(modulus.group(1) or modulus.group(2))
            values = [_value(side) for side in [left.group()] + parts[k + 1:j] + [last.group()]]
            if left.re is _INVERSE_SIDE:
                values[0] = _inverse(int(left.group(1)), n)
            if None not in values and any((x - y) % n for x, y in zip(values, values[1:])):
                return False
        elif left and moduli and last is None and (bare := _BARE_LAST_SIDE.match(parts[j])):
            values = [_value(side) for side in [left.group()] + parts[k + 1:j] + [bare.group(1)]]
            if left.re is _INVERSE_SIDE:
                values = [None]  # an inverse with no modulus said after it: which one is meant is not known
            if None not in values and not any(all((x - y) % n == 0 for x, y in zip(values, values[1:]))
                                              for n in moduli):
                return False  # "−14 ≡ 13 (M)": mod 26 in a cipher trace
        k = j
    return True


def equations_hold(step: str, moduli: tuple[int, ...] = (26,)) -> bool:
    """No equation in the step is false (fragments repeat across traces, so each is checked once); `moduli`: those
    a congruence with none said after it may be in."""
    return not any(_fragment_is_false(piece, moduli) for piece in _FRAGMENTS.split(step) if _RELATION.search(piece))


@lru_cache(maxsize=1 << 17)
def _piece_holds(piece: str, base: int = 1, key_names: str = "", moduli: tuple[int, ...] = (26,)) -> bool:
    """Equations and letter-position claims of a piece of text, positions counted from `base` (a = 1 or a = 0),
    `key_names` the letters the task names its key by (`key_names_of`), and `moduli` those a bare congruence may
    be in (`moduli_said`): they need no other context, so pieces are cached."""
    moved_hold, equations = _letters_moved_hold(piece.lower(), base)
    if not moved_hold or not equations_hold(_numbers_for_bracketed_letters(equations) if "(" in piece else equations,
                                            moduli):
        return False
    text = piece.lower()
    said = set(_LETTER_IS.findall(text))  # most claims are spelled exactly like one of the 26 true ones
    if " is " in text:
        said |= set(_LETTER_IS_NUMBER.findall(text))
    true_said = _TRUE_LETTER_IS[base]
    if not said <= true_said and not _wrong_positions_name_numbers(text, said - true_said, base, key_names):
        return False
    if (" of " in text or "'s " in text) and any(int(n) != numbered(ch or ch2, base)
                                                   for ch, ch2, n in _POSITION_OF.findall(text)):
        return False  # "the position of k is 12"
    in_words = " is " in text  # "j is letter 10", "letter 10 is j"
    if in_words and any(int(n) != numbered(ch, base) for ch, n in _LETTER_IS_WORDS.findall(text)):
        return False
    if ("+" in text or "-" in text or "−" in text) and not all(
            (POSITION[ch] + (int(n) if sign == "+" else -int(n)) - 1) % 26 + 1 == POSITION[image]
            for ch, sign, n, image in _LETTER_SHIFT.findall(text)):
        return False
    if ("+" in piece or "−" in piece or "-" in piece) and not _key_letter_sums_hold(piece):
        return False  # "c + N = p"
    if " after " in text and not all((POSITION[later] - POSITION[first] - int(n)) % 26 == 0
                                     for later, n, first in _COMES_AFTER.findall(text)):
        return False
    if " before " in text and not all(POSITION[first] < POSITION[later] for first, later in _COMES_BEFORE.findall(text)):
        return False
    if (" after " in text or " before " in text or " ahead " in text or " behind " in text) and not all(
            (POSITION[one] - POSITION[other] - (int(n) if way in ("after", "ahead of") else -int(n))) % 26 == 0
            for one, n, way, other in _IS_N_FROM.findall(text)):
        return False  # "k is 4 letters after h"
    if "mod" in text and any(letter(int(n) % int(m) + 1 - base) != ch for n, m, ch in _MOD_IS_LETTER.findall(text)
                             if int(m) == 26):
        return False  # "27 mod 26 = a": the remainder is the position ("0 = z" where a = 1, as round the alphabet)
    if "=" in text and any(letter(side_value(total) + 1 - base) != ch for total, ch in _SUM_IS_LETTER.findall(text)):
        return False  # "23 - 3 = s"
    said = set(_IS_LETTER.findall(text)) | (set(_IS_LETTER_WORDS.findall(text)) if in_words else set())
    return said <= _TRUE_IS_LETTER[base] or all(base <= int(n) <= 25 + base and letter(int(n) + 1 - base) == ch
                                                for n, ch in said - _TRUE_IS_LETTER[base])


# the letters a task names its key by: multiply-and-shift's a and b ("x ↦ a·x + b"), in its own task, where a
# trace's "so a = 7" is the multiplier found and never the position of a (which a Caesar trace might get wrong)
_KEY_NAMES = {"cipher.affine": "ab"}


def key_names_of(task: str) -> str:
    """The letters `task` names its key by ("" for none): a value said of one is the key's, not a position."""
    return _KEY_NAMES.get(task, "")


# "a = 3, b = 12": a multiplier (one with an inverse, not 1) and a shift, said together as an affine trial's
_AFFINE_PAIR = re.compile(r"(?<![a-z0-9\"'])a ?= ?(\d{1,2}),? ?(?:and )?b ?= ?(\d{1,2})(?!\d)")
_COUNTING_ON = re.compile(r"\bso on\b|\bup to z\b|\bz ?= ?2[56]\b")  # the alphabet numbered: "…, and so on up to z = 26"


# a letter moved by a key letter, written in capitals as models write a key: "c + N = p", "p − N = c" (the key letter
# counts from a = 0, its shift); all in one case it may be a formula ("p + k = c"), and is not read
_KEY_LETTER_SUM = re.compile(r"(?<![A-Za-z\d\"'])([a-z]) ?([+\-−]) ?([A-Z]) ?= ?([a-z])(?![A-Za-z\d])")


def _key_letter_sums_hold(piece: str) -> bool:
    """Each `_KEY_LETTER_SUM` of a piece lands where it says, counting round past z."""
    return all((POSITION[plain] + (1 if sign == "+" else -1) * (POSITION[key.lower()] - 1) - POSITION[image]) % 26 == 0
               for plain, sign, key, image in _KEY_LETTER_SUM.findall(piece))


def _names_the_key(text: str, ch: str, n: int) -> bool:
    """Whether "a = n" or "b = n" may name multiply-and-shift's key: a multiplier that can be undone (not 1, and not
    "a = 2", which is a wrong position), or a shift under 26 not said as the next letter of a numbering ("a = 1,
    b = 3")."""
    if ch == "a":
        return n in UNITS[1:]
    return n < 26 and not re.search(rf"(?<![a-z0-9\"'])a ?= ?[01],? ?(?:and )?b ?= ?{n}(?!\d)", text)


def _wrong_positions_name_numbers(text: str, wrong: set, base: int = 1, key_names: str = "") -> bool:
    """Whether every "letter = n" in `wrong` (none of them a true position) is a rule's number instead:
    a letter of `_VARIABLES` after a word that brings in numbers ("with a = 5 and b = 8"), the pair
    "a = 3, b = 12" itself, or a letter the task names its key by (`key_names`) set to a value its key
    may take ("so a = 7", "Maybe a = 3?", "so b = 8" of multiply-and-shift)."""
    # ("a = 3, b = 2, and so on up to z = 26" numbers the alphabet, wrongly: no trial's pair)
    pairs = _AFFINE_PAIR.findall(text) if "b" in text and not _COUNTING_ON.search(text) else ()
    for ch, n in wrong:
        if int(n) == numbered(ch, base):
            continue  # "y = 025": the right position, spelled oddly
        if ch in key_names and not re.search(rf"\b(?:plain|cipher|plaintext|ciphertext|letter) {ch} ?= ?{n}(?!\d)", text) \
                and _names_the_key(text, ch, int(n)):
            continue  # "so a = 7" names the key; "plain a = 9" is the letter a, at 1
        if ch in "ab" and any(int(a) in UNITS[1:] and n == (a if ch == "a" else b) for a, b in pairs):
            continue
        if ch not in _VARIABLES:
            return False
        for claim in re.finditer(rf"(?<![a-z0-9\"'])[\"']?{ch}[\"']? ?= ?{n}(?!\d)", text):
            if not _BRINGS_IN.search(text, 0, claim.start()):
                return False
    return True


# a letter pair with both positions in brackets after it: "w → t (23 → 20)", "w -> t (23 -> 20)" (on lowered text)
_ARROW_POSITIONS = re.compile(r"(?<![a-z\"'])([a-z]) ?(?:→|->) ?([a-z]) ?\((\d{1,2}) ?(?:→|->) ?(\d{1,2})\)")


def _bracket_positions_hold(text: str, base: int) -> bool:
    """Each position in brackets after its letter ("k(11) - h(8)", see `_LETTER_BRACKET`) is the letter's, read on a
    whole (lowered) step, so that what follows the bracket tells a function applied ("f(3): …") from a position; and
    each letter in brackets after a number in arithmetic ("− 20 (t)") is that number's, as a position or a key's shift;
    and a letter pair's positions in brackets after it ("w → t (23 → 20)") are theirs."""
    if "(" in text and any(int(n) != numbered(x, base) or int(m) != numbered(y, base)
                           for x, y, n, m in _ARROW_POSITIONS.findall(text)):
        return False  # "w → t (23 → 21)"
    return all(int(match.group(2)) == numbered(match.group(1), base) for match, _ in _bracket_positions(text)) and \
        all(int(number) in (numbered(ch, base), POSITION[ch] - 1) for _, _, number, ch in _bracketed_numbers(text))


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
