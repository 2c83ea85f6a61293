"""Training and evaluation on the team's corpus."""

from importlib import resources
from pathlib import Path

from . import classifier, corpus
from .evaluate import Scores, score


def _rules_only(text: str, lang: str) -> set[str]:
    return classifier.rules_found(text, lang)


def evaluate_split(split: str = "test", rules_only: bool = False) -> dict[str, Scores]:
    from .engine import analyse_many

    results = {}
    for lang in ("nl", "en"):
        examples = corpus.load(split, lang)
        if not examples:
            continue
        if rules_only:
            predicted = [_rules_only(e.text, lang) for e in examples]
        else:
            predicted = [set(a.labels) for a in analyse_many([e.text for e in examples], lang)]
        results[lang] = score([set(e.labels) for e in examples], predicted)
    return results


def evaluate_file(path: Path) -> dict[str, Scores]:
    """Scores on any labelled JSON-lines file ({"text", "labels"}, optional "lang"), analysed as `analyse --jsonl`
    does: without a language hint. Texts are grouped by their "lang" field, else by the detected language."""
    import json

    from .engine import analyse_many

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    analyses = analyse_many([row["text"] for row in rows])
    grouped: dict[str, tuple[list, list]] = {}
    for row, analysis in zip(rows, analyses, strict=True):
        truth, predicted = grouped.setdefault(row.get("lang") or analysis.lang, ([], []))
        truth.append(set(row["labels"]))
        predicted.append(set(analysis.labels))
    return {lang: score(truth, predicted) for lang, (truth, predicted) in sorted(grouped.items())}


def train_and_save() -> None:
    examples = corpus.load("train")
    print(f"training on {len(examples)} examples ...")
    bundle = classifier.train(examples)
    folder = Path(str(resources.files("eerstestap.analysis").joinpath("data/model")))
    classifier.save(bundle, folder, corpus.fingerprint(), {})
    scores = {lang: s.as_dict() for lang, s in evaluate_split("test").items()}
    classifier.save(bundle, folder, corpus.fingerprint(), scores)
    from .evaluate import format_table

    for lang, s in evaluate_split("test").items():
        print(format_table(f"== {lang} (test split)", s))
    print(f"written: {folder / 'analyser.joblib'} and metadata.json")
