"""When the daily workflows fire: APScheduler cron triggers at the times of :mod:`.daily` (Eastern), a day
without games skipped, and the same schedule as cron lines for those who keep their own scheduler."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.daily import ET, WORKFLOWS, Workflow
from nbaprops.orchestration.daily_run import has_games

RunWorkflow = Callable[[Workflow, date], None]
HasGames = Callable[[date], "bool | None"]  # None: the schedule of that season is not loaded (run to load it)
Log = Callable[[str], None]


def trigger(workflow: Workflow) -> CronTrigger:
    """Every day at the workflow's Eastern time (daylight saving handled by the time zone)."""
    return CronTrigger(hour=workflow.at.hour, minute=workflow.at.minute, timezone=ET)


def schedule_knows(env: Environment) -> HasGames:
    """Whether a date has games, from the loaded schedule (None if its season is not loaded yet)."""
    return lambda day: has_games(env, day)


def fire(workflow: Workflow, fired: datetime, run: RunWorkflow, games: HasGames, log: Log = print) -> str:
    """One firing: the game day it is for, skipped if that day has no games; returns what happened."""
    day = workflow.game_day(fired.astimezone(ET).date())
    if games(day) is False:
        log(f"{fired:%Y-%m-%d %H:%M %Z} {workflow.name}: no game on {day}, skipped")
        return "skipped"
    log(f"{fired:%Y-%m-%d %H:%M %Z} {workflow.name} for {day}")
    run(workflow, day)
    return "ran"


def next_runs(after: datetime, count: int, games: HasGames) -> list[tuple[datetime, Workflow, date]]:
    """The next ``count`` firings after ``after`` that run (days without games left out), computed with
    the scheduler's own triggers, without waiting."""
    triggers = {w.name: trigger(w) for w in WORKFLOWS}
    previous: dict[str, datetime | None] = {w.name: None for w in WORKFLOWS}
    out: list[tuple[datetime, Workflow, date]] = []
    now = after
    for _ in range(count * 50):  # a season break skips many days; bounded all the same
        upcoming = []
        for w in WORKFLOWS:
            at = triggers[w.name].get_next_fire_time(previous[w.name], now)
            if at is not None:
                upcoming.append((at, w))
        at, w = min(upcoming, key=lambda item: item[0])
        previous[w.name] = at
        now = at
        day = w.game_day(at.astimezone(ET).date())
        if games(day) is not False:
            out.append((at, w, day))
            if len(out) == count:
                break
    return out


def add_jobs(scheduler: BaseScheduler, run: RunWorkflow, games: HasGames, log: Log = print,
             triggers: dict[str, BaseTrigger] | None = None) -> None:
    """One job per workflow: one run at a time, a missed firing run once when the scheduler wakes (within
    an hour), never twice."""
    for w in WORKFLOWS:
        scheduler.add_job(lambda w=w: fire(w, datetime.now(ET), run, games, log),
                          trigger=(triggers or {}).get(w.name) or trigger(w), id=w.name, name=w.description,
                          max_instances=1, coalesce=True, misfire_grace_time=3600)


def cron_lines(command: str = "nbaprops") -> list[str]:
    """The same schedule for cron (``CRON_TZ`` keeps the Eastern times; ``daily`` skips a day without games)."""
    lines = ["CRON_TZ=America/New_York"]
    for w in WORKFLOWS:
        day = '--date "$(TZ=America/New_York date -d yesterday +\\%F)" ' if w.day_offset else ""
        lines.append(f"{w.at.minute} {w.at.hour} * * * {command} daily {day}--workflow {w.name}")
    return lines
