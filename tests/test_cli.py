"""The command line: every command on real data, one-line errors, exit codes, nothing half-written."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import slowthink
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


def test_solve_says_no_solution_where_the_record_holds_none(capsys):
    """The trace ends 'Answer: no solution'; the closing line said 'answer: None', which puzzled a reader."""
    code, out, _ = run(capsys, "solve", "countdown.game24", "--problem", '{"numbers": [1, 1, 1, 1], "target": 24}')
    assert code == 0 and out.rstrip().endswith("[answer: no solution (None) · verified: True]")
    code, out, _ = run(capsys, "solve", "countdown.game24", "--problem", '{"numbers": [1, 1, 1, 1], "target": 24}', "--json")
    assert json.loads(out)["answer"] is None


def test_solve_works_a_tight_division_as_written(capsys):
    # "7128/18" was the number 396: the trace divided 396 by 1
    code, out, _ = run(capsys, "solve", "arithmetic.div", "--problem", '{"expression": "7128/18"}')
    assert code == 0 and "7128/18" in out.splitlines()[0] and "How many 18s in 71?" in out and "Answer: 396" in out
    code, out, _ = run(capsys, "solve", "arithmetic.div", "--problem", '{"expression": "7128/18"}', "--json")
    assert json.loads(out)["question"].startswith("Calculate 7128/18.")
    code, out, _ = run(capsys, "verify", "arithmetic.div", "--problem", '{"expression": "7128/18"}', "--answer", "396")
    assert code == 0 and out.startswith("correct")
    code, out, _ = run(capsys, "verify", "arithmetic.div", "--problem", '{"expression": "7128/18"}', "--answer", "395")
    assert code == 1 and out.startswith("wrong:")


def test_verify_exit_status_follows_the_verdict(capsys):
    code, out, _ = run(capsys, "verify", "arithmetic.mul", "--problem", '{"expression": "23*68"}', "--answer", "1564")
    assert code == 0 and out.startswith("correct")
    code, out, _ = run(capsys, "verify", "arithmetic.mul", "--problem", '{"expression": "23*68"}', "--answer", "1563")
    assert code == 1 and out.startswith("wrong:")
    code, out, _ = run(capsys, "verify", "countdown.game24", "--problem", '{"numbers": [1, 1, 1, 1], "target": 24}')
    assert code == 0 and out == "correct: no expression over these numbers makes the target\n"  # said once


@pytest.mark.parametrize("argv, message", [
    (["solve", "arithmetic.mul", "--problem", "{bad"], "--problem: not valid JSON"),
    (["solve", "countdown.game24", "--problem", "[" * 5000], "--problem: not valid JSON"),  # too deep to decode
    (["verify", "countdown.game24", "--problem", "[" * 5000, "--answer", "1"], "--problem: not valid JSON"),
    (["solve", "nope", "--problem", "{}"], "unknown task 'nope'"),
    (["solve", "arithmetic.mul", "--problem", '{"expression": "2*"}'], "problem.expression"),
    (["generate", "missing.toml", "--out", "x"], "no such mix file"),
    (["solve", "arithmetic.add", "--problem", '{"expression": "1+2"}', "--param", "digit=3"], "--param digit is not"),
    (["solve", "arithmetic.add", "--problem", '{"expression": "1+2"}', "--param", "mistakes=1.0"], "--param mistakes"),
    (["solve", "arithmetic.mul", "--problem", '{"expression": "2*3"}', "--seed", str(2**64)], "--seed"),
    (["verify", "arithmetic.mul", "--problem", "[1, 2]", "--answer", "2"], "problem: expected an object such as"),  # not "wrong"
    (["show", "/nonexistent-folder"], "no such folder"),
    (["stats", "."], "not a slowthink corpus"),
    (["verify", "arithmetic.mul", "--problem", "problems/missing.json", "--answer", "6"],
     "--problem problems/missing.json: no such file"),  # was "not valid JSON (Expecting value ...)"
])
def test_user_errors_are_one_line_with_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert message in err and err.count("\n") == 1


def test_a_file_where_a_folder_belongs_and_a_folder_where_a_file_belongs_are_named_as_such(capsys, smoke_corpus,
                                                                                            tmp_path):
    """A shard or a manifest given as the corpus was "no such folder", and a folder given as the mix file was
    "no such mix file", though each exists: the message now says what it is and what to give instead."""
    shard = sorted((smoke_corpus / "data").iterdir())[0]
    for command in ("show", "stats", "report"):
        for path in (shard, smoke_corpus / "manifest.json"):
            code, _, err = run(capsys, command, str(path))
            assert code == 2 and err.count("\n") == 1
            assert f"{path}: is a file, not a corpus folder; give the corpus folder it is in, {smoke_corpus}" in err
    code, _, err = run(capsys, "export", str(shard), "--format", "messages", "--out", str(tmp_path / "e"))
    assert code == 2 and "is a file, not a corpus folder" in err and not (tmp_path / "e").exists()
    (tmp_path / "notes.txt").write_text("")
    code, _, err = run(capsys, "show", str(tmp_path / "notes.txt"))
    assert code == 2 and "is a file, not a corpus folder; give the --out folder of `slowthink generate`" in err
    code, _, err = run(capsys, "generate", str(ROOT / "configs"), "--out", str(tmp_path / "c"))
    assert code == 2 and f"{ROOT / 'configs'}: is a folder, not a mix file; pass a TOML file such as " in err
    assert err.count("\n") == 1 and not (tmp_path / "c").exists()
    code, _, err = run(capsys, "solve", "arithmetic.add", "--problem", str(tmp_path))
    assert code == 2 and f"--problem {tmp_path}: is a folder" in err
    code, _, err = run(capsys, "verify", "arithmetic.add", "--problem", str(tmp_path / "notes.txt"), "--answer", "2")
    assert code == 2 and f"--problem {tmp_path / 'notes.txt'}: the file is empty" in err and err.count("\n") == 1


@pytest.mark.parametrize("given", ["missing", "folder", "empty file"])
@pytest.mark.parametrize("command", ["show", "stats", "export", "report", "generate", "verify-file"])
def test_every_command_given_nothing_to_read_says_so_in_one_line_and_writes_nothing(capsys, tmp_path, command,
                                                                                    given):
    """Each reading command, given a path that is missing, an empty folder or an empty file: one line naming
    the path, exit 2, and nothing written (no --out, no report.html, no work folder)."""
    path = tmp_path / "input"
    if given == "folder":
        path.mkdir()
    elif given == "empty file":
        path.write_text("")
    out = tmp_path / "out"
    flags = {"export": ["--format", "messages", "--out", str(out)], "report": ["--out", str(out)],
             "generate": ["--out", str(out)], "verify-file": ["--out", str(out)]}.get(command, [])
    code, stdout, err = run(capsys, command, str(path), *flags)
    assert code == 2 and stdout == "" and err.count("\n") == 1 and str(path) in err, err
    assert sorted(p.name for p in tmp_path.rglob("*")) == ([] if given == "missing" else ["input"])


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
    for bad in (["-n", "-1"], ["--split", "bogus"]):
        code, _, err = run(capsys, "show", str(out_dir), *bad)
        assert code == 2 and bad[0] in err and err.count("\n") == 1
    code, _, err = run(capsys, "export", str(out_dir), "--format", "messages", "--out", str(tmp_path / "e"),
                       "--answer-template", "Answer: {answer} {0}")  # str.format would fail half way through
    assert code == 2 and "--answer-template" in err and err.count("\n") == 1 and not (tmp_path / "e").exists()
    code, out, _ = run(capsys, "stats", str(out_dir))
    assert code == 0
    for word in ("records", "chars_p90", "steps_mean", "rejected", "arithmetic.expr: difficulty", "digits"):
        assert word in out
    code, _, err = run(capsys, "generate", str(ROOT / "configs" / "smoke.toml"), "--out", str(out_dir))
    assert code == 2 and "--overwrite" in err


def test_more_workers_than_cpus_run_as_many_as_there_are_cpus_and_say_so(capsys, tmp_path):
    """--workers 5000 on a 2-core machine started a process per chunk; now the CPUs bound it, in one line."""
    from slowthink.executors import usable_cpus

    mix = tmp_path / "mix.toml"
    mix.write_text('chunk_size = 5\n[tasks."arithmetic.add"]\ncount = 40\n')
    many = usable_cpus() + 1
    code, _, err = run(capsys, "generate", str(mix), "--out", str(tmp_path / "many"), "--workers", str(many), "--quiet")
    assert code == 0 and err.count("\n") == 1
    assert f"--workers {many} is more than the {usable_cpus()} CPUs usable here; running {usable_cpus()}" in err
    code, _, err = run(capsys, "generate", str(mix), "--out", str(tmp_path / "one"), "--quiet")
    assert code == 0 and err == ""
    shards = [{p.name: p.read_bytes() for p in (tmp_path / name / "data").iterdir()} for name in ("many", "one")]
    assert shards[0] == shards[1] and shards[0]


def test_a_damaged_corpus_is_a_one_line_error_not_a_traceback(capsys, tmp_path):
    out_dir = tmp_path / "c"
    assert run(capsys, "generate", str(ROOT / "configs" / "smoke.toml"), "--out", str(out_dir), "--quiet")[0] == 0
    shard = sorted((out_dir / "data").glob("train-*.jsonl"))[0]
    data = shard.read_bytes()
    shard.write_bytes(data[:-7] + b"tampere" if data[-8:-1] != b"tampere" else data)  # the same size, other bytes
    code, _, err = run(capsys, "export", str(out_dir), "--format", "messages", "--out", str(tmp_path / "e"))
    assert code == 2 and "sha256" in err and err.count("\n") == 1 and not (tmp_path / "e").exists()
    shard.write_bytes(b"X" + data[1:])  # the same size, its first line no longer JSON: was a parser's traceback
    for command in (["show", str(out_dir), "-n", "1000"], ["stats", str(out_dir)], ["report", str(out_dir)]):
        code, _, err = run(capsys, *command)
        assert code == 2 and f"{shard}: changed since the corpus was written (its sha256" in err, (command, err)
        assert err.count("\n") == 1 and not (out_dir / "report.html").exists()
    shard.write_bytes(data[: len(data) // 2])  # cut short
    for command in (["show", str(out_dir)], ["stats", str(out_dir)], ["report", str(out_dir)]):
        code, _, err = run(capsys, *command)
        assert code == 2 and "changed since the corpus was written" in err and err.count("\n") == 1, command
    manifest = json.loads((out_dir / "manifest.json").read_text())
    (out_dir / "manifest.json").write_text(json.dumps({**manifest, "shards": [{"path": "x"}]}))
    code, _, err = run(capsys, "show", str(out_dir))
    assert code == 2 and "shard list is damaged" in err
    (out_dir / "manifest.json").write_text("{}")
    code, _, err = run(capsys, "show", str(out_dir))
    assert code == 2 and "incomplete" in err


def test_the_installed_command_runs():
    result = subprocess.run([sys.executable, "-m", "slowthink.cli", "verify", "arithmetic.add", "--problem",
                             '{"expression": "2+2"}', "--answer", "5"], capture_output=True, text=True)
    assert result.returncode == 1 and "wrong" in result.stdout


def test_ctrl_c_stops_a_run_with_one_line_and_leaves_no_shards(tmp_path):
    """Ctrl-C reaches the whole process group, the workers too: one line, exit 130, and nothing in data/."""
    import os
    import signal
    import time
    out = tmp_path / "c"
    process = subprocess.Popen([sys.executable, "-m", "slowthink.cli", "generate", str(ROOT / "configs" / "default.toml"),
                                "--out", str(out), "--workers", "2"], stderr=subprocess.PIPE, text=True,
                               start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not list(out.glob(".work/*/*.done.json")) and time.monotonic() < deadline:  # some work done, far from all
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGINT)
    err = process.communicate(timeout=120)[1]
    assert process.returncode == 130
    assert err == "slowthink generate: interrupted; run the same command again to resume\n"
    assert not (out / "data").exists() and not (out / "manifest.json").exists()


def test_paths_that_cannot_be_written_are_one_line_errors(capsys, tmp_path, smoke_corpus):
    """An --out below a file was "afile/sub/.work/<hash>: Not a directory", "afile/.x.partial: Not a directory"
    or "afile: File exists": paths the user never gave. Now the file in the way is named, and nothing is written."""
    (tmp_path / "afile").write_text("")
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task": "arithmetic.add", "problem": {"expression": "1+1"}, "completion": "2"}) + "\n")
    for argv in (["generate", str(ROOT / "configs" / "smoke.toml"), "--quiet"],
                 ["export", str(smoke_corpus), "--format", "messages"],
                 ["verify-file", str(samples), "--quiet"]):
        for out in (tmp_path / "afile" / "sub", tmp_path / "afile" / "sub" / "deeper"):
            code, _, err = run(capsys, *argv, "--out", str(out))
            assert code == 2 and err.count("\n") == 1, err
            assert f"--out {out}: {tmp_path / 'afile'} is a file, not a folder; choose another path" in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "samples.jsonl"]


def test_an_os_error_names_the_path_given_not_its_hidden_temporary():
    from slowthink.cli import _given_path

    assert _given_path("/no/such/.report.html.partial") == "/no/such/report.html"
    assert _given_path(b"out/.kept.jsonl.partial") == "out/kept.jsonl"
    assert _given_path("out/kept.jsonl") == "out/kept.jsonl" and _given_path(3) == "3"


def test_the_readme_arithmetic_and_countdown_examples_are_what_the_command_prints(capsys):
    """The README shows real output: each example that names its whole command must match it."""
    import re
    import shlex
    readme = (ROOT / "README.md").read_text()
    examples = re.findall(r"`slowthink (solve (?:countdown|arithmetic)\.\S+ [^`]*)`:?\n\n```\n(.*?)```", readme, re.S)
    examples += [("solve countdown.game24 " + flags, text) for flags, text in
                 re.findall(r"A Stream-of-Search trace \(`([^`]*)`\)[^\n]*\n\n```\n(.*?)```", readme, re.S)]
    assert len(examples) == 3
    for command, text in examples:
        code, out, _ = run(capsys, *shlex.split(command))
        assert code == 0 and out == text, (command, out)  # the whole output, its closing verdict line included


def test_the_readme_cipher_example_is_what_the_command_prints_and_true_step_by_step(capsys):
    """The README's cipher trace is the real output of the command it names, and the verifier labels every step
    of it true, so a change in what traces say (or what the verifier reads) cannot leave it stale and wrong."""
    import re
    import shlex
    readme = (ROOT / "README.md").read_text()
    section = readme.split("A cipher whose rule is not given", 1)[1]
    command = re.search(r"`slowthink (solve cipher\.unknown [^`]*)`", section).group(1)
    block = section.split("```")[1].lstrip("\n")
    code, out, _ = run(capsys, *shlex.split(command))
    assert code == 0 and out == block, (command, out)  # the whole output, its closing verdict line included
    words = shlex.split(command)
    problem = json.loads(words[words.index("--problem") + 1])
    trace, verdict = block.rstrip("\n").split("\n\n")
    assert verdict == f"[answer: {slowthink.solve('cipher.unknown', problem)['answer']} · verified: True]"
    steps = trace.split("\n")
    assert all(slowthink.label_steps("cipher.unknown", problem, steps)), steps
    assert steps[-1] == "Answer: " + slowthink.solve("cipher.unknown", problem)["answer"]


@pytest.mark.parametrize("argv, message", [
    (["export", "c", "--format", "messages", "--out", "e", "--split", "bogus"],
     "slowthink export: error: unrecognized arguments: --split bogus; see `slowthink export --help`"),
    (["show", "c", "-n", "abc"], "slowthink show: error: argument -n: invalid int value: 'abc'; see `slowthink show --help`"),
    (["generate", "configs/smoke.toml"], "slowthink generate: error: the following arguments are required: --out"),
    (["tasks", "extra"], "slowthink tasks: error: unrecognized arguments: extra"),
    (["bogus"], "slowthink: error: argument command: invalid choice: 'bogus'"),
])
def test_usage_errors_are_one_line_naming_the_command(capsys, argv, message):
    """argparse printed its usage block (three or four lines) above the error, and an argument a command does
    not take (export --split) was blamed on "slowthink", not on the command."""
    with pytest.raises(SystemExit) as stop:
        main(argv)
    out, err = capsys.readouterr()
    assert stop.value.code == 2 and out == "" and err.startswith(message) and err.count("\n") == 1, err


def test_version_flag(capsys):
    from slowthink import __version__

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out == f"slowthink {__version__}\n"


def test_a_report_into_a_missing_folder_names_that_folder(capsys, smoke_corpus, tmp_path):
    code, _, err = run(capsys, "report", str(smoke_corpus), "--out", str(tmp_path / "nope" / "r.html"))
    assert code == 2 and f"no folder {tmp_path / 'nope'}" in err and ".partial" not in err and err.count("\n") == 1


def test_the_readme_library_example_runs():
    """The README's "Using the library" block, run as written: a renamed function or keyword fails here."""
    import re
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"## Using the library\n\n```python\n(.*?)```", readme, re.S).group(1)
    scope: dict = {}
    exec(compile(block, "README.md", "exec"), scope)
    assert scope["record"]["task"] == "arithmetic.mul"


def test_every_export_folder_the_readme_names_is_written_by_make_dataset_or_by_the_command_it_shows():
    """The README sent LLaMA-Factory users to output/default/exports/sharegpt, which the default mix never wrote."""
    import re
    import tomllib
    readme = (ROOT / "README.md").read_text()
    formats = tomllib.loads((ROOT / "configs" / "default.toml").read_text())["formats"]
    named = set(re.findall(r"output/default/exports/([\w-]+)", readme))
    assert named
    for name in named:
        assert name in formats or f"--format {name} --out output/default/exports/{name}" in readme, name
