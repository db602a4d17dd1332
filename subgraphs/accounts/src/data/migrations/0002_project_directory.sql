-- Other services map a project id to its organization before they check membership. The mapping
-- never changes; only this narrow definer function exposes it, to the internal route.
CREATE FUNCTION project_directory(p_project_id uuid)
RETURNS TABLE (id uuid, organization_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = accounts, pg_temp AS $$
  SELECT p.id, p.organization_id FROM projects p WHERE p.id = p_project_id
$$;
REVOKE ALL ON FUNCTION project_directory(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION project_directory(uuid) TO tessera_app;
