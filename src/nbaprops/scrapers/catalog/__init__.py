"""Every scraper, one module per source; ``SCRAPERS`` is the catalogue the runner and CLI use."""

from __future__ import annotations

from nbaprops.scrapers.catalog import bdl, bettingpros, bigdataball, bref, espn, nbacom, oddsapi
from nbaprops.scrapers.spec import ScraperSpec

SCRAPERS: dict[str, ScraperSpec] = {
    s.name: s
    for module in (nbacom, bdl, oddsapi, espn, bettingpros, bigdataball, bref)
    for s in module.SPECS
}
