import pytest
from django.urls import reverse

from eerstestap.journal import services
from eerstestap.journal.models import Draft, Entry

pytestmark = pytest.mark.django_db


def save(client, body, sequence, url=None, **extra):
    return client.post(url or reverse("journal:draft_save"), {"body": body, "sequence": sequence, **extra})


def test_it_saves_and_updates_the_draft_of_a_new_entry(alice_client, alice):
    assert save(alice_client, "Eerste", 1).json()["saved"] is True
    save(alice_client, "Eerste zinnen", 2, mood="2", tags="avond")
    draft = Draft.objects.get(user=alice)
    assert (draft.body, draft.mood, draft.tags, draft.entry) == ("Eerste zinnen", 2, "avond", None)


def test_an_older_save_arriving_late_never_overwrites_newer_text(alice_client, alice):
    save(alice_client, "nieuwste tekst", 20)
    save(alice_client, "oude tekst", 10)
    assert Draft.objects.get(user=alice).body == "nieuwste tekst"


def test_the_new_entry_page_brings_the_draft_back(alice_client):
    save(alice_client, "Wat ik gisteravond typte", 1)
    html = alice_client.get(reverse("journal:entry_new")).content.decode()
    assert "Wat ik gisteravond typte" in html
    assert "concept teruggezet" in html


def test_saving_the_entry_removes_the_draft(alice_client, alice):
    save(alice_client, "Bijna klaar", 1)
    alice_client.post(reverse("journal:entry_new"), {"body": "Klaar", "mood": "", "tags": ""})
    assert not Draft.objects.filter(user=alice).exists()
    assert Entry.objects.get(user=alice).body == "Klaar"


def test_a_draft_may_exceed_the_entry_limit_so_nothing_is_lost(alice_client, alice):
    body = "x" * 60_000
    assert save(alice_client, body, 1).status_code == 200
    assert len(Draft.objects.get(user=alice).body) == 60_000


def test_a_logged_out_save_answers_401_so_the_page_can_keep_the_text(client):
    response = save(client, "tekst", 1)
    assert response.status_code == 401
    assert response.json() == {"saved": False, "error": "login_required"}


def test_a_bad_sequence_gets_an_error_and_changes_nothing(alice_client, alice):
    response = save(alice_client, "tekst", "abc")
    assert response.status_code == 400
    assert not Draft.objects.exists()


def test_drafts_of_an_entry_being_edited_are_kept_apart(alice_client, alice, alice_entry):
    save(alice_client, "nieuw stuk", 1)
    save(alice_client, "bewerking", 1, url=reverse("journal:entry_draft_save", args=[alice_entry.pk]))
    assert Draft.objects.get(user=alice, entry=None).body == "nieuw stuk"
    assert Draft.objects.get(user=alice, entry=alice_entry).body == "bewerking"
    html = alice_client.get(reverse("journal:entry_edit", args=[alice_entry.pk])).content.decode()
    assert "bewerking" in html


def test_discarding_a_draft_starts_empty(alice_client, alice):
    save(alice_client, "weg ermee", 1)
    alice_client.post(reverse("journal:draft_discard"))
    assert not Draft.objects.exists()


def test_save_draft_creates_once_under_races(alice):
    assert services.save_draft(alice, None, "a", None, "", 1)
    assert services.save_draft(alice, None, "b", None, "", 2)
    assert not services.save_draft(alice, None, "c", None, "", 1)
    assert Draft.objects.filter(user=alice).count() == 1
