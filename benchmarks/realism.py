"""Simulated league vs the real 2024-25 NBA season, side by side in one table.

    python benchmarks/realism.py [--seed 7] [--season 2024] [--real DIR]

The simulated side is one full regular season simulated in-process (box scores only: no scraping), read
straight from the simulator's ``Game`` objects; the lines come from the simulator's own books
(``Season.market``), at the closing snapshot. The real side is ``../shared/realdata`` (team game logs and
player box scores of the 2024-25 regular season; see its README). Targets (issue #14): league averages
within 5%, counts of 25+/30+ ppg players and 50-point games within 30%, consensus over rate 48-52% overall
and in every quartile of players' scoring, 0 whole-number consensus lines that no book posted.

The consensus line is each book's main line (its ``PropLine`` closest to even) reduced to a line some book
posted: the median when the count is odd, else the lower of the two middle lines (a whole number between
two half-point lines is never graded). ``unposted whole-number medians`` counts the plain median's
whole numbers no book posted (what a naive median gives).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from nbaprops.simulator import League
from nbaprops.simulator.books import BOOKS, main_lines
from nbaprops.simulator.game import (
    AST,
    BLK,
    DREB,
    FG3A,
    FGA,
    FGM,
    FTA,
    OREB,
    PF,
    PTS,
    SEC,
    STL,
    TOV,
    Game,
)

REAL = Path(__file__).resolve().parents[1] / "../shared/realdata"
TEAM_STATS = ("points", "rebounds", "assists", "steals", "blocks", "turnovers", "fouls")


# --- per-game and per-player summaries shared by both sides ----------------------------------------------


def _team_block(rows: list[dict[str, float]], minutes: list[float]) -> dict[str, float]:
    """League per-team-game averages; rows are team-games with both teams' possessions under ``poss``."""
    out = {k: statistics.fmean(r[k] for r in rows) for k in TEAM_STATS}
    out["pace"] = 48 * statistics.fmean(r["poss"] for r in rows) / (statistics.fmean(minutes) / 5)
    for k in ("FGA", "FG%", "3PA", "FTA", "OREB"):
        out[k] = statistics.fmean(r[k] for r in rows)
    return out


def _player_block(games: dict[str, list[tuple[float, float]]], n_games: int) -> dict[str, float]:
    """Counts over players with 15+ games: games maps player -> [(points, minutes)]."""
    ppg = {p: statistics.fmean(g[0] for g in gs) for p, gs in games.items() if len(gs) >= 15}
    mpg = {p: statistics.fmean(g[1] for g in gs) for p, gs in games.items() if len(gs) >= 15}
    top = sorted(ppg, key=ppg.__getitem__, reverse=True)[:10]
    fifty = sum(1 for gs in games.values() for pts, _ in gs if pts >= 50)
    values = sorted(ppg.values())
    return {
        "players >= 30 ppg": sum(v >= 30 for v in values),
        "players >= 25 ppg": sum(v >= 25 for v in values),
        "players >= 20 ppg": sum(v >= 20 for v in values),
        "top ppg": values[-1],
        "10th ppg": values[-10],
        "50-point games per 1,230": fifty * 1230 / n_games,
        "40-point games per 1,230": sum(1 for gs in games.values() for pts, _ in gs if pts >= 40) * 1230 / n_games,
        "top-10 scorers' mpg (mean)": statistics.fmean(mpg[p] for p in top),
        "top-10 scorers' mpg (max)": max(mpg[p] for p in top),
        "players >= 36 mpg": sum(v >= 36 for v in mpg.values()),
        "top mpg": max(mpg.values()),
        "sd of player-game points (20+ ppg players)": statistics.fmean(
            statistics.pstdev(g[0] for g in games[p]) for p in ppg if ppg[p] >= 20),
    }


def _trailing_mae(series: Iterable[list[float]]) -> float:
    """MAE of a player's season-to-date mean (10+ prior games) as the prediction of his next game's points."""
    errs = []
    for pts in series:
        total = 0.0
        for k, v in enumerate(pts):
            if k >= 10:
                errs.append(abs(v - total / k))
            total += v
    return statistics.fmean(errs)


def _mae_block(games: dict) -> dict[str, float]:
    """How predictable a player's next game is from his season so far: all players, and regulars only
    (20+ minutes a game: the real box scores cover only the players their author tracked)."""
    regulars = [gs for gs in games.values() if statistics.fmean(m for _, m in gs) >= 20]
    return {"MAE, season-to-date mean -> points": _trailing_mae([p for p, _ in gs] for gs in games.values()),
            "  MAE, season-to-date mean -> points, players with 20+ mpg":
                _trailing_mae([p for p, _ in gs] for gs in regulars)}


# --- the real season -------------------------------------------------------------------------------------


def real_side(root: Path) -> dict[str, float]:
    rows, minutes = [], []
    by_game: dict[str, list[dict[str, str]]] = defaultdict(list)
    with open(root / "team_game_logs/nba_games_2024_25.csv", newline="") as f:
        for r in csv.DictReader(f):
            if r["GAME_ID"].startswith("002"):
                by_game[r["GAME_ID"]].append(r)
    for pair in by_game.values():
        poss = [float(t["FGA"]) + 0.44 * float(t["FTA"]) + float(t["TOV"]) - float(t["OREB"]) for t in pair]
        for t in pair:
            rows.append({"points": float(t["PTS"]), "rebounds": float(t["REB"]), "assists": float(t["AST"]),
                         "steals": float(t["STL"]), "blocks": float(t["BLK"]), "turnovers": float(t["TOV"]),
                         "fouls": float(t["PF"]), "poss": sum(poss) / len(poss),
                         "FGA": float(t["FGA"]), "FG%": 100 * float(t["FGM"]) / float(t["FGA"]),
                         "3PA": float(t["FG3A"]), "FTA": float(t["FTA"]), "OREB": float(t["OREB"])})
            minutes.append(float(t["MIN"]))
    out = _team_block(rows, minutes)
    players: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    with open(root / "box_scores/combined_2024_25.csv", newline="") as f:
        for r in csv.DictReader(f):
            players[r["player_id"]].append((r["date"], float(r["pts"]), float(r["minutes"])))
    games = {p: [(pts, m) for _, pts, m in sorted(gs)] for p, gs in players.items()}
    out |= _player_block(games, len(by_game))
    out |= _mae_block(games)
    return out


# --- the simulated season --------------------------------------------------------------------------------


def simulated_games(league: League, year: int) -> list[Game]:
    season = league.season(year)
    season.simulate_games(season.regular)
    return [season.result(g.game_id) for g in season.regular]


def sim_side(league: League, year: int, oracle_games: int = 0) -> dict[str, float]:
    games = simulated_games(league, year)
    rows, minutes = [], []
    players: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for g in games:
        tots = [g.team_totals(side) for side in (0, 1)]
        poss = [t[FGA] + 0.44 * t[FTA] + t[TOV] - t[OREB] for t in tots]
        team_min = 240 + 25 * max(0, g.periods - 4)
        for t in tots:
            rows.append({"points": t[PTS], "rebounds": t[OREB] + t[DREB], "assists": t[AST], "steals": t[STL],
                         "blocks": t[BLK], "turnovers": t[TOV], "fouls": t[PF], "poss": sum(poss) / 2,
                         "FGA": t[FGA], "FG%": 100 * t[FGM] / t[FGA], "3PA": t[FG3A], "FTA": t[FTA],
                         "OREB": t[OREB]})
            minutes.append(team_min)
        for side in (0, 1):
            for i in g.order[side]:
                line = g.box[i]
                if line[SEC] > 0:
                    players[i].append((line[PTS], line[SEC] / 60))
    out = _team_block(rows, minutes)
    out |= _player_block(players, len(games))
    out |= _mae_block(players)
    out |= line_side(league, year, games, oracle_games)
    return out


def regular_players(games: list[Game]) -> set[int]:
    """Players averaging 20+ minutes over the games they played."""
    played: dict[int, list[float]] = defaultdict(list)
    for g in games:
        for i, line in g.box.items():
            if line[SEC] > 0:
                played[i].append(line[SEC] / 60)
    return {i for i, v in played.items() if statistics.fmean(v) >= 20}


def consensus(points: list[float]) -> float:
    """The pipeline's rule (analytics/fragments/prop_lines.sql): the line most books post, ties to the
    first book of the fixed order (``points`` come in that order), so always a line a book posted."""
    counts = {line: points.count(line) for line in points}
    return max(points, key=lambda line: (counts[line], -points.index(line)))


def line_side(league: League, year: int, games: list[Game], oracle_games: int) -> dict[str, float]:
    season = league.season(year)
    market = season.market

    oracle_ids = {g.game_id for g in games[::max(1, len(games) // oracle_games)][:oracle_games]} \
        if oracle_games else set()

    def expected_of(g: Game) -> dict[int, float]:
        return season.expected_points(g.game_id) if g.game_id in oracle_ids else {}

    graded: list[tuple[int, float, float, float]] = []  # player, consensus, points, expected
    unposted = 0
    for g in games:
        per_player: dict[int, list[float]] = defaultdict(list)
        for book in BOOKS:
            for line in main_lines(market.offered(g.sched, book.key, "player_points", 3)):
                per_player[line.player].append(line.point)
        expected = expected_of(g)
        for i, points in per_player.items():
            if g.box.get(i, [0])[SEC] <= 0:
                continue  # did not play: the bet is void
            median = statistics.median(points)
            unposted += median not in points
            graded.append((i, consensus(points), g.box[i][PTS], expected.get(i, -1.0)))
    ppg: dict[int, list[float]] = defaultdict(list)
    for i, _, pts, _ in graded:
        ppg[i].append(pts)
    mean_of = {i: statistics.fmean(v) for i, v in ppg.items()}
    cuts = statistics.quantiles(sorted(mean_of.values()), n=4)

    def over_rate(rows: list[tuple[int, float, float, float]]) -> float:
        decided = [pts > line for _, line, pts, _ in rows if pts != line]
        return 100 * sum(decided) / len(decided)

    out = {"over rate of the consensus line, %": over_rate(graded)}
    for q in range(4):
        lo = cuts[q - 1] if q else -1.0
        hi = cuts[q] if q < 3 else 1e9
        rows = [r for r in graded if lo < mean_of[r[0]] <= hi]
        out[f"  over rate, scoring quartile {q + 1} (ppg {lo if q else 0:.1f}-{hi if q < 3 else 99:.1f}), %"] = \
            over_rate(rows)
    stars = [r for r in graded if mean_of[r[0]] >= 25]
    if stars:
        out["  over rate, players >= 25 ppg, %"] = over_rate(stars)
    out["mean points - consensus line"] = statistics.fmean(pts - line for _, line, pts, _ in graded)
    out["MAE, consensus line -> points"] = statistics.fmean(abs(pts - line) for _, line, pts, _ in graded)
    regulars = regular_players(games)
    out["  MAE, consensus line -> points, players with 20+ mpg"] = statistics.fmean(
        abs(pts - line) for i, line, pts, _ in graded if i in regulars)
    oracle = [r for r in graded if r[3] >= 0]
    if oracle:
        out[f"oracle games (expected points, {len(oracle)} player-games)"] = len(oracle_ids)
        out["  MAE, consensus line -> points"] = statistics.fmean(abs(pts - line) for _, line, pts, _ in oracle)
        out["  MAE, consensus line -> expected points"] = statistics.fmean(abs(e - line) for _, line, _, e in oracle)
        out["  MAE, expected points -> points"] = statistics.fmean(abs(pts - e) for _, _, pts, e in oracle)
        out["  mean expected points - consensus line"] = statistics.fmean(e - line for _, line, _, e in oracle)
    out["whole-number consensus lines no book posted"] = sum(line % 1 == 0 for _, line, _, _ in graded)
    out["  (unposted whole-number medians of main lines)"] = unposted
    out["graded player-games"] = len(graded)
    return out


# --- the table -------------------------------------------------------------------------------------------

TARGETS: dict[str, tuple[str, float]] = {k: ("pct", 5.0) for k in (*TEAM_STATS, "pace")} | {
    "players >= 30 ppg": ("pct", 30.0), "players >= 25 ppg": ("pct", 30.0), "50-point games per 1,230": ("pct", 30.0),
}
REAL_KNOWN = {"over rate of the consensus line, %": "~50 (2025-26: 49.9)"}


def table(sim: dict[str, float], real: dict[str, float]) -> str:
    lines = [f"| {'statistic':<62} | {'simulated':>10} | {'real 2024-25':>19} | {'target':<14} |",
             f"|{'-' * 64}|{'-' * 12}|{'-' * 21}|{'-' * 16}|"]
    for key, value in sim.items():
        if key in real:
            real_text = f"{real[key]:.1f}" if isinstance(real[key], float) and real[key] % 1 else f"{real[key]:g}"
        else:
            real_text = REAL_KNOWN.get(key, "")
        target = ""
        if key in TARGETS and key in real:
            off = 100 * (value - real[key]) / real[key]
            ok = abs(off) <= TARGETS[key][1]
            target = f"{off:+.0f}% {'ok' if ok else 'MISS'}"
        elif key.startswith(("over rate", "  over rate")):
            target = "48-52 " + ("ok" if 48 <= value <= 52 else "MISS")
        elif key.startswith("whole-number"):
            target = "0 " + ("ok" if value == 0 else "MISS")
        value_text = f"{value:.1f}" if isinstance(value, float) and value % 1 else f"{value:g}"
        lines.append(f"| {key:<62} | {value_text:>10} | {real_text:>19} | {target:<14} |")
    for key, value in real.items():
        if key not in sim:
            lines.append(f"| {key:<62} | {'':>10} | {value:>19.1f} | {'':<14} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--season", type=int, default=2024)
    ap.add_argument("--oracle-games", type=int, default=60,
                    help="games whose expected points (the oracle, ~0.2 s a game) are compared too (0: none)")
    ap.add_argument("--real", type=Path, default=REAL, help="the realdata folder (default: ../shared/realdata)")
    args = ap.parse_args(argv)
    began = time.perf_counter()
    real = real_side(args.real)
    sim = sim_side(League(args.seed), args.season, args.oracle_games)
    print(f"seed {args.seed}, season {args.season}-{(args.season + 1) % 100:02d} regular season "
          f"({time.perf_counter() - began:.1f} s)")
    print(table(sim, real))
    return 0


if __name__ == "__main__":
    sys.exit(main())
