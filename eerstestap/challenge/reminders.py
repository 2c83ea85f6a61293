"""Daily challenge reminders by e-mail, sent by a worker that may run twice or crash halfway.

Each reminder is claimed by inserting its one row (round, local date): the database's unique constraint lets
only one worker win, so a reminder goes out at most once, also with two workers running. A claim whose worker
died before sending is taken over after CLAIM_TIMEOUT by a conditional UPDATE that again only one worker wins.
When sending fails, the claim is released and a later run tries again. The mails carry no personal text.
"""

import datetime as dt
import logging
import os
import socket
import uuid

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from eerstestap.emails import send_templated_email

from . import services
from .models import Participation, Reminder

logger = logging.getLogger(__name__)
CLAIM_TIMEOUT = dt.timedelta(minutes=10)
UNSUBSCRIBE_SALT = "eerstestap.challenge.unsubscribe"


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def unsubscribe_token(participation: Participation) -> str:
    return signing.dumps({"round": participation.pk}, salt=UNSUBSCRIBE_SALT)


def participation_for_token(token: str) -> Participation | None:
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return Participation.objects.filter(pk=data.get("round")).select_related("user").first()


def due(participation: Participation, now: dt.datetime) -> dt.date | None:
    """The local date a reminder is due for, or None: only after the chosen local time, and only while
    today's step is still open."""
    local_now = now.astimezone(participation.user.zone)
    if local_now.time() < participation.reminder_time:
        return None
    current = services.standing(participation, now)
    if current.complete or current.today_check_in is not None:
        return None
    return current.today


def claim(participation: Participation, date: dt.date, worker: str, now: dt.datetime) -> Reminder | None:
    try:
        with transaction.atomic():
            return Reminder.objects.create(participation=participation, local_date=date, worker=worker, claimed_at=now)
    except IntegrityError:
        pass
    taken_over = Reminder.objects.filter(
        participation=participation, local_date=date, status=Reminder.Status.CLAIMED, claimed_at__lt=now - CLAIM_TIMEOUT
    ).update(worker=worker, claimed_at=now)
    if taken_over:
        return Reminder.objects.get(participation=participation, local_date=date)
    return None


def send(reminder: Reminder, day: int) -> None:
    user = reminder.participation.user
    unsubscribe = settings.SITE_URL + reverse("challenge:unsubscribe", args=[unsubscribe_token(reminder.participation)])
    send_templated_email(
        user.email,
        "challenge-reminder",
        {"discreet": user.discreet, "day": day, "unsubscribe_url": unsubscribe},
        user.language,
        # RFC 8058: mail programs offer their own one-click unsubscribe button.
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
        from_email=settings.DISCREET_FROM_EMAIL if user.discreet else None,
    )


def run_once(worker: str, now: dt.datetime | None = None) -> int:
    """Send every reminder that is due now; returns how many were sent."""
    now = now or timezone.now()
    sent = 0
    # Only people who use the app: active, and with their consent in force (withdrawn consent stops all mail).
    rounds = Participation.objects.filter(
        ended_at__isnull=True, reminders=True, user__is_active=True, user__consent_at__isnull=False
    )
    for participation in rounds.select_related("user"):
        date = due(participation, now)
        if date is None:
            continue
        reminder = claim(participation, date, worker, now)
        if reminder is None:
            continue
        try:
            send(reminder, services.standing(participation, now).next_day)
        except Exception:
            logger.exception("reminder %s could not be sent; released for a later run", reminder.pk)
            Reminder.objects.filter(pk=reminder.pk, worker=worker, status=Reminder.Status.CLAIMED).delete()
            continue
        Reminder.objects.filter(pk=reminder.pk, worker=worker).update(
            status=Reminder.Status.SENT, sent_at=timezone.now()
        )
        sent += 1
    return sent
