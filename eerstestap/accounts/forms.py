import zoneinfo

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
)
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import throttle
from .models import User, normalise_email, time_zone_choices


def valid_time_zone(name: str) -> str:
    if name not in zoneinfo.available_timezones():
        raise ValidationError(_("Choose a time zone from the list."), code="invalid_time_zone")
    return name


class PasswordInput(forms.PasswordInput):
    """A password field that allows pasting and password managers (no autocomplete=off)."""

    def __init__(self, autocomplete: str):
        super().__init__(
            attrs={"autocomplete": autocomplete, "spellcheck": "false", "autocapitalize": "none"}
        )


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "autocapitalize": "none", "spellcheck": "false"}
        ),
        help_text=_("Use an address only you can read. We never write about your journal in e-mails."),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=PasswordInput("new-password"),
        help_text=_("At least 8 characters. A sentence you can remember works well."),
    )
    time_zone = forms.CharField(required=False, widget=forms.HiddenInput(attrs={"data-detect-time-zone": ""}))

    def clean_email(self) -> str:
        return normalise_email(self.cleaned_data["email"])

    def clean_time_zone(self) -> str:
        name = self.cleaned_data.get("time_zone") or settings.TIME_ZONE
        return name if name in zoneinfo.available_timezones() else settings.TIME_ZONE

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password and cleaned.get("email"):
            candidate = User(email=cleaned["email"])
            try:
                password_validation.validate_password(password, candidate)
            except ValidationError as error:
                self.add_error("password", error)
        return cleaned


class LoginForm(AuthenticationForm):
    """Log-in by e-mail with back-off after repeated failures (see throttle)."""

    username = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True, "autocapitalize": "none"}),
    )
    password = forms.CharField(label=_("Password"), strip=False, widget=PasswordInput("current-password"))

    error_messages = {
        "invalid_login": _("That e-mail address and password do not match. Check them and try again."),
        "inactive": _("This account is not active yet. Use the link in the e-mail we sent you."),
        "throttled": _("Too many attempts. Wait %(seconds)s seconds and try again."),
    }

    def clean(self):
        email = self.cleaned_data.get("username") or ""
        password = self.cleaned_data.get("password")
        if not email or not password:
            return self.cleaned_data
        request = self.request
        trusted = (
            throttle.is_trusted_device(request.COOKIES.get(throttle.DEVICE_COOKIE), email)
            if request
            else False
        )
        subjects = throttle.subjects_for(
            email, request.META.get("REMOTE_ADDR", "") if request else "", trusted
        )
        wait = throttle.seconds_to_wait(subjects)
        if wait:
            raise ValidationError(
                ngettext(
                    "Too many attempts. Wait %(seconds)s second and try again.",
                    "Too many attempts. Wait %(seconds)s seconds and try again.",
                    wait,
                ),
                code="throttled",
                params={"seconds": wait},
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            throttle.register_failure(subjects)
            raise
        throttle.register_success(email)
        return cleaned


class PreferencesForm(forms.ModelForm):
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices)

    class Meta:
        model = User
        fields = ["language", "time_zone"]
        labels = {"language": _("Language")}

    def clean_time_zone(self) -> str:
        return valid_time_zone(self.cleaned_data["time_zone"])


class ActivationForm(forms.Form):
    password = forms.CharField(label=_("Password"), strip=False, widget=PasswordInput("current-password"))


class ResetForm(PasswordResetForm):
    """Password reset that writes to each person in their own language (and never says who has an account)."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        with translation.override(context["user"].language):
            super().send_mail(
                subject_template_name,
                email_template_name,
                context,
                from_email,
                to_email,
                html_email_template_name,
            )


def _new_password_fields():
    return (
        forms.CharField(
            label=_("New password"),
            strip=False,
            widget=PasswordInput("new-password"),
            help_text=_("At least 8 characters. A sentence you can remember works well."),
        ),
        forms.CharField(
            label=_("New password, once more"),
            strip=False,
            widget=PasswordInput("new-password"),
            help_text=_("Type the same password again, so that a typing mistake cannot lock you out."),
        ),
    )


class NewPasswordForm(SetPasswordForm):
    """Choose a new password (after a reset link)."""

    error_messages = {"password_mismatch": _("The two passwords are not the same. Type them again.")}
    new_password1, new_password2 = _new_password_fields()


class ChangePasswordForm(PasswordChangeForm):
    """Change the password while logged in."""

    error_messages = {
        "password_mismatch": _("The two passwords are not the same. Type them again."),
        "password_incorrect": _("Your current password is not right. Try again."),
    }
    old_password = forms.CharField(
        label=_("Current password"), strip=False, widget=PasswordInput("current-password")
    )
    new_password1, new_password2 = _new_password_fields()
