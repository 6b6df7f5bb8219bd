"""Phase 3: the five nba_analytics processors, independent of each other."""

PROCESSORS: tuple = ()
