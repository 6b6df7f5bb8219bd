"""``nbaprops evaluate``: graded predictions over a range, each system beside the market line and a
last-10-games average on the same player-games (``predictions/evaluation.py``)."""

from __future__ import annotations

import typer
from rich.table import Table as RichTable

from nbaprops.cli.common import console, environment, parse_date, print_json


def evaluate(
    start_date: str = typer.Option(..., "--start-date", help="First date (YYYY-MM-DD)."),
    end_date: str = typer.Option(..., "--end-date", help="Last date (YYYY-MM-DD)."),
    system: str = typer.Option(None, "--system", help="One system (default: every system graded)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    html_file: str = typer.Option(None, "--html", help="Also write a self-contained HTML report with plots."),
) -> None:
    """MAE, RMSE, bias, within 3/5, hit rate and return by edge bucket, Brier score: system vs market vs last-10."""
    from nbaprops.predictions.evaluation import evaluate as run_evaluation

    start, end = parse_date(start_date, "--start-date"), parse_date(end_date, "--end-date")
    with environment(must_exist=True) as env:
        report = run_evaluation(env.warehouse, start, end, system)
        if html_file:
            from pathlib import Path

            from nbaprops.predictions.report import build_html

            Path(html_file).write_text(build_html(env.warehouse, start, end, system))
            console.print(f"HTML report: {html_file}", highlight=False) if not as_json else None
    if as_json:
        print_json(report)
        raise typer.Exit(0 if report["systems"] else 1)
    if not report["systems"]:
        console.print(f"no graded predictions {start}..{end}: run predictions/prediction_results first")
        raise typer.Exit(1)
    errors = RichTable(title=f"Error on player-games with a line, {start}..{end}", title_justify="left")
    for c in ("system", "n", "MAE", "market MAE", "last-10 MAE", "RMSE", "bias", "within 3", "within 5", "Brier"):
        errors.add_column(c)
    bets = RichTable(title="Recommended bets at their prices (last-10 benchmark: same min edge, -110)",
                     title_justify="left")
    for c in ("system", "bets", "hit rate", "units", "ROI", "last-10 bets", "last-10 hit", "last-10 ROI",
              "by edge: bets/hit/ROI"):
        bets.add_column(c)
    for name, r in report["systems"].items():
        s, m, b = r["with_line"]["system"], r["with_line"]["market_line"], r["with_line"]["last_10"]
        errors.add_row(name, str(s["n"]), _f(s["mae"]), _f(m["mae"]), _f(b["mae"]), _f(s["rmse"]), _f(s["bias"]),
                       _f(s["within_3"]), _f(s["within_5"]), _f(r["probability"]["brier"]))
        sb, bb = r["bets"]["system"], r["bets"]["last_10"]
        edges = "; ".join(f"{k}: {v['bets']}/{_f(v['hit_rate'])}/{_f(v['roi'])}"
                          for k, v in sb["by_edge"].items() if v["bets"])
        bets.add_row(name, str(sb["bets"]), _f(sb["hit_rate"]), _f(sb["units"]), _f(sb["roi"]), str(bb["bets"]),
                     _f(bb["hit_rate"]), _f(bb["roi"]), edges)
    console.print(errors)
    console.print(bets)


def _f(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}"
