import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from eerstestap.testing.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NEW = "een nieuwe zin die niemand raadt"


def test_it_changes_the_password_and_keeps_the_person_logged_in(alice_client, alice):
    response = alice_client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW},
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password(NEW)
    assert alice_client.get(reverse("journal:entry_list")).status_code == 200


def test_it_refuses_a_password_change_with_the_wrong_old_password(alice_client, alice):
    response = alice_client.post(
        reverse("accounts:password_change"),
        {"old_password": "wrong", "new_password1": NEW, "new_password2": NEW},
    )
    assert response.status_code == 200
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_a_reset_request_looks_the_same_for_known_and_unknown_addresses(client, alice):
    known = client.post(reverse("accounts:password_reset"), {"email": "alice@example.org"})
    unknown = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["alice@example.org"]


def test_the_reset_mail_is_in_the_recipients_language_and_works(client):
    UserFactory(email="ann@example.org", language="en")
    client.cookies["eerstestap_language"] = "nl"
    client.post(reverse("accounts:password_reset"), {"email": "ann@example.org"})
    message = mail.outbox[0]
    assert message.subject == "Choose a new password"
    link = re.search(r"https?://[^/\s]+(/account/password/reset/\S+/)", message.body).group(1)
    browser = Client()
    form_page = browser.get(link, follow=True)
    set_url = form_page.redirect_chain[-1][0]
    response = browser.post(set_url, {"new_password1": NEW, "new_password2": NEW, "without_code": "on"})
    assert response.status_code == 302
    assert Client().login(username="ann@example.org", password=NEW)


def test_preferences_store_language_and_time_zone(alice_client, alice):
    response = alice_client.post(
        reverse("accounts:preferences"), {"language": "en", "time_zone": "Europe/Brussels", "idle_lock_minutes": "15"}
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert (alice.language, alice.time_zone) == ("en", "Europe/Brussels")
    assert "Settings" in alice_client.get(reverse("accounts:preferences")).content.decode()


def test_preferences_refuse_an_unknown_time_zone_and_change_nothing(alice_client, alice):
    response = alice_client.post(
        reverse("accounts:preferences"), {"language": "en", "time_zone": "Mars/Olympus", "idle_lock_minutes": "15"}
    )
    assert response.status_code == 200
    alice.refresh_from_db()
    assert (alice.language, alice.time_zone) == ("nl", "Europe/Amsterdam")


def test_switching_language_is_remembered_for_a_logged_in_person(alice_client, alice):
    alice_client.post(reverse("accounts:set_language"), {"language": "en", "next": "/journal/"})
    alice.refresh_from_db()
    assert alice.language == "en"
    assert "Your journal" in alice_client.get(reverse("journal:entry_list")).content.decode()
