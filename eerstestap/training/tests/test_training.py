"""The training: lessons from the content, progress (started, done), resume, exercises and safety first."""

import pytest
from django.conf import settings
from django.urls import reverse

from eerstestap.journal.models import Entry
from eerstestap.library.loading import load
from eerstestap.testing.factories import EntryFactory
from eerstestap.training import services
from eerstestap.training.models import Lesson, LessonProgress

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def content():
    load(settings.CONTENT_DIR)


def lessons(language="nl"):
    return services.lessons_in_order(language)


def test_the_training_has_six_modules_of_three_to_five_lessons_in_both_languages():
    for language in ("nl", "en"):
        modules = services.modules(language)
        assert len(modules) >= 6
        assert all(3 <= module.lessons.count() <= 5 for module in modules)
    assert [lesson.key for lesson in lessons("nl")] == [lesson.key for lesson in lessons("en")]


def test_a_new_person_resumes_at_the_first_lesson(alice):
    assert services.resume_lesson(alice, "nl") == lessons()[0]


def test_resume_goes_to_the_last_opened_unfinished_lesson(alice):
    first, second, third = lessons()[:3]
    services.open_lesson(alice, first)
    services.set_done(alice, first)
    services.open_lesson(alice, third)
    assert services.resume_lesson(alice, "nl") == third
    services.set_done(alice, third)
    assert services.resume_lesson(alice, "nl") == second  # the first one never opened


def test_progress_is_kept_across_languages(alice):
    services.set_done(alice, lessons("nl")[0])
    assert services.counts(alice, "en") == (1, len(lessons("en")))


def test_all_done_means_nothing_to_resume(alice):
    for lesson in lessons():
        services.set_done(alice, lesson)
    assert services.resume_lesson(alice, "nl") is None


@pytest.mark.parametrize("language", ["nl", "en"])
def test_reading_a_lesson_starts_it_and_done_leads_to_the_next(alice_client, alice, language):
    alice.language = language
    alice.save()
    first, second = lessons(language)[:2]
    page = alice_client.get(reverse("training:lesson", args=[first.module.slug, first.slug])).content.decode()
    assert first.title in page.replace("&#x27;", "'")
    progress = LessonProgress.objects.get(user=alice, lesson_key=first.key)
    assert progress.started_at and not progress.is_done
    response = alice_client.post(reverse("training:lesson_done", args=[first.module.slug, first.slug]))
    assert response.url == reverse("training:lesson", args=[second.module.slug, second.slug])
    progress.refresh_from_db()
    assert progress.is_done
    index = alice_client.get(reverse("training:index")).content.decode()
    assert second.title in index.replace("&#x27;", "'")
    alice_client.post(reverse("training:lesson_done", args=[first.module.slug, first.slug]), {"done": "0"})
    progress.refresh_from_db()
    assert not progress.is_done


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_lesson_page_renders_with_a_way_to_do_its_exercise(alice_client, alice, language):
    alice.language = language
    alice.save()
    for lesson in lessons(language):
        response = alice_client.get(reverse("training:lesson", args=[lesson.module.slug, lesson.slug]))
        assert response.status_code == 200, lesson.key
        assert 'id="exercise-title"' in response.content.decode() and response.context["exercise_url"]


def test_an_unknown_lesson_is_404(alice_client):
    assert alice_client.get(reverse("training:lesson", args=["own-pattern", "bestaat-niet"])).status_code == 404


def test_a_journal_exercise_is_recorded_with_its_entry(alice_client, alice):
    lesson = next(item for item in lessons() if item.exercise_kind == "journal")
    page = alice_client.get(reverse("journal:entry_new") + f"?lesson={lesson.key}").content.decode()
    assert lesson.exercise_prompt[:40] in page.replace("&#x27;", "'").replace("&quot;", '"')
    response = alice_client.post(reverse("journal:entry_new"), {"body": "Mijn oefening.", "lesson": lesson.key})
    entry = Entry.objects.get(user=alice)
    assert response.url == reverse("journal:entry_detail", args=[entry.pk])
    assert LessonProgress.objects.get(user=alice, lesson_key=lesson.key).exercise_entry == entry
    lesson_page = alice_client.get(reverse("training:lesson", args=[lesson.module.slug, lesson.slug])).content.decode()
    assert reverse("journal:entry_detail", args=[entry.pk]) in lesson_page
    detail = alice_client.get(reverse("journal:entry_detail", args=[entry.pk])).content.decode()
    assert reverse("training:lesson", args=[lesson.module.slug, lesson.slug]) in detail


def test_an_unknown_lesson_key_in_the_journal_is_ignored(alice_client, alice):
    alice_client.post(reverse("journal:entry_new"), {"body": "Gewoon schrijven.", "lesson": "x/y"})
    assert Entry.objects.filter(user=alice).count() == 1
    assert not LessonProgress.objects.filter(user=alice).exists()


def test_a_tool_exercise_links_to_its_tool(alice_client):
    lesson = Lesson.objects.filter(module__language="nl", exercise_kind="tool", exercise_tool="experiments").first()
    page = alice_client.get(reverse("training:lesson", args=[lesson.module.slug, lesson.slug])).content.decode()
    assert f'href="{reverse("dance:experiments")}"' in page


def couple_lesson():
    return Lesson.objects.filter(module__language="nl", couple_exercise=True).first()


def test_couple_exercises_show_the_safety_card_first_after_safety_writing(alice_client, alice):
    lesson = couple_lesson()
    url = reverse("training:lesson", args=[lesson.module.slug, lesson.slug])
    assert "Je veiligheid komt eerst" not in alice_client.get(url).content.decode()
    entry = EntryFactory(user=alice, body="Hij heeft me gisteren geslagen en ik ben bang voor hem.")
    entry.analysis = {"labels": ["safety_violence"], "version": "test"}
    entry.save()
    page = alice_client.get(url).content.decode()
    assert page.index("Je veiligheid komt eerst") < page.index(lesson.exercise_prompt[:30].replace("'", "&#x27;"))
    assert "niet bedoeld voor een relatie waarin je je niet veilig voelt" in page


def test_exercises_without_the_partner_stay_as_they_are_after_safety_writing(alice_client, alice):
    lesson = Lesson.objects.filter(module__language="nl", couple_exercise=False).first()
    entry = EntryFactory(user=alice, body="Ik ben bang voor hem.")
    entry.analysis = {"labels": ["safety_violence"], "version": "test"}
    entry.save()
    page = alice_client.get(reverse("training:lesson", args=[lesson.module.slug, lesson.slug])).content.decode()
    assert "Je veiligheid komt eerst" not in page


def test_progress_is_exported_and_private(alice_client, alice, bob_client):
    from eerstestap.privacy.services import export_json

    first = lessons()[0]
    alice_client.get(reverse("training:lesson", args=[first.module.slug, first.slug]))
    assert first.key in export_json(alice)
    index = bob_client.get(reverse("training:index")).content.decode()
    assert "badge-done" not in index and 'class="badge"' not in index
