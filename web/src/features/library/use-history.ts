// The signed-in user's runs in a project, page by page ("Load more" appends the next page), in
// one status when given (filtered by the server).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { QueryHistoryQuery, QueryRunStatus } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { QueryHistoryDocument } from './operations';

export type HistoryRun = QueryHistoryQuery['queryHistory']['edges'][number]['node'];

const PAGE_SIZE = 25;

export interface History {
  runs: HistoryRun[];
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  loadMore(): void;
  reload(): void;
}

export function useHistory(projectId: string, status: QueryRunStatus | null = null): History {
  const client = useClient();
  const [runs, setRuns] = useState<HistoryRun[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);

  const load = useCallback(
    async (after: string | null) => {
      const id = ++request.current;
      setLoading(true);
      setError(null);
      const result = await client
        .query(
          QueryHistoryDocument,
          { projectId, first: PAGE_SIZE, after, status },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (id !== request.current) return;
      setLoading(false);
      const page = result.data?.queryHistory;
      if (!page) {
        setError(errorInfo(result.error)?.message ?? 'The history could not be loaded.');
        return;
      }
      const next = page.edges.map((e) => e.node);
      setRuns((previous) =>
        after ? [...previous, ...next.filter((r) => !previous.some((p) => p.id === r.id))] : next,
      );
      setCursor(page.pageInfo.endCursor ?? null);
      setHasMore(page.pageInfo.hasNextPage);
    },
    [client, projectId, status],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return { runs, loading, error, hasMore, loadMore: () => void load(cursor), reload: () => void load(null) };
}
