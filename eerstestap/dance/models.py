"""The tools that change your own steps. Everything typed here is personal text, sealed like the journal."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eerstestap.privacy.fields import PersonalRecord, SealedJSONField, SealedTextField

OWNER = settings.AUTH_USER_MODEL


class Reflection(PersonalRecord):
    """Step 1 of the method: three questions, answered again over time."""

    user = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="reflections")
    waiting_for = SealedTextField(_("What am I waiting for?"), blank=True)
    holding_back = SealedTextField(_("What do I hold back?"), blank=True)
    wants_to_move = SealedTextField(_("What wants to move?"), blank=True)
    analysis = SealedJSONField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.user_id}:reflection:{self.pk}"

    def combined_text(self) -> str:
        """The three answers as one text, for the analyser (one answer per line, so one sentence or more each)."""
        return "\n".join(part for part in (self.waiting_for, self.holding_back, self.wants_to_move) if part)


class DanceMap(PersonalRecord):
    """The cycle the person is stuck in, step by step, and the new step they choose to break it."""

    user = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="dance_maps")
    title = SealedTextField(_("A name for this dance"))
    trigger = SealedTextField(_("What sets it off"))
    my_move = SealedTextField(_("What I do"))
    partner_move = SealedTextField(_("What my partner does"))
    my_feeling = SealedTextField(_("What I feel underneath"))
    my_need = SealedTextField(_("What I need"))
    new_step = SealedTextField(_("My new step"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.user_id}:map:{self.pk}"

    def steps(self) -> list[tuple[str, str]]:
        """The cycle in order, as (step name, what the person wrote)."""
        return [
            (str(self._meta.get_field(name).verbose_name), getattr(self, name))
            for name in ("trigger", "my_move", "partner_move", "my_feeling", "my_need")
        ]


class Experiment(PersonalRecord):
    """A new step tried out, judged by what the person did and felt, not by the partner's reaction."""

    class Motive(models.TextChoices):
        FOR_ME = "for_me", _("For myself")
        TO_CHANGE = "to_change", _("To make my partner change")
        BOTH = "both", _("A bit of both")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        DONE = "done", _("Done")
        NOT_DONE = "not_done", _("Not done (yet)")

    user = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="experiments")
    dance_map = models.ForeignKey(
        DanceMap, on_delete=models.SET_NULL, null=True, blank=True, related_name="experiments"
    )
    step = SealedTextField(_("What exactly will I do?"))
    planned_for = models.DateField(_("When"), null=True, blank=True)
    motive = models.CharField(_("Why am I doing this?"), max_length=12, choices=Motive.choices, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PLANNED)
    what_i_did = SealedTextField(_("What did I do?"), blank=True)
    feeling_score = models.PositiveSmallIntegerField(_("How did it feel for me?"), null=True, blank=True)
    feeling_words = SealedTextField(_("In my own words"), blank=True)
    learned = SealedTextField(_("What did I learn?"), blank=True)
    partner_reaction = SealedTextField(_("My partner's reaction (optional)"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    logged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.user_id}:experiment:{self.pk}"

    def log(
        self,
        status: str,
        what_i_did: str,
        feeling_score: int | None,
        feeling_words: str,
        learned: str,
        partner_reaction: str,
    ) -> None:
        """Record how the step went. Success is doing the step and noticing how it felt; the partner's
        reaction is kept apart and never counts toward it."""
        self.status = status
        self.what_i_did, self.feeling_score, self.feeling_words = what_i_did, feeling_score, feeling_words
        self.learned, self.partner_reaction = learned, partner_reaction
        self.logged_at = timezone.now()
        self.save()


class Worry(PersonalRecord):
    """One worry in the circle of influence."""

    class Zone(models.TextChoices):
        MINE = "mine", _("In my hands")
        INFLUENCE = "influence", _("I can influence")
        NOT_MINE = "not_mine", _("Not in my hands")

    user = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="worries")
    text = SealedTextField(_("Worry"))
    zone = models.CharField(_("Where does it belong?"), max_length=12, choices=Zone.choices)
    suggested_zone = models.CharField(max_length=12, choices=Zone.choices, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["zone", "-created_at"]

    def __str__(self) -> str:
        return f"{self.user_id}:worry:{self.pk}"


class IStatement(PersonalRecord):
    """From reproach to need: observation, feeling, need, request."""

    user = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="i_statements")
    reproach = SealedTextField(_("The reproach"))
    observation = SealedTextField(_("What happened, as a camera would see it"), blank=True)
    feeling = SealedTextField(_("What I feel"), blank=True)
    need = SealedTextField(_("What I need"), blank=True)
    request = SealedTextField(_("What I ask"), blank=True)
    practised = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.user_id}:istatement:{self.pk}"


class Boundary(PersonalRecord):
    """A boundary: what is not OK for me and what I will do (not what my partner must do)."""

    user = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="boundaries")
    not_ok = SealedTextField(_("What is not OK for me"))
    i_will = SealedTextField(_("What I will do then"))
    statement = SealedTextField(_("How I say it, calmly"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.user_id}:boundary:{self.pk}"


class BoundaryLog(PersonalRecord):
    """A moment the boundary mattered: did I hold it?"""

    user = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="boundary_logs")
    boundary = models.ForeignKey(Boundary, on_delete=models.CASCADE, related_name="logs")
    held = models.BooleanField(_("I held my boundary"))
    note = SealedTextField(_("What happened, for me"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.user_id}:boundarylog:{self.pk}"
