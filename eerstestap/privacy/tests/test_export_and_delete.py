import json
import logging

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection, models
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conftest import log_in
from eerstestap.journal.models import Entry
from eerstestap.privacy.registry import personal_data
from eerstestap.testing.factories import PASSWORD, DraftFactory, EntryFactory

pytestmark = pytest.mark.django_db


def test_every_model_with_personal_data_is_registered():
    """A model that points at a person must take part in export and deletion (or say why not)."""
    user_model = get_user_model()
    missing = []
    for model in apps.get_models():
        label = model._meta.label_lower
        points_at_person = model is user_model or any(
            isinstance(field, models.ForeignKey | models.OneToOneField) and field.related_model is user_model
            for field in model._meta.get_fields()
            if field.concrete
        )
        if points_at_person and label not in personal_data.entries and label not in personal_data.exempt:
            missing.append(label)
    assert missing == [], f"Register these in personal_data (privacy.registry): {missing}"


def test_export_needs_the_password(alice_client):
    response = alice_client.post(reverse("privacy:export"), {"password": "verkeerd", "format": "json"})
    assert response.status_code == 200
    assert "niet je wachtwoord" in response.content.decode()


def test_the_json_export_holds_every_entry_and_draft(alice_client, alice):
    for n in range(3):
        EntryFactory(user=alice, body=f"stuk {n}", tags=["t"])
    DraftFactory(user=alice, body="half af")
    response = alice_client.post(reverse("privacy:export"), {"password": PASSWORD, "format": "json"})
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    sections = {section["model"]: section["rows"] for section in data["sections"]}
    assert sorted(row["body"] for row in sections["journal.entry"]) == ["stuk 0", "stuk 1", "stuk 2"]
    assert sections["journal.draft"][0]["body"] == "half af"
    assert sections["accounts.user"][0]["email"] == "alice@example.org"


def test_the_html_export_is_readable_and_escaped(alice_client, alice):
    EntryFactory(user=alice, body="<script>alert(1)</script> mijn tekst")
    response = alice_client.post(reverse("privacy:export"), {"password": PASSWORD, "format": "html"})
    html = response.content.decode()
    assert "mijn tekst" in html
    assert "<script>alert(1)</script>" not in html


def test_delete_needs_the_password_and_the_tick(alice_client, alice):
    assert alice_client.post(reverse("privacy:delete"), {"password": PASSWORD}).status_code == 200
    assert alice_client.post(reverse("privacy:delete"), {"password": "nee", "confirm": "on"}).status_code == 200
    assert get_user_model().objects.filter(pk=alice.pk).exists()


def test_delete_removes_every_row_of_the_person_and_ends_the_session(alice_client, alice, bob):
    EntryFactory(user=alice)
    DraftFactory(user=alice)
    EntryFactory(user=bob, body="van bob")
    other_device = log_in(Client(), alice)
    response = alice_client.post(reverse("privacy:delete"), {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 200
    assert "verwijderd" in response.content.decode()
    with connection.cursor() as cursor:
        for model in apps.get_models():
            columns = [
                f.column
                for f in model._meta.concrete_fields
                if isinstance(f, models.ForeignKey) and f.related_model is get_user_model()
            ]
            for column in columns:
                cursor.execute(f"SELECT COUNT(*) FROM {model._meta.db_table} WHERE {column} = %s", [alice.pk])  # noqa: S608
                assert cursor.fetchone()[0] == 0, model._meta.label
    assert not get_user_model().objects.filter(pk=alice.pk).exists()
    assert Entry.objects.filter(user=bob).count() == 1
    assert other_device.get(reverse("journal:entry_list")).status_code == 302
    assert alice_client.get(reverse("journal:entry_list")).status_code == 302


def test_withdrawing_consent_leaves_only_export_and_delete(alice_client, alice):
    alice_client.post(reverse("privacy:withdraw_consent"))
    response = alice_client.get(reverse("journal:entry_list"))
    assert response["Location"] == reverse("privacy:consent")
    assert alice_client.get(reverse("privacy:export")).status_code == 200
    assert alice_client.get(reverse("privacy:delete")).status_code == 200
    alice_client.post(reverse("privacy:consent"), {"consent": "on"})
    assert alice_client.get(reverse("journal:entry_list")).status_code == 200


def test_the_admin_shows_no_personal_text(alice, alice_entry):
    admin = get_user_model().objects.create_superuser("staff@example.org", PASSWORD, consent_at=timezone.now())
    client = log_in(Client(), admin)
    pages = [
        reverse("admin:index"),
        reverse("admin:accounts_user_changelist"),
        reverse("admin:accounts_user_change", args=[alice.pk]),
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert alice_entry.body not in html
    from django.contrib import admin as django_admin

    registered = {model._meta.label_lower for model in django_admin.site._registry}
    assert not registered & {"journal.entry", "journal.draft", "privacy.datakey"}


def test_an_error_while_posting_an_entry_leaks_no_text_to_logs_or_mail(alice_client, monkeypatch, caplog, settings):
    settings.ADMINS = [("Beheer", "beheer@example.org")]
    settings.DEBUG = False
    from eerstestap.journal import services

    def fail(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "create_entry", fail)
    alice_client.raise_request_exception = False
    secret = "heel-persoonlijke-zin-xyz"
    with caplog.at_level(logging.DEBUG):
        response = alice_client.post(reverse("journal:entry_new"), {"body": secret, "mood": "2", "tags": secret})
    assert response.status_code == 500
    assert secret not in caplog.text
    assert mail.outbox, "an error mail should have been sent to the admins"
    for message in mail.outbox:
        assert secret not in message.body
        for alternative, _type in getattr(message, "alternatives", []):
            assert secret not in alternative
