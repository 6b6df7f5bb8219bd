-- The (team, date) pairs whose completeness is judged: every target row's team (targets(team_abbr,
-- season_year, game_date) defined by the caller; rows without a team are judged as nothing expected).
coverage_dates AS (
  SELECT DISTINCT team_abbr, season_year, game_date FROM targets WHERE team_abbr IS NOT NULL
),
