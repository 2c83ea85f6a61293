"""Joining, checking in, restarting and reading the days of the challenge."""

import datetime as dt

import pytest
import time_machine
from django.conf import settings
from django.urls import reverse

from eerstestap.challenge import services
from eerstestap.challenge.models import CheckIn, Participation
from eerstestap.library.loading import load
from eerstestap.privacy.services import export_json

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def content():
    load(settings.CONTENT_DIR)


def test_joining_twice_gives_one_round(alice):
    first = services.join(alice)
    assert services.join(alice) == first
    assert Participation.objects.filter(user=alice).count() == 1


def test_check_in_counts_one_day_per_calendar_day(alice):
    participation = services.join(alice)
    item = services.check_in(participation, "Ik dronk een glas water.")
    assert item.day == 1
    with pytest.raises(services.CheckInRefused):
        services.check_in(participation, "nog een keer")
    assert services.standing(participation).next_day == 2


def test_the_reflection_is_sealed_in_the_database(alice):
    from django.db import connection

    participation = services.join(alice)
    services.check_in(participation, "Een geheim antwoord")
    with connection.cursor() as cursor:
        cursor.execute("SELECT reflection FROM challenge_checkin")
        stored = cursor.fetchone()[0]
    assert "geheim" not in stored and stored.startswith("es1.")


def test_the_challenge_is_complete_after_21_days(alice):
    participation = services.join(alice)
    start = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    for number in range(21):
        services.check_in(participation, "", now=start + dt.timedelta(days=number))
    standing = services.standing(participation, now=start + dt.timedelta(days=21))
    assert standing.complete and standing.days_done == 21 and standing.percent == 100
    with pytest.raises(services.CheckInRefused):
        services.check_in(participation, "", now=start + dt.timedelta(days=22))


def test_restart_begins_at_day_1_and_keeps_the_earlier_round(alice):
    participation = services.join(alice, reminders=True, reminder_time=dt.time(7, 30))
    services.check_in(participation, "dag een")
    new = services.restart(alice)
    assert new.pk != participation.pk and new.reminders and new.reminder_time == dt.time(7, 30)
    assert services.standing(new).next_day == 1
    assert CheckIn.objects.filter(participation=participation).count() == 1
    assert services.history(alice)[0].pk == participation.pk
    exported = export_json(alice)
    assert "dag een" in exported


@pytest.mark.parametrize(("language", "join_text"), [("nl", "Doe mee"), ("en", "Join")])
def test_join_and_check_in_through_the_pages(alice_client, alice, language, join_text):
    alice.language = language
    alice.save()
    page = alice_client.get(reverse("challenge:index")).content.decode()
    assert join_text in page
    response = alice_client.post(reverse("challenge:join"), {"reminders": "on", "reminder_time": "20:15"})
    assert response.status_code == 302
    participation = services.active_round(alice)
    assert participation.reminders and participation.reminder_time == dt.time(20, 15)
    page = alice_client.get(reverse("challenge:index")).content.decode()
    day_one = services.day_content(1, language)
    assert day_one.step in page.replace("&#x27;", "'").replace("&quot;", '"')
    alice_client.post(reverse("challenge:index"), {"reflection": "Het voelde goed."})
    assert services.standing(participation).days_done == 1
    page = alice_client.get(reverse("challenge:index")).content.decode()
    assert "Het voelde goed." in page


def test_a_too_long_reflection_gets_a_message_and_changes_nothing(alice_client, alice):
    participation = services.join(alice)
    response = alice_client.post(reverse("challenge:index"), {"reflection": "x" * 5_001})
    assert response.status_code == 400
    assert "5000" in response.content.decode().replace(".", "")
    assert services.standing(participation).days_done == 0


def test_an_invalid_reminder_time_is_refused(alice_client, alice):
    participation = services.join(alice)
    alice_client.post(reverse("challenge:reminders"), {"reminders": "on", "reminder_time": "25:99"})
    participation.refresh_from_db()
    assert not participation.reminders


def test_restart_through_the_page(alice_client, alice):
    participation = services.join(alice)
    services.check_in(participation, "")
    assert alice_client.get(reverse("challenge:restart")).status_code == 200
    alice_client.post(reverse("challenge:restart"))
    assert services.active_round(alice).pk != participation.pk


def test_every_day_page_reads_in_both_languages(alice_client, alice):
    for language in ("nl", "en"):
        alice.language = language
        alice.save()
        for number in (1, 21):
            response = alice_client.get(reverse("challenge:day", args=[number]))
            assert response.status_code == 200
    assert alice_client.get(reverse("challenge:day", args=[22])).status_code == 404


def test_the_home_page_shows_todays_step_until_checked_in(alice_client, alice):
    participation = services.join(alice)
    step = services.day_content(1, "nl").step
    assert step[:30] in alice_client.get(reverse("home")).content.decode()
    with time_machine.travel(dt.datetime.now(dt.UTC), tick=True):
        services.check_in(participation, "")
    assert step[:30] not in alice_client.get(reverse("home")).content.decode()


def test_others_cannot_see_a_check_in(alice, bob_client):
    participation = services.join(alice)
    services.check_in(participation, "alleen van alice")
    assert "alleen van alice" not in bob_client.get(reverse("challenge:index")).content.decode()
