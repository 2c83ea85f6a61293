import pytest

from eerstestap.journal import services

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_entry_view_shows_highlights_and_cards(logged_in_page, live_server, alice, screenshot):
    entry = services.create_entry(
        alice,
        "Ik wacht al weken tot hij eens begint. Ik zeg er maar niks meer van.\n"
        "Maar ik heb behoefte aan meer rust, en ik kies ervoor om zelf die cursus te doen.",
        2,
        [],
    )
    page = logged_in_page
    page.goto(f"{live_server.url}/journal/{entry.pk}/")
    assert page.locator("mark.hl-trap").count() >= 2
    assert page.locator("mark.hl-growth").count() >= 1
    assert page.locator(".pattern-card").count() >= 3
    screenshot("entry-analysis-nl-phone")
    page.click("footer button[value=en]")
    page.wait_for_load_state()
    assert page.locator("#patterns-title").inner_text() == "What your words show"
    screenshot("entry-analysis-en-phone")


def test_a_safety_entry_shows_the_safety_card_first(logged_in_page, live_server, alice, screenshot):
    entry = services.create_entry(alice, "Hij heeft me gisteren weer geslagen. Ik durf niks meer te zeggen.", 1, [])
    page = logged_in_page
    page.goto(f"{live_server.url}/journal/{entry.pk}/")
    first_heading = page.locator("main h2").first.inner_text()
    assert first_heading == "Je veiligheid eerst"
    assert page.locator(".pattern-card").count() == 0
    assert page.locator("a[href='tel:08002000']").count() == 1
    screenshot("entry-safety-nl-phone")
