"""Project-wide security checks: CSRF on every form, headers, no caching, deploy settings."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from conftest import log_in
from eerstestap.testing.factories import PASSWORD

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)

POST_TARGETS = [
    ("accounts:login", {"username": "alice@example.org", "password": PASSWORD}),
    (
        "accounts:signup",
        {"email": "x@example.org", "password": "een lange zin als wachtwoord", "consent": "on"},
    ),
    ("accounts:relogin", {"username": "alice@example.org", "password": PASSWORD}),
    ("accounts:logout", {}),
    ("accounts:preferences", {"language": "en", "time_zone": "Europe/Brussels", "idle_lock_minutes": "15"}),
    ("accounts:set_language", {"language": "en"}),
    (
        "accounts:password_change",
        {"old_password": PASSWORD, "new_password1": "x" * 20, "new_password2": "x" * 20},
    ),
    ("accounts:password_reset", {"email": "alice@example.org"}),
    ("journal:entry_new", {"body": "tekst"}),
    ("journal:draft_save", {"body": "tekst", "sequence": 1}),
    ("journal:draft_discard", {}),
    ("safety:quick_exit", {}),
]


def strict_client(user) -> Client:
    """A logged-in client (with its key) that, from now on, enforces CSRF like a browser would."""
    client = Client(enforce_csrf_checks=True)
    client.cookies = log_in(Client(), user).cookies
    return client


@pytest.mark.parametrize(("name", "data"), POST_TARGETS)
def test_csrf_is_enforced_on_every_form(alice, name, data):
    client = strict_client(alice)
    response = client.post(reverse(name), data)
    assert response.status_code == 403, name


@pytest.mark.parametrize("name", ["journal:entry_edit", "journal:entry_delete", "journal:entry_draft_save"])
def test_csrf_is_enforced_on_entry_forms(alice, alice_entry, name):
    client = strict_client(alice)
    assert client.post(reverse(name, args=[alice_entry.pk]), {"body": "x", "sequence": 1}).status_code == 403
    alice_entry.refresh_from_db()
    assert alice_entry.body != "x"


def test_the_csrf_failure_page_is_clear(alice):
    client = strict_client(alice)
    html = client.post(reverse("journal:entry_new"), {"body": "x"}).content.decode()
    assert "Deze pagina is verlopen" in html


def test_pages_are_never_cached_and_carry_security_headers(alice_client):
    response = alice_client.get(reverse("journal:entry_list"))
    assert response["Cache-Control"] == "no-store"
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_templates_have_no_inline_script_or_style():
    for template in (ROOT / "eerstestap" / "templates").rglob("*.html"):
        text = template.read_text()
        # E-mails and the downloadable export are documents of their own, not pages served under our CSP.
        if template.parent.name == "emails" or template.name == "export.html":
            continue
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), template
        assert "<style" not in text and " style=" not in text, template
        assert not re.search(r"\son[a-z]+=", text), template


def test_no_asset_comes_from_another_site():
    for path in list((ROOT / "eerstestap" / "templates").rglob("*.html")) + list(
        (ROOT / "eerstestap" / "static").rglob("*.*")
    ):
        text = path.read_text(errors="ignore")
        assert not re.search(r"""(src|href)=["']https?://""", text), path
        assert "@import url(http" not in text, path


def test_deploy_checks_pass_with_production_settings(tmp_path):
    env = {
        **os.environ,
        "EERSTESTAP_ENV": "production",
        "EERSTESTAP_SECRET_KEY": "a-production-secret-that-is-long-and-random-" + "k" * 40,
        "EERSTESTAP_ALLOWED_HOSTS": "eerstestap.example.org",
        "EERSTESTAP_DATA_DIR": str(tmp_path),
    }
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = {**os.environ, "EERSTESTAP_ENV": "production", "EERSTESTAP_DATA_DIR": str(tmp_path)}
    env.pop("EERSTESTAP_SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "EERSTESTAP_SECRET_KEY" in result.stderr


def test_sqlite_runs_in_wal_mode_with_durable_commits():
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 2  # FULL
        cursor.execute("PRAGMA journal_mode")
        mode = cursor.fetchone()[0]
    # The test database lives in memory, where SQLite reports "memory"; on disk the setting gives WAL.
    assert mode in {"wal", "memory"}


def test_a_database_on_disk_uses_wal(tmp_path):
    env = {**os.environ, "EERSTESTAP_ENV": "development", "EERSTESTAP_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    code = (
        "import django; django.setup(); from django.db import connection; c = connection.cursor(); "
        "c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "DJANGO_SETTINGS_MODULE": "eerstestap.settings"},
    )
    assert result.stdout.strip() == "wal", result.stderr
