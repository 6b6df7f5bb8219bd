"""The object-store path layout: a public contract between scrapers (writers) and Phase 2 (readers).

Every object holds the untouched response body of one request. Paths follow
``<source>/<kind>/<partition...>/<timestamp>[<suffix>].<ext>`` with ``ts`` = UTC ``YYYYMMDD_HHMMSS``.
``docs/object-store-layout.md`` lists the same templates; a test keeps the two in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cached_property

# field -> regex for its value in a path
FIELD_PATTERNS: dict[str, str] = {
    "date": r"\d{4}-\d{2}-\d{2}",
    "ts": r"\d{8}_\d{6}",
    "season": r"\d{4}-\d{2}",
    "nba_game_id": r"\d{10}",
    "game_code": r"\d{8}-[A-Z]{6}",
    "espn_game_id": r"\d+",
    "event_id": r"[A-Za-z0-9]+",
    "teams": r"[A-Z]{6}",
    "snap": r"\d{4}",
    "hour24": r"\d{2}",
    "team": r"[A-Z]{2,4}",
    "market": r"[a-z_]+",
    "page": r"\d{3}",
    "filename": r"[^/]+",
}


@dataclass(frozen=True)
class PathTemplate:
    """One scraper's object path, e.g. ``nba-com/player-boxscores/{date}/{ts}.json``."""

    scraper: str
    template: str
    description: str = ""

    @cached_property
    def fields(self) -> tuple[str, ...]:
        return tuple(re.findall(r"{(\w+)}", self.template))

    @cached_property
    def _regex(self) -> re.Pattern[str]:
        pattern = ""
        for literal, name in re.findall(r"([^{]*)(?:{(\w+)})?", self.template):
            pattern += re.escape(literal)
            if name:
                pattern += f"(?P<{name}>{self._field_pattern(name)})"
        return re.compile(pattern + r"\Z")

    @staticmethod
    def _field_pattern(name: str) -> str:
        return FIELD_PATTERNS[name]

    def format(self, **values: object) -> str:
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise KeyError(f"{self.scraper}: path needs {missing}")
        out = self.template.format(**{k: _render(v) for k, v in values.items()})
        if self.parse(out) is None:
            raise ValueError(f"{self.scraper}: {out!r} does not fit {self.template!r}")
        return out

    def parse(self, path: str) -> dict[str, str] | None:
        """Fields of ``path`` if it follows this template, else None."""
        match = self._regex.match(path)
        return match.groupdict() if match else None

    def prefix(self, **values: object) -> str:
        """Longest literal prefix fixed by ``values`` (for listing), cut at the first unknown field."""
        out = ""
        for literal, name in re.findall(r"([^{]*)(?:{(\w+)})?", self.template):
            out += literal
            if not name:
                continue
            if name not in values:
                return out[: out.rfind("/") + 1] if "/" in out else ""
            out += _render(values[name])
        return out


def _render(value: object) -> str:
    if isinstance(value, datetime):
        return timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def timestamp(moment: datetime | None = None) -> str:
    """UTC ``YYYYMMDD_HHMMSS``, the one timestamp format in object names."""
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).strftime("%Y%m%d_%H%M%S")


def parse_timestamp(ts: str) -> datetime:
    return datetime.strptime(ts, "%Y%m%d_%H%M%S").replace(tzinfo=UTC)


LAYOUT: dict[str, PathTemplate] = {
    t.scraper: t
    for t in (
        # NBA.com
        PathTemplate("nbac_schedule_api", "nba-com/schedule/{season}/{ts}.json", "stats.nba.com scheduleleaguev2"),
        PathTemplate("nbac_schedule_cdn", "nba-com/schedule-cdn/{season}/{ts}.json", "cdn scheduleLeagueV2_1"),
        PathTemplate("nbac_player_list", "nba-com/player-list/{date}/{ts}.json", "stats playerindex"),
        PathTemplate("nbac_player_movement", "nba-com/player-movement/{date}/{ts}.json", "player movement"),
        PathTemplate("nbac_scoreboard_v2", "nba-com/scoreboard-v2/{date}/{ts}.json", "stats scoreboardv2"),
        PathTemplate("nbac_player_boxscore", "nba-com/player-boxscores/{date}/{ts}.json", "stats leaguegamelog (P)"),
        PathTemplate("nbac_team_boxscore", "nba-com/team-boxscore/{date}/{nba_game_id}/{ts}.json",
                     "stats boxscoretraditionalv2"),
        PathTemplate("nbac_play_by_play", "nba-com/play-by-play/{date}/game-{nba_game_id}/{ts}.json",
                     "cdn liveData play-by-play"),
        PathTemplate("nbac_gamebook_pdf", "nba-com/gamebooks-pdf/{date}/{game_code}/{ts}.pdf", "gamebook PDF"),
        PathTemplate("nbac_injury_report", "nba-com/injury-report-pdf/{date}/{hour24}/{ts}.pdf",
                     "injury report PDF, one per report hour"),
        PathTemplate("nbac_referee_assignments", "nba-com/referee-assignments/{date}/{ts}.json",
                     "official.nba.com game officials"),
        # Ball Don't Lie (paginated endpoints: one object per page)
        PathTemplate("bdl_box_scores", "ball-dont-lie/boxscores/{date}/{ts}.json", "BDL /box_scores"),
        PathTemplate("bdl_active_players", "ball-dont-lie/active-players/{date}/{ts}-p{page}.json",
                     "BDL /players/active, one object per page"),
        PathTemplate("bdl_injuries", "ball-dont-lie/injuries/{date}/{ts}-p{page}.json",
                     "BDL /player_injuries, one object per page"),
        PathTemplate("bdl_standings", "ball-dont-lie/standings/{season}/{date}/{ts}.json", "BDL /standings"),
        # The Odds API
        PathTemplate("oddsa_events", "odds-api/events/{date}/{ts}.json", "events of a game day"),
        PathTemplate("oddsa_events_his", "odds-api/events-history/{date}/{ts}.json", "historical events"),
        PathTemplate("oddsa_player_props", "odds-api/player-props/{date}/{event_id}-{teams}/{ts}-snap-{snap}.json",
                     "event odds, player markets"),
        PathTemplate("oddsa_player_props_his",
                     "odds-api/player-props-history/{date}/{event_id}-{teams}/{ts}-snap-{snap}.json",
                     "historical event odds, player markets"),
        PathTemplate("oddsa_game_lines", "odds-api/game-lines/{date}/{event_id}-{teams}/{ts}-snap-{snap}.json",
                     "event odds, spreads and totals"),
        PathTemplate("oddsa_game_lines_his",
                     "odds-api/game-lines-history/{date}/{event_id}-{teams}/{ts}-snap-{snap}.json",
                     "historical event odds, spreads and totals"),
        # ESPN
        PathTemplate("espn_scoreboard", "espn/scoreboard/{date}/{ts}.json", "site.api scoreboard"),
        PathTemplate("espn_game_boxscore", "espn/boxscores/{date}/game-{espn_game_id}/{ts}.html", "boxscore HTML"),
        PathTemplate("espn_roster", "espn/rosters/{date}/team_{team}/{ts}.json", "site.api team roster"),
        # BettingPros
        PathTemplate("bp_events", "bettingpros/events/{date}/{ts}.json", "v3 events"),
        PathTemplate("bp_player_props", "bettingpros/player-props/{market}/{date}/{ts}-p{page}.json",
                     "v3 offers, one object per page"),
        # BigDataBall
        PathTemplate("bigdataball_discovery", "big-data-ball/discovery/{date}/{ts}.json", "Drive file listing"),
        PathTemplate("bigdataball_pbp", "big-data-ball/{season}/{date}/game_{nba_game_id}/{filename}",
                     "play-by-play CSV under its original file name"),
        # Basketball-Reference
        PathTemplate("br_season_roster", "basketball-ref/season-rosters/{season}/{team}/{ts}.html",
                     "team season roster HTML (BR team codes)"),
    )
}


def template_for(path: str) -> tuple[PathTemplate, dict[str, str]] | None:
    """Which scraper's template a stored path follows (first match), with its fields."""
    for tmpl in LAYOUT.values():
        fields = tmpl.parse(path)
        if fields is not None:
            return tmpl, fields
    return None


# --- the reference implementation's layout, read only ------------------------------------------------
# A team moving here has years of objects written by the reference implementation's scrapers. Where its
# paths differ from LAYOUT, Phase 2 also lists and reads these (nothing writes them): the fields come
# back in LAYOUT's formats (``date`` YYYY-MM-DD, ``ts`` YYYYMMDD_HHMMSS), so a reader cannot tell them apart.
LEGACY_FIELD_PATTERNS: dict[str, str] = {
    "date8": r"\d{8}",  # YYYYMMDD
    "iso_ts": r"\d{4}-\d{2}-\d{2}T\d{2}:?\d{2}:?\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?",
}


@dataclass(frozen=True)
class LegacyTemplate(PathTemplate):
    """A path of the reference implementation's scrapers for one of our scrapers' objects."""

    @staticmethod
    def _field_pattern(name: str) -> str:
        return LEGACY_FIELD_PATTERNS.get(name) or FIELD_PATTERNS[name]

    def parse(self, path: str) -> dict[str, str] | None:
        fields = super().parse(path)
        if fields is None:
            return None
        if "date8" in fields:
            d8 = fields.pop("date8")
            fields["date"] = f"{d8[:4]}-{d8[4:6]}-{d8[6:]}"
        if "iso_ts" in fields:
            digits = re.sub(r"\D", "", fields.pop("iso_ts"))
            fields["ts"] = f"{digits[:8]}_{digits[8:14]}"
        return fields

    def prefix(self, **values: object) -> str:
        if "date" in values and "date8" in self.fields:
            day = values.pop("date")
            values["date8"] = day.strftime("%Y%m%d") if isinstance(day, date) else str(day).replace("-", "")
        return super().prefix(**values)

    def format(self, **values: object) -> str:
        raise TypeError(f"{self.template!r} is the reference implementation's layout: read, never written")


LEGACY_LAYOUT: dict[str, tuple[LegacyTemplate, ...]] = {
    "nbac_schedule_api": (LegacyTemplate("nbac_schedule_api", "nba-com/schedule/{season}/{iso_ts}.json"),),
    "nbac_team_boxscore": (
        LegacyTemplate("nbac_team_boxscore", "nba-com/team-boxscore/{date8}/{nba_game_id}/{ts}.json"),),
    "bdl_active_players": (LegacyTemplate("bdl_active_players", "ball-dont-lie/active-players/{date}/{ts}.json"),),
    "bdl_injuries": (LegacyTemplate("bdl_injuries", "ball-dont-lie/injuries/{date}/{ts}.json"),),
    "bp_player_props": (LegacyTemplate("bp_player_props", "bettingpros/player-props/{market}/{date}/{ts}.json"),),
}


def templates_read(scraper: str) -> tuple[PathTemplate, ...]:
    """Every template Phase 2 lists for a scraper's objects: LAYOUT's, then the reference's."""
    return (LAYOUT[scraper], *LEGACY_LAYOUT.get(scraper, ()))
