"""Help lines shown on the safety page and (later) on safety cards. Numbers are facts, not prose."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Helpline:
    country: str
    name: str
    number: str
    tel: str
    what: str
    hours: str


HELPLINES = [
    Helpline(
        "NL",
        _("Emergency number"),
        "112",
        "112",
        _("Immediate danger: police, ambulance, fire brigade."),
        _("Day and night"),
    ),
    Helpline(
        "NL",
        "Veilig Thuis",
        "0800-2000",
        "08002000",
        _(
            "Advice and help with domestic violence and abuse, also if you are not sure. "
            "Free, and you may stay anonymous."
        ),
        _("Day and night"),
    ),
    Helpline(
        "NL",
        "113 Zelfmoordpreventie",
        "113 / 0800-0113",
        "08000113",
        _("When you think about suicide or worry about someone. Free on 0800-0113; chat at 113.nl."),
        _("Day and night"),
    ),
    Helpline(
        "BE",
        _("Emergency number"),
        "112",
        "112",
        _("Immediate danger: police, ambulance, fire brigade."),
        _("Day and night"),
    ),
    Helpline(
        "BE",
        "1712",
        "1712",
        "1712",
        _("Help line for violence, abuse and child abuse in Flanders. Free and anonymous."),
        _("Working days"),
    ),
    Helpline(
        "BE",
        "Zelfmoordlijn",
        "1813",
        "1813",
        _("When you think about suicide or worry about someone; chat at zelfmoord1813.be."),
        _("Day and night"),
    ),
]

ENGLISH_EXTRA = [
    Helpline("UK", _("Emergency number"), "999", "999", _("Immediate danger."), _("Day and night")),
    Helpline(
        "UK",
        "National Domestic Abuse Helpline",
        "0808 2000 247",
        "08082000247",
        _("Free and confidential support with domestic abuse."),
        _("Day and night"),
    ),
    Helpline(
        "UK",
        "Samaritans",
        "116 123",
        "116123",
        _("When you are struggling or think about suicide."),
        _("Day and night"),
    ),
    Helpline(
        "US",
        "988 Suicide & Crisis Lifeline",
        "988",
        "988",
        _("Call or text when you are in crisis."),
        _("Day and night"),
    ),
    Helpline(
        "US",
        "National Domestic Violence Hotline",
        "1-800-799-7233",
        "18007997233",
        _("Support with abuse in a relationship; text START to 88788."),
        _("Day and night"),
    ),
]


def helplines_for(language: str) -> list[Helpline]:
    """Dutch and Belgian lines for everyone; people reading in English also see UK and US lines."""
    return HELPLINES + (ENGLISH_EXTRA if language == "en" else [])
