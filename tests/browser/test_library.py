import re

import pytest
from django.conf import settings

from eerstestap.library.loading import load

pytestmark = pytest.mark.django_db(transaction=True)


def test_read_an_article(logged_in_page, live_server, screenshot):
    load(settings.CONTENT_DIR)
    page = logged_in_page
    page.goto(live_server.url + "/library/")
    page.click("a[href='/library/letting-go/']")
    page.wait_for_url(re.compile(r".*/library/letting-go/$"))
    assert page.locator(".article-body h2").count() >= 2
    assert page.locator(".bibliography li").count() >= 1
    screenshot("library-article-nl-phone")
