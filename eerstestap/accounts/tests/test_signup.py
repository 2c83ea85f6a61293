import re

import pytest
from django.core import mail
from django.urls import reverse

from eerstestap.accounts.models import User

pytestmark = pytest.mark.django_db

STRONG = "mijn fiets staat altijd bij de bakker"


def sign_up(client, email, password=STRONG, **extra):
    return client.post(reverse("accounts:signup"), {"email": email, "password": password, "consent": "on", **extra})


def activation_link(message) -> str:
    return re.search(r"http://\S+/account/activate/\S+/", message.body).group(0)


def test_it_creates_an_inactive_account_and_sends_an_activation_link(client):
    response = sign_up(client, "New.Person@Example.org", time_zone="Europe/Brussels")
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:signup_done")
    user = User.objects.get(email="new.person@example.org")
    assert not user.is_active
    assert user.time_zone == "Europe/Brussels"
    assert len(mail.outbox) == 1
    assert "/account/activate/" in mail.outbox[0].body


def test_it_answers_the_same_for_an_address_that_already_has_an_account(client, alice):
    response = sign_up(client, "alice@example.org")
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:signup_done")
    assert User.objects.filter(email="alice@example.org").count() == 1
    assert User.objects.get(email="alice@example.org").check_password("een lange zin als wachtwoord")
    # The owner of the address hears about it; the page does not tell anyone else.
    assert len(mail.outbox) == 1
    assert "/account/activate/" not in mail.outbox[0].body
    assert "/account/login/" in mail.outbox[0].body


def test_activation_asks_for_the_password_and_logs_in(client):
    sign_up(client, "new@example.org")
    link = activation_link(mail.outbox[0]).replace("http://127.0.0.1:8000", "")
    page = client.get(link)
    assert page.status_code == 200
    wrong = client.post(link, {"password": "not the password"})
    assert wrong.status_code == 200
    assert not User.objects.get(email="new@example.org").is_active
    response = client.post(link, {"password": STRONG})
    assert response.status_code == 302
    assert User.objects.get(email="new@example.org").is_active
    assert client.get(reverse("journal:entry_list")).status_code == 200


def test_an_activation_link_works_only_once(client):
    sign_up(client, "new@example.org")
    link = activation_link(mail.outbox[0]).replace("http://127.0.0.1:8000", "")
    client.post(link, {"password": STRONG})
    client.logout()
    assert client.get(link).status_code == 400


def test_a_forged_activation_link_is_refused(client):
    sign_up(client, "new@example.org")
    user = User.objects.get(email="new@example.org")
    assert client.get(reverse("accounts:activate", args=["MQ", "abc-123"])).status_code == 400
    assert client.get(reverse("accounts:activate", args=["!!", "abc"])).status_code == 400
    assert not User.objects.get(pk=user.pk).is_active


@pytest.mark.parametrize(
    ("password", "fragment"),
    [
        ("kort", "te kort"),
        ("password123", "te bekend"),
        ("", "verplicht"),
    ],
)
def test_it_refuses_weak_passwords_with_a_clear_message(client, password, fragment):
    response = sign_up(client, "new@example.org", password=password)
    assert response.status_code == 200
    assert fragment in response.content.decode().lower()
    assert not User.objects.filter(email="new@example.org").exists()
    assert mail.outbox == []


def test_it_accepts_long_passphrases_with_any_characters(client):
    passphrase = "ik 🌱 groei — ook als jij niet meedoet! " * 3
    assert len(passphrase) > 64
    sign_up(client, "long@example.org", password=passphrase)
    assert User.objects.get(email="long@example.org").check_password(passphrase)


def test_the_signup_form_allows_pasting_and_password_managers(client):
    html = client.get(reverse("accounts:signup")).content.decode()
    assert 'autocomplete="new-password"' in html
    assert "onpaste" not in html
    assert 'autocomplete="off"' not in html


def test_activation_mail_is_in_the_language_used_to_sign_up(client):
    client.cookies["eerstestap_language"] = "en"
    sign_up(client, "english@example.org")
    assert mail.outbox[0].subject == "Confirm your account"
    assert User.objects.get(email="english@example.org").language == "en"


def test_activation_mail_in_dutch_by_default(client):
    sign_up(client, "nederlands@example.org")
    assert mail.outbox[0].subject == "Bevestig je account"


def test_it_requires_explicit_consent(client):
    response = client.post(reverse("accounts:signup"), {"email": "new@example.org", "password": STRONG})
    assert response.status_code == 200
    assert "toestemming" in response.content.decode()
    assert not User.objects.filter(email="new@example.org").exists()


def test_consent_is_recorded_at_sign_up(client):
    sign_up(client, "new@example.org")
    assert User.objects.get(email="new@example.org").consent_at is not None
