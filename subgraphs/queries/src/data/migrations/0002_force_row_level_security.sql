-- Row-level security is forced on every tenant table: the policies bind the table owner too, so a
-- migration or an owner-run script that forgets the tenant fails like the app role does instead of
-- reading every organization. (A superuser still bypasses RLS; deployments whose owner is not a
-- superuser, e.g. a managed database's admin role, get the full effect.)
--
-- The one run-time path that crosses tenants, owner_of (a data source, run or saved query id ->
-- its organization, before membership is checked), now runs as its own role instead of as the
-- owner: tessera_queries_directory, NOLOGIN and NOBYPASSRLS, owning only that SECURITY DEFINER
-- function, with SELECT on the columns it reads and SELECT-only policies. Nobody logs in as it and
-- tessera_app is not a member (it cannot SET ROLE to it); there is no setting that switches a
-- bypass on. The tenant policies apply to tessera_app and the owner only, so they never raise
-- inside the function. Key rotation (npm run rotate-keys) reads every tenant's secrets on the owner
-- connection: with a superuser owner it works as before; a non-superuser owner now gets 'tenant
-- context is not set' from it instead of silently crossing tenants.

-- pg_temp.ensure_role / pg_temp.hand_over come from the migration runner (@tessera/db, migration-helpers.ts).
SELECT pg_temp.ensure_role('tessera_queries_directory');

ALTER POLICY data_sources_tenant ON data_sources TO tessera_app, CURRENT_USER;
ALTER POLICY query_runs_tenant ON query_runs TO tessera_app, CURRENT_USER;
ALTER POLICY query_results_tenant ON query_results TO tessera_app, CURRENT_USER;
ALTER POLICY saved_queries_tenant ON saved_queries TO tessera_app, CURRENT_USER;

GRANT SELECT (id, organization_id, deleted_at) ON data_sources TO tessera_queries_directory;
GRANT SELECT (id, organization_id) ON query_runs, saved_queries TO tessera_queries_directory;
CREATE POLICY data_sources_directory ON data_sources FOR SELECT TO tessera_queries_directory USING (true);
CREATE POLICY query_runs_directory ON query_runs FOR SELECT TO tessera_queries_directory USING (true);
CREATE POLICY saved_queries_directory ON saved_queries FOR SELECT TO tessera_queries_directory USING (true);
SELECT pg_temp.hand_over('owner_of(text, uuid)', 'tessera_queries_directory');

ALTER TABLE data_sources FORCE ROW LEVEL SECURITY;
ALTER TABLE query_runs FORCE ROW LEVEL SECURITY;
ALTER TABLE query_results FORCE ROW LEVEL SECURITY;
ALTER TABLE saved_queries FORCE ROW LEVEL SECURITY;

