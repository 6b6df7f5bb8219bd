"""official.nba.com referee assignments for a date."""

from __future__ import annotations

from nbaprops.ids import TEAMS_BY_TRICODE

from ..router import route
from .common import js, parse_day, season_of

COLUMNS = ["game_id", "game_date", "season", "game_code", "home_team_id", "home_team", "home_team_abbr",
           "away_team_id", "away_team", "away_team_abbr", "official1", "official1_code", "official1_JNum",
           "official2", "official2_code", "official2_JNum", "official3", "official3_code", "official3_JNum",
           "official4", "official4_code", "official4_JNum"]


@route("official.nba.com", r"/wp-json/api/v1/get-game-officials/?")
def referee_assignments(ctx, m):
    day = parse_day(ctx.q("date"))
    season = ctx.league.season(season_of(day))
    rows = []
    for g in season.games_on(day):
        res = season.result(g.game_id)
        h, a = TEAMS_BY_TRICODE[g.home], TEAMS_BY_TRICODE[g.away]
        row = {"game_id": g.game_id, "game_date": f"{day:%m/%d/%Y}", "season": f"2{season.year}",
               "game_code": f"{day:%Y%m%d}/{a.tricode}{h.tricode}", "home_team_id": h.nba_id, "home_team": h.city,
               "home_team_abbr": h.tricode, "away_team_id": a.nba_id, "away_team": a.city, "away_team_abbr": a.tricode}
        for k, o in enumerate(res.officials, start=1):
            row.update({f"official{k}": o.name, f"official{k}_code": o.code, f"official{k}_JNum": str(o.number)})
        row.update({"official4": None, "official4_code": None, "official4_JNum": None})
        rows.append(row)
    cols = [{"Name": c, "DataType": "String" if not c.endswith(("_id", "_code")) else "Int32"} for c in COLUMNS]
    replay = ctx.league.officials[-1]
    table1 = {"rows": [{"game_date": f"{day:%m/%d/%Y}", "official_code": replay.code,
                        "replaycenter_official": replay.name}],
              "columns": [{"Name": "game_date", "DataType": "String"}, {"Name": "official_code", "DataType": "Int32"},
                          {"Name": "replaycenter_official", "DataType": "String"}]}
    return js({"nba": {"Table": {"rows": rows, "columns": cols}, "Table1": table1},
               "gl": {"Table": {"rows": [], "columns": cols}, "Table1": table1},
               "wnba": {"Table": {"rows": [], "columns": cols}, "Table1": table1}})
