"""``assert_same_shape``: the simulated payload has the real one's keys and JSON types, recursively."""

from __future__ import annotations


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    return "dict"


def assert_same_shape(real: object, simulated: object, path: str = "$") -> None:
    """Same keys at every dict level, same JSON types; lists compared by their first element; a null in
    the real payload accepts anything; ``resultSets`` must carry the same ``headers`` lists."""
    if real is None:
        return
    rk, sk = _kind(real), _kind(simulated)
    assert sk == rk or (sk == "null" and rk != "list" and rk != "dict"), f"{path}: {rk} expected, got {sk}"
    if isinstance(real, dict):
        assert isinstance(simulated, dict)
        missing = set(real) - set(simulated)
        assert not missing, f"{path}: missing keys {sorted(missing)}"
        if "headers" in real and "rowSet" in real:
            assert simulated["headers"] == real["headers"], f"{path}.headers differ"
        for key, value in real.items():
            assert_same_shape(value, simulated[key], f"{path}.{key}")
    elif isinstance(real, list):
        assert isinstance(simulated, list)
        if real and simulated:
            if isinstance(real[0], list) and path.endswith("rowSet"):
                return  # rows: compared through headers
            assert_same_shape(real[0], simulated[0], f"{path}[0]")
