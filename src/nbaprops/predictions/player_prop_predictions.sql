-- Every system's rows of the range, one table (each system's table is replaced per date by its processor).
SELECT system_id, player_lookup, game_date, game_id, team_abbr, opponent_team_abbr, predicted_points, predicted_spread, over_probability, push_probability, confidence_score, recommendation, pass_reason, expected_value, current_points_line, opening_line, line_source, line_books_count, line_margin, over_odds_american, under_odds_american, baseline_last_10, model_version, feature_version, feature_quality_score, is_production_ready, components, is_active, prediction_run_id
FROM nba_predictions.system_predictions_moving_average
WHERE game_date BETWEEN :start_date AND :end_date
UNION ALL
SELECT system_id, player_lookup, game_date, game_id, team_abbr, opponent_team_abbr, predicted_points, predicted_spread, over_probability, push_probability, confidence_score, recommendation, pass_reason, expected_value, current_points_line, opening_line, line_source, line_books_count, line_margin, over_odds_american, under_odds_american, baseline_last_10, model_version, feature_version, feature_quality_score, is_production_ready, components, is_active, prediction_run_id
FROM nba_predictions.system_predictions_zone_matchup
WHERE game_date BETWEEN :start_date AND :end_date
UNION ALL
SELECT system_id, player_lookup, game_date, game_id, team_abbr, opponent_team_abbr, predicted_points, predicted_spread, over_probability, push_probability, confidence_score, recommendation, pass_reason, expected_value, current_points_line, opening_line, line_source, line_books_count, line_margin, over_odds_american, under_odds_american, baseline_last_10, model_version, feature_version, feature_quality_score, is_production_ready, components, is_active, prediction_run_id
FROM nba_predictions.system_predictions_similarity
WHERE game_date BETWEEN :start_date AND :end_date
UNION ALL
SELECT system_id, player_lookup, game_date, game_id, team_abbr, opponent_team_abbr, predicted_points, predicted_spread, over_probability, push_probability, confidence_score, recommendation, pass_reason, expected_value, current_points_line, opening_line, line_source, line_books_count, line_margin, over_odds_american, under_odds_american, baseline_last_10, model_version, feature_version, feature_quality_score, is_production_ready, components, is_active, prediction_run_id
FROM nba_predictions.system_predictions_xgboost
WHERE game_date BETWEEN :start_date AND :end_date
UNION ALL
SELECT system_id, player_lookup, game_date, game_id, team_abbr, opponent_team_abbr, predicted_points, predicted_spread, over_probability, push_probability, confidence_score, recommendation, pass_reason, expected_value, current_points_line, opening_line, line_source, line_books_count, line_margin, over_odds_american, under_odds_american, baseline_last_10, model_version, feature_version, feature_quality_score, is_production_ready, components, is_active, prediction_run_id
FROM nba_predictions.system_predictions_ensemble
WHERE game_date BETWEEN :start_date AND :end_date
