from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "eerstestap.privacy"
    label = "privacy"
    verbose_name = _("Privacy")

    def ready(self):
        from . import signals  # noqa: F401
        from .models import SessionRecord
        from .registry import personal_data

        personal_data.register(SessionRecord, _("Sessions"), ["created_at"])
        personal_data.exempt_model("privacy.datakey", "wrapped keys: destroyed on deletion, never exported")
