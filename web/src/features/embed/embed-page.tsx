// `/embed/<token>` (a share link or a signed embed JWT): the latest publication of a canvas as a
// report (features/report). `?block=<id>` shows that one block. No live document is opened: the
// viewer never receives the draft, presence or unpublished blocks.
import type { BlockJson } from '@tessera/canvas-model';
import { useCallback } from 'react';
import { useClient, useQuery } from 'urql';
import type { QueryRunFieldsFragment } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { relativeTime } from '../publish/relative-time';
import { useNow } from '../publish/use-now';
import { ReportView } from '../report/report-view';
import { NothingPublished, ReportSkeleton, ReportUnavailable } from '../report/report-states';
import { PrintReport, paperOf } from '../report/print-report';
import { RunSharedBlockDocument, SharedCanvasDocument } from './operations';
import { notPublished, unavailableMessage } from './shared-errors';

export default function EmbedPage({ token }: { token: string }) {
  const client = useClient();
  const now = useNow();
  const onlyBlockId = new URLSearchParams(location.search).get('block');
  const print = new URLSearchParams(location.search).get('print') === '1';
  const [{ data, error, fetching }] = useQuery({ query: SharedCanvasDocument, variables: { token } });
  const canvas = data?.sharedCanvas;
  const execute = useCallback(
    async (blockId: string, filters: Record<string, unknown>, interactions: unknown[] = []) => {
      const result = await client
        .query(
          RunSharedBlockDocument,
          { token, blockId, filters, interactions: interactions.length ? interactions : null },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      // runSharedBlock returns the QueryRun as JSON (the QueryRunFields fragment's fields).
      const run = (result.data?.runSharedBlock ?? null) as QueryRunFieldsFragment | null;
      const info = errorInfo(result.error);
      if (!run)
        return {
          run: null,
          error: {
            message: info?.message ?? 'The block could not run',
            code: info?.code ?? null,
            position: null,
          },
        };
      if (run.error)
        return { run: null, error: { message: run.error.message, code: run.error.code, position: null } };
      return { run, error: null };
    },
    [client, token],
  );

  if (!data && fetching) return <ReportSkeleton />;
  if (!canvas) {
    if (notPublished(error)) return <NothingPublished />;
    return <ReportUnavailable message={unavailableMessage(error)} />;
  }
  const publication = canvas.publication;
  if (!canvas.published || !publication) return <NothingPublished name={canvas.name} />;
  if (print)
    return (
      <PrintReport
        canvasId={canvas.id}
        name={canvas.name}
        blocks={canvas.blocks as BlockJson[]}
        lockedFilters={(canvas.lockedFilters ?? {}) as Record<string, unknown>}
        publication={publication}
        showCode={publication.showCode}
        execute={execute}
        paper={paperOf(location.search)}
      />
    );
  return (
    <main className="report-page" aria-label={canvas.name}>
      {onlyBlockId ? null : (
        <header className="report-header">
          <h1>{canvas.name}</h1>
          <span className="report-meta" title={new Date(publication.publishedAt).toLocaleString()}>
            Published {relativeTime(publication.publishedAt, now)}
          </span>
        </header>
      )}
      <div className={`report-main${onlyBlockId ? ' single' : ''}`}>
        <ReportView
          canvasId={canvas.id}
          blocks={canvas.blocks as BlockJson[]}
          lockedFilters={(canvas.lockedFilters ?? {}) as Record<string, unknown>}
          showCode={publication.showCode}
          execute={execute}
          onlyBlockId={onlyBlockId}
        />
      </div>
      {onlyBlockId ? null : (
        <footer className="report-footer">
          <a className="faint" href="/" target="_blank" rel="noreferrer">
            Made with Tessera
          </a>
        </footer>
      )}
    </main>
  );
}
