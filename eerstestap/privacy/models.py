from django.conf import settings
from django.db import models
from django.utils import timezone


class DataKey(models.Model):
    """One version of a person's data key, stored only wrapped (never in the clear).

    The current key is wrapped under the password and under the recovery code. A key retired by a password
    reset without the recovery code keeps only its recovery wrap: the old texts it sealed stay unreadable
    until the person finds that code.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_keys")
    version = models.PositiveIntegerField()
    password_salt = models.BinaryField(null=True)
    password_kdf = models.JSONField(null=True)
    password_wrapped = models.BinaryField(null=True)
    recovery_salt = models.BinaryField(null=True)
    recovery_wrapped = models.BinaryField(null=True)
    created_at = models.DateTimeField(default=timezone.now)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "version"], name="one_key_per_version")]

    def __str__(self) -> str:
        return f"{self.user_id}:key:{self.version}"

    def wrap_context(self, kind: str) -> bytes:
        """Associated data for a wrap: the key's owner, version and kind, so wraps cannot be swapped."""
        return f"datakey|{self.user_id}|{self.version}|{kind}".encode()


class SessionRecord(models.Model):
    """Which sessions belong to whom, so that "log out everywhere" and account deletion can end them all."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_records")
    session_key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.user_id}:session"
