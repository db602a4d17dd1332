-- People (issue T3): invitations that carry a link, canvas grants for people outside the
-- organization, and the organization's embedding secret for signed embeds.

-- An invitation's link: `<organizationId>.<secret>`; only the SHA-256 of the whole token is stored.
-- The organization id in the token lets acceptInvitation read the row under that tenant's RLS
-- context (no cross-tenant lookup function is needed). Revoked invitations are deleted.
ALTER TABLE invitations ADD COLUMN token_hash bytea UNIQUE;
ALTER TABLE invitations ADD COLUMN expires_at timestamptz;

-- One canvas for one person by email (they need not have an account yet, nor be a member).
-- Tenant data of the canvas's organization; the grantee reads their own grants through
-- app.user_id (their email, looked up in users), like memberships.
CREATE TABLE canvas_grants (
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  canvas_id uuid NOT NULL,
  email text NOT NULL,
  email_normalized text NOT NULL,
  role text NOT NULL CHECK (role IN ('EDITOR', 'VIEWER')),
  granted_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (canvas_id, email_normalized)
);
CREATE INDEX canvas_grants_email_idx ON canvas_grants(email_normalized);
CREATE INDEX canvas_grants_org_idx ON canvas_grants(organization_id);

ALTER TABLE canvas_grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY canvas_grants_tenant ON canvas_grants TO tessera_app, CURRENT_USER
  USING (organization_id = accounts.strict_tenant()
         OR email_normalized = (SELECT u.email_normalized FROM accounts.users u WHERE u.id = accounts.app_user()))
  WITH CHECK (organization_id = accounts.strict_tenant());
ALTER TABLE canvas_grants FORCE ROW LEVEL SECURITY;

-- The signed-embed secret: one current secret per organization; rotating replaces it, so tokens
-- signed with the old one stop verifying. Stored as given (accounts has no key ring: the row is
-- tenant data behind forced RLS, readable by ADMIN+ through GraphQL only at creation).
CREATE TABLE embedding_secrets (
  organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
  secret text NOT NULL,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE embedding_secrets ENABLE ROW LEVEL SECURITY;
CREATE POLICY embedding_secrets_tenant ON embedding_secrets TO tessera_app, CURRENT_USER
  USING (organization_id = accounts.strict_tenant())
  WITH CHECK (organization_id = accounts.strict_tenant());
ALTER TABLE embedding_secrets FORCE ROW LEVEL SECURITY;

GRANT SELECT, INSERT, UPDATE, DELETE ON canvas_grants, embedding_secrets TO tessera_app;

-- Sign-up through an invitation link (SIGN_UP_MODE=verify): the pending request remembers the
-- link, and completeSignUp joins that organization instead of creating one.
ALTER TABLE sign_up_requests ADD COLUMN invitation_token text;
