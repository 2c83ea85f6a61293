"""The analyser's quality on the held-out test split may rise, never fall (corpus/baseline.json)."""

import json
from importlib import resources

import pytest

from eerstestap.analysis import corpus
from eerstestap.analysis.model import LABELS
from eerstestap.analysis.training import evaluate_split

TOLERANCE = 0.005


def baseline() -> dict:
    return json.loads(resources.files("eerstestap.analysis").joinpath("corpus/baseline.json").read_text())


def test_the_corpus_is_big_and_balanced_enough():
    examples = corpus.load()
    for lang, minimum_texts, minimum_per_label in (("nl", 2000, 80), ("en", 1000, 40)):
        subset = [e for e in examples if e.lang == lang]
        assert len(subset) >= minimum_texts
        for label in LABELS:
            assert sum(label in e.labels for e in subset) >= minimum_per_label, (lang, label)
        assert sum(not e.labels for e in subset) >= len(subset) / 4 - 1


def test_ids_are_unique():
    ids = [e.id for e in corpus.load()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_quality_on_the_test_split_does_not_fall_below_the_baseline(lang):
    recorded = baseline()[lang]
    scores = evaluate_split("test")[lang]
    assert scores.macro_f1 >= recorded["macro_f1"] - TOLERANCE, scores.macro_f1
    assert scores.safety["recall"] >= recorded["safety_recall"] - TOLERANCE, scores.safety
