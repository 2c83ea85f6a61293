"""E-mail goes out over real SMTP, in the recipient's language, without anything the person wrote."""

import pytest
from django.urls import reverse

from eerstestap.testing.smtp import smtp_server

pytestmark = pytest.mark.django_db


def test_the_activation_mail_is_delivered_over_smtp(client, settings):
    with smtp_server() as (port, inbox):
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        client.post(
            reverse("accounts:signup"),
            {"email": "smtp@example.org", "password": "een lange zin als wachtwoord", "consent": "on"},
        )
    assert len(inbox.messages) == 1
    message = inbox.messages[0]
    assert message["To"] == "smtp@example.org"
    assert message["Subject"] == "Bevestig je account"
    text = message.get_body(("plain",)).get_content()
    assert "/account/activate/" in text
    html = message.get_body(("html",)).get_content()
    assert "<a href=" in html
