"""Countdown and 24-game verifier: reads the answer itself and judges it exactly.

It knows the rules, not the solver (it imports neither solvers nor generators).

Problems: `{"numbers": [...], "target": T}`, 1 to 40 whole numbers from 1 to 10^6 and a
target from 1 to 10^9; `"subset": true` means any of the numbers may be left out
(each used at most once), otherwise each is used exactly once. 24-game problems have
four numbers and target 24. Other fields (an id, a source) are a record's and let be; one that looks like a
rule ("nums", "allow_subset", "operations") is refused by name, since judging it by rules it did not mean misleads.

Answers: one expression over the numbers with + − × ÷ (also * / x ∗, a unicode minus, an en dash, and
every spelling `core.spelling` shares with arithmetic answers: the full-width and small forms （ ） － ＊
／ ＝ ﹣ ﹡, the fraction slash, digits of any one script, "２４" after "＝"), brackets ( ) [ ] { }, spaces of any width
and implicit products ("4(7 − 8 ÷ 8)"); a direction control, an em dash or hyphen, a raised digit, or
digits of two scripts are refused with the reason (`core.spelling.refusal`). Read by the bounded
grammar of `core.expr` (no unary minus, decimals, powers or digit-joining) and evaluated
with Fractions; markdown or LaTeX dressing comes off first (`core.extract.undressed`). A
trailing "= T", or a leading "T =", is accepted when T is the target (models often
restate it; "= 24.0", as a program prints it, too); anything else beside "=" is wrong. One full stop at the end is a sentence's, not part of the answer.
A model's completion may give its answer as the steps that make it ("8 ÷ 8 = 1", "7 − 1 = 6", "6 × 4 = 24"):
`answer_from_steps` turns true steps that take each number once into the one expression they make, which
`verify` then judges like any other (`api.verify_completion` asks for it when the answer read alone fails).
`None`, or text such as "no solution" / "impossible", claims that nothing works: it
is right exactly when this module's own brute force (every split of the numbers, all
six operations, every value kept) finds no expression. That search is exponential, so it
is run for up to 6 numbers (a fraction of a second); over more, such a claim is not
accepted, and the verdict says it could not be checked. An expression is checked for any count.

Step labels (`label_steps`) read free text and follow the numbers in play: a step is
false if an equation in it is false; if a move ("a ∘ b = r") uses numbers that are not
all in play at that point (a number used twice, one already used up, one never given)
— a move may be played from the current position or any position on the way to it, so
backing up need not be announced, and "Back to X" / "from X" return to any position met
before; but a move that "then" introduces (", then", "; then", "and then", or "then" opening a
clause, in a sentence neither hedged nor asked) goes on from the position the move before it in
the step reached (no position stated between them), with what that move left: "24 × 1 = 24, then 24 + 1 = 25" from one 1 uses it twice
(the first move of such a line may have backed up, and is played from the position that lets the
line go on: "8 + 8 = 16, then 16 + 7 = 23. 7 − 4 = 3, then 8 × 3 = 24" plays 7 − 4 from the start); so does a move
that takes the value the move just before it made, with no "then" ("2 − 1 = 1, 6 + 1 = 7, 9 × 7 = 63" is one line),
unless it takes another number that move took too, of a value in play before ("20 − 10 = 10, 20 × 10 = 200" from
10, 20: two tries);
a number made earlier in the same step (though never with the numbers its making
took: "8 + 8 = 16, then 16 + 8"), or the target itself (people reason back from it), counts
as in play; if it says what a move leaves ("leaving …", "→ …") and that is not what the move
leaves; if it claims a solution ("that works", "… works!", "solution:", "goal reached", "found it")
that the equation just before the claim does not reach (or, with none before it, that
no equation in the step reaches, or with no equation at all, that does not name the
target), or before every number has gone into the target, or writes one out ("Solution: 8 × 4 − 8 = 24") that does not use the numbers
as the rules say; if it answers its own question "can … make z?" with "yes" after an
equation that does not reach z; if it lists the numbers used "each once" and they are
not the given ones, or says right after an equation that all of them are used ("= 24, using all four numbers") while
some are still in play; if it states an answer ("Answer: …", "so the answer is …",
"\\boxed{…}"; `core.extract.stated_answer`) that is wrong; or if it declares a dead end
that is not one: "So 4, 9, 10 cannot make 24", "No way to 24 from 6, 8, 13", "Nothing from
… makes …", "… leads nowhere", "832 cannot be made from …", a proof line "…, leaving 5, 7,
10: … No match." — each judged by the brute force of `countdown_values`, for groups of up to six numbers,
unless the sentence hedges or asks it ("if …", "I thought …", "…?"). Pruning a branch that
holds a solution is the classic mistake of a search, and it contains no false equation.
The Stream-of-Search layout's "Node k: …; dead end" is judged on the numbers node k was
given, and a bare "No match: dead end." on the position the text last stated, if no move was
played since. Its structure is judged too: a new node names a parent given before it and is made
by one move on numbers that parent has ("Node 5 (parent 3): 7 + 2 = 9 → 9, 75" is false if node 3
has no 7; the parent pointer says where the move is made), "Back to node k: …" repeats node k's
numbers, and "Node k: expanding, N moves, M to positions not reached before" counts the positions
one move from node k (M no more than N). Numbers said to go unused ("Not needed: 7", "unused: 7")
must be given ones, and with those a step says it used, all of them. Where a try lands must be said truly: "= 23: too small", "short by 1", "3 too many",
"not a whole number" (unless the step names a goal on the way, against which it may be said), and so
must how near a number, or a move still to make, comes to a value: "16 is 8 short of 24", "30 is 6 over
24" ("2 is 16 over 8", a quotient, is read so too), "12 is half of 24", "8 is a third of 24", "6 is a
quarter of 24", "6 is a factor of 24 (6 × 4)", "100 × 10 is 17 over 983", "100 + 55 is 155 at once", and of the
value an equation just reached, "= 23. Close — 1 short of 24", "= 23, 1 away from 24" — arithmetic in words, which plays no move. The lists of an argument by the last step ("With 2 last, 8 and 13 would have to make
one of 22, 26, …, but they make 21, 5, …", "7 needs 825, 839, …") must hold value by value.
A pair said to make one value ("7 and 4 make 3, 8 × 3 = 24") is a move in words, played as its
equation; it is false if no operation on the pair gives that value, and a pair listed with what it
makes ("7 and 4 make 11, 3, 28") must make each. People skip what is plain, and that is read as
meant: a list after a move may leave out the value the move made ("8 × (7 − 4) = 24, leaving 3"); a
chain written left to right ("6 × 8 = 48 − 2 = 46") is a move at each "=" whose right side goes on from
the very value just made, and an unfinished one ("6 × 8 = 48 − 2 ... no") leaves its last part unjudged; a
value worked out unwritten ("(3 × 7 − 8 − 4)? 21 − 12 = 9") may come from two or three numbers in
play that the step writes and that make it, if it was never given, made or met before (so a number
used twice stays false), or, if it was, when the move works out an expression the step writes, with all
the numbers it takes ("(7 − 3) × (8 − 4): 4 × 4 = 16" with a 4 given); and an equation with a number the step says it needs made or has not got
("I need 7 and 4 to make 1, since 24 × 1 = 24"; "225 × 4 = 900, but I don't have a 4"), or that takes
the target apart ("812 ÷ 4 = 203"), is a goal split up or a wish, not a move, and what it makes is
wished for, never in play ("we get 6" and "7 − 3 makes 6" say a result, not a wish). A bound ("The largest value 8, 2 and 1 can make is
24") and a step that calls the whole problem unsolvable ("So there is no solution.") are judged by
brute force too.

Models write these things their own ways, and each is read as meant: an equation in bold ("**12 × 2 = 24**"), in
the signs `core.spelling` reads ("⋅", full-width forms), with an x between brackets, or said in words ("Subtract
4 from 6 to get 2", "The sum of 4 and 8 is 12", "4 + 8 → 12", "= 30, minus 2 = 28") is that equation, judged and
played; what a move leaves may be said "(left: 4 6 12)", "Now: 2, 4, 4", "Current numbers: {…}", "We now have: …",
"the remaining numbers are …", "New set: {…}", and as Stream-of-Search traces do, "Resulting Numbers: [4, 7, 16]";
a single try's landing is judged as a line's is ("5 × 5 = 25, too small" is false for 24; not once a step has
named a goal on the way); "2, 3, 4, 5 is impossible", "4, 6, 8 is a dead end", "no solution with …", "…, leaving 4, 6, 8,
which can't make 24", "We can't make 24 from 4, 6, 8", "From 4, 6, 8 there is no way to reach 24", "leaving 4, 6, 8 —
impossible" and a Tree-of-Thoughts verdict "4 6 8: 4 + 6 + 8 = 18, … impossible" are dead ends, and "That's it!",
"That's the answer", "Done!", "Solution found!", "Solved!", "Success!", "This is a valid solution" claim a solution
(and "Final: 6 × 4 × (3 − 2) = 24" writes one out); "if I had 15", "there's no 15", "but no 100" and "I only have
one 2" say what a wished-for equation lacks; and a question answered "No wait, …" holds if the step reads true with
its moves taken back or kept.

Where each part lives (this module gathers the public names; the others are its parts, by concern):
`countdown_answers` reads problems and judges final answers (`read_problem`, `verify`); `countdown_values`
is the exact brute force of what numbers can make (`all_values`, `can_make`); `countdown_equations` reads
a step's equations and the positions it states; `countdown_claims` reads and judges what a step says in
words; `countdown_reader` replays the search a trace describes and labels its steps (`label_steps`).
"""

from __future__ import annotations

from slowthink.verifiers.countdown_answers import (ANSWER_RULES, MAX_ANSWER_CHARS, MAX_NUMBER, MAX_NUMBERS,
                                                   MAX_PROBLEM_CHARS, MAX_SEARCH_NUMBERS, MAX_TARGET, NO_SOLUTION,
                                                   answer_from_steps, clean_answer, parse_answer, problem_key,
                                                   read_problem, verify)
from slowthink.verifiers.countdown_reader import label_steps
from slowthink.verifiers.countdown_values import all_values, can_make, largest_value

__all__ = ["ANSWER_RULES", "MAX_ANSWER_CHARS", "MAX_NUMBER", "MAX_NUMBERS", "MAX_PROBLEM_CHARS", "MAX_SEARCH_NUMBERS",
           "MAX_TARGET", "NO_SOLUTION", "all_values", "answer_from_steps", "can_make", "clean_answer", "label_steps", "largest_value",
           "parse_answer", "problem_key", "read_problem", "verify"]
