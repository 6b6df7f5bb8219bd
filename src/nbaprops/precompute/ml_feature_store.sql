-- nba_precompute.ml_feature_store for analysis dates :start_date..:end_date, in one pass.
-- One row per player expected in a game on D (upcoming_player_game_context, with or without a line).
-- base names each feature's candidate values <feature>__<source>; the feature contract
-- (feature_contract.py) generates, in its order, the value / source selection (-- @features) and the
-- stored vectors and scores (-- @vector), so the SQL never lists the feature order itself.
WITH
base AS (
  SELECT u.player_lookup, u.game_id, u.game_date, u.season_year, u.team_abbr, u.opponent_team_abbr,
         u.is_home, u.has_prop_line,
         p.points_avg_last_5 AS points_avg_last_5__phase4, u.points_avg_last_5 AS points_avg_last_5__phase3,
         p.points_avg_last_10 AS points_avg_last_10__phase4, u.points_avg_last_10 AS points_avg_last_10__phase3,
         p.points_avg_season AS points_avg_season__phase4, u.points_avg_season AS points_avg_season__phase3,
         p.points_std_last_10 AS points_std_last_10__phase4,
         CAST(p.games_in_last_7_days AS DOUBLE) AS games_in_last_7_days__phase4,
         CAST(u.games_in_last_7_days AS DOUBLE) AS games_in_last_7_days__phase3,
         CAST(f.fatigue_score AS DOUBLE) AS fatigue_score__phase4,
         CASE WHEN NOT f.shot_zone_mismatch_defaulted THEN f.shot_zone_mismatch_score END
           AS shot_zone_mismatch_score__phase4,
         CASE WHEN NOT f.pace_score_defaulted THEN f.pace_score END AS pace_score__phase4,
         CASE WHEN NOT f.usage_spike_defaulted THEN f.usage_spike_score END AS usage_spike_score__phase4,
         CAST(greatest(-2, least(2, f.days_rest - f.opponent_days_rest)) AS DOUBLE) AS rest_advantage__calculated,
         CASE lower(u.injury_status) WHEN 'available' THEN 0.0 WHEN 'probable' THEN 1.0
              WHEN 'questionable' THEN 2.0 WHEN 'doubtful' THEN 3.0 WHEN 'out' THEN 3.0
              ELSE CASE WHEN u.injury_status IS NULL AND u.injury_report_as_of IS NOT NULL THEN 0.0 END
         END AS injury_risk__calculated,
         CAST(p.recent_trend AS DOUBLE) AS recent_trend__calculated,
         CAST(p.minutes_change AS DOUBLE) AS minutes_change__calculated,
         d.defensive_rating_last_15 AS opponent_def_rating__phase4,
         d.opponent_pace AS opponent_pace__phase4,
         CASE WHEN u.is_home THEN 1.0 WHEN NOT u.is_home THEN 0.0 END AS home_away__phase3,
         CASE WHEN u.is_back_to_back THEN 1.0 ELSE 0.0 END AS back_to_back__phase3,
         CASE WHEN u.season_phase = 'playoffs' THEN 1.0 ELSE 0.0 END AS playoff_game__phase3,
         z.paint_rate_last_10 / 100.0 AS pct_paint__phase4,
         z.mid_range_rate_last_10 / 100.0 AS pct_mid_range__phase4,
         z.three_pt_rate_last_10 / 100.0 AS pct_three__phase4,
         p.ft_points_share_last_10 AS pct_free_throw__calculated,
         p.team_pace_last_10 AS team_pace__phase4,
         p.team_off_rating_last_10 AS team_off_rating__phase4,
         p.team_win_pct_season AS team_win_pct__calculated,
         -- v2 candidates (v1 never selects them)
         CAST(u.teammates_out_count AS DOUBLE) AS teammates_out__phase3,
         u.spread AS team_spread__phase3, u.total AS game_total__phase3,
         u.line_movement AS line_movement__phase3, u.line_books_spread AS books_line_spread__phase3,
         CAST(u.line_books_count AS DOUBLE) AS line_books_count__phase3,
         p.player_lookup IS NOT NULL AS has_pdc, coalesce(p.is_production_ready, FALSE) AS pdc_ready,
         f.player_lookup IS NOT NULL AS has_pcf, coalesce(f.is_production_ready, FALSE) AS pcf_ready,
         z.player_lookup IS NOT NULL AS has_psza, coalesce(z.is_production_ready, FALSE) AS psza_ready,
         d.team_abbr IS NOT NULL AS has_tdza, coalesce(d.is_production_ready, FALSE) AS tdza_ready,
         coalesce(p.expected_games_count, 0) AS expected_games_count,
         coalesce(p.actual_games_count, 0) AS actual_games_count,
         coalesce(p.missing_games_count, 0) AS missing_games_count,
         coalesce(p.completeness_percentage, 0.0) AS completeness_percentage,
         coalesce(p.l5_completeness_pct, 0.0) AS l5_completeness_pct,
         coalesce(p.l10_completeness_pct, 0.0) AS l10_completeness_pct,
         coalesce(p.quality_score, 0) AS cache_quality_score,
         coalesce(p.early_season_flag, TRUE) AS early_season_flag,
         coalesce(p.early_season_reason, CASE WHEN p.player_lookup IS NULL THEN 'no daily cache row' END)
           AS early_season_reason
  FROM nba_analytics.upcoming_player_game_context u
  LEFT JOIN nba_precompute.player_daily_cache p ON p.game_date = u.game_date AND p.player_lookup = u.player_lookup
  LEFT JOIN nba_precompute.player_composite_factors f
    ON f.game_date = u.game_date AND f.game_id = u.game_id AND f.player_lookup = u.player_lookup
  LEFT JOIN nba_precompute.player_shot_zone_analysis z ON z.game_date = u.game_date AND z.player_lookup = u.player_lookup
  LEFT JOIN nba_precompute.team_defense_zone_analysis d
    ON d.game_date = u.game_date AND d.team_abbr = u.opponent_team_abbr
  WHERE u.game_date BETWEEN :start_date AND :end_date
),
feats AS (
  SELECT b.*,
  -- @features
  FROM base b
),
vec AS (
  SELECT f.*,
  -- @vector
  FROM feats f
)
SELECT
  player_lookup, game_id, game_date, season_year, team_abbr, opponent_team_abbr, is_home, has_prop_line,
  feature_version, feature_count, feature_names, features, feature_sources, feature_quality_score,
  CASE WHEN default_feature_count = 0 THEN 'phase4'
       WHEN default_feature_count * 2 < feature_count THEN 'phase4_partial'
       ELSE 'mostly_defaults' END AS data_source,
  defaulted_features, default_feature_count,
  expected_games_count, actual_games_count, missing_games_count, completeness_percentage,
  l5_completeness_pct, l10_completeness_pct,
  pdc_ready AND pcf_ready AND psza_ready AND tdza_ready AS is_production_ready,
  '[' || concat_ws(',',
     CASE WHEN NOT has_pdc THEN '"no_daily_cache_row"' WHEN NOT pdc_ready THEN '"daily_cache_not_ready"' END,
     CASE WHEN NOT has_pcf THEN '"no_composite_factors_row"' WHEN NOT pcf_ready THEN '"composite_factors_not_ready"' END,
     CASE WHEN NOT has_psza THEN '"no_player_shot_zone_row"' WHEN NOT psza_ready THEN '"player_shot_zone_not_ready"' END,
     CASE WHEN NOT has_tdza THEN '"no_opponent_zone_defense_row"'
          WHEN NOT tdza_ready THEN '"opponent_zone_defense_not_ready"' END,
     CASE WHEN default_feature_count > 0 THEN '"features_defaulted"' END) || ']' AS data_quality_issues,
  CAST(greatest(0, least(cache_quality_score, round(feature_quality_score))) AS BIGINT) AS quality_score,
  early_season_flag, early_season_reason
FROM vec
