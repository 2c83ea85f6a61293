from django.conf import settings

DISCREET_COOKIE = "eerstestap_discreet"


def is_discreet(request) -> bool:
    """Discreet mode follows the person's setting; a cookie keeps it on the log-in page after logging out."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return user.discreet
    return request.COOKIES.get(DISCREET_COOKIE) == "1"


def site(request):
    return {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL, "DISCREET": is_discreet(request)}
