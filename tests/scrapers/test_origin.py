"""Simulated and live bodies never mix (issue #12, item 6): a store has one origin, and a scrape of the
other source is refused before any request instead of resuming from the store's bodies."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from nbaprops.orchestration.context import Environment
from nbaprops.scrapers import ScrapeRunner, loopback_profile
from nbaprops.scrapers.backfill import make_scrape_fn
from nbaprops.scrapers.origin import MARKER
from nbaprops.scrapers.transport import Profile
from tests.scrapers.conftest import FAST_RETRIES
from tests.scrapers.replay import ReplayServer

BOX = "https://api.balldontlie.io/v1/box_scores"
BODY = json.dumps({"data": [{"date": "2024-01-15", "home_team_score": 1}]}).encode()
DAY = date(2024, 1, 15)


def run(env: Environment, profile: Profile, force: bool = False):  # -> ScrapeReport
    return ScrapeRunner(env, profile, policy=FAST_RETRIES, force=force).run(["bdl_box_scores"], DAY, DAY)


def test_a_live_scrape_never_resumes_from_simulated_bodies(env: Environment, server: ReplayServer, keys) -> None:
    server.add(BOX, BODY)
    simulated = loopback_profile(server.url)  # label "simulated", like the in-process simulator
    first = run(env, simulated)
    assert first.ok and first.files == 1
    assert json.loads(env.store.read(MARKER))["source"] == "simulated"
    objects = env.store.list()

    for force in (False, True):  # --force would not resume, but would still mix the two in one store
        live = run(env, replace(simulated, label="live"), force=force)
        assert not live.ok
        [failure] = live.failures()
        assert failure.error is not None and failure.error.startswith("refused: ")
        assert "holds simulated objects" in failure.error and "NBAPROPS_HOME" in failure.error
        assert live.scrapers["bdl_box_scores"].count("skipped") == 0  # nothing "resumed"
    assert len(server.requests()) == 1 and env.store.list() == objects

    again = run(env, simulated)  # the store's own source resumes as before
    assert again.ok and again.scrapers["bdl_box_scores"].count("skipped") == 1


def test_a_simulated_scrape_never_writes_into_a_live_store(env: Environment, server: ReplayServer, keys) -> None:
    server.add(BOX, BODY)
    live = replace(loopback_profile(server.url), label="live")
    assert run(env, live).ok
    refused = run(env, loopback_profile(server.url))
    assert not refused.ok and "holds live objects" in (refused.failures()[0].error or "")
    assert len(server.requests()) == 1


def test_a_store_without_marker_takes_its_origin_from_the_execution_log(env: Environment, server: ReplayServer,
                                                                        keys) -> None:
    server.add(BOX, BODY)
    assert run(env, loopback_profile(server.url)).ok
    env.store.fs.rm(env.store._full(MARKER))  # a store written before the marker existed
    refused = run(env, replace(loopback_profile(server.url), label="live"))
    assert not refused.ok and "holds simulated objects" in (refused.failures()[0].error or "")


def test_a_live_scrape_refuses_a_store_of_unknown_origin(env: Environment, server: ReplayServer, keys) -> None:
    env.store.write("ball-dont-lie/boxscores/2024-01-15/20240116_080000.json", BODY)  # no marker, no log
    refused = run(env, replace(loopback_profile(server.url), label="live"))
    assert not refused.ok and "unknown origin" in (refused.failures()[0].error or "")
    assert server.requests() == []


def test_backfill_phase_1_live_on_a_simulated_store_stops_and_says_why(env: Environment, server: ReplayServer,
                                                                        keys) -> None:
    server.add(BOX, BODY)
    assert run(env, loopback_profile(server.url)).ok
    ok, lines = make_scrape_fn(source="live")(env, DAY, DAY, False)  # refused before any request goes out
    assert not ok
    assert any("refused: the object store" in line for line in lines)
