"""Scrapers run as a graph: a scraper starts when its parents are done, not when its whole level is."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from graphlib import CycleError

import pytest

from nbaprops.scrapers.graph import run_graph
from nbaprops.scrapers.registry import SCHEDULE, dependencies


def test_a_child_starts_while_an_unrelated_scraper_still_runs():
    slow_may_end = threading.Event()
    events: list[str] = []

    def plan(name: str):
        def job() -> None:
            if name == "slow":
                assert slow_may_end.wait(5), "the child never started while 'slow' ran"
            if name == "child":
                slow_may_end.set()
            events.append(name)
        return [job]

    graph = {"parent": set(), "slow": set(), "child": {"parent"}}
    with ThreadPoolExecutor(4) as pool:
        run_graph(graph, plan, pool)
    assert events.index("parent") < events.index("child") < events.index("slow")


def test_every_job_runs_once_and_finished_follows_its_jobs():
    ran: list[str] = []
    finished: list[str] = []
    lock = threading.Lock()

    def plan(name: str):
        def job() -> None:
            with lock:
                ran.append(name)
        return [job] * 3 if name != "empty" else []

    graph = {"a": set(), "b": {"a"}, "c": {"a", "b"}, "empty": {"c"}}
    with ThreadPoolExecutor(3) as pool:
        run_graph(graph, plan, pool, finished=finished.append)
    assert sorted(ran) == ["a"] * 3 + ["b"] * 3 + ["c"] * 3
    assert finished == ["a", "b", "c", "empty"]


def test_a_failing_job_is_raised_after_the_others_ran():
    ran: list[str] = []

    def plan(name: str):
        def job() -> None:
            if name == "bad":
                raise RuntimeError("boom")
            ran.append(name)
        return [job]

    with ThreadPoolExecutor(2) as pool, pytest.raises(RuntimeError, match="boom"):
        run_graph({"bad": set(), "after_bad": {"bad"}, "other": set()}, plan, pool)
    assert sorted(ran) == ["after_bad", "other"]


def test_a_cycle_is_refused_instead_of_waiting_forever():
    with ThreadPoolExecutor(1) as pool, pytest.raises(CycleError):
        run_graph({"a": {"b"}, "b": {"a"}}, lambda name: [], pool)


def test_the_schedule_comes_first_and_per_event_scrapers_wait_only_for_their_events():
    graph = dependencies(["oddsa_player_props", "nbac_play_by_play", SCHEDULE])
    assert graph[SCHEDULE] == set()
    assert graph["oddsa_player_props"] == {"oddsa_events", SCHEDULE}
    assert graph["nbac_play_by_play"] == {SCHEDULE}
