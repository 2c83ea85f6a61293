from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChallengeConfig(AppConfig):
    name = "eerstestap.challenge"
    label = "challenge"
    verbose_name = _("Challenge")

    def ready(self):
        from eerstestap.privacy.registry import personal_data

        from .models import CheckIn, Participation, Reminder

        personal_data.register(
            Participation,
            _("Challenge: self-confidence"),
            ["started_at", "ended_at", "reminders", "reminder_time"],
        )
        personal_data.register(
            CheckIn, _("Challenge check-ins"), ["created_at", "participation_id", "day", "local_date", "reflection"]
        )
        personal_data.register(
            Reminder,
            _("Challenge reminders"),
            ["local_date", "status", "sent_at"],
            owner="participation__user",
        )
