"""ESPN: the site API scoreboard per date, each game's box score page (HTML), team rosters."""

from __future__ import annotations

from collections.abc import Iterable

import orjson

from nbaprops.ids import TEAMS
from nbaprops.scrapers.bodies import json_len, one_if_present
from nbaprops.scrapers.catalog.common import each_date, ymd
from nbaprops.scrapers.plan import PlanContext
from nbaprops.scrapers.spec import ScraperSpec, Unit

SITE_API = "https://site.api.espn.com/apis/site/v2/sports/basketball/nba"


def _boxscore_units(ctx: PlanContext) -> Iterable[Unit]:
    for d in ctx.dates:
        body = ctx.latest_body("espn_scoreboard", date=d.isoformat())
        if body is None:
            continue
        for event in orjson.loads(body).get("events", []):
            completed = (((event.get("status") or {}).get("type") or {}).get("completed"))
            if completed is False:
                continue
            yield Unit({"date": d, "espn_game_id": event["id"]},
                       {"date": d.isoformat(), "espn_game_id": str(event["id"])}, d)


def _roster_units(ctx: PlanContext) -> Iterable[Unit]:
    d = ctx.snapshot_day
    for team in TEAMS:
        yield Unit({"date": d, "espn_team_id": team.espn_id, "team": team.tricode},
                   {"date": d.isoformat(), "team": team.tricode}, d)


SPECS = (
    ScraperSpec("espn_scoreboard", "espn", url=lambda p: f"{SITE_API}/scoreboard?dates={ymd(p['date'])}",
                plan=each_date, count=json_len("events"), description="scoreboard per date"),
    ScraperSpec("espn_game_boxscore", "espn",
                url=lambda p: f"https://www.espn.com/nba/boxscore/_/gameId/{p['espn_game_id']}",
                plan=_boxscore_units, count=one_if_present, body="html", after=("espn_scoreboard",),
                description="box score HTML per completed ESPN game of the stored scoreboard"),
    ScraperSpec("espn_roster", "espn", url=lambda p: f"{SITE_API}/teams/{p['espn_team_id']}?enable=roster",
                plan=_roster_units, count=json_len("team", "athletes"),
                description="team roster per team (path: NBA tricode), daily snapshot"),
)
