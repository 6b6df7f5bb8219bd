-- Every game a player actually played (minutes > 0) in the target seasons before the range's last
-- date, numbered within his season; zone counts only where play-by-play gave them (estimated zones are
-- never used). The caller defines target_seasons(season_year).
played_games AS (
  SELECT p.player_lookup, p.season_year, p.game_date, p.game_id, p.team_abbr,
         coalesce(p.points, 0) AS points, p.minutes, p.usage_rate, p.ts_pct,
         coalesce(p.free_throws_made, 0) AS free_throws_made,
         CASE WHEN NOT p.shot_zones_estimated AND p.paint_attempts IS NOT NULL THEN 1 ELSE 0 END AS zone_game,
         CASE WHEN NOT p.shot_zones_estimated THEN coalesce(p.paint_attempts, 0) ELSE 0 END AS paint_att,
         CASE WHEN NOT p.shot_zones_estimated THEN coalesce(p.paint_makes, 0) ELSE 0 END AS paint_made,
         CASE WHEN NOT p.shot_zones_estimated THEN coalesce(p.mid_range_attempts, 0) ELSE 0 END AS mid_att,
         CASE WHEN NOT p.shot_zones_estimated THEN coalesce(p.mid_range_makes, 0) ELSE 0 END AS mid_made,
         CASE WHEN NOT p.shot_zones_estimated THEN coalesce(p.three_attempts, 0) ELSE 0 END AS three_att,
         CASE WHEN NOT p.shot_zones_estimated THEN coalesce(p.three_makes, 0) ELSE 0 END AS three_made,
         CASE WHEN NOT p.shot_zones_estimated THEN coalesce(p.assisted_fg_makes, 0) ELSE 0 END AS assisted,
         CASE WHEN NOT p.shot_zones_estimated THEN coalesce(p.unassisted_fg_makes, 0) ELSE 0 END AS unassisted
  FROM nba_analytics.player_game_summary p
  WHERE p.game_date < :end_date AND p.minutes > 0
    AND p.season_year IN (SELECT season_year FROM target_seasons)
),
