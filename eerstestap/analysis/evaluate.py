"""Per-label precision, recall and F1, and macro-F1 over the 14 labels."""

from dataclasses import dataclass

from .model import LABELS, SAFETY_LABELS


@dataclass
class Scores:
    per_label: dict[str, dict[str, float]]
    macro_f1: float
    safety: dict[str, float]
    texts: int = 0

    def as_dict(self) -> dict:
        return {
            "texts": self.texts,
            "macro_f1": round(self.macro_f1, 4),
            "safety": self.safety,
            "per_label": self.per_label,
        }


def score(truth: list[set[str]], predicted: list[set[str]]) -> Scores:
    per_label = {}
    for label in LABELS:
        tp = sum(1 for t, p in zip(truth, predicted, strict=True) if label in t and label in p)
        fp = sum(1 for t, p in zip(truth, predicted, strict=True) if label not in t and label in p)
        fn = sum(1 for t, p in zip(truth, predicted, strict=True) if label in t and label not in p)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": tp + fn,
        }
    present = [label for label in LABELS if per_label[label]["support"]]
    macro = sum(per_label[label]["f1"] for label in present) / max(len(present), 1)
    # Safety as one question: does the text carry any safety label, and did we say so?
    t_any = [bool(t & set(SAFETY_LABELS)) for t in truth]
    p_any = [bool(p & set(SAFETY_LABELS)) for p in predicted]
    tp = sum(1 for t, p in zip(t_any, p_any, strict=True) if t and p)
    safety = {
        "recall": round(tp / max(sum(t_any), 1), 4),
        "precision": round(tp / max(sum(p_any), 1), 4),
        "texts": sum(t_any),
        "found": tp,
        "flagged": sum(p_any),
    }
    return Scores(per_label, macro, safety, len(truth))


def format_table(name: str, scores: Scores) -> str:
    lines = [f"{name}, {scores.texts} texts", f"{'label':<17}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}"]
    for label, row in scores.per_label.items():
        lines.append(f"{label:<17}{row['precision']:>10.3f}{row['recall']:>10.3f}{row['f1']:>10.3f}{row['support']:>9}")
    lines.append(f"{'macro-F1':<17}{scores.macro_f1:>30.3f}")
    # From the counts: the stored figures are rounded to four places, and rounding twice can move the third.
    safety = scores.safety
    found, texts, flagged = safety["found"], safety["texts"], safety["flagged"]
    lines.append(
        f"safety (any safety label): recall {found / max(texts, 1):.3f} ({found} of {texts}), "
        f"precision {found / max(flagged, 1):.3f} ({found} of {flagged})"
    )
    return "\n".join(lines)
