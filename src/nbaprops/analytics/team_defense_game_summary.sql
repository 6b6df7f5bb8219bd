-- nba_analytics.team_defense_game_summary for game dates :start_date..:end_date, in one pass.
WITH
games AS (
  SELECT game_id, nba_game_id, game_date, season_year, game_type, home_team_tricode
  FROM nba_raw.nbac_schedule
  WHERE game_date BETWEEN :start_date AND :end_date AND game_status = 3
),
-- @include player_box
-- @include team_lines
-- @include shots
-- @include team_zones
rows_in_range AS (
  -- the defending team t, the zones its opponent scored
  SELECT t.*, g.nba_game_id, g.season_year, g.game_type, (t.team_abbr = g.home_team_tricode) AS is_home,
         z.zone_source, z.paint_attempts, z.paint_makes, z.mid_range_attempts, z.mid_range_makes,
         z.three_attempts, z.three_makes
  FROM team_vs_opponent t
  JOIN games g ON g.game_date = t.game_date AND g.game_id = t.game_id
  LEFT JOIN team_zones z ON z.game_date = t.game_date AND z.game_id = t.game_id AND z.team_abbr = t.opp_abbr
)
SELECT
  game_id, nba_game_id, game_date, season_year, game_type, team_abbr, opp_abbr AS opponent_team_abbr, is_home,
  team_minutes,
  CAST(greatest(0, round((team_minutes - 240) / 25)) AS BIGINT) AS overtime_periods,
  points > opp_points AS win_flag, points - opp_points AS margin,
  opp_points AS points_allowed, points AS points_scored,
  opp_fgm AS opp_fg_made, opp_fga AS opp_fg_attempted, opp_fg3m AS opp_three_pt_made,
  opp_fg3a AS opp_three_pt_attempted, opp_ftm AS opp_ft_made, opp_fta AS opp_ft_attempted,
  opp_oreb AS opp_offensive_rebounds, opp_reb AS opp_total_rebounds, opp_ast AS opp_assists,
  opp_tov AS turnovers_forced, stl AS steals, blk AS blocks, dreb AS defensive_rebounds, pf AS fouls_committed,
  round(opp_possessions, 1) AS opponent_possessions,
  round(48 * opp_possessions / (team_minutes / 5), 2) AS opponent_pace,
  CASE WHEN opp_possessions > 0 THEN round(100 * opp_points / opp_possessions, 2) END AS defensive_rating,
  CASE WHEN opp_fga + 0.44 * opp_fta > 0 THEN round(opp_points / (2 * (opp_fga + 0.44 * opp_fta)), 3) END
    AS opponent_ts_pct,
  CASE WHEN opp_fga > 0 THEN round((opp_fgm + 0.5 * opp_fg3m) / opp_fga, 3) END AS opponent_efg_pct,
  3 * opp_fg3m AS three_pt_points_allowed,
  paint_attempts AS opp_paint_attempts, paint_makes AS opp_paint_makes, 2 * paint_makes AS paint_points_allowed,
  mid_range_attempts AS opp_mid_range_attempts, mid_range_makes AS opp_mid_range_makes,
  2 * mid_range_makes AS mid_range_points_allowed,
  three_attempts AS opp_three_attempts, three_makes AS opp_three_makes,
  zone_source AS shot_zones_source, team_stats_source,
  CASE WHEN team_stats_source = 'nbac_team_boxscore' AND zone_source IS NOT NULL THEN 'gold'
       WHEN team_stats_source = 'nbac_team_boxscore' THEN 'silver'
       ELSE 'bronze' END AS data_quality_tier,
  '[' || concat_ws(',',
     CASE WHEN team_stats_source <> 'nbac_team_boxscore' THEN '"team_box_from_player_sums"' END,
     CASE WHEN zone_source IS NULL THEN '"no_play_by_play"' END) || ']' AS quality_issues
FROM rows_in_range
