"""Run scrapers as a dependency graph: each one plans and starts as soon as the scrapers it reads are
done, not when a whole level of them is. Against the live services this is what matters: The Odds
API's props wait for its events only, not for every NBA.com scraper, so sources with separate rate
limits are fetched side by side instead of one level's slowest source holding up the next."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future
from graphlib import TopologicalSorter

Job = Callable[[], None]


def run_graph(graph: dict[str, set[str]], plan: Callable[[str], list[Job]], pool: Executor,
              finished: Callable[[str], None] = lambda name: None) -> None:
    """Run every node of ``graph`` (node -> nodes it waits for): ``plan(node)`` gives its jobs, run on
    ``pool``; ``finished(node)`` is called once all of them are done. Returns when every node is done;
    the first exception a plan or a job raised is raised then (the other nodes still run)."""
    TopologicalSorter(graph).prepare()  # a cycle raises CycleError here, instead of waiting forever
    lock = threading.Lock()
    started: set[str] = set()
    done: set[str] = set()
    outstanding: dict[str, int] = {}
    errors: list[BaseException] = []
    all_done = threading.Event()

    def ready() -> list[str]:  # under the lock
        names = [n for n, parents in graph.items() if n not in started and parents <= done]
        started.update(names)
        return names

    def start(name: str) -> None:
        try:
            jobs = plan(name)
        except BaseException as exc:  # kept, and raised once every node is done
            errors.append(exc)
            jobs = []
        if not jobs:
            complete(name)
            return
        with lock:
            outstanding[name] = len(jobs)
        for job in jobs:
            pool.submit(job).add_done_callback(lambda future, n=name: job_done(n, future))

    def job_done(name: str, future: Future) -> None:
        if future.exception() is not None:
            errors.append(future.exception())  # type: ignore[arg-type]
        with lock:
            outstanding[name] -= 1
            last = outstanding[name] == 0
        if last:
            complete(name)

    def complete(name: str) -> None:
        try:
            finished(name)
        except BaseException as exc:  # kept, and raised once every node is done
            errors.append(exc)
        with lock:
            done.add(name)
            following = ready()
            if len(done) == len(graph):
                all_done.set()
        for n in following:
            start(n)

    if not graph:
        return
    with lock:
        first = ready()
    for name in first:
        start(name)
    all_done.wait()
    if errors:
        raise errors[0]
