"""Cheap project-wide checks: every page renders in both languages with exactly one <h1>."""

import re

import pytest
from django.urls import reverse

from eerstestap.testing.urls import named_patterns

pytestmark = pytest.mark.django_db

# Pages only reachable through POST, or owned by Django's admin (not part of the person's product).
SKIP_NAMES = {
    "accounts:logout",
    "accounts:relogin",
    "accounts:set_language",
    "journal:draft_save",
    "journal:draft_discard",
    "safety:quick_exit",
    "accounts:lock",
    "privacy:withdraw_consent",
    "manifest",
    "challenge:join",
    "challenge:reminders",
}


def urls_without_arguments():
    return sorted({name for name, pattern in named_patterns() if not pattern.pattern.regex.groups} - SKIP_NAMES)


URL_NAMES = urls_without_arguments()


def test_the_sweep_finds_the_pages():
    assert {"home", "journal:entry_list", "journal:entry_new", "safety:page", "accounts:login"} <= set(URL_NAMES)


@pytest.mark.parametrize("name", URL_NAMES)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_renders_with_one_h1(alice_client, client, name, language):
    for browser in (alice_client, client):
        browser.cookies["eerstestap_language"] = language
        if browser is alice_client:
            from eerstestap.accounts.models import User

            User.objects.filter(email="alice@example.org").update(language=language)
        response = browser.get(reverse(name), follow=True)
        assert response.status_code == 200, name
        html = response.content.decode()
        assert len(re.findall(r"<h1[\s>]", html)) == 1, f"{name} ({language}) needs exactly one <h1>"
        assert f'<html lang="{language}">' in html


def test_dutch_is_the_default_language(client):
    html = client.get(reverse("accounts:login")).content.decode()
    assert '<html lang="nl">' in html
    assert "Inloggen" in html


def test_an_unknown_address_gets_a_friendly_404(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_the_page_title_is_neutral(alice_client, alice_entry):
    for url in [
        reverse("home"),
        reverse("journal:entry_list"),
        reverse("journal:entry_detail", args=[alice_entry.pk]),
        reverse("safety:page"),
    ]:
        title = re.search(r"<title>(.*?)</title>", alice_client.get(url).content.decode(), re.S).group(1)
        assert title.strip().endswith("Notities")
        for revealing in ["Dagboek", "Eerste Stap", "relatie", "Veilig"]:
            assert revealing not in title
