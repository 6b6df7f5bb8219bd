-- Game spreads and totals known before tip-off (Odds API): per book, the opening (earliest) and closing
-- (latest snapshot before tip) point; then the consensus, the median across books.
--   game_spreads(game_date, game_id, team_abbr, spread, opening_spread, spread_books, spread_as_of):
--     the team's own point (negative for the favourite)
--   game_totals(game_date, game_id, total, opening_total, total_books, total_as_of): the Over point
-- Callers provide a CTE named tipoffs(game_id, game_date, tipoff_utc) for the games they cover.
game_line_snapshots AS (
  SELECT o.game_date, o.game_id, o.bookmaker_key, o.market_key, o.outcome_name, o.outcome_team_abbr,
         o.outcome_point, o.snapshot_timestamp
  FROM nba_raw.odds_api_game_lines o
  JOIN tipoffs t ON t.game_date = o.game_date AND t.game_id = o.game_id
  WHERE o.snapshot_timestamp < t.tipoff_utc AND o.market_key IN ('spreads', 'totals')
    AND o.outcome_point IS NOT NULL
),
game_line_books AS (
  SELECT game_date, game_id, bookmaker_key, market_key, outcome_name, outcome_team_abbr,
         arg_min(outcome_point, snapshot_timestamp) AS opening_point,
         arg_max(outcome_point, snapshot_timestamp) AS closing_point,
         max(snapshot_timestamp) AS closing_at
  FROM game_line_snapshots
  GROUP BY game_date, game_id, bookmaker_key, market_key, outcome_name, outcome_team_abbr
),
game_spreads AS (
  SELECT game_date, game_id, outcome_team_abbr AS team_abbr,
         median(closing_point) AS spread, median(opening_point) AS opening_spread,
         count(*) AS spread_books, max(closing_at) AS spread_as_of
  FROM game_line_books
  WHERE market_key = 'spreads' AND outcome_team_abbr IS NOT NULL
  GROUP BY game_date, game_id, outcome_team_abbr
),
game_totals AS (
  SELECT game_date, game_id,
         median(closing_point) AS total, median(opening_point) AS opening_total,
         count(*) AS total_books, max(closing_at) AS total_as_of
  FROM game_line_books
  WHERE market_key = 'totals' AND outcome_name = 'Over'
  GROUP BY game_date, game_id
),
