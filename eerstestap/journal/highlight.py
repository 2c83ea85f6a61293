"""The entry's text with the analyser's spans marked, safe to put in a page."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from eerstestap.analysis import GROWTH_LABELS, SAFETY_LABELS, Analysis


def kind_of(label: str) -> str:
    return "safety" if label in SAFETY_LABELS else "growth" if label in GROWTH_LABELS else "trap"


def highlighted(text: str, analysis: Analysis, shown: set[str], numbers: dict[str, int]) -> SafeString:
    """Escape everything, then wrap marked stretches in <mark> with the card's number (not colour alone)."""
    spans = [
        (a, b, hit.label)
        for s in analysis.sentences
        for hit in s.labels
        if hit.label in shown
        for a, b in hit.spans
        if 0 <= a < b <= len(text)
    ]
    bounds = sorted({0, len(text), *[a for a, _, _ in spans], *[b for _, b, _ in spans]})
    parts = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        piece = escape(text[start:end]).replace("\n", "<br>")
        labels = sorted({label for a, b, label in spans if a <= start and end <= b}, key=lambda lb: numbers[lb])
        if not labels:
            parts.append(piece)
            continue
        kind = kind_of(labels[0])
        refs = ",".join(str(numbers[label]) for label in labels)
        ends_span = any(b == end for _, b, label in spans if label in labels)
        marker = f'<sup class="hl-ref" aria-hidden="true">{refs}</sup>' if ends_span else ""
        parts.append(f'<mark class="hl hl-{kind}" data-cards="{refs}">{piece}</mark>{marker}')
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped
