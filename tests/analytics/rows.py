"""Put hand-written rows into raw tables through their declarations (for formula tests whose truth
is known by construction). Unset optional columns are NULL, unset required ones a neutral value;
audit columns are filled by the warehouse."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pyarrow as pa
from hypothesis import strategies as st

from nbaprops.definitions import DEFINITIONS
from nbaprops.ids import season_year


def put_rows(env, table: str, rows: list[dict[str, Any]]) -> None:
    proc = DEFINITIONS.by_table[table]
    schema = proc.table.arrow_schema()
    defaults = {"STRING": "test", "INT64": 0, "FLOAT64": 0.0, "BOOL": False,
                "TIMESTAMP": datetime(2000, 1, 1, tzinfo=UTC), "DATE": date(2000, 1, 1)}
    filler = {c.name: defaults[c.type] for c in proc.table.content_columns if c.required and c.type in defaults}
    full = [{**filler, **r} for r in rows]
    data = pa.Table.from_pylist(full, schema=schema)
    env.warehouse.replace_scope(proc.table, proc.replace_column, sorted({r[proc.replace_column] for r in full}), data)


def box_line(game_id: str, day, player: str, team: str, points: int, **stats: Any) -> dict[str, Any]:
    """A player line with the columns every box-score table shares (keys a table lacks are ignored)."""
    _, away, home = game_id.split("_")
    base = {"game_id": game_id, "game_date": day, "player_lookup": player, "player_full_name": player,
            "player_name": player, "player_name_original": player, "season_year": season_year(day),
            "home_team_abbr": home, "away_team_abbr": away, "is_home": team == home,
            "opponent_team_abbr": away if team == home else home, "team_id": 0, "nba_player_id": 0,
            "bdl_player_id": 0, "espn_player_id": 0, "season_type": "Regular Season",
            "game_code": f"{day:%Y%m%d}/{away}{home}", "nba_game_id": "0000000000", "espn_game_id": "0",
            "team_abbr": team, "points": points, "field_goals_made": points // 2, "field_goals_attempted": points,
            "three_pointers_made": 0, "three_pointers_attempted": 2, "free_throws_made": points % 2,
            "free_throws_attempted": 2, "offensive_rebounds": 1, "defensive_rebounds": 3, "total_rebounds": 4,
            "assists": 2, "steals": 1, "blocks": 0, "turnovers": 1, "personal_fouls": 2}
    base.update(stats)
    return base


def computed_rows(env, processor, days) -> list[dict[str, Any]]:
    """A processor's computed rows (not written) for exactly ``days``, in key order."""
    from nbaprops.orchestration.context import RunContext, RunOptions
    from nbaprops.orchestration.declarations import PlanItem

    ctx = RunContext(env=env, options=RunOptions(), alerts=None)  # type: ignore[arg-type]
    rows = processor.compute(ctx, [PlanItem(d, d, (d,)) for d in days]).rows.to_pylist()
    return sorted(rows, key=lambda r: tuple(str(r[k]) for k in processor.table.key))


def range_and_single_dates(env, processor, days, draw, longest: int) -> tuple[list[dict], list[dict]]:
    """A random run of up to ``longest`` + 1 consecutive ``days`` computed in one pass and date by date."""
    i = draw(st.integers(0, len(days) - 2), label="first")
    j = draw(st.integers(i + 1, min(len(days) - 1, i + longest)), label="last")
    chosen = days[i:j + 1]
    together = computed_rows(env, processor, chosen)
    one_by_one = sorted((r for d in chosen for r in computed_rows(env, processor, [d])),
                        key=lambda r: tuple(str(r[k]) for k in processor.table.key))
    return together, one_by_one
