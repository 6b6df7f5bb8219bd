"""A hand-made league for Phase 4 formula tests: two teams, three final games, one game on D.

Every value Phase 4 should derive from these rows is worked out by hand in the tests. A game of the
previous season (April 2024) is there so that the season boundary is crossed: nothing of it may count.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nbaprops.ids import game_id
from nbaprops.orchestration.context import Environment
from tests.analytics.rows import put_rows

G1, G2, G3, D = date(2024, 11, 1), date(2024, 11, 2), date(2024, 11, 4), date(2024, 11, 6)
LAST_SEASON = date(2024, 4, 10)
GAMES = [(LAST_SEASON, "NYK", "BOS"), (G1, "NYK", "BOS"), (G2, "BOS", "NYK"), (G3, "NYK", "BOS")]
GAME_D = game_id(D, "NYK", "BOS")

# defending team -> per game (paint att, made, mid att, made, three att, made, def rating, opp pace, pts allowed)
DEFENCE = {
    "BOS": [(20, 10, 10, 4, 30, 10, 110.0, 100.0, 100), (20, 12, 10, 5, 30, 12, 120.0, 98.0, 110),
            (20, 14, 10, 6, 30, 11, 115.0, 102.0, 105)],
    "NYK": [(20, 8, 10, 3, 30, 9, 100.0, 100.0, 90)] * 3,
}
# player -> (team, per game: points, minutes, ftm, usage, zones estimated, paint a/m, mid a/m, three a/m, ast, unast)
PLAYERS = {
    "pone": ("BOS", [(20, 30.0, 4, 20.0, False, 6, 4, 2, 1, 2, 1, 3, 3),
                     (10, 32.0, 2, 22.0, False, 4, 2, 2, 0, 4, 2, 2, 2),
                     (30, 34.0, 6, 24.0, True, 10, 10, 0, 0, 0, 0, 0, 0)]),
    "pthree": ("NYK", [(12, 25.0, 2, 18.0, False, 2, 1, 2, 1, 4, 2, 2, 2)] * 3),
}


def schedule_row(day: date, away: str, home: str, status: int) -> dict[str, Any]:
    return {"game_id": game_id(day, away, home), "nba_game_id": f"00{day:%y%m%d}", "game_date": day,
            "season_year": 2024 if day.month >= 7 else 2023, "game_status": status, "game_type": "Regular Season",
            "home_team_tricode": home, "away_team_tricode": away, "is_regular_season": True,
            "source_file_path": "test/hand"}


def load_hand_league(env: Environment, *, skip_defence_dates: tuple[date, ...] = ()) -> None:
    """Schedule, Phase 3 history and D's upcoming context (``skip_defence_dates`` leaves holes)."""
    put_rows(env, "nba_raw.nbac_schedule",
             [schedule_row(d, a, h, 3) for d, a, h in GAMES] + [schedule_row(D, "NYK", "BOS", 1)])
    defence, offence, box = [], [], []
    for i, (day, away, home) in enumerate(GAMES[1:]):
        gid = game_id(day, away, home)
        for team, opp in ((home, away), (away, home)):
            pa, pm, ma, mm, ta, tm, drtg, pace, pts = DEFENCE[team][i]
            if day not in skip_defence_dates:
                defence.append({"game_id": gid, "game_date": day, "season_year": 2024, "team_abbr": team,
                                "opponent_team_abbr": opp, "is_home": team == home, "opp_paint_attempts": pa,
                                "opp_paint_makes": pm, "opp_mid_range_attempts": ma, "opp_mid_range_makes": mm,
                                "opp_three_pt_attempted": ta, "opp_three_pt_made": tm, "opp_three_attempts": ta,
                                "opp_three_makes": tm, "defensive_rating": drtg, "opponent_pace": pace,
                                "points_allowed": pts, "paint_points_allowed": 2 * pm, "team_stats_source": "test",
                                "data_quality_tier": "gold"})
            offence.append({"game_id": gid, "game_date": day, "season_year": 2024, "team_abbr": team,
                            "opponent_team_abbr": opp, "is_home": team == home, "pace": 100.0 + 2 * i,
                            "offensive_rating": 110.0 + 2 * i, "win_flag": (team == "BOS") == (i != 1),
                            "team_stats_source": "test", "data_quality_tier": "gold"})
        for player, (team, lines) in PLAYERS.items():
            pts, mins, ftm, usage, est, pa, pm, ma, mm, ta, tm, ast, unast = lines[i]
            box.append({"game_id": gid, "game_date": day, "season_year": 2024, "player_lookup": player,
                        "team_abbr": team, "opponent_team_abbr": away if team == home else home,
                        "is_home": team == home, "minutes": mins, "points": pts, "free_throws_made": ftm,
                        "usage_rate": usage, "ts_pct": 0.6, "shot_zones_estimated": est,
                        "paint_attempts": pa, "paint_makes": pm, "mid_range_attempts": ma, "mid_range_makes": mm,
                        "three_attempts": ta, "three_makes": tm, "assisted_fg_makes": ast,
                        "unassisted_fg_makes": unast, "stats_source": "test", "data_quality_tier": "gold"})
    # last season: a 50-point game and a terrible defence that must not count in November
    last = game_id(LAST_SEASON, "NYK", "BOS")
    box.append({"game_id": last, "game_date": LAST_SEASON, "season_year": 2023, "player_lookup": "pone",
                "team_abbr": "BOS", "opponent_team_abbr": "NYK", "is_home": True, "minutes": 40.0, "points": 50,
                "shot_zones_estimated": False, "stats_source": "test", "data_quality_tier": "gold"})
    defence.append({"game_id": last, "game_date": LAST_SEASON, "season_year": 2023, "team_abbr": "BOS",
                    "opponent_team_abbr": "NYK", "is_home": True, "opp_paint_attempts": 10, "opp_paint_makes": 10,
                    "defensive_rating": 150.0, "points_allowed": 150, "team_stats_source": "test",
                    "data_quality_tier": "gold"})
    put_rows(env, "nba_analytics.team_defense_game_summary", defence)
    put_rows(env, "nba_analytics.team_offense_game_summary", offence)
    put_rows(env, "nba_analytics.player_game_summary", box)
    load_upcoming(env)


def load_upcoming(env: Environment) -> None:
    """D's pre-game context: pone (BOS, rested veteran, questionable), pthree (NYK), ptwo (NYK debut)."""
    common = {"game_id": GAME_D, "game_date": D, "season_year": 2024, "season_phase": "early",
              "has_prop_line": True}
    put_rows(env, "nba_analytics.upcoming_player_game_context", [
        {**common, "player_lookup": "pone", "team_abbr": "BOS", "opponent_team_abbr": "NYK", "is_home": True,
         "days_rest": 1, "is_back_to_back": False, "games_in_last_7_days": 3, "minutes_in_last_7_days": 96.0,
         "player_age": 31, "pace_differential": 4.0, "projected_usage": 25.0, "teammates_out_count": 2,
         "points_avg_last_5": 20.0, "points_avg_last_10": 20.0, "points_avg_season": 20.0,
         "injury_status": "questionable", "quality_score": 90, "data_quality_tier": "silver"},
        {**common, "player_lookup": "pthree", "team_abbr": "NYK", "opponent_team_abbr": "BOS", "is_home": False,
         "days_rest": 1, "is_back_to_back": False, "games_in_last_7_days": 3, "minutes_in_last_7_days": 75.0,
         "player_age": 24, "pace_differential": -4.0, "projected_usage": 18.0, "teammates_out_count": 0,
         "quality_score": 90, "data_quality_tier": "silver"},
        {**common, "player_lookup": "ptwo", "team_abbr": "NYK", "opponent_team_abbr": "BOS", "is_home": False,
         "is_back_to_back": False, "games_in_last_7_days": 0, "minutes_in_last_7_days": 0.0,
         "quality_score": 40, "data_quality_tier": "poor"},
    ])
    put_rows(env, "nba_analytics.upcoming_team_game_context", [
        {"game_id": GAME_D, "game_date": D, "season_year": 2024, "team_abbr": "BOS", "opponent_team_abbr": "NYK",
         "is_home": True, "days_rest": 1, "quality_score": 90, "data_quality_tier": "silver"},
        {"game_id": GAME_D, "game_date": D, "season_year": 2024, "team_abbr": "NYK", "opponent_team_abbr": "BOS",
         "is_home": False, "days_rest": 0, "quality_score": 90, "data_quality_tier": "silver"},
    ])
