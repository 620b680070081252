"""Cipher solver: find the rule from one example by hypothesis and test, then decode word by word.

The trace goes the way a careful person works (EXAMPLES.md, the o1 "pair average"
cipher): restate the example, compare word lengths (unless the question gives the kind of rule), then test hypotheses one at a
time with the actual alphabet positions (a = 1 ... z = 26), rejecting each failure
with the numbers that sink it, saying so when one fits the first letter, confirming
it on more of the example before trusting it (a few in full, the rest run through as
"q → t" in one line, so a claim that all of the example fits names all of it; multiply-and-shift, tested by
encoding, says "plain o = 15: …" and "plain o gives i", never an arrow, which decodes), decoding
the message word by word with the work shown, and checking that every decoded word is
English.

A hypothesis first runs silently (`Outcome`: the checks it makes, in order, up to its
first failure), so the solver knows which plausible ones really fail on this example;
each of those a person tries before the right one (simplest first, so the search stops
at the first idea that fits) is shown with probability `params.detours`. Multiply-and-shift is solved, not
searched: two letters whose plain positions differ by an odd number other than 13 give the multiplier (their
difference cancels the shift, and the inverse of the difference mod 26 undoes it), one of them the shift, and the
other letters test the pair; a multiplier with no inverse rules the family out at once. Only an example with no
such two letters has its multipliers listed one by one. Every
equation written is self-contained and true, and letters and numbers are only ever
joined as "t = 20" or "20 = t", because the verifier reads them back. Alphabet
positions are listed once, right before the first line that works with them (a letter
table or a reversal never does), and a word the message repeats is not worked out
again; decoding pair averages, a letter's position is written once, and a doubled or
already worked-out pair is just read off. Nor is a letter worked out twice: under one letter map a
letter (or pair) worked out once, in the decoding or in testing the rule on the example, is read off
after that ("j → o"); under a key, a letter met again under the same shift ("c → z (back 3, as before)"),
and the example's shift list gives a pair met again its shift ("u − o: 6 again"). `cipher.caesar_blind` has no example: shifts
are tried on one short word until it reads as a word a careful reader knows (the
vocabulary, or a common word or name beyond it, `english.is_known`: "has" and "log" are
noticed too), and each such reading is tested on another word, the longest that the
shift does not turn into one, before going on; testing the shift that fits decodes the
message, so it is not decoded twice. With the rule not given, a letter-for-letter trace
whose first idea is harder than one shift first says why one shift fails (two letters of
the example moved by different amounts) and what the example shows of the idea, where it
shows something (`_why_not_a_shift`).
What it leaves out: rules other than the generator's.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import replace

from slowthink.core import english
from slowthink.core.alphabet import POSITION, letter, letters_of
from slowthink.core.phrasing import Voice, join_words
from slowthink.core.trace import Solution, answer_line
from slowthink.solvers.cipher_hypotheses import (HYPOTHESES, INVERSE_ASKED, Case, Outcome, Rule, inverse_found,
                                                 no_single_shift, repeated_letter, round_the_alphabet, signed,
                                                 slipped_inverses, try_shift)

# ---------------------------------------------------------------- which hypotheses, in which order

LETTER_ORDER = ("shift", "mirror", "reverse", "affine", "key", "table")
ANAGRAM_ORDER = ("last_to_front", "first_to_end", "reverse", "shift", "mirror", "affine", "key", "table")
PAIR_ORDER = ("sum", "sum_mod", "difference", "average")  # a sum past z is counted round before the difference
FOR_TASK = {"caesar": ("shift",), "atbash": ("mirror",), "affine": ("affine",), "vigenere": ("key",),
            "substitution": ("table",), "reverse": ("last_to_front", "first_to_end", "reverse"),
            "pair_average": PAIR_ORDER}


def hypotheses_for(rule: str, case: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The hypotheses in the order a person would test them, and those plausible enough to try as detours."""
    if rule != "unknown":
        return FOR_TASK[rule], FOR_TASK[rule]
    if case.doubled:
        return PAIR_ORDER, PAIR_ORDER
    if case.same_shape and case.anagrams:  # only moved letters: shifts and tables are not worth a detour
        return ANAGRAM_ORDER, ANAGRAM_ORDER[:3]
    if case.same_shape:  # letters that differ from the plaintext's: reading words backwards is no real idea
        return LETTER_ORDER, tuple(name for name in LETTER_ORDER if name != "reverse")
    return (), ()


def fails(outcome: Outcome) -> bool:
    """A hypothesis the example really refutes (one that fits without giving a rule is no detour)."""
    return bool(outcome.failure) or (bool(outcome.checks) and not outcome.checks[-1][1])


# ---------------------------------------------------------------- writing it down

# A tuple inside an alternative is that alternative said several ways (`Voice.pick`): each keeps the claims the
# verifier reads as they were (equations, "t = 20", '"xli" → "the"', "lies between", "back 4 is") and says no
# "the message is …" or "it reads …" that could be taken for an answer.
INTRO = {
    "shift": (("Maybe every letter is shifted by the same amount: {setup}.",
               "Perhaps every letter is moved by the same amount: {setup}.",
               "Maybe the whole alphabet is shifted by one amount: {setup}."),
              ("Try a single shift: {setup}.", "Try one shift for every letter: {setup}.",
               "Test a single shift: {setup}.")),
    "mirror": (("Maybe the alphabet is mirrored, a and z swapped, so position n becomes 27 − n.",
                "Perhaps the alphabet is mirrored, a and z swapped, so position n becomes 27 − n."),
               ("Try the mirror rule: the letter at position n becomes the one at 27 − n.",
                "Try mirroring the alphabet: the letter at position n becomes the one at 27 − n.")),
    "reverse": (("Maybe each word is simply written backwards.", "Perhaps each word is just written backwards."),
                ("Try reading each ciphertext word backwards.", "Try each ciphertext word read backwards.")),
    "last_to_front": (("Maybe each word's last letter was moved to the front.",
                     "Perhaps each word's last letter was moved to the front.",
                     "Maybe the last letter of each word went to the front."),),
    "first_to_end": (("Maybe each word's first letter was moved to the end.",
                      "Perhaps each word's first letter was moved to the end.",
                      "Maybe the first letter of each word went to the end."),),
    "affine": (("Maybe each position is multiplied by a number and shifted, mod 26. Only multipliers that can be "
                "undone mod 26 make sense (1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25); for each, the first letter "
                "fixes the shift.",
                "Perhaps each position is multiplied by a number and then shifted, mod 26. Only multipliers that can "
                "be undone mod 26 make sense (1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25); for each, the first letter "
                "fixes the shift."),
               ("Try multiply-and-shift mod 26: for each multiplier that has an inverse mod 26, take the shift from "
                "the first letter and test the next one.",
                "Try multiplying and shifting, mod 26: for each multiplier with an inverse mod 26, the first letter "
                "gives the shift, and the next one tests it.")),
    "key": (("Maybe the shift changes from letter to letter with a repeating key. The {setup}.",
             "Perhaps the shift changes from letter to letter, following a repeating key. The {setup}."),
            ("Try a repeating key of shifts. The {setup}.", "Try a key of shifts that repeats. The {setup}.")),
    "table": (("Maybe it is a fixed letter table: each ciphertext letter always stands for the same letter.",
               "Perhaps it is a fixed letter table, each ciphertext letter always standing for the same letter."),
              ("Try a plain substitution table, one letter for one letter throughout.",
               "Try a simple substitution table: one letter for one letter, everywhere.")),
    "sum": (("Sum of the two positions?", "The sum of the two positions?", "Could it be the sum of the two positions?"),
            ("Maybe the letter is the sum of the pair?", "Maybe the pair's sum gives the letter?")),
    "difference": (("Difference of the two positions?", "The difference of the two positions?",
                    "Could it be the difference of the two positions?"),
                   ("Maybe the difference of the pair?", "Maybe the pair's difference gives the letter?")),
    "sum_mod": (("Sum of the positions, mod 26?", "The sum of the positions, mod 26?"),
                ("Maybe the sum, counted round the alphabet (mod 26)?",
                 "Maybe the sum, counted round the alphabet past z (mod 26)?")),
    "average": (("Average of the two positions?", "The average of the two positions?",
                 "Could it be the average of the two positions?"),
                ("Maybe the average of the pair?", "Maybe the pair's average gives the letter?")),
}
# the same ideas when the question names the rule: a given rule is stated, not guessed at
GIVEN = {
    "shift": (("Every letter moves the same number of places; the first letter gives the shift: {setup}.",
               "Every letter moves by the same number of places, and the first letter shows how many: {setup}."),
              ("One shift for every letter; read it off the first letter: {setup}.",
               "One shift for all the letters; the first letter gives it: {setup}.")),
    "mirror": (("The alphabet is mirrored, a and z swapped, so position n becomes 27 − n.",
                "The alphabet is turned round, a and z swapped, so position n becomes 27 − n."),
               ("With the mirrored alphabet, the letter at position n becomes the one at 27 − n.",
                "In a mirrored alphabet the letter at position n becomes the one at 27 − n.")),
    "affine": (("Each position is multiplied by a number and shifted, mod 26. Only multipliers that can be undone mod "
                "26 make sense (1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25); for each, the first letter fixes the shift.",
                "Each position is multiplied by a number and then shifted, mod 26. Only multipliers that can be undone "
                "mod 26 make sense (1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25); for each, the first letter fixes the "
                "shift."),
               ("Multiply-and-shift mod 26: for each multiplier that has an inverse mod 26, take the shift from the "
                "first letter and test the next one.",
                "Multiplying and shifting, mod 26: for each multiplier with an inverse mod 26, the first letter gives "
                "the shift, and the next one tests it.")),
    "key": (("The shift changes from letter to letter with a repeating key. The {setup}.",
             "The shift changes from letter to letter, following a repeating key. The {setup}."),
            ("The code is a repeating key of shifts. The {setup}.",
             "The shifts follow a key that repeats. The {setup}.")),
    "table": (("The code is a fixed letter table: each ciphertext letter always stands for the same letter.",
               "The code is a fixed letter table, each ciphertext letter always standing for the same letter."),
              ("A plain substitution table, one letter for one letter throughout; read it off the example.",
               "A simple substitution table, one letter for one letter everywhere; the example shows it.")),
}
FIRST_IDEA = {"shift": ("Simplest idea first, one shift for every letter: {setup}.",)}  # only said of the first one
# the average brought in by what the pair shows: its letter lies between the pair's two letters, where an average
# falls (said before any other idea, or after them, looking again)
BETWEEN = (('Look at "{pair}" → "{p}": {p} lies between {x} and {y} in the alphabet. The average of the two positions?',
            'Look at "{pair}" → "{p}": {p} lies between {x} and {y} in the alphabet. Is it the average of the two '
            'positions?',
            'Notice "{pair}" → "{p}": {p} lies between {x} and {y} in the alphabet. Perhaps the average of the '
            'two positions?'),
           ('In "{pair}" → "{p}", the {p} lies between {x} and {y}, where an average falls. Average of the positions?',
            'In "{pair}" → "{p}", the {p} lies between {x} and {y}, just where an average would fall. The average '
            'of the positions?'))
BETWEEN_AGAIN = (('Look again at "{pair}" → "{p}": {p} lies between {x} and {y}. The average of the two positions?',
                  'Look again at "{pair}" → "{p}": {p} lies between {x} and {y}. What about the average of the two '
                  'positions?'),
                 ("But {p} lies between {x} and {y} in the alphabet, where an average falls. Their average?",
                  "But {p} lies between {x} and {y} in the alphabet, just where an average would fall. Their average?",
                  "Still, {p} lies between {x} and {y} in the alphabet, where an average falls. Their average?"))
# the mirror brought in by what the first letters show: their positions add up to 27, as a mirrored alphabet's do
# (said only of the first idea; with no such cue a person starts with the shift, see `solve`). The cue is the
# first letter's check, so the checks go on from the second letter.
MIRROR_CUE = (("The first letters, {c} → {p}: {c} = {x} and {p} = {y}, and {x} + {y} = 27, just what mirroring the "
               "alphabet gives (a and z swapped, so position n becomes 27 − n). Maybe the alphabet is mirrored.",
               "Notice the first letters, {c} → {p}: {c} = {x}, {p} = {y}, and {x} + {y} = 27. That is what a mirrored "
               "alphabet does (a and z swapped, so position n becomes 27 − n); perhaps that is the rule."),
              ("Look at the first letters, {c} → {p}: {c} = {x} and {p} = {y}, and {x} + {y} = 27, just what "
               "mirroring the alphabet gives, where the letter at position n becomes the one at 27 − n. Try the "
               "mirror.",
               "The first letters, {c} → {p}, are {c} = {x} and {p} = {y}: {x} + {y} = 27, just what a mirrored "
               "alphabet gives, the letter at position n becoming the one at 27 − n. Try the mirror."))
# with the rule not given, a first idea harder than one shift is earned: the example's letters show that one shift
# cannot do (two letters moved by different amounts), said in a line before the idea; no "not" or "would" before
# the letters in their sentence, so the verifier reads each claim ("plain h became m, 5 places on")
NO_SHIFT = ("Simplest first: one shift for every letter? The example says no: {a}, but {b}.",
            "Could it be a single shift? No: {a}, but {b}.",
            "Is it a single shift? The example says no: {a}, while {b}.",
            "One shift for every letter is ruled out at once: {a}, but {b}.")
# and what the example shows of the rule, where it points somewhere: a letter written two ways (no fixed letter
# table, so a key of shifts), or a letter written the same way each time (a fixed letter-for-letter map)
KEY_CUE = (" And plain {p} became {x} in one place and {y} in another, so no fixed letter table fits either: the "
           "shift must change from letter to letter.",
           " Plain {p} even became {x} in one place and {y} in another, so no fixed letter table fits either; the "
           "shift seems to change along the message.")
KEY_CUE_AGAIN = (" And elsewhere plain {p} became {y}, so no fixed letter table fits either: the shift must change "
                 "from letter to letter.",
                 " Elsewhere plain {p} even became {y}, so no fixed letter table fits either; the shift seems to change "
                 "along the message.")
FIXED_CUE = (" Yet plain {p} {became} {x} each time, so each letter keeps one code: a fixed letter-for-letter map, "
             "just not a shift.",
             " Still, plain {p} {became} {x} each time: every letter seems to keep its own code, only not by one "
             "shift.")


def _moved(plain: str, cipher: str) -> str:
    """'plain h became m, 5 places on', 'plain y became c, 4 places on round past z', 'plain e stayed e'."""
    k = (POSITION[cipher] - POSITION[plain]) % 26
    if not k:
        return f"plain {plain} stayed {cipher}"
    return f"plain {plain} became {cipher}, {_places(k)} on" + (" round past z" if POSITION[cipher] < POSITION[plain]
                                                                  else "")


def _why_not_a_shift(voice: Voice, case: Case, refuted: tuple, first: str) -> str:
    """The line that rules out one shift before a harder first idea (`first`), with the cue for that idea where
    the example gives one (the mirror's cue is its own line, `MIRROR_CUE`)."""
    (p1, c1), (p2, c2) = refuted
    line = voice.vary(*NO_SHIFT, a=_moved(p1, c1), b=_moved(p2, c2))
    repeat = repeated_letter(case)
    if repeat is not None:
        plain, written = repeat
        varies = len(set(written)) > 1
        if first == "key" and varies:
            other = next(c for c in written if c != written[0])
            if (plain, written[0]) == (p2, c2) or (plain, written[0]) == (p1, c1):  # that letter is just above
                line += voice.vary(*KEY_CUE_AGAIN, p=plain, y=other)
            else:
                line += voice.vary(*KEY_CUE, p=plain, x=written[0], y=other)
        elif first in ("affine", "table") and not varies:
            line += voice.vary(*FIXED_CUE, p=plain, x=written[0], became="stayed" if plain == written[0] else "became")
    return line


# a table read off the example cannot fail on it: what tests the idea is that the reading is consistent, no
# ciphertext letter standing for two letters and no two for one (a claim the verifier judges against the example),
# said once the table has been read off word by word (`_table_read`)
TABLE_FITS = (("No ciphertext letter stands for two letters, and no two for one, so one table fits the whole example.",
               "No ciphertext letter stands for two different letters, and no two stand for the same one, so a single "
               "table fits the whole example."),
              ("Read this way, no ciphertext letter stands for two letters and no two for one, so the table holds "
               "throughout.",
               "So the table is consistent: no ciphertext letter stands for two letters, and no two for one."))


def _table_read(voice: Voice, words: list) -> list[str]:
    """A letter table read off the example a word at a time, as a person builds it: each word's decoding, the
    letters it adds ("c → t"), and those it repeats, each once ("(u → o as before)"); a repeated word adds nothing."""
    lines, last = [], None
    for k, (c, p, new, old) in enumerate(words):
        said = lambda pairs: ", ".join(f"{x} → {y}" for x, y in pairs)
        again = f" ({said(old)} as before)" if old else ""
        if k == 0:
            lines.append(voice.vary('Word by word, from "{c}" → "{p}": {n}.', 'Start with "{c}" → "{p}": {n}.',
                                    'Take the words in turn. "{c}" → "{p}" gives {n}.', c=c, p=p, n=said(new)))
        elif not new and not old:
            lines.append(f'"{c}" → "{p}" again: nothing new.')
        else:  # in a frame the line before was not said in: "adds …" five lines running reads as a printout
            frames = TABLE_ADDS if new else TABLE_NONE
            line = voice.vary(*[f for f in frames if f != last], c=c, p=p, n=said(new), a=again, o=said(old))
            last = next(f for f in frames if f.format(c=c, p=p, n=said(new), a=again, o=said(old)) == line)
            lines.append(line)
    return lines


TABLE_NONE = ('"{c}" → "{p}" adds no letter: {o}, as before.', '"{c}" → "{p}" brings nothing new: {o}, as before.',
              'Nothing new from "{c}" → "{p}": {o}, as before.')
TABLE_ADDS = ('"{c}" → "{p}" adds {n}{a}.', '"{c}" → "{p}" brings in {n}{a}.', 'Next, "{c}" → "{p}" gives {n}{a}.')
# hypotheses whose work is written with alphabet positions; the others move or look up whole letters
POSITIONAL = frozenset({"shift", "mirror", "affine", "key", "sum", "difference", "sum_mod", "average"})
POSITIONAL_RULES = frozenset({"caesar", "atbash", "affine", "vigenere", "pair_average"})
POSITIONS = (("Alphabet positions: a = 1, b = 2, and so on up to z = 26.",
              "I'll use alphabet positions: a = 1, b = 2, and so on up to z = 26.",
              "Work with alphabet positions: a = 1, b = 2, and so on up to z = 26."),
             ("Number the letters by their place in the alphabet: a = 1, b = 2, and so on up to z = 26.",
              "Give each letter its place in the alphabet: a = 1, b = 2, and so on up to z = 26.",
              "Number the letters in alphabet order: a = 1, b = 2, and so on up to z = 26."))
PROMISING = (("That seems promising.", "That looks promising."), ("Promising.", "Promising so far."),
             ("That fits.", "That one fits."), ("So far so good.", "Good so far."))
REJECT = (("No.", "No good."), ("That rules it out.", "That settles it: not this one."),
          ("So not this rule.", "Not this rule, then."), ("Rejected.", "Ruled out."))
# after "none of the 12 multipliers fits": the family is out (a bare "No good." would turn down the summary itself);
# shaped as REJECT, so the picks after it fall as they did
NONE_FITS = (("so the rule is not multiply-and-shift.", "so multiply-and-shift is out."),
             ("so that rules out multiply-and-shift.", "so it is not a multiply-and-shift code."),
             ("so it is not a multiply-and-shift rule.", "so multiply-and-shift is not the rule."),
             ("so multiply-and-shift is ruled out.", "so multiply-and-shift can be dropped."))
CONFIRM = (("Before trusting it, check more of the example:", "Before trusting it, test more of the example:",
            "Before trusting it, try more of the example:"),
           ("One or two {unit}s prove little; check more:", "One {unit} proves little; check more:",
            "A single {unit} proves little; check more:"),
           ("Test it on the rest of the example:", "Now test it on more of the example:",
            "Check it against more of the example:"))
ALL_FIT = (("All {n} {unit}s of the example fit.", "All {n} {unit}s of the example fit the rule."),
           ("Every one of the {n} {unit}s in the example fits.", "Every one of the {n} {unit}s in the example works."),
           ("The rest of the example fits too, all {n} {unit}s.", "The rest of the example fits as well: all {n} {unit}s."))
# the rest of the example run through in one line, each unit as "q → t" for the reader to check; past QUICK
# of them a careful person trusts the rule, and says only that
QUICK = 12
REST_ALL = (("The rest, quickly: {rest}. All fit, so every one of the {n} {unit}s of the example does.",
             "The rest, quickly: {rest}. They all fit, so all {n} {unit}s of the example do.",
             "The others, quickly: {rest}. All fit, so every one of the {n} {unit}s of the example does."),
            ("The other {unit}s at a glance: {rest}; all fit, which covers all {n} {unit}s of the example.",
             "The other {unit}s at a glance: {rest}; they all fit, so all {n} {unit}s of the example do.",
             "The remaining {unit}s at a glance: {rest}; all fit, which covers all {n} {unit}s of the example."))
REST_ONE = (("The one {unit} left, {rest}, fits too: all {n} {unit}s of the example do.",
             "The last {unit}, {rest}, fits as well: all {n} {unit}s of the example do.",
             "That leaves one {unit}, {rest}, and it fits too: all {n} {unit}s of the example do."),)
REST_SOME = (("A few more, quickly: {rest}; all fit. Enough to trust the rule.",
              "A few more, quickly: {rest}; all fit. That is enough to trust the rule.",
              "Some more, quickly: {rest}; all fit. Enough to trust the rule."),
             ("More at a glance: {rest}. All fit, so I trust it.", "More at a glance: {rest}. All fit; I trust the rule.",
              "A few more at a glance: {rest}. All fit, so I trust it."))
# multiply-and-shift is tested by encoding plain letters of the example (each check "plain o = 15: … = i"), so its
# checks are brought in as that and its quick list is said plain first, in words ("plain a gives e"): an arrow
# decodes, and "c → w" after "plain c = 3: … = g" would map c two ways
ENCODE_MORE = (("Encode more plain letters of the example with it:",
                "Before trusting it, encode more plain letters of the example:",
                "Before trusting it, encode more of the example's plain letters:"),
               # (not "Now …" or "Check it …": the line before may open so, "Now encode a third letter, …")
               ("More plain letters of the example, encoded with it:", "Encode a few more plain letters of the example:",
                "Encode more of the example's plain letters with it:"))
ENCODED_ONE = (("The one letter left fits too: plain {rest}, so all {n} letters of the example do.",
                "The last letter fits as well: plain {rest}, so all {n} letters of the example do."),)


def _checks(voice: Voice, outcome: Outcome, shown: int, confirm: tuple = CONFIRM) -> list[str]:
    """The first check; then, if it holds, more checks before the rule is trusted (or where it breaks)."""
    checks, unit = outcome.checks, outcome.unit
    encoded = outcome.name == "affine"  # checks that encode plain letters, said so (`ENCODE_MORE`)
    if encoded:
        confirm = ENCODE_MORE
    if not checks:
        return [f"That is all the example shows: its {outcome.units} {unit}(s) fit."]
    first, holds = checks[0]
    if not holds:
        return [f"{first}. {voice.pick(*REJECT)}"]
    lines = [f"{first}. {voice.pick(*PROMISING)}"]
    rest = checks[1:]
    if not rest and len(checks) == 1 and outcome.rule is not None and outcome.name == "key":
        key = ", ".join(map(str, outcome.rule.key))
        if outcome.shown < outcome.units:  # said as far as it was worked out; English at the end confirms the rest
            return lines + [f"The key {key} holds through all {outcome.shown} shifts worked out, so take it; the "
                            "decoding will show if it is wrong."]
        return lines + [f"All {outcome.units} letters follow the key {key}."]
    if not rest:
        return lines + [voice.vary("The example has nothing more to check.", "There is nothing more in the example to check.",
                                   "Nothing else in the example to check.")]
    lines.append(voice.pick(*confirm, unit=unit))
    for work, ok in rest[:shown]:
        lines.append(f"  {work} ✓" if ok else f"  {work}. {voice.pick(*REJECT)}")
    quick = outcome.brief[1 + shown:]  # the checks not worked in full, in a few characters each
    if len(rest) > shown and not rest[-1][1]:
        fitting = quick[:-1]
        verb = "fits" if len(fitting) == 1 else "fit"
        lead = f"Then {', '.join(fitting)} {verb}, but then" if fitting else "But then"
        if encoded and fitting:
            lead = f"Then plain {join_words(fitting)}, as the example has, but then"
        lines.append(f"  {lead} {rest[-1][0]}. {voice.pick(*REJECT)}")
    elif outcome.rule is not None and quick:
        said = REST_ONE if len(quick) == 1 else REST_ALL if len(quick) <= QUICK else REST_SOME
        listed = ", ".join(quick[:QUICK])
        if encoded:
            said, listed = ENCODED_ONE if len(quick) == 1 else said, listed if len(quick) == 1 else f"plain {listed}"
        lines.append(voice.pick(*said, rest=listed, n=outcome.units, unit=unit))
    elif outcome.rule is not None:
        lines.append(voice.pick(*ALL_FIT, n=outcome.units, unit=unit))
    return lines


def render(voice: Voice, outcome: Outcome, params, *, shift_ruled_out: bool,
           given: bool = False, first: bool = False) -> list[str]:
    """The lines of one hypothesis test, from the idea to its verdict (`given`: the question names the rule;
    `first`: no hypothesis was tried before it)."""
    name = outcome.name
    intro = GIVEN[name] if given and name in GIVEN else INTRO[name] + (FIRST_IDEA.get(name, ()) if first else ())
    between = _between(outcome) if name == "average" else None
    if between is not None:
        intro = BETWEEN if first else BETWEEN_AGAIN
    cue = _mirror_cue(outcome) if name == "mirror" and first and not given else None
    if cue is not None:  # the cue is the first letter's check: the rest of the example tests the idea
        return [voice.pick(*MIRROR_CUE, **cue)] + _checks(voice, outcome, params.checks)[1:]
    lines = [voice.pick(*intro, setup=outcome.setup, **(between or {}))]
    tried = outcome.tried
    if name == "affine" and outcome.solved is not None:
        intro = SOLVE_GIVEN if given else SOLVE_INTRO
        return [voice.pick(*intro)] + _solve_affine(voice, outcome, params, shift_ruled_out)
    if name == "affine":
        if shift_ruled_out and tried and tried[0].startswith("× 1:"):
            tried = tried[1:]
            lines.append(voice.vary("× 1 would be the plain shift, already ruled out.",
                                    "× 1 is just the plain shift, already ruled out.",
                                    "× 1 would be the plain shift again, already ruled out."))
        lines += [f"  {t}. {voice.pick(*REJECT)}" for t in tried]
        if outcome.rule is not None and outcome.checks:
            first = (f"  {outcome.setup}; {outcome.checks[0][0]}", True)
            return lines + _checks(voice, Outcome(name, "", [first] + outcome.checks[1:], outcome.units, "letter",
                                                  outcome.rule, brief=outcome.brief), params.checks)
        if outcome.rule is not None:
            lines.append(f"  {outcome.setup}.")
    elif name == "key" and tried:
        # the reason the key found is the shortest, always: a bare "look for it" then "Key length 5" gives none
        lines.append(voice.pick(("Shortest repeating key? {why}", "What is the shortest key that repeats? {why}"),
                                "{why}", why=" ".join(tried)))
    elif name == "table" and outcome.rule is not None:
        return lines + _table_read(voice, outcome.words) + [voice.pick(*TABLE_FITS),
                        voice.pick(("The example shows every letter the message uses, so the table can decode it.",
                                    "Every letter the message uses is in the example, so the table can decode it."),
                                   ("Every letter of the message appears in the table.",
                                    "The table covers every letter of the message."))]
    if outcome.failure and name == "affine":  # every multiplier was turned down above: say what that rules out
        return lines + [f"{outcome.failure[0].upper()}{outcome.failure[1:]}, {voice.pick(*NONE_FITS)}"]
    if outcome.failure and outcome.aside:  # set aside, not refuted: no "that settles it" after it
        return lines + [f"{outcome.failure[0].upper()}{outcome.failure[1:]}."]
    if outcome.failure:
        return lines + [f"{outcome.failure[0].upper()}{outcome.failure[1:]}. {voice.pick(*REJECT)}"]
    if outcome.positions and not first:  # the same first pair as the idea before: its positions are just above
        work, holds = outcome.checks[0]
        outcome = replace(outcome, checks=[(work.replace(outcome.positions[0], "", 1), holds), *outcome.checks[1:]])
    return lines + _checks(voice, outcome, params.checks)


# multiply-and-shift solved from two letters (`try_affine`): the idea, then the two letters, the multiplier from
# their difference, the shift from one of them, and the rest of the example as the test. Each claim is one the
# verifier reads: the letters' arrows and positions, "25 − 18 = 7 and 1 − 4 = −3, so the multiplier times 7 must
# match −3",
# "15 undoes × 7", "the multiplier is …", "y → a gives the shift: …", "× 4 cannot be undone".
SOLVE_GIVEN = (("Each position is multiplied by a number and shifted, mod 26. Two letters of the example are enough "
                "to find both numbers: subtracting one from the other cancels the shift.",
                "Each position is multiplied by a number and then shifted, mod 26. Two letters of the example pin "
                "down both numbers, since their difference cancels the shift."),
               ("Multiply-and-shift mod 26: two letters of the example give two equations, and their difference "
                "leaves only the multiplier.",
                "Multiplying and shifting, mod 26: the difference of two letters cancels the shift and leaves the "
                "multiplier to find."))
SOLVE_INTRO = (("Maybe each position is multiplied by a number and shifted, mod 26. If so, two letters of the "
                "example pin down both numbers: subtracting one from the other cancels the shift.",
                "Perhaps each position is multiplied by a number and then shifted, mod 26. Two letters would pin "
                "down both numbers, since their difference cancels the shift."),
               ("Try multiply-and-shift mod 26: two letters of the example fix the multiplier and the shift, and the "
                "other letters test them.",
                "Try multiplying and shifting, mod 26: the difference of two letters leaves only the multiplier, "
                "and the other letters test what it gives."))


def _solve_affine(voice: Voice, outcome: Outcome, params, shift_ruled_out: bool) -> list[str]:
    """Multiply-and-shift found from two letters (`Outcome.solved`), then tested on the rest of the example."""
    solved = outcome.solved
    (p1, c1), (p2, c2) = solved.first, solved.second
    x1, y1, x2, y2 = POSITION[p1], POSITION[c1], POSITION[p2], POSITION[c2]
    d, e, a, inverse = x1 - x2, y1 - y2, solved.multiplier, solved.inverse
    # the letters as decodings, cipher → plain like every arrow of the trace (the work after them encodes: the
    # multiplier times the plain letters' difference matches the cipher letters')
    told = ", ".join(f"{ch} = {POSITION[ch]}" for ch in dict.fromkeys((c1, p1, c2, p2)))
    lines = [voice.vary("Take {c1} → {p1} and {c2} → {p2}: {told}.", "Use {c1} → {p1} and {c2} → {p2}: {told}.",
                        "Two letters will do, {c1} → {p1} and {c2} → {p2}: {told}.",
                        p1=p1, c1=c1, p2=p2, c2=c2, told=told)]
    # the differences stand alone, so each is an equation read whole ("times 25 − 18 = 7" would be left unread)
    match = voice.vary("{x1} − {x2} = {d} and {y1} − {y2} = {e}, so the multiplier times {d} must match {e}, mod 26",
                       "{x1} − {x2} = {d} and {y1} − {y2} = {e}, so the multiplier times {d} has to match {e}, mod 26",
                       "{x1} − {x2} = {d} and {y1} − {y2} = {e}, so the multiplier times {d} must match {e}, up to "
                       "multiples of 26", x1=x1, x2=x2, d=d, y1=y1, y2=y2, e=signed(e))
    lead = voice.vary("Subtracting one from the other cancels the shift: ", "Taking one from the other, the shift "
                      "cancels: ", "The shift drops out of the difference: ")
    if d == 1 or e == d:  # nothing to undo: the multiplier is the cipher difference itself, or 1
        found = f"the multiplier is {signed(e)} + 26 = {a}" if e < 0 and d == 1 else f"the multiplier is {a}"
        lines.append(f"{lead}{match}: {found}.")
    else:
        found, named = inverse_found(d)  # how the number that undoes × d is found, not just what it is
        if named:
            said = found
        else:
            said = voice.vary("{q} {f}, so {i} undoes × {d}",
                              "To undo × {d}, find the number that times {d} leaves 1 over a multiple of 26. {f}; "
                              "so {i} undoes × {d}",
                              q=INVERSE_ASKED.format(d=d).capitalize(), f=found[0].upper() + found[1:], i=inverse, d=d)
        work = round_the_alphabet(f"{inverse} × {signed(e) if e >= 0 else f'({signed(e)})'}", inverse * e, low=0)[1]
        lines.append(f"{lead}{match}. {said[0].upper()}{said[1:]}, and the multiplier is {work}.")
    if solved.shift is None:
        why = "2 × 13 = 26" if a == 13 else f"{a} is even"
        return lines + [voice.vary(
            "× {a} cannot be undone mod 26, as {why}: two letters would be written alike, so no message could be "
            "read back. Multiply-and-shift is ruled out.",
            "× {a} has no inverse mod 26, since {why}: two letters would share one code letter, so that rules out "
            "multiply-and-shift.", a=a, why=why)]
    if a == 1 and shift_ruled_out:
        return lines + [voice.vary("A multiplier of 1 is just the plain shift, already ruled out, so multiply-and-shift "
                                   "is out too.", "× 1 is only the plain shift again, already ruled out, so "
                                   "multiply-and-shift is out too.")]
    work = round_the_alphabet(f"{y1} − {a} × {x1}", y1 - a * x1, low=0)[1]
    if solved.slipped:  # a negative trace: the last step of the working comes out wrong, and is believed
        work = f"{work[:work.rindex(' = ')]} = {solved.shift}"
    # not "The shift drops out …" and then "The shift then comes from …": two lines running on one opener
    said = ("With × {a}, {c} → {p} gives the shift: {w}.", "Then {c} → {p} fixes the shift: {w}.",
            "The shift then comes from {c} → {p}: {w}.")
    lines.append(voice.vary(*(said[:2] if lines[-1].startswith("The shift") else said), a=a, p=p1, c=c1, w=work))
    checks = list(outcome.checks)
    again = outcome.brief[0].split(" gives ")[0] if outcome.brief else None  # the plain letter tested first
    if checks and again in (p1, p2):  # a letter used above, written otherwise elsewhere: not "a third letter"
        checks[0] = (voice.vary("Test it where plain {p} comes again, ", "Check the other plain {p} of the example, ",
                                p=again) + checks[0][0], checks[0][1])
    elif checks:  # encoding a plain letter, said so (the letters above were named as decodings)
        checks[0] = (voice.vary("Test it by encoding a third letter, ", "Check it by encoding a third letter, ",
                                "Now encode a third letter, ") + checks[0][0], checks[0][1])
    # three letters are in by now, so not "one letter proves little"
    return lines + _checks(voice, replace(outcome, checks=checks), params.checks, confirm=(CONFIRM[0], CONFIRM[2]))


def _repeats_the_sum(outcome: Outcome) -> bool:
    """Whether a sum counted round the alphabet is tested on a pair whose sum does not pass 26: it counts
    nothing round, so its test is the plain sum's again, word for word, and no one would write it twice."""
    if outcome.name != "sum_mod" or not outcome.brief:
        return False
    pair = outcome.brief[0].split(" → ")[0]
    return POSITION[pair[0]] + POSITION[pair[1]] <= 26


def _between(outcome: Outcome) -> dict | None:
    """The first pair's letters when its plain letter lies strictly between them ("oy" → "t"), else None."""
    if not outcome.brief:
        return None
    pair, p = outcome.brief[0].split(" → ")
    x, y = sorted(pair, key=POSITION.get)
    return {"pair": pair, "p": p, "x": x, "y": y} if POSITION[x] < POSITION[p] < POSITION[y] else None


def _mirror_cue(outcome: Outcome) -> dict | None:
    """The first letters and their positions when those add up to 27, as a mirrored alphabet's do, else None."""
    if not outcome.brief:
        return None
    c, p = outcome.brief[0].split(" → ")
    x, y = POSITION[c], POSITION[p]
    return {"c": c, "p": p, "x": x, "y": y} if x + y == 27 else None


def _structure(voice: Voice, case: Case) -> list[str]:
    lengths = (", ".join(str(len(w)) for w in case.cw), ", ".join(str(len(w)) for w in case.pw))
    line = voice.pick(("Word lengths: {c} in the ciphertext against {p} in the plaintext.",
                       "Word lengths: {c} in the ciphertext, {p} in the plaintext.",
                       "Start with the word lengths: {c} in the ciphertext against {p} in the plaintext."),
                      ("Compare the word lengths: {c} against {p}.", "Compare word lengths: {c} against {p}.",
                       "The word lengths, side by side: {c} against {p}."), c=lengths[0], p=lengths[1])
    if case.doubled:
        return [line + voice.vary(" Every ciphertext word is exactly twice as long as its plaintext word, so perhaps "
                                  "each pair of letters becomes one letter.",
                                  " Each ciphertext word is exactly twice as long as its plaintext word, so perhaps "
                                  "every pair of letters becomes one letter.",
                                  " Every ciphertext word is exactly twice as long as its plaintext word: perhaps each "
                                  "pair of letters stands for one letter.")]
    if case.anagrams:
        return [line + voice.vary(" They match word for word, and each ciphertext word has exactly the letters of its "
                                  "plaintext word, so the letters are only moved around inside each word.",
                                  " They match word for word, and each ciphertext word is made of exactly the letters "
                                  "of its plaintext word, so the letters are only moved around inside each word.")]
    if case.same_shape:
        return [line + voice.pick((" They match word for word, so each letter probably stands for one letter.",
                                   " They match word for word, so probably each letter stands for one letter.",
                                   " They agree word for word, so each letter probably stands for one letter."),
                                  (" Same lengths word for word: letter for letter, probably.",
                                   " Same lengths, word for word: probably letter for letter.",
                                   " The same lengths word for word, so probably letter for letter."))]
    return [line + voice.vary(" The lengths do not line up in any simple way.",
                              " The lengths do not match up in any simple way.")]


def _real_slip(right: str, slipped: str) -> bool:
    """Whether a slip turns a decoded word into another word a careful reader knows ("heavy" → "heady")."""
    return slipped != right and english.is_known(slipped)


def _rule_slip(case: Case, right: Outcome, slip: random.Random) -> Outcome | None:
    """The rule found with a slip in its arithmetic, one up or one down, believed from there on (negative traces):
    one shift read off the first letter, or multiply-and-shift's shift read off a letter once the multiplier is
    found; None where the rule is found without such a sum."""
    step = slip.choice((1, -1))
    if right.name == "shift":
        k = right.rule.shift
        return try_shift(case, slip=step if 0 < k + step < 26 else -step)
    if right.name == "affine" and right.solved is not None and right.rule.multiplier != 1:
        return HYPOTHESES["affine"](case, slip=step)
    return None


def _works_out_the_slip(outcome: Outcome, line: str) -> bool:
    """Whether a line of a rule found with a slip (`_rule_slip`) is the one that works out the slipped number."""
    if outcome.name == "shift":
        return outcome.setup in line
    return "gives the shift:" in line or "fixes the shift:" in line or line.startswith("The shift then comes from")


def _prepare_slip(rule: Rule, slip: random.Random) -> Rule | None:
    """The rule with a slip made in preparing to undo it (negative traces): the number that undoes a multiplier
    taken from a product worked out wrong, or a key shift over 13 undone forward one place off; None where
    undoing the rule works nothing out (or nothing that can slip)."""
    if rule.family == "affine" and not rule.inverse_said and slipped_inverses(rule.multiplier):
        return replace(rule, slip_inverse=slip.choice(slipped_inverses(rule.multiplier)))
    big = sorted({k for k in rule.key if k > 13}) if rule.family == "vigenere" else []
    if big:
        k = slip.choice(big)
        step = slip.choice((1, -1)) if 26 - k > 1 else 1
        return replace(rule, slip_forward=(k, 26 - k + step))
    return None


def _searched(right: Outcome | None) -> int:
    """Parameters rejected on the way to the rule: multipliers (affine) or key lengths (Vigenère)."""
    if right is None:
        return 0
    return len(right.rule.key) - 1 if right.rule.family == "vigenere" else len(right.tried)


# the kinds of slip a negative trace plants (named in `difficulty["mistake"]`, as arithmetic and countdown negatives
# name theirs), one drawn per item from those its trace has a place for:
# - "decoding slip": one letter of a message word decoded one off (mostly a non-word, "plao");
# - "real-word decoding slip": the same, where it makes another real word ("plan" → "plat"), so that no misspelling
#   gives it away;
# - "rule arithmetic slip": the rule itself worked out wrong while finding or preparing it (a shift "26 − 19 = 8",
#   an affine shift, the number that undoes a multiplier "11 × 12 = 131", a key shift undone forward "26 − 20 = 7"),
#   believed from there on: the example's letters checked with it are ticked as fitting (checks that pass
#   wrongly), and the message is decoded with it, honestly, to whatever it gives.
# Each is drawn first with its weight: a slip in the rule fits fewer traces (a shift, multiply-and-shift, a key
# with shifts over 13) and a real word fewer messages, so a plain decoding slip, which fits every trace, is drawn
# first least often, or it would be most of the negatives again.
SLIPS = {"decoding slip": 1, "real-word decoding slip": 2, "rule arithmetic slip": 3}


def solve_with_mistake(rule: str, problem: dict, params, rng: random.Random) -> Solution | None:
    """The same trace with one slip planted and carried on to the answer (a negative example): a kind of slip
    drawn from `SLIPS` by weight, the next drawn where the trace has no place for one."""
    slip = random.Random(rng.getrandbits(64))
    kinds, left = [], dict(SLIPS)
    while left:
        kinds.append(slip.choices(list(left), weights=list(left.values()))[0])
        del left[kinds[-1]]
    state = rng.getstate()
    for kind in kinds:
        rng.setstate(state)  # each attempt writes the trace as the first would have
        solution = solve(rule, problem, params, rng, slip=random.Random(slip.getrandbits(64)), kind=kind)
        if solution.mistake_step is not None:
            solution.difficulty["mistake"] = kind
            return solution
    return None


def solve(rule: str, problem: dict, params, rng: random.Random, slip: random.Random | None = None,
          kind: str = "decoding slip") -> Solution:
    """The trace for a problem; with `slip` (negative traces) one slip of `kind` (see `SLIPS`) planted, or none
    where the trace has no place for that kind."""
    voice = Voice(rng, getattr(params, "language", "en"))
    if rule == "caesar_blind":
        return solve_blind(problem, voice, slip if kind != "rule arithmetic slip" else None,
                           real_word=kind == "real-word decoding slip")
    case = Case(problem["example"]["ciphertext"], problem["example"]["plaintext"], problem["ciphertext"])
    lines = [voice.pick(('Example: "{c}" → "{p}". Message to decode: "{m}".',
                         'Example: "{c}" → "{p}". To decode: "{m}".',
                         'Given the example "{c}" → "{p}", decode "{m}".'),
                        ('The example says "{c}" → "{p}"; I need to decode "{m}".',
                         'From the example, "{c}" → "{p}"; the job is to decode "{m}".',
                         'We know "{c}" → "{p}", and need to decode "{m}".'),
                        c=case.cipher, p=case.plain, m=case.message)]
    lines.append(voice.pick(("The rule is not given, so find it from the example.",
                             "No rule is given, so find it from the example.",
                             "The rule isn't given; the example has to show it."),
                            ("First, work out the rule.", "First, work out the rule from the example.",
                             "First job: work out the rule."))
                 if rule == "unknown" else
                 voice.pick(("The question says how the code works; find its details from the example.",
                             "The question names the kind of code; its details come from the example.",
                             "The question says what kind of code it is; the example gives the details."),
                            ("The kind of rule is given; pin it down.", "The kind of rule is given; pin down its details.",
                             "Only the details are missing; the example pins them down.")))
    if rule == "unknown":  # with the kind of rule given, word lengths would only test what the question says
        lines += _structure(voice, case)
    order, plausible = hypotheses_for(rule, case)
    outcomes = [HYPOTHESES[name](case) for name in order]
    right = next((o for o in outcomes if o.rule is not None), None)
    # the search stops at the first idea that fits: only ideas a person would try before it can be detours, so
    # a plain shift is tried first, not after a mirror or a key, and the first idea is sometimes the right one
    before = outcomes[:outcomes.index(right)] if right is not None else outcomes
    chosen = [o for o in before if o.name in plausible and fails(o) and voice.chance(params.detours)
              and not _repeats_the_sum(o)]
    if right is not None:
        chosen.append(right)
    if rule == "unknown" and chosen and chosen[0].name == "mirror" and _mirror_cue(chosen[0]) is None:
        # first letters that do not add up to 27 give no reason to start with the mirror: the shift comes first
        chosen.insert(0, next(o for o in before if o.name == "shift"))
    # once chose whether a key's search was shown (now always): still drawn, so every other trace stays as it was
    voice.chance(params.detours)
    # a slip in the rule (negative traces): in finding it (`believed`, tested and used as found) or in preparing to
    # undo it (`prepared`), one of those the trace has a place for
    believed = prepared = None
    if kind == "rule arithmetic slip" and slip is not None and right is not None:
        found, undone = _rule_slip(case, right, slip), _prepare_slip(right.rule, slip)
        if found is not None and (undone is None or slip.random() < 0.5):
            believed = chosen[-1] = found
        else:
            prepared = undone
    mistake = None
    # a letter-for-letter example whose first idea is not one shift: first what rules the shift out (and what
    # points to the idea), so the trace does not open on a hard rule it has no reason for
    refuted = None
    if rule == "unknown" and chosen and chosen[0].name != "shift" and case.same_shape and not case.anagrams \
            and not case.doubled:
        refuted = no_single_shift(case)
        if refuted is not None:
            lines.append(_why_not_a_shift(voice, case, refuted, chosen[0].name))
    numbered = False  # the positions are said once, right before the first line that works with them
    for k, outcome in enumerate(chosen):
        if outcome.name in POSITIONAL and not numbered:
            lines.append(voice.pick(*POSITIONS))
            numbered = True
        shown = render(voice, outcome, params,
                       shift_ruled_out=refuted is not None or any(o.name == "shift" for o in chosen[:k]),
                       given=len(FOR_TASK.get(rule, ())) == 1, first=k == 0)
        if outcome is believed:  # the line that works out the slipped number
            mistake = len(lines) + next(i for i, line in enumerate(shown) if _works_out_the_slip(outcome, line))
        lines += shown
    tested = shown if chosen else []  # the lines that tested the rule the message is decoded with
    difficulty = {"rule": right.rule.family if right else "none", "hypotheses_tried": len(chosen),
                  "hypotheses_rejected": len(chosen) - (right is not None), "searched": _searched(right),
                  "key_length": len(right.rule.key) if right else 0, "example_letters": len(letters_of(case.cipher)),
                  "message_letters": len(letters_of(case.message)), "message_words": len(case.mw)}
    if right is None:
        lines.append("None of the rules I know fits the example, so I cannot decode the message.")
        lines.append(answer_line(None))
        return Solution(lines, None, difficulty, "direct")
    lines.append(voice.pick(("Now decode the message word by word.", "Now decode the message, one word at a time.",
                             "Now the message, word by word."),
                            ('Decode "{m}" one word at a time.', 'Decode "{m}" word by word.',
                             'Now decode "{m}", one word at a time.'),
                            ("With the rule fixed, decode each word.", "With the rule settled, decode each word.",
                             "The rule is fixed; decode each word in turn."), m=case.message))
    if right.rule.family in POSITIONAL_RULES and not numbered:
        lines.append(voice.pick(*POSITIONS))
    used = chosen[-1].rule
    if prepared is not None:  # the slip goes into undoing the rule, the line before the decoding
        used, mistake = prepared, len(lines)
    answer, slipped = decode(voice, used, case.message, lines,
                             slip if kind in ("decoding slip", "real-word decoding slip") else None,
                             real_word=kind == "real-word decoding slip", believed=mistake is not None,
                             worked=_worked_in_checks(used, tested))
    mistake = slipped if mistake is None else mistake
    lines.append(answer_line(answer))
    return Solution(lines, answer, difficulty, "thorough" if len(chosen) > 1 else "direct", mistake)


# the second word of a reversal line said otherwise than the first ('"eht" backwards is "the", and "reed" reversed is
# "deer".'): forms the verifier reads as a word moved
REVERSED_FIRST = ("reversed is", "read backwards is", "written in reverse is", "spelled backwards is")


_LETTER_WORK = re.compile(r'(?<![a-z"\'])[a-z] = \d{1,2}, [^;:a-z]*? = [a-z](?![a-z])')  # "j = 10, 10 + 5 = 15 = o"


_PAIR_TESTED = re.compile(r'"([a-z]{2})" → "([a-z])": [^"]*?÷ 2 = \d{1,2} = \2(?![a-z])')  # '"gc" → "e": …'


def _worked_in_checks(rule: Rule, lines: list[str]) -> set[str]:
    """The ciphertext letters (or pairs) that testing the rule on the example worked out in full just as decoding
    them works them out ("j = 10, 10 + 5 = 15 = o ✓", '"gc" → "e": g = 7, c = 3, (7 + 3) ÷ 2 = 5 = e ✓'): the
    decoding reads those off ("j → o", "gc → e") rather than work them out again a few lines later. Only under one
    fixed letter map (a shift, the mirror; multiply-and-shift's tests encode plain letters, another sum), where a
    letter decodes alike wherever it is, or pair averages."""
    if rule.family == "pair_average":
        return {pair for line in lines for pair, _ in _PAIR_TESTED.findall(line)}
    if rule.family not in ("caesar", "atbash", "affine"):
        return set()
    said = {m.group(0) for line in lines for m in _LETTER_WORK.finditer(line)}
    return {ch for ch in POSITION if rule.letter_work(ch, 0)[1] in said}


def decode(voice: Voice, rule: Rule, message: str, lines: list[str],
           slip: random.Random | None = None, real_word: bool = False,
           believed: bool = False, worked: set[str] = frozenset()) -> tuple[str, int | None]:
    """Write the decoding word by word, then check it reads as English: the decoded message, and the index of
    the line where a slip was planted (only when `slip` gives a random source for where to put it; `real_word`:
    only a slip that makes another real word, and none where no slip does). `believed`: a slip made before (in
    the rule) is carried here, and the decoding is judged as the writer believes it. `worked`: letters the tests
    of the rule on the example worked out in full (`_worked_in_checks`), read off here."""
    lines += rule.prepare(voice)
    message_words = message.split()
    # a word seen before is not worked out again, unless a key makes its letters decode differently there
    again = [rule.family != "vigenere" and word in message_words[:k] for k, word in enumerate(message_words)]
    places = [(k, i) for k, word in enumerate(message_words) if not again[k] for i in rule.slip_places(word)]
    known = _familiar(lines) | {pair for pair in worked if len(pair) == 2}
    step = 0
    if slip and real_word:
        starts = [sum(len(w) for w in message_words[:k]) for k in range(len(message_words))]
        places = [(k, i, step) for k, i in places for step in (1, -1)
                  if _real_slip(rule.word_work(message_words[k], starts[k])[0],
                                rule.word_work(message_words[k], starts[k], i, step=step)[0])]
        places = list(dict.fromkeys((k, i, step) for k, i, step in places))
        slip_at = slip.choice(places) if places else None
        slip_at, step = (slip_at[:2], slip_at[2]) if slip_at else (None, 0)
    else:
        slip_at = slip.choice(places) if slip and places else None
    mistake = None
    paired = None  # reversal: the line holding one word, which the next one joins
    start, words, done, decoded = 0, [], {}, {ch for ch in worked if len(ch) == 1}
    for k, word in enumerate(message_words):
        if again[k]:
            start += len(word)
            words.append(done[word])
            lines.append(voice.pick(('"{w}" came up already: "{w}" → "{p}".', '"{w}" came up before: "{w}" → "{p}".',
                                     '"{w}" is done already: "{w}" → "{p}".'),
                                    ('"{w}" again, so "{w}" → "{p}" as before.', '"{w}" again: "{w}" → "{p}", as before.'),
                                    w=word, p=done[word]))
            continue
        wrong = slip_at[1] if slip_at and slip_at[0] == k else None
        mistake = len(lines) if wrong is not None else mistake
        plain, work = rule.word_work(word, start, wrong, known, decoded, step, voice)
        start += len(word)
        words.append(plain)
        done[word] = plain
        # the conclusion is its own sentence: the work before it then reads the same in every trace (and
        # is checked once, see verifiers/cipher.py); a word read backwards is decoded in saying so ('"eht" backwards
        # is "the"'), and a "so "eht" → "the"" after it would only say it twice; so would a summary of a word of one
        # letter (or pair): '"v": v = 22, 27 − 22 = 5 = e.', or read off, '"v" → "e".'; a pair's work is said after
        # its decoding, as the example's pairs are tested ('"bp" → "i": b = 2, p = 16, (2 + 16) ÷ 2 = 9 = i.'), not
        # after the pair twice ('"bp": bp: …')
        if rule.family == "reverse":  # two words to a line, in two ways, not '"x" backwards is "y".' line after line
            said = voice.vary(*REVERSED_FIRST) if k > 0 and lines[-1] is paired else "backwards is"
            work = work.replace(" backwards is ", f" {said} ", 1)
            if lines[-1] is paired:
                lines[-1] = paired[:-1] + voice.vary(", and {w}.", "; {w}.", ", and then {w}.", w=work)
                mistake = len(lines) - 1 if wrong is not None else mistake
                paired = None
            else:
                paired = f"{work}."
                lines.append(paired)
        elif len(plain) == 1 and work.startswith(f"{word} → {plain}"):
            lines.append(f'"{word}" → "{plain}"{work[len(f"{word} → {plain}"):]}.')
        elif len(plain) == 1:
            lines.append(f'"{word}" → "{plain}": {work[len(word) + 2:]}.' if work.startswith(f"{word}: ")
                         else f'"{word}": {work}.')
        else:
            lines.append(voice.vary('"{w}": {k}. So "{w}" → "{p}".', '"{w}": {k}. That gives "{w}" → "{p}".',
                                    '"{w}": {k}. Together, "{w}" → "{p}".', k=work, w=word, p=plain))
    answer = " ".join(words)
    lines.append(whole_message(voice, message, answer, lines[-1]))
    strange = [w for w in words if not english.is_word(w)]
    # a trace with a planted slip says what a confident writer says, as the traces without one do: a
    # sentence only negatives had would let a reward model tell them apart without reading the work
    lines.append(reads_as_english(voice, words) if not strange or slip_at is not None or believed else
                 voice.vary("Not every word is in my word list ({s}), but the rule fits all the evidence, so I trust "
                            "the decoding.", "Not every word is in my word list ({s}); still, the rule fits all the "
                            "evidence, so I trust the decoding.", s=join_words(strange)))
    return answer, mistake


WHOLE = ('So "{m}" → "{a}".', 'Put together, "{m}" → "{a}".', 'All together: "{m}" → "{a}".',
         'Word by word, then, "{m}" → "{a}".')


def whole_message(voice: Voice, message: str, answer: str, after: str = "") -> str:
    """The decoded words put together: the whole message as a decoding ("xli" → "the" form, which is read).
    `after`: the line before, whose first word this one does not open with again ("All of them are English
    words: …" then "All together: …")."""
    opener = after.split(" ", 1)[0].strip(",:")
    return voice.vary(*[w for w in WHOLE if w.split(" ", 1)[0].strip(",:") != opener], m=message, a=answer)


def reads_as_english(voice: Voice, words: list[str]) -> str:
    """The closing check of a decoding: its words are English, and a name among them is called a name
    (a careful reader does not call "sam" an ordinary English word)."""
    names = list(dict.fromkeys(w for w in words if english.is_name(w)))
    common = list(dict.fromkeys(w for w in words if not english.is_name(w)))
    if not names:
        return voice.pick(("Every word ({w}) is an ordinary English word, so the decoding reads as English.",
                           "Every word ({w}) is an ordinary English word: the decoding reads as English.",
                           "Every word ({w}) is a word I know, so the decoding reads as English."),
                          ("It reads as English: {w} {real}.", "It reads as English; {w} {real}.",
                           "Plain English: {w} {real}."), w=join_words(common), real=_real(common))
    called = f"{join_words(names)} {'is a name' if len(names) == 1 else 'are names'}"
    if not common:
        return voice.vary("{c}, so the decoding reads as English.", "{c}; the decoding reads as English.",
                          c=f"{called[0].upper()}{called[1:]}")
    one = len(common) == 1
    return voice.pick(("Every word is English: {w} {ordinary}, and {n}. So the decoding reads as English.",
                       "Every word is English: {w} {ordinary}, and {n}. The decoding reads as English."),
                      ("It reads as English: {w} {real}, and {n}.", "Plain English: {w} {real}, and {n}."),
                      w=join_words(common), n=called,
                      ordinary="is an ordinary word" if one else "are ordinary words",
                      real=_real(common))


def _real(words: list[str]) -> str:
    """What the words are, said as their number needs: "is a real word", "are both real words" (not "hurried and
    calmly are all real words"), "are all real words"."""
    return "is a real word" if len(words) == 1 else "are both real words" if len(words) == 2 else "are all real words"


_POSITION_SAID = re.compile(r'(?<![a-z"])([a-z]) = \d+')
FAMILIAR = 2  # a letter whose position the trace has said this often is known by heart


def _familiar(lines: list[str]) -> set[str]:
    """The letters whose alphabet positions the trace has said often enough (testing the rule on the example)
    that a careful person no longer writes them out."""
    said = Counter(ch for line in lines for ch in _POSITION_SAID.findall(line))
    return {ch for ch, n in said.items() if n >= FAMILIAR}


# ---------------------------------------------------------------- no example: try shifts until words appear

def _back(word: str, k: int) -> str:
    return "".join(letter(POSITION[ch] - k) for ch in word)


def solve_blind(problem: dict, voice: Voice, slip: random.Random | None = None, real_word: bool = False) -> Solution:
    """Caesar with no example: first the guesses a person makes by hand (a lone letter is "a" or "i", a three-letter
    word "the"), each tested on the other words; if none holds, try the shifts in order on one short word, and test
    each English reading on the other words.

    Testing a shift on a word is decoding it, so each word is decoded once, where it is tested: the
    shift that turns every word into English has decoded the whole message, and the trace just reads
    it off. A slip (negative traces) goes into one word of that last test and is carried to the answer."""
    message = problem["ciphertext"]
    words = list(dict.fromkeys(message.split()))
    probe = min((w for w in words if len(w) >= 3), key=len, default=max(words, key=len))
    others = [w for w in words if w != probe]
    lines = [voice.pick(('Only the message is given: "{m}". With no example, try the shifts until real words appear.',
                         'Only the message is given: "{m}". There is no example, so try shifts until real words '
                         'appear.',
                         'Just the message, "{m}", and no example: try the shifts until real words appear.'),
                        ('No example this time, just "{m}". Try the 25 possible shifts until the words turn into '
                         'English.',
                         'No example here, only "{m}". Try the 25 possible shifts until the words turn into English.',
                         'There is no example, only "{m}": go through the 25 possible shifts until English appears.'),
                        m=message)]
    guesses = _common_word_guesses(words)
    if guesses and len(guesses[0][0]) > 1:  # a lone letter's guess says itself that it comes first
        lines[0] += voice.vary(" First, though, a short word may give it away.",
                               " A short word may give it away sooner, though.")
    start_with = voice.pick(('Start with a short word, "{w}".', 'Start with a short word: "{w}".',
                             'Begin with a short word, "{w}".'),
                            ('Try the shifts on "{w}" first; a short word is quick to test.',
                             'Try the shifts on "{w}" first, since a short word is quick to test.',
                             'Test the shifts on "{w}" first; short words are quick to check.'),
                            w=probe)
    best = _most_english_shift(message)
    trials, candidates, shift = [], 0, None
    written: dict[tuple[str, int], str] = {}  # (word, shift) -> its decoding, as a line of the trace says it
    mistake, ruled_out = None, set()
    for n, (word, guess, k) in enumerate(guesses):  # the quick way in a person takes first
        candidates += 1
        why_two = ""
        if len(word) == 2 and (n == 0 or guesses[n - 1][0] != word):  # the step is said once for all its guesses
            why_two = _two_letter_why(voice, word, [g for w, g, _ in guesses[n:] if w == word])
        lines.append(_guess_line(voice, word, guess, k, first=not ruled_out, why_two=why_two))
        written[word, k] = guess
        decoded, mistake = _on_the_other_words(voice, [w for w in words if w != word], k, lines, written, slip,
                                               real_word, best=k == best)
        if decoded:
            shift = k
            break
        ruled_out.add(k)
    if shift is None and ruled_out:
        lines.append(voice.vary("No luck; go through the shifts in order.", "That did not work; take the shifts in order.",
                                "Nothing there; try the shifts one by one."))
    if shift is None:
        lines.append(start_with)
    for k in range(1, 26) if shift is None else ():
        trials.append(f'back {k} is "{_back(probe, k)}"' + (" (ruled out above)" if k in ruled_out else ""))
        if k in ruled_out or not english.is_known(_back(probe, k)):  # a real word is noticed, in the list or not
            continue
        candidates += 1
        lines.append(f'"{probe}" {", ".join(trials)}. "{_back(probe, k)}" is {"a name" if english.is_name(_back(probe, k)) else "a real word"}. {voice.pick(*PROMISING)}')
        trials = []
        written[probe, k] = _back(probe, k)
        decoded, mistake = _on_the_other_words(voice, others, k, lines, written, slip, real_word, best=k == best)
        if decoded:
            shift = k
            break
    unknown = [f'"{_back(w, best)}"' for w in words if not english.is_known(_back(w, best))]
    if shift is None:  # the probe reads as no word at the best shift: words outside the list (a message not ours)
        if trials:
            lines.append(f'"{probe}" {", ".join(trials)}: {"no other" if candidates else "not one"} real word.')
            written.update({(probe, k): _back(probe, k) for k in range(26 - len(trials), 26)})
        shift = best
        known = join_words(list(dict.fromkeys(f'"{_back(w, best)}"' for w in message.split()
                                              if english.is_known(_back(w, best)))))
        lines.append(f"No shift turns every word into one I know; back {shift} turns the most of the message into "
                     f"words I know ({known}), so take it.")
        rest = [w for w in words if (w, shift) not in written]
        if rest:
            mistake = _test_words(voice, rest, shift, lines, written, slip, lead=f"The words not yet read at back "
                                                                               f"{shift}: ", mark=False,
                                  real_word=real_word)
    elif unknown:  # a message not ours, with words beyond the list at the shift that reads best
        lines.append(f"{join_words(unknown)} {'is not a word' if len(unknown) == 1 else 'are not words'} in my list, "
                     f"but no other shift makes as much of the message into words I know. So the message was shifted "
                     f"{_places(shift)} forward.")
    else:
        if others:
            said = voice.pick(("Every word comes out as English, so the message was shifted {k} forward",
                               "Every word comes out as English: the message was shifted {k} forward",
                               "Each word comes out as English, so the message was shifted {k} forward"),
                              ("All of them are English words: each letter was moved {k} forward",
                               "They are all English words, so each letter was moved {k} forward"), k=_places(shift))
        else:
            said = voice.pick(("So the message was shifted {k} forward", "So the message was moved {k} forward"),
                              ("So each letter was moved {k} forward", "So every letter was moved {k} forward"),
                              k=_places(shift))
        if shift > 13:  # a careful reader notices the short way round
            said += f", which is the same as {_places(26 - shift)} back"
        lines.append(said + ".")
    answer = " ".join(written[w, shift] for w in message.split())
    lines.append(whole_message(voice, message, answer, lines[-1]))
    lines.append(answer_line(answer))
    difficulty = {"rule": "caesar", "hypotheses_tried": candidates, "hypotheses_rejected": max(candidates - 1, 0),
                  "searched": shift, "key_length": 0, "example_letters": 0,
                  "message_letters": len(letters_of(message)), "message_words": len(message.split())}
    return Solution(lines, answer, difficulty, "thorough" if candidates > 1 else "direct", mistake)


def _most_english_shift(message: str) -> int:
    """The shift back whose reading has the most letters in words a careful reader knows, then the most words of
    the generator's vocabulary: the reading the answer is checked against (reading a problem refuses a tie)."""
    def english_in(k: int) -> tuple[int, int]:
        words = [_back(w, k) for w in message.split()]
        return sum(len(w) for w in words if english.is_known(w)), sum(english.is_word(w) for w in words)
    return max(range(1, 26), key=english_in)


# short words a person decoding by hand tries first: a lone letter is almost always "a" or "i", a three-letter word
# is often "the" or "and", and a two-letter word one of a handful (most common first)
COMMON_WORDS = {1: ("a", "i"), 2: ("of", "to", "in", "it", "is", "on", "at", "he", "by", "we", "so", "my", "me", "an",
                                   "do", "us"),
                3: ("the", "and")}
MAX_GUESSES = 4  # guesses tried before going through the shifts in order: past a few, guessing is no shortcut


def _common_word_guesses(words: list[str]) -> list[tuple[str, str, int]]:
    """(word, what it may be, the shift back that makes it so) for each lone letter, three-letter and two-letter word
    of the message that one shift turns into a common word (a word whose letters no shift lines up with one is
    passed over), a shift already guessed once."""
    guesses, shifts = [], set()
    for word in [w for w in words if len(w) == 1] + [w for w in words if len(w) == 3] + [w for w in words if len(w) == 2]:
        for guess in COMMON_WORDS[len(word)]:
            k = (POSITION[word[0]] - POSITION[guess[0]]) % 26
            if k and k not in shifts and _back(word, k) == guess:
                guesses.append((word, guess, k))
                shifts.add(k)
    return guesses[:MAX_GUESSES]


def _step(word: str) -> str:
    """How far a two-letter word's second letter comes after its first, counted along the alphabet: "l comes 11 after
    a", "q comes 25 after r, round past z". A shift moves both letters alike, so it keeps this step."""
    a, b = POSITION[word[0]], POSITION[word[1]]
    return f"{word[1]} comes {(b - a) % 26} after {word[0]}" + (", round past z" if b < a else "")


def _two_letter_why(voice: Voice, word: str, guesses: list[str]) -> str:
    """'In the two-letter "al", l comes 11 after a. A shift keeps that step: of the common two-letter words, "it" (t
    comes 11 after i) and "do" (o comes 11 after d) have the same step. ': the guess earned by what a shift cannot
    change."""
    fits = join_words([f'"{g}" ({_step(g)})' for g in guesses])
    return voice.pick(('In the two-letter "{w}", {s}. A shift keeps that step: ',
                       'Two letters, "{w}": {s}. A shift moves both letters alike, so the step stays: '),
                      ('Look at the two-letter "{w}": {s}, a step no shift changes: ',), w=word, s=_step(word)) + \
        voice.vary("of the common two-letter words, {f} {v} the same step. ",
                   "among common two-letter words, {f} {v} the same step. ", f=fits,
                   v="has" if len(guesses) == 1 else "have")


def _guess_line(voice: Voice, word: str, guess: str, k: int, first: bool, why_two: str = "") -> str:
    """'A one-letter word is almost always "a" or "i". As "a": a shifted by 16 is q, so try back 16: "q" back 16 is "a".' The
    shift read off the first letters (a letter shifted, as the verifier judges it), then the trial itself.
    `why_two`: the reason a two-letter word is tried as this guess, said before its first guess."""
    why = why_two
    if len(word) == 1 and first:
        why = voice.pick(('Before going through every shift: the one-letter "{w}" is almost always "a" or "i". ',
                          'A quicker way in first: a word of one letter, "{w}", is nearly always "a" or "i". '),
                         ('First a shortcut: the lone letter "{w}" is most likely "a" or "i". ',), w=word)
    elif len(word) == 3:
        why = voice.pick(('The three-letter "{w}" may well be "{g}", {c}. ',
                          'Three letters, "{w}": quite possibly "{g}". '), w=word, g=guess,
                         c="the commonest word" if guess == "the" else "a very common word")
    return f'{why}As "{guess}": {guess[0]} shifted by {k} is {word[0]}, so try back {k}: "{word}" back {k} is "{guess}".'


def _on_the_other_words(voice: Voice, words: list[str], k: int, lines: list[str], written: dict[tuple[str, int], str],
                        slip: random.Random | None, real_word: bool = False, best: bool = False) -> tuple[bool, int | None]:
    """The shift back `k` tested on the other words: (True, the slip's line if one was planted) when every one comes
    out as a word, the message then read; else (False, None), one that does not shown and the shift turned down.
    At the shift that reads most like English (`best`), a word beyond the word list is not called no word: it is
    read as one, as a careful reader reads "photosynthesis" beside "requires"."""
    bad = [] if best else [w for w in words if not english.is_known(_back(w, k))]
    if not bad:
        return True, _test_words(voice, words, k, lines, written, slip, real_word=real_word)
    lines.append(_rejection(voice, max(bad, key=len), k, written))
    return False, None


# a shift that made one word a word, tested on another that it does not: the longest such, since a long string of
# letters that reads as no word we know is surely none (the verifier holds "not a word" false of any word it knows)
REJECTED_ON = (('Test back {k} on another word: "{w}" back {k} is "{x}", not a word.',
                'Check back {k} on another word: "{w}" back {k} is "{x}", which is not a word.',
                'Does back {k} hold on another word? "{w}" back {k} is "{x}", not a word.'),
               ('The same shift on another word: "{w}" back {k} is "{x}", which is no word.',
                'Now the same shift on another word: "{w}" back {k} is "{x}", not a word.',
                'Try back {k} on another word too: "{w}" back {k} is "{x}", not a word.'))


def _rejection(voice: Voice, word: str, k: int, written: dict[tuple[str, int], str]) -> str:
    """The shift back `k` on another word of the message, which it does not turn into one, and the verdict."""
    written[word, k] = _back(word, k)
    return f"{voice.pick(*REJECTED_ON, k=k, w=word, x=_back(word, k))} {voice.pick(*REJECT)}"


def _places(n: int) -> str:
    return f"{n} place" if n == 1 else f"{n} places"


def _test_words(voice: Voice, words: list[str], k: int, lines: list[str], written: dict[tuple[str, int], str],
                slip: random.Random | None, lead: str = "", mark: bool = True, real_word: bool = False) -> int | None:
    """Write one line decoding `words` back `k` (each with a ✓ when `mark`), with a slip in one letter of one
    word when `slip` gives a random source for where; record the decodings in `written`. Returns the
    index of the line when a slip was planted."""
    if not words:
        lines.append(voice.vary("It is the only word, so nothing more to check.",
                                "It is the only word, so there is nothing more to check."))
        return None
    places = [(w, i) for w in words for i in range(len(w))]
    step, rule = 0, Rule("caesar", shift=k)
    if slip and real_word:  # only a slip that makes another real word (`_real_slip`), if any does
        places = [(w, i, step) for w, i in places for step in (1, -1)
                  if _real_slip(_back(w, k), rule.word_work(w, 0, i, step=step)[0])]
        slip_at = slip.choice(places) if places else None
        slip_at, step = (slip_at[:2], slip_at[2]) if slip_at else (None, 0)
    else:
        slip_at = slip.choice(places) if slip else None
    parts = []
    for w in words:
        plain = _back(w, k)
        if slip_at and slip_at[0] == w:
            plain = rule.word_work(w, 0, slip_at[1], step=step)[0]
        written[w, k] = plain
        parts.append(f'"{w}" back {k} is "{plain}"' + (", a name" if english.is_name(plain) else "") +
                     (" ✓" if mark else ""))
    lead = lead or voice.pick(("Same shift on the other words: ", "The same shift on the other words: "),
                              ("Now the same shift on the other words: ", "Now that shift on the other words: "))
    lines.append(f"{lead}{'; '.join(parts)}.")
    return len(lines) - 1 if slip_at else None
