"""Checks on the project as a whole: migrations, translations, style, machine paths."""

import os
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

ROOT = Path(settings.BASE_DIR)
CATALOGUE = ROOT / "eerstestap" / "locale" / "nl" / "LC_MESSAGES" / "django.po"


@pytest.mark.django_db
def test_migrations_are_complete():
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())


def test_every_string_has_a_dutch_translation():
    catalogue = polib.pofile(str(CATALOGUE))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert catalogue.percent_translated() == 100


def test_the_compiled_catalogue_matches_the_source():
    source = {(e.msgid, e.msgstr or tuple(sorted(e.msgstr_plural.items()))) for e in polib.pofile(str(CATALOGUE))}
    compiled = {
        (e.msgid, e.msgstr or tuple(sorted(e.msgstr_plural.items())))
        for e in polib.mofile(str(CATALOGUE.with_suffix(".mo")))
        if e.msgid
    }
    assert source == compiled, "Run `make messages` to compile the catalogue."


def test_the_catalogue_covers_every_string_in_the_code(tmp_path):
    """Strings added to code or templates must reach the catalogue (`make messages`)."""
    if shutil.which("xgettext") is None:
        pytest.skip("GNU gettext is not installed")
    known = {e.msgid for e in polib.pofile(str(CATALOGUE))}
    scratch = tmp_path / "locale" / "nl" / "LC_MESSAGES"
    scratch.mkdir(parents=True)
    shutil.copy(CATALOGUE, scratch / "django.po")
    env = {
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "eerstestap.settings",
        "EERSTESTAP_ENV": "test",
        "EERSTESTAP_LOCALE_DIR": str(tmp_path / "locale"),
        "PYTHONPATH": str(ROOT),
    }
    subprocess.run(
        ["django-admin", "makemessages", "--locale", "nl", "--no-location", "--ignore", "testing/*"],
        cwd=ROOT / "eerstestap",
        check=True,
        capture_output=True,
        env=env,
    )
    fresh = {e.msgid for e in polib.pofile(str(scratch / "django.po"))}
    assert fresh <= known, f"Missing from the catalogue: {sorted(fresh - known)}"


def test_ruff_is_clean():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "ruff"), "check", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_no_tracked_file_names_a_machine_path():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    parent = str(ROOT.parent) + "/"
    for name in files:
        path = ROOT / name
        if path.is_file() and path.suffix not in {".mo", ".png", ".joblib"}:
            assert parent not in path.read_text(errors="ignore"), name
