"""Small helpers for portable SQL text (placeholders the engines rewrite for themselves)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def in_list(column: str, values: Sequence[Any], prefix: str = "v") -> tuple[str, dict[str, Any]]:
    """``column IN (:v0, :v1, ...)`` and its parameters; an empty list matches nothing."""
    if not values:
        return "1 = 0", {}
    params = {f"{prefix}{i}": v for i, v in enumerate(values)}
    return f"{column} IN ({', '.join(':' + k for k in params)})", params
