"""Simulating on two cores gives exactly the serial games, and falls back to serial when the helper fails."""

from __future__ import annotations

from nbaprops.simulator import League, parallel
from nbaprops.simulator.game import simulate

from .conftest import AS_OF


def _fields(game) -> tuple:
    return (game.sched, game.home_pts, game.away_pts, game.periods, game.line, list(game.box.items()), game.order,
            game.starters, game.dnp, game.inactive, game.officials, game.attendance, game.duration_min, game.actions)


def _run(league: League, scheds) -> dict:
    got: dict = {}
    parallel.simulate_many(league, scheds, lambda s, g: got.setdefault(s.game_id, g))
    return got


def test_helper_process_replays_the_serial_games(monkeypatch):
    monkeypatch.setenv("NBAPROPS_SIM_WORKERS", "2")
    league = League(11, as_of=AS_OF)
    scheds = league.season(2023).regular[:parallel.MIN_GAMES + 10]
    got = _run(league, scheds)
    assert list(got) == [s.game_id for s in scheds]
    for s in scheds:
        assert _fields(got[s.game_id]) == _fields(simulate(league, s, keep_actions=False))
        assert got[s.game_id].sched is s
        assert all(any(o is x for x in league.officials) for o in got[s.game_id].officials)


def test_a_failing_helper_falls_back_to_serial(monkeypatch):
    monkeypatch.setenv("NBAPROPS_SIM_WORKERS", "2")
    monkeypatch.setattr(parallel.sys, "executable", "/nonexistent/python")
    league = League(11, as_of=AS_OF)
    scheds = league.season(2023).regular[:parallel.MIN_GAMES + 10]
    got = _run(league, scheds)
    assert [_fields(got[s.game_id]) for s in scheds] == [_fields(simulate(league, s, False)) for s in scheds]


def test_workers_can_be_capped(monkeypatch):
    monkeypatch.setenv("NBAPROPS_SIM_WORKERS", "1")
    assert parallel.workers() == 1
