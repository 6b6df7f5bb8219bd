"""What a run plans from: its dates, the games of each date, and bodies earlier scrapers stored.

Per-game scrapers need the schedule. It comes from ``nba_raw.nbac_schedule`` when that table has
the range; otherwise from the stored season schedule body, which is scraped first if the store does
not have it yet. Per-event scrapers read the event list their parent scraper stored for the date.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import orjson

from nbaprops.ids import is_business_game, nba_game_type, season_label, season_year
from nbaprops.scrapers.index import StoreIndex
from nbaprops.scrapers.spec import ScraperSpec
from nbaprops.seasons import SCHEDULE_TABLE
from nbaprops.storage.object_store import ObjectStore
from nbaprops.storage.warehouse import Warehouse

ET = ZoneInfo("America/New_York")


class PlanError(RuntimeError):
    """A scraper cannot plan its requests (e.g. no schedule for the range)."""


@dataclass(frozen=True)
class ScheduledGame:
    nba_game_id: str
    day: date
    away: str
    home: str
    final: bool

    @property
    def game_type(self) -> str:
        return nba_game_type(self.nba_game_id)

    @property
    def matchup(self) -> str:
        return f"{self.away}{self.home}"


def today_et() -> date:
    return datetime.now(ET).date()


def parse_schedule_body(body: bytes, today: date) -> list[ScheduledGame]:
    """Business games (regular season, play-in, playoffs) of a ``scheduleleaguev2`` body."""
    games = []
    for game_date in orjson.loads(body).get("leagueSchedule", {}).get("gameDates", []):
        for g in game_date.get("games", []):
            gid = str(g.get("gameId", ""))
            if not is_business_game(gid):
                continue
            day = date.fromisoformat(str(g.get("gameDateEst") or g.get("gameDateTimeEst"))[:10])
            games.append(ScheduledGame(gid, day, g["awayTeam"]["teamTricode"], g["homeTeam"]["teamTricode"],
                                       g.get("gameStatus") == 3 or day < today))
    return games


class PlanContext:
    """Read-only view of the run for the scrapers' ``plan`` functions."""

    def __init__(self, dates: list[date], snapshot_day: date, store: ObjectStore, warehouse: Warehouse,
                 index: StoreIndex, specs: dict[str, ScraperSpec],
                 fetch_schedule: Callable[[list[date]], None], today: date | None = None) -> None:
        self.dates = dates
        self.snapshot_day = snapshot_day
        self.store, self.warehouse, self.index, self.specs = store, warehouse, index, specs
        self._fetch_schedule = fetch_schedule
        self.today = today or today_et()
        self._games: dict[date, list[ScheduledGame]] | None = None
        self._games_lock = threading.Lock()  # scrapers plan on several threads: load (or fetch) it once

    # --- seasons -------------------------------------------------------------------------------
    def season_years(self) -> list[int]:
        return sorted({season_year(d) for d in self.dates})

    def season_labels(self) -> list[str]:
        return [season_label(y) for y in self.season_years()]

    # --- games ---------------------------------------------------------------------------------
    def games(self, day: date) -> list[ScheduledGame]:
        if self._games is None:
            with self._games_lock:
                if self._games is None:
                    self._games = self._load_games()
        return self._games.get(day, [])

    def game_days(self) -> list[date]:
        return [d for d in self.dates if self.games(d)]

    def final_games(self) -> list[ScheduledGame]:
        return [g for d in self.dates for g in self.games(d) if g.final]

    def _load_games(self) -> dict[date, list[ScheduledGame]]:
        games = self._games_from_warehouse()
        if not games:
            games = self._games_from_store(fetch=True)
        by_day: dict[date, list[ScheduledGame]] = {}
        for g in games:
            if self.dates[0] <= g.day <= self.dates[-1]:
                by_day.setdefault(g.day, []).append(g)
        return by_day

    def _games_from_warehouse(self) -> list[ScheduledGame]:
        try:
            rows = self.warehouse.query(
                f"SELECT nba_game_id, game_date, away_team_tricode, home_team_tricode, game_status "
                f"FROM {SCHEDULE_TABLE} WHERE game_date BETWEEN :start AND :end",
                {"start": self.dates[0], "end": self.dates[-1]},
            )
        except Exception:  # table not created yet: fall back to the stored schedule
            return []
        return [ScheduledGame(r["nba_game_id"], r["game_date"], r["away_team_tricode"], r["home_team_tricode"],
                              r["game_status"] == 3 or r["game_date"] < self.today)
                for r in rows if is_business_game(r["nba_game_id"])]

    def _games_from_store(self, fetch: bool) -> list[ScheduledGame]:
        spec = self.specs["nbac_schedule_api"]
        games: list[ScheduledGame] = []
        missing = []
        for label in self.season_labels():
            path = self.index.latest(spec, {"season": label})
            if path is None:
                missing.append(label)
            else:
                games += parse_schedule_body(self.store.read(path), self.today)
        if missing and fetch:
            self._fetch_schedule([d for d in self.dates if season_label(season_year(d)) in missing])
            return self._games_from_store(fetch=False)
        if missing:
            raise PlanError(f"no schedule for season(s) {', '.join(missing)}: nba_raw.nbac_schedule is empty "
                            f"for the range and scraping nbac_schedule_api did not store one")
        return games

    # --- stored bodies of parent scrapers -------------------------------------------------------
    def latest_body(self, scraper: str, **fields: str) -> bytes | None:
        paths = self.index.matching(self.specs[scraper], **fields)
        return self.store.read(paths[-1]) if paths else None
