import re

import pytest

from eerstestap.dance.models import DanceMap, Experiment

pytestmark = pytest.mark.django_db(transaction=True)


def test_map_a_dance_choose_a_step_and_log_the_experiment(logged_in_page, live_server, alice, screenshot):
    page = logged_in_page
    page.goto(live_server.url + "/dance/maps/new/")
    page.fill("input[name=title]", "De afwas")
    page.fill("textarea[name=trigger]", "De afwas staat er nog als ik thuiskom.")
    page.fill("textarea[name=my_move]", "Ik begin te mopperen en ruim het demonstratief op.")
    page.fill("textarea[name=partner_move]", "Mijn partner zet de tv harder.")
    page.fill("textarea[name=my_feeling]", "Eenzaam en moe.")
    page.fill("textarea[name=my_need]", "Samenwerking en gezien worden.")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/dance/maps/\d+/$"))
    assert page.locator(".cycle-step").count() == 5
    page.fill("textarea[name=new_step]", "Ik zeg rustig dat ik moe ben en vraag of we het samen doen.")
    page.click("section.card-accent button[type=submit]")
    page.wait_for_selector("text=Plan het als experiment")
    screenshot("dance-map-nl-phone")
    page.click("text=Plan het als experiment")
    page.wait_for_url(re.compile(r".*/dance/experiments/new/.*"))
    page.fill("input[name=planned_for]", "2026-12-01")
    page.check("input[name=motive][value=for_me]")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/dance/experiments/\d+/$"))
    page.check("input[name=status][value=done]")
    page.fill("textarea[name=what_i_did]", "Ik heb het gezegd, rustig.")
    page.check("input[name=feeling_score][value='4']")
    page.click("main section form button[type=submit]")
    page.wait_for_url(re.compile(r".*/dance/experiments/\d+/$"))
    experiment = Experiment.objects.get(user=alice)
    assert experiment.status == "done"
    # Revisit: the map shows the experiment on its timeline.
    page.goto(f"{live_server.url}/dance/maps/{DanceMap.objects.get(user=alice).pk}/")
    assert page.locator(".timeline-item").count() == 1


def test_reproach_to_need_with_live_feedback_in_english(logged_in_page, live_server, alice, screenshot):
    page = logged_in_page
    page.goto(live_server.url + "/dance/need/")
    page.click("footer button[value=en]")
    page.wait_for_load_state()
    page.fill("textarea[name=reproach]", "You never listen to me, you only think about yourself.")
    page.fill("textarea[name=observation]", "you looked at your phone while I talked about my day")
    page.click("summary:has-text('Words for feelings')")
    page.click("button.chip[data-word=lonely]")
    page.fill("textarea[name=need]", "attention and connection")
    page.fill("textarea[name=request]", "put the phone away when we talk at dinner")
    page.wait_for_selector("[data-composed]:has-text('I feel lonely')")
    page.wait_for_selector(".feedback-good")
    screenshot("reproach-to-need-en-phone")
    page.click("main form.statement-form > button[type=submit]")
    page.wait_for_url(re.compile(r".*/dance/need/\d+/$"))
    assert "I feel lonely" in page.locator(".composed-final").inner_text()
    page.click("text=I practised it")
    assert "Practised 1 time" in page.content()


def test_boundary_builder_in_dutch(logged_in_page, live_server, screenshot):
    page = logged_in_page
    page.goto(live_server.url + "/dance/boundaries/")
    page.fill("textarea[name=not_ok]", "Als er tegen me geschreeuwd wordt tijdens een ruzie")
    page.fill("textarea[name=i_will]", "Ik stop het gesprek en ga een rondje lopen.")
    page.wait_for_selector(".feedback-good")
    page.click("main form.boundary-form > button[type=submit]")
    page.wait_for_url(re.compile(r".*/dance/boundaries/\d+/$"))
    page.check("input[name=held][value=yes]")
    page.click("main section form button[type=submit]")
    page.wait_for_url(re.compile(r".*/dance/boundaries/\d+/$"))
    assert page.locator(".timeline-item").count() == 1
    screenshot("boundary-nl-phone")


@pytest.mark.parametrize(
    ("language", "waiting_label"), [("nl", "Wachten op de ander"), ("en", "Waiting for your partner")]
)
def test_three_questions_answer_and_revisit(logged_in_page, live_server, alice, language, waiting_label):
    page = logged_in_page
    if language == "en":
        page.goto(live_server.url + "/dance/")
        page.click("footer button[value=en]")
        page.wait_for_load_state()
    page.goto(live_server.url + "/dance/questions/")
    text = "Ik wacht tot hij eindelijk eens begint." if language == "nl" else "I keep waiting for him to go first."
    page.fill("textarea[name=waiting_for]", text)
    page.fill(
        "textarea[name=wants_to_move]",
        "Ik kies ervoor om zelf te gaan hardlopen."
        if language == "nl"
        else "I chose to sign up for a running club myself.",
    )
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/dance/questions/\d+/$"))
    assert waiting_label in page.content()
    page.goto(live_server.url + "/dance/questions/")
    assert page.locator(".entry-list li").count() == 1
    page.click(".entry-list li a")
    page.wait_for_url(re.compile(r".*/dance/questions/\d+/$"))
    assert text in page.content()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_circle_of_influence_add_and_move(logged_in_page, live_server, alice, language):
    page = logged_in_page
    if language == "en":
        page.goto(live_server.url + "/dance/")
        page.click("footer button[value=en]")
        page.wait_for_load_state()
    page.goto(live_server.url + "/dance/circle/")
    page.fill("input[name=text]", "Hij wil niet naar therapie" if language == "nl" else "He won't go to therapy")
    page.click("form.worry-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/dance/circle/$"))
    assert page.locator(".zone-not_mine .worry-list li").count() == 1
    page.select_option(".zone-not_mine select", "influence")
    page.click(".zone-not_mine .zone-move button")
    page.wait_for_url(re.compile(r".*/dance/circle/$"))
    assert page.locator(".zone-influence .worry-list li").count() == 1


def test_edit_a_dance_map_in_english(logged_in_page, live_server, alice):
    dance_map = DanceMap.objects.create(
        user=alice,
        title="Bedtime",
        trigger="Lights out",
        my_move="I ask to talk",
        partner_move="My partner turns away",
        my_feeling="Alone",
        my_need="Closeness",
    )
    page = logged_in_page
    page.goto(f"{live_server.url}/dance/maps/{dance_map.pk}/")
    page.click("footer button[value=en]")
    page.wait_for_load_state()
    page.click("text=Edit")
    page.fill("input[name=title]", "Bedtime, again")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/dance/maps/\d+/$"))
    assert page.locator("h1").inner_text() == "Bedtime, again"
    assert page.locator("#cycle-title").inner_text() == "The circle"
