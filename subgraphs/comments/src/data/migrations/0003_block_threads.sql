-- Comments on blocks (issue 22): an optional anchor on a chart's data point, an assignee, reply and
-- assignment notifications, and a last-read marker per person per canvas and block (unread counts).

-- {"field": "...", "value": "..."}: the data point of a chart block the comment is about.
ALTER TABLE comments ADD COLUMN anchor jsonb;
-- "Assign to": a member asked to act on the thread (notified with kind ASSIGNMENT).
ALTER TABLE comments ADD COLUMN assignee_id uuid;

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('MENTION', 'REPLY', 'ASSIGNMENT'));

-- When a person last read the comments of one block ('' = the canvas itself) of a canvas.
CREATE TABLE comment_reads (
  organization_id uuid NOT NULL,
  user_id uuid NOT NULL,
  canvas_id text NOT NULL,
  block_key text NOT NULL,
  read_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (user_id, canvas_id, block_key)
);

ALTER TABLE comment_reads ENABLE ROW LEVEL SECURITY;
ALTER TABLE comment_reads FORCE ROW LEVEL SECURITY;
CREATE POLICY comment_reads_tenant ON comment_reads TO tessera_app, CURRENT_USER
  USING (organization_id = comments.strict_tenant())
  WITH CHECK (organization_id = comments.strict_tenant());

GRANT SELECT, INSERT, UPDATE ON comment_reads TO tessera_app;
