"""Loading the content files into the database: idempotent, and never silently over a coach's edits.

Every loaded row remembers the file it came from (`source_digest`) and its editable fields as loaded
(`loaded_digest`). An unchanged file is skipped; a changed file updates the row, unless a coach edited the row
in the admin since the last load: then the coach's version stays and the report says so (`--force` lets the
files win).
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.db import transaction

from eerstestap.challenge.models import ChallengeDay
from eerstestap.training.models import Lesson, Module

from . import contentfiles
from .models import Article, Page, Work


@dataclass
class Report:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_edits: list[str] = field(default_factory=list)


class ContentError(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class _Loader:
    content_dir: Path
    force: bool
    report: Report
    works: dict

    def sync(self, model, lookup: dict, document: contentfiles.Document, values: dict):
        """Create or update one row from one file; returns the row and whether it was written."""
        name = str(document.path.relative_to(self.content_dir))
        item = model.objects.filter(**lookup).first()
        if item is not None and not self.force:
            if item.source_digest == document.digest:
                self.report.unchanged.append(name)
                return item, False
            if item.edited_since_loading():
                self.report.kept_edits.append(name)
                return item, False
        created = item is None
        item = item or model(**lookup)
        for attribute, value in values.items():
            setattr(item, attribute, value)
        item.source_digest = document.digest
        item.loaded_digest = item.content_digest()
        item.save()
        if "bibliography" in document.meta and hasattr(item, "works"):
            item.works.set([self.works[key] for key in document.meta.get("bibliography") or []])
        (self.report.created if created else self.report.updated).append(name)
        return item, True

    def load_language(self, language: str) -> None:
        for programme in ("training", "challenge"):
            document = contentfiles.intro(self.content_dir, language, programme)
            meta = document.meta
            self.sync(
                Page,
                {"key": programme, "language": language},
                document,
                {"title": meta["title"], "summary": meta.get("summary", ""), "body": document.body},
            )
        for module_document, lesson_documents in contentfiles.training(self.content_dir, language):
            meta = module_document.meta
            module, _ = self.sync(
                Module,
                {"slug": meta["slug"], "language": language},
                module_document,
                {
                    "order": meta["order"],
                    "title": meta["title"],
                    "summary": meta["summary"],
                    "body": module_document.body,
                },
            )
            for document in lesson_documents:
                meta, exercise = document.meta, document.meta["exercise"]
                self.sync(
                    Lesson,
                    {"module": module, "slug": meta["slug"]},
                    document,
                    {
                        "order": meta["order"],
                        "title": meta["title"],
                        "minutes": int(meta["minutes"]),
                        "couple_exercise": bool(meta.get("couple_exercise")),
                        "exercise_kind": exercise["kind"],
                        "exercise_tool": exercise.get("tool", ""),
                        "exercise_prompt": exercise["prompt"],
                        "body": document.body,
                    },
                )
        for document in contentfiles.challenge_days(self.content_dir, language):
            meta = document.meta
            self.sync(
                ChallengeDay,
                {"day": meta["day"], "language": language},
                document,
                {"title": meta["title"], "step": meta["step"], "reflection": meta["reflection"], "body": document.body},
            )
        for document in contentfiles.articles(self.content_dir, language):
            meta = document.meta
            self.sync(
                Article,
                {"slug": meta["slug"], "language": language},
                document,
                {
                    "title": meta["title"],
                    "summary": meta.get("summary", ""),
                    "minutes": int(meta.get("minutes", 5)),
                    "topics": list(meta.get("topics") or []),
                    "body": document.body,
                },
            )


@transaction.atomic
def load(content_dir: Path, force: bool = False) -> Report:
    """Validate everything first (a broken file changes nothing), then create or update what changed."""
    problems = contentfiles.validate(content_dir)
    if problems:
        raise ContentError(problems)
    bibliography = yaml.safe_load((content_dir / "bibliography.yaml").read_text(encoding="utf-8")) or {}
    works = {}
    for key, data in bibliography.items():
        works[key], _ = Work.objects.update_or_create(
            key=key,
            defaults={
                "authors": data["authors"],
                "year": data["year"],
                "title": data["title"],
                "publisher": data.get("publisher", ""),
            },
        )
    loader = _Loader(content_dir, force, Report(), works)
    for language in contentfiles.LANGUAGES:
        loader.load_language(language)
    return loader.report
