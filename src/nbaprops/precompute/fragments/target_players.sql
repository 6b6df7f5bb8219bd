-- The players expected on each analysis date D (upcoming_player_game_context: with or without a line),
-- one row per player and date (a player expected in two games of a date keeps the first by game id).
target_players AS (
  SELECT game_date, season_year, game_id, player_lookup, team_abbr, opponent_team_abbr
  FROM nba_analytics.upcoming_player_game_context
  WHERE game_date BETWEEN :start_date AND :end_date
  QUALIFY row_number() OVER (PARTITION BY game_date, player_lookup ORDER BY game_id) = 1
),
