"""The forgiving streak, on the person's own calendar (plain functions, no database).

The rule, as the challenge page explains it:
- a day counts when you check in; one check-in per calendar day in your own time zone;
- miss one day and your streak keeps going;
- miss two days in a row and your streak pauses: it is kept as your longest streak, and your next check-in
  starts a new one;
- the days you did are never taken away: the challenge goes on from where you are.

Dates are compared as calendar dates in the person's time zone, never as 24-hour periods, so a day of 23 or
25 hours (a daylight-saving change) is still one day.
"""

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass

# The largest gap between two check-ins that still continues a streak: one missed day between them.
LONGEST_BRIDGED_GAP = 2


@dataclass(frozen=True)
class Streak:
    current: int  # check-ins in the running streak (0 when paused or not started)
    longest: int
    paused_at: int  # the length of the streak that paused (0 when it did not)
    missed_yesterday: bool  # one day missed: checking in today keeps the streak going

    @property
    def paused(self) -> bool:
        return self.paused_at > 0


def local_date(moment: dt.datetime, time_zone: str) -> dt.date:
    """The calendar date of an aware moment in the person's time zone."""
    return moment.astimezone(zoneinfo.ZoneInfo(time_zone)).date()


def streak(check_in_dates: Iterable[dt.date], today: dt.date) -> Streak:
    dates = sorted(set(check_in_dates))
    if not dates:
        return Streak(current=0, longest=0, paused_at=0, missed_yesterday=False)
    runs = [1]
    for previous, date in zip(dates, dates[1:], strict=False):
        if (date - previous).days <= LONGEST_BRIDGED_GAP:
            runs[-1] += 1
        else:
            runs.append(1)
    since_last = (today - dates[-1]).days
    paused = since_last > LONGEST_BRIDGED_GAP
    return Streak(
        current=0 if paused else runs[-1],
        longest=max(runs),
        paused_at=runs[-1] if paused else 0,
        missed_yesterday=since_last == LONGEST_BRIDGED_GAP,
    )
