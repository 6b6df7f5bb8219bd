"""The object-store layout is a public contract: the docs and the code list the same templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from nbaprops.storage.layout import LAYOUT, template_for

DOC = Path(__file__).resolve().parents[2] / "docs" / "object-store-layout.md"


def test_every_template_is_documented():
    text = DOC.read_text()
    for tmpl in LAYOUT.values():
        assert f"| `{tmpl.scraper}` | `{tmpl.template}` |" in text


@pytest.mark.parametrize("scraper", sorted(LAYOUT))
def test_templates_format_and_parse_back(scraper):
    tmpl = LAYOUT[scraper]
    sample = {"date": "2025-03-15", "ts": "20250316_080000", "season": "2024-25", "nba_game_id": "0022400974",
              "game_code": "20250315-NYKGSW", "espn_game_id": "401705165", "event_id": "abc123",
              "teams": "NYKGSW", "snap": "1700", "hour24": "12", "team": "BOS", "market": "points",
              "page": "001", "filename": "[2025-03-15]-0022400974-NYK@GSW.csv"}
    path = tmpl.format(**{f: sample[f] for f in tmpl.fields})
    found = template_for(path)
    assert found is not None and found[0].scraper == scraper
    assert found[1] == {f: sample[f] for f in tmpl.fields}
