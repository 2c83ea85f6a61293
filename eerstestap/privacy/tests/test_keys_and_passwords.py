import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from conftest import log_in
from eerstestap.journal.models import Entry
from eerstestap.privacy import keyring
from eerstestap.privacy.models import DataKey, SessionRecord
from eerstestap.testing.factories import PASSWORD, EntryFactory, UserFactory

pytestmark = pytest.mark.django_db

NEW = "een nieuwe zin die niemand raadt"


def reset_link_for(client, email) -> str:
    client.post(reverse("accounts:password_reset"), {"email": email})
    path = re.search(r"https?://[^/\s]+(/account/password/reset/\S+/)", mail.outbox[-1].body).group(1)
    return client.get(path, follow=True).redirect_chain[-1][0]


def read_entries_as(email, password) -> list[str]:
    keyring.lock_all()
    client = Client()
    assert client.post(reverse("accounts:login"), {"username": email, "password": password}).status_code == 302
    html = client.get(reverse("journal:entry_list")).content.decode()
    return html


def test_changing_the_password_keeps_every_text_readable(alice_client, alice):
    EntryFactory(user=alice, body="blijft leesbaar")
    response = alice_client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW, "end_other_sessions": "on"},
    )
    assert response.status_code == 302
    assert "blijft leesbaar" in read_entries_as("alice@example.org", NEW)


def test_changing_the_password_can_end_or_keep_other_sessions(alice):
    phone, laptop = log_in(Client(), alice), log_in(Client(), alice)
    phone.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW, "end_other_sessions": "on"},
    )
    assert laptop.get(reverse("journal:entry_list")).status_code == 302
    assert phone.get(reverse("journal:entry_list")).status_code == 200

    tablet = log_in(Client(), alice, NEW)
    phone.post(
        reverse("accounts:password_change"), {"old_password": NEW, "new_password1": PASSWORD, "new_password2": PASSWORD}
    )
    assert tablet.get(reverse("journal:entry_list")).status_code == 200


def test_a_reset_with_the_recovery_code_keeps_the_texts(alice):
    EntryFactory(user=alice, body="met code bewaard")
    client = Client()
    url = reset_link_for(client, alice.email)
    response = client.post(
        url, {"recovery_code": alice.recovery_code.lower(), "new_password1": NEW, "new_password2": NEW}
    )
    assert response.status_code == 302
    assert "met code bewaard" in read_entries_as(alice.email, NEW)


def test_a_reset_with_a_wrong_code_changes_nothing(alice):
    client = Client()
    url = reset_link_for(client, alice.email)
    other = UserFactory().recovery_code
    response = client.post(url, {"recovery_code": other, "new_password1": NEW, "new_password2": NEW})
    assert response.status_code == 200
    assert "past niet" in response.content.decode()
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_a_reset_without_the_code_must_be_confirmed_and_leaves_old_texts_locked(alice):
    EntryFactory(user=alice, body="oude tekst")
    client = Client()
    url = reset_link_for(client, alice.email)
    page = client.get(url).content.decode()
    assert "op slot" in page
    refused = client.post(url, {"new_password1": NEW, "new_password2": NEW})
    assert refused.status_code == 200
    assert client.post(url, {"new_password1": NEW, "new_password2": NEW, "without_code": "on"}).status_code == 302
    html = read_entries_as(alice.email, NEW)
    assert "oude tekst" not in html
    assert "Op slot" in html
    assert DataKey.objects.filter(user=alice, retired_at__isnull=False).exists()


def test_an_old_recovery_code_opens_the_old_texts_again(alice):
    EntryFactory(user=alice, body="teruggevonden")
    old_code = alice.recovery_code
    client = Client()
    url = reset_link_for(client, alice.email)
    client.post(url, {"new_password1": NEW, "new_password2": NEW, "without_code": "on"})
    keyring.lock_all()
    fresh = log_in(Client(), alice, NEW)
    response = fresh.post(reverse("privacy:restore"), {"code": old_code})
    assert response.status_code == 302
    assert "teruggevonden" in fresh.get(reverse("journal:entry_list")).content.decode()
    assert not DataKey.objects.filter(user=alice, retired_at__isnull=False).exists()


def test_the_first_log_in_of_an_account_from_before_encryption_seals_its_texts(db):
    from django.db import connection
    from django.utils import timezone

    from eerstestap.accounts.models import User

    person = User.objects.create_user("oud@example.org", PASSWORD, consent_at=timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO journal_entry (user_id, body, tags, created_at, updated_at, record_key, analysis_version) "
            "VALUES (%s, %s, %s, %s, %s, %s, '')",
            [
                person.pk,
                "tekst van vroeger",
                "[]",
                "2026-01-01 20:00:00",
                "2026-01-01 20:00:00",
                "0c4b2c84-5b67-4d8e-9e1a-1d2f3c4b5a69",
            ],
        )
    client = Client()
    response = client.post(reverse("accounts:login"), {"username": "oud@example.org", "password": PASSWORD})
    assert response["Location"] == reverse("privacy:recovery_code")
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM journal_entry WHERE user_id = %s", [person.pk])
        assert cursor.fetchone()[0].startswith("es1.")
    code_page = client.get(reverse("privacy:recovery_code")).content.decode()
    assert re.search(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){7}", code_page)
    # Shown once: the second visit no longer has it.
    assert client.get(reverse("privacy:recovery_code")).status_code == 302
    assert "tekst van vroeger" in client.get(reverse("journal:entry_list")).content.decode()


def test_a_new_recovery_code_replaces_the_old_one(alice_client, alice):
    old = alice.recovery_code
    page = alice_client.post(reverse("privacy:new_recovery_code"), {"password": PASSWORD}).content.decode()
    new = re.search(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}", page).group(0)
    from eerstestap.privacy import keys

    assert new != old
    assert keys.recovery_code_fits(alice, new)
    assert not keys.recovery_code_fits(alice, old)


def test_sessions_are_recorded_and_forgotten(alice):
    client = log_in(Client(), alice)
    assert SessionRecord.objects.filter(user=alice).count() == 1
    client.post(reverse("accounts:logout"))
    assert not SessionRecord.objects.filter(user=alice).exists()
    assert Entry.objects.count() == 0
