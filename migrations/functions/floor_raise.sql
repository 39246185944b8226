-- floor_raise: refuses a floor action with one of the error catalogue's codes (src/shared/errors.ts and the
-- modules' *.errors.ts), optionally with the fields it concerns (p_detail: a JSON array of the API's field issues,
-- {field, message: {id, en}}). SQLSTATE AT400 marks the
-- refusal as an answer to the client, not a fault: floor/floor.calls.ts turns it into that AppError; the
-- statement, and so the whole action, is rolled back. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_raise(p_code text, p_detail text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'AT400', MESSAGE = p_code, DETAIL = coalesce(p_detail, '');
END $$;
