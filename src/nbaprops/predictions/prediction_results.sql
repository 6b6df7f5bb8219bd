-- Each active prediction of a final game graded against the points the player scored (players who
-- played; a player who did not play voids the prop; superseded predictions are history, never graded).
-- actual_result is against the consensus line (the market's number); a recommended bet is graded
-- against the line it was taken at (bet_line, the shopped book's main line) at its price: OVER when
-- points > line, UNDER when points < line, PUSH when equal (its own result: never a win or a loss,
-- return 0). PASS rows are graded for error only.
SELECT
  p.system_id, p.player_lookup, p.game_date, p.game_id,
  p.predicted_points,
  s.points AS actual_points,
  s.minutes,
  p.recommendation AS predicted_recommendation,
  p.current_points_line AS prediction_line,
  s.points_line AS closing_line,
  CASE WHEN p.current_points_line IS NULL THEN NULL
       WHEN s.points > p.current_points_line THEN 'OVER'
       WHEN s.points < p.current_points_line THEN 'UNDER'
       ELSE 'PUSH' END AS actual_result,
  p.bet_book, p.bet_line, p.bet_odds_american,
  CASE WHEN p.bet_line IS NULL THEN NULL
       WHEN s.points > p.bet_line THEN 'OVER'
       WHEN s.points < p.bet_line THEN 'UNDER'
       ELSE 'PUSH' END AS bet_result,
  abs(p.predicted_points - s.points) AS prediction_error,
  p.predicted_points - s.points AS signed_error,
  CASE WHEN p.recommendation IN ('OVER', 'UNDER') AND p.bet_line IS NOT NULL AND s.points <> p.bet_line
       THEN (p.recommendation = 'OVER') = (s.points > p.bet_line) END AS prediction_correct,
  CASE WHEN p.recommendation NOT IN ('OVER', 'UNDER') OR p.bet_line IS NULL THEN NULL
       WHEN s.points = p.bet_line THEN 0.0
       WHEN (p.recommendation = 'OVER') = (s.points > p.bet_line)
         THEN CASE WHEN p.bet_odds_american < 0 THEN 100.0 / -p.bet_odds_american
                   ELSE p.bet_odds_american / 100.0 END
       ELSE -1.0 END AS bet_return,
  abs(p.predicted_points - s.points) <= 3 AS within_3_points,
  abs(p.predicted_points - s.points) <= 5 AS within_5_points,
  p.line_margin,
  s.points - p.current_points_line AS actual_margin,
  p.over_probability, p.confidence_score, p.over_odds_american, p.under_odds_american,
  p.baseline_last_10, p.model_version
FROM nba_predictions.player_prop_predictions AS p
JOIN nba_analytics.player_game_summary AS s
  ON s.player_lookup = p.player_lookup AND s.game_id = p.game_id AND s.game_date = p.game_date
WHERE p.game_date BETWEEN :start_date AND :end_date AND p.is_active
  AND s.minutes > 0 AND s.points IS NOT NULL
