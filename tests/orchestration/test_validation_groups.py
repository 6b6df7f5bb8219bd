"""The Phase 2 gate asks one source per group of alternatives, and still every standalone table."""

from __future__ import annotations

from datetime import date

from nbaprops.ids import game_id
from nbaprops.orchestration.validation import alternative_groups, gaps, phase_coverage
from tests.analytics.rows import box_line, put_rows

DAYS = (date(2023, 1, 10), date(2023, 1, 11))


def test_the_groups_come_from_what_later_phases_read_as_alternatives(env):
    groups = alternative_groups(env.definitions, 2)
    assert set(groups["player_stats"]) >= {"nba_raw.nbac_gamebook_player_stats", "nba_raw.nbac_player_boxscores",
                                           "nba_raw.bdl_player_boxscores", "nba_raw.espn_boxscores"}
    assert "nba_raw.nbac_team_boxscore" in groups["team_stats"]


def test_one_source_of_a_group_satisfies_a_date_and_a_date_none_has_is_a_gap(env, seed_schedule):
    seed_schedule([(d, "BOS", "LAL", f"00222000{i}") for i, d in enumerate(DAYS)])
    gid = game_id(DAYS[0], "BOS", "LAL")
    put_rows(env, "nba_raw.bdl_player_boxscores", [box_line(gid, DAYS[0], "jaysontatum", "BOS", 30)])
    coverage = {c.label: c for c in phase_coverage(env, 2, DAYS[0], DAYS[1])}
    group = coverage["player_stats (any one source)"]
    assert group.gating and group.missing == [DAYS[1]]  # Jan 10 from Ball Don't Lie; Jan 11 from no one
    member = coverage["nba_raw.nbac_gamebook_player_stats"]
    assert not member.gating and member.missing == list(DAYS)  # reported, not gating on its own
    assert coverage["nba_raw.nbac_play_by_play"].gating  # a standalone source still gates
    assert "player_stats (any one source)" in [c.label for c in gaps(list(coverage.values()))]
