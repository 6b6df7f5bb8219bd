-- Points prop lines known before tip-off, per game and player.
-- Some books post several lines per player at one snapshot (a main line and alternates priced from
-- -260 to +200). Each book's MAIN line at a snapshot is the one priced closest to even (the smallest
-- gap between the over's and the under's implied probabilities; with only the over's price, the over
-- closest to -110); alternates never enter the consensus. Per book: opening = its first main line,
-- closing = its last main line before tip. The consensus is a line some book actually posted: the
-- closing line most books post, ties broken by a fixed book order (never a median between two lines).
-- The Odds API first; BettingPros only for (game, player) pairs the Odds API has no line for.
-- lines_by_book keeps each book's opening and closing main line and the closing line's American
-- prices (over/under, American; from the decimal price when only that is given; null where the source has
-- none), so Phase 5 can shop among the books.
-- Callers provide a CTE named tipoffs(game_id, game_date, tipoff_utc) for the games they cover.
odds_offers AS (
  SELECT o.game_date, o.game_id, o.player_lookup, o.bookmaker, o.points_line, o.snapshot_timestamp,
         coalesce(o.over_price_american, CASE WHEN o.over_price_decimal >= 2 THEN round((o.over_price_decimal - 1) * 100)
                                              WHEN o.over_price_decimal > 1 THEN round(-100 / (o.over_price_decimal - 1))
                                         END)::BIGINT AS over_price,
         coalesce(o.under_price_american, CASE WHEN o.under_price_decimal >= 2 THEN round((o.under_price_decimal - 1) * 100)
                                               WHEN o.under_price_decimal > 1 THEN round(-100 / (o.under_price_decimal - 1))
                                          END)::BIGINT AS under_price,
         CASE WHEN o.over_price_decimal > 1 AND o.under_price_decimal > 1
              THEN abs(1.0 / o.over_price_decimal - 1.0 / o.under_price_decimal)
              WHEN o.over_price_decimal > 1 THEN abs(1.0 / o.over_price_decimal - 0.5238)
              ELSE 1.0 END AS price_gap
  FROM nba_raw.odds_api_player_points_props o
  JOIN tipoffs t ON t.game_date = o.game_date AND t.game_id = o.game_id
  WHERE o.snapshot_timestamp < t.tipoff_utc
),
bp_offers AS (
  SELECT b.game_date, b.game_id, b.player_lookup, b.bookmaker, b.points_line, b.scrape_timestamp AS snapshot_timestamp,
         CAST(b.odds_american AS BIGINT) AS over_price,
         (SELECT CAST(max(u.odds_american) AS BIGINT) FROM nba_raw.bettingpros_player_points_props u
          WHERE u.game_id = b.game_id AND u.player_lookup = b.player_lookup AND u.book_id = b.book_id
            AND u.points_line = b.points_line AND u.scrape_timestamp = b.scrape_timestamp
            AND u.bet_side = 'under') AS under_price,
         abs(CASE WHEN b.odds_american < 0 THEN -b.odds_american / (100.0 - b.odds_american)
                  ELSE 100.0 / (b.odds_american + 100.0) END - 0.5238) AS price_gap
  FROM nba_raw.bettingpros_player_points_props b
  JOIN tipoffs t ON t.game_date = b.game_date AND t.game_id = b.game_id
  WHERE b.scrape_timestamp < t.tipoff_utc AND b.bet_side = 'over' AND b.book_id <> 0
    AND NOT EXISTS (SELECT 1 FROM odds_offers o
                    WHERE o.game_id = b.game_id AND o.player_lookup = b.player_lookup)
),
line_offers AS (
  SELECT *, 'odds_api' AS line_source FROM odds_offers
  UNION ALL SELECT *, 'bettingpros' FROM bp_offers
),
main_lines AS (
  SELECT game_date, game_id, player_lookup, bookmaker, line_source, points_line, snapshot_timestamp,
         over_price, under_price
  FROM (
    SELECT *, row_number() OVER (PARTITION BY game_id, player_lookup, bookmaker, line_source, snapshot_timestamp
                                 ORDER BY price_gap, points_line) AS main_rank
    FROM line_offers
  ) ranked
  WHERE main_rank = 1
),
book_lines AS (
  SELECT game_date, game_id, player_lookup, bookmaker, line_source,
         max(CASE WHEN first_rank = 1 THEN points_line END) AS opening_line,
         max(CASE WHEN last_rank = 1 THEN points_line END) AS closing_line,
         max(CASE WHEN last_rank = 1 THEN over_price END) AS closing_over_price,
         max(CASE WHEN last_rank = 1 THEN under_price END) AS closing_under_price,
         min(snapshot_timestamp) AS opening_at,
         max(snapshot_timestamp) AS closing_at,
         CASE bookmaker WHEN 'draftkings' THEN 1 WHEN 'fanduel' THEN 2 WHEN 'betmgm' THEN 3
                        WHEN 'williamhill_us' THEN 4 WHEN 'caesars' THEN 4 WHEN 'espnbet' THEN 5
                        WHEN 'betrivers' THEN 6 ELSE 99 END AS book_rank
  FROM (
    SELECT *,
           row_number() OVER (PARTITION BY game_id, player_lookup, bookmaker, line_source
                              ORDER BY snapshot_timestamp) AS first_rank,
           row_number() OVER (PARTITION BY game_id, player_lookup, bookmaker, line_source
                              ORDER BY snapshot_timestamp DESC) AS last_rank
    FROM main_lines
  ) ordered
  GROUP BY game_date, game_id, player_lookup, bookmaker, line_source
),
line_votes AS (
  -- how many books post each closing (and opening) line, and the best-ranked book posting it
  SELECT game_date, game_id, player_lookup, kind, line, count(*) AS books, min(book_rank) AS best_rank,
         min(bookmaker) AS first_book
  FROM (
    SELECT game_date, game_id, player_lookup, 'close' AS kind, closing_line AS line, book_rank, bookmaker
    FROM book_lines
    UNION ALL
    SELECT game_date, game_id, player_lookup, 'open', opening_line, book_rank, bookmaker FROM book_lines
  ) votes
  GROUP BY game_date, game_id, player_lookup, kind, line
),
consensus AS (
  SELECT game_date, game_id, player_lookup,
         max(CASE WHEN kind = 'close' THEN line END) AS consensus_line,
         max(CASE WHEN kind = 'open' THEN line END) AS consensus_opening_line
  FROM (
    SELECT *, row_number() OVER (PARTITION BY game_id, player_lookup, kind
                                 ORDER BY books DESC, best_rank, first_book, line) AS vote_rank
    FROM line_votes
  ) ranked
  WHERE vote_rank = 1
  GROUP BY game_date, game_id, player_lookup
),
prop_lines AS (
  SELECT b.game_date, b.game_id, b.player_lookup,
         min(b.line_source) AS line_source,
         min(c.consensus_line) AS consensus_line,
         min(c.consensus_opening_line) AS consensus_opening_line,
         count(*) AS books_count,
         max(b.closing_line) - min(b.closing_line) AS books_line_spread,
         max(b.closing_at) AS line_as_of,
         '{' || string_agg('"' || b.bookmaker || '":{"open":' || CAST(b.opening_line AS VARCHAR) || ',"close":'
                           || CAST(b.closing_line AS VARCHAR)
                           || ',"over":' || coalesce(CAST(b.closing_over_price AS VARCHAR), 'null')
                           || ',"under":' || coalesce(CAST(b.closing_under_price AS VARCHAR), 'null') || '}',
                           ',' ORDER BY b.bookmaker NULLS FIRST) || '}'
           AS lines_by_book
  FROM book_lines b
  JOIN consensus c ON c.game_id = b.game_id AND c.player_lookup = b.player_lookup
  GROUP BY b.game_date, b.game_id, b.player_lookup
),
