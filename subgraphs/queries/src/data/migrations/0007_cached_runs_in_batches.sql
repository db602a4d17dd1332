-- Cache hits arriving together are recorded together: insert_cached_runs takes a batch (a JSON
-- array of runs, possibly of several tenants) and inserts each under its own tenant (set before
-- each INSERT, for the statement's own transaction), with the same checks as insert_cached_run
-- (0006), which it replaces. Returns the runs inserted; a run whose source is gone or whose shared
-- rows are no longer stored is left out.
CREATE FUNCTION queries.insert_cached_runs(p_runs jsonb) RETURNS SETOF query_runs
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = queries, pg_temp AS $$
DECLARE
  r jsonb;
BEGIN
  PERFORM set_config('app.user_id', '', true), set_config('synchronous_commit', 'off', true);
  FOR r IN SELECT value FROM jsonb_array_elements(p_runs) LOOP
    PERFORM set_config('app.tenant_id', r->>'organizationId', true);
    RETURN QUERY
      INSERT INTO query_runs (id, organization_id, project_id, data_source_id, user_id, api_key_id, sql, parameters,
        max_rows, status, columns, row_count, truncated, cached, duration_ms, finished_at, result_run_id)
      SELECT (r->>'id')::uuid, (r->>'organizationId')::uuid, s.project_id, s.id, (r->>'userId')::uuid,
        (r->>'apiKeyId')::uuid, r->>'sql', nullif(r->'parameters', 'null'::jsonb), (r->>'maxRows')::integer,
        'SUCCEEDED', r->'columns', (r->>'rowCount')::integer, (r->>'truncated')::boolean, true,
        (r->>'durationMs')::integer, now(), (r->>'resultRunId')::uuid
      FROM data_sources s
      WHERE s.id = (r->>'dataSourceId')::uuid AND s.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM query_results q JOIN query_runs o ON o.id = q.run_id
                    WHERE q.run_id = (r->>'resultRunId')::uuid AND o.data_source_id = s.id)
      RETURNING *;
  END LOOP;
  PERFORM set_config('app.tenant_id', '', true);
END $$;
REVOKE ALL ON FUNCTION queries.insert_cached_runs(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queries.insert_cached_runs(jsonb) TO tessera_app;
DROP FUNCTION queries.insert_cached_run(uuid, uuid, uuid, uuid, uuid, text, jsonb, integer, jsonb, integer, boolean, integer, uuid);
