from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import mark_safe

from eerstestap.journal.patterns import LINK_TARGETS

from . import contentfiles
from .models import Article


def resolve_link(target: str) -> str | None:
    """Where an internal content link points; None for parts of the app that do not exist yet."""
    scheme, _, name = target.partition(":")
    try:
        if scheme == "article":
            return reverse("library:article", args=[name])
        if scheme == "tool":
            url_name = {**LINK_TARGETS, "tool:library": "library:index"}.get(target)
            return reverse(url_name) if url_name else None
    except NoReverseMatch:
        return None
    return None


def _language(request) -> str:
    return request.LANGUAGE_CODE if request.LANGUAGE_CODE in contentfiles.LANGUAGES else "nl"


@login_required
def index(request):
    articles = Article.objects.filter(language=_language(request))
    return render(request, "library/index.html", {"articles": articles})


@login_required
def article(request, slug):
    item = get_object_or_404(Article, slug=slug, language=_language(request))
    return render(
        request,
        "library/article.html",
        {
            "article": item,
            # Sanitised by nh3 in render(): only a small set of tags, no attributes but href.
            "body_html": mark_safe(contentfiles.render(item.body, resolve_link)),  # noqa: S308
            "works": item.works.all(),
        },
    )
