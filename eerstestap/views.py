from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from eerstestap.journal.services import get_draft


def home(request):
    if not request.user.is_authenticated:
        return render(request, "welcome.html")
    return _home(request)


@login_required
def _home(request):
    entries = request.user.entries.all()
    return render(
        request,
        "home.html",
        {
            "entry_count": entries.count(),
            "last_entry": entries.first(),
            "draft": get_draft(request.user),
        },
    )


def csrf_failure(request, reason=""):
    """A form sent from a stale page (for example after logging out elsewhere): say so plainly."""
    return render(request, "csrf_failure.html", status=403)
