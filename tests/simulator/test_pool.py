"""The render pool: helper processes answer like the in-process simulator, and a dead helper costs nothing."""

from __future__ import annotations

import httpx

from nbaprops.simulator import Faults, League, SimulatorTransport, parallel
from nbaprops.simulator.game import simulate
from nbaprops.simulator.pool import affinity

from .conftest import AS_OF

PBP = "https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400061.json"
BOX = "https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400062&StartPeriod=0&EndPeriod=10"


def _get(transport: SimulatorTransport, url: str) -> httpx.Response:
    with httpx.Client(transport=transport) as client:
        return client.get(url)


def test_requests_for_one_game_go_to_one_helper():
    drive = "https://www.googleapis.com/drive/v3/files/abcdef0022400061?alt=media"
    event = "https://api.the-odds-api.com/v4/sports/basketball_nba/events/2c759b7e1b50748268e6b00022400061/odds"
    assert affinity(PBP) == affinity(drive) == affinity(event) == 22400061
    assert affinity("https://api.the-odds-api.com/v4/sports/basketball_nba/events") is None


def test_a_helper_that_dies_is_replaced_by_rendering_here(league):
    want = _get(SimulatorTransport(league), PBP).content
    transport = SimulatorTransport(league, processes=2, start_after=0)
    with httpx.Client(transport=transport) as client:
        assert client.get(PBP).content == want
        helper = transport.pool._helpers[affinity(PBP) % 2]
        helper.proc.kill()
        helper.proc.wait()
        again = client.get(PBP)
        assert again.status_code == 200 and again.content == want
        assert not helper.alive
        assert client.get(BOX).status_code == 200  # the other helper still serves


def test_attempt_faults_are_counted_once_for_all_helpers():
    """429 on the first attempt only: the count lives in this process, whichever helper renders."""
    league = League(7, as_of=AS_OF)
    transport = SimulatorTransport(league, Faults(seed=1, rate_limit=1.0), processes=2, start_after=0)
    with httpx.Client(transport=transport) as client:
        first, second = client.get(BOX), client.get(BOX)
    assert first.status_code == 429 and first.headers["retry-after"] == "1"
    assert second.status_code == 200
    assert second.content == _get(SimulatorTransport(league), BOX).content


def _box_scores(league: League, games) -> list[tuple]:
    return [parallel.pack(g, league.officials) for g in games]


def test_a_season_simulated_in_the_helpers_matches_one_simulated_here():
    """The standings' bulk box scores come from the helpers that will render those games (with their
    play-by-play, kept), and equal the games simulated here without it."""
    here = League(7, as_of=AS_OF)
    scheds = here.season(2024).regular[:parallel.MIN_GAMES + 20]
    want = _box_scores(here, [simulate(here, s, keep_actions=False) for s in scheds])
    league = League(7, as_of=AS_OF)
    transport = SimulatorTransport(league, processes=2)
    try:
        games = league.bulk(league, league.season(2024).regular[:len(scheds)])
        assert games is not None and _box_scores(league, games) == want
        assert all(h is not None and h.alive for h in transport.pool._helpers)
        # a second season nobody renders game by game: box scores only, the same as here
        other = here.season(2023).regular[:parallel.MIN_GAMES]
        want_other = _box_scores(here, [simulate(here, s, keep_actions=False) for s in other])
        games = league.bulk(league, league.season(2023).regular[:len(other)])
        assert games is not None and _box_scores(league, games) == want_other
    finally:
        transport.close()
    assert league.bulk is None  # a closed pool no longer serves


def test_a_helper_that_dies_during_a_season_simulation_leaves_its_share_to_this_process():
    league = League(7, as_of=AS_OF)
    scheds = league.season(2024).regular[:parallel.MIN_GAMES + 20]
    want = _box_scores(league, [simulate(league, s, keep_actions=False) for s in scheds])
    transport = SimulatorTransport(league, processes=2)
    try:
        dead = transport.pool._helper(0)
        dead.proc.kill()
        dead.proc.wait()
        games = league.bulk(league, scheds)
        assert games is not None and _box_scores(league, games) == want
        assert not dead.alive
    finally:
        transport.close()
