from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .links import content_html, content_language
from .models import Article


@login_required
def index(request):
    articles = Article.objects.filter(language=content_language(request))
    return render(request, "library/index.html", {"articles": articles})


@login_required
def article(request, slug):
    item = get_object_or_404(Article, slug=slug, language=content_language(request))
    return render(
        request,
        "library/article.html",
        {
            "article": item,
            "body_html": content_html(item.body),
            "works": item.works.all(),
        },
    )
