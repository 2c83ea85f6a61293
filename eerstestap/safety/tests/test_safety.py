import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse

from eerstestap.journal.models import Draft

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_safety_page_lists_the_help_lines(client, language):
    client.cookies["eerstestap_language"] = language
    html = client.get(reverse("safety:page")).content.decode()
    for number in ["0800-2000", "113 / 0800-0113", "112", "1712", "1813"]:
        assert number in html
    assert 'href="tel:08002000"' in html


def test_english_readers_also_see_english_lines(client):
    client.cookies["eerstestap_language"] = "en"
    html = client.get(reverse("safety:page")).content.decode()
    assert "Samaritans" in html and "988" in html


def test_every_page_links_to_the_safety_page_and_has_a_quick_exit(alice_client):
    for url in [reverse("home"), reverse("journal:entry_list"), reverse("journal:entry_new")]:
        html = alice_client.get(url).content.decode()
        assert f'href="{reverse("safety:page")}"' in html
        assert "data-quick-exit" in html


def test_quick_exit_saves_the_text_being_typed_and_ends_the_session(alice_client, alice):
    session_key = alice_client.cookies["sessionid"].value
    response = alice_client.post(
        reverse("safety:quick_exit"), {"body": "half af", "sequence": 5, "mood": "", "tags": ""}
    )
    assert response.status_code == 302
    assert response["Location"] == settings.QUICK_EXIT_URL
    assert Draft.objects.get(user=alice).body == "half af"
    assert not Session.objects.filter(session_key=session_key).exists()


def test_quick_exit_saves_the_draft_of_an_entry_being_edited(alice_client, alice, alice_entry):
    alice_client.post(reverse("safety:quick_exit"), {"body": "bewerkt", "sequence": 5, "draft_entry": alice_entry.pk})
    assert Draft.objects.get(user=alice, entry=alice_entry).body == "bewerkt"


def test_quick_exit_works_without_a_session(client):
    response = client.post(reverse("safety:quick_exit"))
    assert response.status_code == 302
