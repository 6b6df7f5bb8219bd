-- NBA.com injury reports known before tip-off (report_time < tip-off; rows without a report time are
-- not used, as their publication time is unknown).
--   injury_latest(game_date, game_id, team_abbr, player_lookup, injury_status, reason, report_time):
--     each listed player's status from the latest report before the game's tip-off
--   injury_coverage(game_date, game_id, report_as_of): games of a date some report covered before tip;
--     for these, a player not listed is not on the report (counts are 0, not unknown)
-- Callers provide a CTE named tipoffs(game_id, game_date, tipoff_utc) for the games they cover.
injury_rows AS (
  SELECT i.game_date, i.game_id, i.team_abbr, i.player_lookup, i.injury_status, i.reason, i.report_time
  FROM nba_raw.nbac_injury_report i
  JOIN tipoffs t ON t.game_date = i.game_date AND t.game_id = i.game_id
  WHERE i.report_time < t.tipoff_utc AND i.player_lookup IS NOT NULL AND i.player_lookup <> ''
),
injury_latest AS (
  SELECT *
  FROM injury_rows
  QUALIFY row_number() OVER (
    PARTITION BY game_date, game_id, player_lookup ORDER BY report_time DESC, injury_status, team_abbr) = 1
),
injury_coverage AS (
  SELECT t.game_date, t.game_id, max(i.report_time) AS report_as_of
  FROM tipoffs t
  JOIN nba_raw.nbac_injury_report i ON i.game_date = t.game_date AND i.report_time < t.tipoff_utc
  GROUP BY t.game_date, t.game_id
),
