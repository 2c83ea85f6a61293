import datetime as dt

import pytest

from eerstestap.accounts.demo import DEMO_EMAIL, DEMO_PASSWORD, load_demo_account, read_demo_entries
from eerstestap.accounts.models import User

pytestmark = pytest.mark.django_db


def test_the_demo_file_holds_about_three_months_of_entries():
    entries = read_demo_entries()
    assert len(entries) >= 60
    assert max(int(e["days_ago"]) for e in entries) >= 80
    assert all(e["text"].strip() for e in entries)
    assert all(e.get("mood") in {None, 1, 2, 3, 4, 5} for e in entries)


def test_it_creates_the_demo_account_once():
    user, created = load_demo_account(today=dt.date(2026, 11, 25))
    assert created
    assert user.check_password(DEMO_PASSWORD)
    count = user.entries.count()
    assert count == len(read_demo_entries())
    newest = user.entries.first()
    assert newest.created_at.astimezone(user.zone).date() <= dt.date(2026, 11, 25)
    again, created_again = load_demo_account()
    assert not created_again
    assert again.entries.count() == count
    assert User.objects.filter(email=DEMO_EMAIL).count() == 1


def test_the_demo_is_a_few_days_into_the_challenge_and_the_training():
    from django.conf import settings

    from eerstestap.challenge import services as challenge
    from eerstestap.library.loading import load
    from eerstestap.training import services as training

    load(settings.CONTENT_DIR)
    user, _ = load_demo_account()
    standing = challenge.standing(challenge.active_round(user))
    assert standing.days_done == 5 and standing.next_day == 6
    assert standing.streak.current == 5 and not standing.streak.paused  # one missed day, forgiven
    assert training.counts(user, "nl")[0] == 3
    assert training.progress_by_key(user)["own-pattern/what-you-already-do-well"].done_at is None
