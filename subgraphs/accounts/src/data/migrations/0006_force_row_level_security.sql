-- Row-level security is forced on every tenant table: the policies bind the table owner too, so a
-- migration or an owner-run script that forgets the tenant fails like the app role does instead of
-- reading every organization. (A superuser still bypasses RLS; deployments whose owner is not a
-- superuser, e.g. a managed database's admin role, get the full effect.)
--
-- Three paths legitimately cross tenants. Each now runs as its own role instead of as the owner:
-- a NOLOGIN, NOBYPASSRLS role that owns exactly one SECURITY DEFINER function, holds only the
-- columns that function reads or writes, and has a policy for that command only:
--   tessera_api_key_auth      api_key_for_authentication: SELECT api_keys by lookup id (no tenant yet)
--   tessera_project_directory project_directory: SELECT a project's organization
--   tessera_invitation_claim  claim_invitations: SELECT/UPDATE open invitations, INSERT the memberships
--                             they grant (only a membership an open invitation names)
-- Nobody logs in as these roles and tessera_app is not a member of them (it cannot SET ROLE to
-- them), so the app role reaches them only through the function bodies. There is no setting that
-- switches a bypass on. The tenant policies apply to tessera_app and the owner only, so they never
-- raise 'tenant context is not set' inside these functions.

-- pg_temp.ensure_role / pg_temp.hand_over come from the migration runner (@tessera/db, migration-helpers.ts).
SELECT pg_temp.ensure_role('tessera_api_key_auth');
SELECT pg_temp.ensure_role('tessera_project_directory');
SELECT pg_temp.ensure_role('tessera_invitation_claim');

-- Tenant policies: the app role and the owner, not the definer roles.
ALTER POLICY memberships_tenant ON memberships TO tessera_app, CURRENT_USER;
ALTER POLICY projects_tenant ON projects TO tessera_app, CURRENT_USER;
ALTER POLICY invitations_tenant ON invitations TO tessera_app, CURRENT_USER;
ALTER POLICY api_keys_tenant ON api_keys TO tessera_app, CURRENT_USER;

-- API key authentication: the key's row by its public lookup id, read only.
GRANT SELECT (id, organization_id, lookup_id, key_hash, scopes, created_by, revoked_at) ON api_keys TO tessera_api_key_auth;
CREATE POLICY api_keys_authentication ON api_keys FOR SELECT TO tessera_api_key_auth USING (true);
SELECT pg_temp.hand_over('api_key_for_authentication(text)', 'tessera_api_key_auth');

-- Project directory: project id -> organization id, read only.
GRANT SELECT (id, organization_id) ON projects TO tessera_project_directory;
CREATE POLICY projects_directory ON projects FOR SELECT TO tessera_project_directory USING (true);
SELECT pg_temp.hand_over('project_directory(uuid)', 'tessera_project_directory');

-- Claiming invitations: read them, mark open ones accepted, and add only the memberships they name.
GRANT SELECT (organization_id, email_normalized, role, accepted_at), UPDATE (accepted_at) ON invitations TO tessera_invitation_claim;
GRANT INSERT (organization_id, user_id, role) ON memberships TO tessera_invitation_claim;
CREATE POLICY invitations_claim_read ON invitations FOR SELECT TO tessera_invitation_claim USING (true);
CREATE POLICY invitations_claim ON invitations FOR UPDATE TO tessera_invitation_claim
  USING (accepted_at IS NULL) WITH CHECK (accepted_at IS NOT NULL);
CREATE POLICY memberships_claim ON memberships FOR INSERT TO tessera_invitation_claim
  WITH CHECK (EXISTS (SELECT 1 FROM invitations i
                      WHERE i.organization_id = memberships.organization_id AND i.role = memberships.role AND i.accepted_at IS NULL));
SELECT pg_temp.hand_over('claim_invitations(uuid, text)', 'tessera_invitation_claim');

ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
ALTER TABLE projects FORCE ROW LEVEL SECURITY;
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;

