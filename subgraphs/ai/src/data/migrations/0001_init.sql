-- The SQL assistant's records: every suggestion it made (for usage analytics and evaluation) and
-- the audit events of suspected prompt injections and refused statements. Every row belongs to an
-- organization (the tenant) and is behind row-level security. Users, API keys and data sources
-- live in other services: their ids are plain columns here, not foreign keys.

CREATE TABLE interactions (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL,
  user_id uuid,                              -- the signed-in user, or the creator of the API key
  api_key_id uuid,                           -- set when asked through an API key
  data_source_id uuid NOT NULL,
  request_id text,
  prompt text NOT NULL,
  sql text NOT NULL,                         -- '' when nothing was suggested
  engine text NOT NULL,                      -- builtin | openai:<model> | anthropic:<model> | builtin (fallback: …)
  latency_ms integer NOT NULL,
  prompt_tokens integer,
  completion_tokens integer,
  confidence real NOT NULL,
  flagged boolean NOT NULL DEFAULT false,    -- an audit event was written for it
  outcome text CHECK (outcome IN ('ACCEPTED', 'EDITED', 'REJECTED')),
  final_sql text,                            -- what the user ran after editing, when reported
  outcome_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX interactions_org_created_idx ON interactions (organization_id, created_at);

-- Append-only: tessera_app may insert and read, never update or delete. The platform-wide audit
-- log (a separate issue) will take these rows over; until then this table is their home.
CREATE TABLE audit_events (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL,
  user_id uuid,
  api_key_id uuid,
  data_source_id uuid NOT NULL,
  interaction_id uuid,
  request_id text,
  kind text NOT NULL CHECK (kind IN ('PROMPT_INJECTION', 'SCHEMA_INJECTION', 'UNSAFE_SQL_REFUSED')),
  reason text NOT NULL,
  prompt_sha256 text NOT NULL,
  prompt_excerpt text NOT NULL,              -- the first 200 characters, never the whole prompt
  engine text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX audit_events_org_created_idx ON audit_events (organization_id, created_at);

-- Row-level security context, set per transaction by withTenant() (SET LOCAL semantics). RLS is
-- not forced: the owner only runs migrations; the service connects as tessera_app.
CREATE FUNCTION ai.app_tenant() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
-- Raises when a statement reaches tenant data with no context at all, so a forgotten withTenant()
-- fails loudly instead of returning rows. (plpgsql: the planner cannot fold it away.)
CREATE FUNCTION ai.strict_tenant() RETURNS uuid LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF ai.app_tenant() IS NULL THEN
    RAISE EXCEPTION 'tenant context is not set' USING ERRCODE = '42501';
  END IF;
  RETURN ai.app_tenant();
END $$;

ALTER TABLE interactions ENABLE ROW LEVEL SECURITY;
CREATE POLICY interactions_tenant ON interactions
  USING (organization_id = ai.strict_tenant())
  WITH CHECK (organization_id = ai.strict_tenant());

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_events_tenant ON audit_events
  USING (organization_id = ai.strict_tenant())
  WITH CHECK (organization_id = ai.strict_tenant());

-- recordSuggestionOutcome names an interaction before its tenant is known: this narrow definer
-- function maps ids to organizations (and nothing else); membership is checked next.
CREATE FUNCTION interaction_organizations(p_ids uuid[])
RETURNS TABLE (id uuid, organization_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ai, pg_temp AS $$
  SELECT i.id, i.organization_id FROM interactions i WHERE i.id = ANY(p_ids)
$$;
REVOKE ALL ON FUNCTION interaction_organizations(uuid[]) FROM PUBLIC;

GRANT USAGE ON SCHEMA ai TO tessera_app;
GRANT SELECT, INSERT ON interactions, audit_events TO tessera_app;
-- Only the outcome of a suggestion changes after it is recorded.
GRANT UPDATE (outcome, final_sql, outcome_at) ON interactions TO tessera_app;
GRANT EXECUTE ON FUNCTION interaction_organizations(uuid[]) TO tessera_app;
