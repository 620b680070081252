"""The `slowthink` command: tasks, generate, solve, verify, show, stats, export, verify-file, report.

Every user error is one line on stderr naming what was wrong and the fix, with exit
status 2; a wrong answer under `verify` exits 1. Tracebacks are for bugs only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import textwrap
from pathlib import Path

from slowthink import __version__, api
from slowthink.core.params import ConfigError, describe_params
from slowthink.core.verdict import ProblemError
from slowthink.registry import UnknownTaskError

EXIT_WRONG, EXIT_USAGE = 1, 2
EXIT_INTERRUPTED = 130  # what a shell reports for Ctrl-C
MAX_SEED = api.MAX_SEED


class UserError(Exception):
    """Stops the command with a one-line message."""


def _json_arg(text: str, what: str):
    path = Path(text)
    if not text.lstrip().startswith(("{", "[", '"')):
        if path.is_dir():
            raise UserError(f"--{what} {text}: is a folder; give a JSON file, or the JSON itself")
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            if not text.strip():  # else "not valid JSON (Expecting value: line 1 column 1)"
                raise UserError(f"--{what} {path}: the file is empty; give a JSON file that holds the {what}, "
                                f"or the JSON itself")
        elif text.endswith(".json") or "/" in text:  # meant as a file: "not valid JSON" would not say why
            raise UserError(f"--{what} {text}: no such file; give a JSON file that exists, or the JSON itself")
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:  # "[[[[…" is too deep for the decoder
        raise UserError(f"--{what}: not valid JSON ({exc.args[0]}); pass e.g. '{{\"expression\": \"23*68\"}}'") from None


def _param_args(pairs: list[str]) -> dict:
    """--param key=value pairs; values are read as JSON when they parse, else as text."""
    params = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise UserError(f"--param {pair!r}: write it as name=value, e.g. --param digits=4")
        try:
            params[key] = json.loads(value)
        except (ValueError, RecursionError):
            params[key] = value
    return params


# ---------------------------------------------------------------- commands

def cmd_tasks(args) -> int:
    from slowthink.registry import TASKS

    for name, task in TASKS.items():
        print(f"{name}\n  {task.summary}")
        rows = describe_params(task.params)
        width = max([18] + [len(row["name"]) for row in rows])  # one column for the task's longest name
        for row in rows:
            default = json.dumps(row["default"])
            print(f"    {row['name']:<{width}} default {default:<26} {row['allowed']}")
            print(f"    {'':<{width}} {row['help']}")
        print()
    return 0


def cmd_generate(args) -> int:
    from slowthink.config import load_mix
    from slowthink.executors import usable_cpus
    from slowthink.pipeline import generate_corpus

    mix = load_mix(args.config)
    if args.seed is not None:
        mix = mix.with_seed(_seed(args.seed))
    if args.workers < 1:
        raise UserError(f"--workers {args.workers}: use at least 1")
    cpus = usable_cpus()
    if args.workers > cpus:  # a speed setting: say what runs, rather than stop a run whose output is the same
        print(f"slowthink generate: note: --workers {args.workers} is more than the {cpus} CPUs usable here; "
              f"running {cpus} worker processes (more would only compete for them; the output is the same)",
              file=sys.stderr)
    manifest = generate_corpus(mix, args.out, workers=args.workers, quiet=args.quiet, overwrite=args.overwrite)
    if not args.quiet:
        kept = manifest["records"]
        dropped = {k: sum(c[k] for c in manifest["counts"].values()) for k in ("rejected", "duplicates", "too_long")}
        print(f"wrote {kept} records in {len(manifest['shards'])} shards to {args.out} "
              f"(rejected {dropped['rejected']}, duplicates {dropped['duplicates']}, too long {dropped['too_long']})")
    return 0


def _seed(seed: int) -> int:
    """A --seed as a mix file's seed must be: the records store it as a 64-bit integer."""
    if not 0 <= seed <= MAX_SEED:
        raise UserError(f"--seed {seed}: use a whole number from 0 to {MAX_SEED}")
    return seed


def cmd_solve(args) -> int:
    problem = _json_arg(args.problem, "problem")
    params = _param_args(args.param)
    api.make_params(api.get_task(args.task), params, "--param ")  # its errors name the flag they came from
    if params.get("mistakes"):
        raise UserError("--param mistakes: solve writes the checked trace of one problem; negative traces come "
                        "from generate (mistakes = ... in a mix file)")
    record = api.solve(args.task, problem, seed=_seed(args.seed), **params)
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(record["trace"])
        answer = "no solution (None)" if record["answer"] is None else record["answer"]  # the record's None, said
        print(f"\n[answer: {answer} · verified: {record['verified']}]")
    return 0 if record["verified"] else EXIT_WRONG


def cmd_verify(args) -> int:
    problem = _json_arg(args.problem, "problem")
    api.read_problem(args.task, problem)  # a malformed problem is a usage error (exit 2), not a wrong answer (1)
    verdict = api.verify(args.task, problem, args.answer)
    reason = verdict.reason  # "correct: …" reasons are not said twice
    print(reason if reason.startswith(("correct", "wrong")) else f"{'correct' if verdict else 'wrong'}: {reason}")
    return 0 if verdict else EXIT_WRONG


def _records(folder: str, manifest: dict, task: str | None, split: str | None):
    from slowthink.output.writer import read_jsonl

    for shard in manifest["shards"]:
        if split and shard["split"] != split:
            continue
        for row in read_jsonl(Path(folder) / shard["path"]):
            if task is None or row["task"] == task:
                yield row


def cmd_show(args) -> int:
    from slowthink.pipeline import damage_named, read_manifest
    from slowthink.registry import TASKS

    if args.task and args.task not in TASKS:
        raise UserError(f"--task {args.task!r}: unknown task; known tasks: {', '.join(TASKS)}")
    if args.n < 0:
        raise UserError(f"-n {args.n}: give how many records to show, 0 or more")
    manifest = read_manifest(args.dir)
    if args.split and args.split not in manifest["splits"]:
        raise UserError(f"--split {args.split!r}: not a split of this corpus; its splits: {', '.join(manifest['splits'])}")
    shown = 0
    with damage_named(args.dir, manifest):
        for row in _records(args.dir, manifest, args.task, args.split):
            if shown >= args.n:
                break
            shown += 1
            head = f"── {row['task']} · {row['split']} · {row['id']} "
            print(head + "─" * max(0, 78 - len(head)))
            print(textwrap.fill("Question: " + row["question"], 100, subsequent_indent="  "))
            print("Trace:")
            for step in row["steps"]:
                print(("  " if step["label"] else "✗ ") + step["text"])
            print(f"Answer: {row['answer']}   (verified: {row['verified']}; difficulty: {row['difficulty']})\n")
    if shown == 0:
        print("no records match" + (f" task {args.task}" if args.task else ""))
    return 0


def cmd_stats(args) -> int:
    import polars as pl

    from slowthink.output import stats
    from slowthink.pipeline import damage_named, read_manifest

    manifest = read_manifest(args.dir)
    with damage_named(args.dir, manifest):
        df = stats.load_rows(args.dir)
        tables = {task: stats.difficulty(df, task) for task in sorted(manifest["counts"])}
    with pl.Config(tbl_rows=-1, tbl_cols=-1, tbl_width_chars=160, tbl_hide_dataframe_shape=True,
                   tbl_hide_column_data_types=True):
        print(f"corpus {manifest['name']} · seed {manifest['seed']} · {manifest['records']} records · "
              f"slowthink {manifest['slowthink_version']}\n")
        print(stats.summary(df, manifest))
        print("\nper mix entry")
        print(stats.by_entry(df, manifest))
        print("\nper split")
        print(stats.by_split(manifest))
        for task, table in tables.items():
            if not table.is_empty():
                print(f"\n{task}: difficulty")
                print(table)
    return 0


def cmd_export(args) -> int:
    from slowthink.output.formats import Wording, export
    from slowthink.pipeline import check_shards, read_manifest

    manifest = read_manifest(args.dir)
    check_shards(args.dir, manifest)
    prompt = dict(manifest["config"].get("prompt") or {})  # the mix's wording, the flags over it
    if args.answer_template is not None:
        problem = Wording.template_problem(args.answer_template)
        if problem:
            raise UserError(f"--answer-template {problem}")
        prompt["answer_template"] = args.answer_template
    if args.system is not None:
        prompt["system"] = args.system
    wording = Wording.from_config(prompt)  # with no system prompt given, the default asks for the template's line
    result = export(args.dir, manifest, args.format, args.out, wording, progress=not args.quiet and sys.stderr.isatty())
    if not result["files"]:  # a folder with no data file is one no loader reads: take back the folder just made
        shutil.rmtree(args.out, ignore_errors=True)
        raise UserError(f"--format {args.format}: no row to write (it takes verified traces only, and every record "
                        f"of this corpus is a negative); nothing was written. Use prm, rl or parquet, which take "
                        f"negatives, or generate with mistakes below 1")
    if not args.quiet:
        files = ", ".join(f"{f['file']} ({f['records']})" for f in result["files"].values())
        print(f"wrote {args.format} to {args.out}: {files}")
    return 0


def cmd_report(args) -> int:
    from slowthink.output.report import write_report
    from slowthink.pipeline import damage_named, read_manifest

    with damage_named(args.dir, read_manifest(args.dir)):
        path = write_report(args.dir, args.out)
    print(f"wrote {path}")
    return 0


BAD_LINES_LISTED = 20  # verify-file lists this many bad lines on stderr, then counts the rest


def cmd_verify_file(args) -> int:
    from slowthink.flywheel import print_summary, verify_file

    result = verify_file(args.input, args.out, overwrite=args.overwrite, progress=not args.quiet and sys.stderr.isatty())
    for number, reason in result["bad_lines"][:BAD_LINES_LISTED]:
        print(f"{args.input}:{number}: skipped: {reason}", file=sys.stderr)
    if len(result["bad_lines"]) > BAD_LINES_LISTED:  # a wrong file of a million lines is not a million lines of errors
        print(f"{args.input}: … and {len(result['bad_lines']) - BAD_LINES_LISTED} more lines skipped like these "
              f"(--json lists every one)", file=sys.stderr)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_summary(result)
    if result["bad_lines"]:  # the good lines still count, but a script must be able to tell
        print(f"error: {len(result['bad_lines'])} line(s) of {args.input} skipped (see above); fix them "
              f"or drop them to get exit status 0", file=sys.stderr)
        return 1
    return 0


# ---------------------------------------------------------------- parser

class _Parser(argparse.ArgumentParser):
    """A usage error in one line, as every other error: argparse's usage block above it is what --help is for."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}; see `{self.prog} --help`\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="slowthink", description="Verified slow-reasoning traces as training data.")
    parser.add_argument("--version", action="version", version=f"slowthink {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("tasks", help="list tasks with their parameters and defaults")
    p.set_defaults(fn=cmd_tasks)

    p = sub.add_parser("generate", help="write a corpus from a mix file")
    p.add_argument("config", help="mix file (TOML), e.g. configs/default.toml")
    p.add_argument("--out", required=True, help="corpus folder to write")
    p.add_argument("--workers", type=int, default=1, help="processes (output is identical for any number)")
    p.add_argument("--seed", type=int, default=None, help="override the mix file's seed")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    p.add_argument("--overwrite", action="store_true", help="replace a finished corpus in --out")
    p.set_defaults(fn=cmd_generate)

    p = sub.add_parser("solve", help="print the reasoning trace and answer for one problem")
    p.add_argument("task")
    p.add_argument("--problem", required=True, help="problem JSON (or a file holding it)")
    p.add_argument("--seed", type=int, default=0, help="chooses the wording")
    p.add_argument("--param", action="append", metavar="NAME=VALUE", help="a task parameter (repeatable)")
    p.add_argument("--json", action="store_true", help="print the whole record as JSON")
    p.set_defaults(fn=cmd_solve)

    p = sub.add_parser("verify", help="judge an answer; exit 1 when it is wrong")
    p.add_argument("task")
    p.add_argument("--problem", required=True, help="problem JSON (or a file holding it)")
    p.add_argument("--answer", help="the answer text (omit for 'no solution')")
    p.set_defaults(fn=cmd_verify)

    p = sub.add_parser("show", help="print sample records of a corpus readably")
    p.add_argument("dir")
    p.add_argument("-n", type=int, default=3, help="how many records")
    p.add_argument("--task", help="only this task")
    p.add_argument("--split", help="only this split")
    p.set_defaults(fn=cmd_show)

    p = sub.add_parser("stats", help="tables of what a corpus holds")
    p.add_argument("dir")
    p.set_defaults(fn=cmd_stats)

    from slowthink.output.formats import FORMATS

    p = sub.add_parser("export", help="write a corpus in a fine-tuning format")
    p.add_argument("dir", help="corpus folder")
    p.add_argument("--format", required=True, help="one of: " + ", ".join(FORMATS))
    p.add_argument("--out", required=True, help="new folder for the export (must not exist)")
    p.add_argument("--system", help="system prompt (default: the mix's, else slowthink's; '' for none)")
    p.add_argument("--answer-template", help="final answer line, e.g. 'Answer: {answer}'")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(fn=cmd_export)

    p = sub.add_parser("verify-file", help="verify model completions; keep the correct ones as corpus records")
    p.add_argument("input", help="JSONL with task, problem, completion (and optional id) per line")
    p.add_argument("--out", required=True, help="JSONL file for the kept records")
    p.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(fn=cmd_verify_file)

    p = sub.add_parser("report", help="write a self-contained HTML report with plots and samples")
    p.add_argument("dir")
    p.add_argument("--out", help="HTML file (default: DIR/report.html)")
    p.set_defaults(fn=cmd_report)
    parser.commands = sub.choices  # each command's own parser, to say whose arguments were not understood
    return parser


def _given_path(filename) -> str:
    """The path the user gave, not the hidden temporary written first and renamed into place (`.r.html.partial`)."""
    if not isinstance(filename, (str, bytes, os.PathLike)):  # a file descriptor
        return str(filename)
    path = Path(os.fsdecode(filename))
    if path.name.startswith(".") and path.name.endswith(".partial"):
        return str(path.with_name(path.name[1:-len(".partial")]))
    return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # "slowthink export: …", which --split is not an argument of, not "slowthink: …"
        parser.commands[args.command].error(f"unrecognized arguments: {' '.join(unknown)}")
    try:
        return args.fn(args)
    except (UserError, ConfigError, ProblemError, UnknownTaskError) as exc:
        print(f"slowthink {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `slowthink show | head`
        return 0
    except OSError as exc:  # a path that cannot be written or read: say which, not a traceback
        where = f"{_given_path(exc.filename)}: " if exc.filename else ""
        print(f"slowthink {args.command}: error: {where}{exc.strerror or exc}; check the path and its permissions",
              file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        again = "; run the same command again to resume" if args.command == "generate" else ""
        print(f"slowthink {args.command}: interrupted{again}", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
