"""``nbaprops scrape`` end to end through Typer's CliRunner."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from nbaprops.cli.main import app
from tests.scrapers.conftest import KEYS
from tests.scrapers.replay import Reply

runner = CliRunner()


def test_scrape_prints_a_summary_and_exits_1_listing_failures(env, server, keys):
    server.add("https://api.balldontlie.io/v1/box_scores?date=2024-01-15",
               json.dumps({"data": [{"id": 1}]}).encode())
    server.add("https://api.balldontlie.io/v1/box_scores?date=2024-01-16", Reply(404, b"{}"))
    result = runner.invoke(app, ["scrape", "bdl_box_scores", "--start-date", "2024-01-15", "--end-date",
                                 "2024-01-16", "--simulator-url", server.url])
    assert result.exit_code == 1, result.output
    assert "bdl_box_scores" in result.output and "1 file(s)" in result.output
    assert "HTTP 404" in result.output and "date=2024-01-16" in result.output
    for key in KEYS.values():
        assert key not in result.output
    again = runner.invoke(app, ["scrape", "bdl_box_scores", "--start-date", "2024-01-15",
                                "--simulator-url", server.url])
    assert again.exit_code == 0 and "0 file(s)" in again.output


def test_unknown_scraper_names_suggest_the_right_one(env):
    result = runner.invoke(app, ["scrape", "bdl_boxscores", "--start-date", "2024-01-15"])
    assert result.exit_code == 2 and "bdl_box_scores" in result.output


def test_list_shows_every_scraper_with_its_path(env):
    result = runner.invoke(app, ["scrape", "--list"])
    assert result.exit_code == 0 and "br_season_roster" in result.output
