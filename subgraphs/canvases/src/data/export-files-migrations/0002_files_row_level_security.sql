-- Row-level security on rendered exports, forced like every tenant table (see comments' 0002): the
-- policy binds the owner the canvases service and its worker connect as, so a statement without
-- the organization (app.tenant_id, set per transaction) fails instead of reading every tenant's
-- files. The app role (tessera_app) has no grant on this schema at all.
--
-- Two paths cross tenants, each through a SECURITY DEFINER function owned by its own NOLOGIN,
-- NOBYPASSRLS role that nobody can become:
-- - file_organization(id): a download link names a file id (HMAC-signed, after exportCanvas checked
--   the caller's role); the service learns its organization, then reads in that tenant's context.
-- - purge_expired_files(grace): the hourly purge deletes expired files of every organization, and
--   can see nothing else (its policies only match expired rows).

CREATE FUNCTION app_tenant() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.tenant_id', true), '') $$;
-- Raises when tenant data is reached with no context, so a forgotten tenant fails loudly.
CREATE FUNCTION strict_tenant() RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF canvas_exports.app_tenant() IS NULL THEN
    RAISE EXCEPTION 'tenant context is not set' USING ERRCODE = '42501';
  END IF;
  RETURN canvas_exports.app_tenant();
END $$;

ALTER TABLE files ENABLE ROW LEVEL SECURITY;
ALTER TABLE files FORCE ROW LEVEL SECURITY;
CREATE POLICY files_tenant ON files TO CURRENT_USER
  USING (organization_id = canvas_exports.strict_tenant())
  WITH CHECK (organization_id = canvas_exports.strict_tenant());

-- pg_temp.ensure_role / pg_temp.hand_over come from the migration runner (@tessera/db, migration-helpers.ts).
SELECT pg_temp.ensure_role('tessera_export_files_directory');
GRANT SELECT (id, organization_id) ON files TO tessera_export_files_directory;
CREATE POLICY files_directory ON files FOR SELECT TO tessera_export_files_directory USING (true);
CREATE FUNCTION file_organization(p_id uuid) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
  $$ SELECT organization_id FROM canvas_exports.files WHERE id = p_id $$;
SELECT pg_temp.hand_over('canvas_exports.file_organization(uuid)', 'tessera_export_files_directory', true);

SELECT pg_temp.ensure_role('tessera_export_files_purge');
GRANT SELECT (expires_at), DELETE ON files TO tessera_export_files_purge;
CREATE POLICY files_purge_read ON files FOR SELECT TO tessera_export_files_purge
  USING (expires_at < now());
CREATE POLICY files_purge ON files FOR DELETE TO tessera_export_files_purge
  USING (expires_at < now());
CREATE FUNCTION purge_expired_files(p_grace_seconds double precision) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_count integer;
BEGIN
  DELETE FROM canvas_exports.files WHERE expires_at < now() - make_interval(secs => p_grace_seconds);
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END $$;
SELECT pg_temp.hand_over('canvas_exports.purge_expired_files(double precision)', 'tessera_export_files_purge', true);
