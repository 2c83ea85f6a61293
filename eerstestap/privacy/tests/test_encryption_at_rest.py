"""What a database dump shows: sealed values only, never the text, never a key."""

import base64
import os
import shutil
import subprocess
import uuid

import pytest
from django.db import connection
from django.urls import reverse

from eerstestap.journal.models import Draft, Entry
from eerstestap.privacy import crypto, keyring
from eerstestap.testing.factories import EntryFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHRASE = "mijn-geheime-zin-" + uuid.uuid4().hex[:8]


def raw_column(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608 (fixed names)
        return cursor.fetchone()[0]


def key_material(user) -> list[bytes]:
    """The person's data key as it would appear in a dump, in raw and encoded forms."""
    keys = keyring._unlocked.get()[user.pk]
    found = []
    for key in keys.values():
        found += [key, key.hex().encode(), base64.b64encode(key), base64.urlsafe_b64encode(key)]
    return found


def write_through_the_app(client):
    client.post(reverse("journal:entry_new"), {"body": f"Vandaag: {PHRASE}", "mood": "2", "tags": f"tag-{PHRASE}"})
    client.post(reverse("journal:draft_save"), {"body": f"concept {PHRASE}", "sequence": 1, "tags": ""})


def test_the_database_holds_only_sealed_text(alice_client, alice):
    write_through_the_app(alice_client)
    entry = Entry.objects.get(user=alice)
    body = raw_column("journal_entry", "body", entry.pk)
    assert crypto.is_sealed(body) and PHRASE not in body
    assert PHRASE not in raw_column("journal_entry", "tags", entry.pk)
    draft = Draft.objects.get(user=alice)
    assert PHRASE not in raw_column("journal_draft", "body", draft.pk)
    assert entry.body == f"Vandaag: {PHRASE}"


def test_a_sqlite_file_holds_neither_the_phrase_nor_key_material(alice_client, alice, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite file check")
    write_through_the_app(alice_client)
    dump = tmp_path / "dump.sqlite3"
    with connection.cursor() as cursor:
        cursor.execute("VACUUM INTO %s", [str(dump)])
    data = dump.read_bytes()
    assert PHRASE.encode() not in data
    for material in key_material(alice):
        assert material not in data


def test_a_pg_dump_holds_neither_the_phrase_nor_key_material(alice_client, alice):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL dump check")
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    write_through_the_app(alice_client)
    settings_dict = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": settings_dict.get("PASSWORD") or ""}
    dump = subprocess.run(
        [
            "pg_dump",
            "-h",
            settings_dict["HOST"] or "127.0.0.1",
            "-p",
            str(settings_dict["PORT"] or 5432),
            "-U",
            settings_dict["USER"],
            settings_dict["NAME"],
        ],
        capture_output=True,
        env=env,
        check=True,
        timeout=120,
    ).stdout
    assert b"journal_entry" in dump
    assert PHRASE.encode() not in dump
    for material in key_material(alice):
        assert material not in dump


def test_swapping_ciphertexts_between_rows_makes_them_unreadable(alice, bob):
    first = EntryFactory(user=alice, body="eerste")
    second = EntryFactory(user=alice, body="tweede")
    bobs = EntryFactory(user=bob, body="van bob")
    a, b = raw_column("journal_entry", "body", first.pk), raw_column("journal_entry", "body", second.pk)
    Entry.objects.filter(pk=first.pk).update(body=b)
    Entry.objects.filter(pk=second.pk).update(body=a)
    for pk in (first.pk, second.pk):
        with pytest.raises(crypto.DecryptionError):
            _ = Entry.objects.get(pk=pk).body
    Entry.objects.filter(pk=bobs.pk).update(body=a)
    assert not Entry.objects.get(pk=bobs.pk).is_readable()


def test_saving_without_an_unlocked_key_never_writes_plain_text(alice):
    keyring.lock_all()
    with pytest.raises(keyring.KeyUnavailable):
        Entry.objects.create(user=alice, body="zou onversleuteld kunnen belanden")
    assert not Entry.objects.exists()


def test_the_session_and_cache_hold_no_usable_key(alice_client, alice):
    from django.contrib.sessions.models import Session

    write_through_the_app(alice_client)
    stored = b"".join(s.session_data.encode() for s in Session.objects.all())
    decoded = b"".join(str(s.get_decoded()).encode() for s in Session.objects.all())
    for material in key_material(alice):
        assert material not in stored and material not in decoded
    with connection.cursor() as cursor:
        cursor.execute("SELECT value FROM eerstestap_cache")
        cache_rows = " ".join(row[0] for row in cursor.fetchall()).encode()
    for material in key_material(alice):
        assert material not in cache_rows


def test_without_the_unlock_cookie_the_session_cannot_open_the_journal(alice_client, alice_entry):
    from eerstestap.privacy.keys import UNLOCK_COOKIE

    del alice_client.cookies[UNLOCK_COOKIE]
    response = alice_client.get(reverse("journal:entry_detail", args=[alice_entry.pk]))
    assert response.status_code == 302
    assert alice_entry.body not in response.content.decode()
