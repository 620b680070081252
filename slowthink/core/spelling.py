"""One reading of the characters people write numbers and operations with, for every answer reader.

Typeset, CJK and copied text spell the plain signs other ways: "３／４", "－7", "（７−８÷８）×４ ＝ ２４",
"3⁄4", "¾". The arithmetic answer reader and the expression grammar (`core.expr`, which reads Countdown
answers, problems and the equations of a trace) take these spellings from here, so a character means the
same in every task.

`SIGNS` maps each other spelling to the plain sign the readers know, one character for one (the vulgar
fractions aside: "¾" is " 3/4", a fraction after a space, so "1½" is the mixed number 1 1/2, never 11/2).
Its full-width and small forms are the ones Unicode's NFKC normalisation maps to a plain sign (tags
<wide>, <narrow>, <small>), worked out here once from `unicodedata`; nothing calls NFKC on input text,
which can grow under it ("﷽" becomes 18 characters) and would turn "2⁴" into "24" and "④" into "4".
The rest of the table is explicit: the minus, times and division look-alikes below. Brackets keep their
kind ("（" is read as "(" by the grammar, but "（4)" is two kinds of bracket and refused), so they are not
mapped here; `BRACKETS` lists the kinds and what each reads as.

Decisions, for the characters that could mean minus:
- read as minus: "-" and "−" (U+2212), their full-width and small forms ("－", "﹣"), and the en dash "–",
  the typographer's minus when a font has no "−" and what word processors make of " - ";
- refused: the em dash "—" (a break in a sentence, "the answer — 7", and what "--" becomes, so "7 — 3"
  may mean 7 − −3), the hyphens "‐" "‑" and the figure dash "‒" (they join words and digit groups, as in
  "555‒1234"), the horizontal bar, and raised or lowered minus signs ("⁻", "₋", "˗", an exponent's or an
  index's sign).
Digits: any decimal digit (Unicode category Nd) is read by its value, as `int` reads it: "１５６４", "١٥٦٤",
"𝟏𝟓𝟔𝟒". An answer whose digits come from two scripts is refused, since a digit of one script can look like
another digit of the other (Bengali "৪" is 4); full-width and mathematical digits count as ASCII ones, as
NFKC makes them. Raised, lowered and circled digits ("⁴", "₄", "④") are not digits of a number here.
Direction controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) are refused: they make text
show in another order than it is read.
"""

from __future__ import annotations

import re
import unicodedata

MINUS = "\u2212"  # "−": what the other minus spellings become (the readers know it and "-")

# explicit look-alikes: minus, times and division signs, the fraction slash
_LOOKALIKES = {
    "\u2013": MINUS,  # en dash
    "\u2217": "*",  # ∗ asterisk operator
    "\u22c5": "\u00b7",  # ⋅ dot operator, read as the middle dot ·
    "\u2215": "/",  # ∕ division slash
    "\u2044": "/",  # ⁄ fraction slash: "3⁄4"
}
_PLAIN_SIGNS = "+-*/^=.xX"  # what a full-width or small form may stand for (not "," nor ":": CJK punctuation)


def _nfkc_forms() -> dict[str, str]:
    """The full-width, half-width and small forms that NFKC maps to one plain sign: "＋" "﹢" -> "+"."""
    forms = {}
    for code in list(range(0xFE50, 0xFE70)) + list(range(0xFF00, 0xFFF0)):
        ch = chr(code)
        tag = unicodedata.decomposition(ch).split(" ")[0]
        plain = unicodedata.normalize("NFKC", ch)
        if tag in ("<wide>", "<narrow>", "<small>") and len(plain) == 1 and plain in _PLAIN_SIGNS:
            forms[ch] = MINUS if plain == "-" else plain  # "－", "﹣": the minus, as before
    return forms


_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
SIGNS: dict[str, str] = {**_nfkc_forms(), **_LOOKALIKES,
                         **{ch: " " + unicodedata.normalize("NFKC", ch).replace("\u2044", "/") for ch in _VULGAR}}
_TABLE = str.maketrans(SIGNS)
GROWTH = max(len(v) for v in SIGNS.values())  # the most one character becomes: `plain_signs` is bounded by it

# brackets by kind, and the plain bracket each reads as
BRACKETS = {"(": "(", ")": ")", "[": "(", "]": ")", "\uff08": "(", "\uff09": ")", "\uff3b": "(", "\uff3d": ")",
            "\ufe59": "(", "\ufe5a": ")"}  # ( ) [ ] （ ） ［ ］ ﹙ ﹚
CLOSES = {")": "(", "]": "[", "\uff09": "\uff08", "\uff3d": "\uff3b", "\ufe5a": "\ufe59"}  # each closer's opener

# spaces of every width, and the invisible characters text picks up when copied (zero-width space, word joiner,
# BOM), which the expression grammar skips
SPACES = "\t\n\x0b\x0c\r" + "".join(ch for ch in map(chr, range(0x3001)) if unicodedata.category(ch) == "Zs") + \
    "\u2028\u2029\u200b\u2060\ufeff"

_DIRECTION = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_NOT_MINUS = {
    "\u2014": "an em dash breaks a sentence and is what '--' becomes, so it is not read as minus",
    "\ufe58": "an em dash breaks a sentence and is what '--' becomes, so it is not read as minus",
    "\u2015": "a horizontal bar introduces a quotation; it is not read as minus",
    "\u2010": "a hyphen joins words, not numbers; it is not read as minus",
    "\u2011": "a hyphen joins words, not numbers; it is not read as minus",
    "\u2012": "a figure dash joins digit groups (555‒1234); it is not read as minus",
    "\u207b": "a raised minus is an exponent's sign; it is not read as minus",
    "\u208b": "a lowered minus is an index's sign; it is not read as minus",
    "\u02d7": "a modifier minus is a phonetic mark; it is not read as minus",
}
# digits that are not digits of a number: raised, lowered, circled, parenthesised ("⁴", "₄", "④", "⑷")
_MARKED_DIGITS = "".join(ch for ch in map(chr, [*range(0x3000), *range(0x1F100, 0x1F110)])  # where they all are
                         if unicodedata.category(ch) == "No" and unicodedata.digit(ch, None) is not None)
_REFUSED = re.compile("[" + re.escape(_DIRECTION + "".join(_NOT_MINUS) + _MARKED_DIGITS) + "]")
_DIGIT = re.compile(r"\d")


def plain_signs(text: str) -> str:
    """The text with each other spelling of a sign made plain (`SIGNS`); digits, brackets and spaces are
    left for the readers. At most `GROWTH` characters come of one, so bound the text's length first."""
    return text if text.isascii() else text.translate(_TABLE)


def refusal(text: str) -> str | None:
    """Why an answer's characters cannot be read as meant, in one line, or None: a direction control, a dash
    or raised sign that is not a minus, a raised or circled digit, digits from two scripts. Linear time."""
    if text.isascii():
        return None
    if m := _REFUSED.search(text):
        ch = m.group()
        name = unicodedata.name(ch, f"U+{ord(ch):04X}")
        if ch in _DIRECTION:
            return f"the answer holds {name} (U+{ord(ch):04X}), a direction control that can make text show in " \
                   f"another order than it is read; remove it"
        if ch in _NOT_MINUS:
            return f"the answer holds {ch!r} ({name}): {_NOT_MINUS[ch]}; write - or \u2212"
        return f"the answer holds {ch!r} ({name}), which is not a digit of a number here; write {unicodedata.digit(ch)}"
    scripts = {}
    for m in _DIGIT.finditer(text):
        ch = m.group()
        plain = unicodedata.normalize("NFKC", ch)  # one digit: full-width and mathematical digits become ASCII
        scripts.setdefault(ord(plain) - unicodedata.digit(plain), ch)
        if len(scripts) > 1:
            first, second = scripts.values()
            return (f"the answer mixes digits of two scripts ({first!r} and {second!r}), and a digit of one script "
                    f"can look like another of the other; write every digit in one script")
    return None


def plain_digits(text: str) -> str:
    """Decimal digits of any script as ASCII ones ("２４" is "24"); other characters as they are."""
    return text if text.isascii() else "".join(str(unicodedata.digit(ch)) if ch.isdecimal() else ch for ch in text)
