-- A results-cache hit recorded in one round trip: the function sets the tenant for the statement's
-- own transaction (set_config(..., true), as withTenant() does; called on its own, outside any
-- explicit transaction, so the setting ends with the statement) and inserts the run. SECURITY
-- INVOKER: the caller's row-level security applies to the source it reads and the run it writes.
-- The run shares the stored rows of p_result_run, an earlier run of the same source (0005); no row
-- is returned when the source is gone or those rows are no longer stored.
-- Its commit does not wait for the WAL flush (synchronous_commit off for this transaction only):
-- the row is visible at once and survives a PostgreSQL restart; only a crash of the machine within
-- a fraction of a second can lose it, and then only this history line is lost — the rows it names
-- belong to the earlier run, and the mutation's audit entry was made durable before it ran.
CREATE FUNCTION queries.insert_cached_run(
  p_tenant uuid, p_id uuid, p_source uuid, p_user uuid, p_api_key uuid, p_sql text, p_parameters jsonb,
  p_max_rows integer, p_columns jsonb, p_row_count integer, p_truncated boolean, p_duration_ms integer,
  p_result_run uuid
) RETURNS SETOF query_runs LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = queries, pg_temp AS $$
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true), set_config('app.user_id', '', true),
          set_config('synchronous_commit', 'off', true);
  RETURN QUERY
    INSERT INTO query_runs (id, organization_id, project_id, data_source_id, user_id, api_key_id, sql, parameters,
      max_rows, status, columns, row_count, truncated, cached, duration_ms, finished_at, result_run_id)
    SELECT p_id, p_tenant, s.project_id, s.id, p_user, p_api_key, p_sql, p_parameters, p_max_rows, 'SUCCEEDED',
      p_columns, p_row_count, p_truncated, true, p_duration_ms, now(), p_result_run
    FROM data_sources s
    WHERE s.id = p_source AND s.deleted_at IS NULL
      AND EXISTS (SELECT 1 FROM query_results r JOIN query_runs o ON o.id = r.run_id
                  WHERE r.run_id = p_result_run AND o.data_source_id = s.id)
    RETURNING *;
END $$;
REVOKE ALL ON FUNCTION queries.insert_cached_run(uuid, uuid, uuid, uuid, uuid, text, jsonb, integer, jsonb, integer, boolean, integer, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queries.insert_cached_run(uuid, uuid, uuid, uuid, uuid, text, jsonb, integer, jsonb, integer, boolean, integer, uuid) TO tessera_app;
