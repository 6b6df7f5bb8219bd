"""Record counters read only the list they count (msgspec, declared shape) but must answer exactly what
a full parse would, for every JSON shape, and refuse what a full parse refuses."""

from __future__ import annotations

from collections.abc import Callable

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nbaprops.scrapers.bodies import dig, json_len, odds_bookmakers
from tests.conftest import fixture_bytes

scalars = st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=3)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.sampled_from(["game", "actions", "data", "bookmakers", "x"]), inner,
                                        max_size=3), max_leaves=12)


def full_parse_len(body: bytes, *path: str) -> int:
    value = dig(orjson.loads(body), *path)
    return len(value) if isinstance(value, list | dict) else 0


def full_parse_bookmakers(body: bytes) -> int:
    data = orjson.loads(body)
    if isinstance(data, dict) and isinstance(data.get("data"), dict):
        data = data["data"]
    return len(data.get("bookmakers") or []) if isinstance(data, dict) else 0


def outcome(count: Callable[[bytes], int], body: bytes) -> object:
    """The count, or the kind of error (a body of an unforeseen shape may raise TypeError: "failed")."""
    try:
        return count(body)
    except Exception as exc:
        return type(exc)


@settings(max_examples=400, deadline=None)
@given(values)
def test_counts_equal_a_full_parse_for_any_shape(value: object) -> None:
    body = orjson.dumps(value)
    assert outcome(json_len("game", "actions"), body) == outcome(
        lambda b: full_parse_len(b, "game", "actions"), body)
    assert outcome(json_len("data"), body) == outcome(lambda b: full_parse_len(b, "data"), body)
    assert outcome(odds_bookmakers, body) == outcome(full_parse_bookmakers, body)


@pytest.mark.parametrize("body", [
    b'{"game": {"actions": [1, 2', b'{"bookmakers": [1,]}', b'{"data": {"bookmakers": [1, 2]}',
    b'{"meta": "\xff", "game": {"actions": []}}', b'{"timestamp": "\xff", "data": {"bookmakers": [1]}}',
    b'{"game": {"actions": []}} trailing', b'',
])
def test_malformed_json_is_refused_as_a_full_parse_refuses_it(body: bytes) -> None:
    with pytest.raises(ValueError):
        orjson.loads(body)
    with pytest.raises(ValueError):
        json_len("game", "actions")(body)
    with pytest.raises(ValueError):
        odds_bookmakers(body)


def test_real_bodies_count_as_a_full_parse() -> None:
    pbp = fixture_bytes("nbac_play_by_play/raw_14ecf360.json.gz")
    assert json_len("game", "actions")(pbp) == full_parse_len(pbp, "game", "actions") > 0
    for name in ("oddsa_player_props_his/raw_815b3ee3.json", "oddsa_game_lines_his/raw_b722994c.json"):
        odds = fixture_bytes(name)
        assert odds_bookmakers(odds) == full_parse_bookmakers(odds) > 0
