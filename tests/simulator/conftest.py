from __future__ import annotations

import gzip
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from nbaprops.simulator import League, SimulatorTransport

FIXTURES = Path(os.environ.get("NBAPROPS_FIXTURES", Path(__file__).resolve().parents[2] / "../shared/fixtures/real"))
AS_OF = datetime(2025, 8, 1, tzinfo=UTC)


def load_fixture(rel: str) -> object:
    path = FIXTURES / rel
    if not path.exists():
        if os.environ.get("CI") == "true":
            raise AssertionError(f"fixture missing: {path}")
        pytest.skip(f"real fixtures not found at {path} (set NBAPROPS_FIXTURES)")
    body = path.read_bytes()
    if rel.endswith(".gz"):
        body = gzip.decompress(body)
    return json.loads(body) if ".json" in rel else body


@pytest.fixture(scope="session")
def league() -> League:
    return League(7, as_of=AS_OF)


@pytest.fixture(scope="session")
def client(league: League) -> httpx.Client:
    return httpx.Client(transport=SimulatorTransport(league),
                        headers={"Authorization": "sim", "x-api-key": "sim"})
