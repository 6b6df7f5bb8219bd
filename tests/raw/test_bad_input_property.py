"""Bad input never escapes a run and is never half-loaded (hypothesis over every raw parser).

One simulated game day of every source is scraped into a real object store. For each raw processor,
hypothesis takes one of its real objects and truncates it, garbles bytes, or swaps a JSON value for
one of the wrong type, stores the result as the newest fetch, and runs the processor. Whatever the
mutation, the run returns (no exception escapes); a quarantined file has its reason beside it and no
row of it reaches the table; a file that still parses loads whole.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.raw import PROCESSORS
from nbaprops.scrapers.catalog import SCRAPERS
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.transport import simulated_profile
from tests.raw.mutations import mutate_wrong_type

DAY = date(2024, 11, 5)
FORCE = RunOptions(force=True, backfill_mode=True, skip_downstream_trigger=True)


@pytest.fixture(scope="module")
def day_env(tmp_path_factory):
    home = tmp_path_factory.mktemp("bad-input")
    env = open_environment(Settings(home=home, warehouse_url=f"duckdb:///{home / 'w.duckdb'}",
                                    object_store_url=str(home / "raw")))
    report = ScrapeRunner(env, simulated_profile(7), workers=4).run(list(SCRAPERS), DAY, DAY)
    assert report.ok, report.failures()[:3]
    for proc in PROCESSORS:
        run_processor(env, proc, DAY, DAY, options=FORCE)
    yield env
    env.warehouse.close()


ORIGINALS: dict[str, tuple] = {}


def _original(env, proc):
    """One of the processor's stored objects (its body kept in memory) and its layout template."""
    if proc.name not in ORIGINALS:
        compute = proc.compute
        found = None
        for tmpl in compute.templates:
            for path in sorted(env.store.list(tmpl.prefix(**dict(compute.fixed_fields)))):
                fields = tmpl.parse(path)
                if fields and fields.get("date") in (None, DAY.isoformat()):
                    found = (tmpl, fields, env.store.read(path))
                    break
            if found:
                break
        ORIGINALS[proc.name] = found
    if ORIGINALS[proc.name] is None:
        pytest.skip(f"no simulated object for {proc.name} on {DAY}")
    return ORIGINALS[proc.name]


FETCHES = itertools.count(1)


def _mutated_path(tmpl, fields) -> str:
    """A new fetch of the same object that sorts newest and was never used before (paths are unique
    per fetch in production too); objects named by their file get a new name."""
    n = next(FETCHES)
    if "ts" in tmpl.fields:
        return tmpl.format(**{**fields, "ts": f"29991231_{n // 3600:02d}{n // 60 % 60:02d}{n % 60:02d}"})
    return tmpl.format(**{**fields, "filename": f"zzz-mutated-{n:05d}-{fields['filename']}"})


@pytest.mark.parametrize("proc", PROCESSORS, ids=lambda p: p.name)
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_mutated_body_is_quarantined_or_loaded_whole_never_half(day_env, proc, data):
    env = day_env
    tmpl, fields, body = _original(env, proc)
    kind = data.draw(st.sampled_from(["truncate", "garble", "wrong_type"]), label="mutation")
    if kind == "truncate":
        bad = body[: data.draw(st.integers(0, max(0, len(body) - 1)), label="cut")]
    elif kind == "garble":
        at = data.draw(st.integers(0, max(0, len(body) - 1)), label="at")
        bad = body[:at] + data.draw(st.binary(min_size=1, max_size=64), label="noise") + body[at + 1:]
    else:
        try:
            bad = mutate_wrong_type(body, lambda n: data.draw(st.integers(0, n - 1), label="leaf"))
        except (ValueError, UnicodeDecodeError):
            bad = body[: len(body) // 3]
    target = _mutated_path(tmpl, fields)
    env.store.write(target, bad)
    try:
        report = run_processor(env, proc, DAY, DAY, options=FORCE)  # must not raise
        quarantined = env.store.exists(f"quarantine/{target}")
        loaded = env.warehouse.query(
            f"SELECT count(*) AS n FROM {proc.output_table} WHERE source_file_path = :p", {"p": target})[0]["n"]
        if quarantined:
            assert env.store.exists(f"quarantine/{target}.reason.txt")
            assert loaded == 0, "a quarantined file reached the table"
            assert report.outcomes, "the run recorded nothing"
        else:
            assert report.dates("failed") == [] or loaded == 0
    finally:
        for leftover in (target, f"quarantine/{target}", f"quarantine/{target}.reason.txt"):
            if env.store.exists(leftover):
                env.store.fs.rm(env.store._full(leftover))
