"""Open an HTML file in Debian's headless Chromium: the DOM it built, the console errors it logged, and a
screenshot, so a test can tell a report people can read from one that only looks right as text.

Chromium is a system package (``apt-get install -y chromium``): outside CI a test without it skips and
says so; under ``CI=true`` it fails, since the check would silently never run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--enable-logging=stderr", "--v=0")
WIDTH, HEIGHT = 1200, 3000


def chromium() -> str:
    """The browser's path, or skip (fail under CI) with the line that installs it."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    reason = "Debian's chromium is not installed (apt-get install -y chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass
class Rendered:
    dom: str
    console_errors: list[str]
    screenshot: np.ndarray  # height x width x channels, 0..1

    def tall_bands(self, min_height: int = 250) -> list[tuple[int, int]]:
        """Vertical runs of rows with ink, at least ``min_height`` pixels tall: drawn figures (text lines,
        headings and the table are shorter; a broken image is an icon or its alt text)."""
        ink = (self.screenshot[:, :, :3] < 0.9).any(axis=2).any(axis=1)
        bands, start = [], None
        for y, inked in enumerate([*ink, False]):
            if inked and start is None:
                start = y
            elif not inked and start is not None:
                if y - start >= min_height:
                    bands.append((start, y))
                start = None
        return bands


def render(page: Path, work: Path) -> Rendered:
    """Load ``page`` twice (``--dump-dom``, then ``--screenshot``); console errors from both loads."""
    import matplotlib.image

    browser = chromium()
    url = page.resolve().as_uri()
    dom = subprocess.run([browser, *FLAGS, "--dump-dom", url], capture_output=True, text=True, timeout=90)
    png = work / f"{page.stem}.png"
    shot = subprocess.run([browser, *FLAGS, f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={png}", url],
                          capture_output=True, text=True, timeout=90)
    assert dom.returncode == 0 and shot.returncode == 0 and png.exists(), (dom.stderr[-500:], shot.stderr[-500:])
    errors = [line for line in (dom.stderr + shot.stderr).splitlines()
              if ":CONSOLE" in line and ("Uncaught" in line or "Error" in line)]
    return Rendered(dom.stdout, errors, matplotlib.image.imread(png))
