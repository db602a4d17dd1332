-- Crash recovery: runs execute as promises inside a queries process, so a process that dies leaves
-- its runs RUNNING for ever. Each process registers itself in run_instances and heartbeats; a run
-- records the instance executing it; fail_interrupted_runs(stale) marks FAILED, with the typed
-- error INTERRUPTED, every unfinished run whose instance is gone (no row, or no heartbeat for
-- `stale` seconds). It crosses tenants, so like owner_of it runs as its own narrow role
-- (NOLOGIN, NOBYPASSRLS) that may only read and fail unfinished runs.
SELECT pg_temp.ensure_role('tessera_queries_recovery');

ALTER TABLE query_runs ADD COLUMN instance_id uuid;
CREATE INDEX query_runs_unfinished_idx ON query_runs(instance_id) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE run_instances (
  id uuid PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now(),
  heartbeat_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE, DELETE ON run_instances TO tessera_app;

GRANT SELECT (id, status, instance_id) ON query_runs TO tessera_queries_recovery;
GRANT UPDATE (status, error, finished_at) ON query_runs TO tessera_queries_recovery;
GRANT SELECT ON run_instances TO tessera_queries_recovery;
-- Reading is limited by the column grants above (no SQL, results or tenant data); an UPDATE that
-- reads rows must also see the new (FAILED) row, so the read policy is not restricted by status.
CREATE POLICY query_runs_recovery_read ON query_runs FOR SELECT TO tessera_queries_recovery USING (true);
CREATE POLICY query_runs_recovery_fail ON query_runs FOR UPDATE TO tessera_queries_recovery
  USING (status IN ('QUEUED', 'RUNNING')) WITH CHECK (status = 'FAILED');

CREATE FUNCTION queries.fail_interrupted_runs(p_stale_seconds integer) RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = queries, pg_temp AS $$
  WITH failed AS (
    UPDATE queries.query_runs r
       SET status = 'FAILED',
           finished_at = now(),
           error = jsonb_build_object(
             'code', 'INTERRUPTED',
             'message', 'The run was interrupted by a restart of the query service; run it again')
     WHERE r.status IN ('QUEUED', 'RUNNING')
       AND NOT EXISTS (
         SELECT 1 FROM queries.run_instances i
          WHERE i.id = r.instance_id
            AND i.heartbeat_at > now() - make_interval(secs => GREATEST(p_stale_seconds, 5)))
    RETURNING 1)
  SELECT count(*)::integer FROM failed
$$;
REVOKE ALL ON FUNCTION queries.fail_interrupted_runs(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queries.fail_interrupted_runs(integer) TO tessera_app;
SELECT pg_temp.hand_over('fail_interrupted_runs(integer)', 'tessera_queries_recovery');
