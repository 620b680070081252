from pathlib import Path

import pytest

from slowthink.config import load_mix, parse_mix
from slowthink.core.params import ConfigError

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", ["smoke.toml", "default.toml", "large.toml"])
def test_shipped_mixes_are_valid_and_cover_every_task(name):
    import slowthink

    mix = load_mix(ROOT / "configs" / name)
    assert {e.task for e in mix.entries} == set(slowthink.tasks())


def test_total_with_weights_adds_up_exactly():
    mix = parse_mix({"total": 1000, "tasks": {"arithmetic.add": {"weight": 1}, "arithmetic.mul": {"weight": 2},
                                              "arithmetic.sub": {}}})
    assert [e.count for e in mix.entries] == [250, 500, 250]


def test_defaults_apply_to_tasks_that_have_them_and_entries_may_repeat_a_task():
    mix = parse_mix({"defaults": {"digits": 4}, "tasks": {
        "arithmetic.add": {"count": 1}, "hard": {"task": "arithmetic.add", "count": 2, "digits": 12}}})
    assert [e.params.digits for e in mix.entries] == [4, 12]
    assert [e.name for e in mix.entries] == ["arithmetic.add", "hard"]


@pytest.mark.parametrize("data, message", [
    ({}, "no tasks"),
    ({"tasks": 5}, r"tasks = 5 must be a table of entries"),
    ({"tasks": ["arithmetic.add"]}, r"tasks = \['arithmetic.add'\] must be a table of entries"),
    ({"tasks": {"arithmetic.nope": {"count": 1}}}, "unknown task 'arithmetic.nope'; known tasks"),
    ({"tasks": {"arithmetic.add": {}}}, r"tasks.arithmetic.add.count is missing"),
    ({"tasks": {"arithmetic.add": {"count": -1}}}, r"count = -1 is not allowed"),
    ({"tasks": {"arithmetic.add": {"count": 1, "digits": 99}}}, r"tasks.arithmetic.add.digits = 99 .*from 1 to 30"),
    ({"tasks": {"arithmetic.add": {"count": 1, "dgits": 3}}}, r"dgits is not a parameter.*known: "),
    ({"sed": 1, "tasks": {"arithmetic.add": {"count": 1}}}, "unknown key 'sed'"),
    ({"seed": -1, "tasks": {"arithmetic.add": {"count": 1}}}, "seed = -1"),
    ({"splits": {"train": 0.5, "test": 0.4}, "tasks": {"arithmetic.add": {"count": 1}}}, "add up to 0.9"),
    ({"total": 10, "tasks": {"arithmetic.add": {"count": 1}}}, "exclude each other"),
    ({"defaults": {"colour": 1}, "tasks": {"arithmetic.add": {"count": 1}}}, "defaults.colour"),
    ({"formats": ["nope"], "tasks": {"arithmetic.add": {"count": 1}}}, "unknown format 'nope'"),
])
def test_bad_mixes_name_the_key_and_the_fix(data, message):
    with pytest.raises(ConfigError, match=message):
        parse_mix(data, source="mix.toml")


def test_bad_toml_and_missing_files(tmp_path):
    with pytest.raises(ConfigError, match="no such mix file"):
        load_mix(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("seed = = 1\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_mix(bad)


def _bad(data, message):
    with pytest.raises(ConfigError, match=message):
        parse_mix(data, source="mix.toml")


def _bad_file(tmp_path, text, message):
    """For values only TOML text can spell (nan, inf)."""
    mix = tmp_path / "mix.toml"
    mix.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_mix(mix)


@pytest.mark.parametrize("weight", ["nan", "inf", "-inf"])
def test_weight_must_be_a_finite_number(tmp_path, weight):
    _bad_file(tmp_path, f'total = 10\n[tasks."arithmetic.add"]\nweight = {weight}\n[tasks."arithmetic.sub"]\n',
              rf"tasks\.arithmetic\.add\.weight = -?{weight} is not allowed: use a fin")


def test_huge_weights_still_share_out_the_total_exactly():
    mix = parse_mix({"total": 10, "tasks": {"arithmetic.add": {"weight": 1e308},
                                            "arithmetic.sub": {"weight": 1e308}}})
    assert [e.count for e in mix.entries] == [5, 5]


@pytest.mark.parametrize("task, key, value", [
    ("arithmetic.add", "mistakes", "nan"), ("countdown.game24", "unsolvable", "nan"),
    ("cipher.caesar", "detours", "inf"), ("arithmetic.add", "mistakes", "-inf"),
])
def test_float_parameters_must_be_finite(tmp_path, task, key, value):
    _bad_file(tmp_path, f'[tasks."{task}"]\ncount = 1\n{key} = {value}\n',
              rf"mix\.toml: tasks\.{task}\.{key} = -?{value} is not allowed: use a num")


def test_float_parameters_from_python_reject_ints_too_large_for_a_float():
    from slowthink.api import make_params
    from slowthink.registry import TASKS

    with pytest.raises(ConfigError, match="mistakes = 1000.* is not allowed"):
        make_params(TASKS["arithmetic.add"], {"mistakes": 10**400})


@pytest.mark.parametrize("value", ["nan", "inf"])
def test_split_shares_must_be_finite(tmp_path, value):
    _bad_file(tmp_path, f'[splits]\ntrain = {value}\n[tasks."arithmetic.add"]\ncount = 1\n',
              rf"splits\.train = {value} is not allowed: use a share from 0 to 1")


def test_count_and_total_have_an_upper_limit():
    _bad({"tasks": {"arithmetic.add": {"count": 10**20}}}, r"arithmetic\.add\.count = 10+ .*from 0 to 1000000000")
    _bad({"total": 10**20, "tasks": {"arithmetic.add": {}}}, r"total = 10+ .*from 1 to 1000000000")
    _bad({"tasks": {"arithmetic.add": {"count": 10**9}, "arithmetic.sub": {"count": 10**9}}},
         r"counts add up to 2000000000 records.*at most 1000000000")


def test_a_bad_default_names_defaults_not_the_task_table():
    _bad({"defaults": {"language": 5}, "tasks": {"arithmetic.add": {"count": 1}}},
         r"^mix\.toml: defaults\.language = 5 is not allowed: use one of 'en'")
    _bad({"defaults": {"language": "en"}, "tasks": {"arithmetic.add": {"count": 1, "language": 5}}},
         r"mix\.toml: tasks\.arithmetic\.add\.language = 5 ")
    _bad({"defaults": {"min_digits": 8}, "tasks": {"arithmetic.mul": {"count": 1, "digits": 6}}},
         r"arithmetic\.mul\.min_digits = 8 is more than digits = 6.*here comes from mix\.toml: defaults\.min_digits\)")


@pytest.mark.parametrize("data, message", [
    ({"tasks": {"arithmetic.add": {"count": 5, "weight": 5}}},
     r"tasks\.arithmetic\.add\.weight = 5 does nothing without a top-level total: .*count.*or set total"),
    ({"tokenizer": "gpt2", "tasks": {"arithmetic.add": {"count": 1}}},
     r"tokenizer = 'gpt2' does nothing without max_tokens"),
    ({"tasks": {"arithmetic.add": {"task": "cipher.caesar", "count": 1}}},
     r"tasks\.arithmetic\.add\.task = 'cipher\.caesar'.*give the entry another name"),
    ({"tasks": {"easy": {"task": ["arithmetic.add"], "count": 1}}}, r"tasks\.easy: unknown task \['arithmetic\.add'\]"),
])
def test_keys_that_would_do_nothing_or_mislead_are_errors(data, message):
    _bad(data, message)


def test_free_entry_names_and_a_matching_task_key_still_work():
    mix = parse_mix({"tasks": {"easy_add": {"task": "arithmetic.add", "count": 1},
                               "arithmetic.sub": {"task": "arithmetic.sub", "count": 1}}})
    assert [(e.name, e.task) for e in mix.entries] == [("easy_add", "arithmetic.add"),
                                                       ("arithmetic.sub", "arithmetic.sub")]


def test_a_mix_must_ask_for_some_records():
    _bad({"total": 0, "tasks": {"arithmetic.add": {}}}, r"total = 0 is not allowed: use a whole number from 1")
    _bad({"tasks": {"arithmetic.add": {"count": 0}, "arithmetic.sub": {"count": 0}}},
         r"every count is 0.*give at least one task a count of at least 1")
    mix = parse_mix({"tasks": {"arithmetic.add": {"count": 0}, "arithmetic.sub": {"count": 3}}})
    assert [e.count for e in mix.entries] == [0, 3]


@pytest.mark.parametrize("template", ["Answer: {answer} {0}", "{answer} {x}", "Answer:", "{answer"])
def test_an_answer_template_that_would_fail_in_an_export_is_refused_when_the_mix_is_read(template):
    with pytest.raises(ConfigError, match="prompt.answer_template"):
        parse_mix({"prompt": {"answer_template": template}, "tasks": {"arithmetic.add": {"count": 1}}})
    parse_mix({"prompt": {"answer_template": "\\boxed{{{answer}}}"}, "tasks": {"arithmetic.add": {"count": 1}}})


@pytest.mark.parametrize("template", ["Answer: {answer[0]}", "{answer:.1}", "{answer!r}", "{answer.upper}"])
def test_an_answer_template_may_not_change_the_answer(template):
    """Each of these formats, but writes "Answer: 1" for 1564 (or quotes it): refused, not written."""
    _bad({"prompt": {"answer_template": template}, "tasks": {"arithmetic.add": {"count": 1}}}, "bare \\{answer\\}")


def test_a_weight_no_float_can_hold_is_refused():
    _bad({"total": 10, "tasks": {"arithmetic.add": {"weight": 10**400}}}, "weight = .* is not allowed")


def test_a_mix_saved_with_a_byte_order_mark_reads(tmp_path):
    """Notepad and other Windows editors start UTF-8 with a BOM, which tomllib calls invalid at line 1."""
    mix = tmp_path / "mix.toml"
    mix.write_bytes(b'\xef\xbb\xbf[tasks."arithmetic.add"]\ncount = 3\n')
    assert [e.count for e in load_mix(mix).entries] == [3]


def test_an_unquoted_task_name_is_told_to_take_quotes(tmp_path):
    """[tasks.arithmetic.add] is TOML for tasks -> arithmetic -> add; "unknown task 'arithmetic'" hid why."""
    _bad_file(tmp_path, "[tasks.arithmetic.add]\ncount = 3\n",
              r'tasks\.arithmetic: unknown task .arithmetic.; write the name in quotes, \[tasks\."arithmetic\.add"\]')


def test_an_entry_named_after_a_task_with_a_suffix_is_told_to_say_its_task():
    _bad({"tasks": {"arithmetic.add:hard": {"count": 3}}},
         r"tasks\.arithmetic\.add:hard: unknown task .*add task = \"arithmetic\.add\"")


@pytest.mark.parametrize("name", ["all", "ALL"])
def test_a_split_named_all_is_refused_as_datasets_cannot_load_it(name):
    _bad({"splits": {name: 0.5, "train": 0.5}, "tasks": {"arithmetic.add": {"count": 1}}},
         rf"splits\.{name}: 'all' means every split to Hugging Face datasets")


@pytest.mark.parametrize("template", ["Result: {answer}", "{answer}", "Answer: {answer}, I think", "Answer:\n{answer}, I think"])
def test_an_answer_template_the_rewards_cannot_read_back_is_refused(template):
    """A model taught to end with 'Result: 24' got 0 from correctness_reward and format_reward on every
    completion, right or wrong: RL with the shipped rewards learned nothing, and nothing said why."""
    _bad({"prompt": {"answer_template": template}, "tasks": {"arithmetic.add": {"count": 1}}},
         r"prompt\.answer_template = .*slowthink\.rewards would not read the answer in")


@pytest.mark.parametrize("template", ["Answer: {answer}", "Final answer: {answer}", "#### {answer}", "Answer: {answer} (final)",
                                      "<answer>{answer}</answer>", "The final answer is $\\boxed{{{answer}}}$.",
                                      "Answer:\n{answer}", "**Final Answer**\n\n{answer}"])  # the answer below its marker
def test_answer_templates_the_rewards_read_are_accepted(template):
    parse_mix({"prompt": {"answer_template": template}, "tasks": {"arithmetic.add": {"count": 1}}})


@pytest.mark.parametrize("name", ["default.toml", "large.toml"])
def test_shipped_addition_and_subtraction_entries_teach_column_work(name):
    """With operands of 1 to 7 digits, 45% of the default mix's subtraction traces showed no working at all
    ("665 − 214 = 451.", "2 − 3869268"): a short operand is done at a glance. The shipped mixes set min_digits."""
    import re

    from slowthink.api import item_rng
    from slowthink.registry import get_task

    for entry in load_mix(ROOT / "configs" / name).entries:
        if entry.task not in ("arithmetic.add", "arithmetic.sub") or entry.params.fractions:
            continue
        spec = get_task(entry.task)
        worked = 0
        for i in range(100):
            problem = spec.generate(item_rng(entry.task, 0, i), entry.params)
            steps = spec.solve(problem, entry.params, item_rng(entry.task, 1, i)).steps
            worked += any(re.search(r"\b(?:ones|tens):|borrow|carry", step) for step in steps)
        assert worked >= 95, (entry.name, worked)


@pytest.mark.parametrize("text, where", [
    ('[tasks."arithmetic.add"]\ncount = 5\nmax_chars = 3000\n', 'tasks.arithmetic.add.max_chars'),
    ('[tasks."arithmetic.add"]\ncount = 5\nformats = ["messages"]\n', 'tasks.arithmetic.add.formats'),
    ('[defaults]\nmistakes = 0.1\nformats = ["messages"]\n[tasks."arithmetic.add"]\ncount = 5\n', 'defaults.formats'),
    ('[splits]\ntrain = 0.9\ntest = 0.1\nseed = 7\n[tasks."arithmetic.add"]\ncount = 5\n', 'splits.seed'),
    ('[prompt]\nsystem = "Be careful."\nformats = ["messages"]\n[tasks."arithmetic.add"]\ncount = 5\n', 'prompt.formats'),
])
def test_a_top_level_key_written_below_a_table_says_to_move_it_up(tmp_path, text, where):
    """TOML reads every key below a [table] header as part of that table, so `formats = [...]` appended at the
    end of a mix went into the last task ("not a parameter of this task"), and `seed = 7` after [splits] became
    a split ("use a share from 0 to 1"): true, but no word of the fix."""
    path = tmp_path / "mix.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=rf"{where}: .* top-level key.*; move it above the first \[table\]"):
        load_mix(path)


@pytest.mark.parametrize("formats", [["messages"], ["prm", "think"], ["alpaca"]])
def test_a_format_of_verified_traces_is_refused_when_every_trace_is_a_negative(formats):
    """With mistakes = 1 everywhere, messages/think/alpaca would be an empty folder that no loader reads; the run
    said nothing and wrote it (found by a user audit). Said when the mix is read, naming the fix."""
    tasks = {"arithmetic.add": {"count": 5, "mistakes": 1.0}, "countdown.game24": {"count": 5, "mistakes": 1.0}}
    with pytest.raises(ConfigError, match=f"formats: {formats[-1]} takes verified traces only"):
        parse_mix({"formats": formats, "tasks": tasks})
    parse_mix({"formats": ["prm", "rl", "parquet"], "tasks": tasks})  # these take negatives
    parse_mix({"formats": formats, "tasks": {**tasks, "arithmetic.mul": {"count": 5, "mistakes": 0.5}}})
