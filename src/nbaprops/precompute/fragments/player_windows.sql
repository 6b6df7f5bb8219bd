-- Each player's running windows over his played games (played_games must be included first), ending at
-- each game: the last 5 / 10 / 20 games and the season so far. A date D reads the state after his last
-- game before D (the as-of join in player_as_of), so D's own game never counts.
player_running AS (
  SELECT player_lookup, season_year, game_date, game_id,
         lead(game_date) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST) AS next_game_date,
         count(*) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS games_season,
         sum(points) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS points_season,
         sum(coalesce(minutes, 0)) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS minutes_season,
         avg(usage_rate) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS usage_season,
         count(*) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS games_l10, count(*) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 19 PRECEDING AND CURRENT ROW) AS games_l20, count(*) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 4 PRECEDING AND CURRENT ROW) AS games_l5,
         sum(points) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 4 PRECEDING AND CURRENT ROW) AS points_l5, sum(points) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS points_l10,
         stddev_samp(points) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS points_std_l10,
         sum(coalesce(minutes, 0)) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS minutes_l10,
         avg(usage_rate) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS usage_l10, count(usage_rate) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS usage_games_l10,
         avg(ts_pct) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS ts_l10,
         sum(free_throws_made) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS ftm_l10,
         -- newest first: games 1-3 and games 4-5 of the last five (recent trend)
         sum(points) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST
                           ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS points_newest_3,
         sum(points) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST
                           ROWS BETWEEN 4 PRECEDING AND 3 PRECEDING) AS points_games_4_5,
         sum(zone_game) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS zone_games_l10, sum(zone_game) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 19 PRECEDING AND CURRENT ROW) AS zone_games_l20,
         sum(paint_att) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS paint_att_l10, sum(paint_made) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS paint_made_l10,
         sum(mid_att) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS mid_att_l10, sum(mid_made) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS mid_made_l10,
         sum(three_att) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS three_att_l10, sum(three_made) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS three_made_l10,
         sum(assisted) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS assisted_l10, sum(unassisted) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS unassisted_l10,
         sum(paint_att) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 19 PRECEDING AND CURRENT ROW) AS paint_att_l20, sum(paint_made) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 19 PRECEDING AND CURRENT ROW) AS paint_made_l20,
         sum(mid_att) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 19 PRECEDING AND CURRENT ROW) AS mid_att_l20, sum(mid_made) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 19 PRECEDING AND CURRENT ROW) AS mid_made_l20,
         sum(three_att) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 19 PRECEDING AND CURRENT ROW) AS three_att_l20, sum(three_made) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 19 PRECEDING AND CURRENT ROW) AS three_made_l20
  FROM played_games
),
player_as_of AS (
  SELECT t.game_date AS analysis_date, t.player_lookup, r.*
  FROM target_players t
  JOIN player_running r ON r.player_lookup = t.player_lookup AND r.season_year = t.season_year
                       AND r.game_date < t.game_date
                       AND (r.next_game_date IS NULL OR r.next_game_date >= t.game_date)
),
