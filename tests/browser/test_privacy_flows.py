import json
import re
from pathlib import Path

import pytest
from django.core import mail

from eerstestap.testing.factories import PASSWORD, EntryFactory

pytestmark = pytest.mark.django_db(transaction=True)

NEW = "een nieuwe zin die niemand raadt"


def log_in(page, live_server, email, password):
    page.goto(live_server.url + "/account/login/")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", password)
    page.click("main button[type=submit]")


def test_change_password_then_log_in_with_the_new_one(logged_in_page, live_server, alice):
    EntryFactory(user=alice, body="Dit blijft van mij.")
    page = logged_in_page
    page.goto(live_server.url + "/account/password/")
    page.fill("input[name=old_password]", PASSWORD)
    page.fill("input[name=new_password1]", NEW)
    page.fill("input[name=new_password2]", NEW)
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/account/settings/$"))
    page.click("footer button:has-text('Uitloggen')")
    log_in(page, live_server, alice.email, NEW)
    page.wait_for_url(live_server.url + "/")
    page.goto(live_server.url + "/journal/")
    assert "Dit blijft van mij." in page.content()


def test_reset_with_the_recovery_code_keeps_the_journal(page, live_server, alice, screenshot):
    EntryFactory(user=alice, body="Ook na een nieuw wachtwoord leesbaar.")
    page.goto(live_server.url + "/account/password/reset/")
    page.fill("input[name=email]", alice.email)
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/sent/$"))
    link = re.search(r"https?://[^/\s]+(/account/password/reset/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(live_server.url + link)
    page.fill("input[name=recovery_code]", alice.recovery_code)
    page.fill("input[name=new_password1]", NEW)
    page.fill("input[name=new_password2]", NEW)
    screenshot("password-reset-nl-phone")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/reset/done/$"))
    log_in(page, live_server, alice.email, NEW)
    page.wait_for_url(live_server.url + "/")
    page.goto(live_server.url + "/journal/")
    assert "Ook na een nieuw wachtwoord leesbaar." in page.content()


def test_export_then_delete_the_account(logged_in_page, live_server, alice):
    EntryFactory(user=alice, body="Mijn eigen verhaal.")
    page = logged_in_page
    page.goto(live_server.url + "/privacy/export/")
    page.check("input[name=format][value=json]")
    page.fill("input[name=password]", PASSWORD)
    with page.expect_download() as download_info:
        page.click("main form button[type=submit]")
    data = json.loads(Path(download_info.value.path()).read_text(encoding="utf-8"))
    bodies = [
        row["body"] for section in data["sections"] if section["model"] == "journal.entry" for row in section["rows"]
    ]
    assert bodies == ["Mijn eigen verhaal."]

    page.goto(live_server.url + "/privacy/delete/")
    page.fill("input[name=password]", PASSWORD)
    page.check("input[name=confirm]")
    page.click("main form button[type=submit]")
    assert page.locator("h1").inner_text() == "Je account is verwijderd"
    log_in(page, live_server, alice.email, PASSWORD)
    assert "horen niet bij elkaar" in page.content()


def test_reset_without_the_recovery_code_warns_then_leaves_old_texts_locked(page, live_server, alice):
    EntryFactory(user=alice, body="Van voor het nieuwe wachtwoord.")
    page.goto(live_server.url + "/account/password/reset/")
    page.fill("input[name=email]", alice.email)
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/sent/$"))
    link = re.search(r"https?://[^/\s]+(/account/password/reset/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(live_server.url + link)
    assert "op slot" in page.content()
    page.fill("input[name=new_password1]", NEW)
    page.fill("input[name=new_password2]", NEW)
    page.click("main form button[type=submit]")
    assert page.locator(".errorlist").count() >= 1  # the warning must be confirmed first
    page.fill("input[name=new_password1]", NEW)
    page.fill("input[name=new_password2]", NEW)
    page.check("input[name=without_code]")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/reset/done/$"))
    log_in(page, live_server, alice.email, NEW)
    page.wait_for_url(re.compile(r".*/privacy/recovery-code/$"))  # a new key gets a new recovery code
    page.goto(live_server.url + "/journal/")
    assert "Van voor het nieuwe wachtwoord." not in page.content()
    assert "Op slot" in page.content()
