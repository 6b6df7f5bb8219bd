"""``nbaprops scrape``: fetch source responses for a date range into the object store.

Offline by default (``--source simulated`` answers from the in-process simulator); ``--source live``
reaches the real services with keys from the environment.
"""

from __future__ import annotations

from datetime import date

import typer
from rich.table import Table as RichTable

from nbaprops.cli.common import console, environment, err_console, parse_date
from nbaprops.scrapers.catalog import SCRAPERS
from nbaprops.scrapers.registry import UnknownScraperError, resolve
from nbaprops.scrapers.report import ScrapeReport
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.secrets import redact
from nbaprops.scrapers.transport import Profile, live_profile, loopback_profile, simulated_profile

SOURCES = ("simulated", "live")


def scrape(
    scraper: str | None = typer.Argument(None, help="Scraper name(s), comma-separated, e.g. bdl_box_scores."),
    all_scrapers: bool = typer.Option(False, "--all", help="Every scraper."),
    start_date: str | None = typer.Option(None, "--start-date", help="First date (YYYY-MM-DD)."),
    end_date: str | None = typer.Option(None, "--end-date", help="Last date (YYYY-MM-DD); defaults to --start-date."),
    source: str = typer.Option("simulated", "--source", help="simulated (offline, default) | live."),
    force: bool = typer.Option(False, "--force", help="Fetch again what the store already holds."),
    workers: int = typer.Option(8, "--workers", min=1, max=64, help="Requests in flight across sources."),
    seed: int = typer.Option(7, "--seed", help="Simulated league seed."),
    simulator_url: str | None = typer.Option(
        None, "--simulator-url", help="Use a running `nbaprops simulator serve` (http://127.0.0.1:PORT) "
                                      "instead of the in-process simulator."),
    list_only: bool = typer.Option(False, "--list", help="List the scrapers and exit."),
) -> None:
    """Scrape a date range; prints a summary per scraper and exits 1 if any request failed."""
    if list_only:
        _print_catalogue()
        return
    names = _names(scraper, all_scrapers)
    start = parse_date(start_date, "--start-date")
    end = parse_date(end_date, "--end-date") or start
    if start is None or end is None:
        raise typer.BadParameter("give --start-date (and --end-date)", param_hint="--start-date")
    if end < start:
        raise typer.BadParameter(f"--end-date {end} is before --start-date {start}", param_hint="--end-date")
    profile = _profile(source, seed, simulator_url)
    with environment() as env:
        report = ScrapeRunner(env, profile, force=force, workers=workers).run(names, start, end)
    print_report(report, start, end)
    raise typer.Exit(0 if report.ok else 1)


def _names(scraper: str | None, all_scrapers: bool) -> list[str]:
    if all_scrapers:
        return list(SCRAPERS)
    if not scraper:
        raise typer.BadParameter("name a scraper (see --list) or pass --all", param_hint="SCRAPER")
    names = [n.strip() for n in scraper.split(",") if n.strip()]
    try:
        for name in names:
            resolve(name)
    except UnknownScraperError as exc:
        raise typer.BadParameter(str(exc), param_hint="SCRAPER") from None
    return names


def _profile(source: str, seed: int, simulator_url: str | None) -> Profile:
    if source not in SOURCES:
        raise typer.BadParameter(f"{source!r}: expected one of {', '.join(SOURCES)}", param_hint="--source")
    if source == "live":
        if simulator_url:
            raise typer.BadParameter("--simulator-url goes with --source simulated", param_hint="--simulator-url")
        return live_profile()
    return loopback_profile(simulator_url, clocked=True) if simulator_url else simulated_profile(seed)


def print_report(report: ScrapeReport, start: date, end: date) -> None:
    table = RichTable(title=f"scrape {start}..{end} ({report.source}, run {report.run_id})", title_justify="left")
    table.add_column("scraper", no_wrap=True, min_width=24)
    for column in ("requests", "files", "bytes", "no_data", "failed", "resumed", "seconds"):
        table.add_column(column, justify="right", no_wrap=True)
    for name in [n for n in SCRAPERS if n in report.scrapers]:
        r = report.scrapers[name]
        failed = r.count("failed")
        table.add_row(name, str(r.requests), str(r.files), human_bytes(r.bytes), str(r.count("no_data")),
                      f"[red]{failed}[/red]" if failed else "0", str(r.count("skipped")), f"{r.seconds:.1f}")
    console.print(table)
    console.print(f"{report.files} file(s), {report.bytes:,} bytes in {report.seconds:.1f} s")
    failures = report.failures()
    if failures:
        err_console.print(f"[red]{len(failures)} request(s) failed:[/red]")
        for o in failures[:50]:
            params = ", ".join(f"{k}={v}" for k, v in o.params.items() if k != "page_number")
            err_console.print(redact(f"  {o.scraper} ({params}): {o.error}"), markup=False, highlight=False)
        if len(failures) > 50:
            err_console.print(f"  ... and {len(failures) - 50} more (see nba_orchestration.scraper_execution_log)")


def human_bytes(n: int) -> str:
    for unit in ("B", "kB", "MB"):
        if n < 1000:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return f"{n:.2f} GB"


def _print_catalogue() -> None:
    table = RichTable(title="scrapers", title_justify="left")
    table.add_column("scraper")
    table.add_column("source")
    table.add_column("path")
    table.add_column("what")
    for spec in SCRAPERS.values():
        table.add_row(spec.name, spec.source, spec.layout.template, spec.description)
    console.print(table)
