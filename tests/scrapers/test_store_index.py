"""The store index that resume and planning read: exact and partial matches, from a listing and from
objects written during the run, on a real local object store."""

from __future__ import annotations

from pathlib import Path

from nbaprops.scrapers.catalog import SCRAPERS
from nbaprops.scrapers.index import StoreIndex
from nbaprops.storage.object_store import ObjectStore

PROPS = SCRAPERS["oddsa_player_props"]  # odds-api/player-props/{date}/{event_id}-{teams}/{ts}-snap-{snap}.json
EVENTS = SCRAPERS["oddsa_events"]


def _write(store: ObjectStore, spec, **fields: str) -> str:
    path = spec.layout.format(**fields)
    store.write(path, b"{}")
    return path


def test_partial_matches_come_from_the_listing_and_from_later_writes(tmp_path: Path) -> None:
    store = ObjectStore(str(tmp_path / "raw"))
    old = _write(store, PROPS, date="2024-11-01", event_id="e1", teams="BOSNYK", ts="20241101_120000", snap="1200")
    other_day = _write(store, PROPS, date="2024-11-02", event_id="e2", teams="LALDEN", ts="20241102_120000",
                       snap="1200")
    index = StoreIndex(store)
    assert index.matching(PROPS, date="2024-11-01") == [old]
    fields = {"date": "2024-11-01", "event_id": "e3", "teams": "MIAORL", "ts": "20241101_130000"}
    new = PROPS.layout.format(**fields, snap="1300")
    store.write(new, b"{}")
    index.added(PROPS, fields, new)
    newer_same_key = PROPS.layout.format(**{**fields, "ts": "20241101_140000"}, snap="1400")
    index.added(PROPS, {**fields, "ts": "20241101_140000"}, newer_same_key)
    assert index.matching(PROPS, date="2024-11-01") == [old, new, newer_same_key]
    assert index.matching(PROPS, date="2024-11-01", event_id="e3") == [new, newer_same_key]
    assert index.matching(PROPS, date="2024-11-02") == [other_day]
    assert index.matching(PROPS) == [old, new, newer_same_key, other_day]  # by timestamp
    assert index.matching(PROPS, date="2024-11-03") == []
    assert index.matching(PROPS, season="2024-25") == []  # not a field of this layout
    assert index.latest(PROPS, {"date": "2024-11-01", "event_id": "e3", "teams": "MIAORL"}) == newer_same_key


def test_scrapers_are_indexed_apart(tmp_path: Path) -> None:
    store = ObjectStore(str(tmp_path / "raw"))
    events = _write(store, EVENTS, date="2024-11-01", ts="20241101_120000")
    index = StoreIndex(store)
    assert index.matching(EVENTS, date="2024-11-01") == [events]
    assert index.matching(PROPS, date="2024-11-01") == []
