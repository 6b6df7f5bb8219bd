-- Lookback completeness of each team's games before D, from the schedule (the seed's failure scenario 3
-- query, per row). The caller defines
--   coverage_dates(team_abbr, season_year, game_date)  the (team, analysis date) pairs to judge
--   coverage_present(game_id, team_abbr)               team-games present in its upstream Phase 3 table
-- and gets coverage(team_abbr, game_date, expected_games_count, actual_games_count, exp_l5/act_l5, ...
-- exp_l20/act_l20): expected = the team's home and away final games of the season strictly before D
-- (all of them, and its last 5 / 10 / 15 / 20), actual = those present upstream.
coverage_team_games AS (
  SELECT season_year, game_date, game_id, home_team_tricode AS team_abbr
  FROM nba_raw.nbac_schedule
  WHERE game_status = 3 AND game_date < :end_date
    AND season_year IN (SELECT DISTINCT season_year FROM coverage_dates)
  UNION ALL
  SELECT season_year, game_date, game_id, away_team_tricode
  FROM nba_raw.nbac_schedule
  WHERE game_status = 3 AND game_date < :end_date
    AND season_year IN (SELECT DISTINCT season_year FROM coverage_dates)
),
coverage_flags AS (
  SELECT g.season_year, g.game_date, g.game_id, g.team_abbr,
         CASE WHEN p.game_id IS NULL THEN 0 ELSE 1 END AS present
  FROM coverage_team_games g
  LEFT JOIN (SELECT DISTINCT game_id, team_abbr FROM coverage_present) p
    ON p.game_id = g.game_id AND p.team_abbr = g.team_abbr
),
-- the running state after each of a team's final games; a date D reads the state of the last game before D
coverage_running AS (
  SELECT season_year, team_abbr, game_date,
         lead(game_date) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST) AS next_game_date,
         row_number() OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST) AS games_so_far,
         sum(present) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST
                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS present_so_far,
         sum(present) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST
                            ROWS BETWEEN 4 PRECEDING AND CURRENT ROW) AS present_l5,
         sum(present) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST
                            ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS present_l10,
         sum(present) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST
                            ROWS BETWEEN 14 PRECEDING AND CURRENT ROW) AS present_l15,
         sum(present) OVER (PARTITION BY team_abbr, season_year ORDER BY game_date NULLS FIRST, game_id NULLS FIRST
                            ROWS BETWEEN 19 PRECEDING AND CURRENT ROW) AS present_l20
  FROM coverage_flags
),
coverage AS (
  SELECT d.team_abbr, d.game_date,
         coalesce(r.games_so_far, 0) AS expected_games_count, coalesce(r.present_so_far, 0) AS actual_games_count,
         least(coalesce(r.games_so_far, 0), 5) AS exp_l5, coalesce(r.present_l5, 0) AS act_l5,
         least(coalesce(r.games_so_far, 0), 10) AS exp_l10, coalesce(r.present_l10, 0) AS act_l10,
         least(coalesce(r.games_so_far, 0), 15) AS exp_l15, coalesce(r.present_l15, 0) AS act_l15,
         least(coalesce(r.games_so_far, 0), 20) AS exp_l20, coalesce(r.present_l20, 0) AS act_l20
  FROM (SELECT DISTINCT team_abbr, season_year, game_date FROM coverage_dates) d
  LEFT JOIN coverage_running r
    ON r.team_abbr = d.team_abbr AND r.season_year = d.season_year AND r.game_date < d.game_date
   AND (r.next_game_date IS NULL OR r.next_game_date >= d.game_date)
),
