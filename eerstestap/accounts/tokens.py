"""Signed one-time links for activating an account (separate from password-reset links)."""

from django.contrib.auth.tokens import PasswordResetTokenGenerator


class ActivationTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "eerstestap.accounts.tokens.ActivationTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        # Changing is_active invalidates the link once it has been used.
        return f"{user.pk}{user.is_active}{timestamp}{user.email}"


activation_token = ActivationTokenGenerator()
