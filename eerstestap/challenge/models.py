"""The 21-day challenge "Zelfvertrouwen": the days (content), taking part, check-ins and reminders."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eerstestap.library.models import LANGUAGE_CHOICES, LoadedFromFiles
from eerstestap.privacy.fields import PersonalRecord, SealedTextField

OWNER = settings.AUTH_USER_MODEL


class ChallengeDay(LoadedFromFiles):
    EDITABLE_FIELDS = ("title", "step", "reflection", "body")

    day = models.PositiveSmallIntegerField()
    language = models.CharField(max_length=8, choices=LANGUAGE_CHOICES)
    title = models.CharField(_("title"), max_length=200)
    step = models.TextField(_("today's step"))
    reflection = models.TextField(_("reflection question"))
    body = models.TextField(_("text (Markdown)"))

    class Meta:
        ordering = ["language", "day"]
        constraints = [models.UniqueConstraint(fields=["day", "language"], name="one_challenge_day_per_language")]
        verbose_name = _("challenge day")
        verbose_name_plural = _("challenge days")

    def __str__(self) -> str:
        return f"{self.day}. {self.title} ({self.language})"


class Participation(models.Model):
    """One round of the challenge. Restarting ends the round and begins a new one; check-ins are never erased."""

    user = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="challenge_rounds")
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    reminders = models.BooleanField(_("send me a daily reminder by e-mail"), default=False)
    reminder_time = models.TimeField(_("at (your own time)"), default=dt.time(20, 0))

    class Meta:
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user"], condition=Q(ended_at__isnull=True), name="one_active_round")
        ]

    def __str__(self) -> str:
        return f"{self.user_id}:challenge:{self.pk}"


class CheckIn(PersonalRecord):
    """A day of the challenge done, on the person's own calendar date, with their reflection (sealed)."""

    user = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="challenge_check_ins")
    participation = models.ForeignKey(Participation, on_delete=models.CASCADE, related_name="check_ins")
    day = models.PositiveSmallIntegerField()
    local_date = models.DateField()
    reflection = SealedTextField(_("Your reflection"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(fields=["participation", "day"], name="one_check_in_per_day_of_challenge"),
            models.UniqueConstraint(fields=["participation", "local_date"], name="one_check_in_per_calendar_day"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}:check-in:{self.pk}"


class Reminder(models.Model):
    """One reminder for one round on one local date. The unique row is the claim: a second worker cannot
    insert it again, so a reminder goes out at most once; a claim left by a crashed worker is taken over."""

    class Status(models.TextChoices):
        CLAIMED = "claimed"
        SENT = "sent"
        SKIPPED = "skipped"

    participation = models.ForeignKey(Participation, on_delete=models.CASCADE, related_name="reminders_sent")
    local_date = models.DateField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.CLAIMED)
    worker = models.CharField(max_length=100)
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["participation", "local_date"], name="one_reminder_per_round_per_day")
        ]

    def __str__(self) -> str:
        return f"reminder:{self.participation_id}:{self.local_date}"
