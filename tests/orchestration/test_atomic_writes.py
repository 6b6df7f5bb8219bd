"""A failed write leaves the table as it was; a rerun never duplicates rows."""

from __future__ import annotations

import io
from datetime import date

import pyarrow as pa
import pytest

from nbaprops.orchestration.context import RunOptions
from nbaprops.orchestration.runner import run_processor
from nbaprops.storage.warehouse import WarehouseError
from tests.orchestration.toy import SOURCE_TABLE, SourceFeed, make_dag, toy_env

DAYS = [date(2024, 1, 2), date(2024, 1, 3)]


@pytest.fixture
def loaded(env, seed_schedule):
    seed_schedule([(d, "BOS", "LAL", f"002230000{i}") for i, d in enumerate(DAYS)])
    feed = SourceFeed(rows_per_date=dict.fromkeys(DAYS, 4))
    defs = make_dag(feed)
    e = toy_env(env, defs)
    assert run_processor(e, defs.by_name["toy_source"], DAYS[0], DAYS[-1]).ok
    return e, feed


def _snapshot(env):
    return env.warehouse.query("SELECT game_date, player, points, data_hash FROM nba_raw.toy_source ORDER BY 1, 2")


def test_replace_scope_that_fails_midway_rolls_back_the_delete(loaded):
    env, _ = loaded
    before = _snapshot(env)
    bad = pa.table({"game_date": [DAYS[0], DAYS[0]], "player": ["x", None], "points": [1, 2]})
    with pytest.raises(WarehouseError, match="rolled back"):
        env.warehouse.replace_scope(SOURCE_TABLE, "game_date", [DAYS[0]], bad)
    assert _snapshot(env) == before


def test_an_exception_inside_compute_fails_every_date_and_writes_nothing(loaded):
    env, feed = loaded
    before = _snapshot(env)
    feed.explode = True
    report = run_processor(env, env.definitions.by_name["toy_source"], DAYS[0], DAYS[-1],
                           options=RunOptions(force=True), alert_stream=io.StringIO())
    assert not report.ok
    assert report.dates("failed") == DAYS
    assert "RuntimeError: injected failure in compute" in report.outcomes[DAYS[0]].errors[0]
    assert _snapshot(env) == before


def test_a_duplicate_key_fails_its_own_date_before_the_swap_and_the_other_dates_load(loaded):
    env, feed = loaded
    before = _snapshot(env)
    original = feed.__call__

    def duplicated(ctx, items):
        result = original(ctx, items)
        result.rows = pa.concat_tables([result.rows, result.rows.slice(0, 1)])
        return result

    env.definitions.by_name["toy_source"].compute.__class__.__call__ = lambda self, c, i: duplicated(c, i)
    try:
        report = run_processor(env, env.definitions.by_name["toy_source"], DAYS[0], DAYS[-1],
                               options=RunOptions(force=True), alert_stream=io.StringIO())
    finally:
        env.definitions.by_name["toy_source"].compute.__class__.__call__ = original.__func__
    assert report.dates("failed") == [DAYS[0]] and report.dates("success") == [DAYS[1]]
    assert "duplicate key rows" in report.outcomes[DAYS[0]].errors[0]
    assert _snapshot(env) == before
    processed = env.warehouse.query("SELECT game_date, max(processed_at) AS t FROM nba_raw.toy_source GROUP BY 1 "
                                    "ORDER BY 1")
    assert processed[1]["t"] > processed[0]["t"]  # only the clean date was rewritten


def test_a_forced_rerun_replaces_rows_without_duplicating_them(loaded):
    env, _ = loaded
    before = _snapshot(env)
    report = run_processor(env, env.definitions.by_name["toy_source"], DAYS[0], DAYS[-1],
                           options=RunOptions(force=True))
    assert report.dates("success") == DAYS
    after = _snapshot(env)
    assert len(after) == len(before) == 8
    assert [r["data_hash"] for r in after] == [r["data_hash"] for r in before]
