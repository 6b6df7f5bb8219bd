"""The package graph has no cycle, and nothing registers itself when imported."""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import nbaprops

ROOT = Path(nbaprops.__file__).parent


def _edges() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        mine = parts[0]
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("nbaprops."):
                theirs = node.module.split(".")[1]
                if theirs != mine:
                    edges.setdefault(mine, set()).add(theirs)
    return edges


def test_the_subpackages_import_each_other_without_a_cycle():
    edges = _edges()
    graphlib.TopologicalSorter(edges).prepare()  # raises CycleError on a cycle
    assert "definitions" not in edges.get("orchestration", set())


def test_the_engine_never_imports_a_phase_package():
    assert not _edges().get("orchestration", set()) & {"raw", "analytics", "precompute", "predictions",
                                                        "scrapers", "definitions", "cli"}


def test_seasons_is_at_the_bottom_of_the_house():
    assert not _edges().get("seasons")
