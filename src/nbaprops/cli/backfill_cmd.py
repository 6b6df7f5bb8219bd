"""``nbaprops backfill``: phases in the seed's order, season by season, with validation gates."""

from __future__ import annotations

import re

import typer

from nbaprops.cli.common import console, environment, parse_date, require_built_phases, stoppable
from nbaprops.cli.live_state import live_state
from nbaprops.cli.progress import steps
from nbaprops.cli.snapshot import publishing
from nbaprops.config import Settings
from nbaprops.orchestration.backfill import run_backfill
from nbaprops.orchestration.commands import backfill_command
from nbaprops.seasons import season_chunks

STEP_DONE = re.compile(r"^phase (1:|[2-5] \w+/\w+:)")


def parse_phases(text: str) -> list[int]:
    """'1-3' -> [1, 2, 3]; '2' -> [2]."""
    try:
        if "-" in text:
            lo, hi = (int(p) for p in text.split("-", 1))
        else:
            lo = hi = int(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r}: give a phase or a range like 1-3", param_hint="--phases") from None
    if not 1 <= lo <= hi <= 5:
        raise typer.BadParameter(f"{text!r}: phases run from 1 to 5", param_hint="--phases")
    return list(range(lo, hi + 1))


def backfill(
    start_date: str = typer.Option(..., "--start-date", help="First date (YYYY-MM-DD)."),
    end_date: str = typer.Option(..., "--end-date", help="Last date (YYYY-MM-DD)."),
    phases: str = typer.Option("1-5", "--phases", help="Phases to run, e.g. 1-5, or 2-5 to start from stored files."),
    source: str = typer.Option("simulated", "--source", help="simulated (offline) or live."),
    seed: int = typer.Option(7, "--seed", help="Simulated league seed."),
    force: bool = typer.Option(False, "--force", help="Refetch and recompute what is already done."),
    workers: int = typer.Option(4, "--workers", help="Concurrent requests per source in phase 1."),
) -> None:
    """Backfill season by season: each phase complete and validated before the next; stops at gaps."""
    start, end = parse_date(start_date, "--start-date"), parse_date(end_date, "--end-date")
    wanted = parse_phases(phases)
    require_built_phases(wanted, "--phases")
    if start is not None and end is not None and end < start:
        raise typer.BadParameter(f"--end-date {end} is before --start-date {start}", param_hint="--end-date")
    if source not in ("simulated", "live"):
        raise typer.BadParameter("use simulated or live", param_hint="--source")
    scrape = None
    if 1 in wanted:
        from nbaprops.scrapers.backfill import make_scrape_fn

        scrape = make_scrape_fn(source=source, seed=seed, workers=workers)
    resume = backfill_command(start, end, phases)  # type: ignore[arg-type]
    home = Settings.load().home
    with stoppable(resume), environment() as env, publishing(env, home, resume):
        per_season = sum(1 if p == 1 else len(env.sources.configured(env.definitions.order(p))) for p in wanted)
        total = per_season * len(season_chunks(start, end))  # type: ignore[arg-type]
        with steps(console, total, "backfill") as bar, live_state(home, resume, total) as live:

            def log(line: str) -> None:
                bar.say(line)
                text = line.strip()
                done = bool(STEP_DONE.match(text))  # "phase 1: N files ..." or "phase 3 analytics/x: 15 success"
                if text.startswith("== season"):
                    bar.describe(text.removeprefix("== "))
                elif done:
                    bar.advance()
                live.line(text, step_done=done)

            result = run_backfill(env, start, end, wanted, scrape=scrape, force=force, log=log)  # type: ignore[arg-type]
            live.finish("complete" if result.ok else "stopped at a gate")
    if result.ok:
        console.print(f"backfill complete: phases {wanted[0]}-{wanted[-1]}, {start}..{end}")
    raise typer.Exit(0 if result.ok else 1)
