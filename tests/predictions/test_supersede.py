"""What a rerun leaves for a date, on hand-made rows: history kept, changes marked, nothing duplicated."""

from __future__ import annotations

from datetime import UTC, date, datetime

from nbaprops.predictions.supersede import merge
from nbaprops.predictions.tables import system_table

TABLE = system_table("moving_average")
D = date(2025, 1, 15)
T0, T1 = datetime(2025, 1, 15, 12, tzinfo=UTC), datetime(2025, 1, 15, 18, tzinfo=UTC)


def row(player: str, points: float, line: float | None = 20.5, **kw) -> dict:
    return {"system_id": "moving_average", "player_lookup": player, "game_id": "g1", "game_date": D,
            "predicted_points": points, "current_points_line": line, "recommendation": "PASS",
            "components": '{"base": 20.0, "fatigue": 0.1}', "is_active": True, "prediction_run_id": "run0",
            "created_at": T0, "superseded_at": None, "superseded_by": None, **kw}


def test_a_rerun_keeps_what_it_reproduces_and_marks_what_it_replaces():
    old_superseded = row("a", 19.0, is_active=False, prediction_run_id="run-1", superseded_at=T0,
                         superseded_by="run0")
    previous = [old_superseded, row("a", 21.0), row("b", 15.0), row("c", 9.0)]
    new = [row("a", 21.0, components='{"fatigue": 0.1, "base": 20.0}', prediction_run_id="run1"),  # same content
           row("b", 15.0, line=16.5, prediction_run_id="run1")]  # his line moved; c is no longer expected
    out = merge(previous, new, TABLE, "run1", T1)
    by = {(r["player_lookup"], r["prediction_run_id"]): r for r in out}
    assert len(out) == 5 and by[("a", "run-1")] == old_superseded  # earlier history untouched
    assert by[("a", "run0")]["is_active"] and by[("a", "run0")]["created_at"] == T0  # reproduced: kept as it was
    assert not by[("b", "run0")]["is_active"] and by[("b", "run0")]["superseded_at"] == T1
    assert by[("b", "run0")]["superseded_by"] == "run1" and by[("b", "run1")]["is_active"]
    assert by[("b", "run1")]["current_points_line"] == 16.5 and by[("b", "run1")]["created_at"] == T1
    assert not by[("c", "run0")]["is_active"] and by[("c", "run0")]["superseded_by"] == "run1"
    again = merge(out, new, TABLE, "run2", T1)  # the same inputs again: nothing new, nothing marked
    assert sorted(again, key=_key) == sorted(out, key=_key)


def _key(r: dict) -> tuple:
    return r["player_lookup"], r["prediction_run_id"]
