"""The command line: every command on real data, one-line errors, exit codes, nothing half-written."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from slowthink.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_tasks_lists_parameters_and_defaults(capsys):
    code, out, _ = run(capsys, "tasks")
    assert code == 0
    assert "arithmetic.mul" in out and "digits" in out and "default 3" in out


def test_solve_prints_trace_and_answer(capsys):
    code, out, _ = run(capsys, "solve", "arithmetic.mul", "--problem", '{"expression": "23*68"}')
    assert code == 0 and "Answer: 1564" in out
    code, out, _ = run(capsys, "solve", "arithmetic.mul", "--problem", '{"expression": "23*68"}', "--json")
    assert json.loads(out)["answer"] == "1564"


def test_verify_exit_status_follows_the_verdict(capsys):
    code, out, _ = run(capsys, "verify", "arithmetic.mul", "--problem", '{"expression": "23*68"}', "--answer", "1564")
    assert code == 0 and out.startswith("correct")
    code, out, _ = run(capsys, "verify", "arithmetic.mul", "--problem", '{"expression": "23*68"}', "--answer", "1563")
    assert code == 1 and out.startswith("wrong:")


@pytest.mark.parametrize("argv, message", [
    (["solve", "arithmetic.mul", "--problem", "{bad"], "--problem: not valid JSON"),
    (["solve", "countdown.game24", "--problem", "[" * 5000], "--problem: not valid JSON"),  # too deep to decode
    (["verify", "countdown.game24", "--problem", "[" * 5000, "--answer", "1"], "--problem: not valid JSON"),
    (["solve", "nope", "--problem", "{}"], "unknown task 'nope'"),
    (["solve", "arithmetic.mul", "--problem", '{"expression": "2*"}'], "problem.expression"),
    (["generate", "missing.toml", "--out", "x"], "no such mix file"),
    (["show", "/nonexistent-folder"], "no such folder"),
    (["stats", "."], "not a slowthink corpus"),
])
def test_user_errors_are_one_line_with_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert message in err and err.count("\n") == 1


def test_bad_config_writes_nothing(capsys, tmp_path):
    mix = tmp_path / "bad.toml"
    mix.write_text('[tasks."arithmetic.add"]\ncount = 5\ndigits = 99\n')
    code, _, err = run(capsys, "generate", str(mix), "--out", str(tmp_path / "out"))
    assert code == 2 and "tasks.arithmetic.add.digits = 99" in err
    assert not (tmp_path / "out").exists()


def test_generate_show_stats_on_the_smoke_mix(capsys, tmp_path):
    out_dir = tmp_path / "c"
    code, out, _ = run(capsys, "generate", str(ROOT / "configs" / "smoke.toml"), "--out", str(out_dir), "--workers", "2")
    assert code == 0 and "wrote" in out
    code, out, _ = run(capsys, "show", str(out_dir), "-n", "2", "--task", "arithmetic.div")
    assert code == 0 and out.count("── arithmetic.div") == 2 and "Answer:" in out
    code, out, _ = run(capsys, "stats", str(out_dir))
    assert code == 0
    for word in ("records", "chars_p90", "steps_mean", "rejected", "arithmetic.expr: difficulty", "digits"):
        assert word in out
    code, _, err = run(capsys, "generate", str(ROOT / "configs" / "smoke.toml"), "--out", str(out_dir))
    assert code == 2 and "--overwrite" in err


def test_the_installed_command_runs():
    result = subprocess.run([sys.executable, "-m", "slowthink.cli", "verify", "arithmetic.add", "--problem",
                             '{"expression": "2+2"}', "--answer", "5"], capture_output=True, text=True)
    assert result.returncode == 1 and "wrong" in result.stdout


def test_the_readme_countdown_examples_are_what_the_command_prints(capsys):
    """The README shows real output: each example that names its whole command must match it."""
    import re
    import shlex
    readme = (ROOT / "README.md").read_text()
    examples = re.findall(r"`slowthink (solve countdown\.\S+ [^`]*)`:\n\n```\n(.*?)```", readme, re.S)
    examples += [("solve countdown.game24 " + flags, text) for flags, text in
                 re.findall(r"A Stream-of-Search trace \(`([^`]*)`\)[^\n]*\n\n```\n(.*?)```", readme, re.S)]
    assert len(examples) == 2
    for command, text in examples:
        code, out, _ = run(capsys, *shlex.split(command))
        assert code == 0 and out.startswith(text), (command, out)
