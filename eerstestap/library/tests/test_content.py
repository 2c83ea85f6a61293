import shutil

import pytest
from django.conf import settings
from django.urls import reverse

from eerstestap.challenge.models import ChallengeDay
from eerstestap.library import contentfiles
from eerstestap.library.loading import ContentError, load
from eerstestap.library.models import Article, Work
from eerstestap.training.models import Lesson, Module


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


def test_an_exercise_with_an_unknown_tool_is_reported(content):
    path = next((content / "nl" / "training" / "02-letting-go").glob("03-*.md"))
    path.write_text(path.read_text().replace("tool: experiments", "tool: crystal_ball"))
    problems = contentfiles.validate(content)
    assert any("'crystal_ball' does not exist" in problem for problem in problems)
    assert any("languages differ" in problem for problem in problems)


def test_a_missing_challenge_day_is_reported(content):
    (content / "nl" / "challenge" / "day-07.md").unlink()
    (content / "en" / "challenge" / "day-07.md").unlink()
    assert any("day-07.md: missing" in problem for problem in contentfiles.validate(content))


def test_a_lesson_without_exercise_is_reported(content):
    path = next((content / "en" / "training" / "01-own-pattern").glob("01-*.md"))
    text = path.read_text()
    start = text.index("exercise:")
    end = text.index("bibliography:")
    path.write_text(text[:start] + text[end:])
    assert any("lacks 'exercise'" in problem for problem in contentfiles.validate(content))


def test_the_training_and_challenge_have_their_full_size():
    for language in contentfiles.LANGUAGES:
        modules = contentfiles.training(settings.CONTENT_DIR, language)
        assert len(modules) >= 6
        assert all(3 <= len(lessons) <= 5 for _, lessons in modules)
        assert len(contentfiles.challenge_days(settings.CONTENT_DIR, language)) == 21


@pytest.mark.django_db
def test_loading_is_idempotent_and_refuses_broken_content(content):
    files = len([p for language in contentfiles.LANGUAGES for p in (content / language).rglob("*.md")])
    first = load(content)
    assert len(first.created) == files
    assert Work.objects.count() >= 16
    assert Module.objects.count() == 12 and Lesson.objects.count() == 48 and ChallengeDay.objects.count() == 42
    second = load(content)
    assert second.created == second.updated == [] and len(second.unchanged) == files
    (content / "en" / "library" / "boundaries.md").unlink()
    with pytest.raises(ContentError):
        load(content)
    assert Article.objects.count() == 16


@pytest.mark.django_db
def test_a_coachs_edit_of_a_lesson_is_kept_and_a_file_change_updates_the_rest(content):
    load(content)
    lesson = Lesson.objects.get(slug="a-step-as-experiment", module__language="nl")
    lesson.title = "Een experiment (coach)"
    lesson.save()
    for name in ("03-a-step-as-experiment.md", "04-when-your-partner-does-not-move.md"):
        path = content / "nl" / "training" / "02-letting-go" / name
        path.write_text(path.read_text() + "\nEen extra zin.\n")
    report = load(content)
    assert "nl/training/02-letting-go/03-a-step-as-experiment.md" in report.kept_edits
    assert Lesson.objects.get(pk=lesson.pk).title == "Een experiment (coach)"
    assert any(name.startswith("nl/training/02-letting-go/04-") for name in report.updated)


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
