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

from eerstestap.privacy import keys, services

from . import throttle
from .models import User, normalise_email, time_zone_choices


def valid_time_zone(name: str) -> str:
    if name not in zoneinfo.available_timezones():
        raise ValidationError(_("Choose a time zone from the list."), code="invalid_time_zone")
    return name


class PasswordInput(forms.PasswordInput):
    """A password field that allows pasting and password managers (no autocomplete=off)."""

    def __init__(self, autocomplete: str):
        super().__init__(attrs={"autocomplete": autocomplete, "spellcheck": "false", "autocapitalize": "none"})


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autocapitalize": "none", "spellcheck": "false"}),
        help_text=_("Use an address only you can read. We never write about your journal in e-mails."),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=PasswordInput("new-password"),
        help_text=_("At least 8 characters. A sentence you can remember works well."),
    )
    time_zone = forms.CharField(required=False, widget=forms.HiddenInput(attrs={"data-detect-time-zone": ""}))
    consent = forms.BooleanField(
        label=_(
            "I agree that Eerste Stap stores what I write here, including what it says about my health and my "
            "relationship, only to offer me this service."
        ),
        help_text=_("You can withdraw this at any time; then you can download everything and delete it."),
        error_messages={"required": _("Without this consent we cannot keep your journal. Tick the box to go on.")},
    )

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
        trusted = throttle.is_trusted_device(request.COOKIES.get(throttle.DEVICE_COOKIE), email) if request else False
        subjects = throttle.subjects_for(email, request.META.get("REMOTE_ADDR", "") if request else "", trusted)
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
        fields = ["language", "time_zone", "idle_lock_minutes", "discreet", "login_alerts"]
        labels = {
            "language": _("Language"),
            "idle_lock_minutes": _("Lock automatically"),
            "discreet": _("Discreet mode"),
            "login_alerts": _("E-mail me when someone logs in to my account"),
        }
        help_texts = {
            "idle_lock_minutes": _("After this time without activity you are logged out; what you typed is saved."),
            "discreet": _("Shows a neutral name and icon (“Notes”) instead of Eerste Stap, also on your home screen."),
            "login_alerts": _(
                "Useful if someone else may know your password. Off by default: someone who reads your inbox "
                "would see these e-mails too."
            ),
        }

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
    """Choose a new password after a reset link; the recovery code keeps the old texts readable."""

    error_messages = {"password_mismatch": _("The two passwords are not the same. Type them again.")}
    recovery_code = forms.CharField(
        label=_("Recovery code (if you have it)"),
        required=False,
        max_length=64,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
        help_text=_("The 32 characters you wrote down when you created your account."),
    )
    new_password1, new_password2 = _new_password_fields()
    without_code = forms.BooleanField(
        label=_("I do not have my recovery code. I understand that what I wrote before stays unreadable."),
        required=False,
    )
    field_order = ["recovery_code", "new_password1", "new_password2", "without_code"]

    def clean(self):
        cleaned = super().clean()
        code = cleaned.get("recovery_code", "").strip()
        if code:
            if not keys.recovery_code_fits(self.user, code):
                self.add_error(
                    "recovery_code",
                    _("This recovery code does not fit your account. Check it and try again."),
                )
        elif keys.current_record(self.user) is not None and not cleaned.get("without_code"):
            self.add_error(
                "without_code",
                _("Without the recovery code your old texts cannot be opened. Tick the box if you want to go on."),
            )
        return cleaned

    def save(self, commit=True):
        self.texts_kept = keys.reset_password(
            self.user,
            self.cleaned_data["new_password1"],
            self.cleaned_data.get("recovery_code", "").strip() or None,
        )
        services.end_sessions(self.user)
        return self.user


class ChangePasswordForm(PasswordChangeForm):
    """Change the password while logged in."""

    error_messages = {
        "password_mismatch": _("The two passwords are not the same. Type them again."),
        "password_incorrect": _("Your current password is not right. Try again."),
    }
    old_password = forms.CharField(label=_("Current password"), strip=False, widget=PasswordInput("current-password"))
    new_password1, new_password2 = _new_password_fields()
    end_other_sessions = forms.BooleanField(
        label=_("Also log out on every other device"),
        required=False,
        initial=True,
        help_text=_("Recommended if someone else may have known your old password."),
    )

    def save(self, commit=True):
        keys.change_password(self.user, self.cleaned_data["old_password"], self.cleaned_data["new_password1"])
        return self.user
