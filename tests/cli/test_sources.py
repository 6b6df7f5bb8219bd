"""A user with only some sources: the ones not configured are never gaps (NBAPROPS_SOURCES)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from nbaprops.cli.main import app
from nbaprops.definitions import DEFINITIONS
from nbaprops.orchestration.sources import SourceSelection
from tests.cli.test_cli import BOX, SCHEDULE, _place, home  # noqa: F401  (home: the fixture)

runner = CliRunner()
ARGS = ["backfill", "--start-date", "2025-03-15", "--end-date", "2025-03-15", "--phases", "2-3"]


def test_sources_are_named_by_family_or_feed():
    only = SourceSelection.parse("nba-com/schedule, nba-com/player-boxscores")
    assert [p.name for p in DEFINITIONS.order(2) if only.covers(p)] == ["nbac_schedule", "nbac_player_boxscores"]
    assert all(SourceSelection.parse(None).covers(p) for p in DEFINITIONS.processors)
    assert {p.name for p in DEFINITIONS.order(2) if SourceSelection.parse("espn").covers(p)} == {
        "espn_boxscores", "espn_scoreboard", "espn_team_rosters"}
    with pytest.raises(ValueError, match="unknown source fanduel"):
        SourceSelection.parse("fanduel")


def test_a_store_of_only_some_feeds_backfills_when_they_are_the_configured_ones(home, monkeypatch):  # noqa: F811
    _place(home, SCHEDULE, "nbac_schedule_api/raw_80cb1fd6.json.gz")
    _place(home, BOX, "nbac_player_boxscore/raw_2ad17718.json")
    everything = runner.invoke(app, ARGS)
    assert everything.exit_code == 1 and "!! phase 2" in everything.output  # every source expected: gaps
    monkeypatch.setenv("NBAPROPS_SOURCES", "nba-com/schedule,nba-com/player-boxscores")
    some = runner.invoke(app, ARGS)
    assert some.exit_code == 0, some.output
    assert "20 not configured (NBAPROPS_SOURCES: nba-com/player-boxscores, nba-com/schedule)" in some.output
    assert "gate: phase 3 complete" in some.output and "ALERT" not in some.output
    validate = runner.invoke(app, ["validate", "--phase", "2", "--start-date", "2025-03-15",
                                   "--end-date", "2025-03-15", "--json"])
    assert validate.exit_code == 0
    assert '"note": "not configured"' in validate.stdout


def test_an_unknown_source_is_a_clear_error(home, monkeypatch):  # noqa: F811
    monkeypatch.setenv("NBAPROPS_SOURCES", "nba-com,draftkings")
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 2 and "unknown source draftkings" in result.output
