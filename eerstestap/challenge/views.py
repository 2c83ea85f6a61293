from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from eerstestap.library.links import content_html, content_language
from eerstestap.library.models import Page

from . import reminders, services
from .forms import CheckInForm, ReminderForm


@login_required
def index(request):
    language = content_language(request)
    intro = Page.objects.filter(key="challenge", language=language).first()
    participation = services.active_round(request.user)
    context = {
        "intro": intro,
        "intro_html": content_html(intro.body) if intro else "",
        "participation": participation,
        "history": services.history(request.user),
        "days": services.DAYS,
    }
    if participation is None:
        context["first_day"] = services.day_content(1, language)
        context["reminder_form"] = ReminderForm(instance=services.Participation(user=request.user))
        return render(request, "challenge/index.html", context)
    standing = services.standing(participation)
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.check_in(participation, form.cleaned_data["reflection"])
        except services.CheckInRefused:
            messages.info(request, _("Today already counts. Come back tomorrow for the next step."))
        else:
            messages.success(request, _("Checked in. Today counts."))
        return redirect("challenge:index")
    shown_day = standing.today_check_in.day if standing.today_check_in else standing.next_day
    context.update(
        standing=standing,
        day=services.day_content(shown_day, language) if shown_day else None,
        check_in_form=form,
        reminder_form=ReminderForm(instance=participation),
        check_ins=participation.check_ins.all(),
    )
    return render(request, "challenge/index.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def join(request):
    form = ReminderForm(request.POST, instance=services.Participation(user=request.user))
    if not form.is_valid():
        messages.error(request, _("Please choose a valid time for the reminder, for example 20:00."))
        return redirect("challenge:index")
    services.join(request.user, form.cleaned_data["reminders"], form.cleaned_data["reminder_time"])
    messages.success(request, _("You joined the challenge. Here is your first step."))
    return redirect("challenge:index")


@login_required
@require_POST
def reminder_settings(request):
    participation = services.active_round(request.user)
    if participation is None:
        return redirect("challenge:index")
    form = ReminderForm(request.POST, instance=participation)
    if form.is_valid():
        form.save()
        messages.success(request, _("Your reminder settings are saved."))
    else:
        messages.error(request, _("Please choose a valid time for the reminder, for example 20:00."))
    return redirect("challenge:index")


@login_required
def restart(request):
    if request.method == "POST":
        services.restart(request.user)
        messages.success(request, _("A new round starts at day 1. Your earlier check-ins stay in your history."))
        return redirect("challenge:index")
    return render(request, "challenge/restart.html", {"participation": services.active_round(request.user)})


@login_required
def day(request, number):
    """Read any day of the challenge (content only; checking in happens on the challenge page)."""
    item = services.day_content(number, content_language(request))
    if item is None:
        raise Http404
    return render(
        request, "challenge/day.html", {"day": item, "body_html": content_html(item.body), "days": services.DAYS}
    )


@csrf_exempt  # the link in the e-mail and the mail program's RFC 8058 POST come without a session
def unsubscribe(request, token):
    """One click turns the reminders off, without logging in; the page offers to undo it."""
    participation = reminders.participation_for_token(token)
    if participation is None:
        return render(request, "challenge/unsubscribe.html", {"invalid": True}, status=404)
    if request.method == "POST" and request.POST.get("undo") == "1":
        participation.reminders = True
        participation.save(update_fields=["reminders"])
        return render(request, "challenge/unsubscribe.html", {"token": token, "resubscribed": True})
    participation.reminders = False
    participation.save(update_fields=["reminders"])
    return render(request, "challenge/unsubscribe.html", {"token": token})
