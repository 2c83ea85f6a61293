from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JournalConfig(AppConfig):
    name = "eerstestap.journal"
    label = "journal"
    verbose_name = _("Journal")

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from eerstestap.privacy.registry import personal_data

        from .models import Draft, Entry

        personal_data.register(Entry, _("Journal entries"), ["created_at", "updated_at", "mood", "tags", "body"])
        personal_data.register(Draft, _("Drafts"), ["updated_at", "entry_id", "mood", "tags", "body"])
