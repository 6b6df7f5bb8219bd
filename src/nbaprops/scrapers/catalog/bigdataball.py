"""BigDataBall play-by-play CSVs on Google Drive (API v3, bearer token): list a date's files, then
download each game's CSV and store it under its original file name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote

import orjson

from nbaprops.ids import season_label, season_year
from nbaprops.scrapers.bodies import csv_rows, json_len
from nbaprops.scrapers.catalog.common import each_game_day
from nbaprops.scrapers.plan import PlanContext
from nbaprops.scrapers.spec import Params, ScraperSpec, Unit

DRIVE = "https://www.googleapis.com/drive/v3/files"
# "[2025-06-22]-0042400407-IND@OKC.csv"; the id may have lost its leading zeros.
FILE_NAME = re.compile(r"\[(\d{4}-\d{2}-\d{2})\]-(\d{7,10})-.*\.csv$")


def _discovery_url(p: Params) -> str:
    q = quote(f"name contains '[{p['date']}]'", safe="")
    return f"{DRIVE}?q={q}&fields={quote('files(id,name,modifiedTime)', safe='')}"


def _pbp_units(ctx: PlanContext) -> Iterable[Unit]:
    for d in ctx.dates:
        body = ctx.latest_body("bigdataball_discovery", date=d.isoformat())
        if body is None:
            continue
        for f in orjson.loads(body).get("files", []):
            match = FILE_NAME.search(str(f.get("name", "")))
            if not match or match.group(1) != d.isoformat():
                continue
            yield Unit({"date": d, "file_id": f["id"], "name": f["name"]},
                       {"season": season_label(season_year(d)), "date": d.isoformat(),
                        "nba_game_id": match.group(2).zfill(10), "filename": f["name"]}, d)


SPECS = (
    ScraperSpec("bigdataball_discovery", "bigdataball", url=_discovery_url, plan=each_game_day,
                count=json_len("files"), description="Drive listing of a game day's CSVs"),
    ScraperSpec("bigdataball_pbp", "bigdataball", url=lambda p: f"{DRIVE}/{p['file_id']}?alt=media",
                plan=_pbp_units, count=csv_rows, body="csv", after=("bigdataball_discovery",),
                description="one game's play-by-play CSV, stored under its original file name"),
)
