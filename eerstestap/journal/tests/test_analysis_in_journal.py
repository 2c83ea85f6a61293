import pytest
from django.db import connection
from django.urls import reverse

from eerstestap.journal import services
from eerstestap.journal.models import Entry

pytestmark = pytest.mark.django_db


def write(client, body):
    client.post(reverse("journal:entry_new"), {"body": body, "mood": "2", "tags": ""})
    return Entry.objects.latest("pk")


def test_the_entry_shows_highlights_and_pattern_cards(alice_client):
    entry = write(alice_client, "Ik wacht al weken tot hij eens begint. Ik heb behoefte aan meer rust.")
    html = alice_client.get(reverse("journal:entry_detail", args=[entry.pk])).content.decode()
    assert '<mark class="hl hl-trap"' in html
    assert '<mark class="hl hl-growth"' in html
    assert "Wachten op de ander" in html
    assert "Je behoefte benoemen" in html
    assert 'class="card-number"' in html  # the number ties a mark to its card: not colour alone


def test_a_safety_label_puts_the_safety_card_first_and_drops_the_pattern_framing(alice_client):
    entry = write(
        alice_client, "Hij heeft me gisteren geslagen. Ik zeg er maar niks meer van, het wordt toch nooit beter."
    )
    html = alice_client.get(reverse("journal:entry_detail", args=[entry.pk])).content.decode()
    assert "Je veiligheid eerst" in html
    assert "0800-2000" in html
    assert html.index("Je veiligheid eerst") < html.index('class="entry-body"')
    assert "Woorden inslikken" not in html
    assert "Wat je woorden laten zien" not in html


def test_cards_are_in_the_persons_language(alice_client, alice):
    alice.language = "en"
    alice.save()
    entry = write(alice_client, "I keep waiting for him to go first.")
    html = alice_client.get(reverse("journal:entry_detail", args=[entry.pk])).content.decode()
    assert "What your words show" in html


def test_the_stored_analysis_is_sealed_like_the_text(alice_client):
    entry = write(alice_client, "Hij heeft me geslagen.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT analysis FROM journal_entry WHERE id = %s", [entry.pk])
        raw = cursor.fetchone()[0]
    assert raw.startswith("es1.")
    assert "safety" not in raw


def test_the_analysis_is_redone_when_the_analyser_changes(alice_client):
    entry = write(alice_client, "Hij luistert nooit.")
    Entry.objects.filter(pk=entry.pk).update(analysis_version="old")
    fresh = Entry.objects.get(pk=entry.pk)
    result = services.analysis_for(fresh)
    assert "generalizing" in result.labels
    assert Entry.objects.get(pk=entry.pk).analysis_version == result.version


def test_html_in_an_analysed_entry_stays_text(alice_client):
    entry = write(alice_client, "<script>alert(1)</script> hij luistert nooit")
    html = alice_client.get(reverse("journal:entry_detail", args=[entry.pk])).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
