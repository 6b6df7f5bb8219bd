-- nba_analytics.team_defense_game_summary for game dates :start_date..:end_date, in one pass.
WITH
-- @include team_game_rows
defense AS (
  SELECT
    game_id, nba_game_id, game_date, season_year, game_type, team_abbr, opp_abbr AS opponent_team_abbr, is_home,
    team_minutes, overtime_periods, points > opp_points AS win_flag, points - opp_points AS margin,
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
    oz_paint_a AS opp_paint_attempts, oz_paint_m AS opp_paint_makes, 2 * oz_paint_m AS paint_points_allowed,
    oz_mid_a AS opp_mid_range_attempts, oz_mid_m AS opp_mid_range_makes, 2 * oz_mid_m AS mid_range_points_allowed,
    oz_three_a AS opp_three_attempts, oz_three_m AS opp_three_makes,
    oz_source AS shot_zones_source, team_stats_source,
    CASE WHEN team_stats_source = 'nbac_team_boxscore' AND oz_source IS NOT NULL THEN 'gold'
         WHEN team_stats_source = 'nbac_team_boxscore' THEN 'silver'
         ELSE 'bronze' END AS data_quality_tier,
    '[' || concat_ws(',',
       CASE WHEN team_stats_source <> 'nbac_team_boxscore' THEN '"team_box_from_player_sums"' END,
       CASE WHEN oz_source IS NULL THEN '"no_play_by_play"' END) || ']' AS quality_issues
  FROM rows_in_range
)
SELECT * FROM defense
