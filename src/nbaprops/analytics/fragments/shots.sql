-- Field-goal attempts with zone inputs, one source per game: NBA.com play-by-play, else BigDataBall.
-- Zones: paint = 2PT at 8 ft or less; mid_range = other 2PT; three = 3PT.
pbp_player_ids AS (
  SELECT nba_player_id, min(player_lookup) AS player_lookup
  FROM (
    SELECT nba_player_id, player_lookup FROM nba_raw.nbac_player_boxscores
    UNION ALL SELECT player_id, player_lookup FROM nba_raw.nbac_player_list_current
  ) ids
  WHERE nba_player_id IS NOT NULL AND player_lookup IS NOT NULL
  GROUP BY nba_player_id
),
ft_and1_nbac AS (
  SELECT game_date, game_id, player_1_id, period, game_clock_seconds
  FROM nba_raw.nbac_play_by_play
  WHERE event_type = 'freethrow' AND event_action_type = '1 of 1'
),
shots_nbac AS (
  SELECT p.game_date, p.game_id, i.player_lookup, p.team_abbr, p.shot_type, p.shot_distance, p.shot_made,
         p.assist_player_id IS NOT NULL AS assisted,
         EXISTS (SELECT 1 FROM ft_and1_nbac f WHERE f.game_date = p.game_date AND f.game_id = p.game_id
                 AND f.player_1_id = p.player_1_id AND f.period = p.period
                 AND f.game_clock_seconds = p.game_clock_seconds) AND p.shot_made AS and_one,
         'nbac_play_by_play' AS zone_source, 1 AS zone_rank
  FROM nba_raw.nbac_play_by_play p
  LEFT JOIN pbp_player_ids i ON i.nba_player_id = p.player_1_id
  WHERE p.shot_type IN ('2PT', '3PT')
),
ft_and1_bdb AS (
  SELECT game_date, game_id, player_1_lookup, period, game_clock_seconds
  FROM nba_raw.bigdataball_play_by_play
  WHERE shot_type = 'FT' AND free_throw_num = 1 AND free_throw_outof = 1
),
shots_bdb AS (
  SELECT b.game_date, b.game_id, b.player_1_lookup, b.team_abbr, b.shot_type, b.shot_distance, b.shot_made,
         coalesce(b.assist_player_lookup, '') <> '',
         EXISTS (SELECT 1 FROM ft_and1_bdb f WHERE f.game_date = b.game_date AND f.game_id = b.game_id
                 AND f.player_1_lookup = b.player_1_lookup AND f.period = b.period
                 AND f.game_clock_seconds = b.game_clock_seconds) AND b.shot_made,
         'bigdataball_play_by_play', 2
  FROM nba_raw.bigdataball_play_by_play b
  WHERE b.shot_type IN ('2PT', '3PT')
),
shots_all AS (
  SELECT * FROM shots_nbac UNION ALL SELECT * FROM shots_bdb
),
shots_best_source AS (
  SELECT game_date, game_id, min(zone_rank) AS best_rank FROM shots_all GROUP BY game_date, game_id
),
shots AS (
  SELECT s.*,
         CASE WHEN s.shot_type = '3PT' THEN 'three'
              WHEN s.shot_distance <= 8 THEN 'paint'
              ELSE 'mid_range' END AS zone
  FROM shots_all s
  JOIN shots_best_source b ON b.game_date = s.game_date AND b.game_id = s.game_id AND b.best_rank = s.zone_rank
),
