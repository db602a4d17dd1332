-- The semantic model of a data source: what inference found (inferred), what people changed
-- (edits, merged over it on read) and a version that increases with every inference or edit.
-- fingerprint names the tables/columns the inference saw, so a changed schema re-infers lazily.
CREATE TABLE semantic_models (
  data_source_id uuid PRIMARY KEY REFERENCES data_sources(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL,
  inferred jsonb NOT NULL,
  edits jsonb NOT NULL DEFAULT '{}',
  fingerprint text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  inferred_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE semantic_models ENABLE ROW LEVEL SECURITY;
CREATE POLICY semantic_models_tenant ON semantic_models TO tessera_app, CURRENT_USER
  USING (organization_id = queries.strict_tenant()) WITH CHECK (organization_id = queries.strict_tenant());
ALTER TABLE semantic_models FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON semantic_models TO tessera_app;
