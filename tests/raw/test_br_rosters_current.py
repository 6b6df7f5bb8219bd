"""br_rosters_current on small pages written to Basketball-Reference's roster markup (no real capture)."""

from __future__ import annotations

from datetime import date

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.br_rosters_current import PROCESSOR

DAY = date(2025, 1, 15)  # season 2024-25
HEAD = """<!DOCTYPE html><html><head><title>2024-25 Roster</title></head><body><div id="all_roster">
<table class="sortable stats_table" id="roster" data-cols-to-freeze=",2"><caption>Roster Table</caption>
<thead><tr><th aria-label="Uniform Number" data-stat="number" scope="col">No.</th>
<th data-stat="player" scope="col">Player</th><th data-stat="pos" scope="col">Pos</th>
<th data-stat="height" scope="col">Ht</th><th data-stat="weight" scope="col">Wt</th>
<th data-stat="birth_date" scope="col">Birth Date</th><th data-stat="flag" scope="col"></th>
<th data-stat="years_experience" scope="col">Exp</th><th data-stat="college" scope="col">College</th></tr></thead>
<tbody>"""
TAIL = "</tbody></table></div></body></html>"


def player(number: str, name: str, br_id: str, pos: str, ht: str, wt: str, born: str, csk: str, exp: str,
           college: str, extra: str = "") -> str:
    return (f'<tr><th scope="row" class="center " data-stat="number">{number}</th>'
            f'<td class="left " data-append-csv="{br_id}" data-stat="player" csk="x">'
            f'<a href="/players/{br_id[0]}/{br_id}.html">{name}</a>{extra}</td>'
            f'<td class="center " data-stat="pos">{pos}</td><td class="right " data-stat="height" csk="80">{ht}</td>'
            f'<td class="right " data-stat="weight">{wt}</td>'
            f'<td class="left " data-stat="birth_date" csk="{csk}">{born}</td>'
            f'<td class="center " data-stat="flag"><span class="f-i f-us">us</span></td>'
            f'<td class="center " data-stat="years_experience">{exp}</td>'
            f'<td class="left " data-stat="college"><a href="/friv/colleges.fcgi?college=x">{college}</a></td></tr>')


BKN = HEAD + player("0", "Cam Thomas", "thomaca02", "SG", "6-3", "210", "October 13, 2001", "20011013", "3", "LSU") + \
    player("22", "Day&#39;Ron Sharpe", "sharpda01", "C", "6-9", "265", "November 6, 2001", "20011106", "3", "UNC") + \
    player("5", "Dariq Whitehead", "whiteda01", "SF", "6-6", "220", "August 1, 2004", "20040801", "1", "Duke",
           "&nbsp;(TW)") + TAIL
DEN = HEAD + player("15", "Nikola Jokić", "jokicni01", "C", "6-11", "284", "February 19, 1995", "19950219", "9", "") + \
    player("1", "Michael Porter Jr.", "portemi01", "SF", "6-10", "218", "June 29, 1998", "19980629", "5",
           "Missouri") + \
    player("33", "DaRon Holmes II", "holmeda01", "PF", "6-9", "236", "August 15, 2002", "20020815", "R",
           "Dayton") + TAIL
BKN_PATH = "basketball-ref/season-rosters/2024-25/BRK/20250115_090000.html"
DEN_PATH = "basketball-ref/season-rosters/2024-25/DEN/20250115_090100.html"


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(f"SELECT * FROM nba_raw.br_rosters_current WHERE {where}")


def _load(env) -> object:
    env.store.write(BKN_PATH, BKN.encode())
    env.store.write(DEN_PATH, DEN.encode())
    return run_processor(env, PROCESSOR, DAY, DAY)


def test_every_team_page_of_the_season_loads(env):
    report = _load(env)
    assert report.ok
    assert len(_rows(env)) == 6
    assert {r["team_abbrev"] for r in _rows(env)} == {"BRK", "DEN"}


def test_br_codes_are_kept_beside_nba_tricodes_and_values_parsed(env):
    _load(env)
    sharpe = _rows(env, "player_lookup = 'dayronsharpe'")[0]
    assert (sharpe["team_abbrev"], sharpe["team_abbr"], sharpe["jersey_number"], sharpe["weight"]) == (
        "BRK", "BKN", "22", 265)
    assert (sharpe["birth_date"], sharpe["br_player_id"], sharpe["season_year"]) == (
        date(2001, 11, 6), "sharpda01", 2024)
    whitehead = _rows(env, "player_lookup = 'dariqwhitehead'")[0]
    assert whitehead["is_two_way"] is True and whitehead["player_full_name"] == "Dariq Whitehead"


def test_names_fold_accents_keep_suffixes_and_rookies_have_zero_experience(env):
    _load(env)
    jokic = _rows(env, "team_abbrev = 'DEN' AND jersey_number = '15'")[0]
    assert (jokic["player_lookup"], jokic["player_full_name"], jokic["college"]) == (
        "nikolajokic", "Nikola Jokić", None)
    porter = _rows(env, "player_lookup = 'michaelporterjr'")[0]
    assert porter["player_last_name"] == "Porter"
    holmes = _rows(env, "player_lookup = 'daronholmesii'")[0]
    assert (holmes["experience_years"], holmes["player_last_name"]) == (0, "Holmes")


def test_a_newer_page_of_a_team_replaces_only_that_team(env):
    _load(env)
    newer = "basketball-ref/season-rosters/2024-25/BRK/20250201_090000.html"
    env.store.write(newer, (HEAD + player("0", "Cam Thomas", "thomaca02", "SG", "6-3", "210", "", "", "3", "LSU")
                            + TAIL).encode())
    run_processor(env, PROCESSOR, date(2025, 2, 1), date(2025, 2, 1))
    assert len(_rows(env, "team_abbrev = 'BRK'")) == 1
    assert len(_rows(env, "team_abbrev = 'DEN'")) == 3


def test_rerun_skips_and_changes_nothing(env):
    _load(env)
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert [o.status for o in again.outcomes.values()] == ["skipped"]
    assert len(_rows(env)) == 6


def test_a_page_without_the_roster_table_is_quarantined(env):
    env.store.write(BKN_PATH, b"<html><body><h1>Page Not Found (404 error)</h1></body></html>")
    env.store.write(DEN_PATH, DEN.encode())
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert [o.status for o in report.outcomes.values()] == ["partial"]
    assert b"no <table id='roster'>" in env.store.read(f"quarantine/{BKN_PATH}.reason.txt")
    assert {r["team_abbrev"] for r in _rows(env)} == {"DEN"}


def test_a_page_cut_inside_the_roster_table_loads_nothing(env):
    env.store.write(BKN_PATH, BKN.encode()[:-400])  # two players in, the third cut off
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert not report.ok
    assert b"never closes" in env.store.read(f"quarantine/{BKN_PATH}.reason.txt")
    assert env.store.exists(f"quarantine/{BKN_PATH}") and env.store.exists(f"quarantine/{BKN_PATH}.reason.txt")
    assert _rows(env) == []
