"""E-mails rendered in the recipient's language from templates/emails/<name>-subject.txt|-body.txt|-body.html.

E-mails never carry anything a person wrote: only links and short neutral text.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def send_templated_email(
    to: str, name: str, context: dict, language: str, headers: dict | None = None, from_email: str | None = None
) -> None:
    """Render the named e-mail in `language` and send it to one address."""
    context = {"site_url": settings.SITE_URL, **context}
    with translation.override(language):
        subject = " ".join(render_to_string(f"emails/{name}-subject.txt", context).split())
        text = render_to_string(f"emails/{name}-body.txt", context)
        html = render_to_string(f"emails/{name}-body.html", context)
    message = EmailMultiAlternatives(
        subject, text, from_email or settings.DEFAULT_FROM_EMAIL, [to], headers=headers or {}
    )
    message.attach_alternative(html, "text/html")
    message.send()
