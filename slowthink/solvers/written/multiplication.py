"""Products of whole numbers: in the head, one factor split by place value so that every part is a
glance (`product_chain`, `product_in_steps`), or written out, a digit at a time with its carries, by tens
and ones, or by the rows of long multiplication, with end zeros set aside.

`multiply` chooses the method a person would use, and `worked_product` puts a product on a line of its
own, in the head or in full. The checks of a product are in `checks`.
"""

from __future__ import annotations

from slowthink.core.places import place
from slowthink.solvers.written.glance import hard_product, significant
from slowthink.solvers.written.sums import at_a_glance, column_addition, landing_sum
from slowthink.solvers.written.work import Work, digits_of, v


# ---------------------------------------------------------------- in the head

def place_parts(n: int) -> list[int]:
    """n split by place value, highest first, zero digits left out: 327 -> [300, 20, 7]."""
    text = str(n)
    return [int(c) * 10 ** (len(text) - 1 - k) for k, c in enumerate(text) if c != "0"]


def product_chain(work: Work, a: int, b: int, split: str = "auto", recall: bool = True,
                  aim: int | None = None) -> tuple[str, int] | None:
    """("a × b = …", the product as written) for a product done in the head, for a, b ≥ 0.

    An easy product is stated; a hard one is worked on the same line by splitting one factor by place
    value, so that every part is a glance, the other factor (two digits that count, at most) times one digit
    and zeros: "23 × 68 = 20 × 68 + 3 × 68 = 1360 + 204 = 1564". None when that would not fit a line (two
    parts, each a glance; "498 × 3 = 1494" is worked, not done in the head): the caller writes it out
    (`multiply`). `split` ("a", "b") says which factor to split; by default the one with fewer parts.
    A product worked out before is stated again, unless `recall` is off: a check of that very product.
    With an `aim` the last sum comes out at it (a slipped writer's check)."""
    if not hard_product(a, b, work if recall else None):
        p = work.value(work.product(a, b) if recall else a * b) if aim is None else aim
        return f"{a} × {b} = {p}", p
    split = _line_split(a, b, split)
    if split is None:
        return None
    whole, parts = (a, place_parts(b)) if split == "b" else (b, place_parts(a))
    terms = [f"{a} × {part}" if split == "b" else f"{part} × {b}" for part in parts]
    values = [whole * part for part in parts]
    p = work.value(a * b) if aim is None else aim
    work.learn(a, b, p)
    return f"{a} × {b} = {' + '.join(terms)} = {' + '.join(map(str, values))} = {p}", p


def splits_into_glances(whole: int, other: int) -> bool:
    """Whether a check may split `other` by place value and multiply each part by `whole` in the head: every
    part a glance (the factor kept whole has at most two digits that count, times one digit and zeros: 59 ×
    400), and at most three parts."""
    return significant(whole) < 100 and len(place_parts(other)) <= 3


def split_for_a_check(a: int, b: int) -> str | None:
    """Which factor a check of a × b splits ("a" or "b", `splits_into_glances`), the one with fewer parts;
    None when neither will do: the check is then cast out by nines, or worked in full."""
    options = [(len(place_parts(other)), other, split) for split, whole, other in (("b", a, b), ("a", b, a))
               if splits_into_glances(whole, other)]
    return min(options)[2] if options else None


def product_in_steps(work: Work, a: int, b: int, split: str, aim: int | None = None) -> int:
    """a × b in a check, split by place value as `split_for_a_check` says, on lines of `work`: two parts on one
    line ("68 × 23 = 68 × 20 + 68 × 3 = 1360 + 204 = 1564", as in the head), three parts added two at a time on
    a line of their own ("8700 + 1740 = 10440, and 10440 + 232 = 10672"), not in one breath. With an `aim` the
    last sum comes out at it. Returns the product as written."""
    whole, parts = (a, place_parts(b)) if split == "b" else (b, place_parts(a))
    terms = " + ".join(f"{a} × {part}" if split == "b" else f"{part} × {b}" for part in parts)
    values = [whole * part for part in parts]
    p = a * b if aim is None else aim
    if len(parts) == 1:
        work.say(f"{a} × {b} = {p}.")
    elif len(parts) == 2:
        work.say(f"{a} × {b} = {terms} = {' + '.join(map(str, values))} = {p}.")
    else:
        work.say(f"{a} × {b} = {terms} = {' + '.join(map(str, values))}.")
        first = values[0] + values[1]
        work.say(f"{values[0]} + {values[1]} = {first}, and {first} + {values[2]} = {p}.")
    work.learn(a, b, p)
    return p


def _line_split(a: int, b: int, split: str = "auto") -> str | None:
    """Which factor of a × b `product_chain` splits on one line ("a", "b"): two parts at most, each a glance
    (`splits_into_glances`); by default the one with fewer parts. None when no split will do."""
    options = [(len(place_parts(other)), other, side) for side, whole, other in (("b", a, b), ("a", b, a))
               if split in ("auto", side) and splits_into_glances(whole, other) and len(place_parts(other)) <= 2]
    return min(options)[2] if options else None


def fits_a_line(a: int, b: int, split: str = "auto") -> bool:
    """Whether a × b split by place value (`product_chain`) fits one line: two parts, each a glance."""
    return _line_split(a, b, split) is not None


def worked_product(work: Work, a: int, b: int) -> int:
    """a × b for a, b ≥ 0 on its own line: stated, split in the head, or written out in full."""
    chain = product_chain(work, a, b)
    if chain is None:
        return multiply(work, a, b)
    work.say(chain[0] + ".")
    return chain[1]


# ---------------------------------------------------------------- written out

def times_digit(work: Work, a: int, d: int, aim: int | None = None) -> int:
    """a × d for a one-digit d, right to left with every carry, on one line; returns the product as written
    (with an `aim`, that: its digits are landed as a column sum's are)."""
    if a < 10 or d in (0, 1):
        p = work.value(a * d) if aim is None else aim
        work.say(f"{a} × {d} = {p}.")
        return p
    parts, carry, product = [], 0, 0
    for k, digit in enumerate(digits_of(a)):
        last = k == len(str(a)) - 1
        s = work.value(digit * d + carry) if aim is None else landing_sum(digit * d + carry, k, aim, last)
        lhs = f"{digit} × {d}" + (f" + {carry}" if carry else "")
        if last or s < 10:
            parts.append(f"{lhs} = {s}" + ("" if last else f", write {s}"))
        else:
            parts.append(f"{lhs} = {s}, write {s % 10}, carry {s // 10}")
            work.tally.carries += 1
        product += (s if last else s % 10) * 10**k
        carry = s // 10
    work.say(f"{a} × {d}: " + "; ".join(parts) + f". So {a} × {d} = {product}.")
    return product


def split_product(work: Work, a: int, b: int, aim: int | None = None) -> int:
    """a × b for two-digit-ish numbers, by splitting b into tens and ones (as on paper)."""
    tens, ones = b - b % 10, b % 10
    if tens == 0 or ones == 0:
        return times_small(work, a, b, aim)
    work.say(work.voice.pick("{a} × {b} is too big to see at once, so split {b} into {t} + {o}.",
                             "Break {b} into {t} + {o} and multiply {a} by each part.",
                             "Write {b} as {t} + {o}; then {a} × {b} = {a} × {t} + {a} × {o}.",
                             a=a, b=b, t=tens, o=ones))
    p1 = times_small(work, a, tens)
    if tens == 10 * ones > 10 and p1 % 10 == 0:  # 66: a × 6 was just worked out on the way to a × 60
        p2 = p1 // 10
        work.say(work.voice.pick("{a} × {o} = {p}, found just above.", "And {a} × {o} = {p}, as worked out above.",
                                 "{a} × {o} is {p}, from the line above.", a=a, o=ones, p=p2))
    else:
        p2 = times_small(work, a, ones)
    work.tally.partial_products += 2
    if at_a_glance(p1, p2):  # "230 + 23": said on the line that asks for it, not announced and then said
        product = work.value(p1 + p2) if aim is None else aim
        work.say(work.voice.pick("Now add the partial products: {p1} + {p2} = {s}.",
                                 "Add the two parts: {p1} + {p2} = {s}.", p1=p1, p2=p2, s=product))
    else:
        work.say(work.voice.pick("Now add the partial products: {p1} + {p2}.", "Add the two parts: {p1} + {p2}.",
                                 p1=p1, p2=p2))
        product = column_addition(work.nested(), [p1, p2], aim)
    work.conclude(f"{a} × {b} = {product}.")
    return product


def _split_product_text(work: Work, a: int, d: int, aim: int | None = None) -> tuple[str, int]:
    """"23 × 6 = 20 × 6 + 3 × 6 = 120 + 18 = 138": a two-digit number times a digit, in the head."""
    t, o = a - a % 10, a % 10
    p = work.value(a * d) if aim is None else aim
    if a < 10 or not o or d in (0, 1):
        return f"{a} × {d} = {p}", p
    return f"{a} × {d} = {t} × {d} + {o} × {d} = {t * d} + {o * d} = {p}", p


def times_small(work: Work, a: int, m: int, aim: int | None = None) -> int:
    """a × m where m is a digit, possibly followed by zeros (60, 700); returns the product as written.
    With an `aim` the product of the digit comes out at it (less the zeros), or else the last step."""
    zeros = len(str(m)) - len(str(m).rstrip("0"))
    d, scale = m // 10**zeros, 10**zeros
    base_aim = aim // scale if aim is not None and aim % scale == 0 else None

    def shifted(base: int) -> int:
        return base * scale if aim is None or base_aim is not None else aim

    if zeros and d == 1:
        product = work.value(a * m) if aim is None else aim
        work.say(f"{a} × {m} = {product}.")
    elif zeros and a < 100:
        text, base = _split_product_text(work, a, d, base_aim)
        product = shifted(base)
        work.say(f"{a} × {m}: {text}, so {a} × {m} = {product}.")
    elif zeros:
        base = times_digit(work, a, d, base_aim)
        product = shifted(base)
        work.conclude(f"{a} × {m} = {base} × {scale} = {product}.", "Then ", "With the zeros back, ")
    elif a < 100:
        text, product = _split_product_text(work, a, d, aim)
        work.say(text + ".")
    else:
        product = times_digit(work, a, d, aim)
    return product


def long_multiplication(work: Work, a: int, b: int, aim: int | None = None) -> int:
    """a × b digit by digit of b, one partial product per digit, then a column sum (with an `aim`, the
    column sum comes out at it; with a single row, that row's product or its shift)."""
    single = sum(1 for d in digits_of(b) if d) == 1
    work.say(work.voice.pick("Long multiplication: multiply {a} by each digit of {b}, shifting one place each time.",
                             "Take {a} times each digit of {b}, from the ones up, then add the shifted rows.",
                             a=a, b=b))
    rows, seen = {}, {}  # place -> its row, shifted; digit -> (its row's product, the place of the row that found it)
    for k, d in enumerate(digits_of(b)):
        if d == 0:
            work.say(f"  The {place(k)} digit is 0, so that row is 0.")
            continue
        row_aim = aim // 10**k if single and aim is not None and aim % 10**k == 0 else None
        if d == 1 and row_aim is None:
            p = a  # a row of 1 is the number itself: nothing to find, nor to have found before
            if not k:
                work.say(f"  {a} × 1 = {a}.")
        elif d in seen:
            p, first = seen[d]
            work.say(work.voice.pick("  {a} × {d} = {p} again, as in the {r} row.",
                                     "  {a} × {d} = {p}, the same as in the {r} row.", a=a, d=d, p=p, r=place(first)))
        else:
            p = times_digit(work.nested(), a, d, row_aim)
            seen[d] = p, k
        shifted = p * 10**k if not single or aim is None or aim % 10**k == 0 else aim
        if k:
            work.say(f"  {place(k)} row: {p} × {10**k} = {shifted}.")
        rows[k] = shifted
        work.tally.partial_products += 1
    if len(rows) == 1:
        return next(iter(rows.values()))
    work.say(work.voice.pick(("Now add the rows.", "Now add up the rows.", "Then add the rows."),
                             ("Add the partial products.", "Add up the partial products.", "Now add the partial products."),
                             ("Sum of the shifted rows:", "Add the shifted rows:", "The shifted rows, added:")))
    product = column_addition(work.nested(), list(rows.values()), aim, blanks=list(rows))
    work.conclude(f"{a} × {b} = {product}.")
    return product


def multiply(work: Work, a: int, b: int, aim: int | None = None) -> int:
    """a × b for non-negative integers, choosing the method a person would use; with an `aim`, its last
    step comes out at that (a slipped writer's check)."""
    product = _multiply(work, a, b, aim)
    if hard_product(a, b):
        work.learn(a, b, product)
    return product


def _multiply(work: Work, a: int, b: int, aim: int | None) -> int:
    if 0 in (a, b):
        return times_zero(work, f"{a} × {b}", aim)
    if a < 10 and b < 10:
        p = work.value(a * b) if aim is None else aim
        work.say(f"{a} × {b} = {p}.")
        return p
    top, by = working_order(a, b)
    if top != a and significant(by) >= 10 and top >= 100 and not _zeros(top) + _zeros(by):
        work.say(work.voice.pick("It is shorter to multiply by {s}, so work out {l} × {s}.",
                                 "Put the longer number on top: {l} × {s}.", s=by, l=top))
    return multiply_as(work, top, by, aim, shown=f"{a} × {b}")


def _zeros(n: int) -> int:
    """How many zeros n ends in."""
    return len(str(n)) - len(str(n).rstrip("0")) if n else 0


def multiply_as(work: Work, top: int, by: int, aim: int | None = None, shown: str | None = None) -> int:
    """top × by for top, by ≥ 10 laid out as given: `top` is the number whose digits are written out, times
    each digit of `by`. Zeros at the ends wait: 350 × 55 is 35 × 55 with a 0 put back (no rows of 0 × d),
    and 83 × 700 is one row, 83 × 7, shifted. With an `aim`, the last step comes out at it. `shown` is the
    product as the problem has it, for the line that puts the zeros back."""
    if significant(by) < 10 and not (_zeros(top) and top >= 100):  # one digit and zeros: one row and a shift
        return times_small(work, top, by, aim)
    if top < 100 and by < 100 and not (_zeros(top) and _zeros(by)):
        return split_product(work, top, by, aim)
    zeros = _zeros(top) + _zeros(by)
    if not zeros:
        return long_multiplication(work, top, by, aim)
    scale, x, y = 10**zeros, significant(top), significant(by)
    one = zeros == 1  # "the zero at the end", never "the zeros" of a single one
    work.say(work.voice.pick("The zero at the end can wait: {x} × {y} first, then × {k}." if one else
                             "The zeros at the end can wait: {x} × {y} first, then × {k}.",
                             "Set the end zero aside and work out {x} × {y}; then put the 0 back on." if one else
                             "Set the end zeros aside and work out {x} × {y}; then put the {z} zeros back on.",
                             x=x, y=y, k=scale, z=zeros))
    inner_aim = aim // scale if aim is not None and aim % scale == 0 else None
    base = multiply_as(work.nested(), x, y, inner_aim) if min(x, y) >= 10 else _multiply(work.nested(), x, y, inner_aim)
    product = base * scale if aim is None or inner_aim is not None else aim
    work.conclude(f"{shown or f'{top} × {by}'} = {base} × {scale} = {product}.", "Then ", "With the zeros back, ")
    return product


def working_order(a: int, b: int) -> tuple[int, int]:
    """(the number on top, the one it is multiplied by) as `multiply` works a × b: the one with more digits
    that are not end zeros on top (83 × 700 is 83 times 7, shifted), else the longer. A check by swapped
    factors takes the other order."""
    return (b, a) if (len(str(significant(b))), len(str(b))) > (len(str(significant(a))), len(str(a))) else (a, b)


def times_zero(work: Work, shown: str, aim=None):
    """A product with a factor 0, said as a person says it: no digits, no bottoms, just the rule. With an
    `aim` (a slipped writer's check) it says that instead."""
    result = 0 if aim is None else aim
    work.say(work.voice.pick("Anything times 0 is 0: {s} = {r}.", "A factor of 0 makes the product 0: {s} = {r}.",
                             s=shown, r=v(result)))
    return result
