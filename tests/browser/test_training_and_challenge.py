"""Following a lesson and doing its exercise; joining the challenge and checking in (both languages)."""

import re

import pytest
from django.conf import settings

from eerstestap.library.loading import load
from eerstestap.training.models import LessonProgress

pytestmark = pytest.mark.django_db(transaction=True)


def switch_to(page, live_server, language):
    if language == "en":
        page.goto(live_server.url + "/training/")
        page.click("footer button[value=en]")
        page.wait_for_load_state()


@pytest.mark.parametrize(
    ("language", "begin_label"), [("nl", "Begin met de eerste les"), ("en", "Begin with the first lesson")]
)
def test_follow_a_lesson_and_do_its_exercise(logged_in_page, live_server, alice, screenshot, language, begin_label):
    load(settings.CONTENT_DIR)
    page = logged_in_page
    switch_to(page, live_server, language)
    page.goto(live_server.url + "/")
    page.locator("main a[href='/training/']").first.click()
    page.wait_for_url(re.compile(r".*/training/$"))
    page.get_by_role("link", name=begin_label).click()
    page.wait_for_url(re.compile(r".*/training/own-pattern/what-am-i-waiting-for/$"))
    assert page.locator(".article-body h2").count() >= 2
    screenshot(f"training-lesson-{language}-phone")
    # Lesson 1's exercise is a step in a tool: the three questions.
    page.click(".exercise a.button")
    page.wait_for_url(re.compile(r".*/dance/questions/$"))
    page.fill("textarea[name=waiting_for]", "Dat mijn partner eindelijk eens begint over ons.")
    page.fill("textarea[name=wants_to_move]", "Ik wil zelf zeggen wat ik mis.")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/dance/questions/\d+/$"))
    page.goto(live_server.url + "/training/own-pattern/what-am-i-waiting-for/")
    page.click("form.actions button[type=submit]")
    page.wait_for_url(re.compile(r".*/training/own-pattern/the-dance-you-are-in/$"))
    # Lesson 3's exercise is written in the journal, with its prompt above the form.
    page.goto(live_server.url + "/training/own-pattern/trap-thoughts/")
    page.click(".exercise a.button")
    page.wait_for_url(re.compile(r".*/journal/new/\?lesson=.*"))
    assert len(page.locator("main .card .prompt").inner_text()) > 20
    page.fill("textarea[name=body]", "Ik wacht vaak tot mijn partner begint. Vandaag zag ik dat ik zelf kan kiezen.")
    page.click("form.entry-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/journal/\d+/$"))
    screenshot(f"training-exercise-entry-{language}-phone")
    page.click("main a[href='/training/own-pattern/trap-thoughts/']")
    page.wait_for_url(re.compile(r".*/training/own-pattern/trap-thoughts/$"))
    assert page.locator(".exercise .feedback-good").count() == 1
    page.click("form.actions button[type=submit]")
    page.wait_for_url(re.compile(r".*/training/own-pattern/what-you-already-do-well/$"))
    progress = LessonProgress.objects.get(user=alice, lesson_key="own-pattern/trap-thoughts")
    assert progress.is_done and progress.exercise_entry is not None
    page.goto(live_server.url + "/training/")
    assert page.locator(".badge-done").count() == 2
    # Resume: the training offers the lesson last opened and not finished.
    assert "/training/own-pattern/what-you-already-do-well/" in page.locator(".next-step a.button").get_attribute(
        "href"
    )
    screenshot(f"training-index-{language}-phone")


@pytest.mark.parametrize(
    ("language", "join_label", "done_text"),
    [
        ("nl", "Doe mee met de challenge", "Je hebt vandaag ingecheckt"),
        ("en", "Join the challenge", "You checked in today"),
    ],
)
def test_join_the_challenge_and_check_in(
    logged_in_page, live_server, alice, screenshot, language, join_label, done_text
):
    load(settings.CONTENT_DIR)
    page = logged_in_page
    switch_to(page, live_server, language)
    page.goto(live_server.url + "/challenge/")
    page.check("input[name=reminders]")
    page.fill("input[name=reminder_time]", "19:30")
    page.get_by_role("button", name=join_label).click()
    page.wait_for_url(re.compile(r".*/challenge/$"))
    assert page.locator(".today h2").count() == 1
    screenshot(f"challenge-today-{language}-phone")
    page.fill("textarea[name=reflection]", "Ik liep vijf minuten om het blok. Dat voelde goed.")
    page.click(".today form button[type=submit]")
    page.wait_for_url(re.compile(r".*/challenge/$"))
    assert done_text in page.content()
    assert "Ik liep vijf minuten om het blok." in page.locator(".timeline").inner_text()
    assert page.locator("progress").get_attribute("value") == "1"
    screenshot(f"challenge-checked-in-{language}-phone")
