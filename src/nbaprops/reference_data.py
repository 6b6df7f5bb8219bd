"""Static reference tables kept by code: ``nba_reference.nba_teams`` (codes, arenas, coordinates).

Written by ``init`` from :data:`nbaprops.ids.TEAMS`, so SQL can join team facts (travel distance,
time zones) without a hand-maintained table.
"""

from __future__ import annotations

from nbaprops.ids import TEAMS
from nbaprops.storage.schema import Table, col
from nbaprops.storage.warehouse import Warehouse

NBA_TEAMS = Table(
    "nba_reference",
    "nba_teams",
    (
        col("team_abbr", "STRING", True), col("nba_team_id", "INT64", True), col("team_city", "STRING"),
        col("team_name", "STRING"), col("conference", "STRING"), col("division", "STRING"),
        col("br_code", "STRING"), col("espn_code", "STRING"), col("arena", "STRING"), col("arena_city", "STRING"),
        col("latitude", "FLOAT64", True), col("longitude", "FLOAT64", True), col("timezone", "STRING"),
    ),
    key=("team_abbr",),
    audit=False,
)


def refresh_reference_tables(warehouse: Warehouse) -> None:
    rows = [{
        "team_abbr": t.tricode, "nba_team_id": t.nba_id, "team_city": t.city, "team_name": t.name,
        "conference": t.conference, "division": t.division, "br_code": t.br_code, "espn_code": t.espn_code,
        "arena": t.arena, "arena_city": t.arena_city, "latitude": t.latitude, "longitude": t.longitude,
        "timezone": t.timezone,
    } for t in TEAMS]
    existing = warehouse.query(f"SELECT count(*) AS n FROM {NBA_TEAMS.full_name}")[0]["n"]
    if existing == len(rows):
        return
    with warehouse.transaction():
        warehouse.execute(f"DELETE FROM {NBA_TEAMS.full_name}")
        warehouse.insert_rows(NBA_TEAMS, rows)
