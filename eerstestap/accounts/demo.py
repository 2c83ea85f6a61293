"""The demo account and its sample journal, loaded from content/demo/journal.nl.yaml."""

import datetime as dt
from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from eerstestap.journal.forms import parse_tags
from eerstestap.journal.models import Entry
from eerstestap.privacy import keyring
from eerstestap.privacy.keys import unlock_with_password

from .models import User

DEMO_EMAIL = "demo@eerstestap.nl"
DEMO_PASSWORD = "demo-wachtwoord"


def demo_entries_file() -> Path:
    return settings.CONTENT_DIR / "demo" / "journal.nl.yaml"


def read_demo_entries(path: Path | None = None) -> list[dict]:
    """The sample entries as dicts with body, mood, tags and a local date and time relative to today."""
    data = yaml.safe_load((path or demo_entries_file()).read_text(encoding="utf-8"))
    return data["entries"]


@transaction.atomic
def load_demo_account(today: dt.date | None = None) -> tuple[User, bool]:
    """Create the demo account with about three months of entries. Returns (user, created).

    Running it again leaves an existing demo account and everything in it alone. The entries are sealed
    with the demo account's own key, exactly like a real person's.
    """
    existing = User.objects.filter(email=DEMO_EMAIL).first()
    if existing is not None:
        return existing, False
    user = User.objects.create_user(
        DEMO_EMAIL, DEMO_PASSWORD, language="nl", time_zone="Europe/Amsterdam", consent_at=timezone.now()
    )
    unlocked = unlock_with_password(user, DEMO_PASSWORD)
    with keyring.unlocked(user.pk, {unlocked.version: unlocked.key}):
        _write_demo_entries(user, today)
        _write_demo_progress(user, today)
    return user, True


def _write_demo_entries(user: User, today: dt.date | None) -> None:
    zone = user.zone
    today = today or timezone.localdate(timezone=zone)
    for item in read_demo_entries():
        day = today - dt.timedelta(days=int(item["days_ago"]))
        hour, minute = (int(part) for part in str(item.get("time", "21:00")).split(":"))
        written = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)
        Entry.objects.create(
            user=user,
            body=item["text"].strip(),
            mood=item.get("mood"),
            tags=parse_tags(",".join(item.get("tags") or [])),
            created_at=written,
        )


# A few days into the challenge (one day missed, so the forgiving streak shows) and a few lessons into the training.
DEMO_CHECK_INS = [
    (6, "Ik dronk een glas water voor mijn koffie. Klein, maar ik deed wat ik mezelf beloofde."),
    (5, "Ik zei nee tegen een extra klus op mijn werk. Spannend, en daarna opgelucht."),
    (4, "Vijf minuten buiten gezeten zonder telefoon. Ik merkte hoe moe ik was."),
    (2, "Ik schreef drie dingen op die ik vandaag goed deed. Het derde was het moeilijkst."),
    (1, "Ik heb mijn vriendin teruggebeld in plaats van te wachten tot zij belde."),
]
DEMO_LESSONS_DONE = [
    "own-pattern/what-am-i-waiting-for",
    "own-pattern/the-dance-you-are-in",
    "own-pattern/trap-thoughts",
]
DEMO_LESSON_STARTED = "own-pattern/what-you-already-do-well"


def _write_demo_progress(user: User, today: dt.date | None) -> None:
    from eerstestap.challenge.models import CheckIn, Participation
    from eerstestap.training.models import LessonProgress

    zone = user.zone
    today = today or timezone.localdate(timezone=zone)
    started = dt.datetime.combine(today - dt.timedelta(days=6), dt.time(8, 0), tzinfo=zone)
    participation = Participation.objects.create(
        user=user, started_at=started, reminders=True, reminder_time=dt.time(20, 0)
    )
    for number, (days_ago, reflection) in enumerate(DEMO_CHECK_INS, start=1):
        day = today - dt.timedelta(days=days_ago)
        CheckIn.objects.create(
            user=user,
            participation=participation,
            day=number,
            local_date=day,
            reflection=reflection,
            created_at=dt.datetime.combine(day, dt.time(21, 30), tzinfo=zone),
        )
    for days_ago, key in enumerate(reversed(DEMO_LESSONS_DONE), start=2):
        moment = timezone.now() - dt.timedelta(days=days_ago)
        LessonProgress.objects.create(user=user, lesson_key=key, started_at=moment, visited_at=moment, done_at=moment)
    LessonProgress.objects.create(user=user, lesson_key=DEMO_LESSON_STARTED)
