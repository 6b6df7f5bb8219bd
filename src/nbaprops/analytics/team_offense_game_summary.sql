-- nba_analytics.team_offense_game_summary for game dates :start_date..:end_date, in one pass.
WITH
-- @include team_game_rows
offense AS (
  SELECT
    game_id, nba_game_id, game_date, season_year, game_type, team_abbr, opp_abbr AS opponent_team_abbr, is_home,
    team_minutes, overtime_periods, points > opp_points AS win_flag, points - opp_points AS margin,
    points, opp_points AS opponent_points, fgm AS fg_made, fga AS fg_attempted, fg3m AS three_pt_made,
    fg3a AS three_pt_attempted, ftm AS ft_made, fta AS ft_attempted, oreb AS offensive_rebounds,
    dreb AS defensive_rebounds, reb AS total_rebounds, ast AS assists, stl AS steals, blk AS blocks,
    tov AS turnovers, pf AS personal_fouls,
    round(possessions, 1) AS possessions,
    round(48 * ((possessions + opp_possessions) / 2) / (team_minutes / 5), 2) AS pace,
    CASE WHEN possessions > 0 THEN round(100 * points / possessions, 2) END AS offensive_rating,
    CASE WHEN opp_possessions > 0 THEN round(100 * opp_points / opp_possessions, 2) END AS defensive_rating,
    CASE WHEN fga + 0.44 * fta > 0 THEN round(points / (2 * (fga + 0.44 * fta)), 3) END AS ts_pct,
    CASE WHEN fga > 0 THEN round((fgm + 0.5 * fg3m) / fga, 3) END AS efg_pct,
    z_paint_a AS paint_attempts, z_paint_m AS paint_makes, 2 * z_paint_m AS paint_points,
    z_mid_a AS mid_range_attempts, z_mid_m AS mid_range_makes, 2 * z_mid_m AS mid_range_points,
    z_three_a AS three_attempts, z_three_m AS three_makes, 3 * z_three_m AS three_points,
    z_source AS shot_zones_source, team_stats_source,
    CASE WHEN team_stats_source = 'nbac_team_boxscore' AND z_source IS NOT NULL THEN 'gold'
         WHEN team_stats_source = 'nbac_team_boxscore' THEN 'silver'
         ELSE 'bronze' END AS data_quality_tier,
    '[' || concat_ws(',',
       CASE WHEN team_stats_source <> 'nbac_team_boxscore' THEN '"team_box_from_player_sums"' END,
       CASE WHEN z_source IS NULL THEN '"no_play_by_play"' END,
       CASE WHEN 2 * (fgm - fg3m) + 3 * fg3m + ftm <> points THEN '"points_do_not_add_up"' END) || ']'
      AS quality_issues
  FROM rows_in_range
)
SELECT * FROM offense
