"""Phase 2: one module per ``nba_raw`` table, each a table declaration, a parser and a processor."""

from nbaprops.raw import nbac_player_boxscores, nbac_schedule

PROCESSORS = (
    nbac_schedule.PROCESSOR,
    nbac_player_boxscores.PROCESSOR,
)
