import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.urls import reverse

from conftest import log_in
from eerstestap.journal.models import Draft

pytestmark = pytest.mark.django_db


def test_the_lock_action_keeps_the_text_and_ends_the_session(alice_client, alice):
    response = alice_client.post(reverse("accounts:lock"), {"body": "net getypt", "sequence": 3})
    assert response["Location"] == reverse("accounts:login")
    assert Draft.objects.get(user=alice).body == "net getypt"
    assert alice_client.get(reverse("journal:entry_list")).status_code == 302


def test_an_idle_session_is_locked_after_the_chosen_time(alice):
    alice.idle_lock_minutes = 5
    alice.save()
    with time_machine.travel("2026-03-01 20:00", tick=False) as traveller:
        client = log_in(Client(), alice)
        assert client.get(reverse("journal:entry_list")).status_code == 200
        traveller.shift(4 * 60)
        assert client.get(reverse("journal:entry_list")).status_code == 200
        traveller.shift(6 * 60)
        response = client.get(reverse("journal:entry_list"))
        assert response.status_code == 302
        assert client.get(reverse("journal:entry_list")).status_code == 302


def test_pages_tell_the_script_when_to_lock(alice_client):
    html = alice_client.get(reverse("home")).content.decode()
    assert 'data-idle-lock-seconds="1800"' in html


def test_discreet_mode_shows_a_neutral_name_and_icon_also_after_logging_out(alice_client, alice):
    alice_client.post(
        reverse("accounts:preferences"),
        {"language": "nl", "time_zone": "Europe/Amsterdam", "idle_lock_minutes": "30", "discreet": "on"},
    )
    html = alice_client.get(reverse("home")).content.decode()
    assert "Eerste Stap" not in html.split("<main")[0]
    assert "notes.svg" in html
    manifest = alice_client.get(reverse("manifest")).json()
    assert manifest["name"] == "Notities"
    alice_client.post(reverse("accounts:logout"))
    login_page = alice_client.get(reverse("accounts:login")).content.decode()
    assert "Eerste Stap" not in login_page.split("<main")[0]


def test_the_manifest_is_branded_without_discreet_mode(client):
    assert client.get(reverse("manifest")).json()["name"] == "Eerste Stap"


def test_sign_in_alerts_are_off_by_default_and_content_free_when_on(alice):
    log_in(Client(), alice)
    assert mail.outbox == []
    alice.login_alerts = True
    alice.save()
    log_in(Client(), alice)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Er is ingelogd op je account"
    alice.discreet = True
    alice.save()
    log_in(Client(), alice)
    assert mail.outbox[1].subject == "Melding"
