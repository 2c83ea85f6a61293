"""Selects the test environment before Django's settings are imported (loaded with `pytest -p`)."""

import os

os.environ.setdefault("EERSTESTAP_ENV", "test")
# Playwright's sync API runs an event loop in the test thread; Django's ORM guard would refuse DB access.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
