-- Query metadata: data sources (secrets encrypted), runs with their results, saved queries.
-- Every table is tenant data behind row-level security on organization_id.

CREATE FUNCTION queries.app_tenant() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
-- Raises when a statement reaches tenant data without a tenant, so a forgotten withTenant() fails.
CREATE FUNCTION queries.strict_tenant() RETURNS uuid LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF queries.app_tenant() IS NULL THEN
    RAISE EXCEPTION 'tenant context is not set' USING ERRCODE = '42501';
  END IF;
  RETURN queries.app_tenant();
END $$;

CREATE TABLE data_sources (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL,
  project_id uuid NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('DEMO', 'POSTGRES', 'MYSQL', 'CLICKHOUSE', 'DUCKDB', 'FILE')),
  settings jsonb NOT NULL DEFAULT '{}',
  secret_ciphertext text,
  glossary jsonb NOT NULL DEFAULT '[]',
  schema_cache jsonb,
  schema_cached_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX data_sources_project_idx ON data_sources(project_id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX data_sources_one_demo_per_project ON data_sources(project_id) WHERE kind = 'DEMO' AND deleted_at IS NULL;

CREATE TABLE query_runs (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL,
  project_id uuid NOT NULL,
  data_source_id uuid NOT NULL REFERENCES data_sources(id) ON DELETE CASCADE,
  user_id uuid,
  api_key_id uuid,
  sql text NOT NULL,
  parameters jsonb,
  max_rows integer NOT NULL,
  status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
  columns jsonb NOT NULL DEFAULT '[]',
  row_count integer NOT NULL DEFAULT 0,
  truncated boolean NOT NULL DEFAULT false,
  cached boolean NOT NULL DEFAULT false,
  duration_ms integer,
  error jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX query_runs_user_idx ON query_runs(user_id, created_at DESC, id DESC);

CREATE TABLE query_results (
  run_id uuid PRIMARY KEY REFERENCES query_runs(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL,
  rows jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE saved_queries (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL,
  project_id uuid NOT NULL,
  data_source_id uuid NOT NULL REFERENCES data_sources(id) ON DELETE CASCADE,
  user_id uuid NOT NULL,
  name text NOT NULL,
  sql text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX saved_queries_project_idx ON saved_queries(project_id, user_id);

ALTER TABLE data_sources ENABLE ROW LEVEL SECURITY;
CREATE POLICY data_sources_tenant ON data_sources USING (organization_id = queries.strict_tenant()) WITH CHECK (organization_id = queries.strict_tenant());
ALTER TABLE query_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY query_runs_tenant ON query_runs USING (organization_id = queries.strict_tenant()) WITH CHECK (organization_id = queries.strict_tenant());
ALTER TABLE query_results ENABLE ROW LEVEL SECURITY;
CREATE POLICY query_results_tenant ON query_results USING (organization_id = queries.strict_tenant()) WITH CHECK (organization_id = queries.strict_tenant());
ALTER TABLE saved_queries ENABLE ROW LEVEL SECURITY;
CREATE POLICY saved_queries_tenant ON saved_queries USING (organization_id = queries.strict_tenant()) WITH CHECK (organization_id = queries.strict_tenant());

-- Which organization owns a row, before the tenant is known (ids arrive from clients). Only the
-- owner id leaves this function; the caller then checks membership and reads under RLS.
CREATE FUNCTION queries.owner_of(p_kind text, p_id uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = queries, pg_temp AS $$
  SELECT CASE p_kind
    WHEN 'data_source' THEN (SELECT organization_id FROM data_sources WHERE id = p_id AND deleted_at IS NULL)
    WHEN 'query_run' THEN (SELECT organization_id FROM query_runs WHERE id = p_id)
    WHEN 'saved_query' THEN (SELECT organization_id FROM saved_queries WHERE id = p_id)
  END
$$;
REVOKE ALL ON FUNCTION queries.owner_of(text, uuid) FROM PUBLIC;

GRANT USAGE ON SCHEMA queries TO tessera_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON data_sources, query_runs, query_results, saved_queries TO tessera_app;
GRANT EXECUTE ON FUNCTION queries.owner_of(text, uuid), queries.app_tenant(), queries.strict_tenant() TO tessera_app;
