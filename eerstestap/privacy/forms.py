from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from eerstestap.accounts.forms import PasswordInput

from . import crypto


class PasswordCheckForm(forms.Form):
    """Re-entering the password before something weighty (export, deletion, a new recovery code)."""

    password = forms.CharField(label=_("Your password"), strip=False, widget=PasswordInput("current-password"))

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("That is not your password. Try again."), code="wrong_password")
        return password


class ExportForm(PasswordCheckForm):
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[
            ("html", _("A readable page you can print (HTML)")),
            ("json", _("Data for other programs (JSON)")),
        ],
        initial="html",
        widget=forms.RadioSelect,
    )


class DeleteAccountForm(PasswordCheckForm):
    confirm = forms.BooleanField(
        label=_("I understand that everything I wrote here is deleted for good and cannot be brought back."),
        error_messages={"required": _("Tick the box to confirm that you want to delete everything.")},
    )


class RecoveryCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Recovery code"),
        max_length=64,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
        help_text=_("The 32 characters you wrote down, with or without dashes."),
    )

    def clean_code(self) -> str:
        code = self.cleaned_data["code"]
        try:
            crypto.normalise_recovery_code(code)
        except ValueError:
            raise ValidationError(
                _("This is not a recovery code: it has 32 letters and digits, like ABCD-EFGH-…"),
                code="format",
            ) from None
        return code


class ConsentForm(forms.Form):
    consent = forms.BooleanField(
        label=_(
            "I agree that Eerste Stap stores what I write here, including what it says about my health and my "
            "relationship, only to offer me this service."
        ),
        error_messages={"required": _("Without this consent we cannot keep your journal. Tick the box to go on.")},
    )
