"""Render one full season of every simulated endpoint in-process; print files/s and bytes/s.

    python benchmarks/bench_simulator.py [--season 2024] [--seed 7] [--days N]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta

import httpx

from nbaprops.ids import TEAMS, season_label
from nbaprops.simulator import League, SimulatorTransport
from nbaprops.simulator.books import bp_event_id, event_id
from nbaprops.simulator.renderers.bigdataball import file_id
from nbaprops.simulator.renderers.espn import espn_game_id


def urls(league: League, year: int, max_days: int | None) -> list[str]:
    season = league.season(year)
    label = season_label(year)
    out = [f"https://stats.nba.com/stats/scheduleleaguev2?LeagueID=00&Season={label}",
           f"https://stats.nba.com/stats/playerindex?LeagueID=00&Season={label}&Historical=0",
           "https://stats.nba.com/js/data/playermovement/NBA_Player_Movement.json",
           f"https://api.balldontlie.io/v1/standings?season={year}"]
    espn = "https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams"
    out += [f"{espn}/{t.espn_id}?enable=roster" for t in TEAMS]
    out += [f"https://www.basketball-reference.com/teams/{t.br_code}/{year + 1}.html" for t in TEAMS]
    days = sorted({g.day for g in season.all_games()})[:max_days]
    for day in days:
        out += [f"https://stats.nba.com/stats/scoreboardv2?GameDate={day}&LeagueID=00&DayOffset=0",
                f"https://official.nba.com/wp-json/api/v1/get-game-officials?&date={day}",
                f"https://api.balldontlie.io/v1/box_scores?date={day}",
                f"https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates={day:%Y%m%d}",
                f"https://api.bettingpros.com/v3/events?sport=NBA&date={day}",
                f"https://ak-static.cms.nba.com/referee/injury/Injury-Report_{day}_05PM.pdf",
                f"https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[{day}]%27"]
        for stype in ("Regular%20Season", "PlayIn", "Playoffs"):
            out.append(f"https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom={day}&DateTo={day}"
                       f"&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season={label}&SeasonType={stype}&Sorter=DATE")
        for g in season.games_on(day):
            gid, eid = g.game_id, event_id(league.seed, g.game_id)
            snap = (g.tip - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
            out += [f"https://stats.nba.com/stats/boxscoretraditionalv2?GameID={gid}&StartPeriod=0&EndPeriod=10"
                    "&StartRange=0&EndRange=28800&RangeType=0",
                    f"https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_{gid}.json",
                    f"https://statsdmz.nba.com/pdfs/{day:%Y%m%d}/{day:%Y%m%d}_{g.away}{g.home}_book.pdf",
                    f"https://www.espn.com/nba/boxscore/_/gameId/{espn_game_id(gid)}",
                    f"https://www.googleapis.com/drive/v3/files/{file_id(league.seed, gid)}?alt=media",
                    f"https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/{eid}/odds?apiKey=K"
                    f"&date={snap}&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,"
                    "spreads,totals,h2h&oddsFormat=american",
                    f"https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id={bp_event_id(gid)}"
                    "&location=ALL&limit=50&page=1"]
    return out


def _source(url: str) -> str:
    from urllib.parse import urlsplit

    from nbaprops.simulator import router

    router._load()
    parts = urlsplit(url)
    for host, pattern, fn in router.ROUTES:
        if host == parts.hostname and pattern.fullmatch(parts.path):
            return f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}"
    return "?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--season", type=int, default=2024)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--days", type=int, default=None, help="only the first N game days")
    ap.add_argument("--by-source", action="store_true", help="also print the render time of each endpoint")
    args = ap.parse_args()
    league = League(args.seed, as_of=datetime(2026, 8, 1, tzinfo=UTC))
    t0, c0 = time.perf_counter(), time.process_time()
    league.season(args.season).simulate_all()
    sim_s, sim_cpu = time.perf_counter() - t0, time.process_time() - c0
    todo = urls(league, args.season, args.days)
    client = httpx.Client(transport=SimulatorTransport(league), headers={"Authorization": "b", "x-api-key": "b"})
    per_source: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0])
    kinds = {u: _source(u) for u in todo} if args.by_source else {}
    t1, c1 = time.perf_counter(), time.process_time()
    size = ok = 0
    for url in todo:
        t = time.perf_counter()
        resp = client.get(url)
        size += len(resp.content)
        ok += resp.status_code == 200
        if args.by_source:
            row = per_source[kinds[url]]
            row[0] += 1
            row[1] += time.perf_counter() - t
            row[2] += len(resp.content)
    render_s, render_cpu = time.perf_counter() - t1, time.process_time() - c1
    print(f"season {args.season}: simulated all {len(league.season(args.season).all_games())} games in {sim_s:.1f} s "
          f"({sim_cpu:.1f} s CPU in this process)")
    print(f"rendered {len(todo)} files ({ok} 200s), {size / 1e6:.1f} MB in {render_s:.1f} s "
          f"({render_cpu:.1f} s CPU in this process): {len(todo) / render_s:.0f} files/s, "
          f"{size / render_s / 1e6:.1f} MB/s")
    print(f"total (simulate + render): {sim_s + render_s:.1f} s")
    for name, (n, secs, nbytes) in sorted(per_source.items(), key=lambda kv: -kv[1][1]):
        print(f"  {name:38s} {n:6d} files {secs:7.2f} s {nbytes / 1e6:8.1f} MB")


if __name__ == "__main__":
    main()
