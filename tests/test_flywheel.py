"""verify-file: any model's outputs become verified records; bad lines are reported and skipped."""

import json

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import slowthink
from slowthink.cli import main
from slowthink.flywheel import pass_at_k, verify_file
from slowthink.records import RECORD_FIELDS


def write(path, items):
    path.write_text("\n".join(i if isinstance(i, str) else json.dumps(i) for i in items) + "\n")
    return path


def test_correct_completions_become_records_with_labels(tmp_path):
    problem = {"expression": "23*68"}
    source = write(tmp_path / "in.jsonl", [
        {"task": "arithmetic.mul", "problem": problem, "completion": "<think>\n23 × 68 = 1380 + 184 = 1564\n</think>\n\nAnswer: 1564"},
        {"task": "arithmetic.mul", "problem": problem, "completion": "Answer: 1565"},
        {"task": "arithmetic.mul", "problem": json.dumps(problem), "completion": "23 × 8 = 186\nso \\boxed{1564}"},
        "this is not json",
        {"task": "arithmetic.mul", "problem": problem},
        {"task": "arithmetic.add", "problem": {"expression": "2+2"}, "completion": [{"role": "assistant", "content": "Answer: 4"}]},
    ])
    result = verify_file(source, tmp_path / "out.jsonl")
    assert [n for n, _ in result["bad_lines"]] == [4, 5]
    mul = result["tasks"]["arithmetic.mul"]
    assert (mul["samples"], mul["correct"], mul["step_valid"], mul["problems"]) == (3, 2, 1, 1)
    assert mul["pass@1"] == pytest.approx(2 / 3) and mul["pass@3"] == 1.0
    rows = [orjson.loads(l) for l in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    assert len(rows) == result["written"] == 3
    assert all(tuple(r) == RECORD_FIELDS for r in rows)
    sloppy = next(r for r in rows if "186" in r["trace"])
    assert [s["label"] for s in sloppy["steps"]] == [False, False] and sloppy["verified"] is False
    assert len({r["id"] for r in rows}) == 3


def test_many_bad_lines_are_listed_up_to_a_limit_then_counted(tmp_path, capsys):
    """A wrong file of a million lines printed a million lines of errors; the first few say what is wrong."""
    from slowthink.cli import BAD_LINES_LISTED
    good = {"task": "arithmetic.add", "problem": {"expression": "1+1"}, "completion": "Answer: 2"}
    source = write(tmp_path / "in.jsonl", [good] + ["[1, 2]"] * (BAD_LINES_LISTED + 7))
    assert main(["verify-file", str(source), "--out", str(tmp_path / "k.jsonl")]) == 1
    err = capsys.readouterr().err
    assert err.count(": skipped: ") == BAD_LINES_LISTED and "and 7 more lines skipped" in err
    assert f"{BAD_LINES_LISTED + 7} line(s)" in err


def test_python_dash_m_runs_the_command():
    """`python -m slowthink` for a venv whose scripts are not on PATH: the same command, the same exit codes."""
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-m", "slowthink", "verify", "arithmetic.add", "--problem",
                           '{"expression": "1+1"}', "--answer", "3"], capture_output=True, text=True)
    assert done.returncode == 1 and "3 is not the value of 1+1" in done.stdout + done.stderr


def test_pass_at_k():
    assert pass_at_k(5, 0, 1) == 0.0 and pass_at_k(5, 5, 3) == 1.0
    assert pass_at_k(4, 1, 1) == pytest.approx(0.25) and pass_at_k(4, 1, 2) == pytest.approx(0.5)


def test_cli_reports_bad_lines_by_number(tmp_path, capsys):
    source = write(tmp_path / "in.jsonl", [{"task": "arithmetic.add", "problem": {"expression": "1+1"}, "completion": "Answer: 2"},
                                          "[1, 2]"])
    assert main(["verify-file", str(source), "--out", str(tmp_path / "k.jsonl")]) == 1  # a line was not read
    out, err = capsys.readouterr()
    assert "in.jsonl:2: skipped" in err and "kept 1" in out and "1 line(s)" in err
    assert (tmp_path / "k.jsonl").read_text().count("\n") == 1  # the good line still counts
    clean = write(tmp_path / "clean.jsonl", [{"task": "arithmetic.add", "problem": {"expression": "1+1"},
                                             "completion": "Answer: 2"}])
    assert main(["verify-file", str(clean), "--out", str(tmp_path / "k2.jsonl")]) == 0
    assert main(["verify-file", str(source), "--out", str(tmp_path / "k.jsonl")]) == 2  # exists: no overwrite
    assert "already exists" in capsys.readouterr().err
    before = source.read_bytes()
    assert main(["verify-file", str(source), "--out", str(source), "--overwrite", "--quiet"]) == 2
    assert "is the input file" in capsys.readouterr().err and source.read_bytes() == before


def _verify_file_error(capsys, *argv):
    code = main(["verify-file", *argv, "--quiet"])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1, (code, out, err)
    return err


def test_an_empty_input_is_an_error_and_writes_nothing(tmp_path, capsys):
    """An empty input printed "kept 0 verified completions" and exited 0 with an empty --out: a wrong path or a
    sampling job that wrote nothing went unnoticed. A kept file from before is left as it was."""
    for text in ("", "\n  \n"):
        source = tmp_path / "empty.jsonl"
        source.write_text(text)
        err = _verify_file_error(capsys, str(source), "--out", str(tmp_path / "new" / "kept.jsonl"))
        assert f"{source}: holds no record (it is empty or blank)" in err
        assert not (tmp_path / "new").exists()
        (tmp_path / "old.jsonl").write_text("earlier\n")
        _verify_file_error(capsys, str(source), "--out", str(tmp_path / "old.jsonl"), "--overwrite")
        assert (tmp_path / "old.jsonl").read_text() == "earlier\n"


def test_a_folder_is_named_as_a_folder_not_as_missing(tmp_path, capsys):
    """A folder as the input was "no such file", though it exists; as --out with --overwrite, an error named a
    hidden .partial file."""
    line = {"task": "arithmetic.add", "problem": {"expression": "1+1"}, "completion": "Answer: 2"}
    (tmp_path / "runs").mkdir()
    err = _verify_file_error(capsys, str(tmp_path / "runs"), "--out", str(tmp_path / "k.jsonl"))
    assert f"{tmp_path / 'runs'}: is a folder; give a JSONL file" in err
    write(tmp_path / "runs" / "samples.jsonl", [line])
    err = _verify_file_error(capsys, str(tmp_path / "runs"), "--out", str(tmp_path / "k.jsonl"))
    assert f"e.g. {tmp_path / 'runs' / 'samples.jsonl'}" in err  # the one file in it
    assert not (tmp_path / "k.jsonl").exists()
    for flags in ([], ["--overwrite"]):
        err = _verify_file_error(capsys, str(tmp_path / "runs" / "samples.jsonl"), "--out", str(tmp_path / "runs"), *flags)
        assert f"--out {tmp_path / 'runs'}: is a folder; give the JSONL file" in err and ".partial" not in err
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == ["samples.jsonl"]


@pytest.mark.parametrize("completion, reason", [
    ([1, 2], "completion[0] must be a chat message"),
    ([{"role": "assistant", "content": 5}], "completion[0].content must be text"),
    ([{"role": "user", "content": "1+1?"}], "completion has no assistant message"), (None, "completion must be text"),
])
def test_a_completion_that_is_not_text_is_a_bad_line_not_an_empty_sample(tmp_path, completion, reason):
    """Read as "", it would count as a sample with no answer found and skew pass@k without a word."""
    source = write(tmp_path / "in.jsonl", [{"task": "arithmetic.add", "problem": {"expression": "1+1"},
                                            "completion": completion}])
    result = verify_file(source, tmp_path / "k.jsonl")
    assert [(n, r[:len(reason)]) for n, r in result["bad_lines"]] == [(1, reason)]


def test_chat_content_in_parts_is_read_as_its_text(tmp_path):
    parts = [{"role": "system", "content": "Be careful."},
             {"role": "assistant", "content": [{"type": "text", "text": "1 + 1 = 2\n"}, {"type": "text", "text": "Answer: 2"}]}]
    source = write(tmp_path / "in.jsonl", [{"task": "arithmetic.add", "problem": {"expression": "1+1"}, "completion": parts}])
    result = verify_file(source, tmp_path / "k.jsonl")
    assert not result["bad_lines"] and result["tasks"]["arithmetic.add"]["correct"] == 1


def test_generated_traces_verify_as_completions():
    for task in slowthink.tasks():
        for record in slowthink.generate(task, 5, seed=2):
            verdict = slowthink.verify_completion(task, record["problem"], record["trace"])
            assert verdict, (task, verdict)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(task=st.sampled_from(slowthink.tasks()), text=st.text(max_size=400), seed=st.integers(0, 50))
def test_random_and_mutated_text_always_gets_a_verdict_and_labels(task, text, seed):
    record = next(slowthink.generate(task, 1, seed=seed))
    mutated = record["trace"][: len(text) % (len(record["trace"]) + 1)] + text
    for completion in (text, mutated):
        verdict = slowthink.verify_completion(task, record["problem"], completion)
        assert isinstance(verdict.reason, str)
        labels = slowthink.label_steps(task, record["problem"], completion.splitlines())
        assert len(labels) == len(completion.splitlines())
        assert labels == sorted(labels, reverse=True)  # once False, False to the end


def test_the_table_leaves_pass_at_k_empty_for_a_task_with_fewer_samples_than_k(tmp_path, capsys):
    """With two samples a game24 problem and one an arithmetic problem, the table printed pass@2 = 0.0 for the
    arithmetic task, whose one sample was right: a missing value was filled with 0."""
    source = write(tmp_path / "in.jsonl", [
        {"task": "countdown.game24", "problem": {"numbers": [4, 7, 8, 8], "target": 24}, "completion": "Answer: (7-8/8)*4"},
        {"task": "countdown.game24", "problem": {"numbers": [4, 7, 8, 8], "target": 24}, "completion": "Answer: 24"},
        {"task": "arithmetic.mul", "problem": {"expression": "23 * 68"}, "completion": "Answer: 1564"},
    ])
    assert main(["verify-file", str(source), "--out", str(tmp_path / "kept.jsonl")]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if "arithmetic.mul" in line and "┆" in line)
    assert row.split("┆")[-1].strip(" │") == "null", row
