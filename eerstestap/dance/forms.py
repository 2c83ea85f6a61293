from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Boundary, BoundaryLog, DanceMap, Experiment, IStatement, Reflection, Worry

MAX_CHARS = 5_000


def _text(widget_rows: int = 3, **attrs) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": widget_rows, **attrs})


class LimitedTextMixin:
    """Every free-text answer gets the same clear limit, and whitespace-only answers count as empty."""

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if isinstance(value, str):
                if len(value) > MAX_CHARS:
                    self.add_error(
                        name,
                        ValidationError(
                            _("Keep this under %(max)s characters; your text is still here."), params={"max": MAX_CHARS}
                        ),
                    )
                cleaned[name] = value.strip()
        return cleaned


class ReflectionForm(LimitedTextMixin, forms.ModelForm):
    class Meta:
        model = Reflection
        fields = ["waiting_for", "holding_back", "wants_to_move"]
        widgets = {name: _text(4) for name in fields}
        help_texts = {
            "waiting_for": _("What are you waiting for your partner to do, say or change first?"),
            "holding_back": _("What do you keep to yourself, and what are you afraid would happen if you said it?"),
            "wants_to_move": _("What in you wants to grow or change, whatever your partner does?"),
        }

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(name) for name in self.Meta.fields):
            raise ValidationError(_("Answer at least one of the three questions."))
        return cleaned


class DanceMapForm(LimitedTextMixin, forms.ModelForm):
    class Meta:
        model = DanceMap
        fields = ["title", "trigger", "my_move", "partner_move", "my_feeling", "my_need", "new_step"]
        widgets = {
            "title": forms.TextInput(),
            **{name: _text(2) for name in ["trigger", "my_move", "partner_move", "my_feeling", "my_need", "new_step"]},
        }
        help_texts = {
            "title": _("For example: the dishes, bedtime, his phone at dinner."),
            "trigger": _("The moment it starts. Describe it as a camera would."),
            "my_move": _("What do you do then? Chase, explain, go quiet, leave?"),
            "partner_move": _("What does your partner do next? Only what you see, not what you think they think."),
            "my_feeling": _("Under the anger or the silence: lonely, afraid, sad, unseen?"),
            "my_need": _("Closeness, respect, rest, being heard?"),
            "new_step": _("One small move of your own that would break the circle. Optional for now."),
        }


class NewStepForm(LimitedTextMixin, forms.ModelForm):
    class Meta:
        model = DanceMap
        fields = ["new_step"]
        widgets = {"new_step": _text(3)}

    def clean_new_step(self) -> str:
        step = self.cleaned_data["new_step"].strip()
        if not step:
            raise ValidationError(_("Write one small step you want to try."))
        return step


class ExperimentForm(LimitedTextMixin, forms.ModelForm):
    class Meta:
        model = Experiment
        fields = ["dance_map", "step", "planned_for", "motive"]
        widgets = {
            "step": _text(3),
            "planned_for": forms.DateInput(attrs={"type": "date"}),
            "motive": forms.RadioSelect,
        }
        help_texts = {"step": _("Small and concrete: what, when, how. Something fully in your own hands.")}

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["dance_map"].queryset = DanceMap.objects.filter(user=user)
        self.fields["dance_map"].required = False
        self.fields["dance_map"].label = _("From which dance map? (optional)")
        self.fields["motive"].required = True


class ExperimentLogForm(LimitedTextMixin, forms.ModelForm):
    FEELINGS = [(1, _("1 – very hard")), (2, "2"), (3, "3"), (4, "4"), (5, _("5 – very good"))]
    status = forms.ChoiceField(
        label=_("Did you do it?"),
        choices=[(Experiment.Status.DONE, _("Yes, I did it")), (Experiment.Status.NOT_DONE, _("Not (yet)"))],
        widget=forms.RadioSelect,
    )
    feeling_score = forms.TypedChoiceField(
        label=_("How did it feel for you?"),
        choices=FEELINGS,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Experiment
        fields = ["status", "what_i_did", "feeling_score", "feeling_words", "learned", "partner_reaction"]
        widgets = {name: _text(3) for name in ["what_i_did", "feeling_words", "learned", "partner_reaction"]}
        help_texts = {
            "partner_reaction": _("You may note it, but it is not the measure: this was about your own step."),
        }


class WorryForm(LimitedTextMixin, forms.ModelForm):
    class Meta:
        model = Worry
        fields = ["text"]
        widgets = {"text": forms.TextInput(attrs={"autocomplete": "off"})}

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        if not text:
            raise ValidationError(_("Write the worry in a few words."))
        return text


class WorryZoneForm(forms.ModelForm):
    class Meta:
        model = Worry
        fields = ["zone"]


class IStatementForm(LimitedTextMixin, forms.ModelForm):
    class Meta:
        model = IStatement
        fields = ["reproach", "observation", "feeling", "need", "request"]
        widgets = {name: _text(2) for name in fields}
        help_texts = {
            "reproach": _("Write it the way it comes up, for example: you never listen."),
            "observation": _(
                "What did you see or hear, without judgement? For example: you looked at your phone "
                "while I was talking."
            ),
            "feeling": _("Pick words from the list below, or use your own."),
            "need": _("What matters to you here?"),
            "request": _("A concrete, doable question your partner may say no to."),
        }

    def clean_reproach(self) -> str:
        reproach = self.cleaned_data["reproach"].strip()
        if not reproach:
            raise ValidationError(_("Start with the reproach, just as it comes up."))
        return reproach


class BoundaryForm(LimitedTextMixin, forms.ModelForm):
    class Meta:
        model = Boundary
        fields = ["not_ok", "i_will", "statement"]
        widgets = {name: _text(2) for name in fields}
        help_texts = {
            "not_ok": _("For example: being shouted at during an argument."),
            "i_will": _(
                "Your own step, not what your partner must do. For example: I stop the conversation and go for a walk."
            ),
            "statement": _("The words you would use, short and calm."),
        }

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("not_ok"):
            self.add_error("not_ok", _("Write what is not OK for you."))
        if not cleaned.get("i_will"):
            self.add_error("i_will", _("Write what you will do. That is what makes it a boundary."))
        return cleaned


class BoundaryLogForm(LimitedTextMixin, forms.ModelForm):
    held = forms.TypedChoiceField(
        label=_("Did you hold it?"),
        coerce=lambda v: v == "yes",
        choices=[("yes", _("Yes")), ("no", _("Not this time"))],
        widget=forms.RadioSelect,
    )

    class Meta:
        model = BoundaryLog
        fields = ["held", "note"]
        widgets = {"note": _text(2)}
