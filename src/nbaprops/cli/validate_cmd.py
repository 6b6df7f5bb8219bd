"""``nbaprops validate --phase N``: the seed's validation queries, per table, with the fill commands."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import typer
from rich.table import Table as RichTable

from nbaprops.cli.common import console, environment, parse_date, print_json, require_built_phases
from nbaprops.orchestration.quality import IncompleteLookback, QualityRow, incomplete_lookbacks, quality_distribution
from nbaprops.orchestration.validation import gaps, phase_coverage

if TYPE_CHECKING:
    from nbaprops.orchestration.context import Environment
    from nbaprops.predictions.validation import PlayerCoverage


def validate(
    phase: int = typer.Option(..., "--phase", min=2, max=5, help="Phase to check (2-5)."),
    start_date: str = typer.Option(..., "--start-date", help="First date (YYYY-MM-DD)."),
    end_date: str = typer.Option(..., "--end-date", help="Last date (YYYY-MM-DD)."),
    quality: bool = typer.Option(False, "--quality", help="Also the quality distribution per processor and "
                                                            "season (the seed's Query 4)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Per table: dates the schedule expects and dates present (exit 1 if a gating table misses any); for
    tables with lookbacks, the dates computed from incomplete windows; with --quality, the distribution.
    Phase 5 also per player: every expected player has a row from every system (a prediction or a PASS
    that says why), and every prediction of a player who played in a final game is graded."""
    start, end = parse_date(start_date, "--start-date"), parse_date(end_date, "--end-date")
    require_built_phases([phase], "--phase")
    with environment(must_exist=True) as env:
        coverage = phase_coverage(env, phase, start, end)  # type: ignore[arg-type]
        lookbacks = incomplete_lookbacks(env, phase, start, end)  # type: ignore[arg-type]
        distribution = quality_distribution(env, phase, start, end) if quality else []  # type: ignore[arg-type]
        players = _phase5_players(env, start, end) if phase == 5 else None
    missing = gaps(coverage)
    if as_json:
        print_json({"coverage": [c.as_dict() for c in coverage],
                    "incomplete_lookbacks": [lb.__dict__ for lb in lookbacks],
                    "quality": [q.as_dict() for q in distribution],
                    **({"players": players.as_dict()} if players else {})} if (quality or lookbacks or players)
                   else [c.as_dict() for c in coverage])
    else:
        table = RichTable(title=f"Phase {phase} completeness {start}..{end}", title_justify="left")
        for col in ("table", "expected", "present", "pct", "missing dates; note"):
            table.add_column(col)
        for c in coverage:
            d = c.as_dict()
            style = "green" if not c.missing else ("red" if c.gating else "yellow")
            detail = (d["missing"] or "")[:80] + ("" if c.gating or not c.missing else " (informational)")
            table.add_row(c.label, str(d["expected_dates"]), str(d["dates_with_data"]),
                          f"[{style}]{d['pct_complete']}%[/{style}]", "; ".join(x for x in (detail, c.note) if x))
        console.print(table)
        for c in missing:
            console.print(f"fill {c.label}: {c.fill_command()}")
        _print_lookbacks(lookbacks)
        if quality:
            _print_quality(distribution)
        if players:
            _print_players(players)
    raise typer.Exit(1 if missing or (players and players.failing) else 0)


def _phase5_players(env: Environment, start: date, end: date) -> PlayerCoverage:
    from nbaprops.predictions.validation import player_coverage

    return player_coverage(env.warehouse, start, end)


def _print_players(cov: PlayerCoverage) -> None:
    """Phase 5 per player: the gaps by date and table, a few players named, and the command that fills each
    (one line each, never wrapped, so the command can be copied)."""
    from nbaprops.predictions.validation import summary_line

    console.print(f"Phase 5 per player: {summary_line(cov)}", highlight=False)
    if not cov.problems:
        return
    for p in cov.problems:
        style = "red" if p.gating else "yellow"
        names = f" (e.g. {', '.join(p.examples)})" if p.examples else ""
        console.print(f"  {p.game_date} {p.table}: [{style}]{p.kind}[/{style}]: {p.count}{names}; fill: {p.fix}",
                      soft_wrap=True, highlight=False)


def _print_lookbacks(lookbacks: list[IncompleteLookback]) -> None:
    """Rows written from windows with games the schedule has and Phase 3 lacks (backfill mode writes them)."""
    if not lookbacks:
        return
    console.print("[yellow]rows computed from incomplete lookback windows (Phase 3 lacks scheduled games; "
                  "fill Phase 3, then rerun these dates with --force):[/yellow]")
    for lb in lookbacks:
        console.print(f"  {lb.processor} {lb.game_date}: {lb.incomplete_rows} of {lb.rows} rows, up to "
                      f"{lb.missing_games} game(s) missing")


def _print_quality(rows: list[QualityRow]) -> None:
    table = RichTable(title="Quality distribution (early-season rows are expected: the seed's scenario 6)",
                      title_justify="left")
    for col in ("processor", "season", "rows", "production ready %", "early season %", "mean quality",
                "min quality"):
        table.add_column(col)
    for q in rows:
        table.add_row(q.processor, f"{q.season_year}", str(q.rows), f"{q.production_ready_pct}",
                      f"{q.early_season_pct}", f"{q.mean_quality}", str(q.min_quality))
    console.print(table)
