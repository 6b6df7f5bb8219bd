"""Benchmark and evaluation: Phase 5 walk-forward over one simulated season, with its accuracy.

    python benchmarks/bench_phase5.py [--season 2024] [--source benchmarks/.data/season-2024]
                                      [--work /tmp/nbaprops-bench-phase5] [--oracle-games 80]
                                      [--xgb-features v1_baseline_25|v2_context_31]

Copies the season's warehouse (Phases 2-3 filled by bench_phase3/season_data.py) into ``--work`` once,
fills each Phase 4 table there that is empty, empties nba_predictions, then runs every Phase 5
processor over the whole season as one range run each (walk-forward: each date uses only games before
it; xgboost retrains weekly, every model trained fresh into an empty object store), and one mid-season
date alone (all systems). Reports
seconds, then the evaluation from December to the season's end: each system's MAE / bias / hit rate /
return beside the consensus line and the last-10 average on the same player-games, and on
``--oracle-games`` sampled games the simulator's oracle (expected points) beside each system.
Targets (issue #15): one date, all systems <= 1 s; a season with retraining <= 60 s; primary system's
MAE within 3% of the oracle's on the same player-games.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from datetime import date
from pathlib import Path

from season_data import DEFAULT_DIR, season_range

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.precompute.feature_contract import FEATURE_SETS
from nbaprops.predictions import xgb
from nbaprops.predictions.evaluation import evaluate
from nbaprops.simulator import League

OPTIONS = RunOptions(backfill_mode=True, skip_downstream_trigger=True, force=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--season", type=int, default=2024)
    parser.add_argument("--source", type=Path, default=None)
    parser.add_argument("--work", type=Path, default=Path("/tmp/nbaprops-bench-phase5"))
    parser.add_argument("--oracle-games", type=int, default=80)
    parser.add_argument("--eval-start", default=None, help="first evaluated date (default: Dec 1)")
    parser.add_argument("--xgb-features", default=xgb.FEATURE_VERSION, choices=sorted(FEATURE_SETS),
                        help="feature version the xgboost system trains and predicts on")
    args = parser.parse_args()
    xgb.FEATURE_VERSION = args.xgb_features
    source = args.source or DEFAULT_DIR / f"season-{args.season}"
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    if not (work / "warehouse.duckdb").exists():
        shutil.copy(source / "warehouse.duckdb", work / "warehouse.duckdb")
    shutil.rmtree(work / "store", ignore_errors=True)  # every model trained fresh
    env = open_environment(Settings(home=work, warehouse_url=f"duckdb:///{work / 'warehouse.duckdb'}",
                                    object_store_url=str(work / "store")))
    start, end = season_range(args.season)
    for proc in env.definitions.order(4):  # fill what the copied warehouse lacks (e.g. a new feature version)
        if not (env.warehouse.table_exists(proc.output_table)
                and env.warehouse.query(f"SELECT count(*) AS n FROM {proc.output_table}")[0]["n"]):
            began = time.perf_counter()
            run_processor(env, proc, start, end, options=OPTIONS)
            print(f"Phase 4 {proc.name} filled in {time.perf_counter() - began:.1f} s")
    for proc in env.definitions.order(5):  # a fresh walk-forward: no earlier predictions to supersede
        for table in (proc.table, *proc.extra_tables):
            env.warehouse.execute(f"DELETE FROM {table.full_name}")
    print(f"xgboost on feature version {xgb.FEATURE_VERSION}")

    total = 0.0
    cpu = time.process_time()  # CPU seconds beside wall seconds: on a shared machine the wall clock waits
    for proc in env.definitions.order(5):
        began = time.perf_counter()
        report = run_processor(env, proc, start, end, options=OPTIONS)
        secs = time.perf_counter() - began
        total += secs
        failed = report.dates("failed")
        n = env.warehouse.query(f"SELECT count(*) AS n FROM {proc.output_table}")[0]["n"]
        print(f"{proc.ref:<40} {secs:6.1f} s  {n:>7} rows  {len(failed)} dates failed")
    models = env.warehouse.query("SELECT count(DISTINCT model_version) AS n FROM "
                                 "nba_predictions.player_prop_predictions WHERE system_id = 'xgboost'")[0]["n"]
    print(f"season walk-forward, every Phase 5 processor: {total:.1f} s, CPU {time.process_time() - cpu:.1f} s "
          f"({models} weekly xgboost models trained)")

    day = date(args.season + 1, 1, 15)
    began, cpu = time.perf_counter(), time.process_time()
    for proc in env.definitions.order(5)[:6]:  # the five systems and their union
        run_processor(env, proc, day, day, options=OPTIONS)
    players = env.warehouse.query("SELECT count(*) AS n FROM nba_precompute.ml_feature_store WHERE game_date = :d",
                                  {"d": day})[0]["n"]
    print(f"one date ({day}, {players} players), five systems + union: {time.perf_counter() - began:.2f} s, "
          f"CPU {time.process_time() - cpu:.2f} s")

    eval_start = date.fromisoformat(args.eval_start) if args.eval_start else date(args.season, 12, 1)
    report = evaluate(env.warehouse, eval_start, end)
    print(f"\nevaluation {eval_start}..{end}, player-games with a line (same rows for the three columns)")
    print(f"{'system':<16}{'n':>7}{'MAE':>8}{'market':>8}{'last10':>8}{'bias':>7}{'bets':>7}{'hit':>7}"
          f"{'ROI':>8}{'Brier':>8}")
    for name, r in report["systems"].items():
        s, m, b = r["with_line"]["system"], r["with_line"]["market_line"], r["with_line"]["last_10"]
        bets = r["bets"]["system"]
        print(f"{name:<16}{s['n']:>7}{s['mae']:>8.3f}{m['mae']:>8.3f}{b['mae']:>8.3f}{s['bias']:>7.2f}"
              f"{bets['bets']:>7}{(bets['hit_rate'] or 0):>7.3f}{(bets['roi'] or 0):>8.3f}"
              f"{(r['probability']['brier'] or 0):>8.4f}")
        allp = r["all_predicted"]
        print(f"{'':<16}all predicted rows: n {allp['system']['n']}, MAE {allp['system']['mae']:.3f} "
              f"vs last-10 {allp['last_10']['mae']:.3f}")
    oracle(env, args.season, eval_start, end, args.oracle_games)


def oracle(env, year: int, start: date, end: date, n_games: int) -> None:
    """The simulator's expected points on sampled games, beside each system on the same player-games."""
    if n_games <= 0:
        return
    games = env.warehouse.query(
        "SELECT DISTINCT nba_game_id FROM nba_predictions.prediction_results r JOIN nba_analytics.player_game_summary s"
        " ON s.player_lookup = r.player_lookup AND s.game_id = r.game_id AND s.game_date = r.game_date"
        " WHERE r.game_date BETWEEN :s AND :e ORDER BY 1", {"s": start, "e": end})
    ids = [g["nba_game_id"] for g in games][:: max(1, len(games) // n_games)][:n_games]
    league = League(7)
    season = league.season(year)
    began = time.perf_counter()
    expected: dict[tuple[str, int], float] = {}
    for gid in ids:
        for index, pts in season.expected_points(gid).items():
            expected[(gid, league.player(year, index).person_id)] = pts
    rows = env.warehouse.query(
        "SELECT r.system_id, s.nba_game_id, s.nba_player_id, r.predicted_points, r.actual_points, r.prediction_line,"
        " r.baseline_last_10 FROM nba_predictions.prediction_results r JOIN nba_analytics.player_game_summary s"
        " ON s.player_lookup = r.player_lookup AND s.game_id = r.game_id AND s.game_date = r.game_date"
        " WHERE r.predicted_points IS NOT NULL AND r.prediction_line IS NOT NULL AND s.nba_game_id IN "
        "(" + ",".join(f"'{i}'" for i in ids) + ")")
    print(f"\noracle: {len(ids)} games ({time.perf_counter() - began:.0f} s), player-games with a line")
    by_system: dict[str, list[dict]] = {}
    for r in rows:
        key = (r["nba_game_id"], r["nba_player_id"])
        if key in expected:
            by_system.setdefault(r["system_id"], []).append({**r, "oracle": expected[key]})
    for name, rs in sorted(by_system.items()):
        def mae(col: str, rs=rs) -> float:
            return statistics.fmean(abs(r[col] - r["actual_points"]) for r in rs)
        print(f"{name:<16} n {len(rs):>5}  system {mae('predicted_points'):.3f}  oracle {mae('oracle'):.3f}  "
              f"market {mae('prediction_line'):.3f}  last-10 {mae('baseline_last_10'):.3f}  "
              f"system/oracle {mae('predicted_points') / mae('oracle'):.3f}")


if __name__ == "__main__":
    main()
