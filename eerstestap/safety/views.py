from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_POST

from eerstestap.journal.forms import DraftForm
from eerstestap.journal.services import get_entry_for_user, save_draft

from .helplines import helplines_for


def safety_page(request):
    return render(request, "safety/safety.html", {"helplines": helplines_for(request.LANGUAGE_CODE)})


@require_POST
def quick_exit(request):
    """Leave at once: keep what was being typed, end the session, go to a neutral site.

    The page's script calls this with a beacon and replaces the history entry itself; without script the
    button posts here as an ordinary form.
    """
    if request.user.is_authenticated and "sequence" in request.POST:
        form = DraftForm(request.POST)
        entry_pk = request.POST.get("draft_entry", "")
        if form.is_valid():
            entry = get_entry_for_user(request.user, int(entry_pk)) if entry_pk.isdigit() else None
            save_draft(request.user, entry, **form.cleaned_data)
    logout(request)
    return HttpResponseRedirect(settings.QUICK_EXIT_URL)
