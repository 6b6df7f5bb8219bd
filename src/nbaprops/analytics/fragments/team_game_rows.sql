-- The rows both team game summaries start from: each team's line beside its opponent's, for the
-- final games of :start_date..:end_date, with the zones the team scored (z_*) and allowed (oz_*).
-- @include scheduled_games
games AS (SELECT * FROM scheduled_games WHERE game_status = 3),
-- @include player_box
-- @include team_lines
-- @include shots
-- @include team_zones
rows_in_range AS (
  SELECT t.*, g.nba_game_id, g.season_year, g.game_type, (t.team_abbr = g.home_team_tricode) AS is_home,
         CAST(greatest(0, round((t.team_minutes - 240) / 25)) AS BIGINT) AS overtime_periods,
         z.zone_source AS z_source, z.paint_attempts AS z_paint_a, z.paint_makes AS z_paint_m,
         z.mid_range_attempts AS z_mid_a, z.mid_range_makes AS z_mid_m, z.three_attempts AS z_three_a,
         z.three_makes AS z_three_m,
         oz.zone_source AS oz_source, oz.paint_attempts AS oz_paint_a, oz.paint_makes AS oz_paint_m,
         oz.mid_range_attempts AS oz_mid_a, oz.mid_range_makes AS oz_mid_m, oz.three_attempts AS oz_three_a,
         oz.three_makes AS oz_three_m
  FROM team_vs_opponent t
  JOIN games g ON g.game_date = t.game_date AND g.game_id = t.game_id
  LEFT JOIN team_zones z ON z.game_date = t.game_date AND z.game_id = t.game_id AND z.team_abbr = t.team_abbr
  LEFT JOIN team_zones oz ON oz.game_date = t.game_date AND oz.game_id = t.game_id AND oz.team_abbr = t.opp_abbr
),
