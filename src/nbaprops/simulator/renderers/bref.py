"""Basketball-Reference team season pages (``/teams/BOS/2025.html``) with the ``roster`` table."""

from __future__ import annotations

import html

from nbaprops.ids import TEAMS

from ..calendar import SEASONS
from ..router import NotFound, Response, route

BR = {t.br_code: t for t in TEAMS}


@route("www.basketball-reference.com", r"/teams/([A-Z]{3})/(\d{4})\.html")
def team_season(ctx, m):
    t = BR.get(m.group(1))
    year = int(m.group(2)) - 1
    if t is None or year not in SEASONS:
        raise NotFound
    league = ctx.league
    season = league.season(year)
    day = min(ctx.as_of.date(), season.dates.finals_end)
    rows = []
    for i in sorted(league.roster(year, t.tricode, day), key=lambda i: int(league.player(year, i).jersey)):
        p = league.player(year, i)
        exp = year - p.from_year
        rows.append(
            "<tr>"
            f'<th scope="row" class="center " data-stat="number" >{p.jersey}</th>'
            f'<td class="left " data-append-csv="{p.br_id}" data-stat="player" csk="{html.escape(p.last)},'
            f'{html.escape(p.first)}" ><a href="/players/{p.br_id[0]}/{p.br_id}.html">'
            f"{html.escape(p.full_name)}</a></td>"
            f'<td class="center " data-stat="pos" >{p.slot}</td>'
            f'<td class="right " data-stat="height" csk="{p.height_in}">{p.height_str()}</td>'
            f'<td class="right " data-stat="weight" >{p.weight_lb}</td>'
            f'<td class="left " data-stat="birth_date" csk="{p.birth_date:%Y%m%d}" >'
            f"{p.birth_date:%B} {p.birth_date.day}, {p.birth_date.year}</td>"
            f'<td class="center " data-stat="flag" ><span class="f-i f-{p.country[:2].lower()}">'
            f"{p.country[:2].lower()}</span></td>"
            f'<td class="center " data-stat="years_experience" >{"R" if exp <= 0 else exp}</td>'
            f'<td class="left " data-stat="college" >{html.escape(p.college)}</td>'
            "</tr>")
    body = (f"<!DOCTYPE html><html><head><title>{year}-{(year + 1) % 100:02d} {html.escape(t.full_name)} Roster "
            f"and Stats | Basketball-Reference.com</title></head><body><div id=\"all_roster\">"
            f'<table class="sortable stats_table" id="roster" data-cols-to-freeze=",2"><caption>Roster</caption>'
            "<thead><tr><th data-stat=\"number\">No.</th><th data-stat=\"player\">Player</th>"
            "<th data-stat=\"pos\">Pos</th><th data-stat=\"height\">Ht</th><th data-stat=\"weight\">Wt</th>"
            "<th data-stat=\"birth_date\">Birth Date</th><th data-stat=\"flag\"></th>"
            "<th data-stat=\"years_experience\">Exp</th><th data-stat=\"college\">College</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></div></body></html>")
    return Response(200, body.encode(), "text/html; charset=utf-8")
