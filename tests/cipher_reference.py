"""A plain reference for the cipher tests: letter positions and per-letter encryption, no package code."""

from __future__ import annotations


def pos(ch: str) -> int:
    return "abcdefghijklmnopqrstuvwxyz".index(ch) + 1


def ch(n: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]


def encrypt_letters(text: str, f) -> str:
    """f(position, index among letters) -> position, for each letter; spaces stay."""
    out, k = "", 0
    for c in text:
        if c == " ":
            out += c
        else:
            out += ch(f(pos(c), k))
            k += 1
    return out
