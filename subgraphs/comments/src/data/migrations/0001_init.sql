-- Comments on canvases (optionally anchored to one block), one level of replies, @mentions and
-- the in-app notifications they create. Every row belongs to an organization (the tenant) and is
-- behind row-level security. Canvases and users live in other services: their ids are plain
-- columns here, not foreign keys.

CREATE TABLE comments (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL,
  canvas_id text NOT NULL,
  block_id text,
  parent_id uuid REFERENCES comments(id),  -- always a thread's first comment (threads are one level deep)
  author_id uuid NOT NULL,
  api_key_id uuid,                          -- set when written through an API key (on behalf of its creator)
  body text NOT NULL,                       -- '' once deleted
  -- clock_timestamp, not now(): rows inserted by one transaction still get distinct, ordered keys.
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  edited_at timestamptz,
  deleted_at timestamptz,
  resolved_at timestamptz,                  -- on thread roots only; replies report their thread's state
  resolved_by uuid,
  CHECK (parent_id IS NULL OR resolved_at IS NULL)
);
-- Keyset pagination: (created_at, id) is the sort key and the cursor.
CREATE INDEX comments_canvas_idx ON comments (organization_id, canvas_id, created_at, id);
CREATE INDEX comments_thread_idx ON comments (parent_id, created_at, id) WHERE parent_id IS NOT NULL;

CREATE TABLE comment_mentions (
  comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL,
  user_id uuid NOT NULL,
  PRIMARY KEY (comment_id, user_id)
);

CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL,
  user_id uuid NOT NULL,                    -- the recipient
  kind text NOT NULL CHECK (kind IN ('MENTION')),
  comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
  canvas_id text NOT NULL,
  actor_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  read_at timestamptz
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at, id);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;

-- Row-level security context, set per transaction by withTenant() (SET LOCAL semantics). RLS is
-- not forced: the owner only runs migrations; the service connects as tessera_app.
CREATE FUNCTION comments.app_tenant() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
CREATE FUNCTION comments.app_user() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
-- Raises when a statement reaches tenant data with no context at all, so a forgotten withTenant()
-- fails loudly instead of returning rows. (plpgsql: the planner cannot fold it away.)
CREATE FUNCTION comments.strict_tenant() RETURNS uuid LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF comments.app_tenant() IS NULL AND comments.app_user() IS NULL THEN
    RAISE EXCEPTION 'tenant context is not set' USING ERRCODE = '42501';
  END IF;
  RETURN comments.app_tenant();
END $$;

ALTER TABLE comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY comments_tenant ON comments
  USING (organization_id = comments.strict_tenant())
  WITH CHECK (organization_id = comments.strict_tenant());

ALTER TABLE comment_mentions ENABLE ROW LEVEL SECURITY;
CREATE POLICY comment_mentions_tenant ON comment_mentions
  USING (organization_id = comments.strict_tenant())
  WITH CHECK (organization_id = comments.strict_tenant());

-- Notifications are written in the organization's context (with the comment) and read by their
-- recipient in a user context across organizations.
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY notifications_tenant_or_recipient ON notifications
  USING (organization_id = comments.strict_tenant() OR user_id = comments.app_user())
  WITH CHECK (organization_id = comments.strict_tenant() OR user_id = comments.app_user());

-- An entity reference or comment(id) names a comment before its tenant is known: this narrow
-- definer function maps ids to organizations (and nothing else); membership is checked next.
CREATE FUNCTION comment_organizations(p_ids uuid[])
RETURNS TABLE (id uuid, organization_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = comments, pg_temp AS $$
  SELECT c.id, c.organization_id FROM comments c WHERE c.id = ANY(p_ids)
$$;
REVOKE ALL ON FUNCTION comment_organizations(uuid[]) FROM PUBLIC;

GRANT USAGE ON SCHEMA comments TO tessera_app;
GRANT SELECT, INSERT, UPDATE ON comments, notifications TO tessera_app;
GRANT SELECT, INSERT, DELETE ON comment_mentions TO tessera_app;
GRANT EXECUTE ON FUNCTION comment_organizations(uuid[]) TO tessera_app;
