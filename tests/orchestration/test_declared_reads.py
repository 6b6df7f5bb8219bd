"""Declared reads come from the SQL: a processor whose declaration differs from its SQL is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from nbaprops.definitions import DEFINITIONS
from nbaprops.orchestration.declarations import Upstream
from nbaprops.orchestration.errors import RegistryError
from nbaprops.orchestration.registry import Definitions
from nbaprops.orchestration.schedule_reads import schedule_upstream
from nbaprops.orchestration.sql_processor import SqlCompute, sql_processor
from nbaprops.orchestration.sql_reads import tables_read
from nbaprops.raw.nbac_schedule import PROCESSOR as SCHEDULE
from nbaprops.seasons import SCHEDULE_TABLE
from nbaprops.storage.schema import Table, col

TABLE = Table("nba_analytics", "toy_reader", (col("game_date", "DATE", True), col("n", "INT64", True)),
              key=("game_date",), partition="game_date")


def _processor(tmp_path: Path, sql: str, reads: tuple[Upstream, ...]):
    module = tmp_path / "toy_reader.py"
    module.write_text("")
    module.with_suffix(".sql").write_text(sql)
    return sql_processor(name="toy_reader", phase=3, table=TABLE, module_file=str(module), reads=reads)


def test_every_sql_processor_declares_exactly_the_tables_its_sql_reads():
    checked = 0
    for proc in DEFINITIONS.processors:
        if isinstance(proc.compute, SqlCompute):
            declared = {u.table for u in proc.reads}
            assert proc.compute.tables_read() == declared, proc.name
            checked += 1
    assert checked >= 5


def test_a_read_the_declaration_lacks_is_refused_naming_the_table(tmp_path):
    sql = ("SELECT s.game_date, count(*) AS n FROM nba_raw.nbac_schedule s "
           "JOIN nba_raw.nbac_player_list_current p ON p.team_abbr = s.home_team_tricode "
           "WHERE s.game_date BETWEEN :start_date AND :end_date GROUP BY 1")
    proc = _processor(tmp_path, sql, (schedule_upstream(),))
    with pytest.raises(RegistryError, match=r"toy_reader reads nba_raw\.nbac_player_list_current but does not "
                                            r"declare it"):
        Definitions([SCHEDULE, proc])


def test_a_declared_table_the_sql_never_reads_is_refused(tmp_path):
    from nbaprops.raw.nbac_player_boxscores import PROCESSOR as BOX

    sql = "SELECT game_date, count(*) AS n FROM nba_raw.nbac_schedule GROUP BY 1"
    proc = _processor(tmp_path, sql, (schedule_upstream(), Upstream("nba_raw.nbac_player_boxscores")))
    with pytest.raises(RegistryError, match=r"declares nba_raw\.nbac_player_boxscores but never reads it"):
        Definitions([SCHEDULE, BOX, proc])


def test_a_declaration_that_matches_its_sql_is_accepted(tmp_path):
    sql = ("WITH days AS (SELECT game_date FROM nba_raw.nbac_schedule WHERE game_date BETWEEN :start_date "
           "AND :end_date) SELECT game_date, count(*) AS n FROM days GROUP BY 1")
    defs = Definitions([SCHEDULE, _processor(tmp_path, sql, (schedule_upstream(),))])
    assert defs.by_name["toy_reader"].compute.tables_read() == {SCHEDULE_TABLE}


def test_cte_names_and_placeholders_are_not_tables():
    sql = ("WITH nba_raw_x AS (SELECT * FROM nba_raw.a WHERE d BETWEEN :start_date AND :end_date) "
           "SELECT * FROM nba_raw_x JOIN nba_reference.nba_teams USING (team_abbr)")
    assert tables_read(sql) == {"nba_raw.a", "nba_reference.nba_teams"}


def test_a_reference_table_must_be_one_the_assembly_knows():
    from nbaprops.analytics.upcoming_team_game_context import PROCESSOR as UTGC

    without_reference = [p for p in DEFINITIONS.processors]
    with pytest.raises(RegistryError, match=r"reads nba_reference\.nba_teams, which no processor writes and no "
                                            r"reference table holds"):
        Definitions(without_reference)
    assert UTGC in DEFINITIONS.processors
