"""Loading the content files into the database: idempotent, and never silently over a coach's edits."""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.db import transaction

from . import contentfiles
from .models import Article, Work


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


@transaction.atomic
def load(content_dir: Path, force: bool = False) -> Report:
    """Validate everything first (a broken file changes nothing), then create or update what changed.

    An article a coach edited in the admin since the last load keeps the coach's version, and the report
    lists it; `force` lets the files win.
    """
    problems = contentfiles.validate(content_dir)
    if problems:
        raise ContentError(problems)
    report = Report()
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
    for language in contentfiles.LANGUAGES:
        for document in contentfiles.articles(content_dir, language):
            name = f"{language}/library/{document.path.name}"
            article = Article.objects.filter(slug=document.meta["slug"], language=language).first()
            if article is not None and article.source_digest == document.digest and not force:
                report.unchanged.append(name)
                continue
            if article is not None and article.edited_since_loading() and not force:
                report.kept_edits.append(name)
                continue
            created = article is None
            article = article or Article(slug=document.meta["slug"], language=language)
            article.title = document.meta["title"]
            article.summary = document.meta.get("summary", "")
            article.minutes = int(document.meta.get("minutes", 5))
            article.topics = list(document.meta.get("topics") or [])
            article.body = document.body
            article.source_digest = document.digest
            article.loaded_digest = article.content_digest()
            article.save()
            article.works.set([works[key] for key in document.meta.get("bibliography") or []])
            (report.created if created else report.updated).append(name)
    return report
