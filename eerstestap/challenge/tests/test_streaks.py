"""The forgiving streak, on calendar dates, and the challenge's own days across daylight-saving changes."""

import datetime as dt

import pytest
import time_machine

from eerstestap.challenge import services
from eerstestap.challenge.streaks import local_date, streak

D = dt.date


def days(*numbers):
    return [D(2026, 3, n) for n in numbers]


def test_no_check_ins_no_streak():
    assert streak([], D(2026, 3, 1)).current == 0


def test_consecutive_days_make_a_streak():
    result = streak(days(1, 2, 3), D(2026, 3, 3))
    assert (result.current, result.longest, result.paused) == (3, 3, False)


def test_one_missed_day_keeps_the_streak():
    result = streak(days(1, 2, 4, 5), D(2026, 3, 5))
    assert (result.current, result.longest, result.paused) == (4, 4, False)


def test_one_missed_day_so_far_is_still_a_running_streak():
    result = streak(days(1, 2, 3), D(2026, 3, 5))
    assert (result.current, result.paused, result.missed_yesterday) == (3, False, True)


def test_two_missed_days_pause_but_never_erase():
    paused = streak(days(1, 2, 3), D(2026, 3, 6))
    assert (paused.current, paused.paused_at, paused.longest) == (0, 3, 3)
    again = streak(days(1, 2, 3, 6), D(2026, 3, 6))
    assert (again.current, again.longest, again.paused) == (1, 3, False)


def test_the_same_day_twice_counts_once():
    assert streak([D(2026, 3, 1), D(2026, 3, 1)], D(2026, 3, 1)).current == 1


def test_local_dates_follow_the_persons_time_zone():
    moment = dt.datetime(2026, 3, 28, 23, 30, tzinfo=dt.UTC)
    assert local_date(moment, "Europe/Amsterdam") == D(2026, 3, 29)
    assert local_date(moment, "America/New_York") == D(2026, 3, 28)


AMSTERDAM = "Europe/Amsterdam"


def at(local: str, zone: str = AMSTERDAM) -> dt.datetime:
    """An aware moment given as local wall-clock time in the zone."""
    from zoneinfo import ZoneInfo

    return dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))


@pytest.fixture
def amsterdam_round(alice):
    alice.time_zone = AMSTERDAM
    alice.save()
    return services.join(alice)


def check_in_at(participation, local: str):
    with time_machine.travel(at(local), tick=False):
        return services.check_in(participation, "gedaan")


def standing_at(participation, local: str):
    with time_machine.travel(at(local), tick=False):
        return services.standing(participation)


@pytest.mark.django_db
def test_spring_forward_a_23_hour_day_is_one_day(amsterdam_round):
    # 29 March 2026: clocks go from 02:00 to 03:00 in Amsterdam; that Sunday has 23 hours.
    check_in_at(amsterdam_round, "2026-03-28T23:30")
    check_in_at(amsterdam_round, "2026-03-29T23:30")  # 23 hours later by the clock on the wall, 1 calendar day
    check_in_at(amsterdam_round, "2026-03-30T00:15")  # only 45 minutes later, but a new calendar day
    result = standing_at(amsterdam_round, "2026-03-30T12:00")
    assert result.days_done == 3 and result.streak.current == 3
    assert [c.local_date for c in amsterdam_round.check_ins.all()] == days(28, 29, 30)


@pytest.mark.django_db
def test_fall_back_a_25_hour_day_allows_one_check_in(amsterdam_round):
    # 25 October 2026: clocks go from 03:00 back to 02:00; that Sunday has 25 hours.
    check_in_at(amsterdam_round, "2026-10-25T00:10")
    with pytest.raises(services.CheckInRefused):
        check_in_at(amsterdam_round, "2026-10-25T23:50")  # more than 24 hours on the clock, still the same day
    check_in_at(amsterdam_round, "2026-10-26T00:05")
    assert standing_at(amsterdam_round, "2026-10-26T09:00").streak.current == 2


@pytest.mark.django_db
def test_missing_one_day_across_the_dst_change_keeps_the_streak(amsterdam_round):
    check_in_at(amsterdam_round, "2026-03-27T21:00")
    check_in_at(amsterdam_round, "2026-03-28T21:00")
    # 29 March (the short day) is missed; 30 March continues the streak.
    assert standing_at(amsterdam_round, "2026-03-30T01:00").streak.missed_yesterday
    check_in_at(amsterdam_round, "2026-03-30T20:00")
    result = standing_at(amsterdam_round, "2026-03-30T20:01")
    assert result.streak.current == 3 and not result.streak.paused
    # 31 March and 1 April missed: paused on 2 April, but the three days done stay.
    paused = standing_at(amsterdam_round, "2026-04-02T08:00")
    assert paused.streak.paused_at == 3 and paused.days_done == 3 and paused.next_day == 4


@pytest.mark.django_db
def test_a_naive_24_hour_rule_would_pause_where_the_calendar_does_not(amsterdam_round):
    # Late on 28 March, then early on 31 March: 48 hours and 45 minutes apart on the wall clock
    # (47h45m in real time because of the lost hour), with 29 and 30 March missed: paused.
    check_in_at(amsterdam_round, "2026-03-28T23:30")
    assert standing_at(amsterdam_round, "2026-03-30T23:59").streak.current == 1
    assert standing_at(amsterdam_round, "2026-03-31T00:01").streak.paused


@pytest.mark.django_db
def test_the_day_follows_a_change_of_time_zone(alice):
    participation = services.join(alice)
    alice.time_zone = "America/New_York"
    alice.save()
    with time_machine.travel(dt.datetime(2026, 6, 1, 2, 0, tzinfo=dt.UTC), tick=False):
        item = services.check_in(participation, "")
    assert item.local_date == D(2026, 5, 31)
