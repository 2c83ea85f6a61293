"""The training "Communicatie in je relatie": modules and lessons loaded from content files, and progress."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eerstestap.library.models import LANGUAGE_CHOICES, LoadedFromFiles, Work


class Module(LoadedFromFiles):
    EDITABLE_FIELDS = ("title", "summary", "body")

    slug = models.SlugField()
    language = models.CharField(max_length=8, choices=LANGUAGE_CHOICES)
    order = models.PositiveSmallIntegerField()
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=400)
    body = models.TextField(_("introduction (Markdown)"))

    class Meta:
        ordering = ["language", "order"]
        constraints = [models.UniqueConstraint(fields=["slug", "language"], name="one_module_per_language")]
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def __str__(self) -> str:
        return f"{self.order}. {self.title} ({self.language})"


class Lesson(LoadedFromFiles):
    class ExerciseKind(models.TextChoices):
        JOURNAL = "journal", _("Write in the journal")
        TOOL = "tool", _("A step in a tool")

    EDITABLE_FIELDS = ("title", "minutes", "exercise_prompt", "body")

    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="lessons")
    slug = models.SlugField()
    order = models.PositiveSmallIntegerField()
    title = models.CharField(_("title"), max_length=200)
    minutes = models.PositiveSmallIntegerField(_("reading time in minutes"), default=4)
    couple_exercise = models.BooleanField(
        _("the exercise involves the partner"),
        default=False,
        help_text=_("Such exercises show the safety card first to people whose recent writing points to danger."),
    )
    exercise_kind = models.CharField(max_length=16, choices=ExerciseKind.choices, default=ExerciseKind.JOURNAL)
    exercise_tool = models.CharField(max_length=40, blank=True)
    exercise_prompt = models.TextField(_("exercise"))
    body = models.TextField(_("text (Markdown)"))
    works = models.ManyToManyField(Work, blank=True, related_name="lessons")

    class Meta:
        ordering = ["module__order", "order"]
        constraints = [models.UniqueConstraint(fields=["module", "slug"], name="one_lesson_slug_per_module")]
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def __str__(self) -> str:
        return f"{self.module.order}.{self.order} {self.title} ({self.module.language})"

    @property
    def key(self) -> str:
        """The lesson's identity across languages: progress is kept by this key."""
        return f"{self.module.slug}/{self.slug}"


class LessonProgress(models.Model):
    """Where a person is in one lesson. Kept by lesson key, so switching language keeps the progress."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress")
    lesson_key = models.CharField(max_length=120)
    started_at = models.DateTimeField(default=timezone.now)
    visited_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)
    exercise_entry = models.ForeignKey(
        "journal.Entry", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson_key"], name="one_progress_per_lesson")]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.lesson_key}"

    @property
    def is_done(self) -> bool:
        return self.done_at is not None
