-- Row-level security on the audit log (the last tenant table without it). Until now tessera_app
-- could SELECT every organization's entries and every outcome; now it reads its own tenant's only,
-- inside withTenant(), and row-level security is forced so the migrating owner is held to the
-- same policy (a superuser still bypasses it).
--
-- The hash chain is global across organizations, so three paths must cross tenants. Following
-- 0006, each is a SECURITY DEFINER function owned by its own NOLOGIN, NOBYPASSRLS, NOINHERIT role
-- that holds only the columns and the one command policy per command it needs:
--   tessera_audit_append    audit.append / audit.append_once (one write path: append_once is append
--                           with the gateway's delivery key): SELECT (id, hash, delivery_key) of any
--                           entry for the chain's last hash and the key lookup, INSERT an entry for
--                           any organization or none (anonymous requests are filed without one)
--   tessera_audit_complete  audit.complete: SELECT (id, hash) of an entry by id, INSERT its outcome
--   tessera_audit_verify    audit.chain_links(): reads the hashed columns of every entry and returns
--                           only ids and two booleans per entry, never content; EXECUTE is granted
--                           to the migrating owner (and superusers), not to tessera_app. It is what
--                           `npm run audit:verify` calls, so the verifier needs no bypass.
-- tessera_app is not a member of these roles. Entries without an organization are not readable
-- by tessera_app (auditLog is per organization); operators read them as a superuser.

-- pg_temp.ensure_role / pg_temp.hand_over come from the migration runner (@tessera/db, migration-helpers.ts).
SELECT pg_temp.ensure_role('tessera_audit_append');
SELECT pg_temp.ensure_role('tessera_audit_complete');
SELECT pg_temp.ensure_role('tessera_audit_verify');

-- Tenant policies: the app role and the owner read their tenant's entries, and the outcomes of
-- the entries they can read. No INSERT/UPDATE/DELETE policy: the functions are the only writers.
CREATE POLICY entries_tenant ON audit.entries FOR SELECT TO tessera_app, CURRENT_USER
  USING (organization_id = accounts.strict_tenant());
CREATE POLICY outcomes_tenant ON audit.outcomes FOR SELECT TO tessera_app, CURRENT_USER
  USING (EXISTS (SELECT 1 FROM audit.entries e WHERE e.id = outcomes.entry_id));

-- Appending to the chain: the last hash, the delivery keys seen, and new entries.
GRANT SELECT (id, hash, delivery_key),
      INSERT (occurred_at, organization_id, actor, operation, target_ids, outcome, request_id, ip, prev_hash, hash, delivery_key)
  ON audit.entries TO tessera_audit_append;
GRANT USAGE ON SEQUENCE audit.entries_id_seq TO tessera_audit_append;
CREATE POLICY entries_append_read ON audit.entries FOR SELECT TO tessera_audit_append USING (true);
CREATE POLICY entries_append ON audit.entries FOR INSERT TO tessera_audit_append WITH CHECK (true);
SELECT pg_temp.hand_over('audit.append(timestamptz, uuid, jsonb, text, text[], text, text, text)', 'tessera_audit_append', false);
SELECT pg_temp.hand_over('audit.append_once(uuid, timestamptz, uuid, jsonb, text, text[], text, text, text)', 'tessera_audit_append', false);

-- Recording an outcome: the entry's hash by id, and one outcome row per entry.
GRANT SELECT (id, hash) ON audit.entries TO tessera_audit_complete;
GRANT SELECT (entry_id), INSERT (entry_id, outcome, target_ids, hash) ON audit.outcomes TO tessera_audit_complete;
CREATE POLICY entries_complete_read ON audit.entries FOR SELECT TO tessera_audit_complete USING (true);
CREATE POLICY outcomes_complete_read ON audit.outcomes FOR SELECT TO tessera_audit_complete USING (true);
CREATE POLICY outcomes_complete ON audit.outcomes FOR INSERT TO tessera_audit_complete
  WITH CHECK (EXISTS (SELECT 1 FROM audit.entries e WHERE e.id = outcomes.entry_id));
SELECT pg_temp.hand_over('audit.complete(bigint, text, text[])', 'tessera_audit_complete', false);

-- Verifying the chain: every entry's link and hash, as ids and booleans.
CREATE FUNCTION audit.chain_links()
RETURNS TABLE (id bigint, prev_ok boolean, hash_ok boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = audit, pg_temp AS $$
  SELECT e.id,
         e.prev_hash = coalesce(lag(e.hash) OVER (ORDER BY e.id), '\x00'::bytea),
         e.hash = audit.compute_hash(e.prev_hash, e.occurred_at, e.organization_id, e.actor, e.operation, e.target_ids, e.outcome, e.request_id, e.ip)
  FROM audit.entries e ORDER BY e.id
$$;
REVOKE ALL ON FUNCTION audit.chain_links() FROM PUBLIC;
GRANT SELECT (id, occurred_at, organization_id, actor, operation, target_ids, outcome, request_id, ip, prev_hash, hash)
  ON audit.entries TO tessera_audit_verify;
CREATE POLICY entries_verify ON audit.entries FOR SELECT TO tessera_audit_verify USING (true);
SELECT pg_temp.hand_over('audit.chain_links()', 'tessera_audit_verify', true);

ALTER TABLE audit.entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit.entries FORCE ROW LEVEL SECURITY;
ALTER TABLE audit.outcomes ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit.outcomes FORCE ROW LEVEL SECURITY;

