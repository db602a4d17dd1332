-- The audit log: every mutation through the gateway, append-only and hash-chained.
-- The only write path is audit.append() (SECURITY DEFINER); tessera_app may call it and read the
-- table, never INSERT/UPDATE/DELETE it directly, and a trigger refuses UPDATE and DELETE for
-- every role, the owner included. Each row's hash covers its content and the previous hash, so an
-- altered or removed row breaks the chain from there on (npm run audit:verify).
CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.entries (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  organization_id uuid,
  actor jsonb NOT NULL,
  operation text NOT NULL,
  target_ids text[] NOT NULL DEFAULT '{}',
  outcome text NOT NULL,
  request_id text,
  ip text,
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL
);
CREATE INDEX audit_entries_org_idx ON audit.entries(organization_id, id DESC);

CREATE FUNCTION audit.compute_hash(p_prev bytea, p_occurred_at timestamptz, p_org uuid, p_actor jsonb, p_operation text,
                                   p_targets text[], p_outcome text, p_request_id text, p_ip text)
RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT sha256(p_prev || convert_to(concat_ws(E'\x1f',
    to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), coalesce(p_org::text, ''), p_actor::text, p_operation,
    array_to_string(p_targets, ','), p_outcome, coalesce(p_request_id, ''), coalesce(p_ip, '')), 'UTF8'))
$$;

CREATE FUNCTION audit.append(p_occurred_at timestamptz, p_org uuid, p_actor jsonb, p_operation text, p_targets text[],
                             p_outcome text, p_request_id text, p_ip text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = audit, pg_temp AS $$
DECLARE
  v_prev bytea;
  v_id bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('tessera-audit-chain'));
  SELECT hash INTO v_prev FROM audit.entries ORDER BY id DESC LIMIT 1;
  v_prev := coalesce(v_prev, '\x00'::bytea);
  INSERT INTO audit.entries (occurred_at, organization_id, actor, operation, target_ids, outcome, request_id, ip, prev_hash, hash)
  VALUES (p_occurred_at, p_org, p_actor, p_operation, p_targets, p_outcome, p_request_id, p_ip, v_prev,
          audit.compute_hash(v_prev, p_occurred_at, p_org, p_actor, p_operation, p_targets, p_outcome, p_request_id, p_ip))
  RETURNING id INTO v_id;
  RETURN v_id;
END $$;

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501';
END $$;
CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit.entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

REVOKE ALL ON audit.entries FROM PUBLIC;
REVOKE ALL ON FUNCTION audit.append(timestamptz, uuid, jsonb, text, text[], text, text, text) FROM PUBLIC;
GRANT USAGE ON SCHEMA audit TO tessera_app;
GRANT SELECT ON audit.entries TO tessera_app;
GRANT EXECUTE ON FUNCTION audit.append(timestamptz, uuid, jsonb, text, text[], text, text, text) TO tessera_app;
