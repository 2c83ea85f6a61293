from dataclasses import asdict
from pathlib import Path

import yaml
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eerstestap.analysis import Analysis, analyse
from eerstestap.journal.patterns import cards_with_highlights

from . import services
from .forms import (
    BoundaryForm,
    BoundaryLogForm,
    DanceMapForm,
    ExperimentForm,
    ExperimentLogForm,
    IStatementForm,
    NewStepForm,
    ReflectionForm,
    WorryForm,
    WorryZoneForm,
)
from .models import Boundary, DanceMap, Experiment, IStatement, Reflection, Worry


def _context(request, **extra):
    return {"safety_first": services.recent_safety(request.user), **extra}


def _page(request, template: str, form=None, **extra):
    """Render a tool page; a form with errors answers 400, with the person's text still in it."""
    status = 400 if form is not None and form.errors else 200
    return render(request, template, _context(request, form=form, **extra), status=status)


def _save_owned(form, request):
    """Save a new tool item from a valid form as the logged-in person's own."""
    item = form.save(commit=False)
    item.user = request.user
    item.save()
    return item


@login_required
def overview(request):
    user = request.user
    return render(
        request,
        "dance/overview.html",
        _context(
            request,
            reflections=user.reflections.count(),
            maps=user.dance_maps.count(),
            experiments=user.experiments.count(),
            worries=user.worries.count(),
            statements=user.i_statements.count(),
            boundaries=user.boundaries.count(),
        ),
    )


# Three questions


@login_required
def reflections(request):
    form = ReflectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reflection = form.save(commit=False)
        reflection.user = request.user
        services.save_reflection(reflection)
        messages.success(request, _("Your answers are saved."))
        return redirect("dance:reflection_detail", pk=reflection.pk)
    return _page(request, "dance/reflections.html", form, items=request.user.reflections.all())


@login_required
def reflection_detail(request, pk):
    reflection = services.get_owned(Reflection, request.user, pk)
    text = reflection.combined_text()
    analysis = Analysis.from_dict(reflection.analysis) if reflection.analysis else analyse(text)
    cards, text_html = cards_with_highlights(analysis, text, request.LANGUAGE_CODE)
    return render(
        request,
        "dance/reflection_detail.html",
        _context(request, reflection=reflection, cards=cards, safety=analysis.has_safety, text_html=text_html),
    )


# Dance maps


@login_required
def maps(request):
    return render(request, "dance/maps.html", _context(request, items=request.user.dance_maps.all()))


@login_required
def map_edit(request, pk=None):
    instance = services.get_owned(DanceMap, request.user, pk) if pk else None
    form = DanceMapForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        dance_map = _save_owned(form, request)
        messages.success(request, _("Your dance map is saved."))
        return redirect("dance:map_detail", pk=dance_map.pk)
    return _page(request, "dance/map_form.html", form, item=instance)


@login_required
def map_detail(request, pk):
    dance_map = services.get_owned(DanceMap, request.user, pk)
    form = NewStepForm(request.POST or None, instance=dance_map)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your new step is saved. Plan it as an experiment when you are ready."))
        return redirect("dance:map_detail", pk=dance_map.pk)
    return render(
        request,
        "dance/map_detail.html",
        _context(request, item=dance_map, form=form, experiments=dance_map.experiments.all()),
    )


# Experiments


@login_required
def experiments(request):
    return render(request, "dance/experiments.html", _context(request, items=request.user.experiments.all()))


@login_required
def experiment_new(request):
    initial = {}
    map_pk = request.GET.get("map", "")
    if map_pk.isdigit():
        dance_map = services.get_owned(DanceMap, request.user, int(map_pk))
        initial = {"dance_map": dance_map, "step": dance_map.new_step}
    form = ExperimentForm(request.user, request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        experiment = _save_owned(form, request)
        return redirect("dance:experiment_detail", pk=experiment.pk)
    return _page(request, "dance/experiment_form.html", form)


@login_required
def experiment_detail(request, pk):
    experiment = services.get_owned(Experiment, request.user, pk)
    form = ExperimentLogForm(request.POST or None, instance=experiment)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        experiment.log(
            data["status"],
            data["what_i_did"],
            data["feeling_score"],
            data["feeling_words"],
            data["learned"],
            data["partner_reaction"],
        )
        messages.success(request, _("Logged. Whatever happened next: you took your own step."))
        return redirect("dance:experiment_detail", pk=experiment.pk)
    return render(request, "dance/experiment_detail.html", _context(request, item=experiment, form=form))


# Circle of influence


@login_required
def circle(request):
    form = WorryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        worry = form.save(commit=False)
        worry.user = request.user
        worry.suggested_zone = services.suggest_zone(worry.text)
        worry.zone = request.POST.get("zone") if request.POST.get("zone") in Worry.Zone.values else worry.suggested_zone
        worry.save()
        return redirect("dance:circle")
    worries = list(request.user.worries.all())
    zones = [(value, label, [w for w in worries if w.zone == value]) for value, label in Worry.Zone.choices]
    return _page(request, "dance/circle.html", form, zones=zones, choices=Worry.Zone.choices)


@login_required
@require_POST
def worry_zone(request, pk):
    worry = services.get_owned(Worry, request.user, pk)
    form = WorryZoneForm(request.POST, instance=worry)
    if form.is_valid():
        form.save()
    else:
        messages.error(request, _("Choose one of the three circles."))
    return redirect("dance:circle")


# From reproach to need


def _vocabulary(language: str) -> dict:
    folder = Path(settings.CONTENT_DIR) / (language if language in ("nl", "en") else "nl")
    return {
        name: yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))["groups"]
        for name in ("feelings", "needs")
    }


@login_required
def statements(request):
    form = IStatementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        statement = _save_owned(form, request)
        messages.success(request, _("Your I-statement is saved. Practise it a few times, out loud or on paper."))
        return redirect("dance:statement_detail", pk=statement.pk)
    return _page(
        request,
        "dance/statements.html",
        form,
        items=request.user.i_statements.all(),
        vocabulary=_vocabulary(request.LANGUAGE_CODE),
    )


@login_required
def statement_detail(request, pk):
    statement = services.get_owned(IStatement, request.user, pk)
    text = services.compose_statement(statement.observation, statement.feeling, statement.need, statement.request)
    return render(
        request,
        "dance/statement_detail.html",
        _context(request, item=statement, composed=text, feedback=services.statement_feedback(text)),
    )


@login_required
@require_POST
def statement_practised(request, pk):
    statement = services.get_owned(IStatement, request.user, pk)
    statement.practised += 1
    statement.save(update_fields=["practised"])
    messages.success(request, _("Practised %(count)s times.") % {"count": statement.practised})
    return redirect("dance:statement_detail", pk=pk)


# Boundaries


@login_required
def boundaries(request):
    form = BoundaryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        boundary = _save_owned(form, request)
        messages.success(request, _("Your boundary is saved."))
        return redirect("dance:boundary_detail", pk=boundary.pk)
    return _page(request, "dance/boundaries.html", form, items=request.user.boundaries.all())


@login_required
def boundary_detail(request, pk):
    boundary = services.get_owned(Boundary, request.user, pk)
    form = BoundaryLogForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        log = form.save(commit=False)
        log.user, log.boundary = request.user, boundary
        log.save()
        messages.success(request, _("Noted. Holding a boundary is practice; every time counts."))
        return redirect("dance:boundary_detail", pk=pk)
    return render(
        request,
        "dance/boundary_detail.html",
        _context(
            request,
            item=boundary,
            form=form,
            logs=boundary.logs.all(),
            feedback=services.boundary_feedback(boundary.not_ok, boundary.i_will),
        ),
    )


# Deleting, for every tool

DELETABLE = {
    "reflection": Reflection,
    "map": DanceMap,
    "experiment": Experiment,
    "worry": Worry,
    "statement": IStatement,
    "boundary": Boundary,
}
AFTER_DELETE = {
    "reflection": "dance:reflections",
    "map": "dance:maps",
    "experiment": "dance:experiments",
    "worry": "dance:circle",
    "statement": "dance:statements",
    "boundary": "dance:boundaries",
}


@login_required
def delete(request, kind, pk):
    if kind not in DELETABLE:
        raise Http404
    item = services.get_owned(DELETABLE[kind], request.user, pk)
    if request.method == "POST":
        item.delete()
        messages.success(request, _("Deleted."))
        return redirect(AFTER_DELETE[kind])
    return render(request, "dance/delete.html", _context(request, item=item, back=AFTER_DELETE[kind]))


# Live feedback (called by the page's script while typing)


@require_POST
def feedback(request, kind):
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login_required"}, status=401)
    if kind == "statement":
        text = services.compose_statement(
            *(request.POST.get(name, "")[:5000] for name in ("observation", "feeling", "need", "request"))
        )
        items = services.statement_feedback(text)
        return JsonResponse({"text": text, "feedback": [asdict(item) for item in items]})
    if kind == "reproach":
        items = services.statement_feedback(request.POST.get("reproach", "")[:5000])
        return JsonResponse({"feedback": [asdict(item) for item in items]})
    if kind == "boundary":
        items = services.boundary_feedback(request.POST.get("not_ok", "")[:5000], request.POST.get("i_will", "")[:5000])
        return JsonResponse({"feedback": [asdict(item) for item in items]})
    if kind == "zone":
        return JsonResponse({"zone": services.suggest_zone(request.POST.get("text", "")[:5000])})
    return JsonResponse({"error": "unknown"}, status=404)
