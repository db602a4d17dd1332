// `/embed/<token>`: the canvas read-only, without the app chrome; unlocked filters stay
// interactive for the viewer (their choice runs their own view through runSharedBlock).
import { useMemo, useRef } from 'react';
import { useClient, useQuery } from 'urql';
import type { QueryRunFieldsFragment } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { PageSkeleton } from '../../ui/skeleton';
import { CanvasView, useCanvasSource, useConnection } from '../canvas/canvas-view';
import { CanvasRuntime } from '../canvas/runtime';
import { RunSharedBlockDocument, SharedCanvasDocument } from './operations';

const REASONS: Record<string, string> = {
  SHARE_LINK_EXPIRED: 'This link has expired. Ask its owner for a new one.',
  SHARE_LINK_REVOKED: 'This link was revoked by its owner.',
  SHARE_LINK_INVALID: 'This link is not valid.',
};

export default function EmbedPage({ token }: { token: string }) {
  const client = useClient();
  const [{ data, error, fetching }] = useQuery({ query: SharedCanvasDocument, variables: { token } });
  const canvas = data?.sharedCanvas;
  const connection = useConnection(canvas?.id ?? 'pending', { kind: 'share', token });
  const source = useCanvasSource(canvas ? connection : null, canvas?.blocks, 2500);
  const locked = useMemo(() => (canvas?.lockedFilters ?? {}) as Record<string, unknown>, [canvas?.lockedFilters]);
  const viewerFilters = useRef<Record<string, unknown>>({});
  const runtime = useMemo(
    () =>
      new CanvasRuntime(client, async (blockId) => {
        const result = await client.query(RunSharedBlockDocument, { token, blockId, filters: viewerFilters.current }, { requestPolicy: 'network-only' }).toPromise();
        // runSharedBlock returns the QueryRun as JSON (same fields as the QueryRunFields fragment).
        const run = (result.data?.runSharedBlock ?? null) as QueryRunFieldsFragment | null;
        const info = errorInfo(result.error);
        if (!run) return { run: null, error: { message: info?.message ?? 'The block could not run', code: info?.code ?? null, position: null } };
        if (run.error) return { run: null, error: { message: run.error.message, code: run.error.code, position: null } };
        return { run, error: null };
      }),
    [client, token],
  );

  if (!data && fetching) return <PageSkeleton />;
  if (!canvas) {
    const info = errorInfo(error);
    const reason = (error?.graphQLErrors[0]?.extensions as { reason?: string } | undefined)?.reason;
    return (
      <main className="page" style={{ maxWidth: 640 }}>
        <div className="alert" role="alert">
          {(reason && REASONS[reason]) ?? info?.message ?? 'This shared canvas is not available.'}
        </div>
      </main>
    );
  }
  if (!source) return <PageSkeleton />;
  return (
    <main className="embed" aria-label={canvas.name}>
      <header className="embed-header">
        <h1>{canvas.name}</h1>
        <span className="spacer" />
        <span className="badge">Read-only</span>
        <a className="faint" href="/" target="_blank" rel="noreferrer">
          Made with Tessera
        </a>
      </header>
      <CanvasView canvasId={canvas.id} source={source} runtime={runtime} readOnly dataSources={[]} lockedFilters={locked} onFilters={(f) => (viewerFilters.current = f)} />
    </main>
  );
}
