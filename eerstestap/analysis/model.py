"""The analyser's result types: plain data, easy to serialise."""

from dataclasses import asdict, dataclass, field

TRAP_LABELS = (
    "waiting",
    "self_silencing",
    "reproach",
    "mind_reading",
    "hopelessness",
    "generalizing",
    "should",
    "pursue",
    "withdraw",
)
GROWTH_LABELS = ("need", "boundary", "self_focus")
SAFETY_LABELS = ("safety_violence", "safety_selfharm")
LABELS = TRAP_LABELS + GROWTH_LABELS + SAFETY_LABELS


@dataclass
class LabelHit:
    label: str
    score: float
    spans: list[tuple[int, int]]  # character offsets in the whole text
    source: str  # "rule", "model" or "rule+model": why the label is there
    explanation_key: str = ""

    def __post_init__(self):
        self.explanation_key = self.explanation_key or f"pattern.{self.label}"


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    labels: list[LabelHit] = field(default_factory=list)


@dataclass
class Analysis:
    lang: str
    sentences: list[Sentence]
    version: str

    @property
    def labels(self) -> list[str]:
        """The union of the sentences' labels, in the fixed label order."""
        found = {hit.label for sentence in self.sentences for hit in sentence.labels}
        return [label for label in LABELS if label in found]

    @property
    def has_safety(self) -> bool:
        return any(label in SAFETY_LABELS for label in self.labels)

    def to_dict(self) -> dict:
        """The JSON shape of the public contract (see ANALYSIS.md)."""
        return {
            "lang": self.lang,
            "version": self.version,
            "labels": self.labels,
            "sentences": [
                {
                    "text": s.text,
                    "start": s.start,
                    "end": s.end,
                    "labels": [
                        {
                            "label": h.label,
                            "score": round(h.score, 3),
                            "spans": [list(span) for span in h.spans],
                            "source": h.source,
                        }
                        for h in s.labels
                    ],
                }
                for s in self.sentences
            ],
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Analysis":
        sentences = [
            Sentence(
                s["text"],
                s["start"],
                s["end"],
                [
                    LabelHit(h["label"], h["score"], [tuple(x) for x in h["spans"]], h.get("source", "rule"))
                    for h in s["labels"]
                ],
            )
            for s in data["sentences"]
        ]
        return cls(data["lang"], sentences, data.get("version", ""))


def as_plain(analysis: Analysis) -> dict:
    return asdict(analysis)
