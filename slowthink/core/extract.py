"""Find the final answer in a model's free-form completion.

Models end their work in many ways; we look, in this order, at the text after the
last `</think>` (if there is a think block, the answer comes after it):

  0. a JSON object the text ends with, its "answer" field  ('{"answer": "1564"}', structured output)
  1. `<answer>...</answer>`              (the last one)
  2. `\\boxed{...}`                        (the last one, braces balanced)
  3. an answer line: "Answer: ...", "Final answer: ...", "The answer is ...", "Answer = ...", "Answer — ...",
     "Answer ➜ ...", or else GSM8K's "#### ..."                                (the last one);
     the value it opens with when the words after it neither offer another nor doubt it
     ("The answer is 1564, not 1554.", "1564!", "1564 (exact).")
  4. the last non-empty line that is no chat closing ("Let me know if …") nor remark on the rules ("This uses all
     four numbers exactly once."), or the value it names in prose ("So the result is **5/12**.", "1564 is the answer.",
     "Final result: 5/12", "So (7 - 8/8) * 4 = 24.", "The decoded message is 'he rose'."), unless
     it hedges, asks or offers another value beside it; a correction ("No, it's 5/12.", "5/12... no,
     7/12", "Oops, 7/12") gives the value it corrects to

and report which one was used; another answer offered after it ("Alternatively: …") leaves none. "exactly" beside
a number and the sum it is the value of in brackets ("1564 (23 × 68)") are no part of it. A check mark after the answer ("= 24 ✓"), a note naming a cipher's rule
("'he rose' (shift 5)"), a decimal that approximates the exact value beside it ("5/12 = 0.4167", "0.4167 =
5/12") and a sentence after it on its line that says why it holds, that it keeps the rules, or closes the chat
("1564. This is because 20 × 68 = 1360 and 3 × 68 = 204.") are no part of it. The extracted text is cleaned of markdown and
LaTeX spellings (`**`, `$`, `\\frac{a}{b}`, `\\times`, `\\div`) so the task's verifier
sees plain text; dropping the dressing never joins two numbers ("12**34" is not
1234). Input size is bounded; nothing is run as code (a bracketed sum is read by our own bounded parser).
"""

from __future__ import annotations

import json
import math
import re
import string
from itertools import islice
from dataclasses import dataclass
from fractions import Fraction

from slowthink.core.expr import ExprError, value_of

MAX_COMPLETION_CHARS = 200_000
MAX_ANSWER_CHARS = 2_000

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)  # one character for one: offsets hold
_ANSWER_LINE = re.compile(
    r"^(?:.*(?:\*\*)?\b(?:(?:final\s+)?answer(?:\*\*)?\s*[:：]|(?:the\s+)?(?:final\s+)?answer\s+is\b:?)|"
    r"[ \t]*(?:\*\*|__)?(?:final[ \t]+)?answer(?:\*\*|__)?[ \t]*(?:=>|->|=(?!=)|[—–➜➔→⇒]))"
    r"[ \t]*(?:\*\*|\}[ \t]*)?([^\n]+)$", re.I | re.M)  # (a "}" closing LaTeX's text: "\\text{Answer: } 1564")
# ("Answer = 1564", "Answer — 1564", "Answer ➜ 1564": the label opening its line, then "=", a dash or an arrow; in
# a sentence a dash is a pause, "The answer — as we saw — is 1564", not where the answer starts)
_HASHES_LINE = re.compile(r"^[ \t]*####[ \t]*(\S[^\n]*)$", re.M)  # GSM8K's "#### 72" (one way to match: linear)
# a whole number's digit groups marked off in LaTeX, "1{,}564" or "1\\,564" (never a fraction's or a decimal's digits):
# written "1,564", as a reader of numbers knows them
_LATEX_GROUPED = re.compile(r"(?<![\d/.,])\d{1,3}(?:(?:\{,\}|\\,)\d{3}){1,40}(?!\d)")
_LATEX_GROUP_MARK = re.compile(r"\{,\}|\\,")
# text and bold or roman type around an answer, "\\text{…}", "\\textbf{1564}", "\\mathbf{-28}", "\\mathrm{…}": its content
_TEXT_STYLE = re.compile(r"\\(?:text|textbf|textrm|textit|textsf|mathbf|mathrm|mathit|mathsf|boldsymbol|bm)\{([^{}]*)\}")
# LaTeX's arithmetic, plainly. What is dropped never joins two numbers into one: \left and \right
# go only before a bracket, \text{…} (\textbf{…}, \mathbf{…}, …) and the math delimiters \( \) \[ \] become spaces.
_FRAC = re.compile(r"(\d?)\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}")  # innermost first: its parts hold no braces
# plain TeX's fraction, "{5 \\over 12}": a \\frac written the old way (innermost first, as \\frac is)
_OVER = re.compile(r"\{([^{}]*?)\s*\\over(?![A-Za-z])\s*([^{}]*)\}")
_FRAC_DEPTH = 8  # fractions inside fractions, read from the inside out, this deep at most
_LATEX = [(_LATEX_GROUPED, lambda grouped: _LATEX_GROUP_MARK.sub(",", grouped.group())),
          (re.compile(r"\\times"), "×"),
          (re.compile(r"\\cdot"), "×"), (re.compile(r"\\div"), "÷"),
          (re.compile(r"\\(?:left|right)\s*\."), " "),  # the empty delimiter "\\left." goes whole, leaving a space
          (re.compile(r"\\(?:left|right)(?=\s*(?:[()\[\]|]|\\[{}]))"), ""),
          (_TEXT_STYLE, r" \1 "), (re.compile(r"\\[,;!: ()\[\]]"), " ")]
# markdown and math dressing around an answer: "**42**", "$4 \times 6$", "`(7-8/8)*4`"
_DRESSING = re.compile(r"(?:\*\*|[$`])+")
# a run of dressing stays where dropping it would change what is written: between two numbers ("12**34",
# "1$$234" are not 1234) or where ** can be a power ("(2)**(3)", "x**2"); digits and letters of any
# script count, since "١٢" is read as 12
_BEFORE_KEPT, _AFTER_KEPT = ".,)]}", ".,([{-−"
_INTEGER = re.compile(r"\s*-?\d+\s*")
_BRACKETED_FRACTION = re.compile(r"(?<![\d)])\((-?\d+)\)/\((\d+)\)")  # "(3)/(4)" reads better as 3/4


EXPLICIT = frozenset({"answer tag", "boxed", "answer line"})  # methods that find an answer the text marks as one


@dataclass(frozen=True)
class Extraction:
    answer: str | None  # None: nothing could be extracted
    method: str  # "answer field", "answer tag", "boxed", "answer line", "last line", or why nothing was found
    after_think: bool = False


def _boxed(text: str) -> str | None:
    start = text.rfind("\\boxed{")
    return None if start < 0 else _box_at(text, start, len(text))


def _box_at(text: str, start: int, end: int) -> str | None:
    """The content of the \\boxed{…} at `start`, its braces balanced before `end`, else None."""
    depth, i = 0, start + len("\\boxed{") - 1
    for j in range(i, end):
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
    r"""LaTeX's arithmetic spelled plainly: \times and \cdot as ×, \div as ÷, \frac{a}{b} (and TeX's {a \over b})
    as (a)/(b)."""
    for _ in range(_FRAC_DEPTH):
        text, overs = _OVER.subn(r"\\frac{\1}{\2}", text)
        text, count = _FRAC.subn(_fraction, text)
        if not count and not overs:
            break
    for pattern, repl in _LATEX:
        text = pattern.sub(repl, text)
    return text


def _fraction(match: re.Match) -> str:
    """\\frac{3}{4} as 3/4, \\frac{a+b}{c} as (a+b)/(c); right after a whole number, a mixed
    number's fraction: 2\\frac{1}{2} is 2 1/2, never 21/2. After a division sign the fraction is
    bracketed whole, as the braces grouped it: 96 \\div \\frac{2}{2} is 96 ÷ (2/2), not (96 ÷ 2)/2."""
    whole, top, bottom = match.groups()
    if _INTEGER.fullmatch(top) and _INTEGER.fullmatch(bottom):
        fraction = f"{top.strip()}/{bottom.strip()}"
    else:
        fraction = f"({top})/({bottom})"
    if whole:
        fraction = f"{whole} {fraction}"
    elif _AFTER_DIVISION.search(match.string, max(0, match.start() - 32), match.start()):
        fraction = f"({fraction})"
    after = match.string[match.end():match.end() + 1]
    return fraction + " " if after.isdigit() else fraction  # "\\frac{1}{3}1" is not 1/31


_AFTER_DIVISION = re.compile(r"(?:[/÷]|\\div)\s*\Z")  # the text before a fraction ends in a division sign


def clean(answer: str) -> str:
    """Plain text from markdown/LaTeX dressing; keeps the content, and never joins what it separated.
    An answer that is all one \\boxed{…} ("$\\boxed{24}$") is its content, as `extract_answer` reads it."""
    answer = _unchecked(_unboxed(answer.strip()))
    text = without_full_stop(plain_latex(answer))  # "$24$." : the sentence's stop, then the dressing
    text = _DRESSING.sub(lambda m: _dressing_kept(text, m), text).strip()
    text = _BRACKETED_FRACTION.sub(r"\1/\2", text)
    return text.strip().rstrip(".").strip()


# a check mark a model puts after its result ("(7 - 8/8) * 4 = 24 ✓", "5/12 (✓)."), or an emoji that cheers it
# ("1564 🎉", "1564 👍✨"): no part of the answer. Only these: a cross ("= 24 ✗") stays, for the verifier to refuse,
# and so does any emoji that may doubt ("1564 🤔"). Looked for in the last characters only.
_DONE_MARKS = "✓✔✅☑🎉🎊🥳✨⭐🌟💫🚀👍👌👏🙌💯🏆🥇🎯🔥💪😊🙂😀😃😄😁😎"
_CHECK_MARK = re.compile(rf"[\s.!]*(?:\(\s*)?(?:[{_DONE_MARKS}]\ufe0f?[ \t]*)+(?:\s*\))?[\s.!]*\Z")


def _unchecked(text: str) -> str:
    mark = _CHECK_MARK.search(text, max(0, len(text) - 24))
    return text[:mark.start()] if mark else text


def _unboxed(text: str) -> str:
    bare = text.strip("$ \t")
    inside = _boxed(bare) if bare.startswith("\\boxed{") and bare.endswith("}") else None
    return inside if inside is not None and len(inside) == len(bare) - len("\\boxed{}") else text


def undressed(answer: str) -> str:
    """An answer handed straight to a verifier, with any markdown or LaTeX dressing taken off the
    way `extract_answer` takes it off ("$4 \\times 6$", "**42**"); plain text is left as it is, and
    so is text too long to be an answer (the verifier refuses it without paying to clean it)."""
    return _bounded_clean(answer) if _DRESSED.search(answer) else answer


_DRESSED = re.compile(r"\*\*|[$`\\]")


def _dressing_kept(text: str, run: re.Match) -> str:
    """The run itself if it stands between two parts of an expression, else nothing. Neighbours are
    looked for past spaces and other dressing: "(2) ** (3)" is a power and "(2) $ (3)" junk, and
    neither may become the product "(2) (3)"."""
    before = _neighbour(text, run.start() - 1, -1)
    after = _neighbour(text, run.end(), 1)
    kept = (before.isalnum() or before in _BEFORE_KEPT) and (after.isalnum() or after in _AFTER_KEPT)
    return run.group() if kept else ""


def _neighbour(text: str, at: int, step: int) -> str:
    """The first character from `at` on (stepping by `step`) that is not a space, "$" or "`"; a
    space if there is none within a few characters (the look is bounded, whatever the text)."""
    for _ in range(16):
        if not 0 <= at < len(text):
            return " "
        if text[at] not in " \t$`":
            return text[at]
        at += step
    return " "


def completion_text(completion: object, strict: bool = False) -> str:
    """A completion's text: a string as it is, or the assistant turns of a chat list (content as text or
    as OpenAI's list of text parts), joined by newlines; a user or system turn is never the answer.

    Lenient (rewards, verify_completion): what is not text reads as "". Strict (verify-file): it is a
    ValueError saying what is wrong, since counting it as a sample with no answer would skew pass@k."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, dict):  # one message on its own
        completion = [completion]
    if not isinstance(completion, list):
        if strict:
            raise ValueError("completion must be text or a list of chat messages")
        return ""
    texts = []
    for k, message in enumerate(completion):
        if not isinstance(message, dict) or not isinstance(message.get("role", "assistant"), str):
            if strict:
                raise ValueError(f'completion[{k}] must be a chat message such as {{"role": "assistant", "content": "..."}}')
            continue
        if message.get("role", "assistant") == "assistant":
            text = _message_text(message.get("content"))
            if text is None and strict:
                raise ValueError(f"completion[{k}].content must be text (or a list of text parts)")
            texts.append(text or "")
    if not texts and strict:
        raise ValueError("completion has no assistant message")
    return "\n".join(texts)


def _message_text(content: object) -> str | None:
    """A message's content: text, or a list of parts whose text ones are joined (the OpenAI form); None
    for anything else."""
    if isinstance(content, str):
        return content
    if isinstance(content, list) and all(isinstance(part, dict) for part in content):
        parts = [part.get("text") for part in content if part.get("type", "text") == "text"]
        if parts and all(isinstance(text, str) for text in parts):
            return "".join(parts)
    return None


def extract_answer(completion: str) -> Extraction:
    if not isinstance(completion, str):
        return Extraction(None, f"completion must be text, not {type(completion).__name__}")
    if len(completion) > MAX_COMPLETION_CHARS:
        return Extraction(None, f"completion too long ({len(completion)} characters, limit {MAX_COMPLETION_CHARS})")
    completion = _without_end_tokens(completion)
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
    if answer is None:  # found, and refused: `method` says why
        return Extraction(None, method)
    if len(answer) > 4 * MAX_ANSWER_CHARS:  # too long even before its dressing comes off: not cleaned at all
        return Extraction(None, f"the {method} is too long ({len(answer)} characters)")
    answer = _exact(_without_restatement(_without_exactly(_without_rule_note(_without_later_sentence(clean(answer))))))
    if not answer:
        return Extraction(None, f"the {method} is empty")
    if len(answer) > MAX_ANSWER_CHARS:
        return Extraction(None, f"the {method} is too long ({len(answer)} characters)")
    return Extraction(answer, method, after_think)


# the end-of-turn tokens a completion decoded with its special tokens kept ends in: Qwen's and ChatML's, Llama 3's,
# Llama 2's and Mistral's, Gemma's, Phi's, DeepSeek's. Models' text, never the answer
_END_TOKENS = ("<|im_end|>", "<|endoftext|>", "<|eot_id|>", "<|end_of_text|>", "</s>", "<end_of_turn>", "<eos>",
               "<|end|>", "<｜end▁of▁sentence｜>", "<|end▁of▁sentence|>")


def _without_end_tokens(text: str) -> str:
    """The text without the end-of-turn tokens (and spaces) it ends in ("Answer: 1564<|im_end|>"): a tokenizer's
    marks, which left in the answer made a right one unreadable. One pass back from the end, one slice."""
    end = kept = len(text)
    while True:
        while end and text[end - 1].isspace():
            end -= 1
        token = next((token for token in _END_TOKENS if text.endswith(token, 0, end)), None)
        if token is None:
            return text[:kept] if kept < len(text) else text
        end = kept = end - len(token)


# a note after a cipher's answer naming the rule that gave it: "'he rose' (shift 5)", "he rose (Caesar, key 3)",
# "he rose — shift 5", "he rose, using a shift of 5", "he rose, shifted back by 5" (after a comma, only one that opens as a rule's note does);
# only a short one that names a rule and neither offers, doubts nor denies anything ("(shift 5 or 6)" is no note)
_NOTE = re.compile(r"\s*(?:\(([^()\n]{1,48})\)|(?:[—–]|(?<=\s)-(?=\s))\s*([^()\n]{1,48}?)|"
                   r",\s*((?:using|with|via|by|shift(?:ed|ing)?|key|rot|caesar)\b[^()\n]{0,40}?))[\s.!]*\Z", re.I)
_RULE_WORD = re.compile(r"\b(?:shift(?:ed)?|key|rot-?\d{0,2}|caesar|atbash|affine|vigen[eè]re|substitution|reversed?|"
                        r"backwards|mirror(?:ed)?|multiplier|cipher|rule)\b", re.I)


# "exactly" said of a number, before or after it ("Answer: 396 exactly", "7128 / 18 = 396 exactly", "exactly 396"):
# that it is no approximation, not a second value. Only beside a number: a message may end in the word
_EXACTLY = re.compile(r"^(?:exactly|precisely)[ \t]+(?=[-−+(\d])|(?<=[\d)])[ \t,]*\b(?:exactly|precisely)\Z", re.I)


def _without_exactly(answer: str) -> str:
    return _EXACTLY.sub("", answer, count=2).strip() if len(answer) < MAX_ANSWER_CHARS else answer


# a value then, in brackets, the sum it is the value of: "1564 (23 × 68)", "5/12 (= 10/24)". Only arithmetic in the
# brackets (no powers: bounded work), and only when both sides have the same exact value; "1564 (1554)" stays whole
_RESTATEMENT = re.compile(r"(?P<value>[^()]{1,60}?)[ \t]*\([ \t]*=?[ \t]*(?P<sum>[\d \t+\-−×*·÷/()]{1,80})\)")


def _without_restatement(answer: str) -> str:
    found = _RESTATEMENT.fullmatch(answer) if len(answer) < 160 else None
    if found is None or not any(ch.isdigit() for ch in found.group("value")):
        return answer
    try:
        same = value_of(found.group("value")) == value_of(found.group("sum").replace("·", "×"))
    except (ExprError, ZeroDivisionError):
        return answer
    return found.group("value").strip() if same else answer


def _rule_note(tail: str) -> bool:
    """Whether `tail` is just such a note."""
    note = _NOTE.fullmatch(tail) if len(tail) < 64 else None
    said = next(part for part in note.groups() if part) if note else ""
    return bool(_RULE_WORD.search(said)) and not (
        _OTHER_VALUE.search(said) or _TAKEN_BACK_AFTER.search(said) or HEDGE.search(said))


def _without_rule_note(answer: str) -> str:
    note = _NOTE.search(answer, max(0, len(answer) - 64))
    return answer[:note.start()].rstrip() if note and _rule_note(answer[note.start():]) else answer


# an exact value then a decimal that approximates it: "5/12 = 0.4167", "1/4 + 1/6 = 5/12 ≈ 0.42", "5/12 (0.41...)",
# "45/2, or 22.5", "45/2 (i.e. 22.5)";
# the exact value is the answer. A decimal that is not the value rounded or cut short ("5/12 = 0.5") stays.
_THEN_DECIMAL = re.compile(r"(?P<exact>[-−]?\d{1,30}(?:/\d{1,30})?)\s*(?:(?:=|≈|~|≃|,?\s*or\b|,?\s*i\.e\.,?)\s*(?P<d1>[-−]?\d{0,30}\.\d{1,30})"
                           r"(?:\.\.\.|…)?|\(\s*(?:=|≈|~|about|approx\.?|approximately|roughly|around|or|i\.e\.,?)?\s*"
                           r"(?P<d2>[-−]?\d{0,30}\.\d{1,30})(?:\.\.\.|…)?\s*\))[\s.!]*\Z", re.I)


# ...or the decimal first and the exact value after it: "0.4167 = 5/12", "1/4 + 1/6 = 0.4167 = 5/12", "0.4167 (= 5/12)"
_DECIMAL_THEN = re.compile(r"(?<![\d.])(?P<decimal>[-−]?\d{0,30}\.\d{1,30})(?:\.\.\.|…)?\s*(?:=\s*(?P<e1>[-−]?\d{1,30}"
                           r"(?:/\d{1,30})?)|\(\s*(?:=|exactly)\s*(?P<e2>[-−]?\d{1,30}(?:/\d{1,30})?)\s*\))[\s.!]*\Z", re.I)


def _exact(answer: str) -> str:
    """The answer without a decimal approximation beside its exact value (`_THEN_DECIMAL`, `_DECIMAL_THEN`); the
    two must open the answer or close an equation ("1/4 + 1/6 = 5/12 = 0.4167" is "1/4 + 1/6 = 5/12", and
    "1/4 + 1/6 = 0.4167 = 5/12" too)."""
    found = _THEN_DECIMAL.search(answer, max(0, len(answer) - 120))
    if found is not None and approximates(found.group("exact"), found.group("d1") or found.group("d2")):
        start, kept = found.start(), answer[found.start():found.end("exact")]
    else:
        found = _DECIMAL_THEN.search(answer, max(0, len(answer) - 120))
        if found is None or not approximates(found.group("e1") or found.group("e2"), found.group("decimal")):
            return answer
        start, kept = found.start(), found.group("e1") or found.group("e2")
    before = answer[:start].rstrip()
    if before and not before.endswith("="):
        return answer
    return f"{before} {kept}" if before else kept


def approximates(exact: str, decimal: str) -> bool:
    """Whether `decimal` is `exact` rounded to its places, or cut short there (exact arithmetic)."""
    value = Fraction(exact.replace("−", "-"))
    places = len(decimal.split(".")[1])
    said = Fraction(decimal.replace("−", "-")) * 10 ** places
    scaled = value * 10 ** places
    nearest = {math.floor(scaled + Fraction(1, 2)), math.ceil(scaled - Fraction(1, 2))}
    return said.denominator == 1 and (said in nearest or said == math.trunc(scaled))


def _answer_tags(text: str) -> list[tuple[int, int, int, int]]:
    """Each <answer>…</answer> (any case), as (tag start, content start, content end, tag end): every
    opening tag pairs with the first closing one after it. One pass: a regex tried from every unclosed
    "<answer>" takes quadratic time on hostile text ("<answer>" 20,000 times took 30 s)."""
    lowered, found, at = text.translate(_ASCII_LOWER), [], 0
    while (start := lowered.find("<answer>", at)) >= 0:
        end = lowered.find("</answer>", start + 8)
        if end < 0:
            break  # no later opening tag has a closing one either
        found.append((start, start + 8, end, end + 9))
        at = end + 9
    return found


def _last_answer_tag(text: str) -> str | None:
    tags = _answer_tags(text)
    return text[tags[-1][1]:tags[-1][2]] if tags else None


_ONLY_DRESSING = " \t*_$`:："  # what a marker's line may hold after the marker when the answer is set out below it
_HEADING_DRESSING = _ONLY_DRESSING + "#"  # and a markdown heading's marks
_LINES_BELOW = 16  # how far below its marker an answer is looked for


def _is_answer_heading(line: str) -> bool:
    """Whether a line is an answer marker with nothing after it, the answer set out below: a heading ("**Final
    Answer**", "### Final Answer", "Answer:") or a line ending in a marker and a colon ("Therefore, the final answer
    is:"). Plain string tests, not a regex: runs of spaces and dressing cost a pattern with several optional parts
    polynomial time."""
    if len(line) > 400 or "nswer" not in line and "NSWER" not in line:
        return False
    bare = line.strip(_HEADING_DRESSING).lower()
    if bare in ("answer", "final answer"):
        return True
    if not line.rstrip(" \t*_").endswith((":", "：")):
        return False
    body = " ".join(bare.split())
    body = body[:-3].rstrip() if body.endswith(" is") else body
    return body.endswith("answer") and (len(body) == 6 or not body[-7].isalnum())


def _last_answer_line(text: str) -> str | None:
    """What the last answer line that does not hedge before its marker gives (`_said_value`), else GSM8K's "#### …".
    When the last marker stands alone
    (`_is_answer_heading`, or a marker followed by dressing only), the answer is the first line below it with
    something on it once dressing is off ("**Final Answer**\n\n$$(7 - 8/8) \\times 4$$"), read as a last line is."""
    line = None
    for marked in _ANSWER_LINE.finditer(text):
        if not HEDGE.search(text, marked.start(), marked.start(1)):
            line = marked  # "If the answer is 1564, …", "Maybe the answer is 1564." suppose; they state nothing
    after = line.end() if line is not None else 0
    heading = after if line is not None and not line.group(1).strip(_ONLY_DRESSING) else None
    at = after
    for below in text[after:].split("\n"):
        at += len(below) + 1
        if _is_answer_heading(below):
            heading = at
    if heading is not None:
        for below in islice(text[heading:].splitlines(), _LINES_BELOW):  # blank lines, "\\[", "$$" before it
            if len(below) > 4 * MAX_ANSWER_CHARS:
                return below
            below = _unbulleted(below)
            if clean(below):
                return _result_of(below) or _said_value(below)
    if line is not None:
        return _said_value(line.group(1))
    hashes = _HASHES_LINE.findall(text)
    return _said_value(hashes[-1]) if hashes else None


def _another_box_beside(text: str, boxed: str) -> bool:
    """Whether the last \\boxed{…}'s line has another box before it with a different answer ("$\\boxed{1554}$ or
    $\\boxed{1564}$", "the answers are \\boxed{3} and \\boxed{4}"): two values offered, neither is the answer.
    Only the one box before it is read, and only up to the last one: linear."""
    last = text.rfind("\\boxed{")
    before = text.rfind("\\boxed{", text.rfind("\n", 0, last) + 1, last)
    other = _box_at(text, before, last) if before >= 0 else None
    return other is not None and clean(other) != clean(boxed)


def _table_answer(line: str) -> str | None:
    """The value of a markdown table's answer row, "| Answer | 1564 |" or "| **Final answer** | **1564** |" (a
    label cell and a value cell), else None: a table ending a completion gives its answer so."""
    row = line.strip()
    cells = row[1:-1].split("|") if len(row) > 2 and row[0] == row[-1] == "|" else []
    label = cells[0].strip(" \t*_`:").lower() if len(cells) == 2 else ""
    return (cells[1].strip() or None) if label in ("answer", "final answer") else None


def _unbulleted(line: str) -> str:
    """A line without the markdown bullet it opens with ("- 28" is the item 28 in a list, never -28: read as a minus
    sign, a bullet made a wrong answer right); "-28", with no space, keeps its sign."""
    arrow = _ARROW_BULLET.match(line) or _BLOCKQUOTE.match(line)
    if arrow:  # "➜ 1564", "=> -28", "✅ 1564": an arrow or a mark pointing at the result, as a bullet does (a sign
        # after it stays)
        return line[arrow.end():]
    item = line.lstrip(" \t")
    return item[2:] if item.startswith(("- ", "* ", "+ ", "• ", "-\t", "*\t")) else line


_ARROW_BULLET = re.compile(rf"[ \t]*(?:➜|➔|→|⇒|==?>|--?>|[{_DONE_MARKS}]\ufe0f?)[ \t]+")  # ... or a mark: "✅ 1564"
_BLOCKQUOTE = re.compile(r"[ \t]*>[ \t]+(?=[^\s=])")  # markdown's quote, "> 1564" opening a line ("> = 3" is no quote)


_ANSWER_KEYS = ("answer", "final_answer", "finalanswer", "final answer")


def _json_answer(text: str) -> str | None:
    """The answer field of a JSON object the text ends with ('{"answer": "1564"}', '{"reasoning": "…", "answer":
    1564}', in a ```json fence or not, on one line or pretty-printed from a "{" opening a line), as structured
    output gives it; None if there is none, or more than one. Read by json.loads (nothing is evaluated), once."""
    tail = text.rstrip()
    tail = tail[:-3].rstrip() if tail.endswith("```") else tail
    if not tail.endswith("}"):
        return None
    start = tail.rfind("\n{") + 1
    try:
        fields = json.loads(tail[start:])
    except (ValueError, RecursionError):  # not JSON, or nested past the decoder's depth
        return None
    if not isinstance(fields, dict):
        return None
    values = [value for key, value in fields.items() if key.lower() in _ANSWER_KEYS]
    if len(values) != 1 or isinstance(values[0], bool) or not isinstance(values[0], (str, int, float)):
        return None
    return str(values[0])


_TAKE_BACK_OPENERS = ("wait", "hmm", "hold on", "oops", "actually", "but ")
_TAKE_BACK_WORDS = ("wrong", "incorrect", "mistake", "not right", "not correct", "isn't right", "error")


def _taken_back_at_end(text: str) -> bool:
    """Whether the text ends on a line that takes back what came before it and gives nothing in its place ("Answer:
    1564\n\nWait, that's wrong."): the answer above it is withdrawn, as a careful grader reads it. Only a line that
    opens as a correction, says wrong or mistake, and holds no number or answer of its own (which would be read)."""
    lines = text.rstrip().rsplit("\n", 1)
    last = lines[-1].strip(" \t*_").lower()
    if len(lines) < 2 or len(last) > 200 or not last.startswith(_TAKE_BACK_OPENERS):
        return False
    return any(word in last for word in _TAKE_BACK_WORDS) and not any(ch.isdigit() for ch in last) and \
        not any(word in last for word in ("answer", "boxed", "no mistake", "no error"))


# a chat model's closing after its result ("Let me know if you'd like more detail!", "I hope this helps! 😊", "Feel
# free to ask.", "Happy to help!", "Done!"): a line with no number, never the answer; the line above it is read
_CHAT_CLOSING = re.compile(r"[\W_]*(?:let me know\b|(?:i\s+)?hope (?:this|that|it) helps\b|feel free\b|(?:i'?m\s+)?"
                           r"(?:happy|glad) to help\b|(?:is there )?anything else\b|if you have any (?:other |more |further )?"
                           rf"questions\b|good luck\b|(?:all )?done[\s.!]*(?:[{_DONE_MARKS}]\ufe0f?[\s.!]*)*$)", re.I)


# ... or a remark on how the result keeps the rules ("This uses all four numbers exactly once.", "Each number is used
# once."): about the answer above it, not one
_RULES_REMARK = re.compile(r"[\W_]*(?:(?:this|that|it|which)[ \t]+(?:uses|used)[ \t]+(?:each|every|all)\b|(?:each|every|all)"
                           r"[ \t]+(?:of[ \t]+the[ \t]+)?(?:four[ \t]+|six[ \t]+|given[ \t]+)?numbers?[ \t]+(?:is|are|was|were)"
                           r"[ \t]+used\b)", re.I)


# a sentence after the answer, on its line, that says why it holds, that it keeps the rules, or closes the chat ("1564.
# This is because 20 × 68 = 1360 and 3 × 68 = 204.", "(7 - 8/8) * 4 = 24. Each number is used once.", "1564. Let me
# know if …"): no part of the answer. Only a sentence opening so; "1564. Or maybe 1554." and "1564. 1554 is better." stay
# whole, and refused
_WHY = (r"(?:(?:this|that|it)(?:[ \t]+is|'s|’s)[ \t]+(?:so[ \t]+)?|(?:this|that|it)[ \t]+(?:works|holds)[ \t]+)?(?:because|since)\b|"
        r"here(?:'s|’s|[ \t]+is)[ \t]+(?:why|how)\b|to[ \t]+see[ \t]+(?:this|that|why)\b|"
        r"(?:i|we)[ \t]+(?:computed|calculated|worked[ \t]+(?:it[ \t]+)?out|got[ \t]+(?:this|it|that))\b")
_LATER_SENTENCE = re.compile(r"(?<=\S)[.!][ \t]+[*_]*(?:(?P<why>" + _WHY + r")|" + _RULES_REMARK.pattern + "|" +
                             _CHAT_CLOSING.pattern + ")", re.I)


def _without_later_sentence(answer: str) -> str:
    """The answer without such a sentence and what follows it, when the sentence neither doubts, takes back nor
    offers another value (a reason), or holds no number (a remark or a closing)."""
    found = _LATER_SENTENCE.search(answer) if len(answer) < 600 and (". " in answer or "! " in answer) else None
    if found is None or not answer[:found.start()].strip():
        return answer
    said = answer[found.start() + 1:]
    if found.group("why"):
        kept = not (_OTHER_VALUE.search(said) or _TAKEN_BACK_AFTER.search(said) or HEDGE.search(said))
    else:
        kept = not any(ch.isdigit() for ch in said)
    return answer[:found.start()].rstrip() if kept else answer


def _chat_closing(line: str) -> bool:
    """Whether the line is such a closing or remark: said as a sentence (ending in a mark, or of five words or more),
    since a bare "good luck", "all done" or "let me know" on the last line may be a decoded message itself."""
    said = line.rstrip(" \t*_")
    return len(line) < 240 and not any(ch.isdigit() for ch in line) and (
        said[-1:] in (".", "!", "?", "…") or not said[-1:].isascii() or len(said.split()) >= 5) and (
        _CHAT_CLOSING.match(line) is not None or _RULES_REMARK.match(line) is not None)


# a line offering another answer: "Alternatively: 8 * 4 - 8 = 24", "Another solution: …" (not "Alternatively, we can
# check …" nor "Alternative check: …": a check offers no answer)
_ALTERNATIVE = re.compile(r"^[ \t>*_#-]*(?:alternative(?:ly|[ \t]+(?:answer|solution))?|another[ \t]+(?:possible[ \t]+|valid[ \t]+|"
                          r"correct[ \t]+)?(?:answer|solution|expression))[ \t*_]*[:：][^\n]*", re.I | re.M)
_CHECKING = re.compile(r"\b(?:check\w*|verif\w*|confirm\w*)\b", re.I)


def _alternative_after(text: str, answer: str) -> bool:
    """Whether a line after the answer offers another one (`_ALTERNATIVE`) that does not hold the answer itself: two
    answers, and the grader cannot tell which is meant. The last such line only, after the answer's last place."""
    if len(answer) > 4 * MAX_ANSWER_CHARS or "lternativ" not in text and "nother" not in text:
        return False
    last = None
    for last in _ALTERNATIVE.finditer(text):
        pass
    if last is None or last.start() < text.rfind(answer.strip()) or _CHECKING.search(last.group()):
        return False
    return clean(answer) not in last.group()


def _find(text: str) -> tuple[str | None, str] | None:
    if _taken_back_at_end(text):
        return None, "the answer is taken back on the last line"
    field = _json_answer(text)
    if field is not None:
        return field, "answer field"
    tag = _last_answer_tag(text)
    boxed = _boxed(text) if tag is None else None
    if boxed is not None and _another_box_beside(text, boxed):
        return None, "two different \\boxed{} answers on one line"
    marked = _last_answer_line(text) if tag is None and boxed is None else None
    found = next(((answer, method) for answer, method in ((tag, "answer tag"), (boxed, "boxed"),
                                                          (marked, "answer line")) if answer is not None), None)
    if found is not None:
        if _alternative_after(text, found[0]):
            return None, f"another answer is offered after the {found[1]} ('Alternatively: …')"
        return found
    # the last line with something left once tags and dressing are off ("\\]" closing display maths has not)
    for line in reversed(text.splitlines()):
        line = _unbulleted(line.replace("<think>", " "))
        if len(line) > 4 * MAX_ANSWER_CHARS:
            return line, "last line"
        if _chat_closing(line):
            continue
        if clean(line):
            row = _table_answer(line)
            return (row, "answer line") if row else (_result_of(line) or line, "last line")
    return None


# The last line of a model's working often says its result in prose ("So the result is **5/12**.", "Final
# result: 5/12", "So (7 - 8/8) * 4 = 24.", 'The final decoded message is 'he rose'.'); the value it names is
# taken from it. Only a line that says it plainly: hedged ("if the result is …") or asked, or with another value
# offered beside it ("5/12 or 7/12", "**5/12** and **7/12**"), the line is left whole, as before.
_RESULT_NOUN = (r"(?:result|value|sum|total|difference|product|quotient|expression|equation|solution|plaintext|"
                r"decoding|decryption|(?:(?:decoded|decrypted|deciphered|hidden|original|secret|plain)\s+)?(?:message|text))")
# ... "the product of 23 and 68 is 1564" too: what it is "of", up to the first " is"/" equals" (bounded), goes with it; or a verb
# and a colon, "Shifting each letter back by 3 gives: attack at dawn"
_RESULT_PHRASE = re.compile(rf"\b{_RESULT_NOUN}(?:\s+of\s+[^\n]{{1,80}}?\s+(?=(?:is|was|equals|comes to)\b)|\s*)"
                            r"(?:is|was|equals|reads|comes to|(?:decodes|decrypts|deciphers)\s+to|(?=:))"
                            r"\s*:?[ \t]*(?=\S)|\b(?:gives|yields|produces)(?:[ \t]+us)?[ \t]*:[ \t]*(?=\S)", re.I)
_CONNECTIVE = r"(?:so|thus|hence|therefore|then|finally|overall|altogether|and)\b,?[ \t]*"
# what says "here is the result" at the start of a line: "we get", "this gives us", "that's", "the expression"
_SUBJECT_LEAD = (r"(?:(?:we|i|you)\s+(?:get|have|obtain|find|end up with|arrive at|can write it as|write it as|can do)\b|"
                 r"(?:this|that|it|which)\s+(?:gives|makes|yields|says|reads|(?:decodes|decrypts|deciphers)\s+to)(?:\s+us)?\b|"
                 r"(?:that's|that is|this is|it's|it is)\b|(?:the\s+)?(?:expression|equation|calculation)\b(?=\s*[-−(\d])|"
                 r"(?:(?:the\s+)?(?:target|\d{1,10})|it)\s+can\s+be\s+(?:made|reached|written|formed)\s+(?:as|by|with|using)\b)")
# a lead-in: a connective ("So", "Thus,") with or without one of those (or a bare "gives"), or one of those alone
_LEAD = re.compile(rf"^[ \t]*(?:{_CONNECTIVE}(?:{_SUBJECT_LEAD}|(?:gives|makes|yields)\b)?|{_SUBJECT_LEAD})"
                   rf"[ \t]*:?[ \t]*(?=\S)", re.I)
# "Final result: …", "Decoded: …", "Step 3: …" (a label may end in its number)
_LABEL = re.compile(r"^[ \t]*[A-Za-z][A-Za-z' ]{0,40}?(?:[ \t]*\d{1,3})?:[ \t]*(?=\S)")
# ... or the numbers given, as a label: "Using 4, 7, 8, 8: (7 - 8/8) * 4 = 24", "With 4, 7, 8 and 8 → …"
_NUMBERS_LABEL = re.compile(r"^[ \t]*(?:using|with|from)[ \t]+(?:the[ \t]+)?(?:numbers?[ \t]+)?\d{1,6}(?:[ \t]*,[ \t]*\d{1,6}){0,20}"
                            r"(?:,?[ \t]+and[ \t]+\d{1,6})?[ \t]*(?::|→|➜|➔|⇒|=>|->)[ \t]*(?=\S)", re.I)
# ... or a label and an arrow, "Plaintext → attack at dawn", "Result ➜ 1564", "dwwdfn dw gdzq → attack at dawn": what
# the arrow points at (letters and spaces before it only: "8 ÷ 8 → 1" is a step, no label)
_ARROW_LABEL = re.compile(r"^[ \t]*[A-Za-z][A-Za-z' ]{0,40}?[ \t]*(?:→|➜|➔|⇒|=>|->)[ \t]*(?=\S)")
# a value named as the answer after it: "1564 is the answer.", "So (7 - 8/8) * 4 is our solution!"
_NAMED_AFTER = re.compile(r"[ \t]*(?:(?:so|thus|hence|therefore)\b,?[ \t]*)?(?P<value>\S[^\n]{0,200}?)[ \t]+is[ \t]+"
                          r"(?:the|my|our)[ \t]+(?:final[ \t]+)?(?:answer|solution|result)[ \t]*[.!]*[ \t]*", re.I)
_SAYS_NOT = re.compile(r"\b(?:not|never|no longer)\b|n't\b", re.I)
_OPENERS = {"“": "”", "‘": "’"}
_WRAPPERS = ("**", "__", "$$", "$", "*", "_", "`", '"', "'", "“", "‘")
_BOLD_LABEL = re.compile(r"^(?:\*\*|__)([A-Za-z][A-Za-z' ]{0,40}?(?:[ \t]*\d{1,3})?)(:?)(?:\*\*|__)(:?)")
# where the value a result phrase names ends: a sentence's end, a bracket, a dash, or (after a number) a word that
# goes on about it ("5/12 in total", "(7-8/8)*4, which gives 24", "5/12 as a fraction")
_VALUE_END = re.compile(r"[.!;:](?=\s|$)|,\s*$|\?|\s+[≈~]|\s+\((?![\d(\[\s\-−])|\s+[—–]\s|\s+-\s+(?=[^\W\d_])")
_AFTER_NUMBER = re.compile(r",\s*(?=[^\W\d_])|\s+(?:which|since|because|as|so|in total|in all|altogether|overall|exactly|"
                           r"works|is|and|or|for|with|using|from)\b", re.I)
_OTHER_VALUE = re.compile(r"\bor\b|\?", re.I)
_AND = re.compile(r"\band\b", re.I)


# words that take back, doubt or set aside the value a line names, before it ("It is wrong to say the result is
# 5/12", "I first thought the value is 5/12", "Wrong result: 5/12") or after it ("The result is 5/12... no, 7/12",
# "5/12; actually 7/12", "**5/12** is wrong"): the line is then no plain statement of a result
_SETS_ASIDE = (r"wrong|incorrect|false|mistak\w*|errors?|erroneous|oops|wait|hmm+|actually|but|however|though|although|"
               r"instead|rather|sorry|redo|re-?check\w*|check\w*|doubt\w*|unsure|thought|think|initial\w*|first|earlier|"
               r"previous\w*|old|claim\w*|said|say|says|guess\w*|tr(?:y|ied|ying)|seem\w*|appear\w*|probabl\w*|likely|"
               r"almost|nearly|approx\w*|about|roughly|around|hope\w*|unless|except|correct(?:ion|ed|ing)|fail\w*|"
               r"invalid|cannot|impossible|bad|useless|broken|nonsense|gibberish|garbage|meaningless")
_TAKEN_BACK_BEFORE = re.compile(rf"\b(?:{_SETS_ASIDE}|expected|supposed|should|would)\b", re.I)
_TAKEN_BACK_AFTER = re.compile(rf"\b(?:{_SETS_ASIDE}|no|nope|not)\b|n't\b", re.I)
_NOT_ANOTHER = re.compile(r"[\s,;]*not\s+[^\s,;.!]+[\s.!]*", re.I)  # "5/12, not 7/12.": said against another value
# the sign-off the Minerva / lm-eval MATH prompt teaches ("Final Answer: The final answer is $5/12$. I hope it is
# correct."): a formula every answer in that format ends with, no doubt about this one
_SIGN_OFF = re.compile(r"[\s.!]*I\s+hope\s+(?:it|this|that)(?:\s+is|'s|’s)\s+(?:correct|right)[\s.!]*", re.I)
_DECIMAL_TOO = re.compile(r"\s*\((?:about|approx\.?|approximately|roughly|around|≈|~)?\s*[-−]?\d*\.?\d+(?:\.\.\.|…)?\)[\s.!]*",
                          re.I)  # "5/12 (about 0.4167).": the same value again, as a decimal
# the reason given after a value, in brackets or after a comma: "(since 23 × 68 = 1380 + 184)", ", because 8/8 = 1",
# "(verified: 1564 ÷ 23 = 68)"; bounded, so read in linear time
_REASON = re.compile(r"[\s,;]*(?:\(\s*(?:since|because|as|verified|from)\b[^()\n]{0,80}\)|(?:since|because)\b[^\n]{0,80})"
                     r"[\s.!]*", re.I)
_TAIL_RELATION = re.compile(r"[\s,]*(?:which|that|this|it)\s+(?:gives|makes|equals|is)\b", re.I)  # "…, which gives 24"


def _offers_another(tail: str) -> bool:
    """Whether what follows a value offers another or takes it back: "or …", a question, "and" before a number,
    another bold part, a word that sets it aside ("… no, 7/12", "…; actually 7/12", "… (wrong)"), or another number
    beside it, unless said against it ("5/12, not 7/12") or as what it gives ("(7-8/8)*4, which gives 24")."""
    if _NOT_ANOTHER.fullmatch(tail) or _DECIMAL_TOO.fullmatch(tail) or _SIGN_OFF.fullmatch(tail) or _rule_note(tail):
        return False
    if _OTHER_VALUE.search(tail) or tail.count("**") >= 2 or _TAKEN_BACK_AFTER.search(tail) or HEDGE.search(tail):
        return True
    if _REASON.fullmatch(tail):
        return False  # "1564 (since 23 × 68 = 1380 + 184)": why it holds, not another value
    if any(ch.isdigit() for ch in tail) and not _TAIL_RELATION.match(tail):
        return True
    if any(mark in tail for mark in ("'", '"', "“", "‘", "`")):
        return True  # another quoted part: "'he rose' and 'x'"
    joined = _AND.search(tail)
    return joined is not None and any(ch.isdigit() for ch in tail[joined.end():])


def _result_of(line: str) -> str | None:
    """The value a last line names in prose, else None (`_RESULT_PHRASE`, a label and colon, or a lead-in
    such as "So", "we get", "this gives us", "That's"). A correction says the value it gives instead of what
    went before: at the line's start ("No, the result is 5/12", "Actually, it's 5/12", "No, 5/12.") or after a
    value it sets aside ("The result is 5/12... no, 7/12" is 7/12); a line that sets a value aside and gives
    none in its place ("…, no wait") names none."""
    body = _BOLD_LABEL.sub(r"\1\2\3", line.strip())  # "**Result:** 5/12", "**Result**: 5/12"
    if body.startswith("**") and body.endswith("**") and body.count("**") == 2:
        body = body[2:-2].strip()  # "**The result is 5/12.**": the whole line in bold
    if "?" in body:
        return None  # asked, or a guess: "The result is 5/12? No, …"
    named = _NAMED_AFTER.fullmatch(body) if len(body) < 400 else None
    if named and not (HEDGE.search(body) or _TAKEN_BACK_BEFORE.search(body) or _SAYS_NOT.search(body)):
        return _value_at(named.group("value"))  # "1564 is the answer.", "So **1564** is my final answer."
    instead = _after_last_correction(body)
    if instead is not None:
        body = instead  # what the last correction gives; nothing of what it set aside
    opened = _CORRECTION.match(body)
    if opened:
        body = body[opened.end():]
    phrases = list(_RESULT_PHRASE.finditer(body))
    if phrases:
        start = phrases[-1].end()
    else:
        lead = _LABEL.match(body) or _LEAD.match(body) or _ARROW_LABEL.match(body) or _NUMBERS_LABEL.match(body)
        if lead is None and _VALUE_FIRST.match(body) and (instead or opened or _SAID_EQUAL.search(body)):
            # "No, 5/12.", "The result is 5/12; actually 7/12.", and "23 × 68 equals 1564.": an equation in words
            return _value_at(body)
        if lead is None:
            return _only_bold(body)
        start = lead.end()
    before = body[:start]
    if HEDGE.search(before) or _SAYS_NOT.search(before) or _SAYS_NOT.match(body, start) or \
            _TAKEN_BACK_BEFORE.search(before) and not _IT_SAYS.fullmatch(before):
        return None
    return _value_at(_INDEED.sub("", body[start:], count=1))


# a correction opening a line, "No, …", "Wait, no: …", "Actually, …", "Correction: …" (each word before a mark, or
# before another of them; "actually" alone too); and one inside a line after the value it sets aside: "… no, 7/12",
# "…; actually 7/12", "… — wait, no: 7/12". "No solution" and "not" are none of them.
# "Oops, 7/12" and "Oops — it's 7/12" correct too, but not before a colon: "Oops: 5/12" points at the slip.
_OOPS = r"(?:wh)?oops(?:[ \t]*[,;.!—–][ \t]*|[ \t]+-[ \t]+)"
# the mark after such a word; a hyphen only as a dash, with a space after it: "No -5/12" keeps its minus sign
_MARK = r"(?:[ \t]*[,:;.!—–][ \t]*|[ \t]*-[ \t]+)"
_CORRECTION = re.compile(rf"[ \t]*(?:(?:no|nope|wait|actually|correction)(?:{_MARK}|[ \t]+(?=(?:no|nope|wait|"
                         rf"actually)\b))|actually[ \t]+|{_OOPS})+(?=\S)", re.I)
_CORRECTED = re.compile(rf"(?:\.\.\.|…|[,;—–?]|[ \t]-)[ \t]*(?:(?:no|nope|wait|actually)(?:{_MARK}|[ \t]+)"
                        rf"|{_OOPS})+(?=\S)", re.I)
_VALUE_FIRST = re.compile(r"[-−+(\[\d$`\"'“‘]|\*\*")  # what a value given bare starts with
# what the decoded text says, "So it says: attack at dawn": no one's claim set aside ("he says the answer is …")
_IT_SAYS = re.compile(r"[ \t]*(?:(?:so|thus|then|now)\b,?[ \t]*)?(?:it|this|that)[ \t]+(?:says|reads)[ \t]*:?[ \t]*", re.I)
_INDEED = re.compile(r"^[ \t]*(?:actually|in fact|indeed|really)\b,?[ \t]*(?=\S)", re.I)  # "the result is actually 5/12"


def _said_value(rest: str) -> str:
    """What an answer line gives: the value at its start, when the words after it neither offer another nor take it
    back ("1564, not 1554.", "1564!", "1564 (exact).", "1564, as expected."; `_value_at`), else the line as it is."""
    if len(rest) > 4 * MAX_ANSWER_CHARS:
        return rest
    return _value_at(rest) or _corrected_value(rest) or rest


def _corrected_value(rest: str) -> str | None:
    """The value an answer line corrects to after setting its first one aside ("1554? No, 1564.", "1554... wait, no:
    1564", "1554 — no, it's 1564"), as a careful grader reads the line: what it ends up saying. None if it gives
    none, or doubts that one too ("1554? No, 1564?")."""
    after = _after_last_correction(rest)
    return (_result_of(after) or _value_at(after)) if after else None


def _after_last_correction(text: str) -> str | None:
    """What follows the last correction inside a line (`_CORRECTED`: "… no, 7/12", "…; actually 7/12"), or None
    if the line corrects nothing."""
    instead = None
    for instead in _CORRECTED.finditer(text):
        pass
    return text[instead.end():] if instead is not None else None


def _only_bold(body: str) -> str | None:
    """The one bold part of a line ("Thus, **(7 - 8/8) * 4** works."), if it has just one."""
    parts = re.findall(r"\*\*(.+?)\*\*", body)
    return parts[0] if len(parts) == 1 and not HEDGE.search(body) and not _SAYS_NOT.search(body) and not \
        _TAKEN_BACK_BEFORE.search(body) and not _TAKEN_BACK_AFTER.search(body) else None


def _value_at(rest: str) -> str | None:
    """The value at the start of what a result phrase leads into: a bold, quoted or code part whole, else the
    text up to where the value ends; None if the rest offers another value too ("5/12 or 7/12")."""
    rest = rest.strip()
    wrapped = next((w for w in _WRAPPERS if rest.startswith(w)), None)
    if wrapped:
        close = _OPENERS.get(wrapped, wrapped)
        end = rest.find(close, len(wrapped) + 1)
        if end < 0:
            return None
        value, tail = rest[len(wrapped):end], rest[end + len(close):]
        if wrapped in ("*", "_") and "*" in value:
            return None
        if wrapped.startswith("$"):
            value = f"${value}$"  # "$\\frac{5}{12}$": its LaTeX is read by `clean`
    else:
        rest = _SAID_EQUAL.sub(" = ", rest)  # "(7-8/8)*4 is 24", "23 × 68 equals 1564": an equation, judged whole
        end = _VALUE_END.search(rest)
        value, tail = (rest[:end.start()], rest[end.start():]) if end else (rest, "")
        if any(ch.isdigit() for ch in value):
            more = _AFTER_NUMBER.search(value)
            if more:
                value, tail = value[:more.start()], value[more.start():] + tail
    if tail and any(ch.isdigit() for ch in value) and _exact(clean(value) + tail) != clean(value) + tail:
        value, tail = _exact(clean(value) + tail), ""  # "5/12 ≈ 0.4167.", "0.4167 (= 5/12)": one value, as a decimal too
    if _offers_another(tail):
        return None
    relation = _TAIL_RELATION.match(tail)
    if relation and any(ch.isdigit() for ch in tail):  # "(7-8/8)*4, which gives 24": read as "(7-8/8)*4 = 24",
        said = tail[relation.end():].strip(" \t.!")  # so a value said wrong ("…, which gives 25") is judged
        if not re.fullmatch(r"[-−]?\d{1,30}(?:/\d{1,30})?", said):
            return None
        value = f"{value.strip()} = {said}"
    value = _SAID_EQUAL.sub(" = ", value.strip())  # "**(7-8/8)*4 equals 24**"
    return value or None


_SAID_EQUAL = re.compile(r"(?<=[\d)\]])[ \t]+(?:equals|is(?:[ \t]+equal[ \t]+to)?|gives|makes|yields|comes[ \t]+to)[ \t]+"
                         r"(?=[-−(\d])")  # "=" in words, between two values


# words before an answer marker that make it a supposition, not a claim: "if the answer is 12, ..."
HEDGE = re.compile(r"\b(?:if|whether|suppose|supposing|assume|assuming|maybe|perhaps|might|could|guess)\b", re.I)
_ANSWER_START = re.compile(r"[-−+(\[]?\d|[-−+]?\(|no solution|none\b|impossible", re.I)  # a value follows
_MARKER = re.compile(r"answer|\\boxed", re.I)  # no answer without one of these: most steps stop here


def _may_mark(step: str) -> bool:
    """Whether `_MARKER` can match: substring tests on the lowered step, a fifth of the cost of the case-blind
    search, which every step of a trace passes through. Case-blind matching takes ſ for an s (lower() keeps
    it), and no other character outside ASCII for a letter of these words, so a step with an ſ is searched."""
    lowered = step.lower()
    return "answer" in lowered or "\\boxed" in lowered or "ſ" in step


def stated_answer(step: str) -> str | None:
    """The answer a single step of reasoning states outright, cleaned ("Answer: 12", "**Final
    answer:** $12$", "So the answer is 12.", "\\boxed{12}", "<answer>12</answer>"), else None:
    for step labels, which must catch a wrong final answer in any of the ways models give one.
    A step with no marker, one that only supposes ("if the answer is 12"), or "the answer is" with
    no value after it ("the answer is not 25", "the answer is close") states none."""
    if len(step) > MAX_COMPLETION_CHARS or not _may_mark(step) or not _MARKER.search(step):
        return None
    tag = _last_answer_tag(step)
    if tag is not None:
        return _bounded_clean(tag)
    boxed = _boxed(step)
    if boxed is not None:
        return _bounded_clean(boxed)
    for line in step.splitlines():
        marked = _ANSWER_LINE.match(line)
        if not marked or HEDGE.search(line[:marked.start(1)]):
            continue
        answer = _bounded_clean(_said_value(marked.group(1)))
        if line[:marked.start(1)].rstrip(" \t*").endswith((":", "：")) or _ANSWER_START.match(answer):
            return answer  # "Answer: …" always states one; "the answer is …" only when a value follows
    return None


_BOLD_ALONE = re.compile(r"(\*\*|__)([^*_\n]{1,200})\1[ \t.!]*")  # "**650**": a line that is one bold part
_OF = re.compile(r"\sof\s", re.I)
# what may come before a closing line's result phrase: marks, a list's number, a connective, "the", "final"
_RESULT_OPENS = re.compile(r"[\W\d_]*(?:(?:so|thus|hence|therefore|finally)\b,?[ \t]*)?(?:the[ \t]+)?(?:final[ \t]+)?",
                           re.I)
# "Result = 6180", "The final total = 6180": a result named with "=" (what follows is read as after "Result:")
_RESULT_EQUALS = re.compile(r"(?:(?:so|thus|hence|therefore)\b,?[ \t]*)?(?:the[ \t]+)?(?:final[ \t]+)?"
                            r"(?:result|total|sum|difference|product|quotient|value)[ \t]*=[ \t]*(?=\S)", re.I)


def closing_result(step: str) -> str | None:
    """The result the last step of a trace names with no answer marker, cleaned, as `extract_answer` reads a
    completion's last line: in a result phrase ("Result: 6180", "The sum is 8472.", "So the final result is 617.",
    "Result = 6180"), in bold alone ("**650**") or after GSM8K's "####"; else None: a line that names no result (a
    check, a column's digit, a bare number), a result said to be of something ("the sum of 12 and 34 is 46" may be a
    part's) or named as a part ("Running total: 46"), hedged, asked or offered beside another (`_result_of`)."""
    lines = step[-4 * MAX_ANSWER_CHARS:].splitlines()
    line = _unbulleted(next((line for line in reversed(lines) if line.strip()), "")).strip()
    bold = _BOLD_ALONE.fullmatch(line)
    if bold:
        return clean(bold.group(2))
    hashes = _HASHES_LINE.match(line)
    if hashes:  # GSM8K's "#### 6180" (a heading, "#### Step 3: add", names no number)
        return clean(hashes.group(1))
    named = _RESULT_EQUALS.match(line)
    if named:
        value = _value_at(line[named.end():])
        return clean(value) if value else None
    phrase = _RESULT_PHRASE.search(line)
    if phrase is None or _OF.search(phrase.group()) or not _RESULT_OPENS.fullmatch(line, 0, phrase.start()):
        return None  # ("Running total: 46", "Partial result: 46": a part's)
    value = _result_of(line)
    return clean(value) if value else None


def _bounded_clean(answer: str) -> str:
    """`clean`, but an answer too long to be one is given back as it is, for the verifier to refuse."""
    return answer if len(answer) > 4 * MAX_ANSWER_CHARS else clean(answer)


def reasoning_steps(completion: str) -> list[str]:
    """The completion's reasoning as step texts (its non-empty lines, think tags removed)."""
    text = completion[:MAX_COMPLETION_CHARS].replace("<think>", "\n").replace("</think>", "\n")
    parts, at = [], 0
    for start, inner, end, after in _answer_tags(text):
        parts += [text[at:start], "Answer: ", text[inner:end]]
        at = after
    text = "".join(parts) + text[at:]
    return [line.rstrip() for line in text.splitlines() if line.strip()]
