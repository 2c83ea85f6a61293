from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext as _

from eerstestap.challenge import services as challenge
from eerstestap.context_processors import is_discreet
from eerstestap.journal.services import get_draft


def home(request):
    if not request.user.is_authenticated:
        return render(request, "welcome.html")
    return _home(request)


@login_required
def _home(request):
    entries = request.user.entries.all()
    participation = challenge.active_round(request.user)
    standing = challenge.standing(participation) if participation else None
    today_step = None
    if standing and not standing.complete and standing.today_check_in is None:
        today_step = challenge.day_content(standing.next_day, request.LANGUAGE_CODE)
    return render(
        request,
        "home.html",
        {
            "entry_count": entries.count(),
            "last_entry": entries.first(),
            "draft": get_draft(request.user),
            "today_step": today_step,
        },
    )


def manifest(request):
    """The installable app's name and icon; neutral in discreet mode, so a home screen gives nothing away."""
    discreet = is_discreet(request)
    data = {
        "name": _("Notes") if discreet else "Eerste Stap",
        "short_name": _("Notes") if discreet else "Eerste Stap",
        "start_url": "/",
        "display": "standalone",
        "background_color": "#f6f3ee",
        "theme_color": "#5b6770" if discreet else "#2f6f68",
        "icons": [
            {
                "src": static("icons/notes.svg" if discreet else "icons/icon.svg"),
                "sizes": "any",
                "type": "image/svg+xml",
            }
        ],
    }
    return JsonResponse(data, content_type="application/manifest+json")


def csrf_failure(request, reason=""):
    """A form sent from a stale page (for example after logging out elsewhere): say so plainly."""
    return render(request, "csrf_failure.html", status=403)
