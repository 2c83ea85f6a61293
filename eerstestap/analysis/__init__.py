"""Eerste Stap's pattern analyser: plain Python, no Django. See ANALYSIS.md in the team's notes.

from eerstestap.analysis import analyse
result = analyse("Ik wacht al weken tot hij eens begint.")
result.labels            # ["waiting"]
result.to_dict()         # the JSON contract
"""

from .engine import MAX_CHARS, TextTooLong, analyse, analyse_many, version
from .model import GROWTH_LABELS, LABELS, SAFETY_LABELS, TRAP_LABELS, Analysis, LabelHit, Sentence

__all__ = [
    "GROWTH_LABELS",
    "LABELS",
    "MAX_CHARS",
    "SAFETY_LABELS",
    "TRAP_LABELS",
    "Analysis",
    "LabelHit",
    "Sentence",
    "TextTooLong",
    "analyse",
    "analyse_many",
    "version",
]
