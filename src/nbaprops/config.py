"""Settings: environment variables first, then an optional ``nbaprops.toml``, then defaults.

``NBAPROPS_HOME`` (default ``./nbaprops_data``) holds the embedded defaults: the DuckDB file
(``NBAPROPS_WAREHOUSE``, default ``duckdb:///<home>/warehouse.duckdb``) and the object store folder
(``NBAPROPS_OBJECT_STORE``, default ``<home>/raw``). API keys are read from the environment only,
never from files, and are never logged.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

CONFIG_FILE = "nbaprops.toml"


@dataclass(frozen=True)
class Settings:
    home: Path
    warehouse_url: str
    object_store_url: str
    sources: str | None = None  # NBAPROPS_SOURCES: the sources the user has (orchestration/sources.py)

    @classmethod
    def load(cls, env: dict[str, str] | None = None, cwd: Path | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        cwd = cwd or Path.cwd()
        file_values = _read_toml(Path(env["NBAPROPS_CONFIG"]) if "NBAPROPS_CONFIG" in env else cwd / CONFIG_FILE)

        def pick(env_name: str, key: str) -> str | None:
            return env.get(env_name) or file_values.get(key)

        home = Path(pick("NBAPROPS_HOME", "home") or "nbaprops_data")
        if not home.is_absolute():
            home = (cwd / home).resolve()
        warehouse = pick("NBAPROPS_WAREHOUSE", "warehouse") or f"duckdb:///{home / 'warehouse.duckdb'}"
        objects = pick("NBAPROPS_OBJECT_STORE", "object_store") or str(home / "raw")
        return cls(home=home, warehouse_url=warehouse, object_store_url=objects,
                   sources=pick("NBAPROPS_SOURCES", "sources"))


def _read_toml(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    section = data.get("nbaprops", data)
    return {k: str(v) for k, v in section.items() if isinstance(v, str | int | float)}
