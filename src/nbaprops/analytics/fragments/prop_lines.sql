-- Points prop lines known before tip-off, per game and player: opening (earliest snapshot) and
-- closing (latest snapshot before tip) per book, then the consensus (median across books).
-- The Odds API first; BettingPros only for (game, player) pairs the Odds API has no line for.
-- Callers provide a CTE named tipoffs(game_id, game_date, tipoff_utc) for the games they cover.
odds_snapshots AS (
  SELECT o.game_date, o.game_id, o.player_lookup, o.bookmaker, o.points_line, o.snapshot_timestamp
  FROM nba_raw.odds_api_player_points_props o
  JOIN tipoffs t ON t.game_date = o.game_date AND t.game_id = o.game_id
  WHERE o.snapshot_timestamp < t.tipoff_utc
),
bp_snapshots AS (
  SELECT b.game_date, b.game_id, b.player_lookup, b.bookmaker, b.points_line, b.scrape_timestamp AS snapshot_timestamp
  FROM nba_raw.bettingpros_player_points_props b
  JOIN tipoffs t ON t.game_date = b.game_date AND t.game_id = b.game_id
  WHERE b.scrape_timestamp < t.tipoff_utc AND b.bet_side = 'over' AND b.book_id <> 0
    AND NOT EXISTS (SELECT 1 FROM odds_snapshots o
                    WHERE o.game_id = b.game_id AND o.player_lookup = b.player_lookup)
),
line_snapshots AS (
  SELECT *, 'odds_api' AS line_source FROM odds_snapshots
  UNION ALL SELECT *, 'bettingpros' FROM bp_snapshots
),
book_lines AS (
  SELECT game_date, game_id, player_lookup, bookmaker, line_source,
         arg_min(points_line, snapshot_timestamp) AS opening_line,
         arg_max(points_line, snapshot_timestamp) AS closing_line,
         min(snapshot_timestamp) AS opening_at,
         max(snapshot_timestamp) AS closing_at
  FROM line_snapshots
  GROUP BY game_date, game_id, player_lookup, bookmaker, line_source
),
prop_lines AS (
  SELECT game_date, game_id, player_lookup,
         min(line_source) AS line_source,
         median(closing_line) AS consensus_line,
         median(opening_line) AS consensus_opening_line,
         count(*) AS books_count,
         max(closing_at) AS line_as_of,
         '{' || string_agg('"' || bookmaker || '":{"open":' || CAST(opening_line AS VARCHAR) || ',"close":'
                           || CAST(closing_line AS VARCHAR) || '}', ',' ORDER BY bookmaker NULLS FIRST) || '}' AS lines_by_book
  FROM book_lines
  GROUP BY game_date, game_id, player_lookup
),
