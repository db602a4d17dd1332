-- Write-ahead audit: the gateway appends a mutation's entry (outcome 'PENDING') through
-- audit.append() BEFORE the mutation runs, and reports its outcome afterwards through
-- audit.complete(), which appends one row here per entry. An acknowledged mutation therefore
-- always has its entry, even when the gateway dies before reporting the outcome (the entry then
-- reads 'PENDING'). audit.entries and its hash chain are unchanged; each outcome row's hash binds
-- it to its entry's hash. Append-only like the entries: UPDATE, DELETE and TRUNCATE are refused.
-- Deliveries are retried until acknowledged, so one may arrive twice (the first attempt committed
-- after the gateway gave up waiting): each entry carries the gateway's delivery key, and
-- audit.append_once() returns the existing entry for a key it has seen. The key is not part of the
-- hash (the chain and its verifier are unchanged).
ALTER TABLE audit.entries ADD COLUMN delivery_key uuid;
CREATE UNIQUE INDEX audit_entries_delivery_key_idx ON audit.entries(delivery_key) WHERE delivery_key IS NOT NULL;

CREATE FUNCTION audit.append_once(p_key uuid, p_occurred_at timestamptz, p_org uuid, p_actor jsonb, p_operation text, p_targets text[],
                                  p_outcome text, p_request_id text, p_ip text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = audit, pg_temp AS $$
DECLARE
  v_prev bytea;
  v_id bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('tessera-audit-chain'));
  IF p_key IS NOT NULL THEN
    SELECT id INTO v_id FROM audit.entries WHERE delivery_key = p_key;
    IF FOUND THEN
      RETURN v_id;
    END IF;
  END IF;
  SELECT hash INTO v_prev FROM audit.entries ORDER BY id DESC LIMIT 1;
  v_prev := coalesce(v_prev, '\x00'::bytea);
  INSERT INTO audit.entries (occurred_at, organization_id, actor, operation, target_ids, outcome, request_id, ip, prev_hash, hash, delivery_key)
  VALUES (p_occurred_at, p_org, p_actor, p_operation, p_targets, p_outcome, p_request_id, p_ip, v_prev,
          audit.compute_hash(v_prev, p_occurred_at, p_org, p_actor, p_operation, p_targets, p_outcome, p_request_id, p_ip), p_key)
  RETURNING id INTO v_id;
  RETURN v_id;
END $$;

CREATE TABLE audit.outcomes (
  entry_id bigint PRIMARY KEY, -- audit.entries(id); checked by audit.complete(), no foreign key (the entries table stays append-only on its own)
  recorded_at timestamptz NOT NULL DEFAULT now(),
  outcome text NOT NULL,
  target_ids text[] NOT NULL DEFAULT '{}',
  hash bytea NOT NULL
);

CREATE TRIGGER outcomes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit.outcomes
  FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

-- Idempotent: a retried report of the same outcome (or a late duplicate) changes nothing.
CREATE FUNCTION audit.complete(p_entry bigint, p_outcome text, p_targets text[])
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = audit, pg_temp AS $$
DECLARE
  v_entry_hash bytea;
BEGIN
  SELECT hash INTO v_entry_hash FROM audit.entries WHERE id = p_entry;
  IF v_entry_hash IS NULL THEN
    RETURN false;
  END IF;
  INSERT INTO audit.outcomes (entry_id, outcome, target_ids, hash)
  VALUES (p_entry, p_outcome, p_targets,
          sha256(v_entry_hash || convert_to(concat_ws(E'\x1f', p_outcome, array_to_string(p_targets, ',')), 'UTF8')))
  ON CONFLICT (entry_id) DO NOTHING;
  RETURN true;
END $$;

REVOKE ALL ON FUNCTION audit.append_once(uuid, timestamptz, uuid, jsonb, text, text[], text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit.append_once(uuid, timestamptz, uuid, jsonb, text, text[], text, text, text) TO tessera_app;
REVOKE ALL ON audit.outcomes FROM PUBLIC;
REVOKE ALL ON FUNCTION audit.complete(bigint, text, text[]) FROM PUBLIC;
GRANT SELECT ON audit.outcomes TO tessera_app;
GRANT EXECUTE ON FUNCTION audit.complete(bigint, text, text[]) TO tessera_app;
