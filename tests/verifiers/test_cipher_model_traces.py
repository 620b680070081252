"""Cipher step labels on traces written the way models write them, not the way slowthink's solver does: a
true step must not be marked false for its wording, and a plainly false one must not pass."""

from __future__ import annotations

import pytest

import slowthink

CAESAR = {"example": {"ciphertext": "khoor zruog", "plaintext": "hello world"}, "ciphertext": "wkh fdw vdw"}
PAIRS = {"example": {"ciphertext": "jbiaawlfwy uyaarjcecgjzbhga", "plaintext": "felix wandered"},
         "ciphertext": "uycg trztaaay"}
ATBASH = {"example": {"ciphertext": "svool", "plaintext": "hello"}, "ciphertext": "gsv xzg"}


def labels(task, problem, steps):
    return slowthink.label_steps(task, problem, steps)


FROM_ONE = "Number the letters a = 1, b = 2, and so on up to z = 26."  # so a 0-based position is a slip


def test_positions_counted_from_a_equals_0_are_judged_as_counted():
    steps = ["Let me use 0-based positions: a = 0, b = 1, ..., z = 25.",
             "k = 10, h = 7, so the shift is 10 - 7 = 3.",
             "w = 22, 22 - 3 = 19 = t. For 'f': (5 - 3) mod 26 = 2, which is c.",
             "Answer: the cat sat"]
    assert labels("cipher.caesar", CAESAR, steps) == [True] * 4
    # a slip in the other numbering is still a slip
    assert labels("cipher.caesar", CAESAR, steps[:2] + ["w = 21, 21 - 3 = 18 = s."] + steps[3:]) == [True, True, False, False]
    # with none said, a trace is read as it counts: the first step that holds only one way sets it
    assert labels("cipher.caesar", CAESAR, ["k = 10, h = 7."]) == [True]
    assert labels("cipher.caesar", CAESAR, ["k = 10, h = 7.", "h = 8."]) == [True, False]
    assert labels("cipher.caesar", CAESAR, ["k = 11, h = 8.", "h = 7."]) == [True, False]
    assert labels("cipher.caesar", CAESAR, ["k = 10, h = 8."]) == [False]  # one each way: a slip either way
    # said in the step itself, in capitals, or as a word; and "a = 1" counts from 1 again
    assert labels("cipher.atbash", ATBASH, ["With A=0, ..., Z=25, g = 6, 25 - 6 = 19 = t."]) == [True]
    assert labels("cipher.pair_average", PAIRS, ["With 0-indexed positions: j = 9, b = 1, (9 + 1) / 2 = 5 = f."]) == [True]
    assert labels("cipher.pair_average", PAIRS, [FROM_ONE, "jb: j = 9, b = 1, (9 + 1) / 2 = 5 = f."]) == [True, False]
    assert labels("cipher.caesar", CAESAR, ["Use a = 0: h = 7.", "Now with a = 1 instead: h = 8.", "h = 7."]) == \
        [True, True, False]
    # an affine trial's "a = 1, b = 3" is a multiplier and a shift, not a numbering of the alphabet
    assert labels("cipher.caesar", CAESAR, ["Count from a = 0.", "Is it 1x + 3? Try a = 1, b = 3.", "h = 7."]) == \
        [True] * 3


def test_a_decoding_asked_or_hedged_is_a_hypothesis_not_a_claim():
    assert labels("cipher.caesar", CAESAR, ["Maybe 'khoor' → 'jgnnq'? No, that's a shift of 1, doesn't match.",
                                            "Guess 'wkh' → 'and'? No: w → a would be a shift of 22.",
                                            "If 'fdw' -> 'dog', the shift would vary, so no.",
                                            "Shift 3: k → h, h → e, o → l. Yes.", "Answer: the cat sat"]) == [True] * 5
    # said, not asked: still judged, and a hypothesis does not cover the same decoding said again
    assert labels("cipher.caesar", CAESAR, ["So 'khoor' → 'jgnnq'."]) == [False]
    assert labels("cipher.caesar", CAESAR, ["Maybe 'fdw' → 'cot'? Yes: 'fdw' → 'cot'."]) == [False]
    assert labels("cipher.caesar", CAESAR, ["So 'fdw' → 'cot', right?"]) == [False]  # a tag question asserts
    # what a hypothesis would give, worked out in the sentence after it, is the hypothesis's
    blind = {"ciphertext": "wkh fdw vdw rq wkh pdw"}
    assert labels("cipher.caesar_blind", blind, ["Guess 'wkh' → 'and'? Then w → a, k → o, h → l: 'aol', not 'and'.",
                                                 "w → a would be a shift of 22... then k → o.",
                                                 "Answer: the cat sat on the mat"]) == [True] * 3
    assert labels("cipher.caesar_blind", blind, ["'wkh' → 'the'. Then 'fdw' → 'cot'."]) == [False]


def test_unquoted_words_either_side_of_an_arrow_are_read_as_one_decoding():
    steps = ["KHOOR ZRUOG → HELLO WORLD, so K → H.", "So: WKH FDW VDW → THE CAT SAT", "Answer: THE CAT SAT"]
    assert labels("cipher.caesar", CAESAR, steps) == [True] * 3
    assert labels("cipher.caesar", CAESAR, ["So: WKH FDW VDW → THE COT SAT"]) == [False]
    assert labels("cipher.caesar", CAESAR, ["so k ↦ j and h ↦ e"]) == [False]  # every arrow is read
    # each arrow by its own words: a longer decoding that holds elsewhere in the step does not cover this one
    assert labels("cipher.caesar", CAESAR, ["zz vdw → the zz. wkh fdw vdw → the cat sat"]) == [False]


AFFINE = {"example": {"ciphertext": "aiyd ksnfqd oppnq xqnn", "plaintext": "your silver apple fell"},
          "ciphertext": "pykl rlq zocgqr sbri rlq liykq"}


def test_arithmetic_mod_26_is_read_as_models_write_it():
    true = ["The inverse of 7 is 15, since 7 × 15 = 105 = 1 mod 26.", "Check: 7 * 15 = 105 = 1 (mod 26).",
            "Encryption: y = 7x + 8 (mod 26).", "For w, 22 − 3 ≡ 19 (mod 26), which is s.",
            "m ≡ 15 × (−3) = −45 ≡ 7 (mod 26).", "so 30 - 3 = 27 = 1 mod 26 = a", "175 mod 26 = 19 = s"]
    assert labels("cipher.affine", AFFINE, true) == [True] * len(true)
    for false in ["7 × 15 = 79 = 1 mod 26.",  # the product is 105: only the last side is read mod 26
                  "7 * 15 = 104 = 0 (mod 26).", "For w, 22 − 3 ≡ 18 (mod 26).", "m ≡ 15 × (−3) = −45 ≡ 8 (mod 26).",
                  "105 ≡ 1 ≡ 28 mod 26", "1 mod 26 = b"]:
        assert labels("cipher.affine", AFFINE, [FROM_ONE, false]) == [True, False], false


REVERSE = {"example": {"ciphertext": "eht selbat dekrow hguorht eht muesum",
                       "plaintext": "the tables worked through the museum"}, "ciphertext": "evif thgirb sedoc derednaw"}


def test_positions_and_shifts_in_the_notations_models_use_are_judged():
    true = ["k=11, h=8.", "Differences: k(11) - h(8) = 3, o(15) - l(12) = 3.", "K (11) → H (8), and w(23) - 3 = 20 = t.",
            "The position of k is 11, and h's position is 8.", "Shifting back by 3, 'fdw' gives 'cat'.",
            "E(x) = 7x + 8 is another rule; E(7) = 57, f(3): 7.", "Answer: the cat sat"]
    assert labels("cipher.caesar", CAESAR, true) == [True] * len(true)
    for false in ["k=11, h=9.", "k(12) - h(8) = 4.", "o(15) - l(12) = 4.", "K (12) → H (8).", "The position of k is 12.",
                  "Shifting back by 3, 'fdw' gives 'cbt'.", "shifting each letter back 3, 'fdw' becomes 'cot'"]:
        assert labels("cipher.caesar", CAESAR, [false]) == [False], false
    assert labels("cipher.reverse", REVERSE, ["'evif' reversed is 'five'.", "'thgirb' in reverse is 'bright'."]) == [True] * 2
    assert labels("cipher.reverse", REVERSE, ["'evif' reversed is 'fire'."]) == [False]


VIGENERE = {"example": {"ciphertext": "axl xvdlia svtl yz mhht", "plaintext": "the honest code is warm"},
            "ciphertext": "tecu axl bhcw ibtkuubf"}


def test_arithmetic_on_letters_is_read_as_models_carry_it():
    true = ["Decode tecu: t - 7 = 13 = m, e - 16 = 5 - 16 + 26 = 15 = o, c - 7 = 3 - 7 + 26 = 22 = v.",
            "d - 16 → 4 - 16 = -12 + 26 = 14 = n ✓.", "w(23) - 3 = t(20), and 23 - 3 = t.",
            "'jb' → 'f': sum j + b = 10 + 2 = 12 → l, not f.", "p = c - 3 = 19 is the rule."]
    assert labels("cipher.vigenere", VIGENERE, true) == [True] * len(true)
    for false in ["c - 7 = 3 - 7 + 26 = 21 = u.",  # the sum is 22
                  "t - 7 = 14.", "4 - 16 = -13 + 26 = 13 = m.", "23 - 3 = s.", "sum j + b = 10 + 2 = 12 → m.",
                  "c - 7 = 2 - 7 + 26 = 20."]:
        assert labels("cipher.vigenere", VIGENERE, [FROM_ONE, false]) == [True, False], false
    steps = ["'aw' → 'l': a = 1, w = 23, sum 24, 24/2 = 12 = l.",
             "'ay': (1 + 25)/2 = 13 → m; 'tr' → (20 + 18)/2 = 19 → s."]
    assert labels("cipher.pair_average", PAIRS, steps) == [True, True]
    assert labels("cipher.pair_average", PAIRS, [FROM_ONE, "'ay': (1 + 25)/2 = 13 → n."]) == [True, False]


SUBSTITUTION = {"example": {"ciphertext": "yrynyd iedhryq qet qravrw veqfyh qlqtyuq vflqpyuyh",
                            "plaintext": "eleven candles sat slowly washed sisters whispered"},
                "ciphertext": "tflq flhhyd ieupyt lq irynyu"}


def test_markdown_tables_quotes_and_bold_are_read_as_the_claims_they_hold():
    true = ["| Cipher | Value | Plain | Value |\n|---|---|---|---|\n| k | 11 | h | 8 |\n| w | 23 | t | 20 |",
            "| Ciphertext | Plaintext |\n| --- | --- |\n| **wkh** | **the** |\n| fdw | cat |",
            "| Letter | Count |\n|---|---|\n| w | 3 |\n| d | 3 |",  # a count is no position
            "| cipher | shift 3 | shift 4 |\n|---|---|---|\n| k | h | g |",  # a trial's table is no decoding
            "“wkh” → “the”, `fdw` → `cat`, **vdw** → **sat**.", "Now, wkh: w - 3 = t, k - 3 = h, h - 3 = e → the.",
            "| Letter | Position (a=0) |\n|:-:|:-:|\n| k | 10 |\n| h | 7 |", "Answer: the cat sat"]
    assert labels("cipher.caesar", CAESAR, true) == [True] * len(true)
    for false in ["| Cipher | Value | Plain | Value |\n|---|---|---|---|\n| w | 23 | t | 21 |",
                  "| Ciphertext | Plaintext |\n| --- | --- |\n| wkh | the |\n| fdw | cot |",
                  "| letter | position |\n|---|---|\n| k | 11 |\n| h | 9 |",
                  "“fdw” → “cot”.", "`fdw` → `cot`", "**fdw** → **cot**"]:
        assert labels("cipher.caesar", CAESAR, [false]) == [False], false
    assert labels("cipher.substitution", SUBSTITUTION, ["Decode: t f l q → t h i s."]) == [True]
    assert labels("cipher.substitution", SUBSTITUTION, ["Decode: t f l q → t h a s."]) == [False]
    assert labels("cipher.substitution", SUBSTITUTION, ["| cipher | plain |\n|---|---|\n| y | e |\n| r | m |"]) == [False]


def test_a_word_set_equal_to_another_is_a_decoding_or_a_trials_result():
    assert labels("cipher.caesar", CAESAR, ["wkh = the, fdw = cat, VDW = SAT.", "Shift 1: wkh = vjg.",
                                            "Answer: the cat sat"]) == [True] * 3
    for false in ["wkh = the, fdw = cot, vdw = sat", "'fdw' = 'cot'", "Shift 1: wkh = vjh."]:
        assert labels("cipher.caesar", CAESAR, [false]) == [False], false


def _reworded(task, count, reword):
    """slowthink's own traces for the task, each step reworded as a model might write it, with their labels as
    slowthink's verifier gives them before and after (negatives included: a planted step must stay the one)."""
    for record in slowthink.generate(task, count, seed=7, mistakes=0.4):
        steps = [step["text"] for step in record["steps"]]
        yield labels(task, record["problem"], steps), labels(task, record["problem"], [reword(s) for s in steps])


def test_solver_traces_reworded_as_models_write_them_keep_their_labels():
    import re
    bold = lambda step: re.sub(r'"([a-z ]+)"', r"**\1**", step)  # '"lw"' as **lw**, and so bare once bold is off
    stars = lambda step: step.replace("×", "*")
    exes = lambda step: step.replace(" × ", " x ")
    for task, reword in [("cipher.caesar", bold), ("cipher.reverse", bold), ("cipher.caesar_blind", bold),
                         ("cipher.vigenere", bold), ("cipher.affine", stars), ("cipher.unknown", stars),
                         ("cipher.affine", exes)]:
        for before, after in _reworded(task, 12, reword):
            assert after == before, task


def test_a_trials_arrow_to_a_longer_bare_word_is_no_crash():
    reverse = {"example": {"ciphertext": "eht", "plaintext": "the"}, "ciphertext": "evif"}
    assert labels("cipher.reverse", reverse, ["reversed k → of shift → backwards"]) in ([True], [False])


def test_an_affine_trace_counted_from_a_equals_0_as_textbooks_write_it():
    steps = ["Standard affine cipher: E(x) = (a·x + b) mod 26, with A=0, B=1, ..., Z=25.",
             "Plain 'y' (24) → cipher 'a' (0) and plain 'o' (14) → cipher 'i' (8).",
             "So 24a + b ≡ 0 and 14a + b ≡ 8 (mod 26). Subtract: 10a ≡ -8 ≡ 18 (mod 26).",
             "Divide by 2: 5a ≡ 9 (mod 13). The inverse of 5 mod 13 is 8 (5 × 8 = 40 = 1 mod 13). "
             "a ≡ 72 ≡ 7 (mod 13), so a = 7 or 20; a must be coprime to 26, so a = 7.",
             "Then b ≡ 8 - 14 × 7 = 8 - 98 = -90 ≡ 14 (mod 26).",
             "Check u (20): 7 × 20 + 14 = 154, 154 mod 26 = 24 = y ✓.",
             "Decrypt: x = 15(y − 14) mod 26, since 7 × 15 = 105 = 1 mod 26.",
             "y (24): 15 × 10 = 150, 150 mod 26 = 20 = u. k (10): 15 × (10 - 14) = -60 ≡ 18 = s.",
             "Answer: push the jacket into the house"]
    assert labels("cipher.affine", AFFINE, steps) == [True] * len(steps)
    slip = steps[:7] + ["y (24): 15 × 10 = 150, 150 mod 26 = 21 = v."] + steps[8:]
    assert labels("cipher.affine", AFFINE, slip) == [True] * 7 + [False, False]
    assert labels("cipher.affine", AFFINE, ["(5 × 8 = 40 = 2 mod 13)"]) == [False]


def test_letters_set_equal_and_letters_counted_apart_are_judged():
    true = ["k = h, h = e, o = l.", "K=H, H=E.", "k is 3 letters after h, and h is 3 places before k.",
            "a is 3 letters after x.", "E = a x + b, c = p + 3 and c = p are formulas.", "For w: c = w, p = t."]
    assert labels("cipher.caesar", CAESAR, true) == [True] * len(true)
    for false in ["k = h, h = f.", "k is 4 letters after h."]:
        assert labels("cipher.caesar", CAESAR, [false]) == [False], false
    assert labels("cipher.substitution", SUBSTITUTION, ["The mapping so far: y=e, r=l, n=v."]) == [True]
    assert labels("cipher.substitution", SUBSTITUTION, ["The mapping so far: y=e, r=l, n=w."]) == [False]


def test_positions_said_in_words_as_r1_writes_them():
    completion = """<think>
Okay, the example is khoor zruog -> hello world. Let me compare letter by letter.

K (11) to H (8): that's back 3. O (15) to L (12): also back 3. So it's a Caesar cipher with shift 3.

Wait, let me double-check with R: R is 18, O is 15, yes 3 again.

Now decode wkh: W is 23, minus 3 is 20 which is T. K minus 3 is H. H minus 3 is E. So THE.

fdw: F(6)-3=3=C, D(4)-3=1=A, W=T. CAT. vdw: V(22)-3=19=S, A, T. SAT.
</think>

The decoded message is **the cat sat**."""
    steps = completion.split("\n\n")
    assert labels("cipher.caesar", CAESAR, steps) == [True] * 6
    for right, wrong, at in [("V(22)-3=19=S", "V(22)-3=18=S", 4), ("R is 18, O is 15", "R is 17, O is 15", 2),
                             ("20 which is T", "20 which is U", 3)]:
        assert labels("cipher.caesar", CAESAR, completion.replace(right, wrong).split("\n\n")) == \
            [True] * at + [False] * (6 - at), wrong
    # a distance, a count or a rule's number is no position
    assert labels("cipher.caesar", CAESAR, ["t is 2 more than r; h is 3 letters after e; the difference of x and v "
                                            "is 2; so a is 7, and k is 3; the count of w is 3."]) == [True]


@pytest.mark.parametrize("step, holds", [
    ("k → h (back 3), h → e (back 3).", True), ("o → l back 3, and w → t is back 3.", True),
    ("d → g is forward 3; r → u, a shift of 3.", True), ("w → t (−3), h → k (+3).", True),
    ("k → h (back 4).", False), ("o → l is back 2.", False), ("r → o is forward 3.", False),
    ("w → t, a shift of 4.", False), ("h → k (−3).", False), ("k → h, 4 places back.", False),
])
def test_a_letter_pair_with_its_shift_said_after_it_moves_so(step, holds):
    """Before, "k → h (back 4)", "o → l is back 2" and "w → t, a shift of 4" passed: the amount said after a
    letter pair was not checked against the pair."""
    assert labels("cipher.caesar", CAESAR, [step]) == [holds]


@pytest.mark.parametrize("step, holds", [
    ("wkh: w - 3 = t, k - 3 = h, h - 3 = e → the.", True), ("'fdw': f → c, d → a, w → t = 'cat'.", True),
    ("Decode 'vdw': v → s, d → a, w → t, giving 'sat'.", True), ("For 'fdw': f (6) − 3 = 3 = c, d → a, w → t: 'cat'.", True),
    ("v = 22, 22 − 3 = 19 = s; d → a; w = 23, 23 − 3 = 20 = t. So 'sat'.", True),
    ("wkh: w - 3 = t, k - 3 = h, h - 3 = e → tha.", False), ("'fdw': f → c, d → a, w → t = 'cot'.", False),
    ("Decode 'vdw': v → s, d → a, w → t, giving 'set'.", False), ("For 'fdw': f (6) − 3 = 3 = c, d → a, w → t: 'cut'.", False),
    ("v = 22, 22 − 3 = 19 = s; d → a; w = 23, 23 − 3 = 20 = t. So 'sit'.", False),
])
def test_a_word_spelled_from_the_letters_just_worked_out_is_those_letters(step, holds):
    """Before, "k - 3 = h, h - 3 = e → tha", "…, w → t, giving 'set'" and "… = t. So 'sit'." passed: each letter was
    judged, but not the word they were put together into."""
    assert labels("cipher.caesar", CAESAR, [step]) == [holds]


REVERSED_WITH_I_AND_A = {"example": {"ciphertext": "i tfel a suomaf tresed ta net",
                                     "plaintext": "i left a famous desert at ten"}, "ciphertext": "eht tserof saw revlis"}


def test_a_word_decoded_whole_after_one_letter_words_is_not_spelled_from_them():
    """'"i" → "i", "a" → "a", "ta" → "at"' read "at" as spelled from the two one-letter results before it ("ia"), so
    our own solver's true step was false and the record dropped; a word decoded as a whole is not spelled out. A
    wrong whole decoding is still caught."""
    glance = 'The remaining words at a glance: "i" → "i", "a" → "a", "ta" → "{}"; all fit.'
    assert labels("cipher.reverse", REVERSED_WITH_I_AND_A, [glance.format("at")]) == [True]
    assert labels("cipher.reverse", REVERSED_WITH_I_AND_A, [glance.format("an")]) == [False]
    assert slowthink.solve("cipher.reverse", REVERSED_WITH_I_AND_A, seed=1)["verified"]


AFFINE_73 = {"example": {"ciphertext": "gaf kht pfccxb yxt", "plaintext": "the big yellow dog"}, "ciphertext": "snq mdzg"}


def test_a_or_b_set_to_a_value_in_an_affine_trace_names_the_key_not_a_position():
    """Before, "So a = 7" and "Maybe a = 3?" of an affine trace were read as positions of the letter a (which is 0 or
    1), so a true step was labelled false; only "with a = 5" was excused. In the affine task a and b name the key;
    in a Caesar trace "so a = 7" is still a wrong position, and in the affine task so is "so c = 7"."""
    steps = ["Let A=0. From the example, t (19) → g (6) and h (7) → a (0).",
             "So 19a + b ≡ 6 and 7a + b ≡ 0 (mod 26). Subtracting: 12a ≡ 6 (mod 26).",
             "Try a = 7: 12 × 7 = 84 = 3 × 26 + 6 ✓. So a = 7, and b ≡ 0 − 7 × 7 = −49 ≡ 3 (mod 26).",
             "Plain 'a' (0) → cipher 'd' (3), so b = 3.", "Maybe a = 3? No: 3 has to be checked."]
    assert labels("cipher.affine", AFFINE_73, steps) == [True] * len(steps)
    assert labels("cipher.affine", AFFINE_73, steps[:2] + ["So c = 7."]) == [True, True, False]
    assert labels("cipher.caesar", CAESAR, ["Let A=0.", "So a = 7."]) == [True, False]
    assert labels("cipher.caesar", CAESAR, ["So b = 8."]) == [False]


LEMON = {"example": {"ciphertext": "lxfopv ef rnhr", "plaintext": "attack at dawn"}, "ciphertext": "ssxr gsi xwap"}
REVERSE = {"example": {"ciphertext": "olleh ereht dneirf", "plaintext": "hello there friend"}, "ciphertext": "nepo eht rood"}


def test_a_running_total_after_letters_is_judged_as_a_running_total():
    """Before, "g − n = 6 − 13 = −7 + 26 = 19 = t" was false: the equation reader leaves out the letters' side, and
    the running total left ("= 6 − 13 = −7 + 26 = 19") began with an empty side, so it was never read as one."""
    steps = ["Shifts, cipher − plain, with A=0: l − a = 11 − 0 = 11 (L), x − t = 23 − 19 = 4 (E).",
             "'gsi' continues with N, L, E: g − n = 6 − 13 = −7 + 26 = 19 = t, s − l = 7 = h, i − e = 8 − 4 = 4 = e → 'the'."]
    assert labels("cipher.vigenere", LEMON, steps) == [True, True]
    assert labels("cipher.vigenere", LEMON, [steps[0], "g − n = 6 − 13 = −8 + 26 = 18 = s."]) == [True, False]


def test_a_letter_pair_said_to_move_so_many_places_is_no_position_and_no_trial():
    """Before, "l → l is 0" was read as the position of l, and "o → h is a shift of 7" as a trial of shift 7 whose
    result "l → l" was not; now each pair's bare "is 7" is how far it moves, judged either way round."""
    true = "Could it be a Caesar shift? o → h is a shift of 7 but l → e is 7 and l → l is 0. So not a single shift."
    assert labels("cipher.reverse", REVERSE, [true]) == [True]
    for false in ["o → h is a shift of 7 but l → e is 8 and l → l is 0.", "o → h is a shift of 7 but l → l is 1."]:
        assert labels("cipher.reverse", REVERSE, [false]) == [False], false


def test_a_congruence_with_no_modulus_said_is_mod_26_in_a_cipher_trace():
    """Before, "−14 ≡ 13 (M)" and "5 × 4 + 8 = 29 ≡ 2" passed: a congruence was judged only with "(mod n)" after it,
    and the equation reader leaves alone any chain with ≡ in it. A congruence said bare is mod 26 unless the trace
    names another modulus ("(mod 13)", where "72 ≡ 7" is true)."""
    shifts = "Shifts with A=0: f − t = 5 − 19 = −14 ≡ 12 (M), o − a = 14 (O)."
    assert labels("cipher.vigenere", LEMON, [shifts]) == [True]
    assert labels("cipher.vigenere", LEMON, [shifts.replace("≡ 12", "≡ 13")]) == [False]
    check = ["Let A=0.", "Check e (4): 7 × 4 + 3 = 31 ≡ 5 = f ✓, and b ≡ 6 − 57 = −51 ≡ 1."]
    assert labels("cipher.affine", AFFINE_73, check) == [True, True]
    assert labels("cipher.affine", AFFINE_73, [check[0], check[1].replace("= 31", "= 32")]) == [True, False]
    assert labels("cipher.affine", AFFINE_73, [check[0], check[1].replace("≡ 1.", "≡ 2.")]) == [True, False]
    assert labels("cipher.affine", AFFINE_73, ["5a ≡ 9 (mod 13), so 5 × 8 = 40 ≡ 1.", "Then 72 ≡ 7."]) == [True, True]
    assert labels("cipher.affine", AFFINE_73, ["Then 72 ≡ 7."]) == [False]


def test_a_fragment_said_to_appear_and_decode_to_a_word_decodes_to_it():
    """Before, "The word 'wkh' appears twice and decodes to 'thy'" passed: only "which/that decodes to" was read."""
    assert labels("cipher.caesar", CAESAR, ["The word 'wkh' appears once and decodes to 'the'."]) == [True]
    assert labels("cipher.caesar", CAESAR, ["The word 'wkh' appears once and decodes to 'thy'."]) == [False]


def test_a_number_with_its_letter_in_brackets_in_arithmetic_is_read_as_the_number():
    """Before, "x (24) − 20 (t) = 5" passed: "20 (t)" left the equation unreadable. Now the number is read, and it
    must be the letter's position (or, as a key letter's, its shift: "+ 4 (e)")."""
    blind = {"ciphertext": "xli gex wex sr xli qex"}
    assert labels("cipher.caesar_blind", blind, ["If xli = the: x (24) − 20 (t) = 4, so shift = 4."]) == [True]
    for false in ["If xli = the: x (24) − 20 (t) = 5, so shift = 4.", "x (24) − 21 (t) = 3."]:
        assert labels("cipher.caesar_blind", blind, [false]) == [False], false


def test_a_letter_plus_a_key_letter_in_capitals_lands_where_it_says():
    """Before, "c + N = q" of a Vigenère key guess passed: a letter plus a letter was not read. A key letter written
    in capitals counts its shift from a = 0; all in one case ("p + k = c") it may be a formula, and is left alone."""
    true = "Guess the key from the example: a + L = l, t + E = x, t + M = f, a + O = o, c + N = p. Key = LEMON."
    assert labels("cipher.vigenere", LEMON, [true, "p − N = c.", "So p + k = c is the rule."]) == [True] * 3
    for false in [true.replace("= p.", "= q."), "p − N = d."]:
        assert labels("cipher.vigenere", LEMON, [false]) == [False], false


def test_the_affine_key_said_outright_is_the_examples_key():
    """Before, "So a = 9", "the shift is 5" and "take away the shift 3, then multiply by 11" of an affine trace were
    labelled true whatever the numbers: a and b were excused as the key's names but never judged as the key. Here
    the multiplier is 7 (undone by 15) and the shift 3 counting from a = 0, 23 counting from a = 1."""
    opening = ["Let A=0. From the example, t (19) → g (6) and h (7) → a (0)."]
    for step in ["So a = 7 and b = 3.", "The shift is 3.", "multiplier: 7", "Take away the shift 3, then multiply by 15.",
                 "Multiply by 15 after taking away the shift 3.", "a = 9 does not fit.", "Try a = 9: 12 × 9 = 108 ✗.",
                 "Maybe the shift is 5?"]:
        assert labels("cipher.affine", AFFINE_73, opening + [step]) == [True, True], step
    for step in ["So a = 9.", "So a = 7 and b = 23.", "The shift is 5.", "multiplier: 9",
                 "Take away the shift 3, then multiply by 11.", "Multiply by 11 after taking away the shift 3."]:
        assert labels("cipher.affine", AFFINE_73, opening + [step]) == [True, False], step
    # with no numbering said, the shift may be counted either way; once a = 1 is said, only 23 is the shift
    assert labels("cipher.affine", AFFINE_73, ["So b = 23.", "So b = 4."]) == [True, False]
    assert labels("cipher.affine", AFFINE_73, ["So b = 3."]) == [True]
    # "b = 23" is the shift counted from a = 1 only: the trace counts so, and "b = 3" after it is a slip
    assert labels("cipher.affine", AFFINE_73, ["So b = 23.", "So b = 3."]) == [True, False]
    assert labels("cipher.affine", AFFINE_73, ["Number a = 1, b = 2, and so on.", "So b = 23.", "So b = 3."]) == \
        [True, True, False]


@pytest.mark.parametrize("step, holds", [
    ("So 19a + b ≡ 6 and 7a + b ≡ 0 (mod 26). Subtracting: 12a ≡ 6 (mod 26).", True),
    ("So 19a + b ≡ 6 and 7a + b ≡ 1 (mod 26).", False),
    ("12a ≡ 7 (mod 26)", False), ("12 × a = 84", True), ("12a = 85", False),
    ("a ≡ 7 (mod 13)", True), ("a ≡ 8 (mod 13)", False),
    ("7a − 49 ≡ 0 (mod 26)", True),  # was false: "−49 ≡ 0" was read alone
    ("2a − 14 ≡ 0", True), ("7(a + 1) ≡ 56", True), ("7(a + 1) ≡ 55", False),
    ("b ≡ 0 − 7 × 7 = −49 ≡ 3 (mod 26)", True), ("b ≡ 0 − 7 × 7 = −49 ≡ 4 (mod 26)", False),
    ("If a = 9, 12a = 108.", True), ("a = 9: 12a = 108 ≡ 4.", True),  # a trial's a, not the key
    ("12a ≡ 7 (mod 26)? No.", True),
])
def test_a_congruence_in_the_affine_keys_names_holds_for_the_examples_key(step, holds):
    """Before, "12a ≡ 7 (mod 26)" and "7a + b ≡ 1" passed whatever the key (a side with a letter was not read), and
    the true "7a − 49 ≡ 0" was false, its "−49 ≡ 0" read alone. The key here is a = 7, b = 3, counting from a = 0."""
    assert labels("cipher.affine", AFFINE_73, ["Let A=0. From the example, t (19) → g (6).", step]) == [True, holds], step


@pytest.mark.parametrize("step, holds", [
    ("7^-1 ≡ 15 (mod 26)", True), ("7^(−1) ≡ 15 (mod 26)", True),
    ("7^-1 ≡ 14 (mod 26)", False), ("a^-1 ≡ 15 (mod 26)", True), ("−1 ≡ 24 (mod 26)", False),
])
def test_an_inverse_written_as_a_power_of_minus_one_is_the_inverse(step, holds):
    """Before, "7^-1 ≡ 15 (mod 26)" was false: its left side was read as −1."""
    assert labels("cipher.affine", AFFINE_73, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("w → t (23 → 20)", True), ("w → t (23 → 21)", False), ("w -> t (23 -> 21)", False),
    ("Let A=0. w → t (22 → 19)", True), ("Let A=0. w → t (23 → 20)", False),
    ("w → t (23 − 3 = 20)", True), ("w → t (23 − 3 = 21)", False), ("x (23 − 3 = 21)", False),
])
def test_a_letter_pairs_working_in_brackets_after_it_is_judged(step, holds):
    """Before, "w → t (23 → 21)" and "w → t (23 − 3 = 21)" passed: positions in brackets after an arrow pair were not
    read, and a bracket after a single letter was taken for a function's argument ("f (3)"), its equation left out."""
    assert labels("cipher.caesar", CAESAR, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("So a = 7 and b = 3.", True), ("So a = 9 and b = 3.", False), ("19a + b ≡ 6", True), ("19a + b ≡ 7", False),
    ("7a − 49 ≡ 0", True),
    ("The shift is 5.", True),  # where the rule is to be found, a Caesar trial's words: not judged as this key
])
def test_where_the_rule_is_to_be_found_a_and_b_of_multiply_and_shift_are_judged_too(step, holds):
    """In `cipher.unknown`, "So a = 9 and b = 3." was excused as an affine trial's pair and never judged."""
    assert labels("cipher.unknown", AFFINE_73, ["Let A=0.", step]) == [True, holds], step


@pytest.mark.parametrize("steps, holds", [
    (["L = 11, E = 4, M = 12, O = 14, N = 13"], [True]),  # a key's letters as shifts, counted from a = 0 unsaid
    (["L = 11, E = 4, M = 12, O = 15, N = 13"], [False]),
    (["s - l = 18 - 11 = 7 → h"], [True]), (["s - l = 18 - 11 = 7 → i"], [False]),
    (["s = 19, l = 12", "s - l = 18 - 11 = 7 → h"], [True, False]),  # counted from a = 1 first: then a slip
])
def test_a_trace_that_never_says_how_it_numbers_is_read_as_it_counts(steps, holds):
    """Before, a trace counting from a = 0 without saying so ("L = 11, E = 4, …", the usual way to write a
    Vigenère key) was false from its first position: with no numbering said, positions counted from a = 1."""
    assert labels("cipher.vigenere", LEMON, steps) == holds, steps


@pytest.mark.parametrize("step, holds", [
    ("The key is LEMON.", True), ("The key is LEMNO.", False), ("So the keyword is 'lemon'.", True),
    ("So the keyword is 'melon'.", False), ("Key: LEMON", True), ("Key: LEMMON", False),
    ("The key is LEMONLEMON.", True),  # repeats to the same shifts
    ("The key length is 5.", True), ("The key length is 4.", False), ("The key is 4 letters long.", False),
    ("The key has length 10.", True), ("Key letter L means a shift of 11.", True),
    ("Key letter L means a shift of 12.", False),
    # asked, hedged, or no key named
    ("Maybe the key is MELON?", True), ("If the key is MELON, then the first letter is wrong.", True),
    ("The key is A repeating word.", True), ("The key is NOT lemon.", True),
])
def test_a_vigenere_key_said_in_letters_is_the_examples(step, holds):
    """Before, "The key is LEMNO.", "the key length is 4" and "key letter L means a shift of 12" were true: a key
    was judged only as our traces say it, as shift numbers."""
    assert labels("cipher.vigenere", LEMON, [step]) == [holds], step


@pytest.mark.parametrize("step, holds", [
    ("The most common letter in the example ciphertext is o.", True),
    ("The most common letter in the example ciphertext is r.", False),
    ("o is the most common letter in the example ciphertext, likely e.", True),
    ("r is the most common letter in the example ciphertext.", False),
    ("'o' appears 3 times in the example ciphertext.", True), ("'o' appears 2 times in the example ciphertext.", False),
    ("'l' appears 3 times in the example plaintext.", True), ("'l' appears 2 times in the example plaintext.", False),
    ("The message has 3 words.", True), ("The message has 4 words.", False),
    ("'khoor' has 5 letters.", True), ("'khoor' has 4 letters.", False),
    ("Maybe r is the most frequent letter?", True),  # asked
])
def test_letters_counted_as_frequency_analysis_counts_them_are_counted_right(step, holds):
    """Before, "'o' appears 2 times in the example ciphertext" and "the most common letter … is r" were true:
    no count was read, though counting letters is how a cipher with no example is broken."""
    assert labels("cipher.caesar", CAESAR, [step]) == [holds], step


VIGENERE_QYDF = {"example": {"ciphertext": "rplsw rkwuc gjicuyi zhmylg yxc vzd",
                             "plaintext": "bring three deserts behind the sun"}, "ciphertext": "jfh xxgqd fscebc zfi qpfbj"}


@pytest.mark.parametrize("step, holds", [
    ("Fourth: n (13) → s (18), shift 5.", True), ("Fourth: n (13) → s (18), shift 6.", False),
    ("n (13) → s (18): shift 6", False), ("n (13) → s (18) is a shift of 6.", False),
    ("First letters: plaintext b (1) → ciphertext r (17), shift 16.", True),
    ("First letters: plaintext b (1) → ciphertext r (17), shift 15.", False),
    ("n (13) -> s (18), shift 6.", False), ("plain n → cipher letter s, shift 6", False),
])
def test_a_pair_with_its_positions_in_brackets_is_judged_by_the_shift_said_after_it(step, holds):
    """Found writing a model's Vigenère trace: "n (13) → s (18), shift 6." was true, the positions in brackets hiding
    the pair from the shift check (and "plaintext b (1) → ciphertext r (17)" the side's name)."""
    steps = ["Number the letters a = 0, b = 1, ..., z = 25.", step]
    assert slowthink.label_steps("cipher.vigenere", VIGENERE_QYDF, steps) == [True, holds]


AFFINE_23_9 = {"example": {"ciphertext": "ulyx hop ojeh gktbroe eox dolca cjex",
                           "plaintext": "five shy hats brought the child late"}, "ciphertext": "ptb zxe eox ctwr hdottc"}


@pytest.mark.parametrize("step, holds", [
    # a number's inverse with "=" or in words: read as one, not as 1/3 = 9
    ("3^-1 = 9 (mod 26)", True), ("3^(-1) = 9 mod 26", True), ("23^-1 mod 26 = 17", True), ("23⁻¹ = 17", True),
    ("3^-1 = 7 (mod 26)", False), ("23⁻¹ = 15", False), ("4^-1 = 7 mod 26", False),  # 4 has none
    ("3⁻¹ ≡ 9 (mod 26)", True), ("3⁻¹ ≡ 7 (mod 26)", False), ("3^{-1} = 9 (mod 26)", True),  # ⁻¹ and ^{-1} with ≡ or =
    ("The inverse of 3 mod 26 is 9.", True), ("The inverse of 3 mod 26 is 7, since 3 × 9 = 27 ≡ 1.", False),
    ("the modular inverse of 23 is 17", True), ("the modular inverse of 23 is 15", False),
    ("If the inverse of 3 were 7, …", True), ("2^-1 = 1/2", True),  # hedged; a power, written as one
    # the multiplier's inverse by its name: the example's multiplier is 23, whose inverse is 17
    ("so a⁻¹ = 17.", True), ("so a⁻¹ = 15.", False), ("a^-1 ≡ 17 (mod 26)", True), ("the inverse of a is 15", False),
    ("If a⁻¹ = 15, then …", True),
])
def test_an_inverse_said_as_models_say_it_is_judged_mod_26(step, holds):
    """Found writing a model's affine trace: "3^-1 = 9 (mod 26)" and "23^(-1) = 17" were false (read as 1/3 = 9), and
    "The inverse of 3 mod 26 is 7" and "so a⁻¹ = 15" were never judged."""
    steps = ["Number the letters a = 0, b = 1, ..., z = 25.", step]
    assert slowthink.label_steps("cipher.affine", AFFINE_23_9, steps) == [True, holds]
