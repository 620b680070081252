"""The names of the places of written work, from the right: what the writer calls a column and the
verifier reads back, kept in one list so the two never drift apart."""

from __future__ import annotations

# named as far as a reader knows the names (a product of two 12-digit numbers fits); "digit 25 from the right" past them
PLACES = ("ones", "tens", "hundreds", "thousands", "ten-thousands", "hundred-thousands", "millions",
          "ten-millions", "hundred-millions", "billions", "ten-billions", "hundred-billions", "trillions",
          "ten-trillions", "hundred-trillions", "quadrillions", "ten-quadrillions", "hundred-quadrillions",
          "quintillions", "ten-quintillions", "hundred-quintillions", "sextillions", "ten-sextillions",
          "hundred-sextillions")


def place(k: int) -> str:
    """The k-th place from the right (0: the ones)."""
    return PLACES[k] if k < len(PLACES) else f"digit {k + 1} from the right"
