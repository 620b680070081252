"""Readable English phrases from a small shipped grammar, and the word list that checks them.

Cipher plaintexts must read as English ("the old fox hid the key under the bridge")
and vary enough that 100k problems rarely repeat; the solver checks that a decoding
"reads as English" by finding every word here. Everything is in this file: nothing
is downloaded. What it leaves out: punctuation, capitals, digits, and any claim to
cover English (WORDS is only the vocabulary the grammar can produce).
"""

from __future__ import annotations

import random

from slowthink.core import common_words

NOUNS = """
fox dog cat bird horse owl bear mouse fish goat sheep duck frog crow hawk snake lion tiger rabbit deer
lamp key door gate box map ship boat train road river hill tree house tower bridge garden field forest
lake castle village market kitchen window table chair book letter candle clock coin ring crown sword
shield bell drum flag rope ladder basket bottle cup bowl plate bread apple cake cheese honey stone rock
shell feather flower rose seed cloud star moon sun storm wind rain snow fire shadow mirror song story
secret message signal code puzzle question answer plan friend sister brother teacher doctor farmer
sailor baker king queen knight guard captain child girl boy pilot driver painter singer dancer hunter
soldier merchant wizard giant dragon robot engine wheel hammer needle blanket pillow carpet jacket hat
boot glove umbrella ticket parcel wagon cart barn mill well fountain statue temple palace cave island
valley desert meadow harbor station library museum school office cottage cabin camp tent trail path
""".split()

ADJECTIVES = """
red blue green yellow purple orange black white grey brown old young small big tall little quiet loud
bright dark cold warm soft hard quick slow happy sad brave clever gentle golden silver wooden heavy
empty full hidden secret ancient strange tiny huge lucky hungry sleepy busy calm wild shiny dusty
broken narrow wide long short sharp sweet fresh clean proud kind shy lazy rusty frozen misty sunny
rainy noisy curious friendly honest patient careful humble eager famous lonely silent distant lost
""".split()

# (base form, past tense) of verbs that take an object
TRANSITIVE = [tuple(pair.split("/")) for pair in """
find/found open/opened close/closed carry/carried hide/hid paint/painted fix/fixed bring/brought take/took
keep/kept follow/followed watch/watched clean/cleaned build/built break/broke move/moved lift/lifted
push/pushed pull/pulled catch/caught draw/drew write/wrote sell/sold buy/bought send/sent light/lit
check/checked mend/mended count/counted guard/guarded visit/visited cross/crossed climb/climbed fill/filled
wash/washed seal/sealed hold/held lose/lost see/saw meet/met leave/left call/called lock/locked burn/burned
grab/grabbed drop/dropped pack/packed feed/fed chase/chased sketch/sketched borrow/borrowed weigh/weighed
""".split()]

# (base form, past tense) of verbs that stand alone
INTRANSITIVE = [tuple(pair.split("/")) for pair in """
run/ran walk/walked sleep/slept wait/waited sing/sang swim/swam jump/jumped rest/rested fall/fell sit/sat
stand/stood dance/danced laugh/laughed smile/smiled shine/shone glow/glowed drift/drifted float/floated
vanish/vanished return/returned arrive/arrived stop/stopped turn/turned roll/rolled fly/flew rise/rose
wander/wandered hum/hummed work/worked listen/listened hurry/hurried whisper/whispered
""".split()]

PREPOSITIONS = """
in on under near behind beside across over by inside past around below above through along into from
beyond toward
""".split()

NAMES = """
anna ben clara david emma felix grace hugo iris jack kate leo maya nina omar paul rosa sam tom vera will
zoe ada max lily noah ella finn ruby oscar ivy jonas lena mia otto pia sara theo adam eva
""".split()

ADVERBS = """
quickly slowly quietly softly gently carefully happily bravely early late again together alone away
home tonight today tomorrow soon now proudly calmly boldly nervously silently suddenly twice once
""".split()

TIMES = ["at dawn", "at noon", "at dusk", "at midnight", "at sunrise", "at sunset", "after dinner",
         "before lunch", "at six", "at nine", "at seven", "at ten", "on monday", "on tuesday", "on friday",
         "on saturday", "on sunday", "this morning", "this evening", "next week", "last night", "every morning",
         "before dawn", "after school", "after the storm", "before the bell", "before the rain", "after the party"]

NUMBERS = "two three four five six seven eight nine ten eleven twelve".split()
SUBJECT_PRONOUNS = "i we they he she you".split()
OBJECT_PRONOUNS = "me us them him her it".split()
POSSESSIVES = "my our your his her their".split()
CONJUNCTIONS = ["and", "but", "then", "so", "while", "because", "and then", "until"]
GLUE = "the a an this that these those some is was are were will do not at of to there here what".split()

_IRREGULAR_PLURALS = {"mouse": "mice", "sheep": "sheep", "fish": "fish", "deer": "deer", "child": "children",
                      "knife": "knives", "shelf": "shelves", "wolf": "wolves", "leaf": "leaves"}


def plural(noun: str) -> str:
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _common_words() -> frozenset[str]:
    """Every word the grammar can produce but its names."""
    words = set(NOUNS) | {plural(n) for n in NOUNS} | set(ADJECTIVES) | set(PREPOSITIONS)
    words |= {w for pair in TRANSITIVE + INTRANSITIVE for w in pair} | set(ADVERBS) | set(NUMBERS)
    words |= {w for phrase in TIMES + CONJUNCTIONS for w in phrase.split()}
    words |= set(SUBJECT_PRONOUNS) | set(OBJECT_PRONOUNS) | set(POSSESSIVES) | set(GLUE)
    return frozenset(words)


WORDS: frozenset[str] = _common_words() | frozenset(NAMES)  # every word the grammar can produce
# names that are nothing else: a decoding check calls "sam" a name, not "an ordinary English word" (and "dan",
# a common name the grammar never uses, is a name too)
ONLY_NAMES: frozenset[str] = (frozenset(NAMES) | common_words.NAMES) - _common_words()
# what a careful reader recognises as a word or a name: the vocabulary and the common words and names beyond it
# ("has", "log", "dan"), so that trying shifts by hand, a real word that turns up is noticed
KNOWN: frozenset[str] = WORDS | common_words.WORDS | common_words.NAMES
# the lower-case words of that: a string said to be "not a word" must not be one of these
COMMON: frozenset[str] = _common_words() | common_words.WORDS


def is_word(word: str) -> bool:
    """A word of the grammar's vocabulary (what a generated plaintext is made of)."""
    return word in WORDS


def is_known(word: str) -> bool:
    """A word or name a careful reader recognises, in the vocabulary or beyond it (`common_words`)."""
    return word in KNOWN


def is_name(word: str) -> bool:
    return word in ONLY_NAMES


# ---------------------------------------------------------------- the grammar

def _article(rng: random.Random, next_word: str) -> str:
    choice = rng.random()
    if choice < 0.55:
        return "the"
    if choice < 0.75:
        return "an" if next_word[0] in "aeiou" else "a"
    return rng.choice(POSSESSIVES + ["this", "that"])


def noun_phrase(rng: random.Random, plural_ok: bool = True) -> tuple[list[str], bool]:
    """Words of a noun phrase and whether it is plural ("three brown foxes", "the key")."""
    noun = rng.choice(NOUNS)
    adjectives = [rng.choice(ADJECTIVES)] if rng.random() < 0.55 else []
    adjectives = [a for a in adjectives if a != noun]  # "secret" is both: never "a secret secret"
    if plural_ok and rng.random() < 0.25:
        head = rng.choice(NUMBERS + ["the", "some", "these", "those"] + POSSESSIVES)
        return [head, *adjectives, plural(noun)], True
    body = [*adjectives, noun]
    return [_article(rng, body[0]), *body], False


def _subject(rng: random.Random) -> tuple[list[str], bool]:
    roll = rng.random()
    if roll < 0.25:
        return [rng.choice(NAMES)], False
    if roll < 0.4:
        pronoun = rng.choice(SUBJECT_PRONOUNS)
        return [pronoun], pronoun in ("we", "they", "you")
    return noun_phrase(rng)


def _object(rng: random.Random) -> list[str]:
    roll = rng.random()
    if roll < 0.1:
        return [rng.choice(OBJECT_PRONOUNS)]
    if roll < 0.2:
        return [rng.choice(NAMES)]
    return noun_phrase(rng)[0]


def _place(rng: random.Random) -> list[str]:
    return [rng.choice(PREPOSITIONS), *noun_phrase(rng, plural_ok=False)[0]]


def _tail(rng: random.Random) -> list[str]:
    roll = rng.random()
    if roll < 0.35:
        return _place(rng)
    if roll < 0.5:
        return rng.choice(TIMES).split()
    if roll < 0.65:
        return [rng.choice(ADVERBS)]
    return []


def clause(rng: random.Random) -> list[str]:
    """One clause: a statement, an order, a description or a warning."""
    roll = rng.random()
    if roll < 0.4:
        subject, _ = _subject(rng)
        return [*subject, rng.choice(TRANSITIVE)[1], *_object(rng), *_tail(rng)]
    if roll < 0.6:
        subject, _ = _subject(rng)
        return [*subject, rng.choice(INTRANSITIVE)[1], *_tail(rng)]
    if roll < 0.75:
        return [rng.choice(TRANSITIVE)[0], *_object(rng), *_tail(rng)]
    if roll < 0.85:
        subject, many = noun_phrase(rng)
        verb = rng.choice(["are", "were"] if many else ["is", "was"])
        return [*subject, verb, rng.choice(ADJECTIVES)]
    if roll < 0.93:
        return ["do", "not", rng.choice(TRANSITIVE)[0], *noun_phrase(rng)[0]]
    return [rng.choice(INTRANSITIVE)[0], *_place(rng), *(rng.choice(TIMES).split() if rng.random() < 0.5 else [])]


def phrase(rng: random.Random, min_words: int, max_words: int) -> str:
    """A phrase of min_words..max_words words: clauses joined by conjunctions until long enough."""
    if max_words < 2:
        return rng.choice(NOUNS + ADJECTIVES)
    for _ in range(200):
        words = clause(rng)
        while len(words) < min_words:
            words += rng.choice(CONJUNCTIONS).split() + clause(rng)
        if len(words) <= max_words:
            return " ".join(words)
    # a narrow window the clauses keep missing: pad a short clause with adverbs instead
    words = clause(rng)[:max_words]
    while len(words) < min_words:
        words.append(rng.choice(ADVERBS))
    return " ".join(words)
