"""Reminders: due at the person's own time, content-free, at most once (also with two workers), unsubscribe."""

import datetime as dt
import os
import signal
import subprocess
import sys
import time
import uuid
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection
from django.urls import reverse

from eerstestap.challenge import reminders, services
from eerstestap.challenge.models import Reminder
from eerstestap.testing.smtp import smtp_server

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=AMSTERDAM)


@pytest.fixture
def participation(alice):
    alice.time_zone = "Europe/Amsterdam"
    alice.save()
    return services.join(alice, reminders=True, reminder_time=dt.time(20, 0))


@pytest.mark.django_db
def test_nothing_before_the_chosen_local_time(participation):
    assert reminders.run_once("w1", now=local("2026-03-29T19:59")) == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_one_reminder_at_the_chosen_local_time_even_after_dst(participation):
    # 29 March 2026 is the day clocks move forward; 20:00 local is 18:00 UTC that day.
    assert reminders.run_once("w1", now=local("2026-03-29T20:00")) == 1
    assert reminders.run_once("w1", now=local("2026-03-29T21:00")) == 0
    assert reminders.run_once("w2", now=local("2026-03-29T23:59")) == 0
    assert len(mail.outbox) == 1
    assert reminders.run_once("w1", now=local("2026-03-30T20:05")) == 1
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_no_reminder_when_today_is_already_done_or_reminders_are_off(participation):
    services.check_in(participation, "", now=local("2026-05-01T09:00"))
    assert reminders.run_once("w1", now=local("2026-05-01T20:30")) == 0
    participation.reminders = False
    participation.save()
    assert reminders.run_once("w1", now=local("2026-05-02T20:30")) == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_no_reminder_after_consent_is_withdrawn(participation, alice):
    alice.consent_at = None
    alice.save()
    assert reminders.run_once("w1", now=local("2026-05-02T20:30")) == 0


@pytest.mark.django_db
def test_the_mail_holds_no_personal_text_and_is_neutral_in_discreet_mode(participation, alice):
    services.check_in(participation, "Mijn geheime antwoord", now=local("2026-05-01T09:00"))
    reminders.run_once("w1", now=local("2026-05-02T20:30"))
    message = mail.outbox[0]
    assert message.subject == "Je kleine stap van vandaag"
    assert "geheime" not in message.body and "Dag 2" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    alice.discreet = True
    alice.save()
    reminders.run_once("w1", now=local("2026-05-03T20:30"))
    discreet = mail.outbox[1]
    assert discreet.subject == "Herinnering"
    assert discreet.from_email == settings.DISCREET_FROM_EMAIL
    for revealing in ("Eerste Stap", "challenge", "Dag 2", "uitdaging"):
        assert revealing not in discreet.subject + discreet.body.split("http")[0]


@pytest.mark.django_db
def test_a_claim_left_by_a_crashed_worker_is_taken_over_once(participation):
    now = local("2026-05-02T20:30")
    Reminder.objects.create(participation=participation, local_date=now.date(), worker="dead", claimed_at=now)
    assert reminders.run_once("w2", now=now + dt.timedelta(minutes=1)) == 0  # the claim is still fresh
    later = now + reminders.CLAIM_TIMEOUT + dt.timedelta(minutes=1)
    assert reminders.run_once("w2", now=later) == 1
    assert reminders.run_once("w3", now=later + reminders.CLAIM_TIMEOUT * 2) == 0
    assert Reminder.objects.get().status == Reminder.Status.SENT


@pytest.mark.django_db
def test_a_failed_send_is_released_and_tried_again(participation, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens
    now = local("2026-05-02T20:30")
    assert reminders.run_once("w1", now=now) == 0
    assert not Reminder.objects.exists()
    with smtp_server() as (port, inbox):
        settings.EMAIL_PORT = port
        assert reminders.run_once("w1", now=now + dt.timedelta(minutes=1)) == 1
    assert len(inbox.messages) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "en"])
def test_one_click_unsubscribe_without_logging_in(client, participation, alice, language):
    alice.language = language
    alice.save()
    reminders.run_once("w1", now=local("2026-05-02T20:30"))
    url = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    assert url.startswith(settings.SITE_URL) and url.removeprefix(settings.SITE_URL) in mail.outbox[0].body
    response = client.get(url.removeprefix(settings.SITE_URL))
    assert response.status_code == 200
    participation.refresh_from_db()
    assert not participation.reminders
    client.post(url.removeprefix(settings.SITE_URL), {"undo": "1"})
    participation.refresh_from_db()
    assert participation.reminders
    # RFC 8058: the mail program's own button posts List-Unsubscribe=One-Click.
    client.post(url.removeprefix(settings.SITE_URL), {"List-Unsubscribe": "One-Click"})
    participation.refresh_from_db()
    assert not participation.reminders


@pytest.mark.django_db
def test_a_forged_unsubscribe_link_changes_nothing(client, participation):
    response = client.get(reverse("challenge:unsubscribe", args=["forged-token"]))
    assert response.status_code == 404
    participation.refresh_from_db()
    assert participation.reminders


def _worker_database(tmp_path):
    """A database of its own that separate worker processes can open: a SQLite file, or a new PostgreSQL db."""
    env = {**os.environ, "EERSTESTAP_ENV": "test", "PYTHONPATH": str(settings.BASE_DIR)}
    if connection.vendor == "sqlite":
        env["EERSTESTAP_DATA_DIR"] = str(tmp_path)
        env.pop("DATABASE_URL", None)
        return env, None
    import psycopg

    name = f"eerstestap_workers_{uuid.uuid4().hex[:8]}"
    params = connection.settings_dict
    admin = f"host={params['HOST']} port={params['PORT'] or 5432} user={params['USER']} dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = f"postgres://{params['USER']}@{params['HOST']}:{params['PORT'] or 5432}/{name}"

    def drop():
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return env, drop


SETUP = """
import datetime as dt
from django.utils import timezone
from eerstestap.accounts.models import User
from eerstestap.challenge import services
zones = ["Europe/Amsterdam", "Europe/Brussels", "America/New_York", "Asia/Tokyo", "UTC"]
for number in range({count}):
    user = User.objects.create_user(
        f"p{{number}}@example.org", "een lang wachtwoord", time_zone=zones[number % 5], consent_at=timezone.now()
    )
    services.join(user, reminders=True, reminder_time=dt.time(0, 0))
"""


def test_two_workers_at_once_send_each_reminder_once_and_a_restart_sends_nothing_again(tmp_path):
    env, drop = _worker_database(tmp_path)
    count = 40
    command = [sys.executable, "-m", "eerstestap.cli"]
    try:
        subprocess.run([*command, "migrate", "--verbosity", "0"], env=env, check=True, timeout=300)
        subprocess.run([*command, "shell", "-c", SETUP.format(count=count)], env=env, check=True, timeout=120)
        with smtp_server() as (port, inbox):
            env.update(
                EERSTESTAP_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
                EMAIL_HOST="127.0.0.1",
                EMAIL_PORT=str(port),
            )
            workers = [
                subprocess.Popen([*command, "send_reminders", "--loop", "--interval", "0.2"], env=env) for _ in range(2)
            ]
            deadline = time.monotonic() + 60
            while len(inbox.messages) < count and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(1.5)  # several more rounds of both workers
            for worker in workers:
                worker.send_signal(signal.SIGTERM)
            assert all(worker.wait(timeout=30) == 0 for worker in workers)
            # A restarted worker finds every reminder of today already sent.
            subprocess.run([*command, "send_reminders"], env=env, check=True, timeout=60)
            time.sleep(0.5)
        recipients = sorted(message["To"] for message in inbox.messages)
        assert recipients == sorted(f"p{number}@example.org" for number in range(count))
    finally:
        if drop:
            drop()
