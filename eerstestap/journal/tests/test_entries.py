import datetime as dt

import pytest
from django.conf import settings
from django.urls import reverse

from eerstestap.journal.models import Draft, Entry
from eerstestap.testing.factories import DraftFactory, EntryFactory

pytestmark = pytest.mark.django_db


def write(client, body, mood="3", tags=""):
    return client.post(reverse("journal:entry_new"), {"body": body, "mood": mood, "tags": tags})


def test_it_saves_an_entry_with_mood_and_tags(alice_client, alice):
    response = write(alice_client, "Ik zei vandaag wat ik nodig had.", mood="4", tags="Avond, werk, avond")
    entry = Entry.objects.get(user=alice)
    assert response["Location"] == reverse("journal:entry_detail", args=[entry.pk])
    assert (entry.mood, entry.tags) == (4, ["avond", "werk"])


def test_the_mood_is_optional(alice_client, alice):
    write(alice_client, "Geen idee hoe ik me voel.", mood="")
    assert Entry.objects.get(user=alice).mood is None


def test_it_refuses_an_empty_entry(alice_client, alice):
    response = write(alice_client, "   \n  ")
    assert response.status_code == 400
    assert "nog niets geschreven" in response.content.decode()
    assert not Entry.objects.exists()


def test_it_refuses_an_entry_over_the_limit_and_keeps_the_text(alice_client):
    body = "woord " * (settings.JOURNAL_ENTRY_MAX_CHARS // 6 + 10)
    response = write(alice_client, body)
    assert response.status_code == 400
    html = response.content.decode()
    assert "het maximum is 50.000" in html
    assert body.strip() in html
    assert not Entry.objects.exists()


def test_an_invalid_mood_gets_a_message_and_changes_nothing(alice_client):
    response = write(alice_client, "Tekst", mood="9")
    assert response.status_code == 400
    assert not Entry.objects.exists()


def test_html_in_an_entry_is_shown_as_text(alice_client, alice):
    write(alice_client, '<script>alert("x")</script><b>vet</b>')
    entry = Entry.objects.get(user=alice)
    html = alice_client.get(reverse("journal:entry_detail", args=[entry.pk])).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    listing = alice_client.get(reverse("journal:entry_list")).content.decode()
    assert "<b>vet</b>" not in listing


def test_the_list_is_newest_first_and_paged(alice_client, alice):
    start = dt.datetime(2026, 1, 1, 20, tzinfo=dt.UTC)
    for n in range(25):
        EntryFactory(user=alice, body=f"stuk {n:02d}", created_at=start + dt.timedelta(days=n))
    first = alice_client.get(reverse("journal:entry_list")).content.decode()
    assert first.index("stuk 24") < first.index("stuk 23")
    assert "stuk 04" not in first
    second = alice_client.get(reverse("journal:entry_list") + "?page=2").content.decode()
    assert "stuk 04" in second and "stuk 00" in second


def test_search_finds_only_own_matching_entries(alice_client, alice, bob):
    EntryFactory(user=alice, body="Vandaag een wandeling gemaakt met Noor.")
    EntryFactory(user=alice, body="Ruzie over de afwas.", tags=["thuis"])
    EntryFactory(user=bob, body="Ook een wandeling, maar van bob.")
    html = alice_client.get(reverse("journal:entry_list"), {"q": "WANDELING"}).content.decode()
    assert "met Noor" in html
    assert "afwas" not in html
    assert "van bob" not in html
    by_tag = alice_client.get(reverse("journal:entry_list"), {"q": "thuis"}).content.decode()
    assert "afwas" in by_tag


def test_it_edits_an_entry_and_drops_its_draft(alice_client, alice, alice_entry):
    DraftFactory(user=alice, entry=alice_entry, body="concept", sequence=5)
    response = alice_client.post(
        reverse("journal:entry_edit", args=[alice_entry.pk]),
        {"body": "Nieuwe tekst", "mood": "2", "tags": ""},
    )
    assert response.status_code == 302
    alice_entry.refresh_from_db()
    assert alice_entry.body == "Nieuwe tekst"
    assert not Draft.objects.filter(entry=alice_entry).exists()


def test_it_deletes_an_entry_after_confirmation(alice_client, alice_entry):
    url = reverse("journal:entry_delete", args=[alice_entry.pk])
    assert alice_client.get(url).status_code == 200
    assert Entry.objects.filter(pk=alice_entry.pk).exists()
    alice_client.post(url)
    assert not Entry.objects.filter(pk=alice_entry.pk).exists()


def test_times_are_shown_in_the_persons_time_zone(alice_client, alice):
    alice.time_zone = "America/New_York"
    alice.save()
    entry = EntryFactory(user=alice, created_at=dt.datetime(2026, 7, 1, 3, 30, tzinfo=dt.UTC))
    html = alice_client.get(reverse("journal:entry_detail", args=[entry.pk])).content.decode()
    assert "23:30" in html


def test_someone_logged_out_is_sent_to_log_in(client):
    response = client.get(reverse("journal:entry_list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
