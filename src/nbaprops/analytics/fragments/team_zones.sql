-- Shot zones per team per game, scored by that team (shots must be included first).
team_zones AS (
  SELECT game_date, game_id, team_abbr, min(zone_source) AS zone_source,
         sum(CASE WHEN zone = 'paint' THEN 1 ELSE 0 END) AS paint_attempts,
         sum(CASE WHEN zone = 'paint' AND shot_made THEN 1 ELSE 0 END) AS paint_makes,
         sum(CASE WHEN zone = 'mid_range' THEN 1 ELSE 0 END) AS mid_range_attempts,
         sum(CASE WHEN zone = 'mid_range' AND shot_made THEN 1 ELSE 0 END) AS mid_range_makes,
         sum(CASE WHEN zone = 'three' THEN 1 ELSE 0 END) AS three_attempts,
         sum(CASE WHEN zone = 'three' AND shot_made THEN 1 ELSE 0 END) AS three_makes
  FROM shots
  WHERE team_abbr IS NOT NULL
  GROUP BY game_date, game_id, team_abbr
),
