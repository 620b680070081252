"""Token counts for the `max_tokens` length filter, with a tokenizer the user already has.

`tokenizer` in a mix is either a path to a `tokenizer.json` (read with the
`tokenizers` package) or a name or folder that `transformers.AutoTokenizer` can
load (from its local cache: nothing here downloads on purpose). Neither package
is a dependency of slowthink; a missing one is a one-line error naming the fix.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from slowthink.core.params import ConfigError


@lru_cache(maxsize=4)
def token_counter(name: str) -> Callable[[str], int]:
    path = Path(name)
    if path.suffix == ".json":
        if not path.is_file():
            raise ConfigError(f"tokenizer = {name!r}: no such file; give a tokenizer.json path or a model name")
        try:
            from tokenizers import Tokenizer
        except ImportError:
            raise ConfigError("tokenizer: reading a tokenizer.json needs the tokenizers package; "
                              "pip install tokenizers") from None
        tokenizer = Tokenizer.from_file(str(path))
        return lambda text: len(tokenizer.encode(text, add_special_tokens=False).ids)
    try:
        from transformers import AutoTokenizer
    except ImportError:
        raise ConfigError(f"tokenizer = {name!r} needs the transformers package (pip install transformers), "
                          "or give a path to a tokenizer.json") from None
    try:
        tokenizer = AutoTokenizer.from_pretrained(name)
    except Exception as exc:  # transformers raises many types; the user needs the message, not the type
        raise ConfigError(f"tokenizer = {name!r} could not be loaded ({exc}); give a local path") from None
    return lambda text: len(tokenizer.encode(text, add_special_tokens=False))
