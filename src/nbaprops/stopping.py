"""A stop request (Ctrl-C, SIGTERM, ``nbaprops stop``) that survives whatever the signal interrupted.

The signal raises ``KeyboardInterrupt`` wherever the main thread is. Where that is inside a DuckDB query,
DuckDB answers with its own ``InterruptException`` (an ordinary ``Exception``), which code that handles
failures may take for one; the request is therefore also kept here and checked before each unit, so a
stop asked for is a stop made at the next unit at the latest.
"""

from __future__ import annotations

import threading

_REQUESTED = threading.Event()


def request_stop() -> None:
    _REQUESTED.set()


def clear_stop() -> None:
    _REQUESTED.clear()


def stop_requested() -> bool:
    return _REQUESTED.is_set()


def check_stop() -> None:
    """Raise ``KeyboardInterrupt`` if a stop was asked for: the caller stops as on Ctrl-C."""
    if _REQUESTED.is_set():
        raise KeyboardInterrupt
