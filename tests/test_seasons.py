"""One season boundary (July 1) for every layer; season chunks always lie inside their range."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nbaprops.ids import season_year as ids_season_year
from nbaprops.seasons import date_range, season_chunks, season_start, season_window, season_year


def test_july_first_opens_a_season_and_june_thirtieth_closes_the_previous_one():
    assert season_year(date(2024, 7, 1)) == 2024
    assert season_year(date(2024, 6, 30)) == 2023
    assert season_window(2024) == (date(2024, 7, 1), date(2025, 6, 30))
    assert season_start(date(2025, 3, 1)) == date(2024, 7, 1)
    assert ids_season_year is season_year


def test_a_range_starting_in_august_is_one_chunk_inside_the_range():
    assert season_chunks(date(2024, 8, 15), date(2025, 1, 31)) == [(2024, date(2024, 8, 15), date(2025, 1, 31))]


def test_a_reversed_range_is_an_error():
    with pytest.raises(ValueError, match="ends before it starts"):
        season_chunks(date(2025, 1, 31), date(2024, 8, 15))


@given(st.dates(date(2019, 1, 1), date(2027, 12, 31)), st.integers(0, 900))
def test_chunks_cover_the_range_exactly_once_and_never_cross_a_season(start, length):
    end = date.fromordinal(start.toordinal() + length)
    chunks = season_chunks(start, end)
    covered = [d for _, lo, hi in chunks for d in date_range(lo, hi)]
    assert covered == date_range(start, end)
    for year, lo, hi in chunks:
        assert lo <= hi and season_year(lo) == season_year(hi) == year
