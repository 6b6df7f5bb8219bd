"""The hand-written fast paths give exactly what the straightforward code gives."""

from __future__ import annotations

import json

from nbaprops.simulator.books import _gauss
from nbaprops.simulator.renderers.nba_cdn import action_dict, actions_json
from nbaprops.simulator.rng import rng_for


def test_play_by_play_text_equals_json_dumps_of_the_action_dicts(league):
    season = league.season(2024)
    games = [season.game(g.game_id) for g in season.regular[::97]]
    games += [season.game(g.game_id) for g in season.postseason()[::15]]
    for game in games:
        want = json.dumps([action_dict(league, game, a) for a in game.actions], separators=(",", ":"),
                          ensure_ascii=False)
        assert actions_json(league, game) == want


def test_book_draws_equal_a_fresh_random_stream():
    for k in range(200):
        assert _gauss(7, "book", "fanduel", "0022400561", k, "player_points", sigma=0.35) == \
            rng_for(7, "book", "fanduel", "0022400561", k, "player_points").gauss(0, 0.35)
