-- Rendered exports (PDF, PNG) of publications, kept until they expire so that any process can
-- serve a download. IF NOT EXISTS: databases from before this migration folder already have it.
CREATE TABLE IF NOT EXISTS files (
  id uuid PRIMARY KEY,
  organization_id text NOT NULL,
  canvas_id text NOT NULL,
  format text NOT NULL CHECK (format IN ('PDF', 'PNG')),
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'READY', 'FAILED')),
  filters jsonb,
  content bytea,
  content_type text,
  filename text,
  error_code text,
  error_message text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS files_expires_at ON files (expires_at);
