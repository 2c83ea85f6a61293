"""Measures the cost of privacy: log-in (two Argon2 computations) and searching 5,000 sealed entries.

Run: .venv/bin/python benchmarks/privacy.py   (uses a throw-away SQLite database with production KDF settings)
"""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("EERSTESTAP_ENV", "development")
os.environ["EERSTESTAP_DATA_DIR"] = tempfile.mkdtemp(prefix="eerstestap-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "eerstestap.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import authenticate  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from eerstestap.accounts.models import User  # noqa: E402
from eerstestap.journal.models import Entry  # noqa: E402
from eerstestap.journal.services import search_entries  # noqa: E402
from eerstestap.privacy import keyring  # noqa: E402
from eerstestap.privacy.keys import unlock_with_password  # noqa: E402

WORDS = (
    "ik hij zij wacht praten avond keuken zeg niks weer altijd nooit voel me alleen moe boos verdrietig "
    "wil graag samen tijd vandaag werk kinderen wandeling vriendin koffie eerlijk grens behoefte"
).split()
ENTRIES = 5_000


def main() -> None:
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    password = "een lange zin als wachtwoord"
    user = User.objects.create_user("bench@example.org", password)
    unlocked = unlock_with_password(user, password)
    request = RequestFactory().post("/account/login/")

    timings = []
    for _ in range(5):
        start = time.perf_counter()
        assert authenticate(request, username="bench@example.org", password=password) is not None
        timings.append(time.perf_counter() - start)
    print(
        f"log-in (password hash check + key unwrap, Argon2id): median {statistics.median(timings) * 1000:.0f} ms "
        f"over {len(timings)} log-ins"
    )

    rng = random.Random(7)
    with keyring.unlocked(user.pk, {unlocked.version: unlocked.key}):
        start = time.perf_counter()
        Entry.objects.bulk_create(
            [Entry(user=user, body=" ".join(rng.choices(WORDS, k=60)), tags=["bench"]) for _ in range(ENTRIES)],
            batch_size=500,
        )
        print(f"writing {ENTRIES} sealed entries: {time.perf_counter() - start:.2f} s")
        sealed = Entry.objects.filter(user=user, body__startswith="es1.").count()
        assert sealed == ENTRIES, "every entry must be sealed in the database"
        timings = []
        for query in ["grens", "wacht avond", "onvindbaarwoord"]:
            start = time.perf_counter()
            found = search_entries(user, query)
            timings.append(time.perf_counter() - start)
            print(f"search {query!r} over {ENTRIES} entries: {timings[-1] * 1000:.0f} ms ({len(found)} found)")
    print(f"search median: {statistics.median(timings) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
