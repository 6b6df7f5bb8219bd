"""The HTML evaluation report (``nbaprops evaluate --html FILE``): one self-contained file, readable
offline (plots are PNGs embedded as data URIs, made with matplotlib), with the figures people look at:
calibration of P(over), hit rate and return by edge, MAE by week beside the market line and the last-10
average (same player-games), predicted vs actual; and the evaluation table."""

from __future__ import annotations

import base64
import html
import io
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from nbaprops.predictions.evaluation import evaluate_system, load_results
from nbaprops.storage.warehouse import Warehouse

PRIMARY = "xgboost"


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def build_html(wh: Warehouse, start: date, end: date, system: str | None = None) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = load_results(wh, start, end, system)
    by_system: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_system[r["system_id"]].append(r)
    reports = {s: evaluate_system(v) for s, v in sorted(by_system.items())}
    primary = system or (PRIMARY if PRIMARY in reports else next(iter(reports), None))
    images: list[tuple[str, str]] = []
    if reports:
        fig, ax = plt.subplots(figsize=(5.5, 5))
        ax.plot([0, 1], [0, 1], color="grey", linestyle="--", label="perfect")
        for s, r in reports.items():
            cal = r["probability"]["calibration"]
            ax.plot([c["mean_p"] for c in cal], [c["observed"] for c in cal], marker="o", label=s)
        ax.set(xlabel="predicted P(over)", ylabel="observed over rate", title="Calibration of P(over)")
        ax.legend(fontsize=8)
        images.append(("Calibration", _png(fig)))

        fig, (a1, a2) = plt.subplots(1, 2, figsize=(10, 4))
        width = 0.8 / len(reports)
        for k, (s, r) in enumerate(reports.items()):
            buckets = r["bets"]["system"]["by_edge"]
            xs = [i + k * width for i in range(len(buckets))]
            a1.bar(xs, [b["hit_rate"] or 0 for b in buckets.values()], width, label=s)
            a2.bar(xs, [b["roi"] or 0 for b in buckets.values()], width, label=s)
            labels = list(buckets)
        for a, title in ((a1, "Hit rate by edge (points)"), (a2, "Return per unit by edge (points)")):
            a.set_xticks([i + 0.4 - width / 2 for i in range(len(labels))], labels)
            a.set_title(title)
        a1.axhline(0.5238, color="grey", linestyle="--", label="break-even at -110")
        a2.axhline(0, color="grey")
        a1.legend(fontsize=7)
        images.append(("Hit rate and return by edge", _png(fig)))

        fig, ax = plt.subplots(figsize=(10, 4))
        for s, v in by_system.items():
            weeks = _weekly(v, "predicted_points")
            ax.plot(list(weeks), list(weeks.values()), label=s)
        ref = by_system[primary]
        for col, name, style in (("prediction_line", "market line", "k--"), ("baseline_last_10", "last-10", "k:")):
            weeks = _weekly(ref, col)
            ax.plot(list(weeks), list(weeks.values()), style, label=name)
        ax.set(ylabel="MAE (points)", title="MAE by week, player-games with a line")
        ax.legend(fontsize=8)
        images.append(("MAE by week", _png(fig)))

        fig, ax = plt.subplots(figsize=(5.5, 5))
        ref = by_system[primary]
        ax.hexbin([r["predicted_points"] for r in ref], [r["actual_points"] for r in ref], gridsize=30, mincnt=1,
                  cmap="Blues")
        ax.plot([0, 45], [0, 45], color="grey", linestyle="--")
        ax.set(xlabel="predicted points", ylabel="actual points", title=f"Predicted vs actual: {primary}")
        images.append(("Predicted vs actual", _png(fig)))
    return _page(start, end, reports, images)


def _weekly(rows: list[dict[str, Any]], col: str) -> dict[date, float]:
    acc: dict[date, list[float]] = defaultdict(list)
    for r in rows:
        if r["prediction_line"] is not None and r[col] is not None:
            monday = r["game_date"] - timedelta(days=r["game_date"].weekday())
            acc[monday].append(abs(r[col] - r["actual_points"]))
    return {d: sum(v) / len(v) for d, v in sorted(acc.items())}


def _f(v: Any) -> str:
    return "-" if v is None else f"{v:.3f}" if isinstance(v, float) else html.escape(str(v))


def _page(start: date, end: date, reports: dict[str, dict[str, Any]], images: list[tuple[str, str]]) -> str:
    head = ("<tr><th>system</th><th>n</th><th>MAE</th><th>market MAE</th><th>last-10 MAE</th><th>RMSE</th>"
            "<th>bias</th><th>within 3</th><th>within 5</th><th>bets</th><th>hit rate</th><th>ROI</th>"
            "<th>Brier</th></tr>")
    body = []
    for s, r in reports.items():
        w, b = r["with_line"], r["bets"]["system"]
        body.append("<tr>" + "".join(f"<td>{_f(v)}</td>" for v in (
            s, w["system"]["n"], w["system"]["mae"], w["market_line"]["mae"], w["last_10"]["mae"],
            w["system"]["rmse"], w["system"]["bias"], w["system"]["within_3"], w["system"]["within_5"],
            b["bets"], b["hit_rate"], b["roi"], r["probability"]["brier"])) + "</tr>")
    figs = "\n".join(f'<h2>{html.escape(t)}</h2><img alt="{html.escape(t)}" src="{src}">' for t, src in images)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>nbaprops evaluation {start}..{end}</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:4px 8px;text-align:right}}img{{max-width:100%}}</style></head>
<body><h1>Predictions graded {start}..{end}</h1>
<p>Every figure is on the player-games each system predicted that have a posted line; the market line
and the last-10-games average are scored on the same player-games. Bets are the recommended OVER/UNDER
calls, each taken at the best main line and price among the books (-110 where the source has no price)
and graded there; pushes are neither won nor lost.</p>
<table>{head}{''.join(body)}</table>
{figs or '<p>No graded predictions in this range.</p>'}
</body></html>
"""
