"""Canonical identifiers shared by every phase.

One place maps every source's team codes to NBA.com tricodes, builds the system ``game_id``
(``YYYYMMDD_AWAY_HOME``), normalises player names to ``player_lookup`` and derives ``season_year``
(the season's start year). Every parser and processor calls these; none keeps a private variant.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from nbaprops.seasons import season_label, season_year

__all__ = ["season_label", "season_year"]  # re-exported: ids and seasons are used together


@dataclass(frozen=True)
class Team:
    """One NBA franchise and the codes each source uses for it."""

    tricode: str
    nba_id: int
    city: str
    name: str
    slug: str
    conference: str
    division: str
    br_code: str
    espn_code: str
    espn_id: int
    bdl_id: int
    arena: str
    arena_city: str
    latitude: float
    longitude: float
    timezone: str

    @property
    def full_name(self) -> str:
        return f"{self.city} {self.name}"


TEAMS: tuple[Team, ...] = (
    Team("ATL", 1610612737, "Atlanta", "Hawks", "hawks", "East", "Southeast", "ATL", "ATL", 1, 1,
         "State Farm Arena", "Atlanta", 33.7573, -84.3963, "America/New_York"),
    Team("BOS", 1610612738, "Boston", "Celtics", "celtics", "East", "Atlantic", "BOS", "BOS", 2, 2,
         "TD Garden", "Boston", 42.3662, -71.0621, "America/New_York"),
    Team("BKN", 1610612751, "Brooklyn", "Nets", "nets", "East", "Atlantic", "BRK", "BKN", 17, 3,
         "Barclays Center", "Brooklyn", 40.6826, -73.9754, "America/New_York"),
    Team("CHA", 1610612766, "Charlotte", "Hornets", "hornets", "East", "Southeast", "CHO", "CHA", 30, 4,
         "Spectrum Center", "Charlotte", 35.2251, -80.8392, "America/New_York"),
    Team("CHI", 1610612741, "Chicago", "Bulls", "bulls", "East", "Central", "CHI", "CHI", 4, 5,
         "United Center", "Chicago", 41.8807, -87.6742, "America/Chicago"),
    Team("CLE", 1610612739, "Cleveland", "Cavaliers", "cavaliers", "East", "Central", "CLE", "CLE", 5, 6,
         "Rocket Mortgage FieldHouse", "Cleveland", 41.4965, -81.6882, "America/New_York"),
    Team("DAL", 1610612742, "Dallas", "Mavericks", "mavericks", "West", "Southwest", "DAL", "DAL", 6, 7,
         "American Airlines Center", "Dallas", 32.7905, -96.8103, "America/Chicago"),
    Team("DEN", 1610612743, "Denver", "Nuggets", "nuggets", "West", "Northwest", "DEN", "DEN", 7, 8,
         "Ball Arena", "Denver", 39.7487, -105.0077, "America/Denver"),
    Team("DET", 1610612765, "Detroit", "Pistons", "pistons", "East", "Central", "DET", "DET", 8, 9,
         "Little Caesars Arena", "Detroit", 42.3411, -83.0553, "America/New_York"),
    Team("GSW", 1610612744, "Golden State", "Warriors", "warriors", "West", "Pacific", "GSW", "GS", 9, 10,
         "Chase Center", "San Francisco", 37.7680, -122.3877, "America/Los_Angeles"),
    Team("HOU", 1610612745, "Houston", "Rockets", "rockets", "West", "Southwest", "HOU", "HOU", 10, 11,
         "Toyota Center", "Houston", 29.7508, -95.3621, "America/Chicago"),
    Team("IND", 1610612754, "Indiana", "Pacers", "pacers", "East", "Central", "IND", "IND", 11, 12,
         "Gainbridge Fieldhouse", "Indianapolis", 39.7640, -86.1555, "America/Indiana/Indianapolis"),
    Team("LAC", 1610612746, "LA", "Clippers", "clippers", "West", "Pacific", "LAC", "LAC", 12, 13,
         "Intuit Dome", "Inglewood", 33.9447, -118.3413, "America/Los_Angeles"),
    Team("LAL", 1610612747, "Los Angeles", "Lakers", "lakers", "West", "Pacific", "LAL", "LAL", 13, 14,
         "Crypto.com Arena", "Los Angeles", 34.0430, -118.2673, "America/Los_Angeles"),
    Team("MEM", 1610612763, "Memphis", "Grizzlies", "grizzlies", "West", "Southwest", "MEM", "MEM", 29, 15,
         "FedExForum", "Memphis", 35.1382, -90.0506, "America/Chicago"),
    Team("MIA", 1610612748, "Miami", "Heat", "heat", "East", "Southeast", "MIA", "MIA", 14, 16,
         "Kaseya Center", "Miami", 25.7814, -80.1870, "America/New_York"),
    Team("MIL", 1610612749, "Milwaukee", "Bucks", "bucks", "East", "Central", "MIL", "MIL", 15, 17,
         "Fiserv Forum", "Milwaukee", 43.0451, -87.9172, "America/Chicago"),
    Team("MIN", 1610612750, "Minnesota", "Timberwolves", "timberwolves", "West", "Northwest", "MIN", "MIN",
         16, 18, "Target Center", "Minneapolis", 44.9795, -93.2761, "America/Chicago"),
    Team("NOP", 1610612740, "New Orleans", "Pelicans", "pelicans", "West", "Southwest", "NOP", "NO", 3, 19,
         "Smoothie King Center", "New Orleans", 29.9490, -90.0821, "America/Chicago"),
    Team("NYK", 1610612752, "New York", "Knicks", "knicks", "East", "Atlantic", "NYK", "NY", 18, 20,
         "Madison Square Garden", "New York", 40.7505, -73.9934, "America/New_York"),
    Team("OKC", 1610612760, "Oklahoma City", "Thunder", "thunder", "West", "Northwest", "OKC", "OKC", 25, 21,
         "Paycom Center", "Oklahoma City", 35.4634, -97.5151, "America/Chicago"),
    Team("ORL", 1610612753, "Orlando", "Magic", "magic", "East", "Southeast", "ORL", "ORL", 19, 22,
         "Kia Center", "Orlando", 28.5392, -81.3839, "America/New_York"),
    Team("PHI", 1610612755, "Philadelphia", "76ers", "sixers", "East", "Atlantic", "PHI", "PHI", 20, 23,
         "Wells Fargo Center", "Philadelphia", 39.9012, -75.1720, "America/New_York"),
    Team("PHX", 1610612756, "Phoenix", "Suns", "suns", "West", "Pacific", "PHO", "PHX", 21, 24,
         "Footprint Center", "Phoenix", 33.4457, -112.0712, "America/Phoenix"),
    Team("POR", 1610612757, "Portland", "Trail Blazers", "blazers", "West", "Northwest", "POR", "POR", 22, 25,
         "Moda Center", "Portland", 45.5316, -122.6668, "America/Los_Angeles"),
    Team("SAC", 1610612758, "Sacramento", "Kings", "kings", "West", "Pacific", "SAC", "SAC", 23, 26,
         "Golden 1 Center", "Sacramento", 38.5802, -121.4997, "America/Los_Angeles"),
    Team("SAS", 1610612759, "San Antonio", "Spurs", "spurs", "West", "Southwest", "SAS", "SA", 24, 27,
         "Frost Bank Center", "San Antonio", 29.4270, -98.4375, "America/Chicago"),
    Team("TOR", 1610612761, "Toronto", "Raptors", "raptors", "East", "Atlantic", "TOR", "TOR", 28, 28,
         "Scotiabank Arena", "Toronto", 43.6435, -79.3791, "America/Toronto"),
    Team("UTA", 1610612762, "Utah", "Jazz", "jazz", "West", "Northwest", "UTA", "UTAH", 26, 29,
         "Delta Center", "Salt Lake City", 40.7683, -111.9011, "America/Denver"),
    Team("WAS", 1610612764, "Washington", "Wizards", "wizards", "East", "Southeast", "WAS", "WSH", 27, 30,
         "Capital One Arena", "Washington", 38.8981, -77.0209, "America/New_York"),
)

TEAMS_BY_TRICODE: dict[str, Team] = {t.tricode: t for t in TEAMS}
TEAMS_BY_NBA_ID: dict[int, Team] = {t.nba_id: t for t in TEAMS}
TEAMS_BY_BDL_ID: dict[int, Team] = {t.bdl_id: t for t in TEAMS}
TEAMS_BY_ESPN_ID: dict[int, Team] = {t.espn_id: t for t in TEAMS}


@lru_cache(maxsize=131072)
def fold_diacritics(text: str) -> str:
    """'Dončić' -> 'Doncic'; also folds ligatures and special Latin letters NFKD leaves alone."""
    special = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
               "œ": "oe", "Œ": "OE", "ı": "i"}
    text = "".join(special.get(ch, ch) for ch in text)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _name_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold_diacritics(text).lower())


# Every spelling a source is known to use, folded to a lookup key.
_ALIASES: dict[str, str] = {}
for _t in TEAMS:
    for _alias in (
        _t.tricode, _t.br_code, _t.espn_code, _t.full_name, f"{_t.city} {_t.name}".replace("LA ", "Los Angeles "),
        _t.name, _t.slug,
    ):
        _ALIASES[_name_key(_alias)] = _t.tricode
# Historical or informal spellings seen in the sources.
_ALIASES.update({
    _name_key("Los Angeles Clippers"): "LAC",
    _name_key("L.A. Clippers"): "LAC",
    _name_key("LA Lakers"): "LAL",
    _name_key("NY"): "NYK",
    _name_key("GS"): "GSW",
    _name_key("SA"): "SAS",
    _name_key("NO"): "NOP",
    _name_key("NOR"): "NOP",
    _name_key("UTAH"): "UTA",
    _name_key("WSH"): "WAS",
    _name_key("PHO"): "PHX",
    _name_key("BRK"): "BKN",
    _name_key("CHO"): "CHA",
    _name_key("Philadelphia Sixers"): "PHI",
})


class UnknownTeamError(ValueError):
    """A team code or name that no source mapping knows."""


@lru_cache(maxsize=1024)  # a handful of spellings per team, looked up for every row of every source
def team_tricode(code_or_name: str) -> str:
    """NBA.com tricode for any source's team code or full name (BR, ESPN, Odds API, BDL)."""
    key = _name_key(code_or_name or "")
    try:
        return _ALIASES[key]
    except KeyError:
        raise UnknownTeamError(f"unknown team {code_or_name!r}") from None


def team(code_or_name: str) -> Team:
    return TEAMS_BY_TRICODE[team_tricode(code_or_name)]


@lru_cache(maxsize=131072)
def player_lookup(name: str) -> str:
    """The one player-name normaliser: diacritics folded, lowercase, punctuation removed, suffix kept.

    Memoised: parsers call it for the same few hundred names hundreds of thousands of times a season.

    "LeBron James Jr." -> "lebronjamesjr"; "Nikola Jokić" -> "nikolajokic"; "O'Neale, Royce" is
    expected in "First Last" order (see :func:`first_last`).
    """
    return re.sub(r"[^a-z0-9]", "", fold_diacritics(name).lower())


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}


def first_last(name: str) -> str:
    """Turn "Last, First" (injury reports) into "First Last"; keep a trailing suffix in place.

    "Porter Jr., Michael" -> "Michael Porter Jr."
    """
    if "," not in name:
        return name.strip()
    last, first = (part.strip() for part in name.split(",", 1))
    return f"{first} {last}".strip()


def strip_suffix(lookup_or_name: str) -> str:
    """Last name without a generational suffix, for matching last-name-only listings."""
    words = [w for w in re.split(r"[\s.]+", lookup_or_name.strip()) if w]
    while words and words[-1].lower().strip(".") in _SUFFIXES:
        words.pop()
    return " ".join(words)




def parse_season_label(label: str) -> int:
    """'2024-25' -> 2024; also accepts '2024'."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", label.strip())
    if not match:
        raise ValueError(f"not a season label: {label!r}")
    return int(match.group(1))


def game_id(game_date: date, away: str, home: str) -> str:
    """System game id ``YYYYMMDD_AWAY_HOME`` with NBA.com tricodes (any source's codes accepted)."""
    return f"{game_date:%Y%m%d}_{team_tricode(away)}_{team_tricode(home)}"


def parse_game_id(value: str) -> tuple[date, str, str]:
    match = re.fullmatch(r"(\d{8})_([A-Z]{3})_([A-Z]{3})", value)
    if not match:
        raise ValueError(f"not a system game id: {value!r}")
    return datetime.strptime(match.group(1), "%Y%m%d").date(), match.group(2), match.group(3)


# NBA 10-digit game id prefix -> season type. 001 pre-season, 002 regular, 003 All-Star,
# 004 playoffs, 005 play-in, 006 NBA Cup final (does not count in regular-season stats).
NBA_GAME_TYPES: dict[str, str] = {
    "001": "Pre Season",
    "002": "Regular Season",
    "003": "All Star",
    "004": "Playoffs",
    "005": "PlayIn",
    "006": "NBA Cup Final",
}
BUSINESS_GAME_TYPES = frozenset({"002", "004", "005"})


def nba_game_type(nba_game_id: str) -> str:
    return NBA_GAME_TYPES.get(nba_game_id[:3], "Unknown")


def is_business_game(nba_game_id: str) -> bool:
    """Regular season, play-in and playoffs: the games props are graded on and stats count in."""
    return nba_game_id[:3] in BUSINESS_GAME_TYPES
