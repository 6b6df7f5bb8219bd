"""The simulator's own clock: a simulated scrape is reproducible byte for byte, names included, and each
object carries the time it would have had live (issue #12, "Reproducible simulated runs").

Real parts: the scrape runner, the in-process simulator, DuckDB files and object-store folders.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import orjson
import pytest

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment
from nbaprops.orchestration.daily import MORNING, POSTGAME, PREGAME
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.transport import simulated_profile
from nbaprops.simulator.clock import SimClock
from nbaprops.storage.layout import LAYOUT, parse_timestamp

DAY, NEXT = date(2024, 10, 22), date(2024, 10, 23)
# the scrapers whose bodies or names took the wall clock before: the schedule's meta time, BettingPros'
# ts/utc, the odds snapshots, the injury reports, and box scores (final only after the games)
CLOCKED = ["nbac_schedule_api", "bp_events", "bp_player_props", "oddsa_player_props", "nbac_injury_report",
           "bdl_box_scores", "nbac_player_list"]
KEYS = ("BDL_API_KEY", "ODDS_API_KEY", "BETTINGPROS_API_KEY", "BIGDATABALL_ACCESS_TOKEN")


def _env(root: Path) -> Environment:
    root.mkdir(parents=True)
    return open_environment(Settings(home=root, warehouse_url=f"duckdb:///{root / 'warehouse.duckdb'}",
                                     object_store_url=str(root / "raw")))


def _objects(root: Path) -> dict[str, str]:
    files = [p for p in sorted((root / "raw").rglob("*")) if p.is_file() and not p.name.startswith(".")]
    return {str(p.relative_to(root / "raw")): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The same scrape (seed 7, two game days) into two fresh stores."""
    mp = pytest.MonkeyPatch()
    for key in KEYS:
        mp.setenv(key, "sim-key")
    roots = []
    try:
        for name in ("first", "second"):
            root = tmp_path_factory.mktemp("clock") / name
            env = _env(root)
            try:
                report = ScrapeRunner(env, simulated_profile(7, processes=1)).run(CLOCKED, DAY, NEXT)
                assert report.ok, [f.error for f in report.failures()]
            finally:
                env.warehouse.close()
            roots.append(root)
    finally:
        mp.undo()
    return roots[0], roots[1]


def test_the_same_seed_and_command_give_identical_objects_names_included(stores: tuple[Path, Path]) -> None:
    first, second = (_objects(root) for root in stores)
    assert len(first) > 40
    assert sorted(first) == sorted(second)  # no wall clock in any name
    assert [k for k in first if first[k] != second[k]] == []  # nor in any body


def _paths(root: Path, scraper: str, **fields: str) -> list[tuple[dict[str, str], Path]]:
    layout = LAYOUT[scraper]
    out = []
    for path in sorted((root / "raw").rglob("*")):
        parsed = layout.parse(str(path.relative_to(root / "raw")))
        if parsed is not None and all(parsed.get(k) == v for k, v in fields.items()):
            out.append((parsed, path))
    return out


def test_a_historical_dates_odds_are_its_opening_and_pregame_snapshots(stores: tuple[Path, Path]) -> None:
    root = stores[0]
    props = _paths(root, "oddsa_player_props", date=DAY.isoformat())
    times = {parse_timestamp(fields["ts"]) for fields, _ in props}
    assert times == {MORNING.fires_at(DAY), PREGAME.fires_at(DAY)}  # 08:00 and 17:45 ET that day
    by_event: dict[str, dict[datetime, dict]] = {}
    for fields, path in props:
        assert fields["snap"] == parse_timestamp(fields["ts"]).strftime("%H%M")
        by_event.setdefault(fields["event_id"], {})[parse_timestamp(fields["ts"])] = orjson.loads(path.read_bytes())
    moved = 0
    for snapshots in by_event.values():
        morning, pregame = snapshots[MORNING.fires_at(DAY)], snapshots[PREGAME.fires_at(DAY)]
        tip = datetime.fromisoformat(morning["commence_time"].replace("Z", "+00:00"))
        for body, at in ((morning, MORNING.fires_at(DAY)), (pregame, PREGAME.fires_at(DAY))):
            stamps = {datetime.fromisoformat(b["last_update"].replace("Z", "+00:00")) for b in body["bookmakers"]}
            assert stamps and max(stamps) <= min(at, tip)  # lines as posted by then, before tip-off
        lines = [{(o["description"], o["point"]) for b in body["bookmakers"] for m in b["markets"]
                  for o in m["outcomes"]} for body in (morning, pregame)]
        moved += lines[0] != lines[1]
    assert moved > 0  # the opening lines moved by the evening: line movement survives a backfill


def test_snapshots_carry_the_times_they_would_have_had_live(stores: tuple[Path, Path]) -> None:
    root = stores[0]
    ((schedule_fields, schedule),) = _paths(root, "nbac_schedule_api")
    ran = SimClock.after(NEXT).now  # a backfill ending on NEXT is made after that day's post-game window
    assert ran == POSTGAME.fires_at(NEXT) and parse_timestamp(schedule_fields["ts"]) == ran
    meta = orjson.loads(schedule.read_bytes())["meta"]
    assert meta["time"].startswith(ran.strftime("%Y-%m-%d"))
    reports = _paths(root, "nbac_injury_report", date=DAY.isoformat())
    assert {(f["hour24"], f["ts"]) for f, _ in reports} == {("12", "20241022_163500"), ("17", "20241022_213500")}
    for fields, path in _paths(root, "bdl_box_scores"):  # box scores the night after, every game final
        assert parse_timestamp(fields["ts"]) == POSTGAME.fires_at(date.fromisoformat(fields["date"]))
        games = orjson.loads(path.read_bytes())["data"]
        assert games and all(g["status"] == "Final" for g in games)
    ((_, events),) = _paths(root, "bp_events", date=DAY.isoformat())
    assert orjson.loads(events.read_bytes())["ts"] == int(MORNING.fires_at(DAY).timestamp())


def test_a_run_at_8am_fetches_only_what_existed_at_8am(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in KEYS:
        monkeypatch.setenv(key, "sim-key")
    env = _env(tmp_path / "morning")
    try:
        clock = SimClock(MORNING.fires_at(DAY))
        report = ScrapeRunner(env, simulated_profile(7, processes=1), clock=clock).run(
            ["nbac_injury_report", "bdl_box_scores", "oddsa_player_props"], DAY, DAY)
        assert report.ok
    finally:
        env.warehouse.close()
    stored = _objects(tmp_path / "morning")
    assert not [p for p in stored if "boxscores" in p or "injury-report" in p]  # not played, not published yet
    props = [p for p in stored if p.startswith("odds-api/player-props/")]
    assert props and all("20241022_120000" in p for p in props)  # the morning's lines only


def test_the_clock_gives_each_request_its_live_moment() -> None:
    clock = SimClock.after(NEXT)
    assert clock.today() == date(2024, 10, 24)
    assert clock.moments("nbac_schedule_api", None, {"season": "2024-25"}) == [clock.now]
    assert clock.moments("oddsa_player_props", DAY, {}) == [MORNING.fires_at(DAY), PREGAME.fires_at(DAY)]
    assert clock.moments("oddsa_player_props_his", DAY, {}) == [clock.now]  # no workflow: a backfill's request
    assert clock.moments("nbac_injury_report", DAY, {"hour24": "17"}) == [datetime(2024, 10, 22, 21, 35, tzinfo=UTC)]
    early = SimClock(PREGAME.fires_at(DAY))
    assert early.moments("bdl_box_scores", DAY, {}) == []  # after the games: not due before them
    assert early.moments("oddsa_player_props", DAY, {}) == [MORNING.fires_at(DAY), PREGAME.fires_at(DAY)]
