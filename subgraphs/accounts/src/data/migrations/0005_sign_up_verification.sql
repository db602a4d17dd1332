-- Sign-up by email verification: a pending request holds the hashed password until the emailed
-- link is used (completeSignUp). Mail without SMTP goes to an outbox a developer can read.
CREATE TABLE sign_up_requests (
  token_hash bytea PRIMARY KEY,
  email text NOT NULL,
  email_normalized text NOT NULL,
  name text NOT NULL,
  organization_name text NOT NULL,
  password_hash text NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_up_requests_email_idx ON sign_up_requests(email_normalized, created_at);

CREATE TABLE mail_outbox (
  id bigserial PRIMARY KEY,
  to_address text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mail_outbox_to_idx ON mail_outbox(to_address, created_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON sign_up_requests, mail_outbox TO tessera_app;
GRANT USAGE ON SEQUENCE mail_outbox_id_seq TO tessera_app;
