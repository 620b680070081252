"""Task parameters: frozen dataclasses whose fields say their own limits.

Each field is declared with `param(default, help, ...)`; `build_params` turns a
mapping from a mix file (or keyword arguments) into an instance, and every problem
it finds becomes a `ConfigError` naming the key, the bad value and what is allowed.
Validation runs once, here, and never with `assert` (gone under `python -O`).
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from dataclasses import dataclass, field
from typing import Any

from slowthink.core.phrasing import LANGUAGES


class ConfigError(ValueError):
    """A user's configuration is wrong; the message is one line naming key and fix."""


def param(default: Any, help: str, *, min: float | None = None, max: float | None = None,
          choices: tuple | None = None) -> Any:
    """Declare a parameter with its default, a one-line help and its allowed values."""
    meta = {"help": help, "min": min, "max": max, "choices": choices}
    if isinstance(default, (list, tuple)):
        return field(default=tuple(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class CommonParams:
    """Options every task understands."""

    language: str = param("en", "language of the trace", choices=LANGUAGES)
    mistakes: float = param(0.0, "share of traces written with one planted mistake, labelled per step "
                                 "(negative examples for process-reward training)", min=0.0, max=1.0)

    def check(self) -> None:
        """Cross-field checks; subclasses extend and raise ConfigError."""


def _type_of(cls: type, f: dataclasses.Field) -> Any:
    hints = typing.get_type_hints(cls)
    return hints[f.name]


def _is_list(kind: Any) -> bool:
    return kind is tuple or typing.get_origin(kind) is tuple


def _describe_allowed(f: dataclasses.Field, kind: Any) -> str:
    meta = f.metadata
    if meta.get("choices"):
        if _is_list(kind):
            return "a list drawn from " + ", ".join(map(repr, meta["choices"]))
        return "one of " + ", ".join(map(repr, meta["choices"]))
    if kind is bool:
        return "true or false"
    lo, hi = meta.get("min"), meta.get("max")
    number = "a number" if hi is not None else "a finite number"  # without a max, say that inf is out
    name = {int: "an integer", float: number, str: "text"}.get(kind, str(kind))
    if lo is not None and hi is not None:
        return f"{name} from {lo} to {hi}"
    if lo is not None:
        return f"{name} of at least {lo}"
    return name


def _coerce(cls: type, f: dataclasses.Field, value: Any, where: str) -> Any:
    kind = _type_of(cls, f)
    allowed = _describe_allowed(f, kind)
    bad = ConfigError(f"{where}{f.name} = {value!r} is not allowed: use {allowed}")
    if _is_list(kind):
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise bad
        choices = f.metadata.get("choices")
        if not value or (choices and any(v not in choices for v in value)):
            raise bad
        if len(set(value)) != len(value):
            raise ConfigError(f"{where}{f.name} lists a value twice: {list(value)!r}")
        return tuple(value)
    if typing.get_origin(kind) in (types.UnionType, typing.Union):
        if value is None:
            return None
        kind = next(a for a in typing.get_args(kind) if a is not type(None))
    if kind is bool:
        if not isinstance(value, bool):
            raise bad
    elif kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad
    elif kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad
        try:
            value = float(value)
        except OverflowError:  # an int too large for a float (from Python, not TOML)
            raise bad from None
        if not math.isfinite(value):  # NaN passes every range test below, and is not valid JSON in the manifest
            raise bad
    elif kind is str:
        if not isinstance(value, str):
            raise bad
    choices = f.metadata.get("choices")
    if choices and value not in choices:
        raise bad
    lo, hi = f.metadata.get("min"), f.metadata.get("max")
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise bad
    return value


def build_params(cls: type, values: dict[str, Any], where: str = "", origins: dict[str, str] | None = None) -> Any:
    """Validated instance of a params dataclass; `where` prefixes error messages.

    `origins` gives another prefix for keys whose value came from elsewhere (a mix's
    [defaults]), so the error points at the line the user has to change."""
    origins = origins or {}
    known = {f.name: f for f in dataclasses.fields(cls)}
    unknown = [k for k in values if k not in known]
    if unknown:
        raise ConfigError(
            f"{where}{unknown[0]} is not a parameter of this task; known: {', '.join(sorted(known))}"
        )
    kwargs = {k: _coerce(cls, known[k], v, origins.get(k, where)) for k, v in values.items()}
    params = cls(**kwargs)
    try:
        params.check()
    except ConfigError as exc:
        named = [k for k in origins if re.search(rf"\b{re.escape(k)}\b", str(exc))]
        note = "".join(f" (the {k} here comes from {origins[k]}{k})" for k in named)
        raise ConfigError(f"{where}{exc}{note}") from None
    return params


def describe_params(cls: type) -> list[dict[str, Any]]:
    """Name, default, allowed values and help of each field (for `slowthink tasks`)."""
    rows = []
    for f in dataclasses.fields(cls):
        kind = _type_of(cls, f)
        default = list(f.default) if isinstance(f.default, tuple) else f.default
        rows.append({"name": f.name, "default": default, "allowed": _describe_allowed(f, kind),
                     "help": f.metadata.get("help", "")})
    return rows


def params_to_dict(params: Any) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in dataclasses.asdict(params).items()}
