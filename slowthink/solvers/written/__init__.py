"""Written arithmetic: every carry, borrow, partial product and remainder, as on paper.

The building blocks of the arithmetic solver (`solvers/arithmetic.py`). A trace here is what a careful person writes: column addition with each carry,
column subtraction with each borrow, multiplication by partial products (digit by
digit for long numbers), long division with trial quotients that are sometimes too
big, fractions over a common denominator and reduced, expressions evaluated
innermost first, and then a check by a different route before the answer.

Every equation a line states is self-contained and true, because the verifier reads
them back (`slowthink.core.claims`). Words never sit inside an equation; notes go
after it. What it leaves out: decimals and powers.

Nothing is pulled out of thin air: a product of two numbers that both keep two or more
digits once trailing zeros are set aside, a quotient whose multiplying back is one, or a
long number divided by one digit (`hard_product`, `hard_quotient`) is worked out before it
is written, wherever it comes up: in a check, a common denominator, a scaling or a
reduction. Small enough, it is split by place value on one line (`product_chain`) or
divided digit by digit (`short_division`); else it is written out in full. What the trace
has worked out once it may state again (`Work.known`), as it was written.

In a negative trace (one planted slip, `Slip`) the writer believes the slip to the end: a slipped product
is stated again as written, and the checks slip too, towards agreement: a function given an `aim`
writes its work as usual but lands its last step on that value (`Work.expecting`).

The modules, each building on the ones before it: `work` (the page, a planted slip, how values are
written), `glance` (what is too much to state), `sums` (columns, carries, borrows, signs),
`multiplication` (in the head or written out), `division` (long and short), `lowest_terms` (common
factors, reducing), `fraction_arithmetic` (common denominators, cancelling) and `checks` (casting out
nines, swapped factors, a check in one line). Import from the module that holds a name.
"""
