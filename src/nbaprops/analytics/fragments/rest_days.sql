-- Rest before a game, the one definition shared by teams and players:
--   days_rest       = days between the previous game and this one, minus 1 (0 on a back-to-back);
--                     NULL when there is no previous game this season
--   is_back_to_back = the previous game was on the day before (FALSE when there is none)
-- Callers provide rest_basis(<their columns>, game_date, previous_game_date), previous_game_date being
-- the last game of the same season strictly before game_date; every caller column passes through.
rest AS (
  SELECT r.*,
         date_diff('day', r.previous_game_date, r.game_date) - 1 AS days_rest,
         coalesce(date_diff('day', r.previous_game_date, r.game_date) = 1, FALSE) AS is_back_to_back
  FROM rest_basis r
),
