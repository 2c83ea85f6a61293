import zoneinfo

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def normalise_email(email: str) -> str:
    """One spelling per address, so that "Alice@X.nl" and "alice@x.nl " are the same account."""
    return email.strip().lower()


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields):
        """Create an active person with a hashed password."""
        user = self.model(email=normalise_email(email), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields):
        """Create a staff superuser (for content authoring in the admin)."""
        fields.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **fields)

    def get_by_natural_key(self, username):
        return self.get(email=normalise_email(username))


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones()) if "/" in name]


IDLE_LOCK_CHOICES = [
    (0, _("never")),
    (5, _("5 minutes without activity")),
    (15, _("15 minutes without activity")),
    (30, _("30 minutes without activity")),
    (60, _("1 hour without activity")),
]


class User(AbstractBaseUser, PermissionsMixin):
    """A person using Eerste Stap: identified by e-mail, with their own language and time zone."""

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="nl")
    time_zone = models.CharField(_("time zone"), max_length=64, default="Europe/Amsterdam")
    is_active = models.BooleanField(_("active"), default=True)
    is_staff = models.BooleanField(_("staff"), default=False)
    is_coach = models.BooleanField(_("coach"), default=False)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    discreet = models.BooleanField(_("discreet mode"), default=False)
    login_alerts = models.BooleanField(_("e-mail me when someone logs in"), default=False)
    idle_lock_minutes = models.PositiveSmallIntegerField(_("lock after"), choices=IDLE_LOCK_CHOICES, default=30)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.email

    def clean(self):
        super().clean()
        self.email = normalise_email(self.email)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """The person's time zone; falls back to the site's if the stored name is unknown."""
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(settings.TIME_ZONE)
