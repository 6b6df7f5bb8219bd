"""bigdataball_play_by_play on the real CSV of the 2025 Finals game 7 (IND @ OKC, 510 plays)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from nbaprops.orchestration.errors import ParseError
from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.bigdataball_play_by_play import PROCESSOR, TABLE, parse
from nbaprops.raw.framework.base import ObjectPath
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE
from nbaprops.storage.layout import LAYOUT

DAY = date(2025, 6, 22)
FOLDER = "big-data-ball/2024-25/2025-06-22/game_0042400407"
PATH = f"{FOLDER}/[2025-06-22]-0042400407-IND@OKC.csv"
FIXTURE = "bigdataball_pbp/raw_746cfbef.csv"


@pytest.fixture
def scheduled(env, put):
    put("nbac_schedule_api/raw_80cb1fd6.json.gz", "nba-com/schedule/2024-25/20250101_000000.json")
    assert run_processor(env, SCHEDULE, date(2024, 10, 1), date(2025, 6, 30)).ok


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(f"SELECT * FROM nba_raw.bigdataball_play_by_play WHERE {where} ORDER BY event_sequence")


def test_every_play_loads_with_the_system_game_id(env, put, scheduled):
    put(FIXTURE, PATH)
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    rows = _rows(env)
    assert len(rows) == 510
    assert {r["game_id"] for r in rows} == {"20250622_IND_OKC"}
    joined = env.warehouse.query(
        "SELECT count(*) AS n FROM nba_raw.nbac_schedule s JOIN nba_raw.bigdataball_play_by_play p "
        "ON p.game_id = s.game_id AND p.nba_game_id = s.nba_game_id")
    assert joined[0]["n"] == 510
    assert (rows[-1]["score_home"], rows[-1]["score_away"]) == (103, 91)


def test_shots_keep_distance_location_type_and_lineups(env, put, scheduled):
    put(FIXTURE, PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    shot = _rows(env, "event_sequence = 3")[0]
    assert (shot["player_1_lookup"], shot["team_abbr"], shot["shot_made"], shot["shot_type"]) == (
        "andrewnembhard", "IND", True, "2PT")
    assert (shot["shot_distance"], shot["original_x"], shot["original_y"], shot["points_scored"]) == (
        14.0, 91.0, 106.0, 2)
    assert (shot["game_clock_seconds"], shot["elapsed_seconds"]) == (704, 16)
    assert shot["home_player_4_lookup"] == "shaigilgeousalexander"
    assert shot["away_player_2_lookup"] == "tyresehaliburton"
    three = _rows(env, "event_sequence = 102")[0]
    assert (three["shot_type"], three["shot_made"], three["shot_distance"]) == ("3PT", False, 33.0)


def test_rerun_skips_and_changes_nothing(env, put, scheduled):
    put(FIXTURE, PATH)
    run_processor(env, PROCESSOR, DAY, DAY)
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert len(_rows(env)) == 510


def test_teams_are_inferred_when_the_file_name_lacks_them(env, put, scheduled):
    put(FIXTURE, f"{FOLDER}/pbp.csv")
    run_processor(env, PROCESSOR, DAY, DAY)
    assert {(r["away_team_abbr"], r["home_team_abbr"]) for r in _rows(env)} == {("IND", "OKC")}


def test_truncated_csv_is_quarantined_and_loads_nothing(env, scheduled, fixture):
    env.store.write(PATH, fixture(FIXTURE)[:20000])
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PATH}") and env.store.exists(f"quarantine/{PATH}.reason.txt")
    assert _rows(env) == []


def test_garbage_is_quarantined(env, scheduled):
    env.store.write(PATH, b"\x89PNG\r\n\x1a\n not a csv")
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{PATH}.reason.txt")


# --- parse() on the body itself: what the CSV reader must read as csv does ----------------------------

OBJECT = ObjectPath(PATH, "bigdataball_pbp", LAYOUT["bigdataball_pbp"].parse(PATH))


def _edit(body: bytes, play_id: str, field: str, value: str) -> bytes:
    """The body with one field of one play replaced (rewritten by csv, which quotes only when it must)."""
    rows = list(csv.reader(io.StringIO(body.decode())))
    column = rows[0].index(field)
    for row in rows[1:]:
        if row[rows[0].index("play_id")] == play_id:
            row[column] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode()


def _play(body: bytes, sequence: int) -> dict:
    return next(r for r in parse(body, OBJECT).to_pylist() if r["event_sequence"] == sequence)


def test_every_column_is_built_as_declared(fixture):
    table = parse(fixture(FIXTURE), OBJECT)
    declared = {f.name: f.type for f in TABLE.arrow_schema()}
    assert table.num_rows == 510
    assert {f.name: f.type for f in table.schema} == {n: t for n, t in declared.items() if n != "source_file_path"}


@pytest.mark.parametrize("change", [
    pytest.param(lambda b: b"\xef\xbb\xbf" + b, id="byte-order mark"),
    pytest.param(lambda b: b.replace(b"\r\n", b"\n"), id="LF line ends"),
    pytest.param(lambda b: b.replace(b"\r\n", b"\r\n\r\n", 7), id="blank lines"),
    pytest.param(lambda b: b.replace(b",Jump Ball", b',"Jump Ball"', 1), id="a quoted field (csv module path)"),
])
def test_the_same_plays_however_the_csv_is_spelled(fixture, change):
    body = fixture(FIXTURE)
    assert parse(change(body), OBJECT).equals(parse(body, OBJECT))


def test_quoted_fields_keep_their_commas_and_newlines(fixture):
    body = _edit(fixture(FIXTURE), "3", "description", "Nembhard, 14'\nPullup")
    assert b'"Nembhard, 14\'\nPullup"' in body
    assert _play(body, 3)["event_description"] == "Nembhard, 14'\nPullup"


@pytest.mark.parametrize("value", [" 2 ", "2.7", "+2", "2e0"])
def test_odd_numbers_read_as_int_of_float_as_before(fixture, value):
    assert _play(_edit(fixture(FIXTURE), "3", "points", value), 3)["points_scored"] == 2


@pytest.mark.parametrize("damage", [
    pytest.param(lambda b: _edit(b, "3", "points", "abc"), id="non-numeric points"),
    pytest.param(lambda b: _edit(b, "3", "away_score", "0x10"), id="hex score (Arrow's cast reads it)"),
    pytest.param(lambda b: _edit(b, "3", "away_score", "inf"), id="infinite score"),
    pytest.param(lambda b: _edit(b, "3", "away_score", "1" * 30), id="score beyond int64"),
    pytest.param(lambda b: _edit(b, "3", "play_id", ""), id="blank play id"),
    pytest.param(lambda b: _edit(b, "3", "remaining_time", "0:1x:44"), id="bad clock"),
    pytest.param(lambda b: _edit(b, "3", "team", "XYZ"), id="unknown team"),
    pytest.param(lambda b: _edit(b, "3", "game_id", "4240040x"), id="non-numeric game id"),
    pytest.param(lambda b: b.replace(b"\r\n", b"\r", 3), id="lone carriage returns"),
    pytest.param(lambda b: b.replace(b",Jump Ball", b",Jump Ball,extra", 1), id="a row with an extra field"),
    pytest.param(lambda b: b[:20000], id="cut inside a row"),
    pytest.param(lambda b: b[: b.find(b"\n") + 1], id="header only"),
    pytest.param(lambda b: b"", id="empty"),
    pytest.param(lambda b: b[:500] + b"\xff" + b[501:], id="not UTF-8"),
])
def test_a_damaged_body_is_a_parse_error_never_rows(fixture, damage):
    with pytest.raises(ParseError):
        parse(damage(fixture(FIXTURE)), OBJECT)
