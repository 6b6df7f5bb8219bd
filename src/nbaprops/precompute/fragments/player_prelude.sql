-- What the three per-player processors share: the players expected on each date, their played games and
-- windows, and the completeness of their team's games in player_game_summary (expected from the schedule).
-- @include target_players
target_seasons AS (SELECT DISTINCT season_year FROM target_players),
-- @include played_games
-- @include player_windows
targets AS (SELECT team_abbr, season_year, game_date FROM target_players),
-- @include coverage_dates_from_targets
coverage_present AS (
  SELECT DISTINCT game_id, team_abbr FROM nba_analytics.player_game_summary
  WHERE game_date < :end_date AND season_year IN (SELECT season_year FROM target_seasons)
),
-- @include coverage
