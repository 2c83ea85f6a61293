"""Taking part in the challenge: join, check in, restart, and where the person stands today."""

import datetime as dt
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import ChallengeDay, CheckIn, Participation
from .streaks import Streak, local_date, streak

DAYS = 21


class CheckInRefused(Exception):
    """A check-in that cannot count: already checked in today, or the challenge is complete."""


@dataclass(frozen=True)
class Standing:
    participation: Participation
    today: dt.date
    days_done: int
    next_day: int | None  # None when all 21 days are done
    today_check_in: CheckIn | None
    streak: Streak

    @property
    def complete(self) -> bool:
        return self.next_day is None

    @property
    def percent(self) -> int:
        return round(100 * self.days_done / DAYS)


def active_round(user) -> Participation | None:
    return Participation.objects.filter(user=user, ended_at__isnull=True).first()


def today(user, now: dt.datetime | None = None) -> dt.date:
    return local_date(now or timezone.now(), user.time_zone)


def join(user, reminders: bool = False, reminder_time: dt.time | None = None) -> Participation:
    """Start a round; joining twice gives the round already running."""
    existing = active_round(user)
    if existing is not None:
        return existing
    participation = Participation(user=user, reminders=reminders)
    if reminder_time is not None:
        participation.reminder_time = reminder_time
    try:
        with transaction.atomic():
            participation.save()
    except IntegrityError:  # joined at the same moment in another tab
        return active_round(user)
    return participation


@transaction.atomic
def restart(user) -> Participation:
    """End the running round (its check-ins stay, in the history and the export) and start again at day 1."""
    previous = active_round(user)
    if previous is not None:
        previous.ended_at = timezone.now()
        previous.save(update_fields=["ended_at"])
    participation = Participation(user=user)
    if previous is not None:
        participation.reminders = previous.reminders
        participation.reminder_time = previous.reminder_time
    participation.save()
    return participation


def standing(participation: Participation, now: dt.datetime | None = None) -> Standing:
    user = participation.user
    date = today(user, now)
    check_ins = list(participation.check_ins.all())
    done = len(check_ins)
    return Standing(
        participation=participation,
        today=date,
        days_done=done,
        next_day=done + 1 if done < DAYS else None,
        today_check_in=next((item for item in check_ins if item.local_date == date), None),
        streak=streak((item.local_date for item in check_ins), date),
    )


def check_in(participation: Participation, reflection: str, now: dt.datetime | None = None) -> CheckIn:
    """Count today's step as done, on the person's own calendar date."""
    now = now or timezone.now()
    current = standing(participation, now)
    if current.complete or current.today_check_in is not None:
        raise CheckInRefused
    item = CheckIn(
        user=participation.user,
        participation=participation,
        day=current.next_day,
        local_date=current.today,
        reflection=reflection,
        created_at=now,
    )
    try:
        with transaction.atomic():
            item.save()
    except IntegrityError as error:  # the same check-in sent twice (double tap, two tabs)
        raise CheckInRefused from error
    return item


def day_content(day: int, language: str) -> ChallengeDay | None:
    return ChallengeDay.objects.filter(day=day, language=language).first()


def history(user) -> list[Participation]:
    """Earlier rounds, newest first, with their check-ins (never erased by a restart)."""
    return list(Participation.objects.filter(user=user, ended_at__isnull=False).prefetch_related("check_ins"))
