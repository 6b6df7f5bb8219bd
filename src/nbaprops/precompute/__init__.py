"""Phase 4: the five nba_precompute processors; their order comes from what each declares it reads."""

PROCESSORS: tuple = ()
