"""The day as the reference's workflows run it: which scrapers, then which processors, at which time.

One declaration read by ``nbaprops daily`` (what a run does), ``nbaprops schedule`` (when it fires) and
the simulator's clock (:class:`nbaprops.simulator.clock.SimClock`: when a simulated request would have
been made live). Times are Eastern, as the reference's ``config/workflows.yaml`` keeps them:

- ``morning`` (08:00 on the game day; the reference's ``morning_operations`` 06-10 and the first
  ``betting_lines`` run): schedule, player list, transactions, rosters, standings, Ball Don't Lie's
  injuries, referee assignments, the day's events and opening lines; then Phases 2-5 for the day's games.
- ``pregame`` (17:45, before the 19:00 tip-offs; ``injury_discovery`` and the last ``betting_lines`` run):
  the NBA injury reports published by then, the lines again, BettingPros' offers; Phases 2-5 again, so
  the predictions use what changed since the morning.
- ``postgame`` (04:00 the next day, for the day before; ``post_game_window_3``): the schedule (now with
  finals), scoreboards, box scores, play-by-play, gamebooks; Phases 2-3 for the finished games and the
  grading of the day's predictions (the predictions themselves are not remade after the games).

Scrapers in no workflow (the Odds API's historical endpoints) serve backfills only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ET = ZoneInfo("America/New_York")

PREGAME_EXPECTS = ("season", "files", "scheduled_games")  # what can run before the games are played
POSTGAME_EXPECTS = ("season", "files", "final_games")  # what needs them played


@dataclass(frozen=True)
class Workflow:
    name: str
    at: time  # Eastern wall-clock time
    day_offset: int  # 0: on the game day; 1: the next day, for the day before (post-game windows)
    scrapers: tuple[str, ...]
    phases: tuple[int, ...]  # the processors of these phases ...
    expects: tuple[str, ...]  # ... that expect dates of these kinds (orchestration.declarations.Expects)
    description: str

    def fires_at(self, day: date) -> datetime:
        """When this workflow runs for game day ``day`` (UTC)."""
        return datetime.combine(day + timedelta(days=self.day_offset), self.at, ET).astimezone(UTC)

    def game_day(self, fired: date) -> date:
        """The game day a run fired on ET date ``fired`` is for."""
        return fired - timedelta(days=self.day_offset)


MORNING = Workflow(
    "morning", time(8, 0), 0,
    scrapers=("nbac_schedule_api", "nbac_schedule_cdn", "nbac_player_list", "nbac_player_movement",
              "bdl_active_players", "bdl_injuries", "bdl_standings", "espn_roster", "br_season_roster",
              "nbac_referee_assignments", "oddsa_events", "oddsa_player_props", "oddsa_game_lines", "bp_events"),
    phases=(2, 3, 4, 5), expects=PREGAME_EXPECTS,
    description="schedule, rosters, injuries, opening lines; Phases 2-5 for the day's games")
PREGAME = Workflow(
    "pregame", time(17, 45), 0,
    scrapers=("nbac_injury_report", "oddsa_player_props", "oddsa_game_lines", "bp_player_props"),
    phases=(2, 3, 4, 5), expects=PREGAME_EXPECTS,
    description="injury reports, lines again, BettingPros; Phases 2-5 again before tip-off")
POSTGAME = Workflow(
    "postgame", time(4, 0), 1,
    scrapers=("nbac_schedule_api", "nbac_scoreboard_v2", "espn_scoreboard", "espn_game_boxscore",
              "nbac_player_boxscore", "nbac_team_boxscore", "nbac_play_by_play", "nbac_gamebook_pdf",
              "bdl_box_scores", "bigdataball_discovery", "bigdataball_pbp"),
    phases=(2, 3, 5), expects=POSTGAME_EXPECTS,
    description="box scores and play-by-play of the day before; Phases 2-3 for its games and the grading")

WORKFLOWS: tuple[Workflow, ...] = (MORNING, PREGAME, POSTGAME)
BY_NAME = {w.name: w for w in WORKFLOWS}

# A report of hour H (the NBA's injury report PDF) is published at H:30 ET; it is fetched 5 minutes later.
REPORT_PUBLISHED = timedelta(minutes=35)


def scheduled_moments(scraper: str, day: date) -> list[datetime]:
    """When the workflows fetch ``scraper`` for game day ``day``, in order ([] if no workflow does)."""
    return sorted(w.fires_at(day) for w in WORKFLOWS if scraper in w.scrapers)


def report_published(day: date, hour24: int) -> datetime:
    """When the report of ``hour24`` on ``day`` is fetched: just after its publication (UTC)."""
    return datetime.combine(day, time(hour24), ET).astimezone(UTC) + REPORT_PUBLISHED


def in_eastern(moment: datetime) -> datetime:
    return moment.astimezone(ET)
