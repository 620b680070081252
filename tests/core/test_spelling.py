"""core.spelling: the one table of sign spellings both answer readers share, its refusals, and its bounds."""

import unicodedata

import pytest

import slowthink
from slowthink.core import expr, spelling

CD = {"numbers": [4, 7, 8, 8], "target": 24}
AR = {"expression": "3-10"}


def test_every_entry_is_a_full_width_or_small_form_or_a_listed_look_alike():
    """The table is NFKC's <wide>/<narrow>/<small> forms of the plain signs plus an explicit list, never a
    character NFKC would turn into something else (a raised digit, a ligature)."""
    explicit = {"\u2013", "\u2217", "\u22c5", "\u2215", "\u2044"} | set("½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒")
    for ch, plain in spelling.SIGNS.items():
        if ch in explicit:
            continue
        assert unicodedata.decomposition(ch).split()[0] in ("<wide>", "<narrow>", "<small>"), ch
        assert unicodedata.normalize("NFKC", ch) in ("-" if plain == "\u2212" else plain), ch
    assert spelling.GROWTH == 5  # "⅒" is " 1/10": the most any character grows


def test_the_grammar_reads_every_sign_spelling_as_its_plain_sign():
    """One table: each look-alike is the token its plain sign is, in the expression grammar too."""
    for ch, plain in spelling.SIGNS.items():
        if plain in "+-\u2212*/^\u00b7":
            assert expr.tokenize(f"3{ch}4", expr.Rules(allow_power=True)) == expr.tokenize(f"3{plain}4", expr.Rules(
                allow_power=True)), ch


@pytest.mark.parametrize("text, plain", [("３／４", "３/４"), ("－7", "\u22127"), ("–7", "\u22127"), ("﹣7", "\u22127"),
                                         ("1½", "1 1/2"), ("¾", " 3/4"), ("3⁄4", "3/4"), ("２４ ＝ ２４", "２４ = ２４"),
                                         ("（7）", "（7）"), ("1564", "1564")])
def test_plain_signs_leaves_digits_and_brackets_for_the_readers(text, plain):
    assert spelling.plain_signs(text) == plain


@pytest.mark.parametrize("text, said", [
    ("7\u202e4", "direction control"), ("\u2066(7-1)*4\u2069", "direction control"), ("7\u200f", "direction control"),
    ("7 — 3", "em dash"), ("7 ‐ 3", "hyphen"), ("7 ‑ 3", "hyphen"), ("7 ‒ 3", "figure dash"), ("⁻7", "raised minus"),
    ("2⁴", "not a digit"), ("④", "not a digit"), ("₄", "not a digit"), ("1٥64", "two scripts"), ("3/٤", "two scripts"),
    ("৪ + 8", "two scripts"),
])
def test_refusal_says_why_in_one_line(text, said):
    reason = spelling.refusal(text)
    assert said in reason and "\n" not in reason


@pytest.mark.parametrize("text", ["1564", "１５６４", "１5６4", "𝟏5𝟔4", "١٥٦٤", "−7", "（７−８÷８）×４ ＝ ２４", "3 ½", ""])
def test_one_script_and_its_full_width_and_mathematical_forms_are_not_refused(text):
    """Full-width and mathematical digits are ASCII digits under NFKC, so they mix with ASCII ones."""
    assert spelling.refusal(text) is None


def test_plain_digits():
    assert spelling.plain_digits("２４") == "24" and spelling.plain_digits("٢٤ x") == "24 x"


# ---------------------------------------------------------------- hostile input, both readers

HOSTILE = [
    "﷽" * 10_000,  # NFKC makes each one 18 characters
    "﷽",
    "(7-8/8)*4" + "\u202e" * 3,
    "\u202d(7-8/8)*4",
    "4*(7-8/8)\u2067",
    "１" * 1_000_000,
    "(" * 100_000 + "4" + ")" * 100_000,
    "－" * 500_000 + "7",
    "¾" * 1_000_000,
    "⅒" * 400,  # grows to 2000 characters: past Countdown's limit once read
    "٤" * 300 + "4",
]


@pytest.mark.parametrize("answer", HOSTILE, ids=lambda a: f"{a[:3]!r}x{len(a)}")
def test_hostile_answers_are_refused_with_a_one_line_reason(answer):
    for task, problem in (("countdown.game24", CD), ("arithmetic.expr", AR)):
        verdict = slowthink.verify(task, problem, answer)
        assert not verdict, (task, answer[:20])
        assert verdict.reason and "\n" not in verdict.reason and len(verdict.reason) < 400, verdict.reason


def test_a_direction_override_is_refused_even_round_a_right_answer():
    for answer in ("\u202e(7-8/8)*4", "(7-8/8)*4\u202c", "\u2068(7-8/8)*4\u2069"):
        verdict = slowthink.verify("countdown.game24", CD, answer)
        assert not verdict and "direction control" in verdict.reason
    for answer in ("\u202e−7", "−7\u202c", "\u2066−7\u2069"):
        verdict = slowthink.verify("arithmetic.expr", AR, answer)
        assert not verdict and "direction control" in verdict.reason
