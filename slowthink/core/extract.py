"""Find the final answer in a model's free-form completion.

Models end their work in many ways; we look, in this order, at the text after the
last `</think>` (if there is a think block, the answer comes after it):

  1. `<answer>...</answer>`              (the last one)
  2. `\\boxed{...}`                        (the last one, braces balanced)
  3. an answer line: "Answer: ...", "Final answer: ...", "The answer is ..."   (the last one)
  4. the last non-empty line

and report which one was used. The extracted text is cleaned of markdown and
LaTeX spellings (`**`, `$`, `\\frac{a}{b}`, `\\times`, `\\div`) so the task's verifier
sees plain text. Input size is bounded; nothing is evaluated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_COMPLETION_CHARS = 200_000
MAX_ANSWER_CHARS = 2_000

_ANSWER_TAG = re.compile(r"<answer>(.*?)</answer>", re.S | re.I)
_ANSWER_LINE = re.compile(
    r"^.*(?:\*\*)?\b(?:(?:final\s+)?answer(?:\*\*)?\s*[:：]|(?:the\s+)?(?:final\s+)?answer\s+is\b:?)"
    r"[ \t]*(?:\*\*)?([^\n]+)$", re.I | re.M)
_LATEX = [(re.compile(r"\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}"), r"(\1)/(\2)"), (re.compile(r"\\times"), "×"),
          (re.compile(r"\\cdot"), "×"), (re.compile(r"\\div"), "÷"), (re.compile(r"\\left|\\right"), ""),
          (re.compile(r"\\text\{([^{}]*)\}"), r"\1"), (re.compile(r"\\[,;!: ]"), " ")]


@dataclass(frozen=True)
class Extraction:
    answer: str | None  # None: nothing could be extracted
    method: str  # "answer tag", "boxed", "answer line", "last line", or why nothing was found
    after_think: bool = False


def _boxed(text: str) -> str | None:
    start = text.rfind("\\boxed{")
    if start < 0:
        return None
    depth, i = 0, start + len("\\boxed{") - 1
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1:j]
    return None


def without_full_stop(text: str) -> str:
    """The text without one sentence-ending full stop ("1564." is 1564); an ellipsis stays."""
    return text[:-1].rstrip() if text.endswith(".") and not text.endswith("..") else text


def plain_latex(text: str) -> str:
    r"""LaTeX's arithmetic spelled plainly: \times and \cdot as ×, \div as ÷, \frac{a}{b} as (a)/(b)."""
    for pattern, repl in _LATEX:
        text = pattern.sub(repl, text)
    return text


def clean(answer: str) -> str:
    """Plain text from markdown/LaTeX dressing; keeps the content."""
    text = plain_latex(answer.strip())
    text = text.replace("**", "").replace("$", "").replace("`", "").strip()
    # "(3)/(4)" from \frac{3}{4} reads better as 3/4
    text = re.sub(r"\((-?\d+)\)/\((\d+)\)", r"\1/\2", text)
    return text.strip().rstrip(".").strip()


def extract_answer(completion: str) -> Extraction:
    if not isinstance(completion, str):
        return Extraction(None, f"completion must be text, not {type(completion).__name__}")
    if len(completion) > MAX_COMPLETION_CHARS:
        return Extraction(None, f"completion too long ({len(completion)} characters, limit {MAX_COMPLETION_CHARS})")
    text, after_think = completion, False
    if "</think>" in text:
        text, after_think = text.rsplit("</think>", 1)[1], True
    elif "<think>" in text:
        return Extraction(None, "the <think> block is never closed (truncated completion?)")
    found = _find(text)
    if found is None and after_think:  # nothing after the think block: the answer may sit at its end
        found = _find(completion.rsplit("</think>", 1)[0])
        after_think = False
    if found is None:
        return Extraction(None, "no answer found (no answer tag, \\boxed{}, 'Answer:' line or text)")
    answer, method = found
    answer = clean(answer)
    if not answer:
        return Extraction(None, f"the {method} is empty")
    if len(answer) > MAX_ANSWER_CHARS:
        return Extraction(None, f"the {method} is too long ({len(answer)} characters)")
    return Extraction(answer, method, after_think)


def _find(text: str) -> tuple[str, str] | None:
    tags = _ANSWER_TAG.findall(text)
    if tags:
        return tags[-1], "answer tag"
    boxed = _boxed(text)
    if boxed is not None:
        return boxed, "boxed"
    lines = _ANSWER_LINE.findall(text)
    if lines:
        return lines[-1], "answer line"
    rest = [line for line in text.splitlines() if line.strip()]
    if rest:
        return rest[-1], "last line"
    return None


def reasoning_steps(completion: str) -> list[str]:
    """The completion's reasoning as step texts (its non-empty lines, think tags removed)."""
    text = completion[:MAX_COMPLETION_CHARS].replace("<think>", "\n").replace("</think>", "\n")
    text = _ANSWER_TAG.sub(lambda m: "Answer: " + m.group(1), text)
    return [line.rstrip() for line in text.splitlines() if line.strip()]
