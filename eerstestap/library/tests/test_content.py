import shutil

import pytest
from django.conf import settings
from django.urls import reverse

from eerstestap.library import contentfiles
from eerstestap.library.loading import ContentError, load
from eerstestap.library.models import Article, Work


@pytest.fixture
def content(tmp_path):
    """A private copy of the content folder to break on purpose."""
    folder = tmp_path / "content"
    shutil.copytree(settings.CONTENT_DIR, folder)
    return folder


def test_the_content_is_complete_parallel_and_every_link_resolves():
    assert contentfiles.validate(settings.CONTENT_DIR) == []


def test_every_article_has_both_languages_and_works_it_draws_on():
    for language in contentfiles.LANGUAGES:
        docs = contentfiles.articles(settings.CONTENT_DIR, language)
        assert len(docs) >= 8
        assert all(doc.meta.get("bibliography") for doc in docs)


def test_a_missing_translation_is_reported(content):
    (content / "en" / "library" / "boundaries.md").unlink()
    assert any("missing translation" in problem for problem in contentfiles.validate(content))


def test_a_broken_link_is_reported(content):
    path = content / "nl" / "library" / "boundaries.md"
    path.write_text(path.read_text() + "\n[verder](article:bestaat-niet)\n")
    assert any("leads nowhere" in problem for problem in contentfiles.validate(content))


def test_raw_html_is_reported_and_never_rendered(content):
    path = content / "nl" / "library" / "boundaries.md"
    path.write_text(path.read_text() + "\n<script>alert(1)</script>\n")
    assert any("raw HTML" in problem for problem in contentfiles.validate(content))
    html = contentfiles.render("tekst <script>alert(1)</script> <img src=x onerror=alert(1)>", lambda t: None)
    assert "<script" not in html and "onerror" not in html


def test_a_broken_front_matter_is_reported(content):
    (content / "nl" / "library" / "boundaries.md").write_text("---\ntitle: [niet af\n---\ntekst")
    assert any("not valid YAML" in problem for problem in contentfiles.validate(content))


@pytest.mark.django_db
def test_loading_is_idempotent_and_refuses_broken_content(content):
    first = load(content)
    assert len(first.created) == 16
    assert Work.objects.count() >= 16
    second = load(content)
    assert second.created == second.updated == [] and len(second.unchanged) == 16
    (content / "en" / "library" / "boundaries.md").unlink()
    with pytest.raises(ContentError):
        load(content)
    assert Article.objects.count() == 16


@pytest.mark.django_db
def test_a_coachs_edit_is_not_silently_overwritten(content):
    load(content)
    article = Article.objects.get(slug="boundaries", language="nl")
    article.title = "Grenzen (bewerkt door de coach)"
    article.save()
    path = content / "nl" / "library" / "boundaries.md"
    path.write_text(path.read_text().replace("minutes:", "minutes: 6\nx_note: nieuw\nminutes_old:", 1))
    report = load(content)
    assert "nl/library/boundaries.md" in report.kept_edits
    assert Article.objects.get(pk=article.pk).title == "Grenzen (bewerkt door de coach)"
    load(content, force=True)
    assert Article.objects.get(pk=article.pk).title != "Grenzen (bewerkt door de coach)"


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "heading"), [("nl", "Bibliotheek"), ("en", "Library")])
def test_the_library_lists_and_shows_articles_with_their_works(alice_client, alice, language, heading):
    load(settings.CONTENT_DIR)
    alice.language = language
    alice.save()
    index = alice_client.get(reverse("library:index")).content.decode()
    assert f"<h1>{heading}</h1>" in index
    page = alice_client.get(reverse("library:article", args=["when-it-is-not-safe"])).content.decode()
    assert "0800-2000" in page
    assert "Bancroft" in page or "Stark" in page
    assert alice_client.get(reverse("library:article", args=["bestaat-niet"])).status_code == 404
