from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver

from . import keys
from .models import SessionRecord


@receiver(user_logged_in)
def keep_key_and_record_session(sender, request, user, **kwargs):
    unlocked = getattr(user, "eerstestap_unlocked", None)
    if unlocked is not None and request is not None and hasattr(request, "session"):
        keys.remember_in_session(request, user, unlocked)
        del user.eerstestap_unlocked
    if request is not None and hasattr(request, "session"):
        if request.session.session_key is None:
            request.session.save()
        SessionRecord.objects.get_or_create(session_key=request.session.session_key, defaults={"user": user})


@receiver(user_logged_out)
def forget_session(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session") and request.session.session_key:
        SessionRecord.objects.filter(session_key=request.session.session_key).delete()


@receiver(user_logged_in)
def alert_by_email(sender, request, user, **kwargs):
    """Only when the person asked for it: an inbox may be read by the very partner it warns about."""
    if user.login_alerts:
        from django.utils import timezone

        from eerstestap.emails import send_templated_email

        when = timezone.localtime(timezone.now(), user.zone)
        send_templated_email(user.email, "login-alert", {"when": when, "discreet": user.discreet}, user.language)
