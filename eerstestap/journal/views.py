from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eerstestap.training import services as training

from . import services
from .forms import DraftForm, EntryForm, SearchForm
from .patterns import cards_with_highlights

ENTRIES_PER_PAGE = 20


@login_required
def entry_list(request):
    search = SearchForm(request.GET or None)
    query = search.cleaned_data["q"].strip() if search.is_valid() else ""
    entries = services.search_entries(request.user, query)
    page = Paginator(entries, ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "journal/entry_list.html",
        {
            "search": search,
            "query": query,
            "page": page,
            "draft": services.get_draft(request.user),
        },
    )


def _form_initial(draft) -> dict:
    return {"body": draft.body, "mood": draft.mood, "tags": draft.tags}


def _render_form(request, form, entry, draft, lesson=None):
    return render(
        request,
        "journal/entry_form.html",
        {
            "form": form,
            "entry": entry,
            "draft": draft,
            "lesson": lesson,
            "max_chars": settings.JOURNAL_ENTRY_MAX_CHARS,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@login_required
def entry_new(request):
    draft = services.get_draft(request.user)
    # Written as a lesson's exercise: the prompt shows above the form, and the lesson remembers the entry.
    lesson_key = request.POST.get("lesson") or request.GET.get("lesson") or ""
    lesson = training.lesson_by_key(request.LANGUAGE_CODE, lesson_key) if lesson_key else None
    if request.method == "POST":
        form = EntryForm(request.POST)
        if form.is_valid():
            entry = services.create_entry(request.user, **form.cleaned_data)
            if lesson is not None:
                training.record_journal_exercise(request.user, lesson.key, entry)
                messages.success(request, _("Your entry is saved. The lesson shows that you did its exercise."))
            else:
                messages.success(request, _("Your entry is saved."))
            return redirect("journal:entry_detail", pk=entry.pk)
    else:
        form = EntryForm(initial=_form_initial(draft) if draft else None)
    return _render_form(request, form, None, draft, lesson)


@login_required
def entry_detail(request, pk):
    entry = services.get_entry_for_user(request.user, pk)
    context = {
        "entry": entry,
        "cards": [],
        "body_html": None,
        "safety": False,
        "lesson": training.lesson_for_entry(request.user, entry, request.LANGUAGE_CODE),
    }
    if entry.is_readable():
        analysis = services.analysis_for(entry)
        cards, body_html = cards_with_highlights(analysis, entry.body, request.LANGUAGE_CODE)
        context.update(cards=cards, safety=analysis.has_safety, body_html=body_html)
    return render(request, "journal/entry_detail.html", context)


@login_required
def entry_edit(request, pk):
    entry = services.get_entry_for_user(request.user, pk)
    draft = services.get_draft(request.user, entry)
    if draft and not draft.is_newer_than_entry():
        draft = None
    if request.method == "POST":
        form = EntryForm(request.POST)
        if form.is_valid():
            services.update_entry(entry, **form.cleaned_data)
            messages.success(request, _("Your changes are saved."))
            return redirect("journal:entry_detail", pk=entry.pk)
    else:
        source = (
            _form_initial(draft) if draft else {"body": entry.body, "mood": entry.mood, "tags": ", ".join(entry.tags)}
        )
        form = EntryForm(initial=source)
    return _render_form(request, form, entry, draft)


@login_required
def entry_delete(request, pk):
    entry = services.get_entry_for_user(request.user, pk)
    if request.method == "POST":
        entry.delete()
        messages.success(request, _("The entry is deleted."))
        return redirect("journal:entry_list")
    return render(request, "journal/entry_delete.html", {"entry": entry})


def _draft_response(request, entry):
    if not request.user.is_authenticated:
        # A JSON answer rather than a redirect: the page keeps the text and asks to log in again.
        return JsonResponse({"saved": False, "error": "login_required"}, status=401)
    if entry is not None:
        entry = services.get_entry_for_user(request.user, entry)
    form = DraftForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"saved": False, "error": "invalid", "fields": list(form.errors)}, status=400)
    services.save_draft(request.user, entry, **form.cleaned_data)
    saved_at = timezone.localtime()
    return JsonResponse({"saved": True, "saved_at": formats.time_format(saved_at, "H:i")})


@require_POST
def draft_save(request):
    return _draft_response(request, None)


@require_POST
def entry_draft_save(request, pk):
    return _draft_response(request, pk)


@login_required
@require_POST
def draft_discard(request):
    entry_pk = request.POST.get("entry", "")
    entry = services.get_entry_for_user(request.user, int(entry_pk)) if entry_pk.isdigit() else None
    services.discard_draft(request.user, entry)
    messages.info(request, _("The draft is discarded."))
    return redirect("journal:entry_edit", pk=entry.pk) if entry else redirect("journal:entry_new")
