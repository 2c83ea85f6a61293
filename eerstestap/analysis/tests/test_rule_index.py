"""The literal index only skips work: with or without it, the rules find exactly the same."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eerstestap.analysis import corpus, rules
from eerstestap.analysis.text import split_sentences


def without_index(ruleset: rules.RuleSet) -> rules.RuleSet:
    every_pattern = frozenset((i, j) for i, label in enumerate(ruleset.labels) for j in range(len(label.patterns)))
    return rules.RuleSet(ruleset.lang, ruleset.labels, ruleset.overcome, None, every_pattern)


@pytest.mark.parametrize(
    "expression, expected",
    [
        (r"\bod\b", ((" od ",),)),
        (r"\b(die|dying|dead)\b", ((" dead ", " die ", " dying "),)),
        (r"\b(hit|hits) (me|her)\b", ((" hit her ", " hit me ", " hits her ", " hits me "),)),
        (r"od['’]?d", (("od d", "odd"),)),  # the apostrophe is a non-word character: a space in index form
        (r"\bik (wacht|wachtte)\w*", ((" ik wacht", " ik wachtte"),)),  # no word boundary after: no space there
        (r"\b\w+ (zeg|zei)\b", ((" zeg ", " zei "),)),
        (r"(?:a)?\b", ()),  # nothing required: tried on every sentence
    ],
)
def test_required_strings_carry_the_spaces_of_word_boundaries(expression, expected):
    assert rules.required_literals(expression) == expected


def test_function_words_are_not_chosen_to_index_an_expression():
    # " ik " is in most Dutch sentences; " wacht" says far more
    assert rules.required_literals(r"\bik\b (\w+ )?wacht")[0] == ("wacht",)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_index_changes_nothing_on_the_corpus(lang):
    indexed = rules.combined_set(lang)
    plain = without_index(indexed)
    for example in corpus.load()[::8]:
        for start, end in split_sentences(example.text, lang):
            sentence = example.text[start:end]
            assert rules.match_sentence(sentence, indexed) == rules.match_sentence(sentence, plain), sentence


WORDS = st.sampled_from(
    ["ik", "hij", "he", "me", "wacht", "niet", "meer", "sloeg", "hit", "od", "odd", "'d", "zeg", "niks", "kms", "ex's"]
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=4)), max_size=14), st.sampled_from(["nl", "en"]))
def test_the_index_changes_nothing_on_arbitrary_text(parts, lang):
    sentence = " ".join(parts)
    indexed = rules.combined_set(lang)
    assert rules.match_sentence(sentence, indexed) == rules.match_sentence(sentence, without_index(indexed))
