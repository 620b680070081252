"""The English word lists: the generator's vocabulary, and the common words and names a careful reader knows."""

import re

from slowthink.core import common_words, english


def test_common_words_go_beyond_the_vocabulary_and_hold_it():
    assert english.WORDS <= english.KNOWN and english.WORDS - english.ONLY_NAMES <= english.COMMON | english.WORDS
    for word in ("has", "log", "rob", "fir", "bum", "rum", "duh", "oak"):  # everyday words the grammar never uses
        assert not english.is_word(word) and english.is_known(word), word
    assert english.is_known("dan") and english.is_name("dan") and not english.is_name("log")
    assert 5000 < len(common_words.WORDS) < 20000  # a modest list, no dictionary of every rare word


def test_the_list_holds_no_string_that_is_only_an_abbreviation_or_a_numeral():
    short = {w for w in common_words.WORDS if len(w) <= 3}
    assert not {w for w in short if not re.search("[aeiouy]", w)}  # "ct", "mph"
    assert not short & {"esp", "etc", "iv", "xii", "b", "c"}
    assert all(re.fullmatch("[a-z]+", w) for w in common_words.WORDS | common_words.NAMES)
    assert not common_words.NAMES & common_words.WORDS


def test_the_vocabularys_names_stay_names():
    # a decoding calls "grace" a name as before, though "grace" is a common word too
    for name in english.NAMES:
        assert english.is_name(name) == (name not in english._common_words())
