-- Applicants act on their own cases too (supply what 补正 asked for, withdraw). They may leave a
-- case only in a status an applicant can bring about; decisions stay with the deciding officer.
CREATE POLICY cases_applicant_update ON cases FOR UPDATE
  USING (
    applicant_id::text = current_setting('app.user_id', true)
    AND current_setting('app.kind', true) IN ('citizen', 'enterprise')
  )
  WITH CHECK (
    applicant_id::text = current_setting('app.user_id', true)
    AND current_setting('app.kind', true) IN ('citizen', 'enterprise')
    AND status IN ('submitted', 'accepted', 'under_review', 'withdrawn')
  );
