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


class LoadedFromFiles(models.Model):
    """Content loaded from the files that a coach may edit in the admin.

    `source_digest` fingerprints the file at the last load; `loaded_digest` fingerprints the editable fields
    as loaded. When the fields no longer match `loaded_digest`, a coach edited them, and loading keeps that.
    """

    EDITABLE_FIELDS: tuple[str, ...] = ()

    source_digest = models.CharField(max_length=64, blank=True, editable=False)
    loaded_digest = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        abstract = True

    def content_digest(self) -> str:
        """A fingerprint of what a coach can edit; compared with the one at loading to see edits."""
        text = "\x1f".join(str(getattr(self, name)) for name in self.EDITABLE_FIELDS)
        return hashlib.sha256(text.encode()).hexdigest()

    def edited_since_loading(self) -> bool:
        """True when a coach changed the content in the admin after the last load from the files."""
        return bool(self.loaded_digest) and self.content_digest() != self.loaded_digest


LANGUAGE_CHOICES = [("nl", "Nederlands"), ("en", "English")]


class Page(LoadedFromFiles):
    """An introduction page of a programme (the training, the challenge), in one language."""

    EDITABLE_FIELDS = ("title", "summary", "body")

    key = models.SlugField()
    language = models.CharField(max_length=8, choices=LANGUAGE_CHOICES)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    body = models.TextField(_("text (Markdown)"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "language"], name="one_page_per_language")]
        verbose_name = _("introduction page")
        verbose_name_plural = _("introduction pages")

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"


class Article(LoadedFromFiles):
    """A short article of the library, in one language; loaded from content files, editable by a coach."""

    EDITABLE_FIELDS = ("title", "summary", "minutes", "body")

    slug = models.SlugField()
    language = models.CharField(max_length=8, choices=LANGUAGE_CHOICES)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=400)
    minutes = models.PositiveSmallIntegerField(_("reading time in minutes"), default=5)
    topics = models.JSONField(default=list, blank=True)
    body = models.TextField(_("text (Markdown)"))
    works = models.ManyToManyField(Work, blank=True, related_name="articles")

    class Meta:
        ordering = ["language", "title"]
        constraints = [models.UniqueConstraint(fields=["slug", "language"], name="one_article_per_language")]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"
