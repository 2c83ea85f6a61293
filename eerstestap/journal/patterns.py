"""Pattern cards: what the analyser found, explained in the person's language (content/<lang>/patterns.yaml)."""

from dataclasses import dataclass
from functools import lru_cache

import yaml
from django.conf import settings

from eerstestap.analysis import SAFETY_LABELS, Analysis
from eerstestap.library.links import resolve

from .highlight import highlighted


@dataclass
class Card:
    label: str
    kind: str
    title: str
    explanation: str
    question: str
    link_text: str
    url: str | None
    words: list[str]


@lru_cache(maxsize=4)
def _cards(language: str) -> dict:
    path = settings.CONTENT_DIR / language / "patterns.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["cards"]


def cards_for(analysis: Analysis, text: str, language: str) -> list[Card]:
    """Cards for the labels found, safety first.

    When a safety label is present, only the safety cards are shown: advice to change your own steps is
    wrong for someone who is not safe, so the entry is not framed as "your pattern".
    """
    texts = _cards(language if language in ("nl", "en") else "nl")
    labels = analysis.labels
    if any(label in SAFETY_LABELS for label in labels):
        labels = [label for label in labels if label in SAFETY_LABELS]
    cards = []
    for label in sorted(labels, key=lambda lb: (lb not in SAFETY_LABELS, analysis.labels.index(lb))):
        entry = texts[label]
        words = [text[a:b] for s in analysis.sentences for hit in s.labels if hit.label == label for a, b in hit.spans]
        cards.append(
            Card(
                label,
                entry["kind"],
                entry["title"],
                entry["explanation"],
                entry["question"],
                entry["link_text"],
                resolve(entry["link"]),
                list(dict.fromkeys(words))[:4],
            )
        )
    return cards


def cards_with_highlights(analysis: Analysis, text: str, language: str) -> tuple[list[Card], str]:
    """The cards and the text with their words marked, numbered alike so a mark points to its card."""
    cards = cards_for(analysis, text, language)
    numbers = {card.label: n for n, card in enumerate(cards, start=1)}
    return cards, highlighted(text, analysis, set(numbers), numbers)
