"""bettingpros_player_points_props on v3 offers pages built to the documented shape, mapped to games
through the real 2021-10-21 BettingPros events capture (DAL @ ATL is event 20879)."""

from __future__ import annotations

import json
from datetime import date

from nbaprops.orchestration.runner import run_processor
from nbaprops.raw.bettingpros_player_points_props import PROCESSOR

DAY = date(2021, 10, 21)
EVENTS = "bettingpros/events/2021-10-21/20211021_150000.json"
FETCH = "bettingpros/player-props/points/2021-10-21/20211021_160000"


def offer(offer_id: str, event_id: int, player_id: str, name: str, team: str, over: list, under: list) -> dict:
    first, last = name.split(" ", 1)

    def selection(side: str, books: list) -> dict:
        return {"selection": side, "label": side.title(),
                "opening_line": {"line": books[0][1], "cost": -110, "book_id": books[0][0]} if books else None,
                "books": [{"id": book, "lines": [{"line": line, "cost": cost, "active": True, "best": best,
                                                   "updated": "2021-10-21 15:58:02"}]}
                          for book, line, cost, best in books]}

    return {"offer_id": offer_id, "event_id": event_id, "market_id": 156,
            "participants": [{"id": player_id, "name": name,
                              "player": {"first_name": first, "last_name": last, "team": team, "position": "G"}}],
            "selections": [selection("over", over), selection("under", under)]}


def page(*offers: dict) -> bytes:
    return json.dumps({"offers": list(offers), "_pagination": {"page": 1, "limit": 10, "total_pages": 2}}).encode()


TRAE = offer("o-1", 20879, "3473", "Trae Young", "ATL",
             over=[(0, 25.5, -112, False), (12, 25.5, -115, False), (10, 26.5, -104, True)],
             under=[(0, 25.5, -108, False), (12, 25.5, -105, True), (10, 26.5, -122, False)])
MIDDLETON = offer("o-2", 20880, "2959", "Khris Middleton", "MIL",
                  over=[(19, 20.5, -110, True)], under=[(19, 20.5, -110, True)])
PORTER = offer("o-3", 20881, "3510", "Otto Porter Jr.", "GSW", over=[(12, 6.5, 100, True)], under=[])


def _rows(env, where: str = "TRUE") -> list[dict]:
    return env.warehouse.query(f"SELECT * FROM nba_raw.bettingpros_player_points_props WHERE {where}")


def _load(env, put) -> object:
    put("bp_events/raw_75470647.json", EVENTS)
    env.store.write(f"{FETCH}-p001.json", page(TRAE, MIDDLETON))
    env.store.write(f"{FETCH}-p002.json", page(PORTER))
    return run_processor(env, PROCESSOR, DAY, DAY)


def test_one_row_per_offer_side_and_book_across_pages(env, put):
    report = _load(env, put)
    assert report.outcomes[DAY].status == "success"
    assert len(_rows(env)) == 6 + 2 + 1


def test_offers_map_to_system_game_ids_through_the_events(env, put):
    _load(env, put)
    assert {r["game_id"] for r in _rows(env)} == {"20211021_DAL_ATL", "20211021_MIL_MIA", "20211021_LAC_GSW"}
    dk = _rows(env, "player_lookup = 'traeyoung' AND bookmaker = 'DraftKings' AND bet_side = 'under'")[0]
    assert (dk["game_id"], dk["points_line"], dk["odds_american"], dk["is_best_line"]) == (
        "20211021_DAL_ATL", 25.5, -105, True)
    fd = _rows(env, "player_lookup = 'traeyoung' AND book_id = 10 AND bet_side = 'over'")[0]
    assert (fd["bookmaker"], fd["points_line"], fd["opening_line"], fd["bp_event_id"]) == (
        "FanDuel", 26.5, 25.5, "20879")


def test_suffixes_are_kept(env, put):
    _load(env, put)
    porter = _rows(env, "bp_player_id = '3510'")[0]
    assert (porter["player_lookup"], porter["player_name"], porter["odds_american"]) == (
        "ottoporterjr", "Otto Porter Jr.", 100)


def test_rerun_skips_and_changes_nothing(env, put):
    _load(env, put)
    again = run_processor(env, PROCESSOR, DAY, DAY)
    assert again.outcomes[DAY].status == "skipped"
    assert len(_rows(env)) == 9


def test_other_markets_folders_are_not_read(env, put):
    put("bp_events/raw_75470647.json", EVENTS)
    env.store.write("bettingpros/player-props/rebounds/2021-10-21/20211021_160000-p001.json", b"not read")
    env.store.write(f"{FETCH}-p001.json", page(TRAE))
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "success"
    assert len(_rows(env)) == 6


def test_a_date_without_events_fails_with_the_scrape_to_run(env):
    env.store.write(f"{FETCH}-p001.json", page(TRAE))
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert "nbaprops scrape bp_events" in report.outcomes[DAY].errors[0]
    assert not env.store.exists(f"quarantine/{FETCH}-p001.json")


def test_truncated_page_is_quarantined_and_loads_nothing(env, put):
    put("bp_events/raw_75470647.json", EVENTS)
    env.store.write(f"{FETCH}-p001.json", page(TRAE)[:250])
    report = run_processor(env, PROCESSOR, DAY, DAY)
    assert report.outcomes[DAY].status == "failed"
    assert env.store.exists(f"quarantine/{FETCH}-p001.json")
    assert env.store.exists(f"quarantine/{FETCH}-p001.json.reason.txt")
    assert _rows(env) == []
