-- nba_analytics.player_game_summary for game dates :start_date..:end_date, in one pass.
WITH
-- @include scheduled_games
games AS (SELECT * FROM scheduled_games WHERE game_status = 3),
-- @include player_box
-- @include team_lines
-- @include player_usage
-- @include shots
-- @include prop_lines
box AS (
  SELECT b.* FROM player_box b WHERE b.game_date BETWEEN :start_date AND :end_date
),
player_zones AS (
  SELECT game_date, game_id, player_lookup, min(zone_source) AS zone_source,
         sum(CASE WHEN zone = 'paint' THEN 1 ELSE 0 END) AS paint_attempts,
         sum(CASE WHEN zone = 'paint' AND shot_made THEN 1 ELSE 0 END) AS paint_makes,
         sum(CASE WHEN zone = 'mid_range' THEN 1 ELSE 0 END) AS mid_range_attempts,
         sum(CASE WHEN zone = 'mid_range' AND shot_made THEN 1 ELSE 0 END) AS mid_range_makes,
         sum(CASE WHEN zone = 'three' THEN 1 ELSE 0 END) AS three_attempts,
         sum(CASE WHEN zone = 'three' AND shot_made THEN 1 ELSE 0 END) AS three_makes,
         sum(CASE WHEN shot_made AND assisted THEN 1 ELSE 0 END) AS assisted_makes,
         sum(CASE WHEN shot_made AND NOT assisted THEN 1 ELSE 0 END) AS unassisted_makes,
         sum(CASE WHEN and_one THEN 1 ELSE 0 END) AS and1_count
  FROM shots
  WHERE game_date BETWEEN :start_date AND :end_date AND player_lookup IS NOT NULL
  GROUP BY game_date, game_id, player_lookup
),
games_with_shots AS (
  SELECT DISTINCT game_date, game_id, zone_source FROM shots WHERE game_date BETWEEN :start_date AND :end_date
),
bdb_first_event AS (
  SELECT *
  FROM nba_raw.bigdataball_play_by_play
  WHERE game_date BETWEEN :start_date AND :end_date
  QUALIFY row_number() OVER (PARTITION BY game_date, game_id ORDER BY event_sequence) = 1
),
bdb_starters AS (
  SELECT game_date, game_id, home_player_1_lookup AS player_lookup FROM bdb_first_event
  UNION ALL SELECT game_date, game_id, home_player_2_lookup FROM bdb_first_event
  UNION ALL SELECT game_date, game_id, home_player_3_lookup FROM bdb_first_event
  UNION ALL SELECT game_date, game_id, home_player_4_lookup FROM bdb_first_event
  UNION ALL SELECT game_date, game_id, home_player_5_lookup FROM bdb_first_event
  UNION ALL SELECT game_date, game_id, away_player_1_lookup FROM bdb_first_event
  UNION ALL SELECT game_date, game_id, away_player_2_lookup FROM bdb_first_event
  UNION ALL SELECT game_date, game_id, away_player_3_lookup FROM bdb_first_event
  UNION ALL SELECT game_date, game_id, away_player_4_lookup FROM bdb_first_event
  UNION ALL SELECT game_date, game_id, away_player_5_lookup FROM bdb_first_event
),
bdb_lineup_games AS (SELECT DISTINCT game_date, game_id FROM bdb_first_event),
espn_starters AS (
  SELECT game_date, game_id, player_lookup, starter FROM nba_raw.espn_boxscores
  WHERE game_date BETWEEN :start_date AND :end_date AND starter IS NOT NULL
),
ids AS (
  SELECT game_date, game_id, player_lookup, min(nba_player_id) AS nba_player_id
  FROM nba_raw.nbac_player_boxscores
  WHERE game_date BETWEEN :start_date AND :end_date
  GROUP BY game_date, game_id, player_lookup
),
joined AS (
  SELECT
    b.*, g.nba_game_id, g.season_year, g.game_type,
    (b.team_abbr = g.home_team_tricode) AS is_home,
    CASE WHEN b.team_abbr = g.home_team_tricode THEN g.away_team_tricode ELSE g.home_team_tricode END
      AS opponent_team_abbr,
    CASE WHEN b.team_abbr = g.home_team_tricode THEN g.home_team_score ELSE g.away_team_score END AS team_points,
    CASE WHEN b.team_abbr = g.home_team_tricode THEN g.away_team_score ELSE g.home_team_score END AS opp_points,
    u.usage_rate, u.team_fga AS t_fga, u.team_fta AS t_fta, u.team_tov AS t_tov, u.team_minutes AS t_minutes,
    z.paint_attempts AS z_paint_a, z.paint_makes AS z_paint_m, z.mid_range_attempts AS z_mid_a,
    z.mid_range_makes AS z_mid_m, z.three_attempts AS z_three_a, z.three_makes AS z_three_m,
    z.assisted_makes AS z_assisted, z.unassisted_makes AS z_unassisted, z.and1_count AS z_and1,
    gs.zone_source AS game_zone_source,
    es.starter AS espn_starter,
    (bl.game_id IS NOT NULL) AS has_bdb_lineup,
    (bs.player_lookup IS NOT NULL) AS bdb_starter,
    ids.nba_player_id,
    pl.consensus_line, pl.consensus_opening_line, pl.line_source, pl.books_count, pl.lines_by_book, pl.line_as_of
  FROM box b
  JOIN games g ON g.game_date = b.game_date AND g.game_id = b.game_id
  LEFT JOIN player_usage u ON u.game_date = b.game_date AND u.game_id = b.game_id
                          AND u.player_lookup = b.player_lookup
  LEFT JOIN player_zones z ON z.game_date = b.game_date AND z.game_id = b.game_id AND z.player_lookup = b.player_lookup
  LEFT JOIN games_with_shots gs ON gs.game_date = b.game_date AND gs.game_id = b.game_id
  LEFT JOIN espn_starters es ON es.game_date = b.game_date AND es.game_id = b.game_id
                            AND es.player_lookup = b.player_lookup
  LEFT JOIN bdb_lineup_games bl ON bl.game_date = b.game_date AND bl.game_id = b.game_id
  LEFT JOIN (SELECT DISTINCT game_date, game_id, player_lookup FROM bdb_starters) bs
         ON bs.game_date = b.game_date AND bs.game_id = b.game_id AND bs.player_lookup = b.player_lookup
  LEFT JOIN ids ON ids.game_date = b.game_date AND ids.game_id = b.game_id AND ids.player_lookup = b.player_lookup
  LEFT JOIN prop_lines pl ON pl.game_date = b.game_date AND pl.game_id = b.game_id
                         AND pl.player_lookup = b.player_lookup
)
SELECT
  game_id, nba_game_id, game_date, season_year, game_type, player_lookup, player_full_name, nba_player_id,
  team_abbr, opponent_team_abbr, is_home,
  CASE WHEN starter IS NOT NULL THEN starter
       WHEN espn_starter IS NOT NULL THEN espn_starter
       WHEN has_bdb_lineup THEN bdb_starter END AS starter_flag,
  CASE WHEN starter IS NOT NULL THEN stats_source
       WHEN espn_starter IS NOT NULL THEN 'espn_boxscores'
       WHEN has_bdb_lineup THEN 'bigdataball_play_by_play' END AS starter_source,
  minutes, points, fgm AS field_goals_made, fga AS field_goals_attempted, fg3m AS three_pointers_made,
  fg3a AS three_pointers_attempted, ftm AS free_throws_made, fta AS free_throws_attempted,
  oreb AS offensive_rebounds, dreb AS defensive_rebounds, reb AS total_rebounds, ast AS assists,
  stl AS steals, blk AS blocks, tov AS turnovers, pf AS personal_fouls, plus_minus,
  CASE WHEN fga > 0 THEN round((fgm + 0.5 * fg3m) / fga, 3) END AS efg_pct,
  CASE WHEN fga + 0.44 * fta > 0 THEN round(points / (2 * (fga + 0.44 * fta)), 3) END AS ts_pct,
  usage_rate,
  t_fga AS team_fga, t_fta AS team_fta, t_tov AS team_turnovers, t_minutes AS team_minutes,
  CASE WHEN game_zone_source IS NOT NULL THEN coalesce(z_paint_a, 0)
       ELSE CAST(round(0.47 * (fga - fg3a)) AS BIGINT) END AS paint_attempts,
  CASE WHEN game_zone_source IS NOT NULL THEN coalesce(z_paint_m, 0) END AS paint_makes,
  CASE WHEN game_zone_source IS NOT NULL THEN coalesce(z_mid_a, 0)
       ELSE (fga - fg3a) - CAST(round(0.47 * (fga - fg3a)) AS BIGINT) END AS mid_range_attempts,
  CASE WHEN game_zone_source IS NOT NULL THEN coalesce(z_mid_m, 0) END AS mid_range_makes,
  CASE WHEN game_zone_source IS NOT NULL THEN coalesce(z_three_a, 0) ELSE fg3a END AS three_attempts,
  CASE WHEN game_zone_source IS NOT NULL THEN coalesce(z_three_m, 0) ELSE fg3m END AS three_makes,
  CASE WHEN game_zone_source IS NOT NULL THEN coalesce(z_assisted, 0) END AS assisted_fg_makes,
  CASE WHEN game_zone_source IS NOT NULL THEN coalesce(z_unassisted, 0) END AS unassisted_fg_makes,
  CASE WHEN game_zone_source IS NOT NULL THEN coalesce(z_and1, 0) END AS and1_count,
  coalesce(game_zone_source, 'estimated') AS shot_zones_source,
  game_zone_source IS NULL AS shot_zones_estimated,
  team_points, opp_points AS opponent_points,
  CASE WHEN team_points IS NOT NULL AND opp_points IS NOT NULL THEN team_points > opp_points END AS win_flag,
  consensus_line AS points_line, consensus_opening_line AS opening_line,
  consensus_line - consensus_opening_line AS line_movement, line_source AS points_line_source,
  books_count AS line_books_count, lines_by_book AS points_line_by_book, line_as_of,
  points - consensus_line AS line_margin,
  CASE WHEN consensus_line IS NULL OR points IS NULL THEN NULL
       WHEN points > consensus_line THEN 'OVER'
       WHEN points < consensus_line THEN 'UNDER'
       ELSE 'PUSH' END AS over_under_result,
  stats_source,
  CASE source_rank WHEN 1 THEN 'gold' WHEN 2 THEN 'silver' WHEN 3 THEN 'silver' ELSE 'bronze' END
    AS data_quality_tier,
  (CASE source_rank WHEN 1 THEN 100 WHEN 2 THEN 90 WHEN 3 THEN 85 ELSE 70 END)
    - (CASE WHEN game_zone_source IS NULL THEN 5 ELSE 0 END) AS quality_score,
  '[' || concat_ws(',',
     CASE WHEN source_rank > 1 THEN '"backup_source_used"' END,
     CASE WHEN game_zone_source IS NULL THEN '"shot_zones_estimated"' END,
     CASE WHEN t_minutes IS NULL THEN '"no_team_totals"' END) || ']' AS quality_issues
FROM joined
