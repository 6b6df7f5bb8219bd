"""Soak: mutated bodies fed to every raw parser through the real runner, with a tally.

    python benchmarks/fuzz_raw.py [--examples 1100] [--seed 1]

One simulated game day of every source is scraped into a temporary object store and loaded. Then,
round-robin over the 22 raw processors, one of the processor's real objects is damaged (truncated,
garbled, a value of the wrong type, a repeated JSON key, another text encoding), stored as the newest
fetch, and the processor runs (forced, backfill mode). Each outcome is one of:

- quarantined: the file moved to quarantine/ with a reason beside it, no row of it in the table, and
  every other row of the table exactly as before (nothing lost, nothing duplicated);
- loaded whole: every row the parser returns for the damaged body is in the table, keys unique;
- escaped: an exception left the runner, or a quarantined file without a reason, or half a file
  loaded, or rows lost or duplicated. Must be 0.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.raw.mutations

from tests.raw.mutations import KINDS, mutate

from nbaprops.config import Settings
from nbaprops.definitions import open_environment
from nbaprops.orchestration.context import Environment, RunOptions
from nbaprops.orchestration.declarations import Processor
from nbaprops.orchestration.runner import run_processor
from nbaprops.raw import PROCESSORS
from nbaprops.raw.framework.base import RawCompute
from nbaprops.raw.framework.objects import ObjectPath
from nbaprops.raw.framework.parsing import parse_body
from nbaprops.scrapers.catalog import SCRAPERS
from nbaprops.scrapers.runner import ScrapeRunner
from nbaprops.scrapers.transport import simulated_profile

DAY = date(2024, 11, 5)
FORCE = RunOptions(force=True, backfill_mode=True, skip_downstream_trigger=True)


def original(env: Environment, proc: Processor) -> tuple | None:
    """One stored object of the processor for the day: its template, path fields and body."""
    compute = proc.compute
    for tmpl in compute.templates:  # type: ignore[attr-defined]
        for path in sorted(env.store.list(tmpl.prefix(**dict(compute.fixed_fields)))):  # type: ignore[attr-defined]
            fields = tmpl.parse(path)
            if fields and fields.get("date") in (None, DAY.isoformat()):
                return tmpl, fields, env.store.read(path)
    return None


def new_fetch_path(tmpl, fields: dict, n: int) -> str:
    """A fetch of the same object that sorts newest and was never used before."""
    if "ts" in tmpl.fields:
        return tmpl.format(**{**fields, "ts": f"29991231_{n // 3600 % 24:02d}{n // 60 % 60:02d}{n % 60:02d}"})
    return tmpl.format(**{**fields, "filename": f"zzz-mutated-{n:05d}-{fields['filename']}"})


def counts_rows(proc: Processor) -> bool:
    """Whether the parser alone says how many rows a body gives: a plain compute of one date or file (a
    season-scoped table keeps one season of a multi-season file; a post-parse step adds a lookup)."""
    return type(proc.compute) is RawCompute and proc.compute.unit in ("date", "file")  # type: ignore[attr-defined]


def table_rows(env: Environment, proc: Processor, exclude: str) -> Counter:
    rows = env.warehouse.query(f"SELECT data_hash FROM {proc.output_table} WHERE source_file_path <> :p",
                               {"p": exclude})
    return Counter(r["data_hash"] for r in rows)


def remove(env: Environment, path: str) -> None:
    for leftover in (path, f"quarantine/{path}", f"quarantine/{path}.reason.txt"):
        if env.store.exists(leftover):
            env.store.fs.rm(env.store._full(leftover))


def one(env: Environment, proc: Processor, source: tuple, kind: str, rng: random.Random, n: int) -> str:
    tmpl, fields, body = source
    bad = mutate(body, kind, rng)
    target = new_fetch_path(tmpl, fields, n)
    before = table_rows(env, proc, target)
    env.store.write(target, bad)
    try:
        try:
            run_processor(env, proc, DAY, DAY, options=FORCE)
        except Exception as exc:  # the runner must never let one escape
            return f"escaped: {type(exc).__name__}: {exc}"
        loaded = env.warehouse.query(f"SELECT count(*) AS n FROM {proc.output_table} WHERE source_file_path = :p",
                                     {"p": target})[0]["n"]
        if env.store.exists(f"quarantine/{target}"):
            if not env.store.exists(f"quarantine/{target}.reason.txt"):
                return "escaped: quarantined without a reason"
            if loaded:
                return "escaped: a quarantined file reached the table"
            if table_rows(env, proc, target) != before:
                return "escaped: rows lost or duplicated"
            return "quarantined"
        if counts_rows(proc):
            obj = ObjectPath(target, tmpl.scraper, tmpl.parse(target))
            ok, parsed, _ = parse_body(proc.compute.parse, proc.table, bad, obj, False)  # type: ignore[attr-defined]
            expected = parsed.num_rows if ok else -1
            if loaded != expected:
                return f"escaped: half loaded ({loaded} of {expected} rows)"
        key = [*proc.table.key]
        if key and loaded:
            dupes = env.warehouse.query(
                f"SELECT count(*) AS n FROM (SELECT {', '.join(key)} FROM {proc.output_table} "
                f"GROUP BY {', '.join(key)} HAVING count(*) > 1) d")[0]["n"]
            if dupes:
                return "escaped: duplicated keys"
        return "loaded whole"
    finally:
        remove(env, target)
        if env.warehouse.query(f"SELECT count(*) AS n FROM {proc.output_table} WHERE source_file_path = :p",
                               {"p": target})[0]["n"]:
            run_processor(env, proc, DAY, DAY, options=FORCE)  # back to the untouched bodies' rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=1100, help="Mutated bodies in all (round-robin).")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = open_environment(Settings(home=home, warehouse_url=f"duckdb:///{home / 'w.duckdb'}",
                                        object_store_url=str(home / "raw")))
        report = ScrapeRunner(env, simulated_profile(7), workers=4).run(list(SCRAPERS), DAY, DAY)
        if not report.ok:
            raise SystemExit(f"the simulated day did not scrape: {report.failures()[:3]}")
        sources = {}
        for proc in env.definitions.order(2):  # the declared order: rosters before the gamebook resolves names
            run_processor(env, proc, DAY, DAY, options=FORCE)
            found = original(env, proc)
            if found is not None:
                sources[proc.name] = (proc, found)
        tally: Counter = Counter()
        per_kind: Counter = Counter()
        escapes: list[str] = []
        started = time.perf_counter()
        names = sorted(sources)
        for n in range(args.examples):
            proc, source = sources[names[n % len(names)]]
            kind = KINDS[rng.randrange(len(KINDS))]
            outcome = one(env, proc, source, kind, rng, n + 1)
            head = outcome.split(":")[0]
            tally[head] += 1
            per_kind[(kind, head)] += 1
            if head == "escaped":
                escapes.append(f"{proc.name} {kind}: {outcome}")
        elapsed = time.perf_counter() - started
        env.warehouse.close()
    print(f"{args.examples} mutated bodies over {len(names)} raw parsers in {elapsed:.0f} s (seed {args.seed})")
    print(f"{'outcome':<14}{'count':>8}")
    for head in ("quarantined", "loaded whole", "escaped"):
        print(f"{head:<14}{tally[head]:>8}")
    print("by mutation: " + ", ".join(f"{k} {per_kind[(k, 'quarantined')]}q/{per_kind[(k, 'loaded whole')]}l"
                                      for k in KINDS))
    counted = sum(counts_rows(sources[name][0]) for name in names)
    print(f"row counts checked against the parser for {counted} of {len(names)} parsers (the others: a "
          "season of a multi-season file, or a post-parse lookup); keys and quarantine checked for all")
    missing = sorted({p.name for p in PROCESSORS} - set(names))
    if missing:
        print(f"no simulated object on {DAY} for: {', '.join(missing)}")
    for line in escapes[:20]:
        print(f"  {line}")
    raise SystemExit(1 if escapes else 0)


if __name__ == "__main__":
    main()
