"""How rules, cues and the model meet in the engine."""

import numpy as np

from eerstestap.analysis import engine, rules
from eerstestap.analysis.model import LABELS

VIOLENCE = LABELS.index("safety_violence")


def test_safety_cues_stay_with_their_language():
    # English "die" is a Dutch pronoun, Dutch "last" an English adverb: neither may count as a cue in the other.
    assert "safety_selfharm" not in rules.match_all("Ik weet niet wie die man is.", "nl")[1]
    assert "safety_selfharm" not in rules.match_all("We had dinner at last.", "en")[1]
    assert "safety_selfharm" in rules.match_all("Sometimes I want to die.", "en")[1]
    assert "safety_selfharm" in rules.match_all("Soms wil ik dood.", "nl")[1]


class PassageModel:
    """Stands in for the trained model: a passage is safety-like only when it holds the word "trap"."""

    def probabilities(self, texts, cues=None):
        rows = np.zeros((len(texts), len(LABELS)))
        rows[:, VIOLENCE] = [0.95 if "trap" in text else 0.1 for text in texts]
        return rows


def long_entry(marked: bool) -> str:
    ordinary = "We aten soep en de kinderen speelden nog even buiten in de tuin met de hond van de buren. "
    middle = "Hij duwde me van de trap. " if marked else "Ik las een boek op de bank. "
    return ordinary * 3 + middle + ordinary * 3


def localised(text: str, probability: float) -> float:
    probs = [0.0] * len(LABELS)
    probs[VIOLENCE] = probability
    prepared = engine._rule_pass(text, "nl")
    prepared[1][:] = [{} for _ in prepared[1]]  # as if no rule had fired: only the model speaks
    engine._localise_safety([(text, prepared, probs)], PassageModel())
    return probs[VIOLENCE]


def test_a_long_entry_keeps_the_model_safety_score_its_best_passage_supports():
    assert localised(long_entry(marked=True), 0.92) == 0.92


def test_many_harmless_words_in_a_long_entry_cannot_add_up_to_a_safety_label():
    assert localised(long_entry(marked=False), 0.92) == 0.1


def test_short_texts_are_judged_whole():
    assert localised("Ik las een boek op de bank.", 0.92) == 0.92
