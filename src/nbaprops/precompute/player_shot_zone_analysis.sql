-- nba_precompute.player_shot_zone_analysis for analysis dates :start_date..:end_date, in one pass.
-- Per player expected on D: his shot mix over his last 10 and 20 played games of the season before D,
-- from play-by-play zones only (estimated zones are never used; without zones the rates stay NULL and
-- the row says so). Completeness: his team's final games before D against player_game_summary.
WITH
-- @include player_prelude
joined AS (
  SELECT t.player_lookup, t.game_date, t.season_year, t.team_abbr,
         coalesce(a.games_l10, 0) AS games_l10, coalesce(a.games_l20, 0) AS games_l20,
         coalesce(a.zone_games_l10, 0) AS zone_games_l10, coalesce(a.zone_games_l20, 0) AS zone_games_l20,
         a.paint_att_l10 + a.mid_att_l10 + a.three_att_l10 AS shots_l10,
         a.paint_att_l20 + a.mid_att_l20 + a.three_att_l20 AS shots_l20,
         a.paint_att_l10, a.paint_made_l10, a.mid_att_l10, a.mid_made_l10, a.three_att_l10, a.three_made_l10,
         a.assisted_l10, a.unassisted_l10,
         a.paint_att_l20, a.paint_made_l20, a.mid_att_l20, a.three_att_l20, a.three_made_l20,
         coalesce(c.expected_games_count, 0) AS expected_games_count,
         coalesce(c.actual_games_count, 0) AS actual_games_count,
         coalesce(c.exp_l10, 0) AS exp_l10, coalesce(c.act_l10, 0) AS act_l10,
         coalesce(c.exp_l20, 0) AS exp_l20, coalesce(c.act_l20, 0) AS act_l20
  FROM target_players t
  LEFT JOIN player_as_of a ON a.analysis_date = t.game_date AND a.player_lookup = t.player_lookup
  LEFT JOIN coverage c ON c.team_abbr = t.team_abbr AND c.game_date = t.game_date
),
rates AS (
  SELECT j.*,
         CASE WHEN zone_games_l10 > 0 AND shots_l10 > 0 THEN 100.0 * paint_att_l10 / shots_l10 END AS paint_rate,
         CASE WHEN zone_games_l10 > 0 AND shots_l10 > 0 THEN 100.0 * mid_att_l10 / shots_l10 END AS mid_rate,
         CASE WHEN zone_games_l10 > 0 AND shots_l10 > 0 THEN 100.0 * three_att_l10 / shots_l10 END AS three_rate,
         CASE WHEN zone_games_l20 > 0 AND shots_l20 > 0 THEN 100.0 * paint_att_l20 / shots_l20 END AS paint_rate_20,
         CASE WHEN zone_games_l20 > 0 AND shots_l20 > 0 THEN 100.0 * mid_att_l20 / shots_l20 END AS mid_rate_20,
         CASE WHEN zone_games_l20 > 0 AND shots_l20 > 0 THEN 100.0 * three_att_l20 / shots_l20 END AS three_rate_20,
         CASE WHEN expected_games_count = 0 THEN 100.0
              ELSE round(100.0 * actual_games_count / expected_games_count, 1) END AS pct_all,
         CASE WHEN exp_l10 = 0 THEN 100.0 ELSE round(100.0 * act_l10 / exp_l10, 1) END AS pct_l10,
         CASE WHEN exp_l20 = 0 THEN 100.0 ELSE round(100.0 * act_l20 / exp_l20, 1) END AS pct_l20
  FROM joined j
)
SELECT
  player_lookup, game_date, season_year, team_abbr,
  games_l10 AS games_used_last_10, games_l20 AS games_used_last_20,
  zone_games_l10 AS zone_games_last_10, zone_games_l20 AS zone_games_last_20,
  CASE WHEN zone_games_l10 > 0 THEN shots_l10 END AS total_shots_last_10,
  round(paint_rate, 2) AS paint_rate_last_10, round(mid_rate, 2) AS mid_range_rate_last_10,
  round(three_rate, 2) AS three_pt_rate_last_10,
  CASE WHEN zone_games_l10 > 0 AND paint_att_l10 > 0 THEN round(paint_made_l10 * 1.0 / paint_att_l10, 3) END
    AS paint_pct_last_10,
  CASE WHEN zone_games_l10 > 0 AND mid_att_l10 > 0 THEN round(mid_made_l10 * 1.0 / mid_att_l10, 3) END
    AS mid_range_pct_last_10,
  CASE WHEN zone_games_l10 > 0 AND three_att_l10 > 0 THEN round(three_made_l10 * 1.0 / three_att_l10, 3) END
    AS three_pt_pct_last_10,
  CASE WHEN zone_games_l10 > 0 THEN round(paint_att_l10 * 1.0 / zone_games_l10, 1) END AS paint_attempts_per_game,
  CASE WHEN zone_games_l10 > 0 THEN round(mid_att_l10 * 1.0 / zone_games_l10, 1) END AS mid_range_attempts_per_game,
  CASE WHEN zone_games_l10 > 0 THEN round(three_att_l10 * 1.0 / zone_games_l10, 1) END AS three_pt_attempts_per_game,
  CASE WHEN zone_games_l10 > 0 AND assisted_l10 + unassisted_l10 > 0
       THEN round(100.0 * assisted_l10 / (assisted_l10 + unassisted_l10), 2) END AS assisted_rate_last_10,
  CASE WHEN zone_games_l10 > 0 AND assisted_l10 + unassisted_l10 > 0
       THEN round(100.0 * unassisted_l10 / (assisted_l10 + unassisted_l10), 2) END AS unassisted_rate_last_10,
  round(paint_rate_20, 2) AS paint_rate_last_20, round(mid_rate_20, 2) AS mid_range_rate_last_20,
  round(three_rate_20, 2) AS three_pt_rate_last_20,
  CASE WHEN zone_games_l20 > 0 AND paint_att_l20 > 0 THEN round(paint_made_l20 * 1.0 / paint_att_l20, 3) END
    AS paint_pct_last_20,
  CASE WHEN paint_rate IS NULL THEN NULL
       WHEN paint_rate >= 40 THEN 'paint' WHEN three_rate >= 40 THEN 'three'
       WHEN mid_rate >= 35 THEN 'mid_range' ELSE 'balanced' END AS primary_scoring_zone,
  paint_rate IS NULL AS zones_defaulted,
  expected_games_count, actual_games_count,
  greatest(expected_games_count - actual_games_count, 0) AS missing_games_count,
  pct_all AS completeness_percentage, pct_l10 AS l10_completeness_pct, pct_l20 AS l20_completeness_pct,
  pct_all >= 90 AND pct_l10 >= 90 AND games_l10 >= 10 AS is_production_ready,
  '[' || concat_ws(',',
     CASE WHEN pct_all < 90 OR pct_l10 < 90 OR pct_l20 < 90 THEN '"incomplete_lookback"' END,
     CASE WHEN games_l10 = 0 THEN '"no_games_this_season"' WHEN games_l10 < 10 THEN '"thin_window"' END,
     CASE WHEN games_l10 > 0 AND paint_rate IS NULL THEN '"no_play_by_play_zones"' END,
     CASE WHEN team_abbr IS NULL THEN '"team_unknown"' END) || ']' AS data_quality_issues,
  CAST(greatest(0, least(100, round(least(pct_all, pct_l10) * least(games_l10, 10) / 10.0)
       - (CASE WHEN paint_rate IS NULL THEN 20 ELSE 0 END))) AS BIGINT) AS quality_score,
  games_l10 < 10 AS early_season_flag,
  CASE WHEN games_l10 < 10 THEN 'only ' || CAST(games_l10 AS VARCHAR) || ' of 10 games played this season' END
    AS early_season_reason
FROM rates
