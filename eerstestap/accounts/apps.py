from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "eerstestap.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from eerstestap.privacy.registry import personal_data

        from .models import User

        personal_data.register(
            User,
            _("Account"),
            [
                "email",
                "language",
                "time_zone",
                "date_joined",
                "last_login",
                "consent_at",
                "discreet",
                "login_alerts",
                "idle_lock_minutes",
            ],
            rows=lambda person: User.objects.filter(pk=person.pk),
        )
        personal_data.exempt_model("admin.logentry", "staff actions in the admin, not a person's data")
