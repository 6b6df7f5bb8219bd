-- nba_analytics.upcoming_player_game_context for game dates :start_date..:end_date, in one pass.
-- Players expected in a game: those whose latest team before D this season is one of its teams, plus
-- any player with a pre-tip prop line for it. Every value of date D comes from games before D of the
-- same season and from lines, reports and rosters stamped before tip-off; each target row only joins
-- history older than its own date, so the range result equals the union of single-date runs.
WITH
-- @include scheduled_games
games AS (SELECT * FROM scheduled_games),
-- @include player_box
-- @include team_lines
-- @include player_usage
-- @include prop_lines
-- @include game_lines
-- @include injuries_before_tip
team_games AS (
  SELECT g.game_id, g.game_date, g.season_year, g.home_team_tricode AS team_abbr,
         g.away_team_tricode AS opponent_team_abbr, TRUE AS is_home
  FROM games g
  UNION ALL
  SELECT g.game_id, g.game_date, g.season_year, g.away_team_tricode, g.home_team_tricode, FALSE
  FROM games g
),
-- every stat line of the target seasons before the range's last date
hist AS (
  SELECT b.player_lookup, b.player_full_name, b.team_abbr, b.game_date, b.game_id, s.season_year,
         b.minutes, b.points, u.usage_rate
  FROM player_box b
  JOIN nba_raw.nbac_schedule s ON s.game_id = b.game_id AND s.game_date = b.game_date
  LEFT JOIN player_usage u ON u.game_date = b.game_date AND u.game_id = b.game_id AND u.player_lookup = b.player_lookup
  WHERE b.game_date < :end_date AND s.season_year IN (SELECT DISTINCT season_year FROM games)
),
-- each date a player_lookup played, with the next one: the rows of that date are his latest until then
-- (two players sharing a lookup can play on one date: both rows count, deterministically)
hist_dates AS (
  SELECT player_lookup, season_year, game_date,
         lead(game_date) OVER (PARTITION BY player_lookup, season_year ORDER BY game_date) AS next_game_date
  FROM (SELECT DISTINCT player_lookup, season_year, game_date FROM hist) d
),
-- the team of a player's latest game before D, when that team plays on D
roster_candidates AS (
  SELECT tg.game_id, tg.game_date, h.player_lookup, h.team_abbr
  FROM team_games tg
  JOIN hist_dates hd ON hd.season_year = tg.season_year AND hd.game_date < tg.game_date
                    AND (hd.next_game_date IS NULL OR hd.next_game_date >= tg.game_date)
  JOIN hist h ON h.player_lookup = hd.player_lookup AND h.season_year = hd.season_year
             AND h.game_date = hd.game_date AND h.team_abbr = tg.team_abbr
  QUALIFY row_number() OVER (PARTITION BY tg.game_id, h.player_lookup ORDER BY h.team_abbr) = 1
),
prop_players AS (
  SELECT DISTINCT game_date, game_id, player_lookup FROM prop_lines
),
-- a player with a line in another game of the same date plays there, not for his former team
history_candidates AS (
  SELECT r.*
  FROM roster_candidates r
  WHERE NOT EXISTS (SELECT 1 FROM prop_players p
                    WHERE p.game_date = r.game_date AND p.player_lookup = r.player_lookup AND p.game_id <> r.game_id)
),
prop_only AS (
  SELECT p.game_date, p.game_id, p.player_lookup
  FROM prop_players p
  WHERE NOT EXISTS (SELECT 1 FROM history_candidates h WHERE h.game_id = p.game_id AND h.player_lookup = p.player_lookup)
),
-- the team of a prop-only player: the injury report, else the ESPN roster, both before tip-off; else the
-- Basketball-Reference season roster; only a team playing in the game counts
prop_team_options AS (
  SELECT p.game_id, p.player_lookup, i.team_abbr, 'nbac_injury_report' AS team_source, 1 AS source_rank,
         i.report_time AS as_of
  FROM prop_only p
  JOIN injury_rows i ON i.game_date = p.game_date AND i.game_id = p.game_id AND i.player_lookup = p.player_lookup
  UNION ALL
  SELECT p.game_id, p.player_lookup, e.team_abbr, 'espn_team_rosters', 2, e.scrape_timestamp
  FROM prop_only p
  JOIN tipoffs t ON t.game_id = p.game_id AND t.game_date = p.game_date
  JOIN nba_raw.espn_team_rosters e ON e.player_lookup = p.player_lookup AND e.scrape_timestamp < t.tipoff_utc
                                  AND e.roster_date <= p.game_date
  UNION ALL
  SELECT p.game_id, p.player_lookup, r.team_abbr, 'br_rosters_current', 3, r.scraped_at
  FROM prop_only p
  JOIN games g ON g.game_id = p.game_id AND g.game_date = p.game_date
  JOIN tipoffs tb ON tb.game_id = p.game_id AND tb.game_date = p.game_date
  -- a current snapshot serves only games after its capture: a roster scraped later knows later trades
  JOIN nba_raw.br_rosters_current r ON r.player_lookup = p.player_lookup AND r.season_year = g.season_year
                                   AND r.scraped_at < tb.tipoff_utc
),
prop_team AS (
  SELECT o.game_id, o.player_lookup, o.team_abbr, o.team_source
  FROM prop_team_options o
  JOIN games g ON g.game_id = o.game_id
  WHERE o.team_abbr IN (g.home_team_tricode, g.away_team_tricode)
  QUALIFY row_number() OVER (
    PARTITION BY o.game_id, o.player_lookup ORDER BY o.source_rank, o.as_of DESC NULLS LAST, o.team_abbr) = 1
),
candidates AS (
  SELECT game_id, game_date, player_lookup, team_abbr, 'player_box' AS team_source FROM history_candidates
  UNION ALL
  SELECT p.game_id, p.game_date, p.player_lookup, t.team_abbr, t.team_source
  FROM prop_only p
  LEFT JOIN prop_team t ON t.game_id = p.game_id AND t.player_lookup = p.player_lookup
),
targets AS (
  SELECT c.game_id, c.game_date, c.player_lookup, c.team_abbr, c.team_source,
         g.nba_game_id, g.season_year, g.game_type, g.game_datetime_utc, g.home_team_tricode, g.away_team_tricode,
         CASE WHEN c.team_abbr = g.home_team_tricode THEN TRUE
              WHEN c.team_abbr = g.away_team_tricode THEN FALSE END AS is_home,
         CASE WHEN c.team_abbr = g.home_team_tricode THEN g.away_team_tricode
              WHEN c.team_abbr = g.away_team_tricode THEN g.home_team_tricode END AS opponent_team_abbr
  FROM candidates c
  JOIN games g ON g.game_id = c.game_id AND g.game_date = c.game_date
),
player_history AS (
  SELECT t.game_id, t.player_lookup, h.game_date, h.player_full_name, h.minutes, h.points, h.usage_rate,
         date_diff('day', h.game_date, t.game_date) AS days_ago,
         row_number() OVER (PARTITION BY t.game_id, t.player_lookup
                            ORDER BY h.game_date DESC, h.team_abbr, h.game_id) AS rn
  FROM targets t
  JOIN hist h ON h.player_lookup = t.player_lookup AND h.season_year = t.season_year AND h.game_date < t.game_date
),
player_stats AS (
  SELECT game_id, player_lookup,
         max(game_date) AS previous_game_date,
         max(CASE WHEN rn = 1 THEN player_full_name END) AS player_full_name,
         count(*) AS games_played_season,
         sum(CASE WHEN days_ago <= 7 THEN 1 ELSE 0 END) AS games_in_last_7_days,
         sum(CASE WHEN days_ago <= 14 THEN 1 ELSE 0 END) AS games_in_last_14_days,
         sum(CASE WHEN days_ago <= 7 THEN coalesce(minutes, 0) ELSE 0 END) AS minutes_in_last_7_days,
         sum(CASE WHEN days_ago <= 14 THEN coalesce(minutes, 0) ELSE 0 END) AS minutes_in_last_14_days,
         avg(CASE WHEN rn <= 5 THEN points END) AS points_avg_last_5,
         avg(CASE WHEN rn <= 10 THEN points END) AS points_avg_last_10,
         avg(points) AS points_avg_season,
         avg(CASE WHEN rn <= 10 THEN usage_rate END) AS projected_usage
  FROM player_history
  GROUP BY game_id, player_lookup
),
rest_basis AS (
  SELECT t.game_id, t.player_lookup, t.game_date, s.previous_game_date
  FROM targets t
  LEFT JOIN player_stats s ON s.game_id = t.game_id AND s.player_lookup = t.player_lookup
),
-- @include rest_days
-- team pace per game, as team_offense_game_summary defines it: 48 x the mean of both teams' possessions
-- (FGA + 0.44 FTA + TOV - OREB) per 48 minutes of team time
team_pace_games AS (
  SELECT tb.team_abbr, tb.game_date, s.season_year,
         48 * ((tb.fg_attempted + 0.44 * tb.ft_attempted + tb.turnovers - tb.offensive_rebounds)
               + (ob.fg_attempted + 0.44 * ob.ft_attempted + ob.turnovers - ob.offensive_rebounds)) / 2
           / (tb.minutes_decimal / 5) AS pace
  FROM nba_raw.nbac_team_boxscore tb
  JOIN nba_raw.nbac_team_boxscore ob ON ob.game_id = tb.game_id AND ob.game_date = tb.game_date
                                    AND ob.team_abbr <> tb.team_abbr
  JOIN nba_raw.nbac_schedule s ON s.game_id = tb.game_id AND s.game_date = tb.game_date
  WHERE tb.game_date < :end_date AND s.season_year IN (SELECT DISTINCT season_year FROM games)
    AND tb.minutes_decimal > 0
),
team_pace_recent AS (
  SELECT tg.game_id, tg.team_abbr, p.pace
  FROM team_games tg
  JOIN team_pace_games p ON p.team_abbr = tg.team_abbr AND p.season_year = tg.season_year
                        AND p.game_date < tg.game_date
  QUALIFY row_number() OVER (PARTITION BY tg.game_id, tg.team_abbr ORDER BY p.game_date DESC) <= 10
),
team_pace_l10 AS (
  SELECT game_id, team_abbr, avg(pace) AS pace_last_10 FROM team_pace_recent GROUP BY game_id, team_abbr
),
team_injuries AS (
  SELECT game_date, game_id, team_abbr, sum(CASE WHEN injury_status = 'out' THEN 1 ELSE 0 END) AS out_count
  FROM injury_latest
  GROUP BY game_date, game_id, team_abbr
),
-- Basketball-Reference rows captured before each target's tip-off (nothing captured later reaches a row)
br_known AS (
  SELECT t.game_id, t.player_lookup, r.season_year, r.birth_date, r.player_full_name
  FROM targets t
  JOIN tipoffs tp ON tp.game_id = t.game_id AND tp.game_date = t.game_date
  JOIN nba_raw.br_rosters_current r ON r.player_lookup = t.player_lookup AND r.scraped_at < tp.tipoff_utc
),
birth_dates AS (
  SELECT game_id, player_lookup, max(birth_date) AS birth_date
  FROM br_known WHERE birth_date IS NOT NULL GROUP BY game_id, player_lookup
),
espn_latest AS (
  SELECT t.game_id, t.player_lookup, e.age, e.player_full_name
  FROM targets t
  JOIN tipoffs tp ON tp.game_id = t.game_id AND tp.game_date = t.game_date
  JOIN nba_raw.espn_team_rosters e ON e.player_lookup = t.player_lookup AND e.scrape_timestamp < tp.tipoff_utc
                                  AND e.roster_date <= t.game_date AND e.season_year = t.season_year
  QUALIFY row_number() OVER (PARTITION BY t.game_id, t.player_lookup
                             ORDER BY e.scrape_timestamp DESC, e.team_abbr, e.espn_player_id) = 1
),
br_names AS (
  SELECT game_id, player_lookup, season_year, min(player_full_name) AS player_full_name
  FROM br_known GROUP BY game_id, player_lookup, season_year
),
joined AS (
  SELECT t.*, tp.tipoff_utc,
         coalesce(s.player_full_name, el.player_full_name, bn.player_full_name) AS player_full_name,
         s.games_played_season, s.games_in_last_7_days, s.games_in_last_14_days,
         s.minutes_in_last_7_days, s.minutes_in_last_14_days,
         s.points_avg_last_5, s.points_avg_last_10, s.points_avg_season, s.projected_usage,
         r.previous_game_date, r.days_rest, r.is_back_to_back,
         pl.game_id IS NOT NULL AS has_prop_line,
         pl.consensus_opening_line AS opening_line, pl.consensus_line AS current_line,
         pl.books_count AS line_books_count, pl.line_source, pl.line_as_of, pl.lines_by_book AS points_line_by_book,
         pl.books_line_spread AS line_books_spread,
         gs.spread, gt.total,
         il.injury_status, il.reason AS injury_reason, ic.report_as_of AS injury_report_as_of,
         CASE WHEN ic.game_id IS NOT NULL AND t.team_abbr IS NOT NULL
              THEN coalesce(ti.out_count, 0)
                   - (CASE WHEN il.injury_status = 'out' AND il.team_abbr = t.team_abbr THEN 1 ELSE 0 END)
         END AS teammates_out_count,
         CASE WHEN bd.birth_date IS NOT NULL
              THEN extract(year FROM t.game_date) - extract(year FROM bd.birth_date)
                   - (CASE WHEN extract(month FROM t.game_date) * 100 + extract(day FROM t.game_date)
                              < extract(month FROM bd.birth_date) * 100 + extract(day FROM bd.birth_date)
                           THEN 1 ELSE 0 END)
              ELSE el.age END AS player_age,
         CASE WHEN bd.birth_date IS NOT NULL THEN 'br_rosters_current'
              WHEN el.age IS NOT NULL THEN 'espn_team_rosters' END AS player_age_source,
         tpl.pace_last_10 AS team_pace_last_10, opl.pace_last_10 AS opponent_pace_last_10
  FROM targets t
  JOIN tipoffs tp ON tp.game_id = t.game_id AND tp.game_date = t.game_date
  LEFT JOIN player_stats s ON s.game_id = t.game_id AND s.player_lookup = t.player_lookup
  LEFT JOIN rest r ON r.game_id = t.game_id AND r.player_lookup = t.player_lookup
  LEFT JOIN prop_lines pl ON pl.game_date = t.game_date AND pl.game_id = t.game_id AND pl.player_lookup = t.player_lookup
  LEFT JOIN game_spreads gs ON gs.game_date = t.game_date AND gs.game_id = t.game_id AND gs.team_abbr = t.team_abbr
  LEFT JOIN game_totals gt ON gt.game_date = t.game_date AND gt.game_id = t.game_id
  LEFT JOIN injury_latest il ON il.game_date = t.game_date AND il.game_id = t.game_id
                            AND il.player_lookup = t.player_lookup
  LEFT JOIN injury_coverage ic ON ic.game_date = t.game_date AND ic.game_id = t.game_id
  LEFT JOIN team_injuries ti ON ti.game_date = t.game_date AND ti.game_id = t.game_id AND ti.team_abbr = t.team_abbr
  LEFT JOIN birth_dates bd ON bd.game_id = t.game_id AND bd.player_lookup = t.player_lookup
  LEFT JOIN espn_latest el ON el.game_id = t.game_id AND el.player_lookup = t.player_lookup
  LEFT JOIN br_names bn ON bn.game_id = t.game_id AND bn.player_lookup = t.player_lookup
                       AND bn.season_year = t.season_year
  LEFT JOIN team_pace_l10 tpl ON tpl.game_id = t.game_id AND tpl.team_abbr = t.team_abbr
  LEFT JOIN team_pace_l10 opl ON opl.game_id = t.game_id AND opl.team_abbr = t.opponent_team_abbr
),
scored AS (
  SELECT j.*,
         greatest(0, 100 - (CASE WHEN coalesce(games_played_season, 0) = 0 THEN 50
                     WHEN games_played_season < 5 THEN 25
                     WHEN games_played_season < 10 THEN 10 ELSE 0 END)
             - (CASE WHEN team_abbr IS NULL THEN 40 WHEN team_source <> 'player_box' THEN 5 ELSE 0 END)
             - (CASE WHEN spread IS NULL OR total IS NULL THEN 10 ELSE 0 END)
             - (CASE WHEN injury_report_as_of IS NULL THEN 5 ELSE 0 END)
             - (CASE WHEN game_datetime_utc IS NULL THEN 10 ELSE 0 END)
             - (CASE WHEN games_played_season > 0 AND projected_usage IS NULL THEN 5 ELSE 0 END)
             - (CASE WHEN team_pace_last_10 IS NULL OR opponent_pace_last_10 IS NULL THEN 5 ELSE 0 END))
           AS quality_score  -- 0-100: penalties never take it below 0
  FROM joined j
)
SELECT
  game_id, nba_game_id, game_date, season_year, game_type, player_lookup, player_full_name,
  team_abbr, opponent_team_abbr, is_home, team_source, tipoff_utc, has_prop_line,
  previous_game_date, days_rest, is_back_to_back,
  coalesce(games_in_last_7_days, 0) AS games_in_last_7_days,
  coalesce(games_in_last_14_days, 0) AS games_in_last_14_days,
  round(coalesce(minutes_in_last_7_days, 0), 2) AS minutes_in_last_7_days,
  round(coalesce(minutes_in_last_14_days, 0), 2) AS minutes_in_last_14_days,
  round(points_avg_last_5, 2) AS points_avg_last_5, round(points_avg_last_10, 2) AS points_avg_last_10,
  round(points_avg_season, 2) AS points_avg_season,
  opening_line, current_line, current_line - opening_line AS line_movement, line_books_count, line_source,
  line_as_of, points_line_by_book, line_books_spread, spread, total,
  injury_status, injury_reason, teammates_out_count, injury_report_as_of,
  player_age, player_age_source,
  round(projected_usage, 2) AS projected_usage,
  round(team_pace_last_10, 2) AS team_pace_last_10, round(opponent_pace_last_10, 2) AS opponent_pace_last_10,
  round(team_pace_last_10 - opponent_pace_last_10, 2) AS pace_differential,
  CASE WHEN game_type = 'Playoffs' THEN 'playoffs'
       WHEN game_type = 'PlayIn' THEN 'play_in'
       WHEN extract(month FROM game_date) IN (10, 11) THEN 'early'
       WHEN extract(month FROM game_date) IN (12, 1, 2) THEN 'mid'
       ELSE 'late' END AS season_phase,
  coalesce(games_played_season, 0) AS quality_sample_size,
  CASE WHEN quality_score >= 95 THEN 'gold' WHEN quality_score >= 75 THEN 'silver'
       WHEN quality_score >= 50 THEN 'bronze' ELSE 'poor' END AS data_quality_tier,
  quality_score,
  '[' || concat_ws(',',
     CASE WHEN coalesce(games_played_season, 0) = 0 THEN '"no_season_history"'
          WHEN games_played_season < 5 THEN '"thin_sample"' END,
     CASE WHEN team_abbr IS NULL THEN '"team_unknown"'
          WHEN team_source <> 'player_box' THEN '"team_from_' || team_source || '"' END,
     CASE WHEN spread IS NULL THEN '"no_spread"' END,
     CASE WHEN total IS NULL THEN '"no_total"' END,
     CASE WHEN injury_report_as_of IS NULL THEN '"no_injury_report"' END,
     CASE WHEN game_datetime_utc IS NULL THEN '"tipoff_time_estimated"' END,
     CASE WHEN games_played_season > 0 AND projected_usage IS NULL THEN '"no_usage"' END,
     CASE WHEN team_pace_last_10 IS NULL OR opponent_pace_last_10 IS NULL THEN '"no_pace"' END,
     CASE WHEN player_age IS NULL THEN '"no_player_age"' END) || ']' AS quality_issues
FROM scored
