"""Gamebook PDFs: the real MEM @ CLE 2024-04-10 content, a simulator gamebook, and the damaged real capture.

The real capture is damaged (every byte >= 0x80 stripped), so the positive test renders the real content
(``parsed_0173bcd1.json``, the NBA's text layout) into a PDF with the project's minimal PDF writer.
"""

from __future__ import annotations

import json
from datetime import date

import pyarrow as pa
import pytest

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw import nbac_player_list_current
from nbaprops.raw.nbac_gamebook_player_stats import PROCESSOR
from nbaprops.simulator.pdf import PdfDoc
from tests.conftest import fixtures_root

DAY = date(2024, 4, 10)
PATH = "nba-com/gamebooks-pdf/2024-04-10/20240410-MEMCLE/20240411_080000.pdf"
ROWS = "SELECT * FROM nba_raw.nbac_gamebook_player_stats"
COUNT = "SELECT count(*) AS n FROM nba_raw.nbac_gamebook_player_stats"


def _stat_line(s: dict) -> str:
    return (f"{s['minutes']} {s['field_goals_made']}-{s['field_goals_attempted']} "
            f"{s['three_pointers_made']}-{s['three_pointers_attempted']} {s['free_throws_made']}-"
            f"{s['free_throws_attempted']} {s['offensive_rebounds']} {s['defensive_rebounds']} {s['total_rebounds']} "
            f"{s['assists']} {s['personal_fouls']} {s['steals']} {s['turnovers']} {s['blocks']} {s['plus_minus']} "
            f"{s['points']}")


def real_gamebook_pdf() -> bytes:
    """The real game's players in the gamebook's text layout (inactive lists as the NBA prints them)."""
    book = json.loads((fixtures_root() / "nbac_gamebook_pdf/parsed_0173bcd1.json").read_text())
    inactive = {"Memphis Grizzlies": ["Bane", "Goodwin", "Jackson Jr.", "Konchar", "Morant", "Rose", "Smart",
                                      "Watanabe", "Williams Jr."], "Cleveland Cavaliers": ["Jerome", "Merrill", "Wade"]}
    reasons = {p["name"]: p["reason"].split(")")[0] for p in book["inactive_players"]}
    lines = ["OFFICIAL SCORER'S REPORT", "Game Code: 20240410/MEMCLE", "Memphis Grizzlies vs Cleveland Cavaliers",
             "Officials: #24 Kevin Scott, #36 Brent Barnaky, #41 Nate Green", "Attendance: 19432 Duration: 2:10"]
    sections = (("VISITOR", "Memphis Grizzlies", "Grizzlies"), ("HOME", "Cleveland Cavaliers", "Cavaliers"))
    for label, team, nick in sections:
        lines += [f"{label}: {team}", "NO PLAYER POS MIN FGM-A 3PM-A FTM-A OR DR TOT A PF ST TO BS +/- PTS"]
        players = [p for p in book["active_players"] if p["team"] == team]
        for k, p in enumerate(players):
            lines.append(f"{k + 1} {p['name']}{' F' if k < 5 else ''} {_stat_line(p['stats'])}")
        lines += [f"{40 + k} {p['name']} {p['dnp_reason']}" for k, p in enumerate(book["dnp_players"])
                  if p["team"] == team]
        lines.append(f"Inactive: {nick} - " + ", ".join(f"{n} ({reasons[n]})" for n in inactive[team]))
    doc = PdfDoc()
    page = doc.page()
    for i, text in enumerate(lines):
        page.append((24, 30 + 11 * i, 7.5, False, text))
    return doc.render()


@pytest.fixture
def scheduled(env, seed_schedule):
    seed_schedule([(DAY, "MEM", "CLE", "0022301187")])
    return env


def seed_roster(env, players: list[tuple[str, str, str]]) -> None:
    """nbac_player_list_current rows (team, first, last) for season 2023, as of the game date."""
    table = nbac_player_list_current.TABLE
    rows = [{"snapshot_date": DAY, "season": "2023-24", "season_year": 2023, "player_id": i,
             "player_full_name": f"{first} {last}", "player_first_name": first, "player_last_name": last,
             "player_lookup": "".join(ch for ch in f"{first}{last}".lower() if ch.isalnum()), "team_abbr": team,
             "is_active": True, "source_file_path": "test/seed"} for i, (team, first, last) in enumerate(players)]
    env.warehouse.replace_scope(table, "snapshot_date", [DAY], pa.Table.from_pylist(rows, schema=table.arrow_schema()))


def test_active_dnp_and_inactive_players_are_rows_with_their_stat_lines(scheduled):
    scheduled.store.write(PATH, real_gamebook_pdf())
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.ok and report.outcomes[DAY].records_created == 39
    counts = scheduled.warehouse.query(
        "SELECT player_status, count(*) AS n FROM nba_raw.nbac_gamebook_player_stats GROUP BY 1 ORDER BY 1")
    assert counts == [{"player_status": "active", "n": 21}, {"player_status": "dnp", "n": 6},
                      {"player_status": "inactive", "n": 12}]
    laravia = scheduled.warehouse.query(f"{ROWS} WHERE player_lookup = 'jakelaravia'")[0]
    assert (laravia["points"], laravia["three_pointers_made"], laravia["three_pointers_attempted"]) == (32, 8, 11)
    assert (laravia["minutes"], laravia["minutes_decimal"], laravia["plus_minus"]) == ("40:00", 40.0, -16)
    assert (laravia["game_id"], laravia["team_abbr"], laravia["is_home"], laravia["starter"]) == (
        "20240410_MEM_CLE", "MEM", False, True)
    aldama = scheduled.warehouse.query(f"{ROWS} WHERE player_lookup = 'santialdama'")[0]
    assert (aldama["player_status"], aldama["dnp_reason"]) == ("dnp", "NWT - Injury/Illness - Right Foot; Strain")
    assert aldama["points"] is None
    wade = scheduled.warehouse.query(f"{ROWS} WHERE player_name_original = 'Wade'")
    assert [(w["team_abbr"], w["dnp_reason"]) for w in wade] == [("CLE", "Injury/Illness - Right Knee; Sprain")]


def test_inactive_last_names_are_resolved_against_the_rosters(scheduled):
    seed_roster(scheduled, [("MEM", "Desmond", "Bane"), ("MEM", "Jaren", "Jackson Jr."), ("MEM", "GG", "Jackson"),
                            ("MEM", "Derrick", "Rose"), ("MEM", "Test", "Rose"), ("CLE", "Dean", "Wade")])
    scheduled.store.write(PATH, real_gamebook_pdf())
    assert run_processor(scheduled, PROCESSOR, DAY, DAY).ok
    got = {r["player_name_original"]: r for r in scheduled.warehouse.query(f"{ROWS} WHERE player_status = 'inactive'")}
    assert (got["Bane"]["player_lookup"], got["Bane"]["name_resolution_status"]) == ("desmondbane", "resolved")
    assert got["Bane"]["name_resolution_confidence"] == 1.0 and got["Bane"]["player_name"] == "Desmond Bane"
    # GG Jackson played, so "Jackson Jr." can only be Jaren Jackson Jr.
    assert got["Jackson Jr."]["player_lookup"] == "jarenjacksonjr"
    rose = got["Rose"]
    assert (rose["name_resolution_status"], rose["name_resolution_confidence"]) == ("multiple_matches", 0.6)
    assert got["Rose"]["player_lookup"] is None
    assert (got["Konchar"]["name_resolution_status"], got["Konchar"]["player_lookup"]) == ("not_found", None)
    assert got["Wade"]["player_lookup"] == "deanwade"


def test_a_rerun_changes_nothing(scheduled):
    scheduled.store.write(PATH, real_gamebook_pdf())
    run_processor(scheduled, PROCESSOR, DAY, DAY)
    snapshot = "SELECT player_name_original, data_hash, processed_at FROM nba_raw.nbac_gamebook_player_stats ORDER BY 1"
    before = scheduled.warehouse.query(snapshot)
    assert run_processor(scheduled, PROCESSOR, DAY, DAY).outcomes[DAY].status == "skipped"
    assert scheduled.warehouse.query(snapshot) == before


def test_the_damaged_real_capture_is_quarantined_with_a_clear_reason(scheduled, put):
    put("nbac_gamebook_pdf/raw_0173bcd1.pdf", PATH)
    report = run_processor(scheduled, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    reason = scheduled.store.read(f"quarantine/{PATH}.reason.txt").decode()
    assert "gamebook PDF" in reason
    assert scheduled.warehouse.query(COUNT) == [{"n": 0}]


def test_garbage_bytes_are_quarantined_and_nothing_is_written(scheduled):
    scheduled.store.write(PATH, b"<html>503 Service Unavailable</html>")
    assert run_processor(scheduled, PROCESSOR, DAY, DAY).outcomes[DAY].status == "failed"
    assert "does not start with %PDF" in scheduled.store.read(f"quarantine/{PATH}.reason.txt").decode()
    assert scheduled.warehouse.query(COUNT) == [{"n": 0}]


def test_a_simulator_gamebook_loads_and_team_points_add_up(env, seed_schedule):
    httpx = pytest.importorskip("httpx")
    from nbaprops.simulator.league import League
    from nbaprops.simulator.transport import SimulatorTransport

    league, day = League(7, as_of=date(2025, 6, 30)), date(2025, 1, 15)
    game = league.season(2024).games_on(day)[0]
    url = f"https://statsdmz.nba.com/pdfs/{day:%Y%m%d}/{day:%Y%m%d}_{game.away}{game.home}_book.pdf"
    body = httpx.Client(transport=SimulatorTransport(league)).get(url).content
    env.store.write(f"nba-com/gamebooks-pdf/{day}/{day:%Y%m%d}-{game.away}{game.home}/20250116_080000.pdf", body)
    seed_schedule([(day, game.away, game.home, game.game_id)])
    assert run_processor(env, PROCESSOR, day, day).ok
    sim = league.game(game.game_id)
    points = env.warehouse.query(
        "SELECT is_home, sum(points) AS pts, count(*) FILTER (WHERE player_status = 'active') AS active "
        "FROM nba_raw.nbac_gamebook_player_stats GROUP BY 1 ORDER BY 1")
    assert [(p["pts"]) for p in points] == [sim.away_pts, sim.home_pts]
    assert all(p["active"] >= 5 for p in points)
