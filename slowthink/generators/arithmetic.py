"""Arithmetic problems: sums, differences, products, quotients and mixed expressions.

Every problem is `{"expression": "<ascii expression>"}` (see DESIGN.md); the solver
parses it back, so a problem typed by a person works the same as a generated one.
Difficulty is set by digits per operand, operand count, negatives, fractions and,
for `arithmetic.expr`, depth and operators. What it leaves out: powers, roots,
decimals (answers are exact integers or reduced fractions).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from fractions import Fraction

from slowthink.core.claims import CLAIM_RULES
from slowthink.core.expr import ARITHMETIC_RULES, BinOp, Neg, Node, evaluate, leaf, parse, to_text
from slowthink.core.params import CommonParams, ConfigError, param

OPERATOR_NAMES = ("+", "-", "*", "/")


# ---------------------------------------------------------------- parameters

@dataclass(frozen=True)
class NumberParams(CommonParams):
    digits: int = param(3, "most digits in an operand", min=1, max=30)
    min_digits: int = param(1, "fewest digits in an operand", min=1, max=30)
    negatives: bool = param(False, "allow negative operands")
    fractions: bool = param(False, "operands are fractions p/q instead of integers")
    max_denominator: int = param(12, "largest denominator of a fraction operand", min=2, max=999)

    def check(self) -> None:
        if self.min_digits > self.digits:
            raise ConfigError(f"min_digits = {self.min_digits} is more than digits = {self.digits}: lower min_digits")


@dataclass(frozen=True)
class AddParams(NumberParams):
    operands: int = param(2, "how many numbers are added", min=2, max=10)


@dataclass(frozen=True)
class SubParams(NumberParams):
    operands: int = param(2, "how many numbers take part (a - b - c ...)", min=2, max=6)
    negative_results: bool = param(True, "allow a negative result (otherwise the first operand is the largest)")


@dataclass(frozen=True)
class MulParams(NumberParams):
    operands: int = param(2, "how many numbers are multiplied", min=2, max=4)
    check_by: str = param("auto", "how a product of two numbers of 2+ digits is checked: swapped factors, casting "
                          "out nines, or chosen by size (with a one-digit factor it is checked by dividing back)",
                          choices=("auto", "swap", "nines"))


@dataclass(frozen=True)
class DivParams(NumberParams):
    divisor_digits: int = param(1, "digits of the divisor", min=1, max=12)
    exact: bool = param(True, "the quotient is a whole number (otherwise the answer may be a fraction)")


@dataclass(frozen=True)
class ExprParams(NumberParams):
    digits: int = param(2, "most digits in an operand", min=1, max=12)
    depth: int = param(2, "nesting depth of the expression tree", min=1, max=5)
    operators: tuple = param(OPERATOR_NAMES, "operators that may appear", choices=OPERATOR_NAMES)
    max_denominator: int = param(9, "largest denominator of a fraction operand", min=2, max=99)


# ---------------------------------------------------------------- generation

def random_integer(rng: random.Random, params: NumberParams, nonzero: bool = True) -> int:
    digits = rng.randint(params.min_digits, params.digits)
    low = 10 ** (digits - 1) if digits > 1 else (1 if nonzero else 0)
    value = rng.randint(low, 10**digits - 1)
    if params.negatives and rng.random() < 0.4:
        value = -value
    return value


def random_operand(rng: random.Random, params: NumberParams) -> Fraction:
    if not params.fractions:
        return Fraction(random_integer(rng, params))
    denominator = rng.randint(2, params.max_denominator)
    numerator = rng.randint(1, 2 * denominator + 1)
    value = Fraction(numerator, denominator)
    if value.denominator == 1:  # keep it a true fraction so the task is about fractions
        value = Fraction(numerator, denominator + 1) if numerator % (denominator + 1) else Fraction(1, denominator)
    if params.negatives and rng.random() < 0.4:
        value = -value
    return value


def operand_leaf(value: Fraction) -> Node:
    """A leaf as a problem writes it: negative numbers as Neg so they print as -5."""
    if value < 0:
        return Neg(operand_leaf(-value))
    return leaf(value)


def chain(op: str, values: list[Fraction]) -> Node:
    node = operand_leaf(values[0])
    for value in values[1:]:
        node = BinOp(op, node, operand_leaf(value))
    return node


def problem_of(node: Node) -> dict:
    return {"expression": to_text(node, unicode=False)}


def generate_add(rng: random.Random, params: AddParams) -> dict:
    return problem_of(chain("+", [random_operand(rng, params) for _ in range(params.operands)]))


def generate_sub(rng: random.Random, params: SubParams) -> dict:
    values = [random_operand(rng, params) for _ in range(params.operands)]
    if not params.negative_results and not params.negatives:
        while values[0] < sum(values[1:]):
            values[0] += random_operand(rng, params)
    return problem_of(chain("-", values))


def generate_mul(rng: random.Random, params: MulParams) -> dict:
    return problem_of(chain("*", [random_operand(rng, params) for _ in range(params.operands)]))


def generate_div(rng: random.Random, params: DivParams) -> dict:
    if params.fractions:
        left, right = random_operand(rng, params), random_operand(rng, params)
        return problem_of(chain("/", [left, right]))
    divisor_params = NumberParams(digits=params.divisor_digits, min_digits=params.divisor_digits)
    divisor = random_integer(rng, divisor_params)
    while divisor == 1:
        divisor = random_integer(rng, divisor_params)
    quotient = abs(random_integer(rng, params))
    dividend = divisor * quotient
    if not params.exact:
        dividend += rng.randint(0, divisor - 1)
    if params.negatives and rng.random() < 0.4:
        dividend = -dividend
    if params.negatives and rng.random() < 0.3:
        divisor = -divisor
    return problem_of(chain("/", [Fraction(dividend), Fraction(divisor)]))


def random_tree(rng: random.Random, params: ExprParams, depth: int) -> Node:
    """A random expression of at most `depth` operator levels with no division by zero."""
    if depth == 0 or (depth < params.depth and rng.random() < 0.3):
        return operand_leaf(random_operand(rng, params))
    op = rng.choice(params.operators)
    left = random_tree(rng, params, depth - 1)
    for _ in range(20):
        right = random_tree(rng, params, depth - 1)
        if op != "/" or evaluate(right) != 0:
            return BinOp(op, left, right)
    return BinOp("+", left, right)


# the most digits a part of any value an expression works out may have: a product of two such still fits in what a
# step's claims are read to (CLAIM_RULES.max_digits), so every step of the trace can be checked
MOST_VALUE_DIGITS = CLAIM_RULES.max_digits // 2 - 1
EXPR_DRAWS = 2000


def generate_expr(rng: random.Random, params: ExprParams) -> dict:
    """A random expression whose every part works out to a value the verifier can check (`MOST_VALUE_DIGITS`)."""
    for _ in range(EXPR_DRAWS):
        node = random_tree(rng, params, params.depth)
        if isinstance(node, BinOp) and _values_fit(node):
            return problem_of(node)
    raise ConfigError(f"arithmetic.expr: no expression in {EXPR_DRAWS} draws keeps its values within "
                      f"{MOST_VALUE_DIGITS} digits, so its steps could not all be checked: lower digits or depth, "
                      f"or leave * out of operators")


def _values_fit(node: Node) -> bool:
    if isinstance(node, BinOp) and not (_values_fit(node.left) and _values_fit(node.right)):
        return False
    value = evaluate(node)
    return len(str(abs(value.numerator))) <= MOST_VALUE_DIGITS and len(str(value.denominator)) <= MOST_VALUE_DIGITS


# ---------------------------------------------------------------- question

def question(problem: dict) -> str:
    shown = to_text(parse(problem["expression"], ARITHMETIC_RULES))
    return f"Calculate {shown}. Give the exact answer as an integer or a reduced fraction p/q."
