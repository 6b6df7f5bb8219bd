-- One stat line per team per game: NBA.com team box score, else the sum of the game's best player
-- lines (player_box must be included first). Callers filter by date.
team_box_lines AS (
  SELECT game_date, game_id, team_abbr, points, fg_made AS fgm, fg_attempted AS fga, three_pt_made AS fg3m,
         three_pt_attempted AS fg3a, ft_made AS ftm, ft_attempted AS fta, offensive_rebounds AS oreb,
         defensive_rebounds AS dreb, total_rebounds AS reb, assists AS ast, steals AS stl, blocks AS blk,
         turnovers AS tov, personal_fouls AS pf, minutes_decimal AS minutes,
         'nbac_team_boxscore' AS team_stats_source
  FROM nba_raw.nbac_team_boxscore
),
team_sum_lines AS (
  SELECT game_date, game_id, team_abbr, sum(points), sum(fgm), sum(fga), sum(fg3m), sum(fg3a), sum(ftm),
         sum(fta), sum(oreb), sum(dreb), sum(reb), sum(ast), sum(stl), sum(blk), sum(tov), sum(pf),
         sum(minutes), 'player_box_sum:' || min(stats_source)
  FROM player_box
  GROUP BY game_date, game_id, team_abbr
),
team_lines AS (
  SELECT * FROM team_box_lines
  UNION ALL
  SELECT s.* FROM team_sum_lines s
  WHERE NOT EXISTS (SELECT 1 FROM team_box_lines b WHERE b.game_date = s.game_date AND b.game_id = s.game_id)
),
team_vs_opponent AS (
  -- each team's line beside its opponent's, with the possession estimate FGA + 0.44 FTA + TOV - OREB
  SELECT t.*, o.team_abbr AS opp_abbr, o.points AS opp_points, o.fgm AS opp_fgm, o.fga AS opp_fga,
         o.fg3m AS opp_fg3m, o.fg3a AS opp_fg3a, o.ftm AS opp_ftm, o.fta AS opp_fta, o.oreb AS opp_oreb,
         o.dreb AS opp_dreb, o.reb AS opp_reb, o.ast AS opp_ast, o.stl AS opp_stl, o.blk AS opp_blk,
         o.tov AS opp_tov, o.pf AS opp_pf,
         t.fga + 0.44 * t.fta + t.tov - t.oreb AS possessions,
         o.fga + 0.44 * o.fta + o.tov - o.oreb AS opp_possessions,
         coalesce(t.minutes, o.minutes, 240) AS team_minutes
  FROM team_lines t
  JOIN team_lines o ON o.game_date = t.game_date AND o.game_id = t.game_id AND o.team_abbr <> t.team_abbr
),
