"""odds_api_player_points_props on bodies built from the documented v4 event-odds shape.

No real capture of player-points odds exists (fixtures/README.md); the one "props" capture was taken
with markets=spreads,totals and is used to show a file without player points loads no rows.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.odds_api_player_points_props import PROCESSOR

DAY = date(2025, 10, 21)
EVENT = "e912304de2b2ce35b473ce2ecd3d1502"
CURRENT = f"odds-api/player-props/2025-10-21/{EVENT}-HOUOKC/20251021_170010-snap-1700.json"
HISTORY = f"odds-api/player-props-history/2025-10-21/{EVENT}-HOUOKC/20251022_090000-snap-2200.json"


def _outcomes(name: str, line: float, over: float, under: float) -> list[dict]:
    return [{"name": "Over", "description": name, "price": over, "point": line},
            {"name": "Under", "description": name, "price": under, "point": line}]


def event_body(*, decimal: bool = False) -> dict:
    price = (lambda a: round(1 + (a / 100 if a > 0 else 100 / -a), 2)) if decimal else (lambda a: a)
    return {
        "id": EVENT, "sport_key": "basketball_nba", "sport_title": "NBA",
        "commence_time": "2025-10-21T23:35:00Z", "home_team": "Oklahoma City Thunder", "away_team": "Houston Rockets",
        "bookmakers": [
            {"key": "draftkings", "title": "DraftKings", "last_update": "2025-10-21T17:00:03Z", "markets": [
                {"key": "player_points", "last_update": "2025-10-21T17:00:03Z", "outcomes": [
                    *_outcomes("Shai Gilgeous-Alexander", 31.5, price(-115), price(-105)),
                    *_outcomes("Kevin Durant", 25.5, price(-110), price(-110)),
                    *_outcomes("Alperen Şengün", 21.5, price(105), price(-125)),
                ]}]},
            {"key": "fanduel", "title": "FanDuel", "last_update": "2025-10-21T16:58:40Z", "markets": [
                {"key": "player_points", "last_update": "2025-10-21T16:58:40Z", "outcomes": [
                    *_outcomes("Shai Gilgeous-Alexander", 32.5, price(-102), price(-120)),
                    {"name": "Over", "description": "Jabari Smith Jr", "price": price(-130), "point": 12.5},
                ]}]},
        ],
    }


def historical_body() -> dict:
    return {"timestamp": "2025-10-21T22:00:00Z", "previous_timestamp": "2025-10-21T21:55:00Z",
            "next_timestamp": "2025-10-21T22:05:00Z", "data": event_body(decimal=True)}


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(
        f"SELECT * FROM nba_raw.odds_api_player_points_props WHERE {where} ORDER BY source_file_path, bookmaker")


def test_over_and_under_merge_into_one_row_per_book_player_and_line(env):
    env.store.write(CURRENT, json.dumps(event_body()).encode())
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    assert len(_rows(env)) == 5
    sga = _rows(env, "player_lookup = 'shaigilgeousalexander' AND bookmaker = 'draftkings'")[0]
    assert (sga["points_line"], sga["over_price_american"], sga["under_price_american"]) == (31.5, -115, -105)
    assert sga["over_price_decimal"] == 1.8696 and sga["under_price_decimal"] == 1.9524
    assert sga["game_id"] == "20251021_HOU_OKC" and sga["odds_api_event_id"] == EVENT
    assert (sga["home_team_abbr"], sga["away_team_abbr"]) == ("OKC", "HOU")


def test_current_snapshots_are_timed_by_their_capture(env):
    env.store.write(CURRENT, json.dumps(event_body()).encode())
    run_processor(env, PROCESSOR, DAY, DAY)
    row = _rows(env, "player_lookup = 'kevindurant'")[0]
    assert row["snapshot_timestamp"] == datetime(2025, 10, 21, 17, 0, 10, tzinfo=UTC)
    assert row["minutes_before_tipoff"] == 394
    assert (row["data_source"], row["snapshot_tag"]) == ("current", "snap-1700")


def test_historical_snapshots_use_the_api_timestamp_and_decimal_prices(env):
    env.store.write(HISTORY, json.dumps(historical_body()).encode())
    run_processor(env, PROCESSOR, DAY, DAY)
    row = _rows(env, "player_lookup = 'kevindurant'")[0]
    assert row["snapshot_timestamp"] == datetime(2025, 10, 21, 22, 0, tzinfo=UTC)
    assert row["capture_timestamp"] == datetime(2025, 10, 22, 9, 0, tzinfo=UTC)
    assert row["minutes_before_tipoff"] == 95 and row["data_source"] == "historical"
    assert (row["over_price_decimal"], row["over_price_american"]) == (1.91, -110)


def test_names_fold_accents_and_keep_suffixes_and_one_sided_lines_survive(env):
    env.store.write(CURRENT, json.dumps(event_body()).encode())
    run_processor(env, PROCESSOR, DAY, DAY)
    sengun = _rows(env, "player_lookup = 'alperensengun'")[0]
    assert (sengun["player_name"], sengun["over_price_american"]) == ("Alperen Şengün", 105)
    smith = _rows(env, "player_lookup = 'jabarismithjr'")[0]
    assert (smith["over_price_american"], smith["under_price_american"]) == (-130, None)


def test_current_and_historical_files_share_the_table_and_rerun_skips(env):
    env.store.write(CURRENT, json.dumps(event_body()).encode())
    env.store.write(HISTORY, json.dumps(historical_body()).encode())
    run_processor(env, PROCESSOR, DAY, DAY)
    assert len(_rows(env)) == 10
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert len(_rows(env)) == 10


def test_a_file_without_player_points_loads_no_rows(env, put):
    path = ("odds-api/player-props-history/2024-01-24/cd0bc7d0c238f4446ce1c03d0cea7ec4-ATLGSW/"
            "20240125_040000-snap-0355.json")
    put("oddsa_player_props_his/raw_815b3ee3.json", path)
    report = run_processor(env, PROCESSOR, date(2024, 1, 24), date(2024, 1, 24))
    assert report.outcomes[date(2024, 1, 24)].status == "success"
    assert _rows(env) == []


def test_truncated_json_is_quarantined_and_loads_nothing(env):
    env.store.write(CURRENT, json.dumps(event_body()).encode()[:300])
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{CURRENT}") and env.store.exists(f"quarantine/{CURRENT}.reason.txt")
    assert _rows(env) == []
