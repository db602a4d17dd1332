-- Row-level security is forced on every tenant table: the policies bind the table owner too, so a
-- migration or an owner-run script that forgets the tenant fails like the app role does instead of
-- reading every organization. (A superuser still bypasses RLS; deployments whose owner is not a
-- superuser, e.g. a managed database's admin role, get the full effect.)
--
-- The one path that crosses tenants, comment_organizations (a comment id -> its organization,
-- before membership is checked), now runs as its own role instead of as the owner:
-- tessera_comments_directory, NOLOGIN and NOBYPASSRLS, owning only that SECURITY DEFINER function,
-- with SELECT on (id, organization_id) and a SELECT-only policy. Nobody logs in as it and
-- tessera_app is not a member (it cannot SET ROLE to it); there is no setting that switches a
-- bypass on. The tenant policies apply to tessera_app and the owner only, so they never raise
-- inside the function.

-- pg_temp.ensure_role / pg_temp.hand_over come from the migration runner (@tessera/db, migration-helpers.ts).
SELECT pg_temp.ensure_role('tessera_comments_directory');

ALTER POLICY comments_tenant ON comments TO tessera_app, CURRENT_USER;
ALTER POLICY comment_mentions_tenant ON comment_mentions TO tessera_app, CURRENT_USER;
ALTER POLICY notifications_tenant_or_recipient ON notifications TO tessera_app, CURRENT_USER;

GRANT SELECT (id, organization_id) ON comments TO tessera_comments_directory;
CREATE POLICY comments_directory ON comments FOR SELECT TO tessera_comments_directory USING (true);
SELECT pg_temp.hand_over('comment_organizations(uuid[])', 'tessera_comments_directory');

ALTER TABLE comments FORCE ROW LEVEL SECURITY;
ALTER TABLE comment_mentions FORCE ROW LEVEL SECURITY;
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;

