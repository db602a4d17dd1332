-- Accounts: identities are global (users, sessions); everything owned by an organization is
-- tenant data behind row-level security.

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  email_normalized text NOT NULL UNIQUE,
  name text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,                 -- the refresh-token family
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_reason text
);
CREATE INDEX sessions_user_idx ON sessions(user_id);

CREATE TABLE refresh_tokens (
  id uuid PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  used_at timestamptz
);

CREATE TABLE login_attempts (
  id bigserial PRIMARY KEY,
  email_normalized text NOT NULL,
  ip text,
  succeeded boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_email_idx ON login_attempts(email_normalized, at);
CREATE INDEX login_attempts_ip_idx ON login_attempts(ip, at);

CREATE TABLE organizations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'EDITOR', 'VIEWER')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships(user_id);

CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  email text NOT NULL,
  email_normalized text NOT NULL,
  role text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'EDITOR', 'VIEWER')),
  invited_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  accepted_at timestamptz,
  UNIQUE (organization_id, email_normalized)
);
CREATE INDEX invitations_email_idx ON invitations(email_normalized) WHERE accepted_at IS NULL;

CREATE TABLE projects (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projects_org_idx ON projects(organization_id);

CREATE TABLE api_keys (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  lookup_id text NOT NULL UNIQUE,      -- the public part of the key, used to find the row
  key_hash bytea NOT NULL,             -- SHA-256 of the whole key; the key itself is never stored
  scopes text[] NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- Row-level security context, set per transaction with set_config(..., true). RLS is not forced:
-- the owner runs migrations only; services connect as tessera_app, which is not the owner and
-- cannot bypass it.
CREATE FUNCTION accounts.app_tenant() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
CREATE FUNCTION accounts.app_user() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
-- The tenant for policies. Raises when a statement reaches tenant data with no context at all, so
-- a forgotten withTenant() fails loudly instead of returning rows. (plpgsql: the planner cannot
-- fold it away.)
CREATE FUNCTION accounts.strict_tenant() RETURNS uuid LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF accounts.app_tenant() IS NULL AND accounts.app_user() IS NULL THEN
    RAISE EXCEPTION 'tenant context is not set' USING ERRCODE = '42501';
  END IF;
  RETURN accounts.app_tenant();
END $$;

ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
CREATE POLICY organizations_tenant ON organizations
  USING (id = accounts.strict_tenant()
         OR EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = organizations.id AND m.user_id = accounts.app_user()))
  WITH CHECK (id = accounts.strict_tenant());

ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
CREATE POLICY memberships_tenant ON memberships
  USING (organization_id = accounts.strict_tenant() OR user_id = accounts.app_user())
  WITH CHECK (organization_id = accounts.strict_tenant());

ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_tenant ON projects
  USING (organization_id = accounts.strict_tenant())
  WITH CHECK (organization_id = accounts.strict_tenant());

ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY invitations_tenant ON invitations
  USING (organization_id = accounts.strict_tenant())
  WITH CHECK (organization_id = accounts.strict_tenant());

ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY api_keys_tenant ON api_keys
  USING (organization_id = accounts.strict_tenant())
  WITH CHECK (organization_id = accounts.strict_tenant());

-- Authentication must find a key before it knows the tenant: a narrow definer function returns
-- only what verification needs.
CREATE FUNCTION api_key_for_authentication(p_lookup_id text)
RETURNS TABLE (id uuid, organization_id uuid, key_hash bytea, scopes text[], created_by uuid, revoked_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = accounts, pg_temp AS $$
  SELECT k.id, k.organization_id, k.key_hash, k.scopes, k.created_by, k.revoked_at
  FROM api_keys k WHERE k.lookup_id = p_lookup_id
$$;

-- A new user claims the invitations sent to their email, across organizations.
CREATE FUNCTION claim_invitations(p_user_id uuid, p_email_normalized text)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = accounts, pg_temp AS $$
DECLARE claimed integer;
BEGIN
  INSERT INTO memberships (organization_id, user_id, role)
    SELECT i.organization_id, p_user_id, i.role FROM invitations i
    WHERE i.email_normalized = p_email_normalized AND i.accepted_at IS NULL
    ON CONFLICT DO NOTHING;
  UPDATE invitations SET accepted_at = now()
    WHERE email_normalized = p_email_normalized AND accepted_at IS NULL;
  GET DIAGNOSTICS claimed = ROW_COUNT;
  RETURN claimed;
END $$;

REVOKE ALL ON FUNCTION api_key_for_authentication(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION claim_invitations(uuid, text) FROM PUBLIC;

GRANT USAGE ON SCHEMA accounts TO tessera_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA accounts TO tessera_app;
REVOKE ALL ON accounts.schema_migrations FROM tessera_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA accounts TO tessera_app;
GRANT EXECUTE ON FUNCTION api_key_for_authentication(text), claim_invitations(uuid, text) TO tessera_app;
