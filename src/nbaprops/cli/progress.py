"""Progress for long commands: a live bar on a terminal, plain lines otherwise (logs, CI, pipes).

The bar counts steps (a processor over its dates, a phase's scrape) with the rate and an ETA; the
command's own line-oriented output keeps printing above it, so nothing is lost when the bar goes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Steps per minute so far (blank until the first step is done)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed * 60:.1f}/min" if speed else "", style="dim")


class Steps:
    """Advance once per finished step; ``say`` prints a line above the bar (or plainly)."""

    def __init__(self, console: Console, progress: Progress | None, task: int | None) -> None:
        self.console, self._progress, self._task = console, progress, task

    def say(self, line: str) -> None:
        self.console.print(line, markup=False, highlight=False)

    def advance(self, description: str | None = None) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, **({"description": description} if description else {}))

    def describe(self, description: str) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, description=description)


@contextmanager
def steps(console: Console, total: int, description: str) -> Iterator[Steps]:
    """A bar of ``total`` steps when ``console`` is a terminal; plain lines when it is not."""
    if not console.is_terminal:
        yield Steps(console, None, None)
        return
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        RateColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console)
    with progress:
        task = progress.add_task(description, total=total)
        yield Steps(progress.console, progress, task)
