"""Workflows of the dance tools: the analyser's help, the safety check, and who owns what."""

import datetime as dt
import re
from dataclasses import dataclass

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from eerstestap.analysis import SAFETY_LABELS, Analysis, analyse
from eerstestap.journal.models import Entry

from .models import Reflection, Worry

RECENT_DAYS = 30
# Who is the subject of a worry: the writer ("ik", "I") or the partner (pronouns, "mijn partner", a name is unknown).
FIRST_PERSON = re.compile(r"\b(ik|mij|me|mijn|m'n|i|me|my|myself|mezelf)\b", re.IGNORECASE)
PARTNER = re.compile(
    r"\b(hij|zij|ze|hem|haar|zijn|he|she|they|him|her|his|their|mijn (man|vrouw|partner|vriend|vriendin)"
    r"|my (husband|wife|partner|boyfriend|girlfriend|bf|gf))\b",
    re.IGNORECASE,
)


def get_owned(model, user, pk: int):
    """The one place that decides access to a tool's object: its owner gets it, everyone else a 404."""
    return get_object_or_404(model, pk=pk, user=user)


def recent_safety(user, days: int = RECENT_DAYS) -> bool:
    """True when the person's recent writing carries a safety label (journal or three questions)."""
    since = timezone.now() - dt.timedelta(days=days)
    for entry in Entry.objects.filter(user=user, created_at__gte=since).exclude(analysis__isnull=True):
        if entry.is_readable() and any(label in SAFETY_LABELS for label in (entry.analysis or {}).get("labels", [])):
            return True
    for reflection in Reflection.objects.filter(user=user, created_at__gte=since).exclude(analysis__isnull=True):
        if any(label in SAFETY_LABELS for label in (reflection.analysis or {}).get("labels", [])):
            return True
    return False


def save_reflection(reflection: Reflection) -> Analysis:
    """Store the three answers with the analyser's reading of them."""
    result = analyse(reflection.combined_text())
    reflection.analysis = result.to_dict()
    reflection.save()
    return result


def suggest_zone(text: str) -> str:
    """A first sorting for the circle of influence: is the change asked of me, or of my partner?

    The analyser's labels weigh most (waiting, reproach, mind reading, should about the partner point outward;
    self-focus, need and boundary point inward); otherwise the grammatical subject decides.
    """
    labels = set(analyse(text).labels)
    if labels & {"self_focus", "boundary", "need"} and not labels & {"waiting", "reproach", "mind_reading"}:
        return Worry.Zone.MINE
    if labels & {"waiting", "reproach", "mind_reading", "hopelessness"}:
        return Worry.Zone.NOT_MINE
    me, partner = len(FIRST_PERSON.findall(text)), len(PARTNER.findall(text))
    if partner and not me:
        return Worry.Zone.NOT_MINE
    if partner > me:
        return Worry.Zone.INFLUENCE
    return Worry.Zone.MINE if me else Worry.Zone.INFLUENCE


@dataclass
class Feedback:
    kind: str  # "warning" or "good"
    label: str
    message: str
    words: list[str]


def _words(result: Analysis, text: str, label: str) -> list[str]:
    return [text[a:b] for s in result.sentences for hit in s.labels if hit.label == label for a, b in hit.spans][:3]


FEEDBACK_MESSAGES = {
    "reproach": lambda: _("This still sounds like a reproach: it judges your partner. What did you see or hear?"),
    "generalizing": lambda: _("Words like always or never make it bigger than one moment. Describe one moment."),
    "mind_reading": lambda: _("This says what your partner thinks or wants. You can only say what you feel."),
    "should": lambda: _("A 'should' asks your partner to follow a rule. What do you wish for instead?"),
    "waiting": lambda: _("This waits for your partner to move first. What can you say or do yourself?"),
    "need": lambda: _("You name your own feeling or need. That is the heart of an I-statement."),
    "boundary": lambda: _("A clear limit and what you will do: calm and about yourself."),
}


def statement_feedback(text: str) -> list[Feedback]:
    """Live feedback while someone turns a reproach into an I-statement."""
    if not text.strip():
        return []
    result = analyse(text)
    feedback = []
    for label in ("reproach", "generalizing", "mind_reading", "should", "waiting"):
        if label in result.labels:
            feedback.append(Feedback("warning", label, FEEDBACK_MESSAGES[label](), _words(result, text, label)))
    if "need" in result.labels:
        feedback.append(Feedback("good", "need", FEEDBACK_MESSAGES["need"](), _words(result, text, "need")))
    return feedback


THREAT = re.compile(
    r"\b(anders|of (je|jij) zult|dan zul je|dan zal je|dan ga je|je zult zien|or else|or you'll|"
    r"you'll regret|you will regret|dan is het over|then we're done)\b",
    re.IGNORECASE,
)


def boundary_feedback(not_ok: str, i_will: str) -> list[Feedback]:
    """Flags what would turn a boundary into a demand or a threat; confirms when it is about the writer's own step."""
    text = f"{not_ok}\n{i_will}".strip()
    if not text:
        return []
    result = analyse(text)
    feedback = []
    if THREAT.search(text):
        feedback.append(
            Feedback(
                "warning",
                "threat",
                _(
                    "This may sound like a threat. A boundary says calmly what you will do, not what will happen to "
                    "your partner."
                ),
                [m.group(0) for m in THREAT.finditer(text)][:3],
            )
        )
    for label in ("reproach", "should", "generalizing"):
        if label in result.labels:
            feedback.append(Feedback("warning", label, FEEDBACK_MESSAGES[label](), _words(result, text, label)))
    if i_will.strip() and PARTNER.search(i_will) and not FIRST_PERSON.search(i_will):
        feedback.append(
            Feedback(
                "warning",
                "partner_must",
                _("This part is about what your partner must do. Write what you will do."),
                [],
            )
        )
    if i_will.strip() and FIRST_PERSON.search(i_will) and not any(f.kind == "warning" for f in feedback):
        feedback.append(
            Feedback(
                "good", "own_step", _("This is about your own step. That is a boundary you can hold yourself."), []
            )
        )
    return feedback


def compose_statement(observation: str, feeling: str, need: str, request: str) -> str:
    """The four parts as one I-statement in the person's language."""
    parts = []
    if observation:
        parts.append(_("When %(observation)s,") % {"observation": observation.strip().rstrip(".")})
    if feeling:
        parts.append(_("I feel %(feeling)s") % {"feeling": feeling.strip().rstrip(".")})
    if need:
        parts.append(_("because I need %(need)s.") % {"need": need.strip().rstrip(".")})
    sentence = " ".join(parts)
    if request:
        sentence += " " + _("Would you %(request)s?") % {"request": request.strip().rstrip("?").rstrip(".")}
    return sentence.strip()
