// What the query editor opens with from its URL: `?saved=<id>` (a saved query of the project) or
// `?run=<id>` (a run from the history): its SQL, data source and (a run's) bound parameters.
import { useQuery } from 'urql';
import { getFragmentData } from '../../gql';
import { SavedQueriesDocument, SavedQueryFieldsFragment } from '../library/operations';
import { QueryRunSourceDocument } from './operations';

export interface EditorPreset {
  /** Identifies the preset so it is applied once. */
  key: string;
  sql: string;
  dataSourceId: string | null;
  name: string | null;
  /** The parameters a run from the history bound; running the preset again binds them too. */
  parameters: Record<string, unknown> | null;
}

export function useEditorPreset(
  projectId: string,
  search: URLSearchParams,
): { preset: EditorPreset | null; loading: boolean; error: string | null } {
  const savedId = search.get('saved');
  const runId = savedId ? null : search.get('run');
  // cache-and-network: a query saved in another tab is not in a list cached earlier.
  const [saved] = useQuery({
    query: SavedQueriesDocument,
    variables: { projectId },
    pause: !savedId,
    requestPolicy: 'cache-and-network',
  });
  const [run] = useQuery({ query: QueryRunSourceDocument, variables: { id: runId ?? '' }, pause: !runId });
  if (savedId) {
    if (saved.fetching && !saved.data) return { preset: null, loading: true, error: null };
    const found = saved.data?.savedQueries
      .map((s) => getFragmentData(SavedQueryFieldsFragment, s))
      .find((s) => s.id === savedId);
    if (!found && (saved.stale || saved.fetching)) return { preset: null, loading: true, error: null };
    if (!found)
      return {
        preset: null,
        loading: false,
        error: saved.error?.graphQLErrors[0]?.message ?? 'This saved query no longer exists.',
      };
    return {
      preset: {
        key: `saved:${found.id}`,
        sql: found.sql,
        dataSourceId: found.dataSource?.id ?? null,
        name: found.name,
        parameters: null,
      },
      loading: false,
      error: null,
    };
  }
  if (runId) {
    if (run.fetching && !run.data) return { preset: null, loading: true, error: null };
    const found = run.data?.queryRun;
    if (!found && (saved.stale || saved.fetching)) return { preset: null, loading: true, error: null };
    if (!found)
      return {
        preset: null,
        loading: false,
        error: run.error?.graphQLErrors[0]?.message ?? 'This run is not in your history.',
      };
    return {
      preset: {
        key: `run:${found.id}`,
        sql: found.sql,
        dataSourceId: found.dataSource?.id ?? null,
        name: null,
        parameters: asParameters(found.parameters),
      },
      loading: false,
      error: null,
    };
  }
  return { preset: null, loading: false, error: null };
}

const asParameters = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
