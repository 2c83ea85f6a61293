import re

import pytest
from django.core import mail

from eerstestap.journal.models import Draft, Entry

pytestmark = pytest.mark.django_db(transaction=True)


def test_sign_up_write_an_entry_and_find_it(page, live_server, screenshot):
    page.goto(live_server.url + "/account/signup/")
    page.fill("input[name=email]", "nieuw@example.org")
    page.fill("input[name=password]", "mijn eigen tempo is goed genoeg")
    page.check("input[name=consent]")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/check-your-inbox/$"))
    link = re.search(r"/account/activate/\S+/", mail.outbox[-1].body).group(0)
    page.goto(live_server.url + link)
    page.fill("input[name=password]", "mijn eigen tempo is goed genoeg")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/privacy/recovery-code/$"))
    code = page.locator(".recovery-code code").inner_text()
    assert len(code.replace("-", "")) == 32
    page.click("text=Ik heb hem opgeschreven")
    page.wait_for_url(live_server.url + "/")
    assert page.locator("h1").inner_text() == "Jouw eerste stap vandaag"

    page.click("text=Schrijf je eerste stuk")
    page.fill("textarea[name=body]", "Vandaag heb ik zelf een wandeling gepland, ook al wilde hij niet mee.")
    page.check("input[name=mood][value='4']")
    page.fill("input[name=tags]", "wandelen, zelf")
    page.click("main form.entry-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/journal/\d+/$"))
    assert "wandeling gepland" in page.locator(".entry-body").inner_text()
    screenshot("entry-nl-phone")

    page.goto(live_server.url + "/journal/")
    assert page.locator(".entry-card").count() == 1
    page.fill("input[name=q]", "wandeling")
    page.click("form.search-form button")
    assert page.locator(".entry-card").count() == 1
    page.fill("input[name=q]", "ruzie")
    page.click("form.search-form button")
    assert page.locator(".entry-card").count() == 0
    page.goto(live_server.url + "/journal/")
    assert page.locator(".entry-card .tag").all_inner_texts() == ["wandelen", "zelf"]
    assert Entry.objects.filter(user__email="nieuw@example.org").count() == 1


def test_autosave_survives_a_reload_mid_typing(logged_in_page, live_server, alice):
    page = logged_in_page
    page.goto(live_server.url + "/journal/new/")
    page.locator("textarea[name=body]").press_sequentially("Ik slik het weer in, maar dit wil ik onthouden.")
    page.wait_for_selector("[data-save-status]:has-text('Concept bewaard')")
    page.reload()
    assert page.locator("textarea[name=body]").input_value() == "Ik slik het weer in, maar dit wil ik onthouden."
    assert Draft.objects.get(user=alice).body.startswith("Ik slik het weer in")


def test_text_is_kept_when_the_session_expires_and_saved_after_logging_in_again(logged_in_page, live_server, alice):
    from django.contrib.sessions.models import Session

    from eerstestap.testing.factories import PASSWORD

    page = logged_in_page
    page.goto(live_server.url + "/journal/new/")
    Session.objects.all().delete()  # the session ends on the server while the person types
    page.locator("textarea[name=body]").press_sequentially("Tekst die niet verloren mag gaan.")
    page.wait_for_selector("[data-relogin]:not([hidden])")
    assert page.locator("textarea[name=body]").input_value() == "Tekst die niet verloren mag gaan."
    page.fill("#relogin-password", PASSWORD)
    page.click("[data-relogin-form] button")
    page.wait_for_selector("[data-save-status]:has-text('Concept bewaard')")
    assert Draft.objects.get(user=alice).body == "Tekst die niet verloren mag gaan."
    page.click("main form.entry-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/journal/\d+/$"))
    assert Entry.objects.get(user=alice).body == "Tekst die niet verloren mag gaan."


def test_quick_exit_then_back_shows_no_journal_text(logged_in_page, live_server, alice):
    page = logged_in_page
    Entry.objects.create(user=alice, body="Geheime gedachte over ons.")
    page.goto(live_server.url + "/journal/")
    assert "Geheime gedachte" in page.content()
    page.goto(live_server.url + "/journal/new/")
    page.locator("textarea[name=body]").press_sequentially("Nog niet af")
    page.click("button.quick-exit-button")
    page.wait_for_url(re.compile(r"https://www\.knmi\.nl/.*"))
    page.go_back()
    page.wait_for_load_state()
    assert "Geheime gedachte" not in page.content()
    assert "Nog niet af" not in page.content()
    assert Draft.objects.get(user=alice).body == "Nog niet af"
    page.goto(live_server.url + "/journal/")
    assert "/account/login/" in page.url


def test_pressing_shift_three_times_leaves_at_once(logged_in_page, live_server):
    page = logged_in_page
    page.goto(live_server.url + "/journal/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(re.compile(r"https://www\.knmi\.nl/.*"))


def test_switching_language(logged_in_page, live_server, alice, screenshot):
    page = logged_in_page
    page.goto(live_server.url + "/journal/")
    assert page.locator("h1").inner_text() == "Je dagboek"
    page.click("footer button[value=en]")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Your journal"
    alice.refresh_from_db()
    assert alice.language == "en"
    page.goto(live_server.url + "/safety/")
    assert "Samaritans" in page.content()
    screenshot("safety-en-phone")
