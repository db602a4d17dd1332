-- Conversations with the assistant: a follow-up ("only Europe", "by month instead") refines the
-- conversation's last question, and the answer to a clarification completes the question that
-- asked it. One row per conversation, owned by whoever started it (a user or an API key), tenant
-- data behind forced row-level security like every other table here.

CREATE TABLE conversations (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL,
  user_id uuid,
  api_key_id uuid,
  data_source_id uuid NOT NULL,
  last_question text NOT NULL,               -- the question the last answer answered, follow-ups merged in
  pending_term text,                         -- the term a clarification asked about, until it is answered
  turns integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX conversations_org_updated_idx ON conversations (organization_id, updated_at);

ALTER TABLE conversations ENABLE ROW LEVEL SECURITY;
CREATE POLICY conversations_tenant ON conversations TO tessera_app, CURRENT_USER
  USING (organization_id = ai.strict_tenant())
  WITH CHECK (organization_id = ai.strict_tenant());
ALTER TABLE conversations FORCE ROW LEVEL SECURITY;

GRANT SELECT, INSERT ON conversations TO tessera_app;
GRANT UPDATE (last_question, pending_term, turns, updated_at) ON conversations TO tessera_app;
