"""NBA.com PDFs: the official gamebook and the hourly injury report.

Gamebook (``statsdmz.nba.com/pdfs/YYYYMMDD/YYYYMMDD_AWYHOM_book.pdf``), portrait, one page; the text a PDF
reader extracts (``nbaprops.raw.readers.pdf_text``, or pdfplumber's ``extract_text()``) reads, line by line::

    OFFICIAL SCORER'S REPORT
    Game Code: 20240410/MEMCLE
    Memphis Grizzlies vs Cleveland Cavaliers
    Wednesday, April 10, 2024 Start Time: 7:00 PM ET
    Rocket Mortgage FieldHouse, Cleveland
    Officials: #24 Kevin Scott, #36 Brent Barnaky, #41 Nate Green
    Attendance: 19432 Duration: 2:10
    Final Score: Memphis Grizzlies 97 - Cleveland Cavaliers 110
    VISITOR: Memphis Grizzlies (27-54)
    NO PLAYER POS MIN FGM-A 3PM-A FTM-A OR DR TOT A PF ST TO BS +/- PTS
    13 GG Jackson F 35:42 7-21 2-10 6-6 0 2 2 2 2 2 1 1 -13 22      <- starters carry POS
    22 Desmond Bane 16:17 1-2 0-1 0-0 0 1 1 0 0 0 0 0 -3 2           <- bench: no POS
    21 Santi Aldama NWT - Injury/Illness - Right Foot; Strain        <- did not play, with reason
    TOTALS 240:00 40-95 12-40 5-9 11 33 44 24 17 8 12 6 97        <- same columns without +/-
    Inactive: Bane - Injury/Illness - Lumbar; Disc Bulge             <- last name only, one per line
    HOME: Cleveland Cavaliers (48-33)
    ...

Injury report (``ak-static.cms.nba.com/referee/injury/Injury-Report_YYYY-MM-DD_HHAM|PM.pdf``), landscape
(842 x 595), published every hour from 11 AM to 8 PM ET on game days, at half past (403 otherwise; a
simulated scrape asks for each just after its publication, :mod:`..clock`). Columns at the real x
positions: Game Date, Game Time, Matchup, Team, Player Name ("Last, First"), Current Status, Reason; the
date, time, matchup and team are printed only on the first row they apply to::

    Injury Report: 01/04/24 12:30 PM
    Game Date Game Time Matchup Team Player Name Current Status Reason
    01/04/2024 07:30 (ET) MIL@SAS Milwaukee Bucks NOT YET SUBMITTED
    San Antonio Spurs Barlow, Dominick Questionable G League - Two-Way
    Bassey, Charles Out Injury/Illness - Left Acl; Tear
    Page 1 of 3
"""

from __future__ import annotations

from datetime import date, timedelta

from nbaprops.ids import TEAMS_BY_TRICODE

from ..clock import utc_to_et
from ..game import AST, BLK, DREB, FG3A, FG3M, FGA, FGM, FTA, FTM, OREB, PF, PM, PTS, SEC, STL, TOV
from ..injuries import status_on
from ..pdf import PdfDoc
from ..players import fold
from ..router import HttpError, NotFound, Response, route
from .common import game_or_404, mmss, parse_day, postponed, season_of


def _stat_line(b: list[int]) -> str:
    return (f"{mmss(b[SEC])} {b[FGM]}-{b[FGA]} {b[FG3M]}-{b[FG3A]} {b[FTM]}-{b[FTA]} {b[OREB]} {b[DREB]} "
            f"{b[OREB] + b[DREB]} {b[AST]} {b[PF]} {b[STL]} {b[TOV]} {b[BLK]} {b[PM]} {b[PTS]}")


def gamebook_lines(league, game) -> list[str]:
    s = game.sched
    h, a = TEAMS_BY_TRICODE[s.home], TEAMS_BY_TRICODE[s.away]
    et = utc_to_et(s.tip)
    season = league.season(s.season)
    lines = [
        "OFFICIAL SCORER'S REPORT",
        f"Game Code: {s.day:%Y%m%d}/{a.tricode}{h.tricode}",
        f"{a.full_name} vs {h.full_name}",
        f"{s.day:%A}, {s.day:%B} {s.day.day}, {s.day.year} Start Time: {et.hour % 12 or 12}:{et.minute:02d} "
        f"{'PM' if et.hour >= 12 else 'AM'} ET",
        f"{h.arena}, {h.arena_city}",
        "Officials: " + ", ".join(f"#{o.number} {o.name}" for o in game.officials),
        f"Attendance: {game.attendance} Duration: {game.duration_min // 60}:{game.duration_min % 60:02d}",
        f"Final Score: {a.full_name} {game.away_pts} - {h.full_name} {game.home_pts}",
    ]
    for side, label in ((1, "VISITOR"), (0, "HOME")):
        t = TEAMS_BY_TRICODE[game.team_of_side(side)]
        rec = season.record_after(s.game_id)[side] if s.kind == "regular" else None
        lines.append(f"{label}: {t.full_name}" + (f" ({rec.wins}-{rec.losses})" if rec else ""))
        lines.append("NO PLAYER POS MIN FGM-A 3PM-A FTM-A OR DR TOT A PF ST TO BS +/- PTS")
        for k, i in enumerate(game.order[side]):
            p = league.player(s.season, i)
            pos = f" {p.position[0]}" if k < 5 else ""
            lines.append(f"{p.jersey} {p.full_name}{pos} {_stat_line(game.box[i])}")
        for i, reason in game.dnp[side]:
            p = league.player(s.season, i)
            lines.append(f"{p.jersey} {p.full_name} {reason}")
        tot = game.team_totals(side)
        tot[SEC] = (240 + 25 * (game.periods - 4)) * 60
        parts = _stat_line(tot).split(" ")
        lines.append("TOTALS " + " ".join(parts[:12] + parts[13:]))  # no +/- on the totals line
        for i, reason in game.inactive[side]:
            lines.append(f"Inactive: {league.player(s.season, i).last_full} - {reason}")
    return lines


@route("statsdmz.nba.com", r"/pdfs/(\d{8})/(\d{8})_([A-Z]{3})([A-Z]{3})(?:_book)?\.pdf")
def gamebook(ctx, m):
    day = parse_day(m.group(1), "%Y%m%d")
    season = ctx.league.season(season_of(day))
    for g in season.games_on(day):
        if g.away == m.group(3) and g.home == m.group(4):
            if postponed(ctx, g.game_id):
                raise NotFound
            game = game_or_404(ctx, g.game_id)
            doc = PdfDoc()
            page = doc.page()
            y = 30.0
            for line in gamebook_lines(ctx.league, game):
                if y > 760:
                    page, y = doc.page(), 30.0
                bold = line.startswith(("OFFICIAL", "VISITOR", "HOME", "NO PLAYER", "TOTALS"))
                page.append((24, y, 7.5, bold, line))
                y += 11
            return Response(200, doc.render(), "application/pdf")
    raise NotFound


COLUMNS = (23, 120, 200, 264, 425, 586, 666)


def injury_rows(league, day: date, hour: int) -> list[tuple[str, ...]]:
    """(date, time, matchup, team, player, status, reason) rows, blank where the report leaves them blank."""
    rows: list[tuple[str, ...]] = []
    for offset in (0, 1):
        d = day + timedelta(days=offset)
        try:
            season = league.season(season_of(d))
        except NotFound:
            continue
        games = season.games_on(d)
        last_date = last_time = None
        for g in games:
            et = utc_to_et(g.tip)
            time_text = f"{et.hour % 12 or 12:02d}:{et.minute:02d} (ET)"
            for tri in (g.away, g.home):
                t = TEAMS_BY_TRICODE[tri]
                first_cells = [f"{d:%m/%d/%Y}" if last_date != d else "", time_text if last_time != (d, time_text)
                               else "", f"{g.away}@{g.home}" if tri == g.away else "", t.full_name]
                last_date, last_time = d, (d, time_text)
                submitted = offset == 0 or hour >= 17
                entries = []
                if submitted:
                    for i in league.roster(g.season, tri, d):
                        p = league.player(g.season, i)
                        status, spell = status_on(league.spells(g.season, i), d, hour if offset == 0 else 9)
                        if spell is not None and status != "Available":
                            entries.append((p, status, spell.reason))
                        elif p.two_way:
                            entries.append((p, "Out", "G League - Two-Way"))
                if not entries:
                    rows.append((*first_cells, "", "", "" if submitted else "NOT YET SUBMITTED"))
                    continue
                for k, (p, status, reason) in enumerate(sorted(entries, key=lambda e: e[0].last_full)):
                    cells = first_cells if k == 0 else ["", "", "", ""]
                    name = fold(f"{p.last_full}, {p.first}")
                    rows.append((*cells, name, status, reason))
    return rows


@route("ak-static.cms.nba.com", r"/referee/injury/Injury-Report_(\d{4}-\d{2}-\d{2})_(\d{2})(?:_\d{2})?(AM|PM)\.pdf")
def injury_report(ctx, m):
    day = parse_day(m.group(1))
    hour = int(m.group(2)) % 12 + (12 if m.group(3) == "PM" else 0)
    try:
        season = ctx.league.season(season_of(day))
    except NotFound:
        raise HttpError(403, b"<Error><Code>AccessDenied</Code></Error>") from None
    if not season.games_on(day) or not (11 <= hour <= 20):
        raise HttpError(403, b"<Error><Code>AccessDenied</Code></Error>")
    rows = injury_rows(ctx.league, day, hour)
    doc = PdfDoc(841.95, 595.35)
    header = f"Injury Report: {day:%m/%d/%y} {hour % 12 or 12:02d}:30 {'PM' if hour >= 12 else 'AM'}"
    per_page = 20
    pages = max(1, (len(rows) + per_page - 1) // per_page)
    for n in range(pages):
        page = doc.page()
        page.append((289, 40, 14, True, header))
        for x, title in zip(COLUMNS, ("Game Date", "Game Time", "Matchup", "Team", "Player Name",
                                      "Current Status", "Reason"), strict=True):
            page.append((x, 104, 9, True, title))
        y = 126.0
        for row in rows[n * per_page:(n + 1) * per_page]:
            for x, cell in zip(COLUMNS, row, strict=True):
                if cell:
                    page.append((x + 1, y, 8, False, cell))
            y += 22
        page.append((380, 570, 8, False, f"Page {n + 1} of {pages}"))
    return Response(200, doc.render(), "application/pdf")
