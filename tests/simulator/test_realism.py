"""The simulated league plays like the real 2024-25 NBA, and its books are efficient (issue #14).

One full simulated regular season (seed 7, box scores only: a few seconds) against the real season's
figures (``../shared/realdata``, measured by ``benchmarks/realism.py``; hard-coded here so the test needs
no data files). ``python benchmarks/realism.py`` prints the whole comparison.
"""

from __future__ import annotations

import statistics
from collections import defaultdict

import pytest

from nbaprops.simulator import League, expected_points
from nbaprops.simulator.books import BOOKS, main_lines
from nbaprops.simulator.game import AST, BLK, DREB, FGA, FTA, OREB, PF, PTS, SEC, STL, TOV, Game

# the real 2024-25 regular season, per team-game (team game logs; pace: 48 x mean possessions of both
# teams / (team minutes / 5), possessions = FGA + 0.44 FTA + TOV - OREB)
REAL = {"points": 113.8, "rebounds": 44.1, "assists": 26.5, "steals": 8.2, "blocks": 4.9, "turnovers": 13.5,
        "fouls": 18.6, "pace": 100.6}
REAL_25_PPG, REAL_30_PPG, REAL_50_POINT_GAMES = 13, 2, 18  # players with 15+ games; games per 1,230


@pytest.fixture(scope="module")
def season_games(league: League) -> list[Game]:
    season = league.season(2024)
    season.simulate_games(season.regular)
    return [season.result(g.game_id) for g in season.regular]


def test_league_averages_are_within_five_percent_of_the_real_season(season_games: list[Game]) -> None:
    sums: dict[str, float] = defaultdict(float)
    minutes = 0.0
    for g in season_games:
        tots = [g.team_totals(side) for side in (0, 1)]
        poss = sum(t[FGA] + 0.44 * t[FTA] + t[TOV] - t[OREB] for t in tots) / 2
        for t in tots:
            for key, value in (("points", t[PTS]), ("rebounds", t[OREB] + t[DREB]), ("assists", t[AST]),
                               ("steals", t[STL]), ("blocks", t[BLK]), ("turnovers", t[TOV]), ("fouls", t[PF]),
                               ("poss", poss)):
                sums[key] += value
            minutes += 240 + 25 * max(0, g.periods - 4)
    n = 2 * len(season_games)
    got = {k: v / n for k, v in sums.items()}
    got["pace"] = 48 * got.pop("poss") / (minutes / n / 5)
    off = {k: round(100 * (got[k] - REAL[k]) / REAL[k], 1) for k in REAL}
    assert all(abs(v) <= 5 for v in off.values()), off


def test_scoring_tail_and_minutes_are_like_the_real_season(season_games: list[Game]) -> None:
    games: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for g in season_games:
        for i, line in g.box.items():
            if line[SEC] > 0:
                games[i].append((line[PTS], line[SEC] / 60))
    regulars = {i: v for i, v in games.items() if len(v) >= 15}
    ppg = {i: statistics.fmean(p for p, _ in v) for i, v in regulars.items()}
    mpg = {i: statistics.fmean(m for _, m in v) for i, v in regulars.items()}
    fifty = sum(p >= 50 for v in games.values() for p, _ in v) * 1230 / len(season_games)
    assert abs(sum(v >= 25 for v in ppg.values()) - REAL_25_PPG) <= 0.3 * REAL_25_PPG
    assert abs(sum(v >= 30 for v in ppg.values()) - REAL_30_PPG) <= 0.3 * REAL_30_PPG
    assert abs(fifty - REAL_50_POINT_GAMES) <= 0.3 * REAL_50_POINT_GAMES
    top = sorted(ppg, key=ppg.__getitem__)[-10:]
    assert max(mpg[i] for i in top) <= 38.5  # real: the top scorers play at most 37.8 minutes a game
    assert 8 <= sum(v >= 36 for v in mpg.values()) <= 20  # real: 14


def test_consensus_lines_go_over_about_half_the_time_at_every_scoring_level(league: League,
                                                                             season_games: list[Game]) -> None:
    market = league.season(2024).market
    graded: list[tuple[int, float, int]] = []
    for g in season_games:
        lines: dict[int, list[float]] = defaultdict(list)
        for book in BOOKS:
            for line in main_lines(market.offered(g.sched, book.key, "player_points", 3)):
                assert line.point % 1 == 0.5  # half-point lines only: no push
                lines[line.player].append(line.point)
        for i, points in lines.items():
            if g.box[i][SEC] > 0:
                graded.append((i, sorted(points)[(len(points) - 1) // 2], g.box[i][PTS]))
    by_player: dict[int, list[int]] = defaultdict(list)
    for i, _, pts in graded:
        by_player[i].append(pts)
    scoring = {i: statistics.fmean(v) for i, v in by_player.items()}
    cuts = [-1.0, *statistics.quantiles(scoring.values(), n=4), 1e9]

    def over(rows: list[tuple[int, float, int]]) -> float:
        return 100 * sum(pts > line for _, line, pts in rows) / len(rows)

    rates = [over(graded)] + [over([r for r in graded if cuts[q] < scoring[r[0]] <= cuts[q + 1]]) for q in range(4)]
    assert all(48 <= r <= 52 for r in rates), rates
    assert abs(statistics.fmean(pts - line for _, line, pts in graded)) < 1.0


def test_alternate_lines_never_displace_a_books_main_line(league: League) -> None:
    season = league.season(2024)
    counts: dict[str, int] = defaultdict(int)
    ladders = []
    for g in season.regular[200:260]:
        for book in BOOKS:
            for phase in range(4):
                offered = season.market.offered(g, book.key, "player_points", phase)
                assert main_lines(offered) == season.market.props(g, book.key, "player_points", phase)
                per_player: dict[int, list] = defaultdict(list)
                for line in offered:
                    per_player[line.player].append(line)
                counts[book.key] = max(counts[book.key], max(len(v) for v in per_player.values()))
                if book.key == "draftkings" and phase == 3:
                    ladders += [v for v in per_player.values() if len(v) == 10]
            # the other markets carry main lines only
            assert season.market.offered(g, book.key, "player_rebounds", 3) == \
                season.market.props(g, book.key, "player_rebounds", 3)
    assert counts == {"draftkings": 10, "fanduel": 5, "betmgm": 1, "caesars": 1}
    star = ladders[0]
    assert [ln.point for ln in star] == [star[0].point + k for k in range(10)]  # ascending, one point apart
    assert star[0].over <= -200 and star[-1].over >= 150  # priced from heavy favourite to long shot


def test_lines_move_toward_the_news_between_open_and_close(league: League, season_games: list[Game]) -> None:
    """A player ruled out after the opening lines gives his teammates more minutes and shots: their lines
    rise from the open (phase 0) to the close (phase 3)."""
    season = league.season(2024)
    market = season.market
    moves = []
    for g in season_games[100:700]:
        early = {t: market._expected_playing(t, g.sched, *_opening(g)) for t in (g.home, g.away)}
        for side, team in enumerate((g.home, g.away)):
            missing = [i for i in early[team][:5] if i not in g.order[side]]
            if not missing:
                continue
            opened = {ln.player: ln.point for ln in market.props(g.sched, "draftkings", "player_points", 0)}
            closed = {ln.player: ln.point for ln in market.props(g.sched, "draftkings", "player_points", 3)}
            moves += [closed[i] - opened[i] for i in g.order[side] if i in opened and i in closed]
    assert len(moves) > 50
    assert statistics.fmean(moves) > 0.3


def _opening(g: Game) -> tuple:
    from datetime import timedelta

    from nbaprops.simulator.books import snapshot_times

    moment = snapshot_times(g.sched)[0] - timedelta(hours=4)
    return moment.date(), moment.hour


def test_expected_points_is_the_scoring_models_mean_given_who_played(league: League) -> None:
    season = league.season(2024)
    errors, team_gaps = [], []
    for g in season.regular[300:306]:
        played = season.result(g.game_id)
        expected = season.expected_points(g.game_id, samples=32)
        assert expected == expected_points(league, g, samples=32)  # deterministic
        assert set(expected) == set(played.box)  # every player of the box score, no one else
        assert all(v >= 0 for v in expected.values())
        for side, pts in ((0, played.home_pts), (1, played.away_pts)):
            team_gaps.append(pts - sum(expected[i] for i in played.order[side]))
        errors += [played.box[i][PTS] - e for i, e in expected.items()]
    assert abs(statistics.fmean(errors)) < 1.5  # unbiased: the game played is one draw of the model
    assert all(abs(gap) < 35 for gap in team_gaps)
