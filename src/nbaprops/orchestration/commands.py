"""Every command line that nbaprops prints for an operator to run, built in one place.

Error messages, retry hints, validation gaps and status reports all point at a command; building them
here keeps the flags in step with the CLI (one test runs each through the CLI's parser).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date


def _dates_flag(days: Sequence[date]) -> str:
    return ",".join(d.isoformat() for d in sorted(set(days)))


def run_command(ref: str, start: date | None = None, end: date | None = None, *, dates: Sequence[date] = (),
                backfill: bool = False, skip_downstream_trigger: bool = False, all_of_phase: bool = False) -> str:
    """``nbaprops run <ref>`` over a range or exact dates (``ref`` is ``raw/nbac_schedule`` or a phase folder)."""
    cmd = f"nbaprops run {ref}" + (" --all" if all_of_phase else "")
    if dates:
        cmd += f" --dates {_dates_flag(dates)}"
    elif start is not None and end is not None:
        cmd += f" --start-date {start} --end-date {end}"
    if backfill:
        cmd += " --backfill-mode"
    if skip_downstream_trigger:
        cmd += " --skip-downstream-trigger"
    return cmd


def scrape_command(scraper: str, start: date, end: date) -> str:
    """``nbaprops scrape <scraper>`` for the dates whose objects are missing."""
    return f"nbaprops scrape {scraper} --start-date {start} --end-date {end}"


def backfill_command(start: date, end: date, phases: str) -> str:
    """``nbaprops backfill``: the same command resumes where a stopped one left off."""
    return f"nbaprops backfill --start-date {start} --end-date {end} --phases {phases}"
