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
from nbaprops.orchestration.planner import schedule_dates
from tests.analytics.rows import computed_rows, range_and_single_dates
from tests.analytics.simulated import load_simulated

START, END = date(2024, 10, 22), date(2024, 11, 10)


@pytest.fixture(scope="module")
def sim(tmp_path_factory):
    env = load_simulated(tmp_path_factory.mktemp("sim"), START, END)
    yield env
    env.warehouse.close()


@pytest.mark.parametrize("processor", PROCESSORS, ids=lambda p: p.name)
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_range_run_equals_the_union_of_single_date_runs(sim, processor, data):
    final_only = processor.expects == "final_games"
    days = schedule_dates(sim.warehouse, START, END, final_only=final_only)
    together, one_by_one = range_and_single_dates(sim, processor, days, data.draw, longest=6)
    assert together, f"{processor.name} produced no rows for a range of {days[0]}..{days[-1]}"
    assert together == one_by_one


def test_adding_later_dates_never_changes_an_earlier_date(sim):
    for processor in PROCESSORS:
        days = schedule_dates(sim.warehouse, START, END, final_only=processor.expects == "final_games")
        first = days[len(days) // 2]
        alone = computed_rows(sim, processor, [first])
        with_future = [r for r in computed_rows(sim, processor, [first, *[d for d in days if d > first]])
                       if r["game_date"] == first]
        assert alone == with_future, processor.name
