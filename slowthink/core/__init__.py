"""Shared machinery every family uses: exact expressions, claim checking, seeding,
phrasing and parameter validation. Written once here, never copied into a family."""
