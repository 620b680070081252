"""Exports as the fine-tuning tools read them (facts in shared/FORMATS.md)."""

import json
import shutil
from pathlib import Path

import orjson
import pytest

import slowthink
import slowthink.api

from slowthink.cli import main
from slowthink.output.formats import FORMATS, Wording, export
from slowthink.pipeline import read_manifest


def lines(path: Path) -> list[dict]:
    return [orjson.loads(l) for l in path.read_bytes().splitlines()]


def corpus_rows(folder: Path, split: str) -> list[dict]:
    return [r for p in sorted((folder / "data").glob(f"{split}-*.jsonl")) for r in lines(p)]


def test_mix_formats_are_written_beside_the_corpus_with_every_split(smoke_corpus):
    manifest = read_manifest(smoke_corpus)
    assert set(manifest["exports"]) == set(FORMATS)
    for name, info in manifest["exports"].items():
        folder = smoke_corpus / "exports" / name
        assert set(info["files"]) == {"train", "validation", "test"}
        for split, f in info["files"].items():
            assert (folder / f["file"]).is_file() and f["records"] == manifest["splits"][split]["records"]


def test_messages_follow_the_chat_shape_and_end_with_the_answer(smoke_corpus):
    rows = corpus_rows(smoke_corpus, "train")
    exported = lines(smoke_corpus / "exports" / "messages" / "train.jsonl")
    assert len(exported) == len(rows)
    for row, out in zip(rows, exported):
        assert list(out) == ["messages"]
        roles = [m["role"] for m in out["messages"]]
        assert roles == ["system", "user", "assistant"]
        assert all(set(m) == {"role", "content"} for m in out["messages"])
        assert out["messages"][1]["content"] == row["question"]
        assert out["messages"][2]["content"] == row["trace"]  # default template reproduces the trace


def test_think_puts_the_reasoning_inline_or_in_its_own_field_never_both(smoke_corpus):
    """A chat template that renders reasoning_content (Qwen3's) would write an inline trace twice."""
    row = corpus_rows(smoke_corpus, "train")[0]
    reasoning = "\n".join(s["text"] for s in row["steps"][:-1])
    inline = lines(smoke_corpus / "exports" / "think" / "train.jsonl")[0]["messages"][-1]
    assert inline == {"role": "assistant", "content": f"<think>\n{reasoning}\n</think>\n\nAnswer: {row['answer']}"}
    field = lines(smoke_corpus / "exports" / "think-field" / "train.jsonl")[0]["messages"][-1]
    assert field == {"role": "assistant", "content": f"Answer: {row['answer']}", "reasoning_content": reasoning}


def test_sharegpt_alpaca_and_their_dataset_info(smoke_corpus):
    share = lines(smoke_corpus / "exports" / "sharegpt" / "train.jsonl")[0]
    assert [t["from"] for t in share["conversations"]] == ["human", "gpt"] and "system" in share
    alpaca = lines(smoke_corpus / "exports" / "alpaca" / "train.jsonl")[0]
    assert set(alpaca) == {"instruction", "input", "output", "system"}
    for name, columns in (("sharegpt", {"messages": "conversations", "system": "system"}),
                          ("alpaca", {"prompt": "instruction", "query": "input", "response": "output",
                                      "system": "system"})):
        info = json.loads((smoke_corpus / "exports" / name / "dataset_info.json").read_text())
        assert len(info) == 3
        for entry in info.values():
            assert (smoke_corpus / "exports" / name / entry["file_name"]).is_file()
            assert entry["columns"] == columns
    tags = json.loads((smoke_corpus / "exports" / "sharegpt" / "dataset_info.json").read_text())
    assert next(iter(tags.values()))["tags"]["assistant_tag"] == "gpt"


def test_prm_and_prompt_completion(smoke_corpus):
    rows = corpus_rows(smoke_corpus, "test")
    prm = lines(smoke_corpus / "exports" / "prm" / "test.jsonl")
    for row, out in zip(rows, prm):
        assert out["completions"] == [s["text"] for s in row["steps"]]
        assert out["labels"] == [s["label"] for s in row["steps"]]
        assert all(isinstance(x, bool) for x in out["labels"]) and all(isinstance(x, str) for x in out["completions"])
        assert out["prompt"].endswith(row["question"] + "\n")  # the first step starts a line of its own
    pc = lines(smoke_corpus / "exports" / "prompt-completion" / "test.jsonl")[0]
    assert set(pc) == {"prompt", "completion"} and pc["prompt"].endswith(rows[0]["question"] + "\n")  # TRL joins them as is


def test_rl_rows_carry_what_a_reward_needs(smoke_corpus):
    import slowthink

    for out in lines(smoke_corpus / "exports" / "rl" / "validation.jsonl"):
        assert out["prompt"][-1]["role"] == "user"
        assert slowthink.verify(out["task"], out["problem"], out["answer"])


def problem_key(row: dict) -> tuple[str, str]:
    spec, problem = slowthink.api.read_problem(row["task"], row["problem"])
    return row["task"], spec.problem_key(problem)


ODD_SPLITS = ("train", "dev", "heldout")


@pytest.fixture(scope="module")
def corpus_with_negatives(tmp_path_factory) -> Path:
    """Negative traces of every family, every export, and splits `datasets` has no keyword for; game24
    deals repeat, so some problems have both kinds of record."""
    from slowthink.config import parse_mix
    from slowthink.pipeline import generate_corpus

    mix = parse_mix({"seed": 1, "formats": list(FORMATS), "splits": {"train": 0.6, "dev": 0.2, "heldout": 0.2},
                     "defaults": {"mistakes": 0.4},
                     "tasks": {"arithmetic.add": {"count": 30}, "cipher.caesar": {"count": 20},
                               "countdown.game24": {"count": 120, "unsolvable": 0.3}}})
    out = tmp_path_factory.mktemp("negatives") / "c"
    generate_corpus(mix, out, quiet=True)
    return out


def test_rl_holds_every_problem_of_the_corpus_once(corpus_with_negatives):
    """Negatives were left out of rl, and with them their problems: most have no verified record (24 of
    25 in one corpus). RL needs the problem, so each is there once, with a verified answer."""
    folder = corpus_with_negatives
    corpus = [r for p in sorted((folder / "data").glob("*.jsonl")) for r in lines(p)]
    negatives = {problem_key(r) for r in corpus if not r["verified"]}
    positives = {problem_key(r) for r in corpus if r["verified"]}
    assert negatives - positives and negatives & positives  # both cases are here
    solved_again = []
    for split in ODD_SPLITS:
        rl = lines(folder / "exports" / "rl" / f"{split}.jsonl")
        keys = [problem_key(r) for r in rl]
        assert len(keys) == len(set(keys))
        assert set(keys) == {problem_key(r) for r in corpus if r["split"] == split}
        by_id = {r["id"]: r for r in corpus}
        for out in rl:
            assert slowthink.verify(out["task"], out["problem"], out["answer"]), out
            assert by_id[out["id"]]["problem"] == out["problem"]  # the id leads back to the corpus record
        solved_again += [out["answer"] for out in rl if not by_id[out["id"]]["verified"]]
    assert None in solved_again  # a deal with no solution: its proof had the slip, its answer is "none"


def test_parquet_holds_the_corpus(smoke_corpus):
    import polars as pl

    frame = pl.read_parquet(smoke_corpus / "exports" / "parquet" / "train.parquet")
    assert frame.height == len(corpus_rows(smoke_corpus, "train"))
    assert frame.schema["steps"] == pl.List(pl.Struct({"text": pl.String, "label": pl.Boolean}))


def test_wording_is_configurable(smoke_corpus, tmp_path):
    manifest = read_manifest(smoke_corpus)
    export(smoke_corpus, manifest, "messages", tmp_path / "m", Wording(system="", answer_template="\\boxed{{{answer}}}"))
    out = lines(tmp_path / "m" / "train.jsonl")[0]["messages"]
    assert [m["role"] for m in out] == ["user", "assistant"]
    assert out[-1]["content"].splitlines()[-1].startswith("\\boxed{")


@pytest.mark.parametrize("name", ["sharegpt", "alpaca"])
def test_without_a_system_prompt_dataset_info_maps_no_system_column(smoke_corpus, tmp_path, name):
    """LLaMA-Factory's converters read a mapped column as example[column]: with --system '' the rows have
    no "system" field, and a "system" mapping left in dataset_info.json would fail with KeyError: 'system'."""
    export(smoke_corpus, read_manifest(smoke_corpus), name, tmp_path / name, Wording(system=""))
    assert "system" not in lines(tmp_path / name / "train.jsonl")[0]
    for entry in json.loads((tmp_path / name / "dataset_info.json").read_text()).values():
        assert "system" not in entry["columns"]


def test_an_answer_template_reaches_the_system_prompt_and_the_last_step(smoke_corpus, tmp_path):
    """The default system prompt asks for the line the template writes; prm's last step is that line."""
    manifest = read_manifest(smoke_corpus)
    wording = Wording(answer_template="\\boxed{{{answer}}}")
    export(smoke_corpus, manifest, "messages", tmp_path / "m", wording)
    export(smoke_corpus, manifest, "prm", tmp_path / "p", wording)
    row = corpus_rows(smoke_corpus, "train")[0]
    system, _, assistant = lines(tmp_path / "m" / "train.jsonl")[0]["messages"]
    assert "of the form '\\boxed{...}'" in system["content"] and "Answer:" not in system["content"]
    assert assistant["content"].endswith(f"\\boxed{{{row['answer']}}}")
    prm = lines(tmp_path / "p" / "train.jsonl")[0]
    assert prm["completions"][-1] == f"\\boxed{{{row['answer']}}}" and "of the form '\\boxed{...}'" in prm["prompt"]


def test_a_split_with_nothing_to_export_gets_no_empty_file(tmp_path):
    """Every record of this corpus is a negative: the SFT exports have no rows, and a loader fails on an
    empty file, so none is written (nor registered for LLaMA-Factory)."""
    from slowthink.config import parse_mix
    from slowthink.pipeline import generate_corpus

    mix = parse_mix({"formats": ["prm"], "splits": {"train": 1.0},  # a mix asking for messages is refused (test_config)
                     "tasks": {"arithmetic.add": {"count": 5, "mistakes": 1.0}}})
    manifest = generate_corpus(mix, tmp_path / "c", quiet=True)
    assert manifest["exports"]["prm"]["files"]["train"]["records"] == 5
    for name in ("messages", "sharegpt"):
        result = export(tmp_path / "c", manifest, name, tmp_path / name)
        assert result["files"] == {}
        assert not list((tmp_path / name).glob("*.jsonl"))
        assert json.loads((tmp_path / name / "dataset_info.json").read_text()) == {}


def test_every_export_loads_with_datasets(smoke_corpus):
    datasets = pytest.importorskip("datasets")
    for name in FORMATS:
        folder = smoke_corpus / "exports" / name
        kind = "parquet" if name == "parquet" else "json"
        files = {p.stem: str(p) for p in folder.iterdir() if p.suffix in (".jsonl", ".parquet")}
        loaded = datasets.load_dataset(kind, data_files=files)
        assert set(loaded) == {"train", "validation", "test"}


def test_every_folder_loads_with_each_split_under_its_own_name(corpus_with_negatives, tmp_path):
    """Without a card, `datasets` guessed splits from file names: dev.jsonl came back as "validation" and
    heldout.jsonl was dropped. Each export folder's README.md now names every split's file and declares
    the columns, so the export loads whole, typed as declared, whatever the mix calls its splits."""
    datasets = pytest.importorskip("datasets")
    folder = corpus_with_negatives
    manifest = read_manifest(folder)
    corpus = datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "hf"))
    assert {s: corpus[s].num_rows for s in corpus} == {s: manifest["splits"][s]["records"] for s in ODD_SPLITS}
    for name, info in manifest["exports"].items():
        loaded = datasets.load_dataset(str(folder / "exports" / name), cache_dir=str(tmp_path / "hf"))
        assert {s: loaded[s].num_rows for s in loaded} == {s: f["records"] for s, f in info["files"].items()}, name
        assert set(info["files"]) == set(ODD_SPLITS)
        for split, f in info["files"].items():
            if name == "parquet":  # large_string as polars wrote it, string as the card declares
                assert loaded[split].features == corpus[split].features
                assert loaded[split]["id"] == corpus[split]["id"]
                continue
            rows = lines(folder / "exports" / name / f["file"])
            assert loaded[split].column_names == list(rows[0]), name
            assert loaded[split][-1] == {**rows[-1], **({"messages": [
                {"reasoning_content": None, **m} for m in rows[-1]["messages"]]} if name == "think-field" else {})}
        assert all(loaded[s].features == loaded["train"].features for s in loaded), name


def test_declared_types_keep_a_column_that_is_null_in_one_file(corpus_with_negatives, tmp_path):
    """Guessed from the first file, an rl train split whose deals all have no solution typed `answer` null,
    and loading failed at the next split's first answer; declared, it is text in every split."""
    datasets = pytest.importorskip("datasets")
    folder = tmp_path / "rl"
    shutil.copytree(corpus_with_negatives / "exports" / "rl", folder)
    train = folder / "train.jsonl"
    train.write_bytes(b"".join(orjson.dumps({**row, "answer": None}) + b"\n" for row in lines(train)))
    loaded = datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "hf"))
    assert loaded["train"].features["answer"] == datasets.Value("string") and loaded["train"][0]["answer"] is None
    assert loaded["dev"].features == loaded["train"].features and loaded["dev"]["answer"].count(None) < loaded["dev"].num_rows


def test_without_a_system_prompt_the_card_declares_no_system_column(smoke_corpus, tmp_path):
    datasets = pytest.importorskip("datasets")
    export(smoke_corpus, read_manifest(smoke_corpus), "alpaca", tmp_path / "a", Wording(system=""))
    loaded = datasets.load_dataset(str(tmp_path / "a"), cache_dir=str(tmp_path / "hf"))
    assert loaded["train"].column_names == ["instruction", "input", "output"]


@pytest.mark.parametrize("argv, message", [
    (["export", "{tmp}", "--format", "messages", "--out", "{tmp}/x"], "not a slowthink corpus"),
    (["export", "{corpus}", "--format", "nope", "--out", "{tmp}/x"], "--format 'nope': unknown format"),
    (["export", "{corpus}", "--format", "messages", "--out", "{corpus}"], "already exists"),
    (["export", "{corpus}", "--format", "messages", "--out", "{tmp}/y", "--answer-template", "A"], "{answer}"),
])
def test_export_errors_are_one_line_and_write_nothing(smoke_corpus, tmp_path, capsys, argv, message):
    argv = [a.format(tmp=tmp_path, corpus=smoke_corpus) for a in argv]
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_export_command_writes_a_new_folder(smoke_corpus, tmp_path, capsys):
    assert main(["export", str(smoke_corpus), "--format", "alpaca", "--out", str(tmp_path / "a")]) == 0
    assert (tmp_path / "a" / "train.jsonl").is_file() and not list(tmp_path.glob(".*partial"))


def test_the_parquet_export_joins_the_jsonl_corpus_after_the_cast_the_readme_gives(smoke_corpus, tmp_path):
    """polars writes large_string, `datasets` keeps it, and concatenation refuses unequal types:
    the README's `export.cast(corpus.features)` is the way through, and loses nothing."""
    datasets = pytest.importorskip("datasets")
    cache = str(tmp_path / "hf-cache")
    corpus = datasets.load_dataset(str(smoke_corpus), split="train", cache_dir=cache)
    export = datasets.load_dataset("parquet", data_files=str(smoke_corpus / "exports" / "parquet" / "train.parquet"),
                                   split="train", cache_dir=cache)
    joined = datasets.concatenate_datasets([corpus, export.cast(corpus.features)])
    assert joined.num_rows == 2 * corpus.num_rows
    assert joined[corpus.num_rows:]["id"] == corpus["id"] and joined[corpus.num_rows:]["steps"] == corpus["steps"]


def test_export_with_no_row_to_write_is_an_error_and_writes_nothing(tmp_path, capsys):
    """`slowthink export` of a corpus whose records are all negatives to an SFT format printed "wrote messages
    to X: " (no file), exited 0 and left a folder holding only `{}` in dataset_info.json, which `datasets` and
    LLaMA-Factory cannot load."""
    from slowthink.config import parse_mix
    from slowthink.pipeline import generate_corpus

    mix = parse_mix({"splits": {"train": 1.0}, "tasks": {"arithmetic.add": {"count": 5, "mistakes": 1.0}}})
    generate_corpus(mix, tmp_path / "c", quiet=True)
    assert main(["export", str(tmp_path / "c"), "--format", "messages", "--out", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert "--format messages: no row to write" in err and "prm" in err and err.count("\n") == 1
    assert not (tmp_path / "m").exists() and not list(tmp_path.glob(".*partial"))
    assert main(["export", str(tmp_path / "c"), "--format", "prm", "--out", str(tmp_path / "p"), "--quiet"]) == 0
