-- nba_precompute.team_defense_zone_analysis for analysis dates :start_date..:end_date, in one pass.
-- Per team playing on D: its last 15 played games of the season before D (team_defense_game_summary),
-- zone defence against the league's pooled rate over every team's same window, defensive rating and
-- opponent pace. Each target joins only the running state of the team's last game before D, so D's own
-- games never count and a range run equals its single-date runs.
WITH
targets AS (
  SELECT DISTINCT game_date, season_year, home_team_tricode AS team_abbr
  FROM nba_raw.nbac_schedule WHERE game_date BETWEEN :start_date AND :end_date
  UNION
  SELECT DISTINCT game_date, season_year, away_team_tricode
  FROM nba_raw.nbac_schedule WHERE game_date BETWEEN :start_date AND :end_date
),
analysis_dates AS (SELECT DISTINCT game_date, season_year FROM targets),
tdgs AS (
  SELECT d.team_abbr, d.season_year, d.game_date, d.game_id,
         CASE WHEN d.opp_paint_attempts IS NOT NULL AND d.opp_mid_range_attempts IS NOT NULL THEN 1 ELSE 0 END
           AS zone_game,
         coalesce(d.opp_paint_attempts, 0) AS paint_att, coalesce(d.opp_paint_makes, 0) AS paint_made,
         coalesce(d.opp_mid_range_attempts, 0) AS mid_att, coalesce(d.opp_mid_range_makes, 0) AS mid_made,
         coalesce(d.paint_points_allowed, 0) AS paint_points,
         d.opp_three_pt_attempted AS three_att, d.opp_three_pt_made AS three_made,
         d.defensive_rating, d.opponent_pace, d.points_allowed
  FROM nba_analytics.team_defense_game_summary d
  WHERE d.game_date < :end_date AND d.season_year IN (SELECT DISTINCT season_year FROM targets)
),
-- running sums over each team's last 15 played games, ending at each game
running AS (
  SELECT team_abbr, season_year, game_date,
         lead(game_date) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST) AS next_game_date,
         count(*) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS games_used,
         sum(zone_game) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS zone_games,
         sum(CASE WHEN zone_game = 1 THEN paint_att ELSE 0 END) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS paint_att,
         sum(CASE WHEN zone_game = 1 THEN paint_made ELSE 0 END) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS paint_made,
         sum(CASE WHEN zone_game = 1 THEN mid_att ELSE 0 END) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS mid_att,
         sum(CASE WHEN zone_game = 1 THEN mid_made ELSE 0 END) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS mid_made,
         sum(CASE WHEN zone_game = 1 THEN paint_points ELSE 0 END) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS paint_points,
         sum(coalesce(three_att, 0)) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS three_att,
         sum(coalesce(three_made, 0)) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS three_made,
         sum(CASE WHEN three_att IS NULL THEN 0 ELSE 1 END) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS three_games,
         avg(defensive_rating) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS defensive_rating,
         avg(opponent_pace) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS opponent_pace,
         avg(points_allowed) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS points_allowed
  FROM tdgs
),
-- every team's window as of each analysis date (the league average needs teams not playing on D too)
as_of AS (
  SELECT a.game_date AS analysis_date, r.*
  FROM analysis_dates a
  JOIN running r ON r.season_year = a.season_year AND r.game_date < a.game_date
                AND (r.next_game_date IS NULL OR r.next_game_date >= a.game_date)
),
league AS (
  SELECT analysis_date,
         sum(paint_made) AS paint_made, sum(paint_att) AS paint_att,
         sum(mid_made) AS mid_made, sum(mid_att) AS mid_att,
         sum(three_made) AS three_made, sum(three_att) AS three_att
  FROM as_of GROUP BY analysis_date
),
league_avg AS (
  SELECT a.game_date AS analysis_date,
         CASE WHEN l.paint_att > 0 THEN l.paint_made * 1.0 / l.paint_att END AS league_paint_measured,
         CASE WHEN l.mid_att > 0 THEN l.mid_made * 1.0 / l.mid_att END AS league_mid_measured,
         CASE WHEN l.three_att > 0 THEN l.three_made * 1.0 / l.three_att END AS league_three_measured
  FROM analysis_dates a LEFT JOIN league l ON l.analysis_date = a.game_date
),
-- @include coverage_dates_from_targets
coverage_present AS (SELECT game_id, team_abbr FROM tdgs),
-- @include coverage
joined AS (
  SELECT t.team_abbr, t.game_date, t.season_year,
         coalesce(s.games_used, 0) AS games_used, coalesce(s.zone_games, 0) AS zone_games,
         CASE WHEN s.zone_games > 0 AND s.paint_att > 0 THEN s.paint_made * 1.0 / s.paint_att END AS paint_pct,
         CASE WHEN s.zone_games > 0 AND s.mid_att > 0 THEN s.mid_made * 1.0 / s.mid_att END AS mid_pct,
         CASE WHEN s.three_att > 0 THEN s.three_made * 1.0 / s.three_att END AS three_pct,
         CASE WHEN s.zone_games > 0 THEN s.paint_att * 1.0 / s.zone_games END AS paint_att_pg,
         CASE WHEN s.zone_games > 0 THEN s.mid_att * 1.0 / s.zone_games END AS mid_att_pg,
         CASE WHEN s.three_games > 0 THEN s.three_att * 1.0 / s.three_games END AS three_att_pg,
         CASE WHEN s.zone_games > 0 THEN s.paint_points * 1.0 / s.zone_games END AS paint_points_pg,
         s.defensive_rating, s.opponent_pace, s.points_allowed,
         -- the league rate, or the documented constants (recorded) when no team has zone data yet
         coalesce(la.league_paint_measured, 0.580) AS league_paint_pct,
         coalesce(la.league_mid_measured, 0.410) AS league_mid_pct,
         coalesce(la.league_three_measured, 0.355) AS league_three_pct,
         la.league_paint_measured IS NULL OR la.league_mid_measured IS NULL
           OR la.league_three_measured IS NULL AS league_defaulted,
         c.expected_games_count, c.actual_games_count, c.exp_l15, c.act_l15
  FROM targets t
  LEFT JOIN as_of s ON s.analysis_date = t.game_date AND s.team_abbr = t.team_abbr
  LEFT JOIN league_avg la ON la.analysis_date = t.game_date
  LEFT JOIN coverage c ON c.team_abbr = t.team_abbr AND c.game_date = t.game_date
),
zoned AS (
  SELECT j.*,
         round(100 * (paint_pct - league_paint_pct), 2) AS paint_vs,
         round(100 * (mid_pct - league_mid_pct), 2) AS mid_vs,
         round(100 * (three_pct - league_three_pct), 2) AS three_vs,
         CASE WHEN expected_games_count = 0 THEN 100.0
              ELSE round(100.0 * actual_games_count / expected_games_count, 1) END AS pct_all,
         CASE WHEN exp_l15 = 0 THEN 100.0 ELSE round(100.0 * act_l15 / exp_l15, 1) END AS pct_l15
  FROM joined j
),
ranked AS (
  SELECT z.*,
         -- strongest = lowest rate allowed vs league, weakest = highest, over the zones with data
         CASE WHEN paint_vs IS NULL AND mid_vs IS NULL AND three_vs IS NULL THEN NULL
              WHEN coalesce(paint_vs, 1e9) <= coalesce(mid_vs, 1e9) AND coalesce(paint_vs, 1e9) <= coalesce(three_vs, 1e9)
                THEN 'paint'
              WHEN coalesce(mid_vs, 1e9) <= coalesce(three_vs, 1e9) THEN 'mid_range' ELSE 'three' END AS strongest_zone,
         CASE WHEN paint_vs IS NULL AND mid_vs IS NULL AND three_vs IS NULL THEN NULL
              WHEN coalesce(paint_vs, -1e9) >= coalesce(mid_vs, -1e9) AND coalesce(paint_vs, -1e9) >= coalesce(three_vs, -1e9)
                THEN 'paint'
              WHEN coalesce(mid_vs, -1e9) >= coalesce(three_vs, -1e9) THEN 'mid_range' ELSE 'three' END AS weakest_zone,
         (CASE WHEN paint_vs IS NULL THEN 1 ELSE 0 END) + (CASE WHEN mid_vs IS NULL THEN 1 ELSE 0 END)
           + (CASE WHEN three_vs IS NULL THEN 1 ELSE 0 END) AS zones_defaulted
  FROM zoned z
)
SELECT
  team_abbr, game_date, season_year, games_used AS games_in_window, zone_games,
  round(paint_pct, 4) AS paint_pct_allowed_last_15, round(mid_pct, 4) AS mid_range_pct_allowed_last_15,
  round(three_pct, 4) AS three_pt_pct_allowed_last_15,
  round(paint_att_pg, 2) AS paint_attempts_allowed_per_game,
  round(mid_att_pg, 2) AS mid_range_attempts_allowed_per_game,
  round(three_att_pg, 2) AS three_pt_attempts_allowed_per_game,
  round(paint_points_pg, 2) AS paint_points_allowed_per_game,
  round(league_paint_pct, 4) AS league_paint_pct, round(league_mid_pct, 4) AS league_mid_range_pct,
  round(league_three_pct, 4) AS league_three_pt_pct,
  coalesce(paint_vs, 0.0) AS paint_defense_vs_league_avg,
  coalesce(mid_vs, 0.0) AS mid_range_defense_vs_league_avg,
  coalesce(three_vs, 0.0) AS three_pt_defense_vs_league_avg,
  '[' || concat_ws(',', CASE WHEN paint_vs IS NULL THEN '"paint"' END, CASE WHEN mid_vs IS NULL THEN '"mid_range"' END,
                   CASE WHEN three_vs IS NULL THEN '"three"' END) || ']' AS zones_defaulted,
  round(defensive_rating, 2) AS defensive_rating_last_15, round(opponent_pace, 2) AS opponent_pace,
  round(points_allowed, 2) AS opponent_points_per_game,
  strongest_zone, weakest_zone,
  expected_games_count, actual_games_count,
  greatest(expected_games_count - actual_games_count, 0) AS missing_games_count,
  pct_all AS completeness_percentage, pct_l15 AS l15_completeness_pct,
  pct_all >= 90 AND pct_l15 >= 90 AND games_used >= 15 AS is_production_ready,
  '[' || concat_ws(',',
     CASE WHEN pct_all < 90 OR pct_l15 < 90 THEN '"incomplete_lookback"' END,
     CASE WHEN games_used = 0 THEN '"no_games_this_season"' WHEN games_used < 15 THEN '"thin_window"' END,
     CASE WHEN zones_defaulted > 0 AND games_used > 0 THEN '"zone_defense_defaulted"' END,
     CASE WHEN league_defaulted THEN '"league_average_defaulted"' END) || ']' AS data_quality_issues,
  CAST(greatest(0, least(100,
    round(least(pct_all, pct_l15) * least(games_used, 15) / 15.0) - 10 * zones_defaulted)) AS BIGINT) AS quality_score,
  games_used < 15 AS early_season_flag,
  CASE WHEN games_used < 15 THEN 'only ' || CAST(games_used AS VARCHAR) || ' of 15 games played this season' END
    AS early_season_reason
FROM ranked
