-- nba_precompute.player_composite_factors for analysis dates :start_date..:end_date, in one pass.
-- Per player expected on D: four adjustment factors from what is known before D (the upcoming context,
-- his shot zones, the opponent's zone defence, his games this season), their total, and warnings.
-- Every NULL input is replaced by an explicit neutral value and named in defaulted_inputs.
WITH
-- @include player_prelude
-- his back-to-backs in [D-14, D-1]: played games whose previous played game was the day before, both in the window
b2b_games AS (
  SELECT player_lookup, season_year, game_date,
         lag(game_date) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST) AS prev_date
  FROM played_games
),
b2b AS (
  SELECT t.game_date, t.player_lookup, count(*) AS back_to_backs
  FROM target_players t
  JOIN b2b_games g ON g.player_lookup = t.player_lookup AND g.season_year = t.season_year
                  AND g.game_date < t.game_date AND date_diff('day', g.prev_date, t.game_date) <= 14
                  AND date_diff('day', g.prev_date, g.game_date) = 1
  GROUP BY t.game_date, t.player_lookup
),
joined AS (
  SELECT t.player_lookup, t.game_id, t.game_date, t.season_year, t.team_abbr, t.opponent_team_abbr,
         u.days_rest, u.is_back_to_back, u.games_in_last_7_days, u.minutes_in_last_7_days, u.player_age,
         u.pace_differential, u.projected_usage, u.teammates_out_count,
         o.days_rest AS opponent_days_rest,
         coalesce(b.back_to_backs, 0) AS back_to_backs_last_14_days,
         coalesce(a.games_l10, 0) AS games_l10, a.usage_season,
         z.primary_scoring_zone, z.paint_rate_last_10, z.mid_range_rate_last_10, z.three_pt_rate_last_10,
         z.is_production_ready AS psza_ready, z.player_lookup IS NOT NULL AS has_psza,
         d.paint_defense_vs_league_avg, d.mid_range_defense_vs_league_avg, d.three_pt_defense_vs_league_avg,
         d.zones_defaulted AS opp_zones_defaulted, d.is_production_ready AS tdza_ready,
         d.team_abbr IS NOT NULL AS has_tdza,
         coalesce(c.expected_games_count, 0) AS expected_games_count,
         coalesce(c.actual_games_count, 0) AS actual_games_count,
         coalesce(c.exp_l10, 0) AS exp_l10, coalesce(c.act_l10, 0) AS act_l10
  FROM target_players t
  JOIN nba_analytics.upcoming_player_game_context u
    ON u.game_date = t.game_date AND u.game_id = t.game_id AND u.player_lookup = t.player_lookup
  LEFT JOIN nba_analytics.upcoming_team_game_context o
    ON o.game_date = t.game_date AND o.game_id = t.game_id AND o.team_abbr = t.opponent_team_abbr
  LEFT JOIN b2b b ON b.game_date = t.game_date AND b.player_lookup = t.player_lookup
  LEFT JOIN player_as_of a ON a.analysis_date = t.game_date AND a.player_lookup = t.player_lookup
  LEFT JOIN nba_precompute.player_shot_zone_analysis z
    ON z.game_date = t.game_date AND z.player_lookup = t.player_lookup
  LEFT JOIN nba_precompute.team_defense_zone_analysis d
    ON d.game_date = t.game_date AND d.team_abbr = t.opponent_team_abbr
  LEFT JOIN coverage c ON c.team_abbr = t.team_abbr AND c.game_date = t.game_date
),
-- the zone the mismatch looks at: his primary zone, or for a balanced shooter the zone he uses most
zoned AS (
  SELECT j.*,
         CASE WHEN primary_scoring_zone IN ('paint', 'mid_range', 'three') THEN primary_scoring_zone
              WHEN primary_scoring_zone = 'balanced' THEN
                CASE WHEN paint_rate_last_10 >= mid_range_rate_last_10 AND paint_rate_last_10 >= three_pt_rate_last_10
                       THEN 'paint'
                     WHEN three_pt_rate_last_10 >= mid_range_rate_last_10 THEN 'three' ELSE 'mid_range' END
         END AS mismatch_zone,
         CASE WHEN coalesce(games_in_last_7_days, 0) > 0
              THEN coalesce(minutes_in_last_7_days, 0) / games_in_last_7_days ELSE 0.0 END AS mpg_last_7
  FROM joined j
),
factors AS (
  SELECT z.*,
         CASE mismatch_zone WHEN 'paint' THEN paint_rate_last_10 WHEN 'mid_range' THEN mid_range_rate_last_10
                            WHEN 'three' THEN three_pt_rate_last_10 END AS zone_rate,
         CASE WHEN opp_zones_defaulted IS NULL OR mismatch_zone IS NULL THEN NULL
              WHEN opp_zones_defaulted LIKE '%"' || mismatch_zone || '"%' THEN NULL
              WHEN mismatch_zone = 'paint' THEN paint_defense_vs_league_avg
              WHEN mismatch_zone = 'mid_range' THEN mid_range_defense_vs_league_avg
              ELSE three_pt_defense_vs_league_avg END AS opp_zone_vs_league,
         -- fatigue: 100 = fully fresh; each load signal subtracts, two or more days off adds back 5
         greatest(0, least(100, 100
           + (CASE WHEN is_back_to_back THEN -15 WHEN coalesce(days_rest, 0) >= 2 THEN 5 ELSE 0 END)
           - (CASE WHEN coalesce(games_in_last_7_days, 0) >= 4 THEN 10 ELSE 0 END)
           - (CASE WHEN coalesce(minutes_in_last_7_days, 0) > 240 THEN 10 ELSE 0 END)
           - (CASE WHEN mpg_last_7 > 35 THEN 8 ELSE 0 END)
           - (CASE WHEN back_to_backs_last_14_days >= 2 THEN 12 WHEN back_to_backs_last_14_days = 1 THEN 5 ELSE 0 END)
           - (CASE WHEN coalesce(player_age, 25) >= 35 THEN 10 WHEN coalesce(player_age, 25) >= 30 THEN 5 ELSE 0 END)
         )) AS fatigue_score
  FROM zoned z
),
scored AS (
  SELECT f.*,
         (fatigue_score - 100) / 20.0 AS fatigue_adjustment,
         CASE WHEN opp_zone_vs_league IS NULL OR zone_rate IS NULL THEN NULL
              ELSE opp_zone_vs_league * least(zone_rate / 50.0, 1.0) END AS mismatch_raw,
         CASE WHEN pace_differential IS NULL THEN NULL
              ELSE greatest(-3.0, least(3.0, pace_differential / 2.0)) END AS pace_calc,
         CASE WHEN projected_usage IS NULL OR usage_season IS NULL OR usage_season = 0 THEN NULL
              ELSE (projected_usage - usage_season) * 0.3 END AS usage_raw,
         CASE WHEN expected_games_count = 0 THEN 100.0
              ELSE round(100.0 * actual_games_count / expected_games_count, 1) END AS pct_all,
         CASE WHEN exp_l10 = 0 THEN 100.0 ELSE round(100.0 * act_l10 / exp_l10, 1) END AS pct_l10
  FROM factors f
),
final AS (
  SELECT s.*,
         CASE WHEN mismatch_raw IS NULL THEN NULL
              ELSE greatest(-10.0, least(10.0, mismatch_raw * (CASE WHEN abs(mismatch_raw) > 5 THEN 1.2 ELSE 1.0 END)))
         END AS mismatch_calc,
         CASE WHEN usage_raw IS NULL THEN NULL
              ELSE greatest(-3.0, least(3.0, usage_raw * (CASE WHEN usage_raw > 0 AND teammates_out_count >= 2 THEN 1.30
                                                               WHEN usage_raw > 0 AND teammates_out_count = 1 THEN 1.15
                                                               ELSE 1.0 END))) END AS usage_calc
  FROM scored s
),
totals AS (
  SELECT f.*,
         round(coalesce(mismatch_calc, 0.0), 2) AS shot_zone_mismatch_score,
         round(coalesce(pace_calc, 0.0), 2) AS pace_score,
         round(coalesce(usage_calc, 0.0), 2) AS usage_spike_score,
         round(fatigue_adjustment + coalesce(mismatch_calc, 0.0) + coalesce(pace_calc, 0.0) + coalesce(usage_calc, 0.0), 2)
           AS total_composite_adjustment,
         (CASE WHEN mismatch_calc IS NULL THEN 1 ELSE 0 END) + (CASE WHEN pace_calc IS NULL THEN 1 ELSE 0 END)
           + (CASE WHEN usage_calc IS NULL THEN 1 ELSE 0 END) AS factors_defaulted
  FROM final f
)
SELECT
  player_lookup, game_id, game_date, season_year, team_abbr, opponent_team_abbr,
  days_rest, opponent_days_rest, coalesce(is_back_to_back, FALSE) AS is_back_to_back,
  coalesce(games_in_last_7_days, 0) AS games_in_last_7_days,
  coalesce(minutes_in_last_7_days, 0.0) AS minutes_in_last_7_days,
  round(mpg_last_7, 2) AS avg_minutes_per_game_last_7, back_to_backs_last_14_days, player_age,
  CAST(fatigue_score AS BIGINT) AS fatigue_score, round(fatigue_adjustment, 2) AS fatigue_adjustment,
  shot_zone_mismatch_score, mismatch_zone, mismatch_calc IS NULL AS shot_zone_mismatch_defaulted,
  pace_score, pace_calc IS NULL AS pace_score_defaulted,
  usage_spike_score, usage_calc IS NULL AS usage_spike_defaulted,
  total_composite_adjustment,
  '[' || concat_ws(',',
     CASE WHEN days_rest IS NULL THEN '"days_rest"' END,
     CASE WHEN player_age IS NULL THEN '"player_age"' END,
     CASE WHEN mismatch_zone IS NULL THEN '"player_shot_zones"' END,
     CASE WHEN mismatch_zone IS NOT NULL AND opp_zone_vs_league IS NULL THEN '"opponent_zone_defense"' END,
     CASE WHEN pace_differential IS NULL THEN '"pace_differential"' END,
     CASE WHEN projected_usage IS NULL THEN '"projected_usage"' END,
     CASE WHEN usage_season IS NULL OR usage_season = 0 THEN '"season_usage"' END,
     CASE WHEN teammates_out_count IS NULL THEN '"teammates_out_count"' END) || ']' AS defaulted_inputs,
  fatigue_score < 50 OR abs(shot_zone_mismatch_score) > 8 OR abs(total_composite_adjustment) > 12 AS has_warnings,
  '[' || concat_ws(',',
     CASE WHEN fatigue_score < 50 THEN '"EXTREME_FATIGUE"' END,
     CASE WHEN abs(shot_zone_mismatch_score) > 8 THEN '"EXTREME_MATCHUP"' END,
     CASE WHEN abs(total_composite_adjustment) > 12 THEN '"EXTREME_ADJUSTMENT"' END) || ']' AS warning_details,
  'v1_4factors' AS calculation_version,
  expected_games_count, actual_games_count, greatest(expected_games_count - actual_games_count, 0) AS missing_games_count,
  pct_all AS completeness_percentage, pct_l10 AS l10_completeness_pct,
  pct_all >= 90 AND pct_l10 >= 90 AND games_l10 >= 10 AND coalesce(psza_ready, FALSE) AND coalesce(tdza_ready, FALSE)
    AS is_production_ready,
  '[' || concat_ws(',',
     CASE WHEN pct_all < 90 OR pct_l10 < 90 THEN '"incomplete_lookback"' END,
     CASE WHEN games_l10 = 0 THEN '"no_games_this_season"' WHEN games_l10 < 10 THEN '"thin_window"' END,
     CASE WHEN NOT has_psza THEN '"no_player_shot_zone_row"' WHEN NOT psza_ready THEN '"player_shot_zone_not_ready"' END,
     CASE WHEN NOT has_tdza THEN '"no_opponent_zone_defense_row"'
          WHEN NOT tdza_ready THEN '"opponent_zone_defense_not_ready"' END,
     CASE WHEN factors_defaulted > 0 THEN '"factors_defaulted"' END) || ']' AS data_quality_issues,
  CAST(greatest(0, least(100, round(least(pct_all, pct_l10) * least(games_l10, 10) / 10.0)
       - 10 * factors_defaulted)) AS BIGINT) AS quality_score,
  games_l10 < 10 AS early_season_flag,
  CASE WHEN games_l10 < 10 THEN 'only ' || CAST(games_l10 AS VARCHAR) || ' of 10 games played this season' END
    AS early_season_reason
FROM totals
