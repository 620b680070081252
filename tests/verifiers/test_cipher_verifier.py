"""Cipher verifier: exact fits, normalised comparison, reasons, hostile input, step labels."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import slowthink
from slowthink.verifiers import cipher as ver
from cipher_reference import encrypt_letters

CAESAR = {"example": {"ciphertext": "wkh fdw vdw", "plaintext": "the cat sat"}, "ciphertext": "rq wkh pdw"}
O1 = {"example": {"ciphertext": "oyfjdnisdr rtqwainr acxz mynzbhhx", "plaintext": "Think step by step"},
      "ciphertext": "oyekaijzdf aaptcg suaokybhai ouow aqht mynznvaatzacdfoulxxz"}
CIPHERS = ["cipher.caesar", "cipher.atbash", "cipher.affine", "cipher.vigenere", "cipher.substitution",
           "cipher.reverse", "cipher.pair_average", "cipher.unknown", "cipher.caesar_blind"]
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
phrases = st.lists(words, min_size=1, max_size=6).map(" ".join)


@pytest.mark.parametrize("answer", ["on the mat", "On the MAT", "  on   the mat. ", "on, the mat!", "'on the mat'",
                                    "on the\tmat"])
def test_case_spacing_and_punctuation_do_not_matter(answer):
    assert slowthink.verify("cipher.caesar", CAESAR, answer)
    assert slowthink.verify("cipher.unknown", CAESAR, answer)
    assert slowthink.verify("cipher.caesar_blind", {"ciphertext": CAESAR["ciphertext"]}, answer)


@pytest.mark.parametrize("answer, reason", [("on the cat", "word 3"), ("on the", "2 words"), ("in the mat", "word 1"),
                                            ("on the mat now", "4 words"), ("on the m4t", "'4'"), ("", "0 words")])
def test_wrong_answers_get_a_reason_that_points_at_the_mistake(answer, reason):
    verdict = slowthink.verify("cipher.caesar", CAESAR, answer)
    assert not verdict and reason in verdict.reason


def test_the_o1_example_decodes_and_its_rule_is_named():
    verdict = slowthink.verify("cipher.unknown", O1, "There are three Rs in strawberry")
    assert verdict and "pair_average" in verdict.reason
    assert not slowthink.verify("cipher.pair_average", O1, "there are three rs in strawberries")


HOSTILE_ANSWERS = [None, 42, 3.5, True, ["on the mat"], {"a": 1}, b"on the mat", "x" * 10**6, "\x00" * 5000,
                   "on the mat\u202e", "🙂", "ö", "(" * 3000]
HOSTILE_PROBLEMS = [None, 5, "", "not json", "[" * 3000 + "]" * 3000, "x" * 10**6, [], {}, {"example": None},
                    {"example": {"ciphertext": "ab"}, "ciphertext": "cd"},
                    {"example": {"ciphertext": 1, "plaintext": "a"}, "ciphertext": "a"},
                    {"example": {"ciphertext": "a" * 10**6, "plaintext": "a"}, "ciphertext": "a"},
                    {"example": {"ciphertext": "abc", "plaintext": "xyz"}, "ciphertext": "a1"},
                    {"example": {"ciphertext": "...", "plaintext": "the"}, "ciphertext": "abc"},
                    {"example": {"ciphertext": "abc", "plaintext": "the"}, "ciphertext": "zzz zzzz"}]


@pytest.mark.parametrize("answer", HOSTILE_ANSWERS)
def test_hostile_answers_are_falsy_verdicts_with_reasons(answer):
    """How long they take is measured in bench/bench_hostile.py, beside benign input of the same length."""
    for task in CIPHERS:
        verdict = slowthink.verify(task, CAESAR, answer)
        assert not verdict and verdict.reason


@pytest.mark.parametrize("problem", HOSTILE_PROBLEMS)
def test_hostile_problems_are_falsy_verdicts_naming_the_problem(problem):
    for task in CIPHERS:
        verdict = slowthink.verify(task, problem, "the cat")
        # (a blind task reads only the ciphertext, which some of these give correctly)
        assert not verdict and ("problem" in verdict.reason or task == ver.BLIND), verdict
        assert not ver.verify(task, problem, "the cat")  # the task's own verify also never raises


def test_problem_errors_name_the_field():
    cases = {"example.ciphertext": {"example": {"ciphertext": 3, "plaintext": "a"}, "ciphertext": "b"},
             "example.plaintext": {"example": {"ciphertext": "a", "plaintext": "a7"}, "ciphertext": "b"},
             "problem.ciphertext": {"example": {"ciphertext": "a", "plaintext": "b"}, "ciphertext": ""},
             "problem.example": {"example": {"ciphertext": "abc", "plaintext": "abd"}, "ciphertext": "b"}}
    for field, problem in cases.items():
        verdict = slowthink.verify("cipher.caesar", problem, "x")
        assert field in verdict.reason, (field, verdict.reason)


def test_ambiguous_problems_are_reported_not_guessed():
    # "ab" -> "ba" is a reversal and also a letter table; the two decode "aab" differently
    problem = {"example": {"ciphertext": "ab", "plaintext": "ba"}, "ciphertext": "aab"}
    verdict = slowthink.verify("cipher.unknown", problem, "baa")
    assert not verdict and verdict.reason.startswith("problem.example: ambiguous") and "longer example" in verdict.reason
    assert slowthink.verify("cipher.reverse", problem, "baa")
    assert slowthink.verify("cipher.substitution", problem, "bba")


def test_the_key_restarts_and_the_shortest_repeat_is_the_key():
    problem = {"example": {"ciphertext": "ujj dcy", "plaintext": "the cat"}, "ciphertext": "ncs"}  # key 1, 2, 5
    assert slowthink.verify("cipher.vigenere", problem, "man")
    short = {"example": {"ciphertext": "uje", "plaintext": "the"}, "ciphertext": "nbo"}  # key never repeats
    assert "repeat" in slowthink.verify("cipher.vigenere", short, "man").reason


def test_blind_caesar_takes_the_one_shift_that_reads_as_english():
    assert slowthink.verify("cipher.caesar_blind", '{"ciphertext": "Wkh fdw vdw."}', "the cat sat")
    tie = slowthink.verify("cipher.caesar_blind", {"ciphertext": "x"}, "a")  # "a" (back 23) or "i" (back 15)
    assert not tie and tie.reason.startswith("problem.ciphertext: ambiguous") and "longer message" in tie.reason
    assert "problem.example" not in tie.reason  # a blind problem has no example to blame
    none = slowthink.verify("cipher.caesar_blind", {"ciphertext": "qqqqq xxxxxxx"}, "a")
    assert not none and "problem.ciphertext" in none.reason
    problem = {"ciphertext": "wkh fdw"}
    assert ver.label_steps("cipher.caesar_blind", problem, ['"wkh" back 1 is "vjg", back 3 is "the".']) == [True]
    assert ver.label_steps("cipher.caesar_blind", problem, ['"wkh" back 1 is "vjg", back 2 is "the".']) == [False]


def _shifted(text, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.isalpha() else c for c in text)


@pytest.mark.parametrize("plain", ["photosynthesis requires chlorophyll and sunlight",
                                   "the project gutenberg ebook of the adventures of sherlock holmes",
                                   "electromagnetic radiation propagates through vacuum"])
@pytest.mark.parametrize("k", [3, 13, 22])
def test_a_blind_message_beyond_the_generators_words_reads_by_the_words_a_reader_knows(plain, k):
    """Other sets' messages use words our generator never does; the shift that puts the most letters into known
    words is the reading, and no other shift's text is accepted."""
    problem = {"ciphertext": _shifted(plain, k)}
    assert slowthink.verify("cipher.caesar_blind", problem, plain)
    for wrong in range(1, 26):
        assert not slowthink.verify("cipher.caesar_blind", problem, _shifted(plain, wrong))


def test_a_long_known_word_outweighs_short_words_a_wrong_shift_makes_by_chance():
    # back 9 makes "requires" (8 letters in a known word); no shift makes more letters into known words
    problem = {"ciphertext": _shifted("zyxwvutsr qqqq requires mmm", 9)}
    assert slowthink.verify("cipher.caesar_blind", problem, "zyxwvutsr qqqq requires mmm")
    refused = slowthink.verify("cipher.caesar_blind", {"ciphertext": _shifted("xylophones jangle noisily", 4)},
                               "xylophones jangle noisily")  # no word a reader knows at any shift: nothing to go on
    assert not refused and refused.reason.startswith("problem.ciphertext: no shift")


def test_an_unknown_rule_problem_says_why_it_cannot_be_decoded():
    """A substitution example that fits, but a message with letters the example never shows: the reason names the
    message and the rule, not 'fits none of the rules' (which sends the user to fix a sound example)."""
    example = {"ciphertext": "qeb zxq pxq", "plaintext": "the cat sat"}  # a shift of 23: fits every shift-like rule
    table = str.maketrans("tenzbra", "pqxmfsk")
    sub = {"ciphertext": "ten zebra ten".translate(table), "plaintext": "ten zebra ten"}  # fits substitution alone
    assert slowthink.verify("cipher.unknown", {"example": example, "ciphertext": "zxq"}, "cat")
    assert slowthink.verify("cipher.unknown", {"example": sub, "ciphertext": "bear".translate(table)}, "bear")
    verdict = slowthink.verify("cipher.unknown", {"example": sub, "ciphertext": "pqx oyy"}, "ten")
    assert not verdict
    assert verdict.reason.startswith("problem.ciphertext: the example never shows what 'o' stands for")
    assert "substitution" in verdict.reason
    nothing = slowthink.verify("cipher.unknown", {"example": {"ciphertext": "ab", "plaintext": "abc"},
                                                  "ciphertext": "ab"}, "ab")
    assert not nothing and nothing.reason.startswith("problem.example: fits none of the rules")


def test_problem_key_ignores_spelling():
    same = {"example": {"ciphertext": "WKH  fdw, vdw", "plaintext": "The cat sat!"}, "ciphertext": "rq wkh pdw."}
    assert ver.problem_key("cipher.caesar", same) == ver.problem_key("cipher.caesar", CAESAR)
    assert ver.problem_key("cipher.unknown", CAESAR) != ver.problem_key("cipher.caesar", CAESAR)


# ---------------------------------------------------------------- the fits against random encryptions

@settings(max_examples=150, deadline=None)
@given(plain=phrases, message=phrases, k=st.integers(0, 25), a=st.sampled_from(ver.UNITS), b=st.integers(0, 25))
def test_caesar_atbash_and_affine_fits_recover_the_message(plain, message, k, a, b):
    for task, f in [("cipher.caesar", lambda n, _: n + k), ("cipher.atbash", lambda n, _: 27 - n),
                    ("cipher.affine", lambda n, _: a * n + b)]:
        problem = {"example": {"ciphertext": encrypt_letters(plain, f), "plaintext": plain},
                   "ciphertext": encrypt_letters(message, f)}
        verdict = slowthink.verify(task, problem, message)
        # a short example may not pin down a multiplier; then the verifier must say so rather than guess
        assert verdict or (task == "cipher.affine" and "ambiguous" in verdict.reason), (task, problem, verdict)


@settings(max_examples=100, deadline=None)
@given(plain=phrases, message=phrases, key=st.lists(st.integers(0, 25), min_size=1, max_size=4))
def test_vigenere_fit_recovers_the_message_when_the_example_shows_the_key_twice(plain, message, key):
    f = lambda n, i: n + key[i % len(key)]  # noqa: E731
    problem = {"example": {"ciphertext": encrypt_letters(plain, f), "plaintext": plain},
               "ciphertext": encrypt_letters(message, f)}
    verdict = slowthink.verify("cipher.vigenere", problem, message)
    if len(plain.replace(" ", "")) >= 2 * len(key) and ver.shortest_period(key) == len(key):
        assert verdict, (problem, verdict)


@settings(max_examples=100, deadline=None)
@given(plain=phrases, message=phrases, seed=st.integers(0, 10**6))
def test_pair_average_fit_reads_any_exact_pairs(plain, message, seed):
    import random
    rng = random.Random(seed)

    def pairs(text):
        out = ""
        for c in text:
            if c == " ":
                out += c
                continue
            n = ord(c) - 96
            first = rng.randint(max(1, 2 * n - 26), min(26, 2 * n - 1))
            out += chr(96 + first) + chr(96 + 2 * n - first)
        return out
    problem = {"example": {"ciphertext": pairs(plain), "plaintext": plain}, "ciphertext": pairs(message)}
    assert slowthink.verify("cipher.pair_average", problem, message)
    assert slowthink.verify("cipher.unknown", problem, message)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), task=st.sampled_from(CIPHERS), data=st.data())
def test_generated_answers_verify_and_mutated_answers_are_rejected(seed, task, data):
    record = next(slowthink.generate(task, 1, seed=seed))
    answer = record["answer"]
    assert slowthink.verify(task, record["problem"], answer)  # every generated problem's answer verifies
    words = answer.split()
    k = data.draw(st.integers(0, len(answer) - 1))
    if answer[k] != " ":
        changed = answer[:k] + ("a" if answer[k] != "a" else "b") + answer[k + 1:]
        assert not slowthink.verify(task, record["problem"], changed)
    if len(words) > 1:
        j = data.draw(st.integers(0, len(words) - 1))
        assert not slowthink.verify(task, record["problem"], " ".join(words[:j] + words[j + 1:]))
        assert not slowthink.verify(task, record["problem"], answer.replace(" ", "", 1)) or \
            answer.replace(" ", "", 1).split() == words


# ---------------------------------------------------------------- step labels

def test_labels_are_true_until_the_first_false_step():
    record = slowthink.solve("cipher.unknown", O1)
    steps = [s["text"] for s in record["steps"]]
    assert ver.label_steps("cipher.unknown", record["problem"], steps) == [True] * len(steps)
    # (the decoding's first pair, "oy", was worked out testing the average, and is read off; "ek" is worked out)
    k = next(i for i, s in enumerate(steps) if "(5 + 11) ÷ 2 = 8" in s and "k = 11" in s)
    for wrong in [steps[k].replace("(5 + 11) ÷ 2 = 8", "(5 + 11) ÷ 2 = 9"),  # false equation
                  steps[k].replace("k = 11", "k = 12"),  # wrong letter position
                  steps[k].replace("8 = h", "8 = i")]:  # wrong letter for a number
        labels = ver.label_steps("cipher.unknown", record["problem"], steps[:k] + [wrong] + steps[k + 1:])
        assert labels == [True] * k + [False] * (len(steps) - k), wrong
    last = steps[:-1] + ["Answer: there are three rs in a strawberry"]
    assert ver.label_steps("cipher.unknown", record["problem"], last)[-1] is False


def test_labels_catch_wrong_decodings_in_free_text():
    problem = ver.read_problem("cipher.caesar", CAESAR)
    good = ['"rq": r = 18, 18 − 3 = 15 = o; q = 17, 17 − 3 = 14 = n, so "rq" → "on".',
            'So "rq wkh pdw" → "on the mat".',
            "Table: w → t, k → h.", "Answer: on the mat"]
    assert ver.label_steps("cipher.caesar", problem, good) == [True] * 4
    assert ver.label_steps("cipher.caesar", problem, ['So "rq" → "in".']) == [False]
    assert ver.label_steps("cipher.caesar", problem, ["Table: w → t, k → j."]) == [False]
    assert ver.label_steps("cipher.caesar", problem, ['"wkh" → "the", and "pdw" → "max".']) == [False]
    assert ver.label_steps("cipher.caesar", problem, [_FROM_ONE, "I think 14, which is o, comes next."]) == [True, False]
    unsure = ["I am not sure yet.", "x = 24 and 24 − 3 = 21."]
    assert ver.label_steps("cipher.caesar", problem, unsure) == [True, True]


@pytest.mark.parametrize("step, holds", [
    ("Alphabet positions: a = 1, and so on up to z = 26.", True),
    ("Alphabet positions: a = 1, and so on up to z = 27.", False),  # a claim at a sentence's end is still read
    ("**Answer:** on the mat", True), ("**Answer:** in the mat", False),
    ("\\boxed{in the mat}", False), ("<answer>on the mat</answer>", True),
])
def test_labels_read_letter_positions_and_answers_however_a_step_ends_or_states_them(step, holds):
    problem = ver.read_problem("cipher.caesar", CAESAR)
    assert ver.label_steps("cipher.caesar", problem, [step]) == [holds], step


def test_completions_that_wrap_the_plaintext_in_prose():
    import slowthink

    problem = {"example": {"ciphertext": "ifmmp", "plaintext": "hello"}, "ciphertext": "xpsme"}
    for text in ['The decoded message is "world".', "So the message reads: world", "Answer: “world”", "world"]:
        assert slowthink.verify_completion("cipher.caesar", problem, text), text
    assert not slowthink.verify_completion("cipher.caesar", problem, 'The decoded message is "word".')


@pytest.mark.parametrize("text, right", [
    ('The answer is "bad", not "world".', False), ('It is not "world".', False),  # a quote the line denies
    ('The answer is "world", not "bad".', True), ('Decoding "xpsme" gives: world', True),
    ('The ciphertext "xpsme" decodes to "world".', True), ('Answer: bad (so "xpsme" is not "world")', False),
    ('Answer: "world" (confidence: high)', True), ('The decoded message is "world". Rule used: shift by 1', True),
])
def test_a_completion_is_judged_on_the_text_it_gives_not_one_it_denies(text, right):
    import slowthink

    problem = {"example": {"ciphertext": "ifmmp", "plaintext": "hello"}, "ciphertext": "xpsme"}
    assert bool(slowthink.verify_completion("cipher.caesar", problem, text)) is right


@pytest.mark.parametrize("answer", ["ｏｎ ｔｈｅ ｍａｔ", "ＯＮ ＴＨＥ ＭＡＴ！", "on the\u200b mat", "\ufeffon the mat", "on the m\u00adat"])
def test_full_width_letters_and_invisible_characters_of_copied_text_are_read(answer):
    """Full-width letters are how CJK text writes a-z, and zero-width spaces, byte-order marks and soft hyphens ride
    along in copied text: each was 'contains ...', a right answer refused. A direction override is still refused."""
    for task, problem in (("cipher.caesar", CAESAR), ("cipher.unknown", CAESAR),
                          ("cipher.caesar_blind", {"ciphertext": CAESAR["ciphertext"]})):
        assert slowthink.verify(task, problem, answer), (task, answer)
        assert slowthink.verify_completion(task, problem, f"Answer: {answer}"), (task, answer)
    assert slowthink.verify("cipher.caesar", {**CAESAR, "ciphertext": "ｒｑ ｗｋｈ\u200b ｐｄｗ"}, "on the mat")
    assert not slowthink.verify("cipher.caesar", CAESAR, "on the mat\u202e")


def test_only_ascii_letters_are_letters():
    """"\u212a" (the Kelvin sign) lowers to k in Python, but it is not the letter k."""
    problem = {"example": {"ciphertext": "abck", "plaintext": "bcdk"}, "ciphertext": "kab"}
    assert ver.verify("cipher.substitution", problem, "kbc") and not ver.verify("cipher.substitution", problem, "\u212abc")


# ---------------------------------------------------------------- labels on other people's wording

_FRESH = {"example": {"ciphertext": "jooj ajggjrzy gdgt wztjiy ocdn gjib cdgg",
                      "plaintext": "otto followed lily beyond this long hill"}, "ciphertext": "cz mjnz wt v amznc nojmt"}


@pytest.mark.parametrize("step, holds", [
    # letter positions said in words
    ("j is letter 10 and o is letter 15.", True), ("j is letter 11.", False), ("Letter 11 is j.", False),
    ("j is the 10th letter.", True), ("j is the 11th letter.", False), ("j is position 10", True),
    # decodings with other arrows, and in words (both sides quoted, or single letters)
    ("cz -> he", True), ("cz -> hf", False), ("cz => he", True), ('"mjnz" decodes to "rose"', True),
    ('"mjnz" decodes to "rise"', False), ("c becomes h", True), ("c decodes to i.", False),
    ("When encoding, o → j.", True), ("o → k", False),  # plaintext → ciphertext is read too, and must hold
    # a rule's numbers are not letter positions
    ("With a = 5 and b = 8 the rule is E(x) = 5x + 8.", True), ("For x = 15: 5 × 15 + 8 = 83.", True),
    ("so y = 24", True),  # counted from a = 0, with no numbering said: read as it counts (`label_steps`)
    ("a = 5", False),
    # a final answer said in prose
    ("The answer is he rose by a fresh story.", True), ("The answer is he rose by a fresh stork.", False),
    ('The decoded message reads "he rose by a fresh stork".', False), ("So it decodes to: **he rose by a fresh stork**", False),
    ("The answer is probably he rose by a fresh stork.", True), ("If the message is he rose by a fresh stork, then no.", True),
    ("The answer is not clear yet.", True), ('Only the message is given: "cz mjnz wt v amznc nojmt".', True),
    ("The text is a shift of five letters.", True),
])
def test_labels_read_the_ways_models_write_positions_decodings_and_answers(step, holds):
    assert ver.label_steps("cipher.caesar", _FRESH, [step]) == [holds], step


_FROM_ONE = "Number the letters a = 1, b = 2, and so on up to z = 26."  # so a 0-based position is a slip


def test_undoing_a_shift_the_short_way_must_make_a_full_turn():
    """"Going back 18 is the same as going forward 8" and "undone by + 8, − 10 in turn" were never read: a trace
    could say forward 9 and then add 8, every step labelled true (found by a hostile review)."""
    records = [r for r in slowthink.generate("cipher.vigenere", 60, seed=4) if "undone by" in r["trace"]]
    assert records
    for record in records[:5]:
        steps = [s["text"] for s in record["steps"]]
        k = next(i for i, s in enumerate(steps) if "undone by" in s)
        assert all(slowthink.label_steps("cipher.vigenere", record["problem"], steps))
        forward = re.search(r"forward 26 − (\d+) = (\d+)", steps[k])
        undone = re.search(r"undone by ([+−]) (\d+)", steps[k])
        wrongs = [steps[k].replace(undone.group(0), f"undone by {undone.group(1)} {int(undone.group(2)) + 1}")]
        if forward:
            wrongs.append(steps[k].replace(forward.group(0), f"forward {int(forward.group(2)) + 1}"))
        for wrong in wrongs:
            assert slowthink.label_steps("cipher.vigenere", record["problem"], steps[:k] + [wrong])[k] is False, wrong


def test_a_pair_sum_must_use_its_own_letters_positions():
    """Pair decodings now leave out positions already said, so "gq: (5 + 19) ÷ 2 = 12 = l" must be tied to g and q:
    every equation in it held, and the step was labelled true (found by a hostile review)."""
    problem = {"example": {"ciphertext": "jbiaawlfwy uyaarjcecgjzbhga", "plaintext": "felix wandered"},
               "ciphertext": "uycg trztaaay"}
    label = lambda step: slowthink.label_steps("cipher.unknown", problem, [step])[0]  # noqa: E731
    assert label('"trztaaay": tr: t = 20, r = 18, (20 + 18) ÷ 2 = 19 = s; zt: (26 + 20) ÷ 2 = 23 = w.')
    assert label('"jb" → "f": j = 10, b = 2, 10 − 2 = 8 = h, not f = 6.')
    assert not label("zt: (20 + 18) ÷ 2 = 19 = s")
    assert not label('"jb" → "f": (10 + 4) ÷ 2 = 7 = g.')
    for record in slowthink.generate("cipher.pair_average", 40, seed=5, mistakes=0.5):
        k = record["mistake_step"]
        assert [s["label"] for s in record["steps"]] == [k is None or i < k for i in range(len(record["steps"]))]


def test_a_pair_the_example_lacks_is_judged_by_the_average_rule():
    """An "at a glance" list may name a pair the example never shows; with the rule fixed as the average, "qq → z"
    is false (found by a hostile review)."""
    problem = {"example": {"ciphertext": "jbiaawlfwy uyaarjcecgjzbhga", "plaintext": "felix wandered"},
               "ciphertext": "uycg trztaaay"}
    assert slowthink.label_steps("cipher.unknown", problem, ["aa → a, qq → q, jb → f."]) == [True]
    assert slowthink.label_steps("cipher.unknown", problem, ["aa → a, qq → z."]) == [False]


def test_a_letter_said_to_lie_between_two_others_must():
    record = slowthink.solve("cipher.unknown", {"example": {"ciphertext": "oyfjdnisdr rtqwainr acxz mynzbhhx",
                                                            "plaintext": "think step by step"},
                                                "ciphertext": "oyekaijzdf"}, detours=0.0)
    problem = record["problem"]
    said = 'Look at "oy" → "t": t lies between o and y in the alphabet. The average of the two positions?'
    assert ver.label_steps("cipher.unknown", problem, [said]) == [True]
    for wrong in ('Look at "oy" → "t": d lies between o and y in the alphabet.', "But t lies between y and z.",
                  "In the pair, the o lies between o and y, where an average falls."):
        assert ver.label_steps("cipher.unknown", problem, [wrong]) == [False], wrong
    assert "lies between" in record["trace"] and all(step["label"] for step in record["steps"])


_SHIFT5 = {"example": {"ciphertext": "jooj ajggjrzy gdgt wztjiy", "plaintext": "otto followed lily beyond"},
           "ciphertext": "cz mjnz wt v amznc nojmt"}  # each letter back 5 ("he rose by a fresh story")


@pytest.mark.parametrize("step, holds", [
    # single quotes, as models write them, around a decoding or the message
    ("'mjnz' decodes to 'rose'.", True), ("'mjnz' decodes to 'rise'.", False),
    ("'cz' → 'he'", True), ("'cz' → 'hf'", False),
    ("So the decrypted message is 'he rose by a fresh story'.", True),
    ("So the decrypted message is 'he rose by a fresh stream'.", False),  # quoted: judged even when a word is longer
    ("The message reads 'he rose by a fresh storm'.", False),
    # said of the ciphertext, not an answer
    ("The encrypted message is 'cz mjnz wt v amznc nojmt'.", True), ("The secret message is \"cz mjnz wt v amznc nojmt\".", True),
    ("It's a shift: 'don't' isn't here.", True),  # apostrophes are not quotes
    # a letter shifted by a number, counting round past z
    ("Decoding 'cz': c+5 = h, z+5 = e → 'he'.", True), ("c + 5 = h, z + 5 = f", False), ("h − 5 = c", True),
    ("So c + 5 = i.", False),
    # "it:" before a letter's work is a word, not a pair ("gq: (5 + 19) ÷ 2" is one)
    ("Decode the next cipher letter with it: c = 3, 3 + 5 = 8 = h.", True),
    ("Decode the next cipher letter with it: c = 3, 3 + 5 = 8 = i.", False),
    # the ordinal first
    ("The 8th letter is h.", True), ("The 9th letter is h.", False), ("the 26th letter of the alphabet is z", True),
])
def test_labels_read_the_wordings_models_use(step, holds):
    """Found by labelling model-style text: single quotes went unread, so a wrong decoding or message
    passed; "c + 5 = h" was read as the claim that 5 is h."""
    assert slowthink.label_steps("cipher.caesar", _SHIFT5, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    # a message said of the ciphertext is skipped only when it is the ciphertext: a plaintext said is judged
    ("The original message is 'he rose by a fresh stream'.", False), ("The original message is 'he rose by a fresh story'.", True),
    ("So the secret message is 'he rose by a fresh stream'.", False), ("The encrypted message is 'he rose by a fresh stream'.", False),
    ("The encrypted message is 'cz mjnz wt v amznc nojmt'.", True), ("The original message is 'cz mjnz wt v amznc nojmt'.", True),
    # "the 2nd letter is z" may count the letters of a word
    ("In 'cz', the 2nd letter is z.", True), ("The 2nd letter is z, the 1st letter is c.", True),
    ("The 2nd letter is q.", False), ("The 2nd letter of the alphabet is z.", False), ("The 9th letter is h.", False),
    # a Caesar trial in single quotes
    ("'mjnz' back 4 is 'ifjv'", True), ("'mjnz' back 4 is 'ifjw'", False),
])
def test_the_ciphertext_restated_ordinals_and_trials_are_read_soundly(step, holds):
    """Found by a hostile review of 69cd0d7: 'the original/secret/encrypted message is <a wrong decoding>' was
    skipped as said of the ciphertext (labelled true), "In 'cz', the 2nd letter is z" was judged as the
    alphabet's 2nd letter (labelled false), and a wrong Caesar trial in single quotes went unread."""
    assert slowthink.label_steps("cipher.caesar", _SHIFT5, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    # a letter or fragment shifted in words lands where the shift takes it (with no direction, either way will do)
    ("c shifted by 5 is h", True), ("c shifted by 5 is i", False), ("c shifted forward by 5 is h", True),
    ("c shifted back by 5 is h", False), ("m shifted back by 5 is h", True), ("m shifted back by 5 is i", False),
    ("c shifted 5 places forward is h", True), ("c shifted 6 places forward is h", False),
    ("Shifting c by 5 gives h.", True), ("Shifting c by 5 gives i.", False),
    ("'mjnz' shifted back by 5 is 'heiu'", True), ("'mjnz' shifted back by 5 is 'heiv'", False),
    ("If c shifted by 5 is i, the rule is wrong.", True), ("A shifted by 5 is a letter further on.", True),
    # a decoding said after "which decodes to": of the fragment quoted before it, or of something the problem holds
    ("The second word is 'mjnz', which decodes to 'rose'.", True), ("The second word is 'mjnz', which decodes to 'rise'.", False),
    ("The second word is 'mjnz', which decodes to rose.", True), ("The second word is 'mjnz', which decodes to rise.", False),
    ("Shift each letter back by 5, which decodes to 'rose'.", True), ("Shift each letter back by 5, which decodes to 'hied'.", False),
    ("Shift the message, which decodes to 'he rose by a fresh story'.", True),
    ("Shift the message, which decodes to 'he rose by a fresh stork'.", False),
    # the shift, judged only where it is plain what it is: after a pair (by the pair), or with a direction
    ("the shift is 6", True),  # a bare shift may be a trial's or either way round: not judged
    ("c → h, so the shift is 5.", True), ("c → h, so the shift is 21.", True), ("c → h, so the shift is 6.", False),
    ("c → h: a shift of 5.", True), ("c → h: a shift of 4.", False),
    ("The shift is 5 forward.", True), ("The shift is 6 forward.", False), ("Maybe the shift is 6 forward.", True),
    ("Each letter was shifted back by 5.", True), ("Each letter was shifted back by 6.", False),
    ("The message was shifted 21 places forward.", True), ("The message was shifted 20 places forward.", False),
    ("The message was shifted 21 places forward, which is the same as 5 places back.", True),
    ("The message was shifted 21 places forward, which is the same as 6 places back.", False),
])
def test_shifts_and_decodings_said_in_words_are_judged(step, holds):
    """From a review: "c shifted by 5 is i", "…, which decodes to 'hied'" and "the shift is 6" after a pair
    that shows 5 were never read, so each passed."""
    assert slowthink.label_steps("cipher.caesar", _SHIFT5, [step]) == [holds], step


def test_a_shift_said_outside_a_caesar_trace_is_judged_only_by_its_letters():
    """In an affine trace "the shift" is the rule's added number, not a letter's distance: it is left alone."""
    problem = {"example": {"ciphertext": "aiyd ksnfqd oppnq xqnn", "plaintext": "your silver apple fell"},
               "ciphertext": "pykl rlq zocgqr sbri rlq liykq"}
    assert slowthink.label_steps("cipher.affine", problem, ["y → a, and the shift is 8."]) == [True]
    assert slowthink.label_steps("cipher.affine", problem, ["y shifted by 2 is a."]) == [True]
    assert slowthink.label_steps("cipher.affine", problem, ["y shifted by 3 is a."]) == [False]


@pytest.mark.parametrize("step, holds", [
    ("A shift of 6 forward gives 'dro'.", True),  # a trial's shift, not a claim about the message
    ("'jxu' → 'the', so the shift is 16.", True), ("'jxu' → 'the', so the shift is 15.", False),
    ("The shift is 16 forward.", True), ("The shift is 6 forward.", False),
])
def test_a_blind_caesar_trial_is_not_taken_for_the_shift(step, holds):
    assert slowthink.label_steps("cipher.caesar_blind", {"ciphertext": "jxu tew mqbaut kdtuh q idqau"}, [step]) == [holds]


_WE_STARTED = {"example": {"ciphertext": "mjqqt btwqi", "plaintext": "hello world"}, "ciphertext": "bj xyfwyji"}


@pytest.mark.parametrize("step, holds", [
    # a description after "reads as" is no message: "as English" has the word lengths of "we started"
    ("Every word (we and started) is an ordinary English word, so the decoding reads as English.", True),
    ("It reads as English.", True), ("The decoded message reads like plain English.", True),
    # a quoted message after "reads as" / "reads like" is one, and judged
    ("The message reads as 'we started'.", True), ("The message reads as 'we startel'.", False),
    ('The message reads like "we startel".', False), ("So the message reads: we startel.", False),
])
def test_reads_as_a_description_is_not_a_message_but_a_quoted_one_is(step, holds):
    """From a review: the solver's own closing line was judged as the answer "as English" whenever the
    message's word lengths were 2 and 7, so a right trace was dropped; "reads as '<wrong>'" went unread."""
    assert slowthink.label_steps("cipher.caesar", _WE_STARTED, [step]) == [holds], step


def test_a_two_word_message_of_lengths_two_and_seven_is_kept():
    """Its words are in the word list, so the trace closes with "…, so the decoding reads as English."."""
    problem = {**_WE_STARTED, "ciphertext": "bj anxnyji"}
    record = slowthink.solve("cipher.caesar", problem, seed=0)
    assert record["answer"] == "we visited" and record["verified"]
    assert all(step["label"] for step in record["steps"])


@pytest.mark.parametrize("step, holds", [
    # the shift said first, then what it does to a fragment: no direction said, either way will do (as for
    # "c shifted by 5 is h"); z + 5 is e, so 'cz' becomes 'he', never 'hf'
    ("A shift of 5 turns 'cz' into 'he'.", True), ("A shift of 5 turns 'cz' into 'hf'.", False),
    ("A shift of 5 turns 'cz' into 'hg'.", False), ("A shift of 5 forward turns 'cz' into 'he'.", True),
    ("A shift of 5 back turns 'cz' into 'he'.", False), ("A shift of 5 back turns 'he' into 'cz'.", True),
    ("A shift of 21 turns 'cz' into 'he'.", True),  # back 21 is forward 5
    ("Shifting by 5 takes c to h.", True), ("Shifting by 5 takes c to i.", False),
    ("'cz' with a shift of 5 is 'he'.", True), ("'cz' with a shift of 5 is 'hf'.", False),
    ("'cz' with a shift of 5 back is 'xu'.", True), ("'cz' with a shift of 5 back is 'he'.", False),
    ("If a shift of 5 turns 'cz' into 'hf', the rule is something else.", True),  # supposed, not said
])
def test_a_shift_said_before_the_fragment_it_moves_is_judged(step, holds):
    """From a review: "a shift of 5 turns 'cz' into 'hg'" and "'cz' with a shift of 5 is 'hg'" went unread."""
    assert slowthink.label_steps("cipher.caesar", _SHIFT5, [step]) == [holds], step


# an arrow after a shift said in its sentence is what that shift does, true or false whatever the problem; asked or
# supposed after the shift, nothing is claimed; a shift said to be the one ("the shift is 7, so …") leaves its arrow a
# decoding, as is an arrow with no shift said
_TRIALS_TRUE = ["Try shift 13: 'mjnz' → 'zwam'.", 'Shift 3 back: "mjnz" → "jgkw". Not English.', "Back 3: mjnz → jgkw",
                "rot13: 'mjnz' -> 'zwam'", "With a shift of 5, 'mjnz' → 'rose'.",
                "Shift 13: 'mjnz' → 'zwam'; shift 14: 'mjnz' → 'axbn'.", "Shift 13: 'mjnz' → 'abcd'?",
                "Shift 13 would give 'mjnz' → 'abcd'.", "The shift is 5, so 'mjnz' → 'rose'."]
_TRIALS_FALSE = ["Try shift 13: 'mjnz' → 'zwan'.", 'Shift 3 back: "mjnz" → "jgkx". Not English.', "Forward 3: 'mjnz' → 'jgkw'",
                 "With a shift of 5, 'mjnz' → 'rosf'.", "Shift 13: 'mjnz' → 'zwam'; shift 14: 'mjnz' → 'axbo'.",
                 "The shift is 7, so 'mjnz' → 'tqug'.", "'mjnz' → 'zwam'."]


@pytest.mark.parametrize("step, holds", [(step, True) for step in _TRIALS_TRUE] + [(step, False) for step in _TRIALS_FALSE])
def test_an_arrow_in_a_caesar_trial_is_what_its_shift_does(step, holds):
    """From a review: "shift 13: 'mjnz' → 'zwam'" is a true statement about shift 13, but was judged as a
    claimed decoding of 'mjnz' (which is 'rose') and labelled false, so every model trial that tested a wrong
    shift correctly was marked a mistake; a trial's arrow is now judged as the shift it names."""
    assert slowthink.label_steps("cipher.caesar", _SHIFT5, [step]) == [holds], step


_KEYED = {"example": {"ciphertext": "xudvn opy rwiymh xilkmn wmbdvx opy wtuisyo",
                      "plaintext": "paint the wooden carpet behind the blanket"},
          "ciphertext": "duiqmc iwmwmn pym oivb yqmlt uimvcio"}  # key 8, 20, 21: "vanish across her goat every morning"


@pytest.mark.parametrize("step, holds", [
    ("Key 8, 20, 21: 'duiqmc' → 'vanish'.", True), ("Key 8, 20, 21: 'iwmwmn' → 'across'.", True),  # any start
    ("Key 8, 20, 21: 'iwmwmn' → 'acrosa'.", False),
    ("Try key 1, 2: 'duiqmc' → 'cshola'.", True), ("Try key 1, 2: 'duiqmc' → 'cshol'.", True),  # lengths differ
    ("Try key 1, 2: 'duiqmc' → 'cshold'.", False),
])
def test_an_arrow_in_a_vigenere_trial_is_what_its_key_does(step, holds):
    assert slowthink.label_steps("cipher.vigenere", _KEYED, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("m → s (forward 6, as before).", True), ("m → r, forward 5 again.", True), ("i → o (forward 6 again).", True),
    ("m → s (back 20, as before).", True), ('"y" → "e" (forward 6, as before).', True),
    # m is r and i is n elsewhere in the message (under shift 21), so only the step said can show these wrong
    ("m → r (forward 6, as before).", False), ("i → n, forward 6 again.", False), ("m → s (forward 5 again).", False),
    ('"y" → "f" (forward 6, as before).', False),
])
def test_a_letter_met_again_under_a_key_is_judged_by_the_step_said_after_it(step, holds):
    """The solver reads off a letter met again under the same key shift ("m → s (forward 6, as before)") instead of
    working it out again. A key decodes m as s in one place and r in another, so the arrow alone is true of either:
    the step after it (which undoes the shift) is what ties the letter to this one, and it is judged."""
    assert slowthink.label_steps("cipher.vigenere", _KEYED, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("'ton' backwards is 'not' ✓", True), ("'ton' backwards is 'nox' ✓", False),
    ('"ton" with its first letter moved to the end is "ont", not "not".', True),
    ('"ton" with its first letter moved to the end is "otn", not "not".', False),
    ('"ton" with its last letter moved to the front is "nto".', True), ('"ton" with its last letter moved to the front is "not".', False),
    ("'od ton' backwards is 'do not'", True), ("'od ton' backwards is 'not do'", True),  # word by word, or whole
    ("If 'ton' backwards is 'nox', the rule is wrong.", True),
])
def test_letters_moved_inside_a_word_land_where_the_move_takes_them(step, holds):
    """From a fuzzing run: the reverse trials' "'ton' backwards is 'not'" was never read, so any word passed."""
    problem = {"example": {"ciphertext": "od ton peek eht egattoc", "plaintext": "do not keep the cottage"},
               "ciphertext": "edih ruo taob ylrae"}
    assert slowthink.label_steps("cipher.unknown", problem, [step]) == [holds], step


# A trial under another rule than the problem's: its arrow is what that rule does ('mjnz' is 'he rose''s 'rose',
# shifted back 5). Mirrored 'mjnz' is 'nqma', reversed 'znjm'; × 3 and shift 12 take it to 'wnzj' (a = 0) or 'ypbl'
# (a = 1, as the solver numbers letters), and undo to 'azjn'; the key LEMON (a = 0) takes it back to 'bfbl'.
_OTHER_RULES_TRUE = [
    "Mirror: 'mjnz' → 'nqma'.", "Atbash: 'mjnz' → 'nqma', not English.", "With Atbash, 'mjnz' → 'nqma'.",
    "Try the reversed alphabet: 'mjnz' → 'nqma'.", "Mirror: 'abc' → 'zyx'.",
    "Reversed: 'mjnz' → 'znjm'.", "Reading each word backwards: 'cz mjnz' → 'zc znjm'.", "Reversed: 'cz mjnz' → 'znjm zc'.",
    "× 3, shift 12: 'mjnz' → 'wnzj'.", "× 3, shift 12: 'mjnz' → 'ypbl'.", "× 3, shift 12: 'mjnz' → 'azjn'.",
    "a = 3, b = 12: 'mjnz' → 'wnzj'.", "With a = 3 and b = 12, 'mjnz' → 'wnzj'.", "3x + 12: 'mjnz' → 'wnzj'.",
    "Key LEMON: 'mjnz' → 'bfbl'.", "With the key 'lemon', 'mjnz' → 'bfbl'.", "Key LEMON: 'lxfopv' → 'attack'.",
    "Atbash would give 'mjnz' → 'nqmb'.", "Mirror: 'mjnz' → 'nqmb'?",  # supposed or asked: not judged
]
_OTHER_RULES_FALSE = [
    "Mirror: 'mjnz' → 'nqmb'.", "Atbash: 'mjnz' → 'nqna', not English.", "Reversed: 'mjnz' → 'zjnm'.",
    "× 3, shift 12: 'mjnz' → 'wnzk'.", "a = 3, b = 12: 'mjnz' → 'wnzk'.", "Key LEMON: 'mjnz' → 'bfbm'.",
    "With the key 'lemon', 'mjnz' → 'bfcl'.",
    # the rule said to be the one: the arrow is the decoding it claims, and 'mjnz' is 'rose'
    "The rule is the mirror, so 'mjnz' → 'nqma'.", "It is Atbash: 'mjnz' → 'nqma'.", "So with Atbash, 'mjnz' → 'nqma'.",
    "'mjnz' backwards is 'znjm', so 'mjnz' → 'znjm'.", "The key is LEMON, so 'mjnz' → 'bfbl'.",
    "So the message is 'mjnz' → 'bfbl'.",
    "Key length: 'mjnz' → 'bfbl'.", "Key: 'mjnz' → 'bfbl'.",  # no key named
]


@pytest.mark.parametrize("step, holds", [(step, True) for step in _OTHER_RULES_TRUE] +
                         [(step, False) for step in _OTHER_RULES_FALSE])
def test_an_arrow_in_a_trial_of_another_rule_is_what_that_rule_does(step, holds):
    """The arrows of Caesar trials were read as what their shift does, but a trial of the mirror, of reading
    backwards, of a multiplier and shift or of a key of letters was still a claimed decoding: a model that worked
    a wrong rule out right was labelled false, and every step after it."""
    assert slowthink.label_steps("cipher.caesar", _SHIFT5, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("a = 5, b = 8: 'affine' → 'ihhwvc'.", True), ("a = 5, b = 8: 'affine' → 'ihhwvd'.", False),
    ("a = 2, b = 8: 'affine' → 'ihhwvc'.", False),  # 2 is no multiplier: "a = 2" is a wrong position
    ("a = 1, b = 3, and so on.", False),  # positions, and b is 2
])
def test_an_affine_trials_a_and_b_are_its_numbers_not_positions(step, holds):
    assert slowthink.label_steps("cipher.affine", _SHIFT5, [step]) == [holds], step


def test_a_rules_name_inside_a_fragment_is_no_trial():
    """From the planted-mistake test: '"rorrim" → "mirror", "yadnom" → "monday"' read the quoted word "mirror" as
    a trial of the mirror, and judged the next (right) decoding by it."""
    problem = {"example": {"ciphertext": "rorrim yadnom", "plaintext": "mirror monday"}, "ciphertext": "ym"}
    assert slowthink.label_steps("cipher.reverse", problem, ['The rest: "rorrim" → "mirror", "yadnom" → "monday".']) == [True]


# Trials of a pair rule and of letters moved round inside words, on real problems. Each rule's result is worked out
# here from the letters (a = 1 … z = 26, counted round the alphabet), not read from the verifier.
def _pos(ch: str) -> int:
    return ord(ch) - ord("a") + 1


def _chr(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26)


def _next_letter(ch: str) -> str:
    return _chr(_pos(ch) + 1)


_PAIR_RULES = {  # the rule as a model writes it, its kind, and what it makes of positions x and y (a = 1, counted round)
    "Sum mod 26": ("sum", lambda x, y: x + y), "Sum": ("sum", lambda x, y: x + y),
    "(first + second) mod 26": ("sum", lambda x, y: x + y), "Difference": ("difference", lambda x, y: x - y),
    "Try the difference of the positions": ("difference", lambda x, y: y - x),
    "Product mod 26": ("product", lambda x, y: x * y), "Multiply the two positions": ("product", lambda x, y: x * y),
}


def _readings(kind: str, x: int, y: int) -> set[str]:
    """Every letter a pair rule of this kind may be said to give: letters numbered from a = 1 or a = 0, a difference
    either way round, counted round the alphabet."""
    found = set()
    for base in (0, 1):
        u, v = x - 1 + base, y - 1 + base
        values = {"sum": [u + v], "difference": [u - v, v - u], "product": [u * v]}[kind]
        found |= {chr(ord("a") + (value - base) % 26) for value in values}
    return found


def _pair_case(rule: str):
    """A pair_average problem, a pair of its message whose average (its decoding) is none of the letters the rule may
    give, so a trial of the rule is no decoding, and a slip: a letter near the rule's result that is neither."""
    kind, combine = _PAIR_RULES[rule]
    for record in slowthink.generate("cipher.pair_average", 20, seed=21):
        for word in record["problem"]["ciphertext"].split():
            for k in range(0, len(word), 2):
                x, y = _pos(word[k]), _pos(word[k + 1])
                said = _readings(kind, x, y) | {_chr((x + y) // 2)}
                if len(said) == len(_readings(kind, x, y)) + 1:
                    slip = next(_chr(combine(x, y) + d) for d in range(1, 26) if _chr(combine(x, y) + d) not in said)
                    return record["problem"], word[k:k + 2], slip
    raise AssertionError("no pair found")


@pytest.mark.parametrize("rule", sorted(_PAIR_RULES))
def test_an_arrow_in_a_trial_of_a_pair_rule_is_what_that_rule_does(rule):
    """A sum, difference or product trial of a pair was judged as a claimed decoding: a model that worked the wrong
    rule out right ("Sum mod 26: 'vr' → 'n'") was labelled false. Its arrow is now what the rule does; worked out
    wrong it is false, and said to be the code it stays a decoding (false: the pair averages to another letter)."""
    problem, pair, wrong = _pair_case(rule)
    x, y = _pos(pair[0]), _pos(pair[1])
    right = _chr(_PAIR_RULES[rule][1](x, y))
    assert slowthink.label_steps("cipher.pair_average", problem, [f"{rule}: '{pair}' → '{right}'."]) == [True]
    assert slowthink.label_steps("cipher.pair_average", problem, [f"{rule}: '{pair}' → '{wrong}'."]) == [False]
    assert slowthink.label_steps("cipher.pair_average", problem,
                                 [f"The rule is the {_PAIR_RULES[rule][0]}, so '{pair}' → '{right}'."]) == [False]


def test_a_pair_rule_trial_counts_from_zero_or_one_and_a_half_average_rounds_either_way():
    problem, pair, _ = _pair_case("Sum mod 26")
    x, y = _pos(pair[0]), _pos(pair[1])
    label = lambda step: slowthink.label_steps("cipher.pair_average", problem, [step])  # noqa: E731
    assert label(f"Sum mod 26: '{pair}' → '{_chr(x + y - 1)}'.") == [True]  # a = 0: the sum's letter is one back
    # an average that is not whole: the letter either side of it, and no other
    odd = pair[0] + _next_letter(pair[0]) if (x + _pos(_next_letter(pair[0]))) % 2 else pair
    low = (_pos(odd[0]) + _pos(odd[1])) // 2
    assert label(f"Average: '{odd}' → '{_chr(low)}'.") == [True]
    assert label(f"Average: '{odd}' → '{_chr(low + 1)}'.") == [True]
    assert label(f"Average: '{odd}' → '{_chr(low + 2)}'.") == [False]
    # the example's pair under test, as the solver checks one: a true decoding, whatever the sum is
    c, p = problem["example"]["ciphertext"].split()[0], problem["example"]["plaintext"].split()[0]
    assert label(f'Sum: "{c[:2]}" → "{p[0]}": {_pos(c[0])} + {_pos(c[1])} = {_pos(c[0]) + _pos(c[1])}, '
                 f'not {p[0]} = {_pos(p[0])}.') == [True]
    # not two letters to one: no pair rule's result, so a decoding, and the pair decodes to one letter
    assert label(f"Difference: '{pair}' → '{_chr(x - y)}{_chr(x - y)}'.") == [False]


def test_an_average_trial_under_another_rule_is_what_averaging_does():
    """The average is a wrong rule for a Caesar problem: its trial of a two-letter word is what averaging gives."""
    problem, word = next((r["problem"], w) for r in slowthink.generate("cipher.caesar", 60, seed=8)
                         for w in r["problem"]["ciphertext"].split() if len(w) == 2 and (_pos(w[0]) + _pos(w[1])) % 2 == 0)
    mean = (_pos(word[0]) + _pos(word[1])) // 2
    label = lambda step: slowthink.label_steps("cipher.caesar", problem, [step])  # noqa: E731
    assert label(f"Average: '{word}' → '{_chr(mean)}'.") == [True]
    assert label(f"Average: '{word}' → '{_chr(mean + 3)}'.") == [False]
    assert label(f"It is the average, so '{word}' → '{_chr(mean)}'.") == [False]  # a decoding: the word has two letters
    # "to sum up" names no rule: its arrow is a decoding, and a two-letter word decodes to two letters
    for total in {_chr(_pos(word[0]) + _pos(word[1])), _chr(_pos(word[0]) + _pos(word[1]) - 1)}:
        assert label(f"To sum up, '{word}' → '{total}'.") == [False]


_WORD_MOVES = {  # the move as a model writes it, and what it does to a word
    "Rotate left by 1": lambda w: w[1:] + w[0], "Rotate each word right by 1": lambda w: w[-1] + w[:-1],
    "Last letter to the front": lambda w: w[-1] + w[:-1], "Move the first letter to the end": lambda w: w[1:] + w[0],
    "The first two letters of each word moved to the end": lambda w: w[2:] + w[:2],
    "Swap pairs": lambda w: "".join(w[k + 1:k + 2] + w[k] for k in range(0, len(w), 2)),
}


@pytest.mark.parametrize("move", sorted(_WORD_MOVES))
def test_an_arrow_in_a_trial_of_letters_moved_inside_a_word_is_what_the_move_does(move):
    """A rotation or a swap trial was judged as a claimed decoding: "Rotate left by 1: 'arev' → 'reva'", true of the
    rotation, was labelled false when the words are written backwards. Now the move is judged."""
    problem, word = next((r["problem"], w) for r in slowthink.generate("cipher.reverse", 40, seed=6)
                         for w in r["problem"]["ciphertext"].split()
                         if len(w) >= 5 and len({m(w) for m in _WORD_MOVES.values()} | {w, w[::-1]}) == 6)
    moved = _WORD_MOVES[move](word)
    wrong = moved[:-1] + _next_letter(moved[-1])
    label = lambda step: slowthink.label_steps("cipher.reverse", problem, [step])  # noqa: E731
    assert label(f"{move}: '{word}' → '{moved}'.") == [True]
    assert label(f"{move}: '{word}' → '{wrong}'.") == [False]
    assert label(f"So the rule is: {move.lower()}, and '{word}' → '{moved}'.") == [False]  # a decoding, and a wrong one
    assert label(f"{move}: '{word}' → '{word[::-1]}'.") == [True]  # what the problem decodes: the pair under test


def test_a_rotation_naming_no_word_may_be_a_shift_of_the_alphabet():
    problem = next(slowthink.generate("cipher.reverse", 1, seed=6))["problem"]
    word = problem["ciphertext"].split()[0]
    rot13 = "".join(_chr(_pos(ch) + 13) for ch in word)
    assert slowthink.label_steps("cipher.reverse", problem, [f"Rotate by 13: '{word}' → '{rot13}'."]) == [True]
    assert slowthink.label_steps("cipher.reverse", problem, [f"Rotate each word by 13: '{word}' → '{rot13}'."]) == [False]


@pytest.mark.parametrize("unit, holds", [("Sum mod 26: 'vr' → 'n', ", True), ("Average: 'vr' → 't' ", True),
                                         ("rotate left by 1: 'ab' → 'ba' ", True), ("swap each pairs 'a' → 'b' ", False),
                                         ("Sum: 22 + 18 = 40, so 'vr' → 'n', ", True),
                                         ("Atbash: so it is so the code, so 'vr' → 'ei' so ", False),
                                         ("last letter " + "x " * 40, True)])
def test_a_long_line_of_pair_and_word_trials_is_judged_whole(unit, holds):
    """22 + 18 = 40 = 14 round the alphabet (n), (22 + 18) ÷ 2 = 20 (t), 'ab' rotated is 'ba'; "swap each pairs"
    names no rule, so its arrow is a decoding, and a false one. (Time taken: bench/bench_hostile.py.)"""
    problem = next(slowthink.generate("cipher.unknown", 1, seed=1))["problem"]
    line = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert slowthink.label_steps("cipher.unknown", problem, [line]) == [holds]


def test_saying_no_multiplier_fits_is_judged_against_the_example():
    """An affine example (a = 5, shift 8, from the reference encoder) has a multiplier that fits; a Caesar
    shift of 3 is × 1, which fits too; a reversed word has none."""
    label_steps = ver.label_steps
    plain, message = "the quick brown fox jumps", "over the lazy dog"
    affine = {"example": {"ciphertext": encrypt_letters(plain, lambda n, _: (5 * n + 7) % 26 + 1),
                          "plaintext": plain}, "ciphertext": encrypt_letters(message, lambda n, _: (5 * n + 7) % 26 + 1)}
    reversed_words = {"example": {"ciphertext": "eht kciuq nworb xof spmuj", "plaintext": plain},
                      "ciphertext": "revo eht yzal god"}
    for line in ("None of the 12 multipliers fits, so the rule is not multiply-and-shift.",
                 "None of the 12 multipliers fits. No good.", "So that rules out multiply-and-shift."):
        assert label_steps("cipher.unknown", affine, [line]) == [False], line
        assert label_steps("cipher.unknown", reversed_words, [line]) == [True], line
    assert label_steps("cipher.unknown", affine, ["Perhaps each position is multiplied by a number and then shifted."]) \
        == [True]


def _caesar_case():
    """A generated Caesar problem, a word of its message, its shift, and a shift that is not the code."""
    problem = next(slowthink.generate("cipher.caesar", 1, seed=1))["problem"]
    example = problem["example"]
    shift = (_pos(example["ciphertext"][0]) - _pos(example["plaintext"][0])) % 26
    word = max(problem["ciphertext"].split(), key=len)
    return problem, word, shift, (shift + 3) % 26 or 1


def _bumped(word: str) -> str:
    return word[:-1] + _next_letter(word[-1])


@pytest.mark.parametrize("conclusion", ["so", "thus", "hence", "therefore", "which gives"])
def test_a_shift_trial_worked_out_and_concluded_is_what_its_shift_does(conclusion):
    """A trial worked out and concluded ("Shift 3: f − 3 = c, so 'fvby' → 'csyv'") is the trial's result; the
    code said to be the shift ("the code is a shift of 3, so …", "it is a shift of 3: …") makes it a decoding."""
    problem, word, _, wrong_shift = _caesar_case()
    back = "".join(_chr(_pos(ch) - wrong_shift) for ch in word)
    label = lambda step: slowthink.label_steps("cipher.caesar", problem, [step])  # noqa: E731
    working = f"Shift {wrong_shift}: {word[0]} − {wrong_shift} = {back[0]}, {conclusion}"
    assert label(f"{working} '{word}' → '{back}'.") == [True]
    assert label(f"{working} '{word}' → '{_bumped(back)}'.") == [False]
    # a "so" before a shift moves on to the next trial; the code said to be a shift makes a decoding
    assert label(f"That fails, {conclusion} shift {wrong_shift}: '{word}' → '{back}'.") == [True]
    for said in (f"The code is a shift of {wrong_shift}, so", f"It is a shift of {wrong_shift}:",
                 f"It's a shift of {wrong_shift}:",
                 f"So the shift is {wrong_shift}, and", f"A shift of {wrong_shift} is the code, so"):
        assert label(f"{said} '{word}' → '{back}'.") == [False], said


@pytest.mark.parametrize("denied", ["Shift {s} is wrong:", "Shift {s} is not it:",
                                    "Shift {s}, but the shift is not {s}, as", "Atbash is a guess:"])
def test_a_rule_denied_or_doubted_after_its_trial_is_still_a_trial(denied):
    """"Shift 3 is wrong: …" says the rule is not the one, so its arrow is no decoding (which would be false here);
    denied or doubted after the rule, it is not judged at all, as a hedged trial is not."""
    problem, word, _, wrong_shift = _caesar_case()
    said = denied.format(s=wrong_shift)
    result = _mirrored(word) if said.startswith("Atbash") else "".join(_chr(_pos(ch) - wrong_shift) for ch in word)
    label = lambda step: slowthink.label_steps("cipher.caesar", problem, [step])  # noqa: E731
    assert label(f"{said} '{word}' → '{result}'.") == [True]
    assert label(f"{said} '{word}' → '{_bumped(result)}'.") == [True]


def _mirrored(word: str) -> str:
    return "".join(_chr(27 - _pos(ch)) for ch in word)


@pytest.mark.parametrize("rule, working, apply", [
    ("Atbash", lambda w: f"{w[0]} = {_pos(w[0])}, 27 − {_pos(w[0])} = {27 - _pos(w[0])}", lambda w: _mirrored(w)),
    ("Mirror", lambda w: f"{w[0]} is {_pos(w[0])}, and 27 − {_pos(w[0])} is {27 - _pos(w[0])}", lambda w: _mirrored(w)),
    ("× 3, shift 12", lambda w: f"{w[0]} = {_pos(w[0])}, times 3 is {3 * _pos(w[0])}, and 12 more",
     lambda w: "".join(_chr(3 * _pos(ch) + 12) for ch in w)),  # letters numbered from a = 1
    ("Reversed", lambda w: f"the last letter {w[-1]} comes first", lambda w: w[::-1]),
    ("Rotate left by 1", lambda w: f"{w[0]} moves to the end", lambda w: w[1:] + w[0]),
])
def test_another_rules_trial_worked_out_and_concluded_with_so_is_what_that_rule_does(rule, working, apply):
    """From a review: any "so" between a trial's rule and its arrow made the arrow a decoding, so a correct working of
    a wrong rule ("Atbash: v = 22, 27 − 22 = 5, so 'vr' → 'ei'") was labelled false. Only the rule (or the code, or
    "it") said to be the one after it does that now: "Atbash is the code, so …", "…, so it must be the mirror,
    and …"."""
    problem, word, _, _ = _caesar_case()
    result = apply(word)
    label = lambda step: slowthink.label_steps("cipher.caesar", problem, [step])  # noqa: E731
    assert label(f"{rule}: {working(word)}, so '{word}' → '{result}'.") == [True]
    assert label(f"{rule}: {working(word)}, so '{word}' → '{_bumped(result)}'.") == [False]
    for said in (f"{rule} is the code, so", f"{rule}: {working(word)}, so it must be the one, and",
                 f"{rule}: {working(word)}, so the rule is this, and", f"So with {rule.lower()}, "):
        assert label(f"{said} '{word}' → '{result}'.") == [False], said


@pytest.mark.parametrize("rule", sorted(_PAIR_RULES))
def test_a_pair_rules_trial_worked_out_and_concluded_is_what_that_rule_does(rule):
    """"Sum: 22 + 18 = 40, 40 − 26 = 14, so 'vr' → 'n'" is the sum's result, not a claimed decoding."""
    problem, pair, wrong = _pair_case(rule)
    x, y = _pos(pair[0]), _pos(pair[1])
    right = _chr(_PAIR_RULES[rule][1](x, y))
    label = lambda step: slowthink.label_steps("cipher.pair_average", problem, [step])  # noqa: E731
    working = f"{rule}: {pair[0]} = {x} and {pair[1]} = {y}, so"
    assert label(f"{working} '{pair}' → '{right}'.") == [True]
    assert label(f"{working} '{pair}' → '{wrong}'.") == [False]
    assert label(f"{working} the rule is the {_PAIR_RULES[rule][0]}, and '{pair}' → '{right}'.") == [False]


@pytest.mark.parametrize("rule", ["Shift {s}", "Try shift {s}", "Atbash", "× 3, shift 12", "Key LEMON"])
def test_the_examples_own_pair_under_a_trial_is_the_pair_under_test(rule):
    """"Shift 5: 'zlss' → 'sell': it does not fit." quotes the example's pair to test the shift, as the pair rules'
    trials do: an arrow the rule does not give but the problem decodes is a true decoding; one it neither gives nor
    decodes is false."""
    problem, _, _, wrong_shift = _caesar_case()
    cipher_word, plain_word = problem["example"]["ciphertext"].split()[0], problem["example"]["plaintext"].split()[0]
    said = rule.format(s=wrong_shift)
    label = lambda step: slowthink.label_steps("cipher.caesar", problem, [step])  # noqa: E731
    assert label(f"{said}: '{cipher_word}' → '{plain_word}': it does not fit.") == [True]
    assert label(f"{said}: '{cipher_word}' → '{_bumped(plain_word)}': it does not fit.") == [False]


@pytest.mark.parametrize("said, holds", [("v = 22, 3 × 22 + 12 = 78, so 'vr' → 'zn'", True),
                                         ("v = 22, 3 × 22 + 12 = 78, so 'vr' → 'an'", False)])
def test_an_affine_trials_own_arithmetic_names_no_other_rule(said, holds):
    """"3 × 22 + 12 = 78" in the working of "× 3, shift 12" was read as a trial of × 22, + 12, and the arrow judged
    against that: the correct working of the rule tried was labelled false."""
    problem = next(slowthink.generate("cipher.unknown", 1, seed=1))["problem"]
    assert problem["ciphertext"].startswith("vr")
    assert slowthink.label_steps("cipher.unknown", problem, [f"× 3, shift 12: {said}."]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ('In the two-letter "al", l comes 11 after a.', True), ('In the two-letter "al", l comes 12 after a.', False),
    ("q comes 25 after r, round past z.", True), ("q comes 1 after r.", False), ("a comes 0 after a.", True),
    ("z comes 3 letters after w", True), ("z comes 4 steps after w", False),
    ("What comes 3 after that is the shift.", True),  # no letter named: nothing to judge
])
def test_how_far_one_letter_comes_after_another_is_judged(step, holds):
    """The step between two letters, counted round past z, is what a shift keeps: a two-letter guess rests on it."""
    assert ver.label_steps("cipher.caesar_blind", {"ciphertext": "al klq zibxk cfsb zxjmp"}, [step]) == [holds]


# ---------------------------------------------------------------- multiply-and-shift solved from two letters

# × 7, shift 8: plain y = 25 is written a = 1, r = 18 is written d = 4, o = 15 is written i = 9
_AFFINE7 = {"example": {"ciphertext": "aiyd ksnfqd oppnq xqnn", "plaintext": "your silver apple fell"},
            "ciphertext": "pykl rlq zocgqr sbri rlq liykq"}
_SOLVE7 = ("Subtracting one from the other cancels the shift: 25 − 18 = 7 and 1 − 4 = −3, so the multiplier times 7 "
           "must match −3, mod 26. 7 × 15 = 105 = 4 × 26 + 1, so 15 undoes × 7, and the multiplier is {m}.")
_REVERSED = {"example": {"ciphertext": "eht kciuq nworb xof spmuj", "plaintext": "the quick brown fox jumps"},
             "ciphertext": "revo eht yzal god"}


@pytest.mark.parametrize("step, holds", [
    (_SOLVE7.format(m="15 × (−3) = −45, −45 + 2 × 26 = 7"), True),
    (_SOLVE7.format(m="7"), True),
    # every equation true, but 18 × 7 = 126 leaves 22 over, not 23 (−3): the wrong multiplier
    (_SOLVE7.format(m="15 × (−4) = −60, −60 + 3 × 26 = 18"), False),
    (_SOLVE7.format(m="9"), False),
    (_SOLVE7.replace("so 15 undoes", "so 11 undoes").format(m="7"), False),  # 7 × 11 = 77 leaves 25 over
    (_SOLVE7.replace("1 − 4 = −3", "2 − 4 = −2").replace("match −3", "match −2")
     .format(m="15 × (−2) = −30, −30 + 2 × 26 = 22"), False),  # y is written a, not b
    (_SOLVE7.replace("25 − 18 = 7", "24 − 17 = 7").format(m="7"), False),  # x and q are not in the example
    (_SOLVE7.replace("match −3", "match −2").format(m="7"), False),  # the difference said is not the one worked out
    ("Use y → a and r → d: y = 25, a = 1, r = 18, d = 4.", True),
    ("Use y → b and r → d: y = 25, b = 2, r = 18, d = 4.", False),
    ("So the multiplier is 7.", True),  # no difference said: judged against the example's rule
    ("So the multiplier is 9.", False),
    ("With × 7, y → a gives the shift: 1 − 7 × 25 = −174, −174 + 7 × 26 = 8.", True),
    ("With × 7, a → y gives the shift: 1 − 7 × 25 = −174, −174 + 7 × 26 = 8.", True),  # as a decoding, as traces write it
    ("Use a → y and d → r: a = 1, y = 25, d = 4, r = 18.", True),
    ("The shift then comes from r → d: 4 − 7 × 18 = −122, −122 + 5 × 26 = 8.", True),
    ("The shift then comes from d → r: 4 − 7 × 18 = −122, −122 + 5 × 26 = 8.", True),
    ("With × 7, a → y gives the shift: 4 − 7 × 18 = −122, −122 + 5 × 26 = 8.", False),  # the work is r's, not y's
    ("With × 7, b → y gives the shift: 2 − 7 × 25 = −173, −173 + 7 × 26 = 9.", False),  # y is written a, either way
    ("With × 7, y → a gives the shift: 1 − 7 × 24 = −167, −167 + 7 × 26 = 15.", False),  # 24 is x, not y
    ("With × 7, y → b gives the shift: 2 − 7 × 25 = −173, −173 + 7 × 26 = 9.", False),  # y is written a
    ("× 16 cannot be undone mod 26, as 16 is even.", True),
    ("× 15 cannot be undone mod 26.", False), ("× 13 has no inverse mod 26 (2 × 13 = 26).", True),
    ("× 9 has no inverse mod 26.", False), ("15 is even.", False), ("15 is odd.", True),
    ("Multiply-and-shift is ruled out.", False), ("So that rules out multiply-and-shift.", False),
    ("o = 15: 7 × 15 + 8 = 113, 113 − 4 × 26 = 9 = i ✓", True),
    ("o = 15: 3 × 15 + 4 = 49, 49 − 26 = 23 = w; but the example has i. Rejected.", True),
    ("o = 15: 3 × 15 + 4 = 49, 49 − 26 = 23 = w; but the example has k. Rejected.", False),  # o is written i
    ("o = 15: 7 × 15 + 8 = 113, 113 − 4 × 26 = 9 = i; but the example has i. Rejected.", False),  # it fits
])
def test_multiply_and_shift_solved_from_two_letters_is_judged_against_the_example(step, holds):
    """Each claim of the working is read: the letters' positions and arrows, that the two differences are of
    letters the example pairs, that the inverse undoes, that the multiplier matches the differences, that the
    shift comes from a pair of the example, that a multiplier cannot be undone, and that the example has the letter
    a test says it has."""
    assert ver.label_steps("cipher.affine", _AFFINE7, [step]) == [holds], step


def test_the_shift_uses_the_multiplier_the_trace_found():
    """"With × 5, y → a gives the shift: …" is true of × 5, but the step before found 7: the trace has changed its
    multiplier without saying so."""
    solve = _SOLVE7.format(m="15 × (−3) = −45, −45 + 2 × 26 = 7")
    assert ver.label_steps("cipher.affine", _AFFINE7, [
        solve, "With × 7, y → a gives the shift: 1 − 7 × 25 = −174, −174 + 7 × 26 = 8."]) == [True, True]
    assert ver.label_steps("cipher.affine", _AFFINE7, [
        solve, "With × 5, y → a gives the shift: 1 − 5 × 25 = −124, −124 + 5 × 26 = 6."]) == [True, False]


def test_ruling_out_multiply_and_shift_holds_where_no_multiplier_fits():
    """On an example of words read backwards, two letters give a multiplier that fails, and saying so is true."""
    # t = 20 is written e = 5, h = 8 is written t = 20: (20 − 8) is even, so take t and e = 5 → h = 8 instead
    for step in ("Multiply-and-shift is ruled out.", "So that rules out multiply-and-shift.",
                 "× 16 cannot be undone mod 26, as 16 is even: two letters would be written alike, so no message "
                 "could be read back. Multiply-and-shift is ruled out."):
        assert ver.label_steps("cipher.unknown", _REVERSED, [step]) == [True], step


def _mutations(line: str, example: dict) -> list[str]:
    """Wrong versions of a line of the working whose equations all stay true: another inverse, multiplier or
    letter pair, or another letter said to be in the example (one the example pairs with the tested letter neither
    way round: a line such as "p = 16, 27 − 16 = 11 = k" does not say which side p is on)."""
    paired = set(zip(example["plaintext"].replace(" ", ""), example["ciphertext"].replace(" ", "")))
    out = []
    undo = re.search(r"(\d+) undoes × (\d+)", line)
    if undo:
        i, d = int(undo.group(1)), int(undo.group(2))
        out.append(line.replace(undo.group(), f"{(i + 2) % 26 or 1} undoes × {d}"))
    said = re.search(r"the multiplier is ([^.]*)\.", line)
    if said and "times" in line:
        m = int(re.findall(r"\d+", said.group(1))[-1])
        out.append(line.replace(said.group(), f"the multiplier is {(m + 2) % 26}."))
    has = re.search(r"; but the example has ([a-z])", line)
    if has:
        tested, got = re.search(r"(?<![a-z])([a-z]) = \d+[,:] [^a-z;]*? = ([a-z]); but", line).groups()
        other = next(ch for ch in "abcdefghijklmnopqrstuvwxyz" if ch not in (got, has.group(1))
                     and (tested, ch) not in paired and (ch, tested) not in paired)
        out.append(line.replace(has.group(), f"; but the example has {other}"))
    return out


_SHIFT_FROM = re.compile(r"([a-z]) → ([a-z]) (?:gives|fixes) the shift: |shift then comes from ([a-z]) → ([a-z]): ")


@pytest.mark.parametrize("task, params", [("cipher.affine", {}), ("cipher.unknown", {"detours": 1.0})])
def test_mutations_of_the_generated_working_are_false(task, params):
    """Each generated line of the working labels true, and a wrong inverse, a wrong multiplier or a wrong letter of
    the example in it labels false, with every equation left true."""
    mutated = 0
    for record in slowthink.generate(task, 60, seed=9, **params):
        texts = [s["text"] for s in record["steps"]]
        for k, line in enumerate(texts):
            for wrong in _mutations(line, record["problem"]["example"]):
                labels = ver.label_steps(task, record["problem"], texts[:k] + [wrong])
                assert labels == [True] * k + [False], (line, wrong)
                mutated += 1
        shift = next((k for k, t in enumerate(texts) if _SHIFT_FROM.search(t)), None)
        if shift is not None:  # the shift taken from a letter the example does not pair so
            plain, cipher = [g for g in _SHIFT_FROM.search(texts[shift]).groups() if g]
            other = next(ch for ch in "abcdefghijklmnopqrstuvwxyz" if ch != cipher)
            wrong = texts[shift].replace(f"{plain} → {cipher}", f"{plain} → {other}", 1)
            assert ver.label_steps(task, record["problem"], texts[:shift] + [wrong])[shift] is False, wrong
            mutated += 1
    assert mutated > 60


@settings(max_examples=150, deadline=None)
@given(plain=phrases, a=st.sampled_from(ver.UNITS[1:]), b=st.integers(0, 25), wrong=st.integers(1, 25),
       data=st.data())
def test_a_multiplier_solved_from_any_two_letters_is_judged_right(plain, a, b, wrong, data):
    """For any example of × a, + b and any two of its letters whose plain difference can be undone, the working with
    the true multiplier labels true, and with any other (every equation still true) false."""
    cipher = encrypt_letters(plain, lambda n, _: a * n + b)
    letters = sorted({(ver.POSITION[p], ver.POSITION[c]) for p, c in zip(plain.replace(" ", ""),
                                                                         cipher.replace(" ", ""))})
    pairs = [(u, v) for u in letters for v in letters if (u[0] - v[0]) % 2 and (u[0] - v[0]) % 13]
    if not pairs:
        return
    (x1, y1), (x2, y2) = data.draw(st.sampled_from(pairs))
    d, e = x1 - x2, y1 - y2
    inverse = pow(d, -1, 26)
    problem = {"example": {"ciphertext": cipher, "plaintext": plain}, "ciphertext": cipher}
    head = (f"The shift drops out of the difference: {x1} − {x2} = {d} and {y1} − {y2} = {e}, so the multiplier times "
            f"{d} must match {e}, mod 26. So {inverse} undoes × {d}").replace("-", "−")
    for m, holds in ((a, True), ((a + wrong) % 26, False)):
        step = f"{head}, and the multiplier is {m}."
        assert ver.label_steps("cipher.unknown", problem, [step]) == [holds], step


_SEARCH15 = ("Which number times 15 leaves 1 over a multiple of 26? Counting up from 27 in 26s, {listed} not multiples of "
             "15, but 15 × 7 = 105 = 4 × 26 + 1, so 7 undoes × 15.")


@pytest.mark.parametrize("step, holds", [
    # _AFFINE7 is × 7, + 8: plain o is written i, s is k, a is o; d, k, n, q and x are only cipher letters
    ("  plain o = 15: 7 × 15 + 8 = 113, 113 − 4 × 26 = 9 = i ✓", True),
    ("Now encode a third letter, plain o = 15: 7 × 15 + 8 = 113, 113 − 4 × 26 = 9 = i. So far so good.", True),
    ("  plain d = 4: 7 × 4 + 8 = 36, 36 − 26 = 10 = j ✓", False),  # d is no plain letter of the example
    ("  plain i = 9: 7 × 9 + 8 = 71, 71 − 2 × 26 = 19 = s ✓", True),
    ("  plain s = 19: 7 × 19 + 8 = 141, 141 − 5 × 26 = 11 = k ✓", True),
    ("  plain s = 19: 7 × 9 + 8 = 71, 71 − 2 × 26 = 19 = s ✓", False),  # the number multiplied is i's, not s's
    ("  plain o = 15: 3 × 15 + 4 = 49, 49 − 26 = 23 = w; but the example has i. Rejected.", True),
    ("  plain o = 15: 3 × 15 + 4 = 49, 49 − 26 = 23 = w, not i.", True),  # turned down, not claimed to fit
    ("The rest, quickly: plain o gives i, u gives y and r gives d. All fit.", True),
    ("The rest, quickly: plain i gives o, u gives y. All fit.", False),  # cipher i is plain o: the other way round
    ("The rest, quickly: plain o gives i, y gives u. All fit.", False),  # the second one the other way round
    ("The one letter left fits too: plain o gives i, so all 21 letters of the example do.", True),
    ("The one letter left fits too: plain o gives k, so all 21 letters of the example do.", False),
    (_SEARCH15.format(listed="27, 53 and 79 are"), True),
    (_SEARCH15.format(listed="27 and 79 are"), False),  # 53 left out of the count
    (_SEARCH15.format(listed="27, 53, 79 and 131 are"), False),  # 105 skipped over
    (_SEARCH15.format(listed="27, 53, 79 and 105 are"), False),  # 105 is a multiple of 15
    ("Counting up from 27 in 26s, 27, 53 and 79 are not multiples of 3, but 3 × 9 = 27 = 26 + 1.", False),
    ("27, the first number 1 over a multiple of 26, is a multiple of 3 already: 3 × 9 = 27 = 26 + 1, so 9 undoes × 3.",
     True),
    ("27, the first number 1 over a multiple of 26, is a multiple of 5 already: 5 × 21 = 105 = 4 × 26 + 1.", False),
    ("53, the first number 1 over a multiple of 26, is a multiple of 3 already: 3 × 9 = 27 = 26 + 1.", False),
    ("27, the first number 1 over a multiple of 26, is a multiple of 9 already: 3 × 9 = 27 = 26 + 1.", False),
    ("17 = 26 − 9, and 9 × 3 = 27 = 26 + 1; (−9) × (−3) = 27 too, so 26 − 3 = 23 undoes × 17: 17 × 23 = 391 = "
     "15 × 26 + 1.", True),
    ("17 = 26 − 9, and 9 × 3 = 27 = 26 + 1; (−9) × (−3) = 27 too, so 26 − 3 = 23 undoes × 19.", False),
    ("25 = 26 − 1, and (−1) × (−1) = 1, so 25 undoes × 25: 25 × 25 = 625 = 24 × 26 + 1.", True),
])
def test_multiply_and_shift_tests_encoding_plain_letters_are_judged_one_way_round(step, holds):
    """The tests after solving multiply-and-shift encode plain letters, said so ("plain o = 15: … = i", "plain o
    gives i"): unlike an arrow, read either way, each is judged as plain to cipher only, against the example. The
    search for the number that undoes the multiplier is judged too: the numbers 1 over a multiple of 26 counted in
    turn from 27, none left out or skipped, none of them a multiple until the last."""
    assert ver.label_steps("cipher.affine", _AFFINE7, [step]) == [holds], step


def test_an_encoding_test_uses_the_multiplier_the_trace_found():
    solve = _SOLVE7.format(m="15 × (−3) = −45, −45 + 2 × 26 = 7")
    assert ver.label_steps("cipher.affine", _AFFINE7, [
        solve, "  plain o = 15: 7 × 15 + 8 = 113, 113 − 4 × 26 = 9 = i ✓"]) == [True, True]
    assert ver.label_steps("cipher.affine", _AFFINE7, [  # true of × 11, + 4, which the trace never found
        solve, "  plain o = 15: 11 × 15 + 4 = 169, 169 − 6 × 26 = 13 = i ✓".replace("13 = i", "13 = m")]) == [True, False]


_GIVEN = re.compile(r"(?<![a-z])([a-z]) gives ([a-z])(?![a-z])")


@pytest.mark.parametrize("task, params", [("cipher.affine", {}), ("cipher.unknown", {"detours": 1.0})])
def test_generated_encodings_turned_round_or_searched_wrong_are_false(task, params):
    """In generated traces, a plain letter of the quick list said the other way round ("plain i gives o" where
    plain o gives i) labels false where the example does not also have it so, and a search for the undoer with one
    number left out labels false; the steps before stay true."""
    turned = dropped = 0
    for record in slowthink.generate(task, 80, seed=31, **params):
        example = record["problem"]["example"]
        written = set(zip(example["plaintext"].replace(" ", ""), example["ciphertext"].replace(" ", "")))
        texts = [s["text"] for s in record["steps"]]
        for k, line in enumerate(texts):
            given = [(p, c) for p, c in _GIVEN.findall(line) if (c, p) not in written] if "plain" in line else []
            if given:
                p, c = given[0]
                wrong = line.replace(f"{p} gives {c}", f"{c} gives {p}", 1)
                assert ver.label_steps(task, record["problem"], texts[:k] + [wrong]) == [True] * k + [False], wrong
                turned += 1
            search = re.search(r"in 26s, (\d+), (\d+)", line)
            if search:
                wrong = line.replace(search.group(), f"in 26s, {search.group(2)}", 1)
                assert ver.label_steps(task, record["problem"], texts[:k] + [wrong]) == [True] * k + [False], wrong
                dropped += 1
    assert turned >= 10 and dropped >= 10, (turned, dropped)


# key 3, 17, 1: d − a: 4 − 1 = 3, j − s: 10 + 26 − 19 = 17, p − o: 16 − 15 = 1, i − f: 9 − 6 = 3, …
_KEY3 = {"example": {"ciphertext": "d jpik udsmh yvpdfg rxdp", "plaintext": "a soft table hummed away"},
         "ciphertext": "wyf gvthiu"}
_LIST = "The shift of each letter, ciphertext minus plaintext, for the first 4 of 20: {items}."


@pytest.mark.parametrize("step, holds", [
    (_LIST.format(items="d − a: 4 − 1 = 3, j − s: 10 + 26 − 19 = 17, p − o: 16 − 15 = 1, i − f: 9 − 6 = 3"), True),
    (_LIST.format(items="d − a: 4 − 1 = 3, p − o: 16 − 15 = 1, j − s: 10 + 26 − 19 = 17"), False),  # out of order
    # a pair met again in the list is given the shift it had, "again", at its own place in the list
    (_LIST.format(items="d − a: 4 − 1 = 3, j − s: 10 + 26 − 19 = 17, p − o: 16 − 15 = 1, i − f: 9 − 6 = 3, k − t: "
                        "11 + 26 − 20 = 17, u − t: 21 − 20 = 1, d − a: 3 again"), True),
    (_LIST.format(items="d − a: 4 − 1 = 3, j − s: 10 + 26 − 19 = 17, p − o: 16 − 15 = 1, i − f: 9 − 6 = 3, k − t: "
                        "11 + 26 − 20 = 17, u − t: 21 − 20 = 1, d − a: 4 again"), False),  # its shift is 3
    (_LIST.format(items="d − a: 4 − 1 = 3, j − s: 10 + 26 − 19 = 17, p − o: 16 − 15 = 1, i − f: 9 − 6 = 3, k − t: "
                        "11 + 26 − 20 = 17, d − a: 3 again"), False),  # letter 6 is u − t
    (_LIST.format(items="d − a: 3 again, j − s: 10 + 26 − 19 = 17"), False),  # not listed before: no "again"
    (_LIST.format(items="a − d: 1 + 26 − 4 = 23"), False),  # plaintext minus ciphertext
    (_LIST.format(items="d − a: 4 + 26 − 1 = 29"), False),  # 26 added where nothing went round past z
    (_LIST.format(items="d − b: 4 − 2 = 2"), False),  # d is written for a
    ("j − s: 10 + 26 − 19 = 17.", True), ("j − s: 10 + 26 − 18 = 18.", False),  # 18 is r, not s
    ("Shortest repeating key? A key of length k would bring the first shift, 3, back at letter k + 1; in letters 2 and "
     "3 it never comes back. Letter 4 has 3 again.", True),
    ("A key of length k would bring the first shift, 3, back at letter k + 1; in letters 2 to 4 it never comes back.",
     False),  # letter 4 has 3
    ("A key of length k would bring the first shift, 3, back at letter k + 1; in letters 2 to 4 it comes back only "
     "at letter 4.", True),
    ("Letter 4 has 17 again.", False), ("Letter 2 has 17 instead.", True),
    ("A key of length k would bring the first shift, 17, back at letter k + 1.", False),
    ("Key length 3: 3, 17, 1 | 3, 17, 1 | 3, 17, 1 | 3. That seems promising.", True),
    ("Key length 6: 3, 17, 1, 3, 17, 1 | 3, 17, 1, 3. That seems promising.", False),  # 3 repeats already
    ("Key length 3: 3, 17, 1 | 3, 17, 2 | 3. That seems promising.", False),  # letter 6 has 1
    ("So no key of up to 2 shifts; a longer one would need more than these 4 shifts to show.", True),
    ("So no key of up to 3 shifts.", False),
    ("The plain h = 8 is c = 3 in the ciphertext, a shift of 3 + 26 − 8 = 21 (c comes before h in the alphabet, so "
     "the shift went round past z: add 26).", True),
    ("h comes before c in the alphabet.", False),
])
def test_a_repeating_key_read_off_the_example_is_judged_claim_by_claim(step, holds):
    """Each shift names its letters and is judged as theirs, in the example's order, 26 added just where the
    ciphertext letter comes first; the argument for the key's length (the first shift, where it comes back, where a
    key breaks), the blocks of a key found and "no key of up to n shifts" are judged against the example's shifts."""
    assert ver.label_steps("cipher.vigenere", _KEY3, [step]) == [holds], step


def test_a_letter_table_read_off_word_by_word_with_a_wrong_letter_is_false():
    """A table read off the example word by word ('"tdwv" → "huge" adds t → h, w → g (d → u as before)'): a letter
    said to stand for one the example pairs it with neither way round labels false there, added or repeated, and
    every step before stays true."""
    mutated = 0
    for task, params in (("cipher.substitution", {}), ("cipher.unknown", {"detours": 1.0})):
        for record in slowthink.generate(task, 40, seed=43, **params):
            example = record["problem"]["example"]
            paired = set(zip(example["ciphertext"].replace(" ", ""), example["plaintext"].lower().replace(" ", "")))
            texts = [s["text"] for s in record["steps"]]
            for k, line in enumerate(texts):
                if not re.search(r' adds [a-z] → |: [a-z] → [a-z], |as before', line) or "nothing new" in line:
                    continue
                x, y = re.findall(r"(?<![a-z\"])([a-z]) → ([a-z])(?![a-z\"])", line)[-1]  # an added or a repeated one
                other = next(z for z in "abcdefghijklmnopqrstuvwxyz" if (x, z) not in paired and (z, x) not in paired)
                head, _, tail = line.rpartition(f"{x} → {y}")
                wrong = f"{head}{x} → {other}{tail}"
                assert ver.label_steps(task, record["problem"], texts[:k] + [wrong]) == [True] * k + [False], wrong
                mutated += 1
    assert mutated >= 100, mutated


def test_generated_key_claims_made_wrong_are_false():
    """In generated traces, two neighbouring shifts with their letters swapped, the first shift said to come back one
    letter later, or a key found said one longer, each label false from that step; the steps before stay true."""
    mutated = 0
    for task, params in (("cipher.vigenere", {"max_key_length": 5}), ("cipher.unknown", {"detours": 1.0})):
        for record in slowthink.generate(task, 60, seed=41, **params):
            texts = [s["text"] for s in record["steps"]]
            example = record["problem"]["example"]
            shifts = [(ord(c) - ord(p)) % 26 for c, p in zip(example["ciphertext"].replace(" ", ""),
                                                               example["plaintext"].lower().replace(" ", ""))]
            for k, line in enumerate(texts):
                wrongs = []
                items = re.findall(r"[a-z] − [a-z]: [\d +−]+= \d+", line)
                if "minus plaintext" in line and len(items) >= 2 and items[0][:5] != items[1][:5]:
                    wrongs.append(line.replace(f"{items[0]}, {items[1]}", f"{items[1]}, {items[0]}", 1))
                again = re.search(r"Letter (\d+) has (\d+) again", line)
                if again and shifts[int(again.group(1))] != int(again.group(2)):  # letter n + 1 has another shift
                    wrongs.append(line.replace(again.group(), f"Letter {int(again.group(1)) + 1} has {again.group(2)}"
                                                              " again"))
                length = re.match(r"Key length (\d+):", line)
                if length:
                    wrongs.append(line.replace(length.group(), f"Key length {int(length.group(1)) + 1}:"))
                for wrong in wrongs:
                    labels = ver.label_steps(task, record["problem"], texts[:k] + [wrong])
                    assert labels == [True] * k + [False], wrong
                    mutated += 1
    assert mutated >= 100, mutated


# ---------------------------------------------------------------- a letter table read off the example

_TABLE_OK = {"example": {"ciphertext": "xli gex", "plaintext": "the cat"}, "ciphertext": "gex"}  # one to one
_LETTER_FOR_TWO = {"example": {"ciphertext": "xli gxx", "plaintext": "the cat"}, "ciphertext": "gx"}  # x: t, a and t
_TWO_FOR_ONE = {"example": {"ciphertext": "xli gep", "plaintext": "the cat"}, "ciphertext": "ge"}  # x and p: t
_CONSISTENT = "No ciphertext letter stands for two letters, and no two for one, so one table fits the whole example."


@pytest.mark.parametrize("problem, step, holds", [
    (_TABLE_OK, _CONSISTENT, True),
    (_TABLE_OK, "No ciphertext letter stands for two different letters, and no two stand for the same one.", True),
    (_LETTER_FOR_TWO, _CONSISTENT, False),
    (_LETTER_FOR_TWO, "No ciphertext letter stands for two letters.", False),
    (_LETTER_FOR_TWO, "No two stand for the same one.", True),  # a and t are written x, but by one letter
    (_TWO_FOR_ONE, _CONSISTENT, False),
    (_TWO_FOR_ONE, "No ciphertext letter stands for two letters.", True),
    (_TWO_FOR_ONE, "No two for one: t is written x and p.", False),
    (_LETTER_FOR_TWO, "If no ciphertext letter stands for two letters, a table fits.", True),  # supposed, not said
    (_REVERSED, _CONSISTENT, False),  # read letter for letter, the u of "kciuq" is c, of "spmuj" p
    ({"example": {"ciphertext": "oyfjdnisdr", "plaintext": "think"}, "ciphertext": "oy"}, _CONSISTENT, False),  # pairs
])
def test_a_letter_table_is_judged_consistent_only_where_the_example_is(problem, step, holds):
    """A table read off the example cannot fail on that example; what tests it is that the reading is consistent,
    no ciphertext letter standing for two letters and no two for one. That claim is judged against the example."""
    assert ver.label_steps("cipher.unknown", problem, [step]) == [holds], step


# ---------------------------------------------------------------- why not one shift, and which words are words

def _affine(text, a=5, b=8):
    return encrypt_letters(text, lambda n, _: a * n + b)


AFFINE = {"example": {"ciphertext": _affine("the red fox sees the tree"), "plaintext": "the red fox sees the tree"},
          "ciphertext": _affine("a big dog")}
KEYED = {"example": {"ciphertext": encrypt_letters("the red fox sees the tree", lambda n, i: n + (3, 10)[i % 2]),
                     "plaintext": "the red fox sees the tree"}, "ciphertext": "abc"}


def _moved(p, c):
    k = (ord(c) - ord(p)) % 26
    return f"plain {p} became {c}, {k} place{'s' if k != 1 else ''} on" + (" round past z" if c < p else "")


def _pairs(problem):
    e = problem["example"]
    return list(zip(e["plaintext"].replace(" ", ""), e["ciphertext"].replace(" ", "")))


def test_letters_said_to_move_by_different_amounts_are_judged_against_the_example():
    (p1, c1), (p2, c2) = _pairs(AFFINE)[0], _pairs(AFFINE)[1]  # t and h, moved by different amounts
    holds = lambda step, problem=AFFINE: ver.step_holds("cipher.unknown", problem, step)
    assert holds(f"Could it be a single shift? No: {_moved(p1, c1)}, but {_moved(p2, c2)}.")
    assert holds(f"One shift for every letter is ruled out at once: {_moved(p1, c1)}, but {_moved(p2, c2)}.")
    k = (ord(c1) - ord(p1)) % 26
    assert not holds(f"Could it be a single shift? No: plain {p1} became {c1}, {k % 25 + 1} places on.")  # miscounted
    assert not holds(f"Could it be a single shift? No: plain {p1} became {chr((ord(c1) - 96) % 26 + 97)}.")  # wrong letter
    assert not holds(f"Could it be a single shift? No: plain {p1} stayed {p1}.")
    wrong_z = _moved(p1, c1).replace(" round past z", "") if c1 < p1 else _moved(p1, c1) + " round past z"
    assert not holds(f"Is it a single shift? The example says no: {wrong_z}.")
    # on a Caesar example no two letters move differently, so "no single shift" is false whatever it names
    t, w = _pairs(CAESAR)[0]
    assert not holds(f"Could it be a single shift? No: {_moved(t, w)}.", CAESAR)
    assert holds(f"Could it be a single shift? Perhaps: {_moved(t, w)}.", CAESAR)
    # hedged, a claim is not judged
    assert holds("If plain a became z, 3 places on, then nothing.")


def test_a_letter_written_one_way_or_two_ways_and_what_it_rules_out():
    holds = lambda step, problem: ver.step_holds("cipher.unknown", problem, step)
    e_aff = dict(_pairs(AFFINE))
    assert holds(f"Yet plain e became {e_aff['e']} each time, so each letter keeps one code.", AFFINE)
    assert not holds(f"Yet plain x became {e_aff['x']} each time.", AFFINE)  # x comes once
    keyed = _pairs(KEYED)
    codes = sorted({c for p, c in keyed if p == "e"})
    assert len(codes) == 2
    assert holds(f"And plain e became {codes[0]} in one place and {codes[1]} in another, so no fixed letter table "
                 "fits either.", KEYED)
    assert not holds(f"And plain e became {codes[0]} in one place and {codes[0]} in another.", KEYED)
    assert not holds(f"Yet plain e became {codes[0]} each time.", KEYED)
    assert not holds("So no fixed letter table fits either.", AFFINE)  # a letter table does fit it


BLIND_LOG = {"ciphertext": "svn rhkudq lhqqnqr czmbdc svhbd"}


@pytest.mark.parametrize("step, holds", [
    ('Test back 7 on another word: "lhqqnqr" back 7 is "eajjgjk", not a word.', True),
    ('The same shift on another word: "lhqqnqr" back 7 is "eajjgjk", which is no word.', True),
    ('"svn" back 7 is "log", not a word.', False),  # "log" is a word, if not the generator's
    ('"svn" back 7 is "log", which is not a word.', False),
    ('"svn" back 6 is "mph", not a word.', True),
    ('"lhqqnqr" back 7 is "eajjgjq", not a word.', False),  # the letters are wrong
    ('"svn" back 5 is "nqi", back 6 is "mph": no other real word.', True),
    ('"svn" back 6 is "mph", back 7 is "log": no other real word.', False),
    ('"svn" back 14 is "ehz", back 20 is "ybt" (ruled out above): no other real word.', True),
])
def test_a_string_said_to_be_no_word_is_judged_false_where_it_is_a_known_word(step, holds):
    assert ver.step_holds("cipher.caesar_blind", BLIND_LOG, step) is holds


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 200), st.integers(0, 25), st.booleans())
def test_a_letter_said_to_move_holds_exactly_when_the_example_moves_it_so(index, said, past_z):
    pairs = _pairs(AFFINE)
    p, c = pairs[index % len(pairs)]
    step = f"Could it be a single shift? No: plain {p} became {c}, {said} places on" + (" round past z." if past_z else ".")
    truth = said == (ord(c) - ord(p)) % 26 and past_z == (c < p)
    assert ver.step_holds("cipher.unknown", AFFINE, step) is truth


@pytest.mark.parametrize("step", [
    "plain a became b, 1 place on, " * 600,
    '"' + "a" * 5000 + '", not a word. ' * 3,
    "Could it be a single shift? No: " + "plain e became " * 1200,
    '"svn" ' + 'back 1 is "rum", ' * 900 + ": no other real word.",
    "And plain e became q in one place and " * 400 + "x in another.",
])
def test_the_new_claims_are_safe_on_hostile_text(step):
    for task, problem in (("cipher.unknown", AFFINE), ("cipher.caesar_blind", BLIND_LOG)):
        assert ver.step_holds(task, problem, step) in (True, False)


@pytest.mark.parametrize("first, holds", [
    ("The message is 'rq wkh pdw'.", True), ('The text is "rq wkh pdw".', True),  # the problem's message, said again
    ("The message is 'rq wkh paw'.", False),  # misread: no text of the problem, and no decoding of it
    ("The decoded message is 'rq wkh pdw'.", False), ("It decodes to 'rq wkh pdw'.", False),  # said decoded: wrong
    ("The message is 'on the mat'.", True),  # the decoding, right
])
def test_the_message_said_again_word_for_word_is_no_decoding(first, holds):
    """'The message is "rq wkh pdw"' opening a trace, the problem's own message said again, was labelled false: read
    as a claim that the message decodes to itself. Said to be the decoded or original message, it is still judged."""
    steps = [first, "Shift back 3: on the mat.", "Answer: on the mat"]
    assert slowthink.label_steps("cipher.caesar", CAESAR, steps)[0] is holds


@pytest.mark.parametrize("first, holds", [
    ("Decode: rq wkh paw", False), ("The ciphertext is 'rq wkh paw'.", False), ('We need to decode "rq wkh paw".', False),
    ("Encrypted message: rq wkh paw", False),
    ("Decode: rq wkh pdw", True), ("The ciphertext is 'rq wkh pdw'.", True), ("Decode: rq first.", True),  # a part
    ("Message: rq wkh paw", True),  # "message" alone may be the decoded one: not read as the ciphertext
])
def test_the_message_to_decode_said_wrong_is_a_false_step(first, holds):
    """'Decode: rq wkh paw' for 'rq wkh pdw', a misread message, was labelled true: only a quoted one after 'the
    message is' was judged (as a decoding). Said as the message to decode, with its word lengths, it must be it."""
    steps = [first, "Shift back 3: on the mat.", "Answer: on the mat"]
    assert slowthink.label_steps("cipher.caesar", CAESAR, steps)[0] is holds


@pytest.mark.parametrize("example, message", [
    ("the answer is wide open", "ivy rolled"),  # "answer is wide open" was read as the step's answer, and wrong
    ("check the fox the message is the answer", "ivy rolled"),
    ("the secret message is fox bright", "ivy rolled"),  # the message's word lengths: read as the message misread
])
@pytest.mark.parametrize("rule, shift", [("caesar", lambda n, k: n + 3), ("vigenere", lambda n, k: n + (4, 9)[k % 2])])
def test_an_example_whose_plaintext_reads_like_a_claim_is_said_again_as_it_is(example, message, rule, shift):
    """Found by writing problems whose example says "the answer is …": the trace's first step quotes the example, and
    the words inside its quotes were judged as the step's own answer or its restating of the message."""
    problem = {"example": {"ciphertext": encrypt_letters(example, shift), "plaintext": example},
               "ciphertext": encrypt_letters(message, shift)}
    record = slowthink.solve(f"cipher.{rule}", problem)
    assert record["answer"] == message
    assert record["verified"], next(step["text"] for step in record["steps"] if not step["label"])
    said = problem["example"]
    for left, right in (("'", "'"), ("‘", "’"), ("“", "”")):  # as models quote it
        step = f"It's {left}{said['ciphertext']}{right} → {left}{said['plaintext']}{right}."
        assert ver.label_steps(f"cipher.{rule}", problem, [step]) == [True], step
    assert not ver.label_steps(f"cipher.{rule}", problem, ['The answer is "ivy rolls".'])[0]  # said outside quotes: judged
    assert not ver.label_steps(f"cipher.{rule}", problem, ["The dogs' answer is ivy rolls."])[0]  # an apostrophe


REVERSED = {"example": {"ciphertext": "aras tliub em ylduorp elihw yeht dehsup reh ylmlac",
                        "plaintext": "sara built me proudly while they pushed her calmly"},
            "ciphertext": "amme tas neht od ton dnem sih egnarts snworc"}


@pytest.mark.parametrize("step, holds", [
    ('"ton" backwards is "not", and "dnem" written in reverse is "emnd".', False),
    ('"ton" backwards is "not", and "dnem" written in reverse is "mend".', True),
    ("'ton' backwards is 'not', so 'dnem' backwards is 'emnd'.", False),
    ('It is not true that "dnem" backwards is "emnd".', True),  # a "not" of the step's own still hedges
])
def test_a_quoted_not_hedges_nothing_after_it(step, holds):
    """Found by drawing random settings: the planted slip '"dnem" written in reverse is "emnd"' went unseen after the
    decoded word "not", whose quoted "not" read as the step saying the claim after it was not so."""
    assert ver.label_steps("cipher.reverse", REVERSED, [step]) == [holds]


AFFINE_19_18 = {"example": {"ciphertext": "wlkvk sijh hnkh mniil xqm", "plaintext": "clara kept that wheel now"},
                "ciphertext": "mkxpiv bvqe hngo dvkti dqy"}
AFFINE_19_18_STEPS = [
    'From the example, "wlkvk sijh hnkh mniil xqm" → "clara kept that wheel now"; the job is to decode "mkxpiv bvqe '
    'hngo dvkti dqy".', "Alphabet positions: a = 1, b = 2, and so on up to z = 26.",
    "Take l → l and w → c: l = 12, w = 23, c = 3.",
    "Taking one from the other, the shift cancels: 12 − 3 = 9 and 12 − 23 = −11, so the multiplier times 9 must match "
    "−11, mod 26. To undo × 9, find the number that times 9 leaves 1 over a multiple of 26. 27, the first number 1 over "
    "a multiple of 26, is a multiple of 9 already: 9 × 3 = 27 = 26 + 1; so 3 undoes × 9, and the multiplier is 3 × "
    "(−11) = −33, −33 + 2 × 26 = 19.", "The shift then comes from l → l: 12 − 19 × 12 = −216, −216 + 9 × 26 = 18.",
    "Now encode a third letter, plain a = 1: 19 × 1 + 18 = 37, 37 − 26 = 11 = k. So far so good."]


@pytest.mark.parametrize("step, holds", [
    ("Alphabet positions: a = 3, b = 2, and so on up to z = 26.", False),  # was read as an affine trial's pair
    ("a = 3, b = 2, ..., z = 26", False), ("Alphabet positions: a = 1, b = 2, and so on up to z = 26.", True),
    ("a = 0, b = 1, ..., z = 25", True),
])
def test_a_numbering_of_the_alphabet_said_wrongly_is_false(step, holds):
    """Found by changing one digit after an '=' in our own traces: "a = 3, b = 2, and so on up to z = 26" passed, its
    "a = 3, b = 2" taken for an affine trial's multiplier and shift."""
    problem = {"example": {"ciphertext": "khoor", "plaintext": "hello"}, "ciphertext": "zruog"}
    assert ver.label_steps("cipher.caesar", problem, [step]) == [holds]


def test_a_plain_letters_position_in_the_affine_task_is_no_key():
    """Found the same way: "plain a = 9: 19 × 1 + 18 = 37" passed in the affine task, "a = 9" read as the key a."""
    assert ver.label_steps("cipher.affine", AFFINE_19_18, AFFINE_19_18_STEPS) == [True] * len(AFFINE_19_18_STEPS)
    slipped = AFFINE_19_18_STEPS[:-1] + [AFFINE_19_18_STEPS[-1].replace("plain a = 1:", "plain a = 9:")]
    assert ver.label_steps("cipher.affine", AFFINE_19_18, slipped) == [True] * (len(slipped) - 1) + [False]


SUBSTITUTED = {"example": {"ciphertext": "bhi peyjair neyw bqr bqogewb queki ahi lhiig swqu cybiyc",
                           "plaintext": "she counted your sad sailors above the wheel grab museum"},
               "ciphertext": "ceki qrq qgejs ahob bawqjsi pqa"}


@pytest.mark.parametrize("pairs, holds", [
    ("c → m; e → o; k → v; i → e", True),
    ("c → m; e → i; k → v; i → e", False),  # plain e is written i: a true pair the other way round, not o
    ("c → m; k → v; i → e", True),  # a letter left out: the list is not the word's, and only its pairs are judged
])
def test_a_word_decoded_letter_by_letter_spells_the_decoding_it_says(pairs, holds):
    """Found by changing one letter in our own traces: '"ceki": c → m; e → i; …' passed, "e → i" being the example's
    encoding of e, so the slip hid behind the arrow read either way; the pairs must now spell "move"."""
    step = f'"ceki": {pairs}. That gives "ceki" → "move".'
    assert ver.label_steps("cipher.unknown", SUBSTITUTED, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ('"queki" → "above" adds q → a, u → b (e → o, k → v, i → e as before).', True),
    ('"queki" → "above" adds q → a, u → y (e → o, k → v, i → e as before).', False),  # u is b here, though plain u
    # is written y elsewhere in the example, so the pair alone passed
    ('"queki" → "above" adds q → a, u → b (e → i, k → v, i → e as before).', True),  # plain e is written i: either way
    ('"queki" → "above": q → a, u → b, e → o.', True), ('Nothing new from "queki" → "above": e → o, as before.', True),
    ('"queki" → "above": o → e (as it is written), v → k.', True),  # an encoding said after it, either way round
    ('"queki" → "above": q → a; so the next word, "ahi" → "the", gives a → t.', True),  # a letter of no word pair
])
def test_pairs_read_off_a_word_pair_are_its_letters(step, holds):
    """Found the same way: a table built a word at a time, '"jdrk" → "over" adds d → v (j → o, r → e, k → p as
    before)', passed with k → p, a true pair the other way round; pairs listed after a word pair now match it."""
    assert ver.label_steps("cipher.unknown", SUBSTITUTED, [step]) == [holds]
