"""Arithmetic verifier: reads the problem and the answer itself, judges exactly.

It knows the rules of arithmetic, not the solver. The problem's expression is parsed
with the bounded grammar of `core.expr` (exact decimals and powers with exponents up to
1000 included, for problems from other generators); the answer must be a single number (an
integer, an exact decimal, a fraction p/q, in lowest terms or not, or a mixed number), or
an equation ending on one whose every readable side agrees ("23 × 68 = 1564"), and is
compared as an exact Fraction; for one division of whole numbers it may also be the quotient and remainder
("396 R 0", "14 remainder 2"), right when they are the division's, with the remainder under the divisor. Step labels check every equation a step writes, the
"write d, carry c" claims of column work, so a slipped carry is caught, long-division
steps said in words ("6 goes into 59 nine times (54), remainder 5"), and facts about whole
numbers said in words ("43 is prime", "91 is composite", "43 does not divide 68", "86 is divisible
by 43", "59 and 82 share no factor", "12 and 18 share 6", "41 is odd", "41/24 is in lowest terms"), unless hedged or asked, the remainders of
casting out nines ("so 684 leaves 0", "so the product should leave 6"), and what a sum's positives and
negatives come to ("Positives give 1, negatives give −477706", against the problem's numbers), and a worked
check's verdict ("It comes to 589 again") against what its lead said it should come to, and the answer and the last
step a check from the answer names ("Check from the answer, 679/304, by undoing the last step, −97 ÷ (−304/7)"). Columns
of written work use the numbers' digits: an addition's columns the rows' digits (a row's shift blanks may be left out), a
subtraction's the top and bottom digits, lending exactly where the column before borrowed.

Model traces are read as they are written: an equation asked or taken back ("Is 23 × 68 = 1554? No") claims nothing, a
quotient with its remainder ("100 ÷ 7 = 14 R 2") is judged as the pair, a decimal rounded or cut short to its places
("1 ÷ 3 = 0.333...") gives a value with no end as a decimal, an approximation ("≈") holds as loosely as it is said, a
chain written a side to a line ("23 × 68\\n= 1380 + 184") is judged across its lines, and an answer stated with words
after it ("The answer is 1564, not 1554.") is the value it opens with, as the last step's result named with no answer
marker ("Result: 6180", "**650**", "The sum is 8472.") is the answer. Column work's write and carry are judged
however they are said ("= 20 → write 0, carry 2", "= 15 (write 5, carry 1)", "= 15, + 2 = 17").
"""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction
from math import gcd, lcm

from slowthink.core.claims import (approximations_hold, false_claims, flat_value, powers_written, relation_holds,
                                   sentence_around, side_value, split_relations)
from slowthink.core.expr import (BinOp, ExprError, Num, Rules, WrittenFraction, chain_operands, evaluate, literal_value,
                                 parse, to_text, written_parts)
from slowthink.core.extract import approximates, closing_result, plain_latex, stated_answer, undressed, without_full_stop
from slowthink.core.places import PLACES
from slowthink.core.spelling import plain_signs, refusal
from slowthink.core.verdict import ProblemError, Verdict, labels_until_first_failure, problem_from_json, right, wrong

MAX_ANSWER_CHARS = 2000  # room for the exact value of any problem read (`_answer_chars`), far under int()'s digit limit
MAX_EXPRESSION_CHARS = 2000
MAX_PROBLEM_CHARS = 4 * MAX_EXPRESSION_CHARS  # as JSON text: room for escapes and spacing
# problems from anyone: exact decimals ("1.5 + 2.25") and powers ("2^10", "3**4", exponent at most 1000)
# are read and valued exactly (the value at most 20000 bits), though slowthink's generators and solvers use neither
PROBLEM_RULES = Rules(max_length=MAX_EXPRESSION_CHARS, max_depth=30, max_digits=60, fraction_literals=True,
                      allow_decimals=True, allow_power=True, max_exponent=1000, allow_x_times=True)

_INTEGER = r"\d{1,3}(?:,\d{3})+|\d+"
_NUMBER_ANSWER = re.compile(rf"^([+\-\u2212]?)\s*({_INTEGER})(?:\.(\d*))?$")
_FRACTION_ANSWER = re.compile(r"^([+\-\u2212]?)\s*\(?\s*(\d+)\s*/\s*(\d+)\s*\)?$")
_MIXED_ANSWER = re.compile(r"^([+\-\u2212]?)\s*(\d{1,200})\s+(\d{1,200})\s*/\s*(\d{1,200})$")  # "3 1/2", school style
_DIGIT = re.compile(r"\d")
# other spellings of a number's signs ("－7", "３／４", "１．５", "＝", "3⁄4", "¾", "1½" as 1 1/2) are read as the plain
# ones by `core.spelling`, the table the expression grammar, and so Countdown answers, share
_BARE_DECIMAL = re.compile(r"^([+\-\u2212]?\s*)\.(?=\d)")  # ".75", "-.5": a decimal with no whole part
# "= 16, write 6, carry 1", "= 16; write down 6 and carry 1", "= 16, so I put down 6 and carry the 1", "8 plus 8 is 16,
# put down 6 and carry the 1", "= 16 → write 6, carry 1", "= 16. Write down 6, carry over 1", "= 16 (write 6, carry 1)",
# and with no carry said "= 5, write 5" (a note in brackets may sit before the comma)
_CARRY = re.compile(r"(?:=|\b(?:is|makes|gives))\s*(\d+)(?:\s*\([^()]*\))?\s*(?:[,;:.(]|→|->|=>|⇒)?\s*(?:so\s+|then\s+)?"
                    r"(?:I\s+|we\s+)?(?:write|put)(?:\s+down)?\s+(?:a\s+|the\s+)?(\d+)(?:\s*(?:,|;|and|,\s*and)?\s*"
                    r"(?:I\s+|we\s+)?carry\s+(?:over\s+)?(?:a\s+|the\s+)?(\d+))?", re.I)
# a column's sum with the carry into it named in brackets: "8 + 7 + 1 = 16 (the last 1 is the carry)", "(with the
# carried 1)", "(including the carry 1)": the carry named is the sum's last term
_CARRY_NOTE = re.compile(r"(?<!\d)(\d{1,3}) = \d{1,4} \((?:the last (\d{1,3}) is the carry|with the carried (\d{1,3})|"
                         r"including the carry (\d{1,3}))\)")  # bounded, and never from inside a number: linear time

# a long-division step in words: "6 goes into 59 nine times (54), remainder 5", "7 goes into 3 zero times"
_COUNTS = {"zero": 0, "no": 0, "once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_GOES_INTO = re.compile(r"\b(\d{1,60}) goes into (\d{1,60})(?: exactly)? (\d{1,60}|" + "|".join(_COUNTS) +
                        r")(?: times?)?(?: \((\d{1,60})\))?(?:[,;]? (?:with |leaving |and )?(?:a )?remainder (?:of |is )?"
                        r"(\d{1,60}))?", re.I)


# a division's quotient and remainder: "100 ÷ 7 = 14 R 2", "100 / 7 = 14 r2", "100 ÷ 7 = 14, with a remainder of 2"
# (an equation's reader leaves the pair out of the equation: `claims._REMAINDER_AFTER`), and what it is said to be
# next ("22 ÷ 8 = 2 R6 = 2 6/8": the equation's reader has no side before that "=")
_WHOLE_NUMBER = r"(\d{1,3}(?:,\d{3}){1,20}|\d{1,60})(?![\d,.]\d)"
_QUOTIENT_REMAINDER = re.compile(rf"(?<![\d,./]){_WHOLE_NUMBER}[ \t]{{0,3}}(?:÷|/|divided by)[ \t]{{0,3}}{_WHOLE_NUMBER}[ \t]{{0,3}}"
                                 rf"(?:=|is|equals)[ \t]{{0,3}}{_WHOLE_NUMBER},?[ \t]{{0,3}}(?:(?:with|leaving) )?(?:a )?"
                                 rf"(?:remainder|rem|r)(?: of| is| =|:)?[ \t]{{0,3}}{_WHOLE_NUMBER}"
                                 r"(?:[ \t]{0,3}=[ \t]{0,3}(\d{1,60}(?:[ \t]\d{1,60})?/\d{1,60}|\d{1,60}(?:\.\d{1,60})?(?![\d.,/]\d)))?", re.I)


def _divisions_hold(text: str) -> bool:
    """Each "d goes into n k times (p), remainder r" says k = n // d (a long-division step takes the
    most that fits), p = k × d and r = n − p; each "n ÷ d = k R r" that n = k × d + r with 0 ≤ r < d."""
    plain = plain_latex(text) if "\\" in text else text
    if "÷" in plain or "/" in plain or "divided" in plain:
        for n, d, k, r, then in _QUOTIENT_REMAINDER.findall(plain):  # (then: "= 2 6/8", the value it is said to be)
            n, d, k, r = (int(x.replace(",", "")) for x in (n, d, k, r))
            if not r < d or n != k * d + r or then and side_value(then) != Fraction(n, d):
                return False
    if "goes into" not in text.lower():
        return True
    for d, n, k, product, remainder in _GOES_INTO.findall(text):
        d, n = int(d), int(n)
        k = int(k) if k.isdigit() else _COUNTS[k.lower()]
        if d == 0 or k != n // d or product and int(product) != k * d or remainder and int(remainder) != n - k * d:
            return False
    return True


# A number times one digit, a row a digit, with the carries: "7714 × 4: 4 × 4 = 16, write 6, carry 1; 1 × 4 + 1 = 5,
# write 5; 7 × 4 = 28, write 8, carry 2; 7 × 4 + 2 = 30." Each row takes the number's next digit from the right, the
# digit named first and the carry the row before left; an equation alone cannot tell ("0 × 4 + 2 = 2" holds for
# any digit in place of the 4).
_DIGIT_ROWS = re.compile(r"\b(\d{2,60}) × (\d): ((?:\d × \d(?: \+ \d{1,2})? = \d{1,3}[^;.]{0,40}; ){1,59}"
                         r"\d × \d(?: \+ \d{1,2})? = \d{1,3})\b")
_ROW = re.compile(r"(\d) × (\d)(?: \+ (\d{1,2}))? = (\d{1,3})")
# a step of long division by trial: "How many 7s in 38? 7 × 5 = 35 and 7 × 6 = 42 is too much, so 5; 38 − 35 = 3.",
# "How many 84s in 645? Try 8: 84 × 8 = 672, more than 645, too big. 84 × 7 = 588, so 7; 645 − 588 = 57.",
# "How many 84s in 61? 84 is more than 61, so 0; 61 − 0 = 61."
_HOW_MANY = re.compile(r"How many (\d{1,60})s in (\d{1,60})\? ([^;]{0,400}?)\bso (\d); (\d{1,60}) − (\d{1,60}) =")
_TRIAL = re.compile(r"Try (\d): (\d{1,60}) × (\d)|(\d{1,60}) × \d|(?:(\d{1,60}) is )?more than (\d{1,60})")
# ...and a trial digit too small: "Try 2: 15 × 2 = 30, and 45 − 30 = 15 is still 15 or more, so more."
_TRIAL_UNDER = re.compile(r"Try (\d): (\d{1,60}) × (\d) = \d{1,60}, and (\d{1,60}) − \d{1,60} = (\d{1,60}) is still "
                          r"(\d{1,60}) or more, so more")
# "Start with 38, the first part of 385 that is at least 7.", "7 first fits into 38.": the shortest start of the
# dividend's digits that is at least the divisor
_START_WITH = re.compile(r"Start with (\d{1,60}), the first part of (\d{1,60}) that is at least (\d{1,60})\b")
_FIRST_FITS = re.compile(r"\b(\d{1,60}) first fits into (\d{1,60})\b")
# "So 6453 ÷ 84 = 76 + 69/84; the part 69/84 is the one to reduce.", ". Reduce the remainder part 69/84 first.":
# the part named is the one just written
_PART = re.compile(r"= \d{1,60} \+ (\d{1,60}/\d{1,60})[.;] (?:the|reduce the remainder) part (\d{1,60}/\d{1,60})\b", re.I)
# a row found before, said again: "455 × 3 again: 1365, found for the ones row."
_AGAIN = re.compile(r"\b(\d{1,60}) × (\d{1,60}) again: (\d{1,120})\b")


def _written_work_holds(text: str) -> bool:
    """The numbers of written long work that no equation ties down: the digits and carries of a row
    (`_DIGIT_ROWS`), a long-division step's digit and what it works on (`_HOW_MANY`, `_START_WITH`,
    `_FIRST_FITS`), and a part named again (`_PART`). What goes on from the steps before is `_LongDivision`'s."""
    if "×" in text and ":" in text:
        for number, digit, rows in _DIGIT_ROWS.findall(text):
            rows, carry = rows.split("; "), 0
            if len(rows) != len(number):
                return False
            for row, written in zip(rows, reversed(number)):
                own, times, carried, s = _ROW.match(row).groups()
                if own != written or times != digit or int(carried or 0) != carry:
                    return False
                carry = int(s) // 10
    if "How many" in text:
        for match in _HOW_MANY.finditer(text):
            tried = match.group(3)
            b, n, k, again, product = (int(match.group(g)) for g in (1, 2, 4, 5, 6))
            if b == 0 or k != n // b or again != n or product != b * k:
                return False
            for t, by, t_again, n_again, left, still in _TRIAL_UNDER.findall(tried):  # the equations are claims
                if t != t_again or int(by) != b or int(t) >= k or int(n_again) != n or int(still) != b or \
                        int(left) < b:
                    return False
            for t, by, t_again, factor, more, than in _TRIAL.findall(_TRIAL_UNDER.sub("", tried)):
                if t and (t != t_again or int(by) != b or int(t) <= k) or factor and int(factor) != b or \
                        than and int(than) != n or more and int(more) != b:
                    return False
    starts = _START_WITH.findall(text) + [(prefix, prefix, b) for b, prefix in _FIRST_FITS.findall(text)]
    for prefix, whole, b in starts:
        if not whole.startswith(prefix) or int(prefix) < int(b) or len(prefix) > 1 and int(prefix[:-1]) >= int(b):
            return False
    if not all(said == again for said, again in _PART.findall(text)):
        return False
    return all(int(a) * int(d) == int(p) for a, d, p in _AGAIN.findall(text))


_FRACTION = r"[−-]?\d{1,60}(?:/\d{1,60})?"  # "7/15", "−37/5", "2"
# "Dividing by 15/7 is multiplying by its reciprocal 7/15: (7/4) ÷ (15/7) = (7/4) × (7/15).": the two are
# reciprocals, and the number divided by in the equation is the one named
_RECIPROCAL = re.compile(rf"\bDividing by ({_FRACTION}) is multiplying by its reciprocal ({_FRACTION})(?![\d/])"
                         rf"(?:: [^=÷\n]{{1,200}} ÷ \(?({_FRACTION})\)? =)?")
# "Reduce by 31: 31/54684 = 1/1764.": top and bottom are the reduced ones times the number named
_REDUCE_BY = re.compile(r"\bReduce by (\d{1,60}): [−-]?(\d{1,60})/(\d{1,60}) = [−-]?(\d{1,60})(?:/(\d{1,60}))?(?![\d/])")


def _fraction_work_holds(text: str) -> bool:
    """The numbers of fraction work that no equation ties down: a reciprocal named (`_RECIPROCAL`) and the
    number a fraction is reduced by (`_REDUCE_BY`)."""
    if "reciprocal" in text:
        for y, flipped, divisor in _RECIPROCAL.findall(text):
            y, flipped = _number_or_none(y), _number_or_none(flipped)
            if y is None or flipped is None or y * flipped != 1 or divisor and _number_or_none(divisor) != y:
                return False
    for g, top, bottom, reduced_top, reduced_bottom in _REDUCE_BY.findall(text):
        g = int(g)
        if int(top) != int(reduced_top) * g or int(bottom) != int(reduced_bottom or 1) * g:
            return False
    return True


# Facts about whole numbers said in words, checked exactly: "43 is prime", "43, 67 and 71 are all prime", "91 is
# not prime", "91 is composite", "43 does not divide 68", "68 = 43 + 25, so 43 does not divide it", "7 divides 91",
# "86 is divisible by 43", "59 and 82 share no factor", "12 and 18 share 6", "55 = 5 × 11 and 33 = 3 × 11 share 11",
# "the least common denominator of 4 and 6 is 12", "LCM(4, 6) = 12", "the GCD of 12 and 18 is 6", "18/12 reduces to 3/2".
# A claim hedged, reported or asked in its sentence ("whether 91 is prime", "Wrong: 91 is prime", "is 91 prime?",
# "we might think 91 is prime, but …") claims nothing. Numbers may be written with thousands separators.
_N = r"(?<![\d,.−-])(\d{1,3}(?:,\d{3})+|\d{1,24})(?![\d]|,\d)"
_AND = r"(?:,\s*(?:and\s+)?|\s+and\s+)"  # between a list's items: ", ", ", and ", " and "
_N_LIST = rf"{_N}(?:{_AND}{_N})*"  # "4 and 6", "4, 6 and 10", "(4, 6)"
# a list of fractions read for their denominators ("the least common denominator of 3/4 and 5/6 is 12"); a list
# written without spaces in a call ("gcd(12,18)"); a value, which may be worked out ("is 2 × 6 = 12": 12)
_N_LIST_OF_FRACTIONS = rf"(?:\d{{1,24}}/)?{_N}(?:{_AND}(?:\d{{1,24}}/)?{_N})*"
_N_GLUED_LIST = r"\d{1,24}(?:,\d{1,24})+"
_VALUE = rf"(?P<value>{_N}(?:\s*[×*·÷/+−]\s*{_N})*(?:\s*=\s*{_N})?)(?!\s*[×*·÷/+−=]\s*\d)"
_ADVERB = r"(?:also |clearly |itself |surely |certainly |obviously |definitely |indeed |then |still )?"
_FACTS = {  # name -> pattern; the checks are in `_fact_holds`
    "prime": re.compile(rf"{_N} is {_ADVERB}(?:a )?prime\b", re.I),
    "primes": re.compile(rf"{_N}((?:,\s*\d[\d,]*)*),? and {_N} are {_ADVERB}(?:all |each |both )?(?:primes?|prime numbers)\b",
                         re.I),
    "not prime": re.compile(rf"{_N} is (?:not (?:a )?prime|composite)\b", re.I),
    "not divide": re.compile(rf"{_N} (?:does not|doesn't|cannot) divide {_N}", re.I),  # "go into" counts (0 times)
    "not divide it": re.compile(rf"{_N} = [^,;.]*?, so {_N} (?:does not|doesn't) divide it\b", re.I),
    "divides": re.compile(rf"{_N} divides {_N}(?! \d)", re.I),  # ("6 goes into 59 nine times" is a count, read elsewhere)
    "divisible": re.compile(rf"{_N} is (not )?divisible by {_N}", re.I),
    "both divisible": re.compile(rf"{_N} and {_N} are (?:both )?(not )?divisible by {_N}", re.I),
    "coprime": re.compile(rf"{_N} and {_N} (?:share no (?:common )?factor|have no (?:common )?factor|are coprime)", re.I),
    "share": re.compile(rf"{_N}(?: = [\d ×]+)? and {_N}(?: = [\d ×]+)? share (?:the (?:common )?factor )?{_N}\b", re.I),
    "common factor": re.compile(rf"{_N} and {_N} (?:share|have) (?:a |the )?(?P<greatest>(?:greatest|highest|largest) )?"
                                rf"(?:common )?(?:factor|divisor)(?: of)? {_VALUE}", re.I),
    "lcm": re.compile(rf"\b(?:(?:the )?(?:least|lowest|smallest) common (?:denominator|multiple)|lcd|lcm)(?: of| for)? "
                      rf"(?P<list>{_N_LIST_OF_FRACTIONS}) (?:is|=) {_VALUE}", re.I),
    "lcm()": re.compile(rf"\b(?:lcm|lcd)\((?P<list>{_N_LIST}|{_N_GLUED_LIST})\) (?:=|is) {_VALUE}", re.I),
    "gcd": re.compile(rf"\b(?:(?:the )?(?:greatest|highest|largest) common (?:divisor|factor)|gcd|gcf|hcf)(?: of| for)? "
                      rf"(?P<list>{_N_LIST}) (?:is|=) {_VALUE}", re.I),
    "gcd()": re.compile(rf"\b(?:gcd|gcf|hcf)\((?P<list>{_N_LIST}|{_N_GLUED_LIST})\) (?:=|is) {_VALUE}", re.I),
    # "41/24 is in lowest terms", "−7/2 is already in lowest terms", "12/8 is not in lowest terms", "7/2 cannot be
    # reduced": of the fraction's size (a sign in front changes nothing)
    "lowest": re.compile(r"(?<![\d/.,])[−-]?(\d{1,24})/(\d{1,24}) is (?P<not>not )?(?:already |now |then |still )?"
                         r"in (?:its )?lowest terms", re.I),
    "irreducible": re.compile(r"(?<![\d/.,])[−-]?(\d{1,24})/(\d{1,24}) (?:cannot|can't|can not) be (?:reduced|simplified)",
                              re.I),
    "parity": re.compile(rf"{_N} is {_ADVERB}(odd|even)\b", re.I),  # "41 is odd"
    "simplifies": re.compile(rf"{_N}/{_N} (?:simplifies|reduces|cancels(?: down)?|comes down|(?:can be |is )?"
                             rf"(?:simplified|reduced|cancelled)) to (?:(?P<whole>\d{{1,24}}) (?=\d{{1,24}}/))?{_N}/{_N}",
                             re.I),
}
_FACT_HEDGE = re.compile(r"\b(?:whether|if|suppose|supposing|assume|assuming|unless|wrong|wrongly|might|may|maybe|perhaps|"
                         r"think|thought|guess|not sure|doubt|claim|claimed|said|says|check|checking|is it|"
                         r"instead of|rather than|mistake|mistaken|seems?|seemed|looks?)\b", re.I)
_WITNESSES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41)  # decide every n < 3.3 × 10^24 (Sorenson and Webster)


def is_prime(n: int) -> bool:
    """Exact for the numbers the claims above read (up to 24 digits): Miller–Rabin with the first 13 primes
    as witnesses is deterministic below 3.3 × 10^24, and fast where trial division would not be."""
    if n < 2:
        return False
    for p in _WITNESSES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in _WITNESSES:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _number_facts_hold(text: str) -> bool:
    """Each fact about whole numbers the text asserts (`_FACTS`) is true."""
    lowered = text.lower()
    if not any(word in lowered for word in ("prime", "divid", "divis", "compos", "factor", "share", "go into",
                                            "goes into", "common", "lcm", "lcd", "gcd", "gcf", "hcf", "simplif", "reduces",
                                            "cancels", "comes down", "lowest", "reduced", "odd", "even")):
        return True
    for kind, pattern in _FACTS.items():
        for match in pattern.finditer(text):
            if not _fact_asserted(text, match.start(), match.end()):
                continue
            if "list" in pattern.groupindex:  # "the least common denominator of 4, 6 and 10 is 60": the list, then the value
                listed = re.sub(r"\d{1,24}/(?=\d)", "", match.group("list"))  # of fractions: their denominators
                numbers = [int(n.replace(",", "")) for n in (re.findall(_N, listed) if re.fullmatch(_N_LIST, listed)
                                                              else listed.split(","))] + [_said_value(match)]
                if numbers[-1] is None:
                    continue
            elif "value" in pattern.groupindex:
                numbers = [int(match.group(1).replace(",", "")), int(match.group(2).replace(",", "")), _said_value(match)]
                if numbers[-1] is None:
                    continue
            else:
                numbers = [int(n.replace(",", "")) for n in match.groups() if n and n[0].isdigit()]
            if not _fact_holds(kind, numbers, match):
                return False
    return True


# a number split into parts in words, "split 68 into 60 and 8", "break 68 up into 70 − 2", "write 68 as 60 + 8", "68
# splits into 60 and 8": the parts must make it (a sum, or a difference written with a minus); a part times something
# ("as 4 × 17 + …") is left to the equations, and a split of the digits ("7128 into 71 and 28") is no sum
_SPLIT = re.compile(r"\b(?:(?:split(?:ting)?|break(?:ing)?|decompos(?:e|ing)|separat(?:e|ing)|writ(?:e|ing)|rewrit(?:e|ing)|"
                    r"think(?:ing)?\s+of)\s+(?P<whole>\d[\d,]{0,23})\s+(?:up\s+)?(?:into|as)|(?P<whole2>\d[\d,]{0,23})\s+"
                    r"(?:splits|breaks(?:\s+up)?|decomposes)\s+into)\s+(?P<a>\d[\d,]{0,23})\s*(?P<op>and|plus|\+|minus|−|-)\s*"
                    r"(?P<b>\d[\d,]{0,23})(?![\d.,]\d|\s*[×*÷/^x(]|\s*(?:times|over)\b)", re.I)


def _splits_hold(text: str) -> bool:
    """Each split the text asserts (`_SPLIT`) makes the number split; hedged or asked, it claims nothing."""
    if " into " not in text and " as " not in text:
        return True
    for match in _SPLIT.finditer(text):
        whole, a, b = (int(n.replace(",", "")) for n in (match.group("whole") or match.group("whole2"),
                                                          match.group("a"), match.group("b")))
        made = a - b if match.group("op").lower() in ("minus", "−", "-") else a + b
        digits = f"{a}{b}" == str(whole)  # "split 7128 into 71 and 28": its digits, as long division takes them
        if made != whole and not digits and _fact_asserted(text, match.start(), match.end()):
            return False
    return True


# a number doubled or halved in words, as mental arithmetic says it: "double 68 is 136", "twice 68 = 136", "68 doubled
# gives 136", "half of 68 is 34", "halving 68 gives 34", "68 halved is 34"; what it is said to be must be that
_NUMBER_WORDS = r"\d{1,3}(?:,\d{3})+|\d{1,24}"
_TWICE = re.compile(rf"\b(?:(?P<how>double|twice|doubling|half of|half|halving)\s+(?:of\s+)?(?P<n>{_NUMBER_WORDS})|"
                    rf"(?P<n2>{_NUMBER_WORDS})\s+(?P<how2>doubled|halved))\s+(?:is|=|gives|makes|equals|comes to|yields)\s+"
                    rf"(?P<said>{_NUMBER_WORDS})(?![\d.,]\d|\s*[×*÷/+\-−^x(]|\s*(?:times|over|plus|minus)\b)", re.I)


def _doublings_hold(text: str) -> bool:
    """Each number doubled or halved in words (`_TWICE`) is what it is said to be; hedged or asked, it claims nothing."""
    lowered = text.lower()
    if "doubl" not in lowered and "twice" not in lowered and "half" not in lowered and "halv" not in lowered:
        return True
    for match in _TWICE.finditer(text):
        how = (match.group("how") or match.group("how2")).lower()
        n = int((match.group("n") or match.group("n2")).replace(",", ""))
        said = int(match.group("said").replace(",", ""))
        made = Fraction(n, 2) if how.startswith("hal") else 2 * n
        if made != said and _fact_asserted(text, match.start(), match.end()):
            return False
    return True


def _said_value(match: re.Match) -> int | Fraction | None:
    """The value a fact gives: "12", "1,200", or the last number of "2 × 6 = 12", or "2 × 6" worked out."""
    value = match.group("value").replace(",", "")
    if "=" in value:
        return int(value.rsplit("=", 1)[1])  # the expression before it is an equation, judged as one
    try:
        return flat_value(value) if not value.strip().isdigit() else int(value)
    except ExprError:  # "12 ÷ 0": no value to judge by
        return None


def _fact_asserted(text: str, start: int, end: int, hedge: re.Pattern = _FACT_HEDGE) -> bool:
    """Not hedged before it in its sentence, nor asked ("?") at the end of it."""
    opened, closed = sentence_around(text, start, end, back=120, ahead=None)
    return not hedge.search(text, opened, start) and not (closed and closed.group() == "?")


def _fact_holds(kind: str, numbers: list, match: re.Match) -> bool:
    if kind in ("lowest", "irreducible"):
        top, bottom = numbers
        return bottom != 0 and (gcd(top, bottom) == 1) != bool(kind == "lowest" and match.group("not"))
    if kind == "parity":
        return numbers[0] % 2 == (match.group(2).lower() == "odd")
    if kind == "prime":
        return is_prime(numbers[0])
    if kind == "primes":
        listed = [numbers[0]] + [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*\d|\d", match.group(2) or "")]
        return all(map(is_prime, listed + [numbers[-1]]))
    if kind == "not prime":
        return not is_prime(numbers[0]) and ("composite" not in match.group().lower() or numbers[0] > 3)
    if kind in ("not divide", "not divide it"):
        p, n = (numbers[1], numbers[0]) if kind == "not divide it" else numbers
        return n != 0 if p == 0 else n % p != 0
    if kind == "divides":
        p, n = numbers
        return p != 0 and n % p == 0
    if kind == "divisible":
        n, p = numbers
        return p != 0 and (n % p == 0) != bool(match.group(2))
    if kind == "both divisible":
        a, b, p = numbers
        return p != 0 and ((a % p == 0 and b % p == 0) if not match.group(3) else (a % p != 0 and b % p != 0))
    if kind == "coprime":
        return gcd(*numbers) == 1
    if len(numbers) < 3:  # "the least common denominator of 12 is …": of one number, nothing to judge
        return True
    if kind in ("lcm", "lcm()"):
        return 0 not in numbers and lcm(*numbers[:-1]) == numbers[-1]
    if kind in ("gcd", "gcd()") or kind == "common factor" and match.group("greatest"):  # "a greatest common factor of"
        return gcd(*numbers[:-1]) == numbers[-1]
    if kind == "simplifies":
        p, q, r, t = numbers[0], numbers[1], numbers[-2], numbers[-1]  # "to 1 1/2": the whole part apart
        whole = int(match.group("whole") or 0)
        return q != 0 and t != 0 and p * t == q * (r + whole * t)
    a, b, g = numbers  # "share", "common factor"
    return g > 1 and a % g == 0 and b % g == 0


SHAPES = {  # task -> (operator whose chain the expression must be, what to tell the user)
    "arithmetic.add": ("+", "a sum of numbers such as '123 + 456'"),
    "arithmetic.sub": ("-", "a difference of numbers such as '532 - 187'"),
    "arithmetic.mul": ("*", "a product of numbers such as '23 * 68' (fractions in brackets: '(3/4) * (5/6)')"),
    "arithmetic.div": ("/", "one division such as '1564 / 23' or '(3/4) / (5/6)'"),
}


_ASKING_EQUALS = re.compile(r"\s*[=＝]\s*[?？]?\s*\Z")


def read_problem(task: str, problem: object) -> dict:
    """The validated problem dict, or ProblemError naming the field and the fix."""
    problem = problem_from_json(problem, '{"expression": "23*68"}', MAX_PROBLEM_CHARS)
    expression = problem.get("expression")
    if expression is not None and not isinstance(expression, str):  # 1564, True: say so, not "missing"
        raise ProblemError(f"problem.expression: expected text, got {type(expression).__name__}; "
                           "give {\"expression\": \"23*68\"}")
    if not isinstance(expression, str):
        raise ProblemError("problem.expression: missing; give {\"expression\": \"23*68\"}")
    expression = _ASKING_EQUALS.sub("", problem["expression"])  # "23 * 68 =" and "3 + 4 = ?" ask for the value
    try:
        node = parse(expression, PROBLEM_RULES)
        value = evaluate(node, PROBLEM_RULES)
    except ExprError as exc:
        raise ProblemError(f"problem.expression: {exc}") from None
    if _answer_chars(value) > MAX_ANSWER_CHARS:  # "999999^1000": no answer could be given
        raise ProblemError(f"problem.expression: its value runs to about {_answer_chars(value)} characters, more "
                           f"than an answer may have ({MAX_ANSWER_CHARS}); give a smaller problem")
    if task in SHAPES:
        op, wanted = SHAPES[task]
        operands = chain_operands(node, op)
        if task == "arithmetic.div" and operands is None and literal_value(node) is not None:
            operands = [literal_value(node)]  # "7/2" written tight is still one division
        if operands is None or (task == "arithmetic.div" and len(operands) > 2):
            raise ProblemError(f"problem.expression: {task} needs {wanted}; use arithmetic.expr for other expressions")
    return {"expression": expression}


def _answer_chars(value: Fraction) -> int:
    """About how long the exact answer p/q is, from the sizes of p and q (str() of a huge int is slow)."""
    digits = [int(abs(n).bit_length() * 0.30103) + 1 for n in (value.numerator, value.denominator)]
    return digits[0] + (1 + digits[1] if value.denominator != 1 else 0) + 1


def problem_key(problem: dict) -> str:
    """Problems that are the same question share a key (spacing does not matter)."""
    return re.sub(r"\s+", "", problem["expression"])


def true_value(problem: dict) -> Fraction:
    return evaluate(parse(problem["expression"], PROBLEM_RULES), PROBLEM_RULES)


def read_number(text: str) -> Fraction:
    """One number as a person writes an answer, or ValueError saying what is wrong."""
    if len(text) > MAX_ANSWER_CHARS:
        raise ValueError(f"answer too long ({len(text)} characters, limit {MAX_ANSWER_CHARS})")
    text = without_full_stop(plain_signs(text).strip())  # "1564." ends a sentence
    if text[:1] == "(" and text[-1:] == ")" and "(" not in text[1:]:
        text = text[1:-1].strip()  # "(1564)", "(−2)": one pair of brackets round the whole number
    text = _BARE_DECIMAL.sub(r"\g<1>0.", text)
    if m := _FRACTION_ANSWER.match(text):
        _, top, bottom = m.groups()
        if int(bottom) == 0:
            raise ValueError("the answer's denominator is zero")
        value = Fraction(int(top), int(bottom))
    elif (m := _MIXED_ANSWER.match(text)) and int(m.group(3)) < int(m.group(4)):
        _, whole, top, bottom = m.groups()  # a whole part and a proper fraction: 3 1/2 = 7/2
        value = int(whole) + Fraction(int(top), int(bottom))
    elif m := _NUMBER_ANSWER.match(text):
        _, whole, decimals = m.groups()
        value = Fraction(whole.replace(",", "") + ("." + decimals if decimals else ""))
    else:
        raise ValueError(f"expected one number such as 1564, -7 or 3/4, got {text[:60]!r}")
    return -value if m.group(1) in ("-", "\u2212") else value  # every form's first group is its sign


def clean_answer(text: str) -> str:
    """A model often writes the whole equation ("23 × 68 = 1564"): the value is the number it ends
    on. An equation that is false ("5 = 1564") is kept whole, for `verify` to refuse."""
    if "=" not in text:
        return text
    given, reason = _equation_answer(text)
    return given if given is not None and reason is None else text


def _equation_answer(text: str) -> tuple[str | None, str | None]:
    """An answer written as an equation: (its last side that is one number, or None; why the
    equation is false, or None). Every side that can be read must have that number's value; a side
    with no digit in it ("x = 1564") says nothing and is let be."""
    sides = [side.strip() for side in text.split("=")]
    sides[0] = _CONNECTIVE.sub("", sides[0])  # "So 23 × 68 = 1564.": the sentence's "so" is no part of it
    numbers = [_number_or_none(side) for side in sides]
    last = next((k for k in range(len(sides) - 1, -1, -1) if numbers[k] is not None), None)
    if last is None:
        return None, None
    for side, value in zip(sides, numbers):
        if value is None:
            if not _DIGIT.search(side):
                continue
            try:
                value = side_value(side)
            except ExprError:
                return sides[last], f"cannot read {side[:60]!r} in the answer's equation"
        if value != numbers[last]:
            return sides[last], f"the answer's equation is false: {side[:60]} is not {sides[last]}"
    return sides[last], None


_CONNECTIVE = re.compile(r"^(?:so|thus|therefore|hence|then|finally)\b,?\s*", re.I)


def _number_or_none(text: str) -> Fraction | None:
    try:
        return read_number(text)
    except ValueError:
        return None


def _given(text: str) -> tuple[str, Fraction]:
    """The number an answer gives, as written and as a value: the answer itself, or the number side
    of an equation whose every side agrees ("23 × 68 = 1564"); else ValueError saying why not."""
    text = plain_signs(text)
    if "=" in text:
        number_side, reason = _equation_answer(text)
        if reason:
            raise ValueError(reason)
        if number_side is not None:
            text = number_side
    return text, read_number(text)


# a division's answer as school writes it, the quotient and what is left: "396 R 0", "14 r2", "14, remainder 2",
# "14 (remainder 2)", "14 with a remainder of 2", "396 with no remainder"
_REMAINDER_ANSWER = re.compile(rf"{_WHOLE_NUMBER}[ \t]{{0,3}},?[ \t]{{0,3}}(\(?)[ \t]{{0,3}}(?:(?:with[ \t]+)?(?:a[ \t]+)?"
                               rf"(?:remainder|rem\.?|R)(?:[ \t]+of|[ \t]*[:=])?[ \t]{{0,3}}{_WHOLE_NUMBER}|"
                               rf"(?:with[ \t]+)?no[ \t]+remainder)[ \t]{{0,3}}(\)?)", re.I)


def _remainder_answer(problem: dict, text: str) -> Verdict | None:
    """The verdict on "q R r" when the problem is one division of whole numbers, a ÷ b: right when a = q × b + r
    with 0 ≤ r < b, the value q + r/b said the way long division leaves it; None for any other answer or problem."""
    answer = _REMAINDER_ANSWER.fullmatch(text.strip())
    if answer is None or (answer.group(2) == "(") != (answer.group(4) == ")"):
        return None
    division = _whole_division(problem["expression"])
    if division is None:
        return None
    dividend, divisor = division
    quotient, remainder = (int(group.replace(",", "")) if group else 0 for group in answer.group(1, 3))
    if remainder >= divisor:
        return wrong(f"the remainder {remainder} is not less than the divisor {divisor}", answer=text)
    if quotient * divisor + remainder != dividend:
        return wrong(f"{text.strip()} is not {dividend} ÷ {divisor}: {quotient} × {divisor} + {remainder} is "
                     f"{quotient * divisor + remainder}", answer=text)
    return right("correct", answer=text)


def _remainder_ending_equation(problem: dict, text: str) -> Verdict | None:
    """The verdict on an equation ending in "q R r" ("7128 / 18 = 396 remainder 0"): its other sides must have the
    problem's value, as any answer equation's must, and "q R r" is judged as it is alone; None for any other answer."""
    *sides, last = text.split("=")
    if not sides or (verdict := _remainder_answer(problem, last)) is None:
        return None
    value = true_value(problem)
    for side in sides:
        try:
            if _DIGIT.search(side) and side_value(side) != value:
                return wrong(f"the answer's equation is false: {side.strip()[:60]} is not {problem['expression']}", answer=text)
        except (ExprError, ZeroDivisionError):
            return wrong(f"cannot read {side.strip()[:60]!r} in the answer's equation", answer=text)
    return verdict if not verdict else right(verdict.reason, answer=text)


def _whole_division(expression: str) -> tuple[int, int] | None:
    """(a, b) when the expression is a ÷ b for whole numbers a ≥ 0 and b > 0 ("7128 / 18", "7128/18"), else None."""
    try:
        node = parse(expression, PROBLEM_RULES)
    except ExprError:
        return None
    parts = written_parts(node) if isinstance(node, Num) and (isinstance(node, WrittenFraction) or
                                                             node.value.denominator != 1) else None
    operands = chain_operands(node, "/") if parts is None else list(parts)  # "7128 / 18", or tight: "7128/18"
    if operands is None or len(operands) != 2 or any(Fraction(n).denominator != 1 for n in operands):
        return None
    dividend, divisor = (int(n) for n in operands)
    return (dividend, divisor) if dividend >= 0 and divisor > 0 else None


def verify(problem: dict, answer: object) -> Verdict:
    if answer is None:
        return wrong("no answer given; every arithmetic problem has a value")
    if not isinstance(answer, (str, int)) or isinstance(answer, bool):
        return wrong(f"answer must be text or an integer, not {type(answer).__name__}")
    if isinstance(answer, int) and answer.bit_length() > 4 * MAX_ANSWER_CHARS:  # str() of it would raise
        return wrong(f"answer too long (an integer of {answer.bit_length()} bits, limit {MAX_ANSWER_CHARS} digits)")
    text = undressed(str(answer))  # "$1564$", "**1564**", "\\frac{3}{4}"
    if len(text) <= MAX_ANSWER_CHARS and (reason := refusal(text)):  # a direction control, an em dash, "1٥64"
        return wrong(reason, answer=text)
    if len(text) <= MAX_ANSWER_CHARS and (by_remainder := _remainder_answer(problem, text)) is not None:
        return by_remainder  # "396 R 0", for a division of whole numbers
    if len(text) <= MAX_ANSWER_CHARS and (by_remainder := _remainder_ending_equation(problem, text)) is not None:
        return by_remainder  # "7128 / 18 = 396 remainder 0"
    try:  # an equation is read only when short enough to be an answer at all
        text, given = _given(text) if len(text) <= MAX_ANSWER_CHARS else (text, read_number(text))
    except ValueError as exc:
        return wrong(str(exc), answer=text[:MAX_ANSWER_CHARS])
    if given != true_value(problem):
        return wrong(f"{text.strip()} is not the value of {problem['expression']}", answer=text)
    m = _FRACTION_ANSWER.match(text.strip())  # (as `_given` read it: other spellings already the plain ones)
    if m and Fraction(int(m.group(2)), int(m.group(3))).denominator != int(m.group(3)):
        return right("correct value, though the fraction is not in lowest terms", answer=text)
    return right("correct", answer=text)


# Casting out nines: what a number leaves ("684: 6 + 8 + 4 = 18, 1 + 8 = 9, so 684 leaves 0", "7714 leaves 1 on
# division by 9"), and what a product or sum should leave, worked out from what its parts leave ("6 × 7 = 42,
# 4 + 2 = 6, so the product should leave 6"). A divisor said with it is the divisor; none said means 9 only in a
# trace that is casting out nines (`_NINES`), where "leaves" means nothing else. The number that leaves must be
# the subject of its clause: "taking 5 from 12 leaves 7" and "12 minus 5 leaves 7" claim no remainder.
_NINES = re.compile(r"\bnines\b|\bdigit sums?\b|\bdigital roots?\b", re.I)
_LEAVES = re.compile(r"(?:^|[:;,]\s+|\b(?:so|thus|then|hence|and)\s+|^\s+)(\d{1,60}) leaves (?:a remainder of |remainder )?"
                     r"(\d{1,60})\b(?![/.,]?\d|\s*[×÷+\-−*=/])(?:\s+(?:on division by|when divided by|after dividing by|"
                     r"mod(?:ulo)?)\s+(\d{1,60})\b)?", re.I | re.M)
_IT_LEAVES = re.compile(r"^\s*(\d{1,60}):[^.?!\n]*?[,;]\s*(?:so\s+)?it leaves (\d{1,60})\b", re.I | re.M)
_SHOULD_LEAVE = re.compile(r"=\s*(?P<said>\d{1,60})(?:,?\s+and\s+9\s+counts\s+as\s+0)?,?\s+so\s+(?:(?:the|their)\s+"
                           r"(?:product|sum|total|dividend|result)|(?P<size>its\s+size\s+)?(?P<whole>\d{1,60}))\s+"
                           r"(?:should|must|ought to|will|would)\s+(?:also\s+)?leave\s+(?P<should>\d{1,60})\b", re.I)
# hedged as the facts above are, but for "check": "Check by casting out nines: 684 leaves 0" asserts it
_REMAINDER_HEDGE = re.compile(_FACT_HEDGE.pattern.replace("check|checking|", ""), re.I)
# a digit-sum line names its number first and adds that number's digits: "684: 6 + 8 + 4 = 18, 1 + 8 = 9, so 684
# leaves 0" (the number, its digits and the number that leaves are one)
_DIGIT_SUM = re.compile(r"^[ \t]*(\d{2,60}): ((?:\d \+ ){1,59}\d) = [^\n]{0,1200}?\b(?:so (\d{1,60})|it) leaves\b", re.M)
# what 9 counts as, said of the value just reached: "= 9, and 9 counts as 0", "9, which counts as 0", "9 counts as 0"
_COUNTS_AS = re.compile(r"(?:(\d{1,3}), (?:and|which) )?(?:(\d{1,3}) )?counts as (\d{1,3})\b")
# why a number leaves itself: "8 leaves 8 (it is less than 9)"
_LESS_THAN = re.compile(r"\b(\d{1,60}) leaves \d{1,60} \(it is less than (\d{1,60})\)")


def _remainders_said(text: str) -> list[tuple[int, int, int, int]]:
    """(where, number, remainder, divisor or 0) for each remainder the text asserts a number leaves (`_LEAVES`,
    `_IT_LEAVES`), in the order written."""
    said = []
    for pattern in (_LEAVES, _IT_LEAVES):
        for match in pattern.finditer(text):
            if _fact_asserted(text, match.start(1), match.end(), _REMAINDER_HEDGE):
                d = int(match.group(3) or 0) if pattern is _LEAVES else 0
                said.append((match.start(2), int(match.group(1)), int(match.group(2)), d))
    return sorted(said)


def _remainders_hold(text: str, nines: bool) -> bool:
    """Each remainder a step says a number leaves (`_LEAVES`) is its remainder on division by the divisor named,
    or by 9 where the trace casts out nines, and each "should leave" follows from the value before it; a
    digit-sum line adds the digits of the number it names (`_DIGIT_SUM`)."""
    if "leave" not in text.lower() and "counts as" not in text:
        return True
    nines = nines or bool(_NINES.search(text))
    for _, n, r, d in _remainders_said(text):
        if d:
            if n % d != r or r >= d:
                return False
        elif nines and (r > 9 or n % 9 != r % 9):
            return False
    if not nines:
        return True
    for match in _SHOULD_LEAVE.finditer(text):
        said, should = int(match.group("said")), int(match.group("should"))
        if _fact_asserted(text, match.start(), match.end(), _REMAINDER_HEDGE) and said % 9 != should % 9:
            return False
    for head, digits, again in _DIGIT_SUM.findall(text):
        if digits.split(" + ") != list(head) or again and again != head:
            return False
    for reached, counted, counts_as in _COUNTS_AS.findall(text):
        if reached and counted and reached != counted or (counted or reached) and int(counted or reached) % 9 != \
                int(counts_as) % 9:
            return False
    return all(int(n) < int(bound) for n, bound in _LESS_THAN.findall(text))


# A nines check goes on from its lines before: the lead that names what it checks ("Check by casting out nines:
# 360906 should be 37 × 9754 + 8.", "…: 316709 + 71270 should give 387979.") gives the numbers cast out after it, in
# order (the parts, then the whole); what the parts leave is what the "should leave" line starts from ("1 × 7 + 8 = 15,
# 1 + 5 = 6, so 360906 should leave 6"), or, for a sum of both signs, what the positives and the negatives leave
# ("The positives leave 1 + 6 = 7; the negatives leave 3.", then "3 + 9 − 7 = 5, so 40793 should leave 5", 9 added
# where the difference would go below 0, and the negatives' first where the total is negative: "The result is negative,
# so take the positives' 7 from the negatives' 3; 3 is less than 7, so add 9 first: 3 + 9 − 7 = 5, so its size 40793
# should leave 5", each reason said judged); the number said to leave it is the one cast out on the line after, and
# a verdict of agreement there ("They agree.") holds only if it leaves that.
_NINES_LEAD = re.compile(r"\b(\d{1,60}) should be ((?:\d{1,60} [×+] ){1,5}\d{1,60})\.|"
                         r"((?:\(?[−-]?\d{1,60}\)? \+ ){1,20}\(?[−-]?\d{1,60}\)?) should give \(?([−-]?\d{1,60})\)?\.")
_SIGNED_LEAVE = re.compile(r"The positives leave ([^;\n]{1,400}); the negatives leave ([^.\n]{1,400})\.")
_SHOULD_FROM = re.compile(r"[ \t]*(?:[^:\n]{1,400}?[:;] )?(?P<worked>\d{1,2}(?: [×+−] \d{1,2}){1,60}) = ")
# why a sum of both signs is cast out as it is: the total's sign, which remainder is taken from which, and the 9
_RESULT_SIGN = re.compile(r"\bThe (?:result|total|sum) is (negative|positive)\b", re.I)
_TAKEN_FROM = re.compile(r"\btake the positives' (\d{1,2}) from the negatives' (\d{1,2})\b|"
                         r"\bthe negatives' (\d{1,2}) less the positives' (\d{1,2})\b")
_ADD_NINE = re.compile(r"\b(\d{1,2}) is (?:less|smaller) than (\d{1,2}), so add 9 first\b")
_AGREED = re.compile(r"\b(?:agree|match(?:es)?|consistent)\b", re.I)
_WHOLE = re.compile(r"\d{1,60}")


class _NinesCheck:
    """Where a check by casting out nines has got to: the numbers its lead named, how many have been cast out,
    what the parts leave (since the last "should leave"), what the positives and negatives leave, and the
    remainder the last "should leave" said; and whether the number checked is negative (the problem's value, unless
    the lead names another), where that is known."""

    def __init__(self, value: Fraction | None = None) -> None:
        self.problem_negative = None if value is None else value < 0
        self.reset()

    def reset(self) -> None:
        self.named, self.cast, self.parts, self.signed, self.expected = [], 0, [], None, None
        self.negative = self.problem_negative

    def goes_on(self, step: str, nines: bool, after: list[str]) -> bool:
        """Whether the step goes on from where the check stands (and names the number the line after it casts
        out); then takes it in."""
        if _NINES.search(step):
            self.reset()
        elif not nines or "leave" not in step.lower():
            return True
        events = [(m.start(), "lead", m) for m in _NINES_LEAD.finditer(step)]
        events += [(at, "leaves", (n, r)) for at, n, r, d in _remainders_said(step) if not d]
        events += [(m.start(), "signed", m) for m in _SIGNED_LEAVE.finditer(step)]
        events += [(m.start(), "should", m) for m in _SHOULD_LEAVE.finditer(step)]
        for at, kind, found in sorted(events, key=lambda event: event[0]):
            if kind == "lead":
                parts, whole = (found.group(2), found.group(1)) if found.group(1) else (found.group(3), found.group(4))
                if side_value(parts) != _number_or_none(whole):  # what the check is of: "37 × 9754 + 8" is 360906
                    return False
                self.named = [int(n) for n in _WHOLE.findall(parts)] + [abs(int(whole.replace("−", "-")))]
                self.negative = whole[0] in "−-" if found.group(4) else None
            elif kind == "leaves":
                n, r = found
                if self.expected is not None and _AGREED.search(step, at) and r % 9 != self.expected % 9:
                    return False
                if self.cast < len(self.named) and n != self.named[self.cast]:
                    return False
                self.cast, self.expected = self.cast + 1, None
                self.parts.append(r)
            elif kind == "signed":
                terms = [_WHOLE.findall(re.match(r"[\d +]*", group).group()) for group in found.groups()]
                if self.parts and sorted(int(t) for t in terms[0] + terms[1]) != sorted(self.parts):
                    return False
                self.signed = [int(_WHOLE.findall(group)[-1]) for group in found.groups()]
            elif not self._should_leave_holds(step, found, after):
                return False
        return True

    def _should_leave_holds(self, step: str, should: re.Match, after: list[str]) -> bool:
        """A "should leave" starts from what the parts leave (or the positives and negatives), and the number it
        names is the lead's whole, and the one the line after it casts out; takes it in."""
        line = step.rfind("\n", 0, should.start()) + 1
        start, worked, operands = _SHOULD_FROM.match(step, line), None, None
        if start and start.end() <= should.end():
            worked = start.group("worked")
            operands = [int(n) for n in _WHOLE.findall(worked)]
            if self.signed and re.fullmatch(r"\d \+ 9 − \d", worked):
                operands = operands[::2]  # "3 + 9 − 7": 9 added where 3 − 7 would go below 0
            wanted = self.signed or self.parts
            if wanted and sorted(operands) != sorted(wanted):
                return False
        if not self._why_holds(step[line:should.start()], worked, operands):
            return False
        if should.group("size") and self.negative is False:  # "its size": of a negative number
            return False
        whole = int(should.group("whole") or 0) or None
        cast_next = [n for _, n, _, d in _remainders_said(after[0]) if not d][:1] if after else []
        if whole is not None and (self.named and whole != self.named[-1] or cast_next and whole != cast_next[0]):
            return False
        self.expected = int(should.group("should"))
        self.parts, self.signed = [], None
        return True


    def _why_holds(self, why: str, worked: str | None, operands: list[int] | None) -> bool:
        """The reasons before a sum of both signs' remainders hold: the sign said is the number's, the remainders
        named are the positives' and the negatives' and are taken in the order said (the negatives' first for a
        negative number, whose size is cast out), and 9 is added first where the first is less than the second."""
        said = _RESULT_SIGN.search(why)
        negative = self.negative if said is None else said.group(1).lower() == "negative"
        if said and self.negative is not None and negative != self.negative:
            return False
        if taken := _TAKEN_FROM.search(why):
            pos, neg = (int(taken.group(1)), int(taken.group(2))) if taken.group(1) else (int(taken.group(4)),
                                                                                            int(taken.group(3)))
            if self.signed and [pos, neg] != self.signed or operands is not None and operands != [neg, pos]:
                return False
        if self.signed and operands is not None and len(operands) == 2 and negative is not None and \
                operands != (self.signed[::-1] if negative else self.signed):
            return False
        if nine := _ADD_NINE.search(why):
            a, b = int(nine.group(1)), int(nine.group(2))
            return a < b and worked in (None, f"{a} + 9 − {b}")
        return True


def _carries_hold(text: str) -> bool:
    """Each digit written is its column's last digit and each carry the rest ("= 16, write 6, carry 1"); with no
    carry said only a one-digit write is judged ("= 1564, write 1564" writes the number). A carry named in brackets
    is the sum's last term."""
    for s, d, c in _CARRY.findall(text):
        s = int(s)
        if c and (s % 10 != int(d) or s // 10 != int(c)) or not c and len(d) == 1 and s % 10 != int(d):
            return False
    return all(last == next(filter(None, named)) for last, *named in _CARRY_NOTE.findall(text))


# An equation asked or taken back claims nothing: "Is 23 × 68 = 1554? No: …", "Hmm, 23 × 68 = 1554? Let me recheck",
# "23 × 68 = 1554. Wait, no, that's wrong", "My first guess was 23 × 68 = 1554, but that's wrong", "check whether
# 23 × 68 = 1554". Only the clause that holds it is set aside: "23 × 8 = 174, so is it 1554?" still says 23 × 8 = 174,
# and a question answered yes ("23 × 68 = 1554? Yes.") is said.
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\.\.\.|…|[.!?](?=\s|$)|\n|[ \t][—–-][ \t]")
_AFFIRMED = re.compile(r"\s*(?:yes|yep|yeah|correct|right|exactly|indeed|true)\b|\s*[✓✔✅]", re.I)
# after the clause, in its sentence or opening the next: "…, but that's wrong", ". No, …", ". Wait, no", "… — nope"
_RETRACTED = re.compile(r"\s*(?:(?:but|and|which|so)\s+)?(?:(?:(?:that|this|it)(?:'s|\s+is|\s+was)|is|was)\s+)?(?:(?:clearly|definitely|"
                        r"obviously|also)\s+)?(?:wrong|incorrect|not right|not correct|a mistake|an error|a miscalculation)\b|"
                        r"\s*(?:(?:wait|hmm+|oh|ah|hold on)\b[,!.]?\s*)?(?:no|nope)(?:\s*[,.!:;—–]|\s*$)|"
                        r"\s*(?:oops|whoops|scratch that|that can't be right|that doesn't look right|mistake)\b", re.I)
# within the clause: "23 × 68 = 1554 is wrong", "check whether 23 × 68 = 1554", "instead of 23 × 68 = 1554"
_SET_ASIDE_IN_CLAUSE = re.compile(r"\b(?:whether|check if|see if|test if|instead of|rather than|not that|wrongly|mistakenly|"
                                  r"(?:is|was) (?:wrong|incorrect|not right|not correct))\b", re.I)
_MAY_SET_ASIDE = re.compile(r"\?|\b(?:no|nope|wrong|incorrect|not right|not correct|mistake|miscalculation|error|oops|"
                            r"whoops|scratch|can't be right|doesn't look right|whether|if|instead|rather|not that|"
                            r"wrongly|mistakenly)\b", re.I)


def _claims_said(step: str) -> str:
    """The step with each clause that asks or takes back what it holds blanked out (`_CLAUSE_END`, `_RETRACTED`,
    `_SET_ASIDE_IN_CLAUSE`), its length kept."""
    ends = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(step)] + [(len(step), len(step))]
    blanked, start = list(step), 0
    for end, after in ends:
        clause = step[start:end]
        asked = step.startswith("?", end) and not _AFFIRMED.match(step, after)
        if asked or _SET_ASIDE_IN_CLAUSE.search(clause) or after < len(step) and _RETRACTED.match(step, after):
            blanked[start:end] = " " * (end - start)
        start = after
    return "".join(blanked)


def _claims_fail(step: str) -> bool:
    """Whether an equation the step says (not asks or takes back, `_claims_said`) is false, and not only in giving a
    value as a decimal rounded to the places it writes (`_rounded_holds`)."""
    text = _WHICH_IS.sub(r" \1 ", step) if "which" in step else step
    if "|" in text:  # a markdown table's cells: "| ones | 5 + 8 = 13 |" (a bar against a number is no absolute value)
        text = _TABLE_ROW.sub(lambda row: row.group().replace("|", ";"), text)
    false = false_claims(text, long_links=True)  # (a false link of a page-long chain is a false step here)
    if false and _MAY_SET_ASIDE.search(text):
        false = false_claims(_claims_said(text), long_links=True)
    return any(not _rounded_holds(claim.text, text) for claim in false)


_TABLE_ROW = re.compile(r"^[ \t]*\|(?:[^|\n]*\|){2,}[ \t]*$", re.M)
# "23 × 8, which is 184", "…, which gives us 184": the value of the expression before it, as "23 × 8 is 184" says it
_WHICH_IS = re.compile(r"(?<=[\d)\]]),?[ \t]+which[ \t]+(is|equals|gives|makes)(?:[ \t]+us)?[ \t]+(?=[-−]?[\d(])")


# A value given as a decimal rounded or cut short to the places written ("2 ÷ 3 = 0.67", "22/7 = 3.142857", "1 ÷ 3 =
# 0.333...") is how people write a value that has no end as a decimal; one that ends is rounded only where the step says
# so right after the decimal ("1/8 = 0.13 (rounded)", "= 0.13 to two decimal places", "= 0.12..."). So is a sum of such
# decimals ("3/4 + 5/6 = 0.75 + 0.8333..."), to within the places its terms write.
_DECIMAL_SIDE = re.compile(r"\s*[-−]?\d{1,60}\.\d{1,60}\s*")
_DECIMAL_TERMS = re.compile(r"\s*[-−]?\d{1,60}(?:\.\d{1,60})?(?:\s*[-+−]\s*\d{1,60}(?:\.\d{1,60})?){1,20}\s*")
_PLACES = re.compile(r"\d\.(\d{1,60})")
_ROUNDING_SAID = re.compile(r"\s*(?:\.\.\.|…|\(?(?:rounded|approx|approximately|roughly|about|to \w+ (?:decimal )?"
                            r"(?:places?|d\.?p\.?|digits?|significant figures?))\b)", re.I)


def _rounded_holds(run: str, step: str) -> bool:
    """Whether every relation of the run holds with each decimal side that fails against the value beside it read as
    that value, where it is the value rounded or cut short (`approximates`) to its places, or a sum of decimals within
    the places its terms write: the value has no end as a decimal, or the step says a decimal is rounded."""
    if "." not in run:
        return False
    sides, rels = split_relations(run)
    sides[0], sides[-1] = sides[0].lstrip(" \t)]"), sides[-1].rstrip(" \t([")  # "… = 0.67 (rounded)"
    try:
        values = [side_value(side) for side in sides]
    except ExprError:
        return False
    decimal = [bool(_DECIMAL_SIDE.fullmatch(side) or "." in side and _DECIMAL_TERMS.fullmatch(side)) for side in sides]
    for k, side in enumerate(sides):
        if not decimal[k]:
            continue
        for j in (k - 1, k + 1):  # (a decimal after it is read after it: "= 3.142857 = 3.14" goes on from the first)
            if 0 <= j < len(sides) and rels[min(j, k)] == "=" and (j < k or not decimal[j]) and values[j] != values[k] \
                    and _rounded_to(Fraction(values[j]), side.strip(), Fraction(values[k]), step):
                values[k] = values[j]
                break
    return all(relation_holds(rel, values[k], values[k + 1]) for k, rel in enumerate(rels))


def _rounded_to(value: Fraction, side: str, said: Fraction, step: str) -> bool:
    places = [len(p) for p in _PLACES.findall(side)]
    if _DECIMAL_SIDE.fullmatch(side):  # one decimal: rounded or cut short, and not one these places write exactly
        if (value * 10 ** places[0]).denominator == 1 or not approximates(str(value), side):
            return False
    elif abs(value - said) >= sum(Fraction(1, 10 ** p) for p in places):
        return False
    denominator = value.denominator
    for p in (2, 5):
        while denominator % p == 0:
            denominator //= p
    return denominator != 1 or any(_ROUNDING_SAID.match(step, at.end())
                                   for number in _SAID_DECIMAL.findall(side)
                                   for at in re.finditer(re.escape(number) + r"(?!\d)", step))


_SAID_DECIMAL = re.compile(r"\d{1,60}\.\d{1,60}")


def _approximations_hold(text: str) -> bool:
    """Whether each approximation the text says (not asks or takes back) holds as loosely as it is said
    (`core.claims.approximations_hold`, which says how loosely)."""
    if "≈" not in text and "~" not in text and "≃" not in text:
        return True
    return approximations_hold(_claims_said(text) if _MAY_SET_ASIDE.search(text) else text, _LEAD_REACH)


def step_holds(step: str, value: Fraction, nines: bool = False) -> bool:
    """A step holds when its equations are true, its carries follow, and any answer it states is right.
    `nines`: an earlier step of the trace casts out nines, so a bare "leaves 4" is a remainder by 9."""
    if (_claims_fail(step) or not _carries_hold(step) or not _divisions_hold(step) or not _written_work_holds(step)
            or not _fraction_work_holds(step) or not _number_facts_hold(step) or not _remainders_hold(step, nines)
            or not _approximations_hold(step) or not _splits_hold(step) or not _doublings_hold(step)):
        return False
    answer = stated_answer(step)  # "Answer: 1564", "So the answer is 1564.", "\\boxed{1564}"
    if answer is None:
        return True
    try:
        return _given(answer)[1] == value
    except ValueError:
        return _leading_answer_holds(answer, value)


# an answer stated with words after it that an answer line cannot drop: "1564 because 23 × 68 = 1564", "1564. Let me
# double check.", "1564 (since …)", "1564 and not 1554": the value it opens with is the one stated (the equations
# after it are judged as equations); one asked or taken back ("1554? No, …") states none, and one offered beside
# another ("1554 or 1564") is no answer; one said again in another spelling ("3/2 (or 1 1/2)", "1.5, or 3/2") is one
_LEADING_ANSWER = re.compile(r"[ \t]*([-−+]?[ \t]?\d{1,3}(?:,\d{3})+(?:\.\d{1,60})?|[-−+]?[ \t]?\d{1,600}(?:\.\d{1,600})?"
                             r"(?:[ \t]?/[ \t]?\d{1,600})?)(?=[ \t]|[.,;:!?)(](?:\s|$)|\.\.\.|…|$)")
_ANOTHER_ANSWER = re.compile(r"\bor\b", re.I)
_SPELLED_AGAIN = re.compile(r"[ \t]*(?:\([ \t]*or[ \t]+([^()\n]{1,80}?)[ \t]*\)|,?[ \t]*or[ \t]+([^()\n]{1,80}?))[ \t.!]*\Z", re.I)


def _leading_answer_holds(answer: str, value: Fraction) -> bool:
    leading = _LEADING_ANSWER.match(answer)
    if leading is not None and (again := _SPELLED_AGAIN.match(answer, leading.end())):
        said, other = _number_or_none(leading.group(1)), _number_or_none(again.group(1) or again.group(2))
        if said is not None and said == other:  # "3/2 (or 1 1/2)": one value, spelled twice
            return said == value
    if leading is None or _ANOTHER_ANSWER.search(answer, leading.end()):
        return False
    if answer.startswith("?", leading.end()) or _RETRACTED.match(answer[leading.end():].lstrip(" \t,;.…—–-")):
        return True
    return _number_or_none(leading.group(1)) == value


# the lines of a long division that go on from the steps before: "Bring down 5: 35." (after a remainder of 3), and
# "No digits left: quotient 55, remainder 0." / "Done: 55 with remainder 0." (the digits and remainder found)
_BRING_DOWN = re.compile(r"Bring down (\d): (\d{1,61})\.")
_DIVISION_DONE = re.compile(r"No digits left: quotient (\d{1,60}), remainder (\d{1,60})|Done: (\d{1,60}) with remainder (\d{1,60})")


class _LongDivision:
    """Where a long division has got to, from its steps so far: the quotient's digits and the last remainder
    (None before its first step of "How many 7s in 38?")."""

    def __init__(self) -> None:
        self.digits, self.remainder = "", None

    def goes_on(self, step: str) -> bool:
        """Whether the step goes on from where the division stands; then takes it in."""
        if _START_WITH.search(step) or _FIRST_FITS.search(step):
            self.digits, self.remainder = "", None
        for down, current in _BRING_DOWN.findall(step):
            if self.remainder is not None and int(current) != self.remainder * 10 + int(down):
                return False
            self.remainder = None  # what is brought down to is the next step's to divide
        for match in _HOW_MANY.finditer(step):
            self.digits += match.group(4)
            self.remainder = int(match.group(5)) - int(match.group(6))
        for match in _DIVISION_DONE.finditer(step):
            quotient, remainder = (int(g) for g in match.groups() if g)
            if self.remainder is not None and (quotient != int(self.digits) or remainder != self.remainder):
                return False
            self.digits, self.remainder = "", None
        return True


# The places of written work, from the right: "ones: 0 + 5 = 5", …, "trillions: …", "quadrillions: …", …,
# "hundred-sextillions: …", and past those "digit 25 from the right: …"
_PLACE = rf"({'|'.join(sorted(PLACES, key=len, reverse=True))}|digit (\d{{1,3}}) from the right)"
_COLUMN = re.compile(rf"^\s*{_PLACE}:")  # a column of written work, "  digit 14 from the right: 1 + 2 = 3"
# the carry out of the last column, written as the next: "thousands: the carried 1 comes down", after a column that
# ends "…, write 0 and carry 1" (and none after a column that carries nothing)
_CARRIED_DOWN = re.compile(rf"^\s*{_PLACE}: the carried (\d{{1,3}}) comes down")
_CARRIED_OUT = re.compile(r"\bcarry (\d{1,3})\s*$")
# the lead of a column addition names its rows: "Line up 1750 + 175 and add column by column from the right:", "Add
# 1750 + 175 column by column, …", "Column addition for 1750 + 175:"; any other lead of column work ends them
_ROWS_LEAD = re.compile(r"\b(?:Line up|Add|Column addition for) (\d{1,60}(?: \+ \d{1,60}){1,30})(?: and add column by column|"
                        r" column by column|:)")
_OTHER_COLUMNS = re.compile(r"column by column|Column addition|Column subtraction")
# a column of the addition, its terms the rows' digits there and then, when a note says so, the carry: "thousands: 1 +
# 6 + 4 + 2 = 13 (the last 2 is the carry), …", or one digit alone, "digit 19 from the right: 1"; bounded and anchored
_COLUMN_TERMS = re.compile(rf"^\s*{_PLACE}: (\d{{1,3}}(?: \+ \d{{1,3}}){{0,60}})(?: = \d{{1,5}}"
                           rf"( \((?:the last \d{{1,3}} is the carry|with the carried|including the carry))?|\s*$)")
# "Take 368 times each digit of 29, …", "Long multiplication: multiply 7714 by each digit of 684, …", and a row of
# it said at once: "The thousands digit is 0, so that row is 0."
_LONG_PRODUCT = re.compile(r"\b(?:Take|multiply) (\d+) (?:times|by) each digit of (\d+)\b")
_LONG_PRODUCT_DIGITS = 121  # a lead's numbers are read up to this long (a product of four 30-digit numbers is 120)
_DIGIT_ROW = re.compile(rf"\bThe {_PLACE} digit is (\d), so that row is (\d{{1,121}})\b")
# a row moved to its place: "hundreds row: 296982065268 × 100 = 29698206526800." (the number times that digit)
_SHIFTED_ROW = re.compile(rf"^\s*{_PLACE} row: (\d{{1,121}}) × (10{{1,60}}) =")
# the end of a check worked in full names the value it came to, the value the line before it ends on: "9/8 + 59/60
# = 135/120 + 118/120 = 253/120." then "That gives 253/120, as it should.", "It comes to 253/120 again.", "Back to
# 253/120: it matches.", "Again 253/120.", "253/120 again: it matches." (not the start of an equation)
_CAME_TO = re.compile(rf"^\s*(?:(?:That gives|That comes to|It comes to|Back to|Again) ({_FRACTION})|({_FRACTION}) again: "
                      rf"it matches)(?![\d/]|[ \t]*[-+−×*÷=])")  # "That gives 23 × 68 = 1564." states an equation
_ENDS_ON = re.compile(rf"= ({_FRACTION})\.?\s*$")
# the lead of a long division, which the line after it starts on ("Start with 38, the first part of 385 that is at
# least 7.", "7 first fits into 38."): "Long division of 385 by 7.", "Long division: 385 by 7.", "Do 385 by 7 as a
# long division.", "Divide 385 by 7 the long way.", "Work out 385 ÷ 7 the long way.", "Set it up as long division: 385 ÷ 7."
_DIVISION_LEAD = re.compile(r"\b(?:Long division(?: of|:)|Do|Divide|Work out|long division:) (\d{1,60}) (?:by|÷) (\d{1,60})"
                            r"(?=\.| as a long division| the long way| by long division)")
# "Bring both to the denominator 33." names the denominator the fractions after it go to ("5/3 = 55/33",
# "8/11 = 24/33"): a multiple of each one's denominator; so too of one it is said to be a multiple of ("Bring both
# to the denominator 24, a multiple of 8.", "24 is a multiple of 8, so bring both to the denominator 24; …"); a line
# after it may work its top out first ("19 × 35 = … = 665, so 19/9 = 665/315")
_BRING_BOTH = re.compile(r"(?:\b(\d{1,60}) is a multiple of (\d{1,60}), so )?\bbring both to the denominator (\d{1,60})\b"
                         r"(?:, a multiple of (\d{1,60})\b)?", re.I)
_TO_DENOMINATOR = re.compile(r"(?:^\s*|, so )[−-]?\d{1,60}/(\d{1,60}) = [−-]?\d{1,60}/\d{1,60}\.?\s*$")


def _place(match: re.Match, at: int = 1) -> int:
    """Which place from the right a `_PLACE` names: ones 1, tens 2, …, "digit 14 from the right" 14."""
    return int(match.group(at + 1)) if match.group(at + 1) else PLACES.index(match.group(at)) + 1


def _goes_on_from(before: str, step: str) -> bool:
    """Whether the step goes on from the one before it: a column from the column before (the place after it, and
    the carry it carried out when that is all it writes, `_CARRIED_DOWN`), a long division's start from its lead
    (`_DIVISION_LEAD`), and a check's verdict names the value the line before came to (`_CAME_TO`)."""
    column = _COLUMN.match(step)
    earlier = _COLUMN.match(before) if column else None
    if earlier and column.group(2) and _place(column) != _place(earlier) + 1:
        return False
    if earlier and (down := _CARRIED_DOWN.match(step)):
        carried = _CARRIED_OUT.search(before)
        if carried is None or carried.group(1) != down.group(3):
            return False
    if (lead := _DIVISION_LEAD.search(before)) and (start := _START_WITH.search(step) or _FIRST_FITS.search(step)):
        a, b = lead.groups()
        first, whole, divisor = start.groups() if start.re is _START_WITH else (start.group(2), a, start.group(1))
        if whole != a or divisor != b or not a.startswith(first):
            return False
    came_to = _CAME_TO.match(step)
    if came_to and (ended := _ENDS_ON.search(before)):
        return _number_or_none(came_to.group(1) or came_to.group(2)) == _number_or_none(ended.group(1))
    return True


# the lead of a check worked in full says what it should come to: "Check: 477705 + 1 should be 477706 again.",
# "Check by adding back: 9/8 + 1/3 should give 35/24.", "Check: 1586 ÷ 13 should give 122 back." (not "p should
# be a × b", a product to cast nines out of)
_SHOULD = re.compile(rf"\b(?:should|ought to) (?:be|give) ({_FRACTION})(?=(?: again| back)?\.)")


class _WorkedCheck:
    """What the check under way said it should come to, which its verdict ("That gives W, as it should", `_CAME_TO`)
    must then name: a check that came to something else and said it was as it should be was read as true."""

    def __init__(self) -> None:
        self.expected: Fraction | None = None

    def goes_on(self, step: str) -> bool:
        # (a verdict says "as it should" too: it is judged below, not read as a lead that names no value)
        if ("should" in step or "ought" in step) and not _CAME_TO.match(step):
            should = _SHOULD.search(step)
            self.expected = _number_or_none(should.group(1)) if should else None
        came_to = _CAME_TO.match(step) if self.expected is not None else None
        if came_to:
            expected, self.expected = self.expected, None
            return _number_or_none(came_to.group(1) or came_to.group(2)) == expected
        return True


# results put together in words with no equation, "Adding these gives 1564.", "Adding: 1564", "Subtracting the two: 1564"
# (what is added or taken away is the results worked out just before: the last side of each equation)
_COMBINED = re.compile(r"\b(?P<how>adding|add(?:ed)?|summing|sum(?:med)?|subtracting|subtract(?:ed)?|taking\s+away)"
                       r"(?:\s+(?:these|them|those|the\s+two|both|up|together|it\s+all|the\s+(?:two\s+)?(?:results|partial\s+"
                       r"products|parts|products|pieces|pairs)))*\s*(?::|=|,?\s*(?:gives|makes|yields|leaves|is|comes\s+to|"
                       r"results\s+in|(?:we|i)\s+get)|,)\s*(?:us\s+)?(?P<said>[-−]?\d{1,3}(?:,\d{3})+|[-−]?\d{1,600})"
                       r"(?!\d|[.,/]\d|\s*[+\-−×*÷/^(x]\s*[\d(−-]|\s*(?:times|over|plus|minus)\b)", re.I)
_RESULT_SAID = re.compile(r"=\s*([-−]?\d{1,3}(?:,\d{3})+|[-−]?\d{1,600})(?!\d|[.,/]\d|\s*[+\-−×*÷/^(]\s*[\d(−-])")
_RESULTS_KEPT = 6  # what "adding these" may be of: runs of the last few results


class _CombinedResults:
    """Results put together in words (`_COMBINED`) make what they are said to make: the sum (or, taking away, the
    difference) of a run of two or more of the last results worked out, or the problem's value itself (column work
    may add its own way). Before, "20 × 68 = 1360", "3 × 68 = 204", "Adding these gives 1574." was true."""

    def __init__(self, value: Fraction) -> None:
        self.value, self.results = value, []

    def goes_on(self, step: str) -> bool:
        combined = _COMBINED.search(step) if ("dd" in step or "ubtract" in step or "sum" in step.lower() or
                                              "aking away" in step) else None
        if combined is not None and _fact_asserted(step, combined.start(), combined.end()):
            results = self.results + [_number_or_none(n) for n in _RESULT_SAID.findall(step, 0, combined.start())]
            said = _number_or_none(combined.group("said"))
            if len(results) >= 2 and said is not None and said != self.value and \
                    not self._made_by(said, results[-_RESULTS_KEPT:], combined.group("how").lower()):
                return False
        self.results = (self.results + [_number_or_none(n) for n in _RESULT_SAID.findall(step)])[-_RESULTS_KEPT:]
        return True

    @staticmethod
    def _made_by(said: Fraction, results: list, how: str) -> bool:
        results = [r for r in results if r is not None]
        if how.startswith(("sub", "tak")):
            return any(abs(a - b) == abs(said) for a, b in zip(results, results[1:]))
        return any(sum(results[i:j]) == said for i in range(len(results)) for j in range(i + 2, len(results) + 1))


def _common_denominator_holds(step: str, after: list[str]) -> bool:
    """The denominator a step brings two fractions to is a multiple of the denominators of the fractions the
    lines after it bring there, and of any it names (`_BRING_BOTH`)."""
    bring = _BRING_BOTH.search(step)
    if bring is None:
        return True
    big, small, common, multiple_of = bring.groups()
    if big and big != common:
        return False
    common, denominators = int(common), [int(small or 1), int(multiple_of or 1)]
    for line in after[:2]:
        if not (written := _TO_DENOMINATOR.search(line)):
            break
        denominators.append(int(written.group(1)))
    return all(d and common % d == 0 for d in denominators)


def _column_fits(rows: list[str], k: int, written: list[str]) -> bool:
    """Whether the digits `written` for the k-th column from the right are the rows' digits there, in any order. A
    row's digit may be left out where the row has none (a shorter number) or where it is one of the row's end zeros
    (the blanks a long multiplication's shift leaves, not written on paper): a 0 with only 0s below it."""
    present = [row[-k:] for row in rows if len(row) >= k]
    needed = Counter(tail[0] for tail in present if tail.strip("0"))
    blanks = sum(1 for tail in present if not tail.strip("0"))
    said = Counter(written)
    extra = said - needed
    return not needed - said and set(extra) <= {"0"} and extra["0"] <= blanks


class _ColumnSum:
    """The rows of the column addition under way, from its lead (`_ROWS_LEAD`), and the carry out of its last column."""

    def __init__(self) -> None:
        self.rows: list[str] = []
        self.carry = ""

    def goes_on(self, step: str) -> bool:
        """Whether a column's terms are the rows' digits there (`_column_fits`), less the carry its note names, or a
        last term that is the carry out of the column before; takes in a lead and a column's carry."""
        if lead := _ROWS_LEAD.search(step):
            self.rows, self.carry = lead.group(1).split(" + "), ""
        elif _OTHER_COLUMNS.search(step):
            self.rows = []
        column = _COLUMN_TERMS.match(step)
        if not column or not self.rows:
            return True
        terms, k, noted = column.group(3).split(" + "), _place(column), column.group(4)
        carried, self.carry = self.carry, (out.group(1) if (out := _CARRIED_OUT.search(step)) else "")
        if noted:
            return _column_fits(self.rows, k, terms[:-1])
        return _column_fits(self.rows, k, terms) or terms[-1] == carried and _column_fits(self.rows, k, terms[:-1])


# the lead of a column subtraction names its numbers: "Column subtraction, 8003051 − 2948762:", "Subtract 8003051 −
# 2948762 column by column from the right:", "Write 2948762 under 8003051 and subtract column by column:"
_DIFFERENCE_LEAD = re.compile(r"\b(?:Column subtraction, (\d{1,60}) − (\d{1,60}):|Subtract (\d{1,60}) − (\d{1,60}) column by"
                              r" column|Write (\d{1,60}) under (\d{1,60}) and subtract column by column)")
# a column of it: "tens: 5 − 1 = 4 after lending 1, 4 is smaller than 6: borrow 1 from the hundreds, 14 − 6 = 8.",
# "hundreds: the 0 must lend 1, so it borrows from the thousands first: 10 − 1 = 9; 9 − 7 = 2.", and the digits
# above the last that the bottom number reaches, brought down: "millions and up: nothing left to take away, so 80
# comes down."
_FIRST_DIGIT = re.compile(r"\d{1,3}")
_LAST_TAKEN = re.compile(r"− (\d{1,3}) = \d{1,3}(?:, (?:with )?nothing lent(?: here)?)?\.?\s*$")  # (said: no lending)
_COMES_DOWN = re.compile(rf"^\s*{_PLACE} and (?:up|beyond): (?:nothing left to take away, so )?(\d{{1,60}}) (?:comes down|stays)")


class _ColumnDifference:
    """The column subtraction under way, from its lead: each column starts from the top number's digit there
    (less the 1 it lent), takes away the bottom number's digit there, lends exactly when the column before
    borrowed, and the digits no column reaches come down as they are. Equations alone hold for any digits."""

    def __init__(self) -> None:
        self.top = self.bottom = ""
        self.borrowed = False

    def goes_on(self, step: str) -> bool:
        if lead := _DIFFERENCE_LEAD.search(step):
            a, b, c, d, under, over = lead.groups()
            self.top, self.bottom = (a, b) if a else (c, d) if c else (over, under)
            self.borrowed = False
            return True
        if _ROWS_LEAD.search(step) or _OTHER_COLUMNS.search(step):
            self.top = ""  # another column work begins
        if not self.top:
            return True
        if down := _COMES_DOWN.match(step):
            k = _place(down)
            return not self.borrowed and k > len(self.bottom) and int(down.group(3)) == int(self.top[:len(self.top) - k + 1])
        column = _COLUMN.match(step)
        if not column:
            return True
        k, said = _place(column), step[column.end():]
        if k > len(self.top):
            return False
        t, d = int(self.top[-k]), int(self.bottom[-k]) if k <= len(self.bottom) else None
        lends = "after lending 1" in said or "must lend 1" in said
        first = _FIRST_DIGIT.search(said)
        taken = _LAST_TAKEN.search(said)
        holds = lends == self.borrowed and first is not None and int(first.group()) == t and (
            d is None or taken is not None and int(taken.group(1)) == d)
        self.borrowed = "borrow" in said
        return holds


class _LongProduct:
    """The long multiplication under way, from its lead: the number and the multiplier whose digits make the rows."""

    def __init__(self) -> None:
        self.number = self.multiplier = None

    def goes_on(self, step: str) -> bool:
        """Whether a row said at once ("The thousands digit is 0, so that row is 0") is the multiplier's digit
        at that place times the number (a zero digit makes a zero row whatever the number), and a row moved
        to its place ("hundreds row: 2969 × 100 = 296900") is that digit's row; takes in a lead."""
        if lead := _LONG_PRODUCT.search(step):  # one too long to read leaves its rows unjudged, not judged by the last
            readable = max(len(lead.group(1)), len(lead.group(2))) <= _LONG_PRODUCT_DIGITS
            self.number, self.multiplier = (int(lead.group(1)), lead.group(2)) if readable else (None, None)
        for row in _DIGIT_ROW.finditer(step):
            k, digit, product = _place(row), int(row.group(3)), int(row.group(4))
            if digit == 0 and product != 0:
                return False
            if self.multiplier is not None and (k > len(self.multiplier) or int(self.multiplier[-k]) != digit or
                                                product != self.number * digit):
                return False
        shifted = _SHIFTED_ROW.match(step) if self.multiplier is not None else None
        if shifted:  # the row of the k-th digit, moved k − 1 places: the number times that digit
            k, row, power = _place(shifted), int(shifted.group(3)), shifted.group(4)
            return k <= len(self.multiplier) and len(power) == k and row == self.number * int(self.multiplier[-k])
        return True


# a sum's numbers added in two groups, said of the problem's own numbers: "Positives give 1, negatives give
# −477706", "The positives come to 1, the negatives to −477706", "So 1 from the positives and −477706 from the
# negatives"
_GROUPS = re.compile(r"\b(?:Positives give|positives come to) (\d{1,60}), (?:negatives give|the negatives to) [−-](\d{1,60})"
                     r"|\b(\d{1,60}) from the positives and [−-](\d{1,60}) from the negatives", re.I)


def _groups_hold(step: str, operands: list[Fraction] | None) -> bool:
    """What a sum's positives and negatives are said to come to is what the problem's numbers do (a sum's
    terms, `operands`; None when the problem is not a sum, and nothing is judged)."""
    if operands is None or "positives" not in step.lower():
        return True
    positives, negatives = sum(x for x in operands if x > 0), -sum(x for x in operands if x < 0)
    for match in _GROUPS.finditer(step):
        p, n = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        if int(p) != positives or int(n) != negatives:
            return False
    return True


# a check from the answer names it, and the step it undoes first: "Check from the answer, 679/304, by undoing the last
# step, −97 ÷ (−304/7): …", "The last step was (1/368) × 38, so …": the number named is the problem's value, and the
# step is its last operation (`_last_operations`)
_FROM_THE_ANSWER = re.compile(rf"\bfrom the answer, ({_FRACTION})(?![\d/])")
_OPERAND = rf"\(?({_FRACTION})\)?"
_LAST_STEP = re.compile(rf"\bthe last step(?:,| was) {_OPERAND} ([+−×÷]) {_OPERAND}(?![\d/])", re.I)
_SIGN_OPS = {"+": "+", "−": "-", "×": "*", "÷": "/"}


def _last_operations(node) -> set[tuple[Fraction, str, Fraction]]:
    """(left, op, right) of the operation a working of the problem does last: the top of its tree as written, or as
    it reads without its needless brackets ("2 + (3 + 4)" read as 2 + 3 + 4 ends on 5 + 4); a lone fraction written
    other than in lowest terms ("7128/18") is a division. None for a problem with a minus sign in front of it all."""
    try:
        shown = parse(to_text(node, unicode=False), PROBLEM_RULES)
    except ExprError:  # (longer than a problem may be, once spaced out)
        shown = node
    ops = set()
    for tree in (node, shown):
        if isinstance(tree, BinOp):
            ops.add((evaluate(tree.left, PROBLEM_RULES), tree.op, evaluate(tree.right, PROBLEM_RULES)))
        elif (parts := written_parts(tree)) is not None:
            ops.add((Fraction(parts[0]), "/", Fraction(parts[1])))
    return ops


def _check_from_the_answer_holds(step: str, value: Fraction, last: set) -> bool:
    """The answer a check says it starts from is the problem's value, and the last step it names is the problem's
    last operation (`_FROM_THE_ANSWER`, `_LAST_STEP`), unless hedged."""
    if "the answer, " in step:
        for match in _FROM_THE_ANSWER.finditer(step):
            if _fact_asserted(step, match.start(), match.end(), _REMAINDER_HEDGE) and \
                    _number_or_none(match.group(1)) != value:
                return False
    if "last step" in step:
        for match in _LAST_STEP.finditer(step):
            x, op, y = _number_or_none(match.group(1)), _SIGN_OPS[match.group(2)], _number_or_none(match.group(3))
            if _fact_asserted(step, match.start(), match.end(), _REMAINDER_HEDGE) and (x, op, y) not in last:
                return False
    return True


# An equation written a side to a line, as models and LaTeX's align do ("23 × 68\n= 23 × (60 + 8)\n= 1574", "… \\\\ &=
# 1574"): a line that opens with a relation goes on from the last side of the line before it, in its step or the
# step before (a line from a completion is a step of its own). That side is what follows the line's last relation,
# or the whole line, or an expression ending it ("We need 23 × 68"), read no further back than `_LEAD_REACH`.
_LINE_BREAK = re.compile(r"\n|\\\\")  # a new line, or LaTeX's "\\"
_OPENS_WITH_RELATION = re.compile(r"[ \t$&]*(?:\\\[)?[ \t&]*[=≠<>≤≥]")
_LEAD_REACH = 200
_EXPRESSION_END = re.compile(r"[\d(][\d \t+\-−×*·÷/()\[\]^.,]*\Z")
_OPERATION = re.compile(r"[\d)][ \t]*[+\-−×*·÷/^][ \t]*[\d(]")
_RELATION = re.compile(r"[=≠<>≤≥]")
_ALIGNED = re.compile(r"\\(?:begin|end)\{\w{1,20}\*?\}|&(?=[ \t]*[=≠<>≤≥])")  # "\begin{align} 23 \times 68 &= …": layout
_BULLET = re.compile(r"[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]")  # a list's item: a "=" line after it may be the items' total


def _unaligned(line: str) -> str:
    return _ALIGNED.sub(" ", plain_latex(line)) if "\\" in line or "&" in line else line


def _continued_lines_hold(before: str, step: str) -> bool:
    """Whether each line of the step that opens with a relation holds against the last side of the line before it
    (`before`: the step before's last line, for the step's first)."""
    if not _OPENS_WITH_RELATION.match(step) and "\n" not in step and "\\\\" not in step and "&" not in step:
        return True
    lines = _LINE_BREAK.split(step)
    previous = _LINE_BREAK.split(before[-_LEAD_REACH:])[-1]
    for line in lines:
        if "&" in line and (aligned := _unaligned(line)) != plain_latex(line) and _claims_fail(aligned):  # "68 &= 1564"
            return False
        if _OPENS_WITH_RELATION.match(line) and not _BULLET.match(previous) and \
                (lead := _last_side(previous)) is not None and _claims_fail(lead + " " + _unaligned(line).strip(" \t$")):
            return False
        previous = line
    return True


def _last_side(line: str) -> str | None:
    """The side a line ends on, for a line after it that opens with a relation: all that follows its last relation, or
    the whole line, when that is an expression; else an expression with an operation in it that ends the line."""
    line = _unaligned(line[-_LEAD_REACH:]).replace("\\[", " ").rstrip(" \t$.")
    if not line.isascii():
        line = powers_written(line)  # "= 1000² − 2·1000 + 1"
    relation = None
    for relation in _RELATION.finditer(line):
        pass
    end = _EXPRESSION_END.search(line, relation.end() if relation else 0)
    if end is None:
        return None
    whole = not line[relation.end() if relation else 0:end.start()].strip(" \t$&")
    return end.group() if whole or relation is None and _OPERATION.search(end.group()) else None


def _closing_result_holds(step: str, value: Fraction) -> bool:
    """The last step of a trace that names a result with no answer marker ("Result: 6180", "**650**", "The sum is
    8472.", `closing_result`) states the answer, as `extract_answer` reads a completion's last line: a lone number
    there is the problem's value. A step with an answer marker is judged by `step_holds`."""
    if stated_answer(step) is not None:
        return True
    said = closing_result(step)
    number = _number_or_none(said) if said else None
    return number is None or number == value


def label_steps(problem: dict, steps: list[str]) -> list[bool]:
    node = parse(problem["expression"], PROBLEM_RULES)  # once: its value, its terms if it is a sum, its last operation
    value, terms, last = evaluate(node, PROBLEM_RULES), chain_operands(node, "+"), _last_operations(node)
    holds, nines, division, check, product, columns = [], False, _LongDivision(), _NinesCheck(value), _LongProduct(), \
        _ColumnSum()
    worked, difference, combined = _WorkedCheck(), _ColumnDifference(), _CombinedResults(value)
    for k, step in enumerate(steps):
        after = steps[k + 1:k + 3]
        holds.append(step_holds(step, value, nines) and _continued_lines_hold(steps[k - 1] if k else "", step) and
                     division.goes_on(step) and check.goes_on(step, nines, after) and
                     product.goes_on(step) and columns.goes_on(step) and
                     _goes_on_from(steps[k - 1] if k else "", step) and _common_denominator_holds(step, after) and
                     _groups_hold(step, terms) and worked.goes_on(step) and combined.goes_on(step) and
                     _check_from_the_answer_holds(step, value, last) and
                     difference.goes_on(step) and (k < len(steps) - 1 or _closing_result_holds(step, value)) and
                     (k > 0 or _restated_problem_holds(step, value)))
        nines = nines or bool(_NINES.search(step))
    return labels_until_first_failure(holds)


# the problem said again as a trace's first step, as a model that misreads it says it wrong ("The problem is 23 × 86"
# for 23 × 68): "Task: …", "The problem is …", "We need to compute …", "We are asked for …", "The question asks for …",
# "What is …?", "… = ?". Only these frames: an imperative ("Compute 20 × 68.") may open a decomposition as well
_RESTATED = re.compile(r"(?:task\s*:|(?:the\s+)?(?:problem|question|expression|calculation)\s+(?:is|asks\s+for)\s*:?|"
                       r"we\s+(?:need|have|want|are\s+asked)\s+to\s+(?:compute|calculate|evaluate|find|work\s+out)|we\s+need|"
                       r"we\s+are\s+asked\s+(?:for|to\s+find)|what\s+is|(?=[^=?!\n]{1,200}=\s*\?))\s*"
                       r"(?P<expression>[^=?!\n]{1,200}?)\s*(?:=\s*\?|\?)?\s*[.!]?", re.I)


def _restated_problem_holds(step: str, value: Fraction) -> bool:
    """Whether the first step, when it is only the problem said again, says one with the problem's value (the same
    problem, perhaps written in another order: "68 × 23"). A text that is no expression is no restatement."""
    said = _RESTATED.fullmatch(step.strip()) if len(step) < 300 else None
    if said is None:
        return True
    try:
        return side_value(said.group("expression").strip()) == value
    except (ExprError, ZeroDivisionError):
        return True
