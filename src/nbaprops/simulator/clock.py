"""Eastern-time helpers without a tz database: US DST is 2nd Sunday of March to 1st Sunday of November."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def et_offset(day: date) -> int:
    """Hours to add to ET to get UTC on ``day`` (4 in summer time, 5 in winter)."""
    return 4 if _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1) else 5


def et_to_utc(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) + timedelta(hours=et_offset(day))


def utc_to_et(moment: datetime) -> datetime:
    """Naive ET wall-clock time for a UTC instant."""
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    guess = naive - timedelta(hours=5)
    return naive - timedelta(hours=et_offset(guess.date()))


def iso_z(moment: datetime) -> str:
    """``2024-10-22T23:30:00Z``; formatted by hand, the same text as strftime several times faster (every
    odds snapshot stamps each bookmaker and market)."""
    m = moment if moment.tzinfo is UTC else moment.astimezone(UTC)
    return f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}Z"


def clock_12h(moment: datetime) -> str:
    """'7:30 pm ET' for a naive ET time."""
    return f"{moment.hour % 12 or 12}:{moment.minute:02d} {'am' if moment.hour < 12 else 'pm'} ET"


# --- the simulator's own clock ------------------------------------------------------------------------
TIME_HEADER = "x-nbaprops-simulated-time"  # the moment a simulated request is made (ISO, UTC, "Z")


def parse_iso_z(text: str) -> datetime:
    """``2024-10-22T12:00:00Z`` -> an aware UTC datetime (ValueError if it is not one)."""
    return datetime.strptime(text.strip(), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


class SimClock:
    """The simulated time of a run (``now``) and when each of its requests would have been made live.

    A request for a game day is made when the workflows of :mod:`nbaprops.orchestration.daily` make it
    (opening lines in the morning and again before the games, box scores the night after, an injury
    report when it is published); a season-level request, or one no workflow makes (the historical odds
    endpoints), at ``now``. Only moments up to ``now`` are due: a run at 08:00 fetches no box score of
    that day. The same clock and command give the same object names and bodies, byte for byte.
    """

    def __init__(self, now: datetime) -> None:
        self.now = now.astimezone(UTC).replace(microsecond=0)

    @classmethod
    def after(cls, day: date) -> SimClock:
        """A run made once every workflow of game day ``day`` has run (a backfill ending on ``day``)."""
        from nbaprops.orchestration.daily import WORKFLOWS

        return cls(max(w.fires_at(day) for w in WORKFLOWS))

    def today(self) -> date:
        """The Eastern date of ``now`` (what "today" is to the run's planners)."""
        from nbaprops.orchestration.daily import in_eastern

        return in_eastern(self.now).date()

    def moments(self, scraper: str, day: date | None, fields: dict[str, str]) -> list[datetime]:
        """When the request of ``scraper`` for ``day`` (with path ``fields``) is made, up to ``now``."""
        from nbaprops.orchestration.daily import report_published, scheduled_moments

        if day is None:
            return [self.now]
        if "hour24" in fields:
            times = [report_published(day, int(fields["hour24"]))]
        else:
            times = scheduled_moments(scraper, day) or [self.now]
        return [t for t in times if t <= self.now]

    def header(self, moment: datetime) -> dict[str, str]:
        """The request header that tells the simulator when the request is made."""
        return {TIME_HEADER: iso_z(moment)}
