"""nbaprops: NBA and sportsbook data into player-prop predictions, with safe backfills."""

__version__ = "0.1.0"
