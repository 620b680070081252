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
way round, and did not come out as it. A test said to encode a plain letter ("plain o = 15: 7 × 15 + 8 = 113, 113
− 4 × 26 = 9 = i", "plain o gives i, u gives y") is judged one way round only, plain to cipher, with the multiplier
the trace found; the search for what undoes a multiplier ("counting up from 27 in 26s, 27, 53 and 79 are not
multiples of 15, but 15 × 7 = 105") lists no multiple and leaves none out. A repeating key's shifts ("x − p: 24 −
16 = 8", "d − i: 4 + 26 − 9 = 21") are the example's letters in order, 26 added just where the ciphertext letter comes
first ("c comes before h in the alphabet"), a pair listed again ("x − p: 8 again") is one listed before it with that
shift, and what is said of them ("the first shift, 8", "letter 6 has 8 again",
"in letters 2 to 5 it never comes back", "a key of 2 breaks at letter 5, …", "key length 5: …", "no key of up to 8
shifts") is judged against the example's shifts.
How the example's letters moved, said plain first ("plain h became m, 5 places on", "plain y became c, 4 places on
round past z", "plain e stayed e", "plain a became e in one place and i in another", "plain c became d each time"),
is judged against the example, and that one shift or one letter table fits none of it ("could it be a single shift?
no", "no fixed letter table fits") is false where one does. That a string is no word ('"lyvvmih", which is no word',
'…, back 16 is "fir": no other real word') is false where it is a word or name of `english.KNOWN` (the vocabulary
and common words beyond it); no list holds every word, so it is never judged true for being missing.
A rule's number written like a position ("with a = 5 and b = 8") is not taken for one, nor in the affine task, whose
key is named a and b, a value set to either ("So a = 7", "Maybe a = 3?"); a letter said to lie between two others
("t lies between o and y") must, by position, and a letter shifted by a number ("c + 5 = h", or by a key letter in
capitals, "c + N = p", "z + 5 = e", "c shifted by 5 is h", "'mjnz' shifted back by 5 is 'heiu'")
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
As models write them, too: positions counted from a = 0 once a trace says so ("a = 0", "A=0", "0-based", "zero-indexed";
a later "a = 1" counts from 1 again, and an affine trial's "a = 1, b = 3" says nothing of it), "k=11", "k(11) - h(8) = 3"
(not a function applied, "E(7) = 57"), "the position of k is 11", a markdown table of letters and positions or of
ciphertext and plaintext, curly quotes, backticks and bold, "wkh = the", unquoted words either side of an arrow ("WKH FDW
VDW → THE CAT SAT", "t f l q → t h i s"), arrows ↦ ⟼ ➔ ➜ ↔ --> ==>, "*", "·" and "x" between numbers as ×, arithmetic mod 26
("7 × 15 = 105 = 1 mod 26", "(mod 26)": the last side congruent; "22 − 3 ≡ 19 (mod 26)"; a congruence with no
modulus said, "−14 ≡ 12", is mod 26 unless the trace names another, and an equation inside one, "5 × 4 + 8 = 28 ≡
2", is judged too; "27 mod 26 = a"), a running total ("4 − 16 = −12 + 26 = 14", "g − n = 6 − 13 = −7 + 26 = 19"), a
letter pair with how far it moves said after it ("k → h (back 3)", "l → o is forward 3", "w → t, a shift of 3", "w →
t (−3)", "l → e is 7": back, forward or either way with no direction; no position of e, and no trial of shift 7 for
the arrows after it), a word
spelled from as many letters as it has, worked out just before it ("x + 7 = e → the", "…, n → k, giving 'attack'",
"… = g. So 'dog'."), a letter worked out ("c − 7 = 3 − 7 + 26 = 22 = v", "23 − 3 = t", "13 → m"), and bare "evif
backwards is five" / "xiqvb back 8 is oaint" of a word of the problem. A decoding asked ("Maybe 'khoor' → 'jgnnq'?", but not
"…, right?"), hedged ("if", "guess", "w → a would be …") or worked out in a "then …" sentence right after one is a
hypothesis and not judged; a bare letter to a longer bare word ("h − 3 = e → the") is no decoding.
What it leaves out: claims it cannot read are not judged, nor any hedged or asked.

Where each part lives (this module gathers the public names; the others are its parts, by concern):
`cipher_rules` holds the rules, their exact fits to the example, and the problem and answer checks
(`reading`, `read_problem`, `verify`); `cipher_letters` reads the claims about letters that need no problem
(positions, shifts, equations, decodings written as pairs); `cipher_trials` tells a trial's arrow from a
decoding and judges it; `cipher_steps` judges each step against the problem and labels a trace
(`step_holds`, `label_steps`).
"""

from __future__ import annotations

from slowthink.core.alphabet import POSITION
from slowthink.verifiers.cipher_letters import equations_hold
from slowthink.verifiers.cipher_rules import (BLIND, BLIND_SHAPE, FAMILIES, FITS, MAX_ANSWER_CHARS, MAX_TEXT_CHARS,
                                              SHAPE, UNITS, Fit, Reading, average_pairs, clean_answer, families_of,
                                              fit_affine, fit_atbash, fit_caesar, fit_caesar_blind, fit_pair_average,
                                              fit_reverse, fit_substitution, fit_vigenere, problem_key, read_problem,
                                              reading, shortest_period, verify)
from slowthink.verifiers.cipher_steps import CAESAR_TASKS, MAX_STEP_CHARS, label_steps, step_holds

__all__ = ["BLIND", "BLIND_SHAPE", "CAESAR_TASKS", "FAMILIES", "FITS", "MAX_ANSWER_CHARS", "MAX_STEP_CHARS",
           "MAX_TEXT_CHARS", "POSITION", "SHAPE", "UNITS", "Fit", "Reading", "average_pairs", "clean_answer",
           "equations_hold", "families_of", "fit_affine", "fit_atbash", "fit_caesar", "fit_caesar_blind",
           "fit_pair_average", "fit_reverse", "fit_substitution", "fit_vigenere", "label_steps", "problem_key",
           "read_problem", "reading", "shortest_period", "step_holds", "verify"]
