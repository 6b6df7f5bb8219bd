-- The schedule's games of :start_date..:end_date (any status) and their tip-off times, the instant
-- before which lines and reports count as known (an evening ET tip when the schedule has no time).
scheduled_games AS (
  SELECT game_id, nba_game_id, game_date, season_year, game_type, game_status, home_team_tricode,
         away_team_tricode, home_team_score, away_team_score, game_datetime_utc, is_neutral
  FROM nba_raw.nbac_schedule
  WHERE game_date BETWEEN :start_date AND :end_date
),
tipoffs AS (
  SELECT game_id, game_date,
         coalesce(game_datetime_utc, CAST(game_date AS TIMESTAMPTZ) + INTERVAL 23 HOUR) AS tipoff_utc
  FROM scheduled_games
),
