-- nba_analytics.upcoming_team_game_context for game dates :start_date..:end_date, in one pass.
-- Every value of date D comes from schedule games before D (same season), lines and injury reports
-- stamped before tip-off; each target row only joins history older than its own date, so the range
-- result equals the union of single-date runs.
WITH
-- @include scheduled_games
games AS (SELECT * FROM scheduled_games),
-- @include game_lines
-- @include injuries_before_tip
targets AS (
  SELECT g.game_id, g.nba_game_id, g.game_date, g.season_year, g.game_type, g.game_status, g.is_neutral,
         g.game_datetime_utc, g.home_team_tricode, g.home_team_tricode AS team_abbr,
         g.away_team_tricode AS opponent_team_abbr, TRUE AS is_home
  FROM games g
  UNION ALL
  SELECT g.game_id, g.nba_game_id, g.game_date, g.season_year, g.game_type, g.game_status, g.is_neutral,
         g.game_datetime_utc, g.home_team_tricode, g.away_team_tricode, g.home_team_tricode, FALSE
  FROM games g
),
-- both sides of every game of the target seasons before the range's last date; postponed games
-- never happened on their date, unless the schedule calls them final
season_games AS (
  SELECT game_id, game_date, season_year, game_status, home_team_tricode, is_neutral,
         home_team_tricode AS team_abbr, home_team_score AS team_points, away_team_score AS opponent_points
  FROM nba_raw.nbac_schedule
  WHERE game_date < :end_date AND season_year IN (SELECT DISTINCT season_year FROM games)
    AND (game_status = 3 OR coalesce(postponed_status, '') NOT IN ('Y', 'P'))
  UNION ALL
  SELECT game_id, game_date, season_year, game_status, home_team_tricode, is_neutral,
         away_team_tricode, away_team_score, home_team_score
  FROM nba_raw.nbac_schedule
  WHERE game_date < :end_date AND season_year IN (SELECT DISTINCT season_year FROM games)
    AND (game_status = 3 OR coalesce(postponed_status, '') NOT IN ('Y', 'P'))
),
team_history AS (
  SELECT t.game_id, t.team_abbr,
         max(h.game_date) AS previous_game_date,
         arg_max(h.home_team_tricode, h.game_date) AS previous_arena_team,
         arg_max(h.is_neutral, h.game_date) AS previous_is_neutral,
         sum(CASE WHEN date_diff('day', h.game_date, t.game_date) <= 7 THEN 1 ELSE 0 END) AS games_in_last_7_days,
         sum(CASE WHEN date_diff('day', h.game_date, t.game_date) <= 14 THEN 1 ELSE 0 END) AS games_in_last_14_days,
         count(*) AS season_games_before
  FROM targets t
  JOIN season_games h ON h.team_abbr = t.team_abbr AND h.season_year = t.season_year AND h.game_date < t.game_date
  GROUP BY t.game_id, t.team_abbr
),
-- final games with a winner, newest first, for streaks and the last result
team_results AS (
  SELECT t.game_id, t.team_abbr, h.team_points - h.opponent_points AS margin,
         row_number() OVER (PARTITION BY t.game_id, t.team_abbr ORDER BY h.game_date DESC) AS rn
  FROM targets t
  JOIN season_games h ON h.team_abbr = t.team_abbr AND h.season_year = t.season_year AND h.game_date < t.game_date
  WHERE h.game_status = 3 AND h.team_points IS NOT NULL AND h.opponent_points IS NOT NULL
    AND h.team_points <> h.opponent_points
),
momentum AS (
  SELECT game_id, team_abbr,
         max(CASE WHEN rn = 1 THEN margin END) AS last_game_margin,
         min(CASE WHEN margin < 0 THEN rn END) AS first_loss_rn,
         min(CASE WHEN margin > 0 THEN rn END) AS first_win_rn,
         count(*) AS final_games
  FROM team_results
  GROUP BY game_id, team_abbr
),
rest_basis AS (
  SELECT t.game_id, t.team_abbr, t.game_date, h.previous_game_date
  FROM targets t
  LEFT JOIN team_history h ON h.game_id = t.game_id AND h.team_abbr = t.team_abbr
),
-- @include rest_days
injury_counts AS (
  SELECT game_date, game_id, team_abbr,
         sum(CASE WHEN injury_status = 'out' THEN 1 ELSE 0 END) AS players_out_count,
         sum(CASE WHEN injury_status IN ('questionable', 'doubtful') THEN 1 ELSE 0 END) AS questionable_count
  FROM injury_latest
  GROUP BY game_date, game_id, team_abbr
),
joined AS (
  SELECT t.*, tp.tipoff_utc, h.previous_game_date, h.previous_arena_team, h.previous_is_neutral,
         h.games_in_last_7_days, h.games_in_last_14_days, h.season_games_before,
         r.days_rest, r.is_back_to_back,
         m.last_game_margin, m.first_loss_rn, m.first_win_rn, m.final_games,
         CASE WHEN h.previous_arena_team IS NULL THEN NULL
              WHEN h.previous_arena_team = t.home_team_tricode THEN 0.0
              ELSE round(7917.6 * asin(sqrt(
                     sin((cur.latitude - prev.latitude) * 0.008726646259971648)
                       * sin((cur.latitude - prev.latitude) * 0.008726646259971648)
                     + cos(prev.latitude * 0.017453292519943295) * cos(cur.latitude * 0.017453292519943295)
                       * sin((cur.longitude - prev.longitude) * 0.008726646259971648)
                       * sin((cur.longitude - prev.longitude) * 0.008726646259971648))), 1)
         END AS travel_miles,
         s.spread, s.opening_spread, s.spread_books, s.spread_as_of,
         gt.total, gt.opening_total, gt.total_books, gt.total_as_of,
         ic.report_as_of AS injury_report_as_of,
         CASE WHEN ic.game_id IS NOT NULL THEN coalesce(c.players_out_count, 0) END AS players_out_count,
         CASE WHEN ic.game_id IS NOT NULL THEN coalesce(c.questionable_count, 0) END AS questionable_count
  FROM targets t
  JOIN tipoffs tp ON tp.game_id = t.game_id AND tp.game_date = t.game_date
  LEFT JOIN team_history h ON h.game_id = t.game_id AND h.team_abbr = t.team_abbr
  LEFT JOIN rest r ON r.game_id = t.game_id AND r.team_abbr = t.team_abbr
  LEFT JOIN momentum m ON m.game_id = t.game_id AND m.team_abbr = t.team_abbr
  LEFT JOIN nba_reference.nba_teams prev ON prev.team_abbr = h.previous_arena_team
  LEFT JOIN nba_reference.nba_teams cur ON cur.team_abbr = t.home_team_tricode
  LEFT JOIN game_spreads s ON s.game_date = t.game_date AND s.game_id = t.game_id AND s.team_abbr = t.team_abbr
  LEFT JOIN game_totals gt ON gt.game_date = t.game_date AND gt.game_id = t.game_id
  LEFT JOIN injury_coverage ic ON ic.game_date = t.game_date AND ic.game_id = t.game_id
  LEFT JOIN injury_counts c ON c.game_date = t.game_date AND c.game_id = t.game_id AND c.team_abbr = t.team_abbr
),
scored AS (
  SELECT j.*,
         100 - (CASE WHEN spread IS NULL THEN 10 ELSE 0 END) - (CASE WHEN total IS NULL THEN 10 ELSE 0 END)
             - (CASE WHEN injury_report_as_of IS NULL THEN 5 ELSE 0 END)
             - (CASE WHEN game_datetime_utc IS NULL THEN 10 ELSE 0 END)
             - (CASE WHEN coalesce(is_neutral, FALSE) OR coalesce(previous_is_neutral, FALSE) THEN 5 ELSE 0 END)
           AS quality_score
  FROM joined j
)
SELECT
  -- the game as known before tip-off: scheduled; never the status at processing time, so the date
  -- processed the morning of the game and after it gives the same row
  game_id, nba_game_id, game_date, season_year, game_type, 1 AS game_status, team_abbr, opponent_team_abbr, is_home,
  tipoff_utc, previous_game_date, days_rest, is_back_to_back,
  coalesce(games_in_last_7_days, 0) AS games_in_last_7_days,
  coalesce(games_in_last_14_days, 0) AS games_in_last_14_days,
  coalesce(season_games_before, 0) + 1 AS game_number_in_season,
  CASE WHEN last_game_margin > 0 THEN coalesce(first_loss_rn, final_games + 1) - 1 ELSE 0 END AS win_streak_entering,
  CASE WHEN last_game_margin < 0 THEN coalesce(first_win_rn, final_games + 1) - 1 ELSE 0 END AS loss_streak_entering,
  CASE WHEN last_game_margin > 0 THEN 'W' WHEN last_game_margin < 0 THEN 'L' END AS last_game_result,
  last_game_margin,
  previous_arena_team, travel_miles,
  spread, opening_spread, spread - opening_spread AS spread_movement,
  total, opening_total, total - opening_total AS total_movement,
  greatest(coalesce(spread_books, 0), coalesce(total_books, 0)) AS game_lines_books_count,
  CASE WHEN spread_as_of IS NULL THEN total_as_of WHEN total_as_of IS NULL THEN spread_as_of
       ELSE greatest(spread_as_of, total_as_of) END AS game_lines_as_of,
  players_out_count, questionable_count, injury_report_as_of,
  CASE WHEN quality_score >= 95 THEN 'gold' WHEN quality_score >= 75 THEN 'silver' ELSE 'bronze' END
    AS data_quality_tier,
  quality_score,
  '[' || concat_ws(',',
     CASE WHEN previous_game_date IS NULL THEN '"first_game_of_season"' END,
     CASE WHEN spread IS NULL THEN '"no_spread"' END,
     CASE WHEN total IS NULL THEN '"no_total"' END,
     CASE WHEN injury_report_as_of IS NULL THEN '"no_injury_report"' END,
     CASE WHEN game_datetime_utc IS NULL THEN '"tipoff_time_estimated"' END,
     CASE WHEN coalesce(is_neutral, FALSE) OR coalesce(previous_is_neutral, FALSE)
          THEN '"neutral_site_travel_approximated"' END) || ']' AS quality_issues
FROM scored
