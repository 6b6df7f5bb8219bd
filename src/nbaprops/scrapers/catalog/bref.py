"""Basketball-Reference team season pages (HTML), per team per season; the source allows ~20 requests/min."""

from __future__ import annotations

from collections.abc import Iterable

from nbaprops.ids import TEAMS, season_label
from nbaprops.scrapers.bodies import br_roster_players
from nbaprops.scrapers.plan import PlanContext
from nbaprops.scrapers.spec import ScraperSpec, Unit


def _units(ctx: PlanContext) -> Iterable[Unit]:
    for year in ctx.season_years():
        for team in TEAMS:
            yield Unit({"team": team.br_code, "end_year": year + 1},
                       {"season": season_label(year), "team": team.br_code})


SPECS = (
    ScraperSpec("br_season_roster", "bref",
                url=lambda p: f"https://www.basketball-reference.com/teams/{p['team']}/{p['end_year']}.html",
                plan=_units, count=br_roster_players, body="html",
                description="team season page HTML per team (BR codes) and season"),
)
