from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_POST

from eerstestap.dance.services import recent_safety
from eerstestap.library.links import content_html, content_language, resolve
from eerstestap.library.models import Page

from . import services


def _lesson_or_404(request, module_slug, lesson_slug):
    lesson = services.get_lesson(content_language(request), module_slug, lesson_slug)
    if lesson is None:
        raise Http404
    return lesson


def exercise_target(lesson) -> tuple[str, bool]:
    """(url, in the journal?): the tool the exercise names, or the journal with the lesson's prompt above
    the form (also for a tool this version does not have yet, so that every exercise can be done)."""
    if lesson.exercise_kind == lesson.ExerciseKind.TOOL:
        url = resolve(f"tool:{lesson.exercise_tool}")
        if url:
            return url, False
    return reverse("journal:entry_new") + "?" + urlencode({"lesson": lesson.key}), True


@login_required
def index(request):
    language = content_language(request)
    intro = Page.objects.filter(key="training", language=language).first()
    done, total = services.counts(request.user, language)
    return render(
        request,
        "training/index.html",
        {
            "intro": intro,
            "intro_html": content_html(intro.body) if intro else "",
            "modules": services.overview(request.user, language),
            "resume": services.resume_lesson(request.user, language),
            "done": done,
            "total": total,
            "started": bool(services.progress_by_key(request.user)),
        },
    )


@login_required
def lesson(request, module_slug, lesson_slug):
    item = _lesson_or_404(request, module_slug, lesson_slug)
    progress = services.open_lesson(request.user, item)
    previous, following = services.neighbours(item)
    exercise_url, in_journal = exercise_target(item)
    return render(
        request,
        "training/lesson.html",
        {
            "lesson": item,
            "module": item.module,
            "body_html": content_html(item.body),
            "progress": progress,
            "previous": previous,
            "next": following,
            "exercise_url": exercise_url,
            "exercise_in_journal": in_journal,
            "safety_first": item.couple_exercise and recent_safety(request.user),
            "works": item.works.all(),
        },
    )


@login_required
@require_POST
def lesson_done(request, module_slug, lesson_slug):
    item = _lesson_or_404(request, module_slug, lesson_slug)
    done = request.POST.get("done", "1") == "1"
    services.set_done(request.user, item, done)
    if done:
        _, following = services.neighbours(item)
        if following is not None:
            return redirect("training:lesson", following.module.slug, following.slug)
        return redirect("training:index")
    return redirect("training:lesson", item.module.slug, item.slug)
