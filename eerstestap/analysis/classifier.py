"""The trained layer: a linear model on word-lemma and character n-grams plus the rules' verdicts.

It adds recall where the rules miss and learns how far to trust each rule. Trained by
`eerstestap analysis train` from the corpus; deterministic (fixed solver, no randomness).
"""

import json
import platform
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from . import rules
from .model import LABELS, SAFETY_LABELS
from .text import TOKEN, lemma

ARTEFACT = "data/model/analyser.joblib"
METADATA = "data/model/metadata.json"


def lemma_text(text: str, lang: str) -> str:
    return " ".join(lemma(word, lang) for word in TOKEN.findall(text.lower()))


def rules_found(text: str, lang: str) -> set[str]:
    """The labels the rule layer finds in any sentence of the text."""
    from .text import split_sentences

    ruleset = rules.rule_set(lang)
    found: set[str] = set()
    for start, end in split_sentences(text, lang):
        found |= set(rules.match_sentence(text[start:end], ruleset)) | set(rules.match_safety(text[start:end]))
    return found


def cue_features(texts: list[str]) -> sp.csr_matrix:
    """One column per safety label: 1 when a broad safety cue occurs in the text."""
    rows = [[1.0 if label in rules.match_cues(text) else 0.0 for label in SAFETY_LABELS] for text in texts]
    return sp.csr_matrix(np.array(rows, dtype=np.float64).reshape(len(texts), len(SAFETY_LABELS)))


@dataclass
class LanguageModel:
    lang: str
    words: object
    chars: object
    classifiers: dict  # label -> fitted LogisticRegression (or None when the label never occurs)
    thresholds: dict = field(default_factory=dict)

    def features(self, texts: list[str]) -> sp.csr_matrix:
        """Lemma and character n-grams and the broad safety cues. The rules' verdicts are left out on purpose:
        the rules were written while reading the train split, so the model would learn to trust them more
        than they deserve on texts by others. Rules and model meet in the decision instead (engine._decide)."""
        lemmas = [lemma_text(t, self.lang) for t in texts]
        blocks = [self.words.transform(lemmas)]
        if self.chars is not None:
            blocks.append(self.chars.transform([t.lower() for t in texts]))
        blocks.append(cue_features(texts))
        return sp.hstack(blocks, format="csr")

    def probabilities(self, texts: list[str]) -> np.ndarray:
        matrix = self.features(texts)
        columns = []
        for label in LABELS:
            model = self.classifiers.get(label)
            columns.append(model.predict_proba(matrix)[:, 1] if model is not None else np.zeros(len(texts)))
        return np.vstack(columns).T

    def word_weights(self, label: str) -> dict[str, float]:
        """Positive weights of single lemmas for a label: which words made the model decide (computed once)."""
        cache = self.__dict__.setdefault("_weights", {})
        if label not in cache:
            model = self.classifiers.get(label)
            weights = {}
            if model is not None:
                coef = model.coef_[0]
                weights = {
                    term: float(coef[index])
                    for term, index in self.words.vocabulary_.items()
                    if " " not in term and coef[index] > 0
                }
            cache[label] = weights
        return cache[label]


@dataclass
class Bundle:
    models: dict  # lang -> LanguageModel
    metadata: dict

    def for_lang(self, lang: str) -> LanguageModel | None:
        return self.models.get(lang)


_cache: dict[str, Bundle | None] = {}


def load_bundle(path: Path | None = None) -> Bundle | None:
    """The trained artefact, loaded once per process (well under a second); None if it was never trained."""
    import joblib

    key = str(path or "")
    if key not in _cache:
        target = path or Path(str(resources.files("eerstestap.analysis").joinpath(ARTEFACT)))
        _cache[key] = joblib.load(target) if Path(target).exists() else None
    return _cache[key]


def _fit_language(examples, lang: str, c: float = 8.0, use_chars: bool = True) -> LanguageModel:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [e.text for e in examples]
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"\S+")
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=80_000)
    words.fit([lemma_text(t, lang) for t in texts])
    if use_chars:
        chars.fit([t.lower() for t in texts])
    model = LanguageModel(lang, words, chars if use_chars else None, {})
    matrix = model.features(texts)
    for label in LABELS:
        target = np.array([label in e.labels for e in examples])
        if target.sum() < 3:
            model.classifiers[label] = None
            continue
        classifier = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=2000)
        classifier.fit(matrix, target)
        model.classifiers[label] = classifier
    return model


def _best_threshold(label: str, truth: np.ndarray, probs: np.ndarray) -> float:
    """The threshold with the best cross-validated F-score of the model.

    For safety recall counts twice as much as precision (F2): a false alarm costs little, a miss costs much.
    """
    candidates = np.arange(0.05, 0.86, 0.025)
    beta = 2.0 if label in SAFETY_LABELS else 1.0
    best, best_f = 0.5, -1.0
    for threshold in candidates:
        predicted = probs >= threshold
        tp = float((predicted & truth).sum())
        precision = tp / max(predicted.sum(), 1)
        recall = tp / max(truth.sum(), 1)
        f_beta = (1 + beta**2) * precision * recall / max(beta**2 * precision + recall, 1e-9)
        if f_beta > best_f + 1e-9:
            best, best_f = float(threshold), f_beta
    return round(best, 3)


USE_CHARS = True


def train(examples, folds: int = 5) -> Bundle:
    """Fit one model per language; thresholds per label come from cross-validated predictions."""
    models, report = {}, {}
    for lang in ("nl", "en"):
        subset = [e for e in examples if e.lang == lang]
        if not subset:
            continue
        cv_probs = np.zeros((len(subset), len(LABELS)))
        for fold in range(folds):
            train_part = [e for i, e in enumerate(subset) if i % folds != fold]
            held = [i for i in range(len(subset)) if i % folds == fold]
            fold_model = _fit_language(train_part, lang, use_chars=USE_CHARS)
            cv_probs[held] = fold_model.probabilities([subset[i].text for i in held])
        model = _fit_language(subset, lang, use_chars=USE_CHARS)
        for j, label in enumerate(LABELS):
            truth = np.array([label in e.labels for e in subset])
            model.thresholds[label] = _best_threshold(label, truth, cv_probs[:, j])
        models[lang] = model
        report[lang] = {"examples": len(subset), "thresholds": model.thresholds}
    metadata = {"trained_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "languages": report}
    return Bundle(models, metadata)


def save(bundle: Bundle, folder: Path, corpus_hash: str, scores: dict) -> None:
    import joblib
    import scipy
    import simplemma
    import sklearn

    folder.mkdir(parents=True, exist_ok=True)
    joblib.dump(bundle, folder / "analyser.joblib", compress=3)
    metadata = {
        **bundle.metadata,
        "corpus_sha256": corpus_hash,
        "versions": {
            "python": platform.python_version(),
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "simplemma": simplemma.__version__,
        },
        "scores": scores,
    }
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    _cache.clear()
