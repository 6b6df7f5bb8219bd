-- Each player's running windows over his played games (played_games must be included first), ending at
-- each game: the last 5 / 10 / 20 games and the season so far. A date D reads the state after his last
-- game before D (the as-of join in player_as_of), so D's own game never counts.
player_running AS (
  SELECT player_lookup, season_year, game_date, game_id,
         lead(game_date) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date, game_id) AS next_game_date,
         count(*) OVER w_season AS games_season,
         sum(points) OVER w_season AS points_season,
         sum(coalesce(minutes, 0)) OVER w_season AS minutes_season,
         avg(usage_rate) OVER w_season AS usage_season,
         count(*) OVER w10 AS games_l10, count(*) OVER w20 AS games_l20, count(*) OVER w5 AS games_l5,
         sum(points) OVER w5 AS points_l5, sum(points) OVER w10 AS points_l10,
         stddev_samp(points) OVER w10 AS points_std_l10,
         sum(coalesce(minutes, 0)) OVER w10 AS minutes_l10,
         avg(usage_rate) OVER w10 AS usage_l10, count(usage_rate) OVER w10 AS usage_games_l10,
         avg(ts_pct) OVER w10 AS ts_l10,
         sum(free_throws_made) OVER w10 AS ftm_l10,
         -- newest first: games 1-3 and games 4-5 of the last five (recent trend)
         sum(points) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date, game_id
                           ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS points_newest_3,
         sum(points) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date, game_id
                           ROWS BETWEEN 4 PRECEDING AND 3 PRECEDING) AS points_games_4_5,
         sum(zone_game) OVER w10 AS zone_games_l10, sum(zone_game) OVER w20 AS zone_games_l20,
         sum(paint_att) OVER w10 AS paint_att_l10, sum(paint_made) OVER w10 AS paint_made_l10,
         sum(mid_att) OVER w10 AS mid_att_l10, sum(mid_made) OVER w10 AS mid_made_l10,
         sum(three_att) OVER w10 AS three_att_l10, sum(three_made) OVER w10 AS three_made_l10,
         sum(assisted) OVER w10 AS assisted_l10, sum(unassisted) OVER w10 AS unassisted_l10,
         sum(paint_att) OVER w20 AS paint_att_l20, sum(paint_made) OVER w20 AS paint_made_l20,
         sum(mid_att) OVER w20 AS mid_att_l20, sum(mid_made) OVER w20 AS mid_made_l20,
         sum(three_att) OVER w20 AS three_att_l20, sum(three_made) OVER w20 AS three_made_l20
  FROM played_games
  WINDOW w_season AS (PARTITION BY player_lookup, season_year ORDER BY game_date, game_id
                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
         w5 AS (PARTITION BY player_lookup, season_year ORDER BY game_date, game_id ROWS BETWEEN 4 PRECEDING AND CURRENT ROW),
         w10 AS (PARTITION BY player_lookup, season_year ORDER BY game_date, game_id ROWS BETWEEN 9 PRECEDING AND CURRENT ROW),
         w20 AS (PARTITION BY player_lookup, season_year ORDER BY game_date, game_id ROWS BETWEEN 19 PRECEDING AND CURRENT ROW)
),
player_as_of AS (
  SELECT t.game_date AS analysis_date, t.player_lookup, r.*
  FROM target_players t
  JOIN player_running r ON r.player_lookup = t.player_lookup AND r.season_year = t.season_year
                       AND r.game_date < t.game_date
                       AND (r.next_game_date IS NULL OR r.next_game_date >= t.game_date)
),
