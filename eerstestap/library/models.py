import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _


class Work(models.Model):
    """A work the content draws on (cited, never quoted at length)."""

    key = models.SlugField(unique=True)
    authors = models.JSONField(default=list)
    year = models.PositiveIntegerField()
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["authors", "year"]
        verbose_name = _("work")
        verbose_name_plural = _("bibliography")

    def __str__(self) -> str:
        return self.citation()

    def citation(self) -> str:
        """Author(s) (year). Title. Publisher."""
        authors = " & ".join(self.authors)
        publisher = f" {self.publisher}." if self.publisher else ""
        return f"{authors} ({self.year}). {self.title}.{publisher}"


class Article(models.Model):
    """A short article of the library, in one language; loaded from content files, editable by a coach."""

    slug = models.SlugField()
    language = models.CharField(max_length=8, choices=[("nl", "Nederlands"), ("en", "English")])
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=400)
    minutes = models.PositiveSmallIntegerField(_("reading time in minutes"), default=5)
    topics = models.JSONField(default=list, blank=True)
    body = models.TextField(_("text (Markdown)"))
    works = models.ManyToManyField(Work, blank=True, related_name="articles")
    source_digest = models.CharField(max_length=64, blank=True, editable=False)
    loaded_digest = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["language", "title"]
        constraints = [models.UniqueConstraint(fields=["slug", "language"], name="one_article_per_language")]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"

    def content_digest(self) -> str:
        """A fingerprint of what a coach can edit; compared with the one at loading to see edits."""
        text = "\x1f".join([self.title, self.summary, str(self.minutes), self.body])
        return hashlib.sha256(text.encode()).hexdigest()

    def edited_since_loading(self) -> bool:
        """True when a coach changed the article in the admin after the last load from the files."""
        return bool(self.loaded_digest) and self.content_digest() != self.loaded_digest
