"""What real clients (nba_api) send and read: stats.nba.com dates as MM/DD/YYYY, 400 for bad parameters,
and a schedule body a client can tabulate the way it tabulates the real one (issue #14)."""

from __future__ import annotations

import httpx
import pytest

from .conftest import load_fixture

GAMELOG = ("https://stats.nba.com/stats/leaguegamelog?Counter=1000&Direction=DESC&LeagueID=00&PlayerOrTeam=P"
           "&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE")
SCHEDULE = "https://stats.nba.com/stats/scheduleleaguev2?LeagueID=00&Season=2024-25"


def _rows(resp: httpx.Response) -> list[list]:
    assert resp.status_code == 200, resp.content[:200]
    return resp.json()["resultSets"][0]["rowSet"]


def test_game_log_dates_as_nba_api_sends_them(client: httpx.Client) -> None:
    iso = _rows(client.get(f"{GAMELOG}&DateFrom=2025-01-08&DateTo=2025-01-08"))
    us = _rows(client.get(f"{GAMELOG}&DateFrom=01/08/2025&DateTo=01/08/2025"))
    assert iso and iso == us
    assert {r[7] for r in us} == {"2025-01-08"}
    # nba_api sends empty bounds by default: the whole season
    whole = _rows(client.get(f"{GAMELOG}&DateFrom=&DateTo="))
    assert len({r[6] for r in whole}) == 1230


@pytest.mark.parametrize("query, field", [
    ("&DateFrom=2025-13-45&DateTo=", "DateFrom"),
    ("&DateFrom=&DateTo=8 Jan 2025", "DateTo"),
    ("&DateFrom=&DateTo=&SeasonType=Regular", "SeasonType"),
])
def test_bad_parameters_are_a_400_with_a_message(client: httpx.Client, query: str, field: str) -> None:
    resp = client.get(GAMELOG + query)
    assert resp.status_code == 400
    assert resp.text.startswith(f"The field {field} must match the regular expression")
    assert client.get("https://stats.nba.com/stats/scoreboardv2?GameDate=1/8/25&LeagueID=00").status_code == 400
    assert client.get("https://stats.nba.com/stats/scheduleleaguev2?LeagueID=00&Season=2024").status_code == 400
    assert client.get("https://stats.nba.com/stats/scoreboardv2?GameDate=01/08/2025&LeagueID=00&DayOffset=0"
                      ).content == client.get("https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-08"
                                              "&LeagueID=00&DayOffset=0").content


def _tabulate(body: dict) -> tuple[list[str], set[int]]:
    """The schedule's game columns and row widths as nba_api 1.12's ScheduleLeagueV2 parser builds them:
    broadcaster columns from the first broadcaster listed, one block per broadcaster slot up to each
    type's most in any game, missing slots padded with that first broadcaster's keys."""
    days = body["leagueSchedule"]["gameDates"]
    games = [g for d in days for g in d["games"]]
    first = games[0]
    types = list(first["broadcasters"])
    keys = next(list(b) for g in games for bs in g["broadcasters"].values() for b in bs)
    most = {t: max(len(g["broadcasters"][t]) for g in games) for t in types}
    leaders_keys = next(list(p) for g in games for p in g["pointsLeaders"])
    leaders_most = max(len(g["pointsLeaders"]) for g in games)
    head = [k for k in first if k not in ("broadcasters", "awayTeam", "homeTeam", "pointsLeaders")]
    head += [f"{side}_{k}" for side in ("homeTeam", "awayTeam") for k in first["homeTeam"]]
    head += [f"pointsLeaders{'_' + str(i) if leaders_most > 1 else ''}_{k}" for i in range(leaders_most)
             for k in leaders_keys]
    head += [f"{t}{'_' + str(i) if most[t] > 1 else ''}_{k}" for t in types for i in range(most[t]) for k in keys]
    widths = set()
    for g in games:
        width = sum(k not in ("broadcasters", "awayTeam", "homeTeam", "pointsLeaders") for k in g)
        width += len(g["homeTeam"]) + len(g["awayTeam"])
        width += sum(map(len, g["pointsLeaders"])) + len(leaders_keys) * (leaders_most - len(g["pointsLeaders"]))
        for t in types:
            width += sum(map(len, g["broadcasters"][t])) + len(keys) * (most[t] - len(g["broadcasters"][t]))
        widths.add(width)
    return head, widths


def test_schedule_tabulates_like_the_real_one(client: httpx.Client) -> None:
    """nba_api builds a DataFrame from these rows: the widest row must be exactly as wide as the columns
    (the simulated body used to fail with "130 columns passed, passed data had 125 columns")."""
    head, widths = _tabulate(client.get(SCHEDULE).json())
    assert max(widths) == len(head)
    real_head, real_widths = _tabulate(load_fixture("nbac_schedule_api/raw_80cb1fd6.json.gz"))  # type: ignore[arg-type]
    assert max(real_widths) == len(real_head)
    # the same columns, broadcasters included; the real body has a four-way tie for a game's top scorer
    assert [h for h in real_head if not h.startswith("pointsLeaders_3")] == \
        [h for h in head if not h.startswith("pointsLeaders_3")]
