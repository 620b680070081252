"""Exports of a corpus in the formats fine-tuning tools read (filled in by issue 5)."""

FORMATS: dict = {}
