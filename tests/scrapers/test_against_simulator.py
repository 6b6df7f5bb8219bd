"""Every scraper against the simulator: over real HTTP on 127.0.0.1, and in process through the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from typer.testing import CliRunner

from nbaprops.cli.main import app
from nbaprops.scrapers import SCRAPERS, ScrapeRunner, loopback_profile
from nbaprops.scrapers.transport import simulated_league
from nbaprops.storage.layout import template_for
from tests.scrapers.conftest import FAST_RETRIES, KEYS, log_rows

simulator = pytest.importorskip("nbaprops.simulator")
DAY = date(2025, 1, 15)
# endpoints whose simulated answer may legitimately be empty on a given day
MAY_BE_EMPTY = {"bdl_injuries"}


@pytest.fixture(scope="module")
def sim_url() -> Iterator[str]:
    with simulator.running(league=simulated_league(7)) as url:
        yield url


def test_every_scraper_over_http_stores_parseable_paths_and_logs_each_request(env, sim_url, keys):
    report = ScrapeRunner(env, loopback_profile(sim_url), policy=FAST_RETRIES).run(list(SCRAPERS), DAY, DAY)
    assert report.ok, [(o.scraper, o.error) for o in report.failures()]
    empty = {name for name, r in report.scrapers.items() if r.files == 0}
    assert empty <= MAY_BE_EMPTY, empty
    paths = env.store.list()
    assert all(template_for(p) is not None for p in paths)
    assert len(log_rows(env)) == sum(r.requests for r in report.scrapers.values())
    assert {r["source"] for r in log_rows(env)} == {"simulated"}


def test_simulator_faults_are_retried_and_truncated_bodies_never_stored(env, keys):
    faults = simulator.Faults(seed=3, rate_limit=0.5, server_error=0.5, truncated=0.2, retry_after=1, burst=2)
    with simulator.running(league=simulated_league(7), faults=faults) as url:
        report = ScrapeRunner(env, loopback_profile(url), policy=FAST_RETRIES).run(
            ["bdl_box_scores", "nbac_team_boxscore", "nbac_play_by_play"], DAY, DAY)
    rows = log_rows(env)
    assert any(r["retry_count"] > 0 and r["status"] == "success" for r in rows)
    for o in report.failures():
        assert o.error and "bad body" in o.error and o.path is None
    for path in env.store.list():
        body = env.store.read(path)
        if path.endswith(".json"):
            import json

            json.loads(body)  # every stored JSON body is whole


def test_scrape_all_simulated_end_to_end_through_the_cli(env, keys):
    args = ["scrape", "--all", "--source", "simulated", "--start-date", "2025-01-14", "--end-date", "2025-01-15"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "nbac_play_by_play" in result.output and "bp_player_props" in result.output
    for key in KEYS.values():
        assert key not in result.output
    rerun = CliRunner().invoke(app, args)
    assert rerun.exit_code == 0 and "0 file(s)" in rerun.output  # everything resumed from the store
