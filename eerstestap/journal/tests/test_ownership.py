"""Nobody but the writer reaches an entry or its draft: bob (another person) and carla (a coach) get 404."""

import pytest
from django.urls import reverse

from eerstestap.journal.models import Draft, Entry
from eerstestap.testing.factories import DraftFactory

pytestmark = pytest.mark.django_db

GET_URLS = ["journal:entry_detail", "journal:entry_edit", "journal:entry_delete"]
POST_URLS = ["journal:entry_edit", "journal:entry_delete", "journal:entry_draft_save"]


@pytest.mark.parametrize("name", GET_URLS)
@pytest.mark.parametrize("other", ["bob_client", "carla_client"])
def test_others_get_404_when_reading(request, name, other, alice_entry):
    client = request.getfixturevalue(other)
    response = client.get(reverse(name, args=[alice_entry.pk]))
    assert response.status_code == 404
    assert alice_entry.body not in response.content.decode()


@pytest.mark.parametrize("name", POST_URLS)
@pytest.mark.parametrize("other", ["bob_client", "carla_client"])
def test_others_get_404_when_writing_and_nothing_changes(request, name, other, alice_entry):
    client = request.getfixturevalue(other)
    response = client.post(reverse(name, args=[alice_entry.pk]), {"body": "overschreven", "sequence": 99})
    assert response.status_code == 404
    assert Entry.objects.get(pk=alice_entry.pk).body == alice_entry.body
    assert not Draft.objects.exists()


@pytest.mark.parametrize("other", ["bob_client", "carla_client"])
def test_others_cannot_discard_alices_draft(request, other, alice, alice_entry):
    DraftFactory(user=alice, entry=alice_entry, body="van alice")
    client = request.getfixturevalue(other)
    assert client.post(reverse("journal:draft_discard"), {"entry": alice_entry.pk}).status_code == 404
    assert Draft.objects.get(user=alice).body == "van alice"


def test_others_never_see_alices_entries_or_draft_in_their_own_pages(bob_client, alice, alice_entry):
    DraftFactory(user=alice, body="alice haar concept")
    for url in [
        reverse("journal:entry_list"),
        reverse("journal:entry_new"),
        reverse("home"),
        reverse("journal:entry_list") + "?q=wacht",
    ]:
        html = bob_client.get(url).content.decode()
        assert alice_entry.body not in html
        assert "alice haar concept" not in html
    assert Entry.objects.filter(user=alice).count() == 1
