/**
 * Session-local helpers every migration may call (as `pg_temp.<name>`), so the narrow-role pattern
 * of forced row-level security is written once. Created by `runMigrations` on its own connection
 * before the pending migrations and dropped after them.
 *
 * - `pg_temp.ensure_role(role)`: a cluster-wide NOLOGIN, NOINHERIT, NOBYPASSRLS role; another
 *   database (or a concurrent start) may have created it already.
 * - `pg_temp.hand_over(function, role, keep_execute DEFAULT false)`: gives a function to its role.
 *   A non-superuser owner may only give an object to a role it can SET ROLE to and that may create
 *   in the schema: both are granted for this statement and taken back. Handing a function over
 *   moves the old owner's EXECUTE to the new owner; `keep_execute` grants it back.
 */
export const MIGRATION_HELPERS_SQL = `
CREATE FUNCTION pg_temp.ensure_role(p_role name) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN NOINHERIT NOBYPASSRLS NOSUPERUSER NOCREATEDB NOCREATEROLE', p_role);
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

CREATE FUNCTION pg_temp.hand_over(p_function regprocedure, p_role name, p_keep_execute boolean DEFAULT false) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_me name := current_user;
  v_super boolean := (SELECT rolsuper FROM pg_roles WHERE rolname = current_user);
  v_schema name := (SELECT n.nspname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = p_function);
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', v_schema, p_role);
  IF NOT v_super THEN
    EXECUTE format('GRANT %I TO %I', p_role, v_me);
    EXECUTE format('GRANT CREATE ON SCHEMA %I TO %I', v_schema, p_role);
  END IF;
  EXECUTE format('ALTER FUNCTION %s OWNER TO %I', p_function, p_role);
  IF p_keep_execute THEN
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', p_function, v_me);
  END IF;
  IF NOT v_super THEN
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM %I', v_schema, p_role);
    EXECUTE format('REVOKE %I FROM %I', p_role, v_me);
  END IF;
END $$;
`;

export const DROP_MIGRATION_HELPERS_SQL =
  'DROP FUNCTION IF EXISTS pg_temp.ensure_role(name), pg_temp.hand_over(regprocedure, name, boolean)';
