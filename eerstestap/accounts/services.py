"""Account workflows: signing up and activating without revealing who has an account."""

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from eerstestap.emails import send_templated_email

from .models import User
from .tokens import activation_token


def activation_path(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return reverse("accounts:activate", args=[uid, activation_token.make_token(user)])


def sign_up(email: str, password: str, language: str, time_zone: str) -> None:
    """Start a sign-up. The caller always shows the same "check your inbox" page.

    A new address gets an inactive account and an activation link. An address that already has an account
    gets a note saying so (with a log-in and reset link) instead, so the page never tells a stranger
    whether someone uses Eerste Stap. Both paths hash a password, so they also take about as long.
    """
    existing = User.objects.filter(email=email).first()
    if existing is not None and existing.is_active:
        make_password(password)
        send_templated_email(email, "already-registered", {"user": existing}, existing.language)
        return
    with transaction.atomic():
        # An earlier, never activated sign-up is reused: the newest password and preferences win.
        user = User(email=email, is_active=False) if existing is None else existing
        user.language = language
        user.time_zone = time_zone
        # Explicit consent (GDPR art. 9) is a required field of the sign-up form.
        user.consent_at = timezone.now()
        user.set_password(password)
        user.save()
    send_templated_email(email, "activation", {"user": user, "activation_path": activation_path(user)}, language)


def activate(user: User) -> None:
    """Mark the account as confirmed; the link that led here stops working."""
    user.is_active = True
    user.save(update_fields=["is_active"])
