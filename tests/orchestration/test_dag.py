"""The order of processors comes from what they declare they read; bad declarations fail at assembly."""

from __future__ import annotations

import pyarrow as pa
import pytest

from nbaprops.definitions import DEFINITIONS
from nbaprops.orchestration.declarations import ComputeResult, Processor, Upstream
from nbaprops.orchestration.errors import RegistryError
from nbaprops.orchestration.registry import Definitions
from nbaprops.storage.schema import Table, col


def _proc(name: str, phase: int, reads: tuple[str, ...] = (), dataset: str = "nba_precompute") -> Processor:
    table = Table(dataset, name, (col("game_date", "DATE", True),), partition="game_date")
    return Processor(name=name, phase=phase, table=table, compute=lambda c, i: ComputeResult(pa.table({})),
                     reads=tuple(Upstream(r) for r in reads))


def _seed_phase4_like() -> list[Processor]:
    """Phase 4 declared in scrambled order; only the reads say what comes first."""
    pgs = _proc("player_game_summary", 3, dataset="nba_analytics")
    tdgs = _proc("team_defense_game_summary", 3, dataset="nba_analytics")
    return [
        _proc("ml_feature_store", 4, (
            "nba_precompute.team_defense_zone_analysis",
                                      "nba_precompute.player_shot_zone_analysis",
                                      "nba_precompute.player_composite_factors", "nba_precompute.player_daily_cache")),
        _proc("player_daily_cache", 4, (
            "nba_precompute.team_defense_zone_analysis", "nba_precompute.player_shot_zone_analysis",
            "nba_precompute.player_composite_factors", "nba_analytics.player_game_summary")),
        _proc("player_composite_factors", 4, ("nba_precompute.team_defense_zone_analysis",
                                              "nba_precompute.player_shot_zone_analysis",
                                              "nba_analytics.player_game_summary")),
        _proc("player_shot_zone_analysis", 4, ("nba_analytics.player_game_summary",)),
        _proc("team_defense_zone_analysis", 4, ("nba_analytics.team_defense_game_summary",)),
        pgs, tdgs,
    ]


def test_phase_order_is_a_topological_sort_of_the_declarations():
    defs = Definitions(_seed_phase4_like())
    assert [p.name for p in defs.order(4)] == [
        "player_shot_zone_analysis", "team_defense_zone_analysis", "player_composite_factors",
        "player_daily_cache", "ml_feature_store",
    ]
    assert [[p.name for p in g] for g in defs.levels(4)] == [
        ["player_shot_zone_analysis", "team_defense_zone_analysis"], ["player_composite_factors"],
        ["player_daily_cache"], ["ml_feature_store"],
    ]
    assert [p.name for p in defs.order()][:2] == ["player_game_summary", "team_defense_game_summary"]


def test_a_cycle_is_refused_at_assembly():
    with pytest.raises(RegistryError, match="cycle"):
        Definitions([_proc("a", 4, ("nba_precompute.b",)), _proc("b", 4, ("nba_precompute.a",))])


def test_an_unknown_upstream_is_refused_with_a_suggestion():
    with pytest.raises(RegistryError, match=r"reads nba_precompute\.bb, which no processor writes; did you mean "
                                            r"nba_precompute\.b\?"):
        Definitions([_proc("a", 4, ("nba_precompute.bb",)), _proc("b", 4)])


def test_two_processors_writing_one_table_are_refused():
    first = _proc("a", 4)
    twin = Processor(name="a2", phase=4, table=first.table, compute=first.compute)
    with pytest.raises(RegistryError, match=r"both write nba_precompute\.a"):
        Definitions([first, twin])


def test_dependents_follow_only_triggering_upstreams():
    assert [p.name for p in DEFINITIONS.dependents(DEFINITIONS.by_name["nbac_schedule"])] == []
    assert "nbac_player_boxscores" in [
        p.name for p in DEFINITIONS.dependents(DEFINITIONS.by_name["nbac_schedule"], triggered_only=False)
    ]


def test_processors_resolve_by_reference_with_a_hint_for_typos():
    assert DEFINITIONS.resolve("raw/nbac_schedule").name == "nbac_schedule"
    with pytest.raises(RegistryError, match="did you mean raw/nbac_schedule"):
        DEFINITIONS.resolve("raw/nbac_schedul")
