from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import MOOD_CHOICES

MAX_TAGS = 10
MAX_TAG_CHARS = 40


def parse_tags(raw: str) -> list[str]:
    """Turn "werk, Erik ,werk" into ["werk", "erik"]: lower case, no repeats, in the order typed."""
    tags: list[str] = []
    for part in raw.split(","):
        tag = " ".join(part.split()).lower()
        if tag and tag not in tags:
            tags.append(tag)
    return tags


class EntryForm(forms.Form):
    body = forms.CharField(
        label=_("What is on your mind?"),
        strip=False,
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "data-autosave-field": "body", "spellcheck": "true"}),
    )
    mood = forms.TypedChoiceField(
        label=_("How do you feel?"),
        choices=MOOD_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect(attrs={"data-autosave-field": "mood"}),
    )
    tags = forms.CharField(
        label=_("Tags (optional)"),
        required=False,
        max_length=400,
        help_text=_("Separate tags with commas, for example: evening, work."),
        widget=forms.TextInput(attrs={"data-autosave-field": "tags", "autocomplete": "off"}),
    )

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        if not body.strip():
            raise ValidationError(_("You have not written anything yet. Write a few words first."), code="empty")
        limit = settings.JOURNAL_ENTRY_MAX_CHARS
        if len(body) > limit:
            raise ValidationError(
                _(
                    "This entry has %(length)s characters; the limit is %(limit)s. Your text is still here: "
                    "shorten it, or split it over two entries."
                ),
                code="too_long",
                params={
                    "length": f"{len(body):,}".replace(",", "."),
                    "limit": f"{limit:,}".replace(",", "."),
                },
            )
        return body.replace("\r\n", "\n")

    def clean_tags(self) -> list[str]:
        tags = parse_tags(self.cleaned_data["tags"])
        if len(tags) > MAX_TAGS:
            raise ValidationError(_("Use at most %(max)s tags."), code="too_many_tags", params={"max": MAX_TAGS})
        if any(len(tag) > MAX_TAG_CHARS for tag in tags):
            raise ValidationError(
                _("Keep each tag under %(max)s characters."),
                code="tag_too_long",
                params={"max": MAX_TAG_CHARS},
            )
        return tags


class DraftForm(forms.Form):
    body = forms.CharField(strip=False, required=False, max_length=settings.JOURNAL_DRAFT_MAX_CHARS)
    mood = forms.CharField(required=False)
    tags = forms.CharField(required=False, max_length=400)
    sequence = forms.IntegerField(min_value=0, max_value=2**62)

    def clean_mood(self) -> int | None:
        # A draft keeps whatever mood was picked; anything else simply means "not chosen yet".
        value = self.cleaned_data["mood"]
        return int(value) if value in {"1", "2", "3", "4", "5"} else None


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search your entries"), required=False, max_length=200)
