-- Usage rate of each player_box line against its team's line (team_lines: NBA.com team box score,
-- else the sum of the team's player lines). The one usage formula of the project:
--   100 ((FGA + 0.44 FTA + TOV) (team min / 5)) / (min (tFGA + 0.44 tFTA + tTOV))
-- player_usage(game_date, game_id, player_lookup, usage_rate, team_fga, team_fta, team_tov, team_minutes).
-- Needs player_box and team_lines; callers filter by date.
player_usage AS (
  SELECT b.game_date, b.game_id, b.player_lookup,
         CASE WHEN b.minutes > 0 AND t.fga + 0.44 * t.fta + t.tov > 0 AND t.minutes > 0
              THEN round(100 * ((b.fga + 0.44 * b.fta + b.tov) * (t.minutes / 5))
                         / (b.minutes * (t.fga + 0.44 * t.fta + t.tov)), 2)
         END AS usage_rate,
         t.fga AS team_fga, t.fta AS team_fta, t.tov AS team_tov, t.minutes AS team_minutes
  FROM player_box b
  JOIN team_lines t ON t.game_date = b.game_date AND t.game_id = b.game_id AND t.team_abbr = b.team_abbr
),
