"""Set-based and as-of together: every Phase 3 processor's range run equals its date-by-date runs.

Random sub-ranges of three simulated weeks (hypothesis) are computed in one pass and date by date;
the rows must be identical. Values for date D may only depend on data known before D, so adding
later dates to a range can never change D's rows.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nbaprops.analytics import PROCESSORS
from nbaprops.orchestration.context import RunContext, RunOptions
from nbaprops.orchestration.declarations import PlanItem
from nbaprops.orchestration.planner import schedule_dates
from tests.analytics.simulated import load_simulated

START, END = date(2024, 10, 22), date(2024, 11, 10)


@pytest.fixture(scope="module")
def sim(tmp_path_factory):
    env = load_simulated(tmp_path_factory.mktemp("sim"), START, END)
    yield env
    env.warehouse.close()


def _rows(env, processor, days):
    ctx = RunContext(env=env, options=RunOptions(), alerts=None)  # type: ignore[arg-type]
    table = processor.compute(ctx, [PlanItem(d, d, (d,)) for d in days]).rows
    key = list(processor.table.key)
    return sorted(table.to_pylist(), key=lambda r: tuple(str(r[k]) for k in key))


@pytest.mark.parametrize("processor", PROCESSORS, ids=lambda p: p.name)
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_range_run_equals_the_union_of_single_date_runs(sim, processor, data):
    final_only = processor.expects == "final_games"
    days = schedule_dates(sim.warehouse, START, END, final_only=final_only)
    i = data.draw(st.integers(0, len(days) - 2), label="first")
    j = data.draw(st.integers(i + 1, min(len(days) - 1, i + 6)), label="last")
    chosen = days[i:j + 1]
    together = _rows(sim, processor, chosen)
    one_by_one = sorted((r for d in chosen for r in _rows(sim, processor, [d])),
                        key=lambda r: tuple(str(r[k]) for k in processor.table.key))
    assert together, f"{processor.name} produced no rows for {chosen[0]}..{chosen[-1]}"
    assert together == one_by_one


def test_adding_later_dates_never_changes_an_earlier_date(sim):
    for processor in PROCESSORS:
        days = schedule_dates(sim.warehouse, START, END, final_only=processor.expects == "final_games")
        first = days[len(days) // 2]
        alone = _rows(sim, processor, [first])
        with_future = [r for r in _rows(sim, processor, [first, *[d for d in days if d > first]])
                       if r["game_date"] == first]
        assert alone == with_future, processor.name
