from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Participation

REFLECTION_MAX_CHARS = 5_000


class CheckInForm(forms.Form):
    reflection = forms.CharField(
        label=_("Your answer"),
        required=False,
        max_length=REFLECTION_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One sentence is enough. Only you can read this."),
    )


class ReminderForm(forms.ModelForm):
    class Meta:
        model = Participation
        fields = ["reminders", "reminder_time"]
        widgets = {"reminder_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}
        help_texts = {
            "reminders": _("The e-mail holds no personal text. In discreet mode its subject and sender are neutral."),
        }
