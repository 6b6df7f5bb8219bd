-- nba_precompute.player_daily_cache for analysis dates :start_date..:end_date, in one pass.
-- Per player expected on D: his scoring, minutes, usage and shooting over his last 5 / 10 played games
-- and the season before D, his team's pace, offensive rating and win share before D, and the fatigue
-- and zone values of the Phase 4 tables of D, so the feature store reads one row per player.
WITH
-- @include player_prelude
team_running AS (
  SELECT team_abbr, season_year, game_date,
         lead(game_date) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST) AS next_game_date,
         count(*) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS team_games_l10,
         avg(pace) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS pace_l10, avg(offensive_rating) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS off_rating_l10,
         count(*) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS team_games_season,
         sum(CASE WHEN win_flag THEN 1 ELSE 0 END) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS team_wins_season,
         sum(CASE WHEN win_flag IS NULL THEN 0 ELSE 1 END) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS team_decided_season
  FROM nba_analytics.team_offense_game_summary
  WHERE game_date < :end_date AND season_year IN (SELECT season_year FROM target_seasons)
),
team_as_of AS (
  SELECT d.game_date AS analysis_date, r.*
  FROM coverage_dates d
  JOIN team_running r ON r.team_abbr = d.team_abbr AND r.season_year = d.season_year AND r.game_date < d.game_date
                     AND (r.next_game_date IS NULL OR r.next_game_date >= d.game_date)
),
joined AS (
  SELECT t.player_lookup, t.game_date, t.season_year, t.game_id, t.team_abbr, t.opponent_team_abbr,
         coalesce(a.games_season, 0) AS games_season, coalesce(a.games_l5, 0) AS games_l5,
         coalesce(a.games_l10, 0) AS games_l10,
         a.points_l5, a.points_l10, a.points_season, a.points_std_l10, a.minutes_l10, a.minutes_season,
         a.usage_l10, a.usage_season, a.ts_l10, a.ftm_l10, a.points_newest_3, a.points_games_4_5,
         u.games_in_last_7_days,
         tm.team_games_l10, tm.pace_l10, tm.off_rating_l10, tm.team_decided_season, tm.team_wins_season,
         f.fatigue_score, f.fatigue_adjustment, f.is_production_ready AS pcf_ready, f.player_lookup IS NOT NULL AS has_pcf,
         z.primary_scoring_zone, z.paint_rate_last_10, z.mid_range_rate_last_10, z.three_pt_rate_last_10,
         z.zones_defaulted, z.is_production_ready AS psza_ready, z.player_lookup IS NOT NULL AS has_psza,
         d.defensive_rating_last_15 AS opponent_def_rating_last_15, d.opponent_pace AS opponent_pace_last_15,
         d.is_production_ready AS tdza_ready, d.team_abbr IS NOT NULL AS has_tdza,
         coalesce(c.expected_games_count, 0) AS expected_games_count,
         coalesce(c.actual_games_count, 0) AS actual_games_count,
         coalesce(c.exp_l5, 0) AS exp_l5, coalesce(c.act_l5, 0) AS act_l5,
         coalesce(c.exp_l10, 0) AS exp_l10, coalesce(c.act_l10, 0) AS act_l10
  FROM target_players t
  LEFT JOIN player_as_of a ON a.analysis_date = t.game_date AND a.player_lookup = t.player_lookup
  LEFT JOIN nba_analytics.upcoming_player_game_context u
    ON u.game_date = t.game_date AND u.game_id = t.game_id AND u.player_lookup = t.player_lookup
  LEFT JOIN team_as_of tm ON tm.analysis_date = t.game_date AND tm.team_abbr = t.team_abbr
  LEFT JOIN nba_precompute.player_composite_factors f
    ON f.game_date = t.game_date AND f.game_id = t.game_id AND f.player_lookup = t.player_lookup
  LEFT JOIN nba_precompute.player_shot_zone_analysis z ON z.game_date = t.game_date AND z.player_lookup = t.player_lookup
  LEFT JOIN nba_precompute.team_defense_zone_analysis d
    ON d.game_date = t.game_date AND d.team_abbr = t.opponent_team_abbr
  LEFT JOIN coverage c ON c.team_abbr = t.team_abbr AND c.game_date = t.game_date
),
calc AS (
  SELECT j.*,
         CASE WHEN games_l5 > 0 THEN points_l5 * 1.0 / games_l5 END AS points_avg_last_5,
         CASE WHEN games_l10 > 0 THEN points_l10 * 1.0 / games_l10 END AS points_avg_last_10,
         CASE WHEN games_season > 0 THEN points_season * 1.0 / games_season END AS points_avg_season,
         CASE WHEN games_l10 > 0 THEN minutes_l10 / games_l10 END AS minutes_avg_last_10,
         CASE WHEN games_season > 0 THEN minutes_season / games_season END AS minutes_avg_season,
         CASE WHEN expected_games_count = 0 THEN 100.0
              ELSE round(100.0 * actual_games_count / expected_games_count, 1) END AS pct_all,
         CASE WHEN exp_l5 = 0 THEN 100.0 ELSE round(100.0 * act_l5 / exp_l5, 1) END AS pct_l5,
         CASE WHEN exp_l10 = 0 THEN 100.0 ELSE round(100.0 * act_l10 / exp_l10, 1) END AS pct_l10
  FROM joined j
),
derived AS (
  SELECT c.*,
         -- free-throw points share of the last 10 (5 games at least), clamped to 0..0.5
         CASE WHEN games_l10 >= 5 AND points_l10 > 0 THEN greatest(0.0, least(0.5, ftm_l10 * 1.0 / points_l10)) END
           AS ft_points_share_last_10,
         -- newest three games against games four and five: + = scoring more lately
         CASE WHEN games_l5 >= 5 THEN points_newest_3 / 3.0 - points_games_4_5 / 2.0 END AS trend_diff,
         CASE WHEN minutes_avg_season > 0 AND minutes_avg_last_10 IS NOT NULL
              THEN (minutes_avg_last_10 - minutes_avg_season) / minutes_avg_season END AS minutes_change_pct,
         CASE WHEN team_decided_season >= 5 THEN team_wins_season * 1.0 / team_decided_season END AS team_win_pct
  FROM calc c
)
SELECT
  player_lookup, game_date, season_year, game_id, team_abbr, opponent_team_abbr,
  games_season AS games_played_season,
  round(points_avg_last_5, 2) AS points_avg_last_5, round(points_avg_last_10, 2) AS points_avg_last_10,
  round(points_avg_season, 2) AS points_avg_season, round(points_std_l10, 2) AS points_std_last_10,
  round(minutes_avg_last_10, 2) AS minutes_avg_last_10, round(minutes_avg_season, 2) AS minutes_avg_season,
  round(usage_l10, 2) AS usage_rate_last_10, round(usage_season, 2) AS usage_rate_season,
  round(ts_l10, 3) AS ts_pct_last_10,
  round(ft_points_share_last_10, 4) AS ft_points_share_last_10,
  CASE WHEN trend_diff IS NULL THEN NULL WHEN trend_diff >= 5 THEN 2 WHEN trend_diff >= 2 THEN 1
       WHEN trend_diff <= -5 THEN -2 WHEN trend_diff <= -2 THEN -1 ELSE 0 END AS recent_trend,
  CASE WHEN minutes_change_pct IS NULL THEN NULL WHEN minutes_change_pct >= 0.2 THEN 2
       WHEN minutes_change_pct >= 0.1 THEN 1 WHEN minutes_change_pct <= -0.2 THEN -2
       WHEN minutes_change_pct <= -0.1 THEN -1 ELSE 0 END AS minutes_change,
  games_in_last_7_days,
  coalesce(team_games_l10, 0) AS team_games_used,
  round(pace_l10, 2) AS team_pace_last_10, round(off_rating_l10, 2) AS team_off_rating_last_10,
  round(team_win_pct, 4) AS team_win_pct_season,
  fatigue_score, fatigue_adjustment,
  primary_scoring_zone, paint_rate_last_10, mid_range_rate_last_10, three_pt_rate_last_10,
  coalesce(zones_defaulted, TRUE) AS zones_defaulted,
  opponent_def_rating_last_15, opponent_pace_last_15,
  'v1' AS cache_version,
  expected_games_count, actual_games_count, greatest(expected_games_count - actual_games_count, 0) AS missing_games_count,
  pct_all AS completeness_percentage, pct_l5 AS l5_completeness_pct, pct_l10 AS l10_completeness_pct,
  pct_all >= 90 AND pct_l5 >= 90 AND pct_l10 >= 90 AND games_l10 >= 10 AS is_production_ready,
  '[' || concat_ws(',',
     CASE WHEN pct_all < 90 OR pct_l5 < 90 OR pct_l10 < 90 THEN '"incomplete_lookback"' END,
     CASE WHEN games_l10 = 0 THEN '"no_games_this_season"' WHEN games_l10 < 10 THEN '"thin_window"' END,
     CASE WHEN coalesce(team_games_l10, 0) = 0 THEN '"no_team_games"' END,
     CASE WHEN NOT has_pcf THEN '"no_composite_factors_row"' END,
     CASE WHEN NOT has_psza THEN '"no_player_shot_zone_row"' END,
     CASE WHEN NOT has_tdza THEN '"no_opponent_zone_defense_row"' END) || ']' AS data_quality_issues,
  CAST(greatest(0, least(100, round(least(pct_all, pct_l10) * least(games_l10, 10) / 10.0))) AS BIGINT) AS quality_score,
  games_l10 < 10 AS early_season_flag,
  CASE WHEN games_l10 < 10 THEN 'only ' || CAST(games_l10 AS VARCHAR) || ' of 10 games played this season' END
    AS early_season_reason
FROM derived
