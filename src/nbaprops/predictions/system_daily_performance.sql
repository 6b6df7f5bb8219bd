-- Per system and date: error of the predicted mean (MAE, RMSE, bias, within 3/5), bets (OVER/UNDER
-- calls graded at the line and price each was taken at; pushes and PASS excluded from the hit rate),
-- return at those prices, Brier score of
-- P(over) on lines that did not push, and the market line's and the last-10 average's MAE on the same
-- player-games (rows with a prediction and a line for the market; rows with a prediction for the baseline).
SELECT
  system_id, game_date,
  count(*) AS graded_count,
  count(predicted_points) AS predicted_count,
  avg(prediction_error) AS mae,
  sqrt(avg(signed_error * signed_error)) AS rmse,
  avg(signed_error) AS bias,
  avg(CASE WHEN predicted_points IS NULL THEN NULL WHEN within_3_points THEN 1.0 ELSE 0.0 END) AS within_3_rate,
  avg(CASE WHEN predicted_points IS NULL THEN NULL WHEN within_5_points THEN 1.0 ELSE 0.0 END) AS within_5_rate,
  sum(CASE WHEN predicted_recommendation = 'OVER' THEN 1 ELSE 0 END) AS over_count,
  sum(CASE WHEN predicted_recommendation = 'UNDER' THEN 1 ELSE 0 END) AS under_count,
  sum(CASE WHEN predicted_recommendation = 'PASS' THEN 1 ELSE 0 END) AS pass_count,
  count(prediction_correct) AS bets,
  sum(CASE WHEN prediction_correct THEN 1 ELSE 0 END) AS wins,
  sum(CASE WHEN bet_return IS NOT NULL AND bet_result = 'PUSH' THEN 1 ELSE 0 END) AS pushes,
  avg(CASE WHEN prediction_correct IS NULL THEN NULL WHEN prediction_correct THEN 1.0 ELSE 0.0 END) AS hit_rate,
  coalesce(sum(bet_return), 0.0) AS units_return,
  CASE WHEN count(bet_return) > 0 THEN sum(bet_return) / count(bet_return) END AS roi,
  avg(CASE WHEN over_probability IS NOT NULL AND actual_result IN ('OVER', 'UNDER')
           THEN (over_probability - CASE WHEN actual_result = 'OVER' THEN 1.0 ELSE 0.0 END)
              * (over_probability - CASE WHEN actual_result = 'OVER' THEN 1.0 ELSE 0.0 END) END) AS brier_score,
  avg(CASE WHEN predicted_points IS NOT NULL THEN abs(prediction_line - actual_points) END) AS market_mae,
  avg(CASE WHEN predicted_points IS NOT NULL THEN abs(baseline_last_10 - actual_points) END) AS baseline_mae
FROM nba_predictions.prediction_results
WHERE game_date BETWEEN :start_date AND :end_date
GROUP BY system_id, game_date
