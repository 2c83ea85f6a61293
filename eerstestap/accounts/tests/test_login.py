import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from eerstestap.accounts import throttle
from eerstestap.testing.factories import PASSWORD

pytestmark = pytest.mark.django_db


def log_in(client, email, password, address="10.0.0.1"):
    return client.post(reverse("accounts:login"), {"username": email, "password": password}, REMOTE_ADDR=address)


def test_it_logs_in_with_email_in_any_case(client, alice):
    response = log_in(client, "  ALICE@example.org ", PASSWORD)
    assert response.status_code == 302
    assert client.get(reverse("journal:entry_list")).status_code == 200


def test_a_wrong_password_gets_a_clear_message(client, alice):
    response = log_in(client, "alice@example.org", "wrong password")
    assert response.status_code == 200
    assert "horen niet bij elkaar" in response.content.decode()


def test_it_slows_down_guessing_for_one_account(client, alice):
    for _ in range(throttle.settings.LOGIN_THROTTLE["free_attempts"]):
        log_in(client, "alice@example.org", "guess")
    response = log_in(client, "alice@example.org", PASSWORD, address="10.9.9.9")
    assert response.status_code == 200
    assert "Te veel pogingen" in response.content.decode()


def test_the_pause_ends_so_nobody_is_locked_out_for_good(client, alice):
    with time_machine.travel("2026-03-01 12:00", tick=False) as traveller:
        for _ in range(12):
            log_in(client, "alice@example.org", "guess")
        assert "Te veel pogingen" in log_in(client, "alice@example.org", PASSWORD).content.decode()
        traveller.shift(16 * 60)  # longer than the cap on the pause
        assert log_in(client, "alice@example.org", PASSWORD).status_code == 302


def test_a_browser_where_the_person_logged_in_before_skips_the_account_pause(alice):
    own_browser = Client()
    assert log_in(own_browser, "alice@example.org", PASSWORD).status_code == 302
    own_browser.post(reverse("accounts:logout"))
    partner = Client()
    for _ in range(8):
        log_in(partner, "alice@example.org", "guess", address="10.0.0.2")
    assert "Te veel pogingen" in log_in(partner, "alice@example.org", PASSWORD, address="10.0.0.2").content.decode()
    assert log_in(own_browser, "alice@example.org", PASSWORD, address="10.0.0.3").status_code == 302


def test_it_slows_down_one_address_trying_many_accounts(client, alice, bob):
    for n in range(throttle.settings.LOGIN_THROTTLE["free_attempts"] * throttle.ADDRESS_FACTOR):
        log_in(client, f"someone{n}@example.org", "guess", address="10.1.1.1")
    assert "Te veel pogingen" in log_in(client, "bob@example.org", PASSWORD, address="10.1.1.1").content.decode()
    assert log_in(Client(), "bob@example.org", PASSWORD, address="10.1.1.2").status_code == 302


def test_an_inactive_account_cannot_log_in(client, alice):
    alice.is_active = False
    alice.save()
    assert log_in(client, "alice@example.org", PASSWORD).status_code == 200


def test_logout_ends_the_session_on_the_server(client, alice):
    log_in(client, "alice@example.org", PASSWORD)
    session_key = client.cookies["sessionid"].value
    assert Session.objects.filter(session_key=session_key).exists()
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert not Session.objects.filter(session_key=session_key).exists()
    # Replaying the old cookie does not bring the session back.
    replay = Client()
    replay.cookies["sessionid"] = session_key
    assert replay.get(reverse("journal:entry_list")).status_code == 302


def test_logout_needs_a_post(alice_client):
    assert alice_client.get(reverse("accounts:logout")).status_code == 405


def test_relogin_answers_json_with_a_fresh_csrf_token(client, alice):
    response = client.post(reverse("accounts:relogin"), {"username": "alice@example.org", "password": PASSWORD})
    assert response.status_code == 200
    assert response.json()["ok"] is True
    assert response.json()["csrf_token"]
    assert client.get(reverse("journal:entry_list")).status_code == 200


def test_relogin_with_a_wrong_password_says_so_in_json(client, alice):
    response = client.post(reverse("accounts:relogin"), {"username": "alice@example.org", "password": "nope"})
    assert response.status_code == 400
    assert "horen niet bij elkaar" in response.json()["error"]
