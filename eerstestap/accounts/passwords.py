"""Password rules (ASVS V2.1) with messages in the product's own voice.

At least 8 characters, long passphrases and any character welcome, no composition rules, common passwords and
passwords that are the e-mail address refused. Django's validators do the checking; only the words are ours.
"""

from django.contrib.auth import password_validation as django_rules
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# Long passphrases are welcome (ASVS asks for 64+); the cap only keeps a hashing request bounded.
MAX_PASSWORD_CHARS = 1024


class MinimumLengthValidator(django_rules.MinimumLengthValidator):
    def get_error_message(self) -> str:
        return ngettext(
            "This password is too short. Use at least %(min_length)d character.",
            "This password is too short. Use at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self) -> str:
        return _("At least %(min_length)d characters; a sentence you can remember works well.") % {
            "min_length": self.min_length
        }


class MaximumLengthValidator:
    def validate(self, password: str, user=None) -> None:
        if len(password) > MAX_PASSWORD_CHARS:
            raise ValidationError(
                _("This password is too long. Use at most %(max)d characters.") % {"max": MAX_PASSWORD_CHARS},
                code="password_too_long",
            )

    def get_help_text(self) -> str:
        return _("Any characters are allowed, and long passphrases are welcome.")


class CommonPasswordValidator(django_rules.CommonPasswordValidator):
    def get_error_message(self) -> str:
        return _("This password is too well known: others could guess it. Choose something of your own.")

    def get_help_text(self) -> str:
        return _("Not a well-known password.")


class EmailSimilarityValidator(django_rules.UserAttributeSimilarityValidator):
    def __init__(self):
        super().__init__(user_attributes=["email"])

    def get_error_message(self) -> str:
        return _("This password looks too much like your e-mail address.")

    def get_help_text(self) -> str:
        return _("Not (like) your e-mail address.")
