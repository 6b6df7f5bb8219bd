"""Lookback windows count each entity's own games, stop at the season, and are judged as a pure function."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from nbaprops.orchestration.declarations import PlanItem, Processor, Upstream
from nbaprops.orchestration.dependencies import UpstreamFacts, judge
from nbaprops.orchestration.safeguards import Policy
from nbaprops.orchestration.windows import ScheduledGame, ScheduleView, window
from nbaprops.storage.schema import Table, col

NOW = datetime(2025, 1, 20, 12, tzinfo=UTC)
OUT = Table("nba_precompute", "toy_features", (col("game_date", "DATE", True),), partition="game_date")


def _schedule() -> ScheduleView:
    """BOS plays every other day from Oct 22; the league has some game on every day (other teams)."""
    games = []
    day = date(2024, 10, 22)
    for i in range(60):
        d = day + timedelta(days=i)
        if i % 2 == 0:
            games.append(ScheduledGame(d, "BOS", "NYK", final=True))
        else:
            games.append(ScheduledGame(d, "LAL", "DEN", final=True))
    return ScheduleView(games)


def test_a_teams_last_10_games_are_its_own_not_the_leagues_last_10_dates():
    schedule = _schedule()
    day = date(2024, 12, 1)  # BOS plays on even offsets: Dec 1 is offset 40
    w = window(Upstream("nba_analytics.team_defense_game_summary", lookback_games=10, per="team",
                        include_date=False), day, schedule)
    assert len(w.expected) >= 10 and w.end == day - timedelta(days=1)
    bos_last_10 = [d for d in schedule.team_final_dates("BOS") if d < day][-10:]
    assert w.start == bos_last_10[0] == date(2024, 11, 11)
    league = window(Upstream("nba_analytics.team_defense_game_summary", lookback_games=10, include_date=False),
                    day, schedule)
    assert league.start == date(2024, 11, 21)  # the league's last 10 dates span only 10 days


def test_a_window_never_reaches_into_the_previous_season_and_opening_night_expects_nothing():
    games = [ScheduledGame(date(2024, 4, 14), "BOS", "NYK", True),
             ScheduledGame(date(2024, 10, 22), "BOS", "NYK", True)]
    schedule = ScheduleView(games)
    up = Upstream("nba_analytics.player_game_summary", lookback_games=10, per="player", include_date=False)
    w = window(up, date(2024, 10, 22), schedule)
    assert w.start >= date(2024, 7, 1) and w.expected == ()
    days = window(Upstream("nba_analytics.player_game_summary", lookback_days=30, include_date=False),
                  date(2024, 7, 10), schedule)
    assert days.start == date(2024, 7, 1)
    crossing = window(Upstream("nba_analytics.player_game_summary", lookback_games=10, per="team",
                               include_date=False, cross_season=True), date(2024, 10, 22), schedule)
    assert crossing.expected == (date(2024, 4, 14),)


def _reader(**kwargs) -> Processor:
    up = Upstream("nba_analytics.team_defense_game_summary", lookback_games=5, per="team", include_date=False,
                  stale_warn_hours=None, stale_fail_hours=None, **kwargs)
    return Processor("toy_features", 4, OUT, compute=lambda c, i: None, reads=(up,))  # type: ignore[arg-type]


def test_missing_games_in_a_teams_window_are_gaps_in_normal_mode_and_pass_in_backfill_mode():
    schedule = _schedule()
    proc = _reader()
    day = date(2024, 12, 1)
    bos = [d for d in schedule.team_final_dates("BOS") if d < day][-5:]
    present = {d: (30, NOW) for d in schedule.final_dates if d != bos[2]}
    facts = {proc.reads[0]: UpstreamFacts(rows=present, producer_ref="analytics/team_defense_game_summary")}
    normal = judge(proc, [day], schedule, facts, Policy.for_mode(False), NOW)[day]
    assert not normal.passed
    assert (f"team_defense_game_summary has gaps on schedule game dates {bos[2]}" in normal.errors[0]
            and "Run: nbaprops run analytics/team_defense_game_summary" in normal.errors[0])
    backfill = judge(proc, [day], schedule, facts, Policy.for_mode(True), NOW)[day]
    assert backfill.passed and not backfill.warnings


def test_an_empty_upstream_fails_with_the_fill_command_whatever_the_mode():
    schedule = _schedule()
    proc = _reader()
    day = date(2024, 12, 1)
    facts = {proc.reads[0]: UpstreamFacts(producer_ref="analytics/team_defense_game_summary")}
    for mode in (False, True):
        check = judge(proc, [day], schedule, facts, Policy.for_mode(mode), NOW)[day]
        assert check.errors == [
            f"toy_features for {day} needs team_defense_game_summary for 2024-11-21..2024-11-30, which has no rows. "
            "Run: nbaprops run analytics/team_defense_game_summary --start-date 2024-11-21 --end-date 2024-11-30"
            + (" --backfill-mode" if mode else "")
        ]


def test_a_snapshot_is_not_expected_before_its_first_capture():
    up = Upstream("nba_raw.espn_team_rosters", kind="snapshot", date_column="roster_date", min_rows=13)
    proc = Processor("toy_features", 4, OUT, compute=lambda c, i: None, reads=(up,))  # type: ignore[arg-type]
    facts = {up: UpstreamFacts(rows={date(2025, 1, 10): (5, NOW)}, producer_ref="raw/espn_team_rosters")}
    checks = judge(proc, [date(2024, 12, 1), date(2025, 1, 15)], _schedule(), facts, Policy.for_mode(False), NOW)
    assert checks[date(2024, 12, 1)].errors == [] and checks[date(2024, 12, 1)].warnings == []
    assert "espn_team_rosters for its 2025-01-10 capture, which has 5 rows" in checks[date(2025, 1, 15)].errors[0]
    assert PlanItem  # the judged dates are plan items' dates


def test_a_date_its_producer_processed_with_nothing_to_write_has_nothing_to_compute():
    """No player could be expected on opening night (no roster, no line, no history): the upcoming context
    wrote nothing, successfully; its readers then have nothing to compute, which is not a failure. A date
    the producer never processed still fails, naming it."""
    up = Upstream("nba_analytics.upcoming_player_game_context", critical=True, empty_run_ok=True)
    proc = Processor("toy_features", 4, OUT, compute=lambda c, i: None, reads=(up,))  # type: ignore[arg-type]
    opening, never = date(2024, 10, 22), date(2024, 10, 23)
    facts = {up: UpstreamFacts(producer_ref="analytics/upcoming_player_game_context", empty_dates={opening})}
    checks = judge(proc, [opening, never], _schedule(), facts, Policy.for_mode(False), NOW)
    assert checks[opening].passed and not checks[opening].warnings
    assert "needs upcoming_player_game_context for that date, which has no rows" in checks[never].errors[0]
