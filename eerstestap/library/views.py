from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from . import contentfiles
from .links import content_html
from .models import Article


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
            "body_html": content_html(item.body),
            "works": item.works.all(),
        },
    )
