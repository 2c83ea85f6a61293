"""The team's labelled corpus (corpus/*.jsonl) and its fixed train/test split."""

import hashlib
import json
from dataclasses import dataclass
from importlib import resources

from .model import LABELS


@dataclass(frozen=True)
class Example:
    id: str
    lang: str
    text: str
    labels: frozenset[str]

    @property
    def split(self) -> str:
        """One in five examples is held out for testing, chosen by a hash of the id (stable forever)."""
        return "test" if int(hashlib.sha256(self.id.encode()).hexdigest(), 16) % 5 == 0 else "train"


def corpus_files() -> list:
    folder = resources.files("eerstestap.analysis").joinpath("corpus")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".jsonl")), key=lambda f: f.name)


def load(split: str | None = None, lang: str | None = None) -> list[Example]:
    examples = []
    for path in corpus_files():
        file_lang = "en" if path.name.startswith("en") else "nl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            unknown = set(row["labels"]) - set(LABELS)
            if unknown:
                raise ValueError(f"{row['id']}: unknown labels {unknown}")
            example = Example(row["id"], row.get("lang", file_lang), row["text"], frozenset(row["labels"]))
            if (split is None or example.split == split) and (lang is None or example.lang == lang):
                examples.append(example)
    return examples


def fingerprint() -> str:
    digest = hashlib.sha256()
    for path in corpus_files():
        digest.update(path.read_bytes())
    return digest.hexdigest()
