-- The best stat line per player per game: one source per game, by priority
-- (gamebook, then NBA.com player box scores, then Ball Don't Lie, then ESPN). Callers filter by date.
box_gamebook AS (
  SELECT game_id, game_date, player_lookup, player_name AS player_full_name, team_abbr,
         minutes_decimal AS minutes, points, field_goals_made AS fgm, field_goals_attempted AS fga,
         three_pointers_made AS fg3m, three_pointers_attempted AS fg3a, free_throws_made AS ftm,
         free_throws_attempted AS fta, offensive_rebounds AS oreb, defensive_rebounds AS dreb,
         total_rebounds AS reb, assists AS ast, steals AS stl, blocks AS blk, turnovers AS tov,
         personal_fouls AS pf, plus_minus, starter, 'nbac_gamebook' AS stats_source, 1 AS source_rank
  FROM nba_raw.nbac_gamebook_player_stats
  WHERE player_status = 'active' AND player_lookup IS NOT NULL AND player_lookup <> ''
),
box_nbac AS (
  SELECT game_id, game_date, player_lookup, player_full_name, team_abbr, minutes, points,
         field_goals_made, field_goals_attempted, three_pointers_made, three_pointers_attempted,
         free_throws_made, free_throws_attempted, offensive_rebounds, defensive_rebounds, total_rebounds,
         assists, steals, blocks, turnovers, personal_fouls, plus_minus, CAST(NULL AS BOOLEAN),
         'nbac_player_boxscores', 2
  FROM nba_raw.nbac_player_boxscores
),
box_bdl AS (
  SELECT game_id, game_date, player_lookup, player_full_name, team_abbr, minutes, points,
         field_goals_made, field_goals_attempted, three_pointers_made, three_pointers_attempted,
         free_throws_made, free_throws_attempted, offensive_rebounds, defensive_rebounds, total_rebounds,
         assists, steals, blocks, turnovers, personal_fouls, CAST(NULL AS BIGINT), CAST(NULL AS BOOLEAN),
         'bdl_player_boxscores', 3
  FROM nba_raw.bdl_player_boxscores
  WHERE minutes > 0
),
box_espn AS (
  SELECT game_id, game_date, player_lookup, player_full_name, team_abbr, minutes, points,
         field_goals_made, field_goals_attempted, three_pointers_made, three_pointers_attempted,
         free_throws_made, free_throws_attempted, offensive_rebounds, defensive_rebounds, total_rebounds,
         assists, steals, blocks, turnovers, personal_fouls, plus_minus, starter, 'espn_boxscores', 4
  FROM nba_raw.espn_boxscores
  WHERE minutes > 0
),
box_all AS (
  SELECT * FROM box_gamebook
  UNION ALL SELECT * FROM box_nbac
  UNION ALL SELECT * FROM box_bdl
  UNION ALL SELECT * FROM box_espn
),
box_best_source AS (
  SELECT game_date, game_id, min(source_rank) AS best_rank FROM box_all GROUP BY game_date, game_id
),
-- one spelling of a player's name whichever source gave the stats: NBA.com's display name (with its
-- diacritics) first, then ESPN's, the gamebook's and Ball Don't Lie's
box_names AS (
  SELECT game_date, game_id, player_lookup, player_full_name
  FROM box_all
  WHERE player_full_name IS NOT NULL AND player_full_name <> ''
  QUALIFY row_number() OVER (
    PARTITION BY game_date, game_id, player_lookup
    ORDER BY CASE stats_source WHEN 'nbac_player_boxscores' THEN 1 WHEN 'espn_boxscores' THEN 2
                               WHEN 'nbac_gamebook' THEN 3 ELSE 4 END, player_full_name) = 1
),
player_box AS (
  SELECT a.* REPLACE (coalesce(n.player_full_name, a.player_full_name) AS player_full_name)
  FROM box_all a
  JOIN box_best_source b ON b.game_date = a.game_date AND b.game_id = a.game_id AND b.best_rank = a.source_rank
  LEFT JOIN box_names n ON n.game_date = a.game_date AND n.game_id = a.game_id AND n.player_lookup = a.player_lookup
  QUALIFY row_number() OVER (
    PARTITION BY a.game_date, a.game_id, a.player_lookup ORDER BY a.minutes DESC NULLS LAST, a.team_abbr) = 1
),
