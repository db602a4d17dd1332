-- Row-level security is forced on every tenant table: the policies bind the table owner too, so a
-- migration or an owner-run script that forgets the tenant fails like the app role does instead of
-- reading every organization. (A superuser still bypasses RLS; deployments whose owner is not a
-- superuser, e.g. a managed database's admin role, get the full effect.)
--
-- The one path that crosses tenants, interaction_organizations (an interaction id -> its
-- organization, before membership is checked), now runs as its own role instead of as the owner:
-- tessera_ai_directory, NOLOGIN and NOBYPASSRLS, owning only that SECURITY DEFINER function, with
-- SELECT on (id, organization_id) and a SELECT-only policy. Nobody logs in as it and tessera_app is
-- not a member (it cannot SET ROLE to it); there is no setting that switches a bypass on. The tenant
-- policies apply to tessera_app and the owner only, so they never raise inside the function.

-- Cluster-wide roles: another database (or a concurrent start) may have created them already.
CREATE FUNCTION pg_temp.ensure_role(p_role name) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN NOINHERIT NOBYPASSRLS NOSUPERUSER NOCREATEDB NOCREATEROLE', p_role);
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

-- Hands a function to its role. A non-superuser owner may only give an object to a role it can SET
-- ROLE to and that may create in the schema: both are granted for this statement and taken back.
CREATE FUNCTION pg_temp.hand_over(p_function regprocedure, p_role name) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_super boolean := (SELECT rolsuper FROM pg_roles WHERE rolname = current_user);
  v_schema name := (SELECT n.nspname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = p_function);
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', v_schema, p_role);
  IF NOT v_super THEN
    EXECUTE format('GRANT %I TO %I', p_role, current_user);
    EXECUTE format('GRANT CREATE ON SCHEMA %I TO %I', v_schema, p_role);
  END IF;
  EXECUTE format('ALTER FUNCTION %s OWNER TO %I', p_function, p_role);
  IF NOT v_super THEN
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM %I', v_schema, p_role);
    EXECUTE format('REVOKE %I FROM %I', p_role, current_user);
  END IF;
END $$;
SELECT pg_temp.ensure_role('tessera_ai_directory');

ALTER POLICY interactions_tenant ON interactions TO tessera_app, CURRENT_USER;
ALTER POLICY audit_events_tenant ON audit_events TO tessera_app, CURRENT_USER;

GRANT SELECT (id, organization_id) ON interactions TO tessera_ai_directory;
CREATE POLICY interactions_directory ON interactions FOR SELECT TO tessera_ai_directory USING (true);
SELECT pg_temp.hand_over('interaction_organizations(uuid[])', 'tessera_ai_directory');

ALTER TABLE interactions FORCE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;

DROP FUNCTION pg_temp.hand_over(regprocedure, name);
DROP FUNCTION pg_temp.ensure_role(name);
