import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from eerstestap.cookies import set_private_cookie

from . import keyring, keys

LAST_SEEN = "eerstestap_last_seen"
# Paths that work without an unlocked key (logging in, public pages, assets).
OPEN_PREFIXES = (
    "/account/login/",
    "/account/relogin/",
    "/account/logout/",
    "/account/lock/",
    "/account/signup/",
    "/account/activate/",
    "/account/password/reset/",
    "/account/language/",
    "/safety/",
    "/privacy/policy/",
    "/static/",
    "/manifest.webmanifest",
    "/admin/",
)


def _wants_json(request) -> bool:
    return request.headers.get("X-Requested-With") == "fetch" or request.path.endswith("/draft/")


class UnlockMiddleware:
    """Opens the logged-in person's data key for this request only, and locks idle sessions.

    The key sits in the session wrapped under a secret that only the browser holds (an HttpOnly cookie),
    so neither the database nor the cache alone can open it. A session without a usable key, or one idle
    for longer than the person chose, is ended: the person logs in again.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return self._respond(request, self.get_response(request))
        if self._idle_too_long(request, user):
            return self._lock(request, _("You were logged out after a while without activity. Log in again."))
        unlocked = keys.keys_from_session(request)
        if unlocked is None:
            if request.path.startswith(OPEN_PREFIXES):
                return self._respond(request, self.get_response(request))
            return self._lock(request, _("Log in again to open your journal."))
        request.session[LAST_SEEN] = int(time.time())
        with keyring.unlocked(user.pk, unlocked):
            return self._respond(request, self.get_response(request))

    def _idle_too_long(self, request, user) -> bool:
        minutes = getattr(user, "idle_lock_minutes", 0)
        last_seen = request.session.get(LAST_SEEN)
        return bool(minutes and last_seen and time.time() - last_seen > minutes * 60)

    def _lock(self, request, message: str):
        logout(request)
        if _wants_json(request):
            return JsonResponse({"saved": False, "error": "login_required"}, status=401)
        messages.info(request, message)
        login_url = reverse(settings.LOGIN_URL)
        if request.method == "GET":
            return redirect(f"{login_url}?{urlencode({'next': request.get_full_path()})}")
        return redirect(login_url)

    def _respond(self, request, response):
        secret = getattr(request, "eerstestap_unlock_secret", None)
        if secret is not None:
            set_private_cookie(response, keys.UNLOCK_COOKIE, keys._b64(secret), settings.SESSION_COOKIE_AGE)
        elif request.COOKIES.get(keys.UNLOCK_COOKIE) and not request.session.get(keys.SESSION_KEY):
            response.delete_cookie(keys.UNLOCK_COOKIE, samesite="Lax")
        return response


CONSENT_FREE_PREFIXES = (
    "/privacy/",
    "/account/logout/",
    "/account/lock/",
    "/account/language/",
    "/safety/",
    "/static/",
    "/manifest.webmanifest",
    "/admin/",
)


class ConsentMiddleware:
    """A logged-in person without recorded consent (GDPR art. 9) can only give it, export or delete."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and user.consent_at is None
            and not request.path.startswith(CONSENT_FREE_PREFIXES)
            and not _wants_json(request)
        ):
            return redirect("privacy:consent")
        return self.get_response(request)
