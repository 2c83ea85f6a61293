from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eerstestap.privacy.fields import PersonalRecord, SealedJSONField, SealedTextField

MOOD_CHOICES = [
    (1, _("Very heavy")),
    (2, _("Heavy")),
    (3, _("In between")),
    (4, _("Good")),
    (5, _("Very good")),
]


class Entry(PersonalRecord):
    """One journal entry: what the person wrote, how they felt, and their own tags."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="entries")
    body = SealedTextField(_("entry"))
    mood = models.PositiveSmallIntegerField(_("mood"), choices=MOOD_CHOICES, null=True, blank=True)
    tags = SealedJSONField(_("tags"), default=list, blank=True)
    created_at = models.DateTimeField(_("written at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)
    # The analyser's result says as much as the text (a safety label does), so it is sealed like the text.
    analysis = SealedJSONField(_("analysis"), null=True, blank=True)
    analysis_version = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("journal entry")
        verbose_name_plural = _("journal entries")
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.pk}"

    @property
    def mood_label(self) -> str:
        return self.get_mood_display() if self.mood else ""


class Draft(PersonalRecord):
    """Text being typed, saved every few seconds so that nothing is lost.

    A person has at most one draft for a new entry and one per entry they are editing. `sequence` is a counter
    from the page: a late-arriving older save (a slow request, a beacon after a regular save) never overwrites
    newer text.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="drafts")
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, null=True, blank=True, related_name="drafts")
    body = SealedTextField(blank=True)
    mood = models.PositiveSmallIntegerField(choices=MOOD_CHOICES, null=True, blank=True)
    tags = SealedTextField(blank=True)
    sequence = models.BigIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user"], condition=Q(entry__isnull=True), name="one_new_entry_draft"),
            models.UniqueConstraint(
                fields=["user", "entry"], condition=Q(entry__isnull=False), name="one_draft_per_entry"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}:draft:{self.pk}"

    def is_newer_than_entry(self) -> bool:
        """True when this draft holds edits that the saved entry does not have yet."""
        return self.entry is None or self.updated_at > self.entry.updated_at
