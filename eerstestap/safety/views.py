from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.http import require_POST

from eerstestap.journal.services import save_draft_from_post

from .helplines import helplines_for


def safety_page(request):
    return render(request, "safety/safety.html", {"helplines": helplines_for(request.LANGUAGE_CODE)})


@require_POST
def quick_exit(request):
    """Leave at once: keep what was being typed, end the session, go to a neutral site.

    The page's script calls this with a beacon and replaces the history entry itself; without script the
    button posts here as an ordinary form.
    """
    save_draft_from_post(request)
    logout(request)
    return HttpResponseRedirect(settings.QUICK_EXIT_URL)
