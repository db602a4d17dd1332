import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { getFragmentData } from '../../gql';
import type { SavedQueryFieldsFragment } from '../../gql/graphql';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { setCurrentProject } from '../home/current-project';
import { formatWhen, searchSaved, sqlPreview } from './library-model';
import { SavedQueriesDocument, SavedQueryFieldsFragment as Fields } from './operations';
import { DeleteSavedQueryDialog, SaveQueryDialog } from './saved-query-dialogs';
import './library.css';

/** `/p/<projectId>/saved`: the signed-in user's saved queries of a project. */
export default function SavedQueriesPage({ projectId }: { projectId: string }) {
  useEffect(() => setCurrentProject(projectId), [projectId]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SavedQueriesDocument,
    variables: { projectId },
  });
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<{ kind: 'rename' | 'delete'; saved: SavedQueryFieldsFragment } | null>(
    null,
  );
  const all = useMemo(() => getFragmentData(Fields, data?.savedQueries ?? []), [data]);
  const shown = useMemo(() => searchSaved(all, search), [all, search]);
  const now = new Date();
  const editor = `/p/${projectId}/query`;
  const done = () => {
    setDialog(null);
    // deleteSavedQuery returns a Boolean, which the document cache cannot tie to this list.
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <div className="page library-page">
      <div className="page-header">
        <h1>Saved queries</h1>
        <span className="spacer" />
        {all.length > 0 ? (
          <input
            type="search"
            className="library-search"
            placeholder="Search name, source or SQL"
            aria-label="Search saved queries"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            maxLength={200}
          />
        ) : null}
        <Link className="btn" href={`/p/${projectId}/history`}>
          History
        </Link>
        <Link className="btn btn-primary" href={editor}>
          New query
        </Link>
      </div>
      {!data && fetching ? (
        <div className="library-list" role="status" aria-label="Loading saved queries">
          {[0, 1, 2].map((i) => (
            <div key={i} className="card library-item">
              <Skeleton width="40%" height={16} />
              <Skeleton width="75%" />
            </div>
          ))}
        </div>
      ) : error && !data ? (
        <div className="alert" role="alert">
          {errorInfo(error)?.message ?? 'The saved queries could not be loaded.'}{' '}
          <button className="btn btn-sm" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            Try again
          </button>
        </div>
      ) : all.length === 0 ? (
        <EmptyState
          title="No saved queries yet"
          action={
            <Link className="btn btn-primary" href={editor}>
              Open the query editor
            </Link>
          }
        >
          Write a query in the editor and press Save… to keep it here.
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title={`Nothing matches “${search.trim()}”`}>
          Search looks at names, data sources and SQL.
        </EmptyState>
      ) : (
        <ul className="library-list" aria-label="Saved queries">
          {shown.map((saved) => (
            <li key={saved.id} className="card library-item">
              <div className="library-item-head">
                <Link className="library-name" href={`${editor}?saved=${encodeURIComponent(saved.id)}`}>
                  {saved.name}
                </Link>
                <span className="badge">{saved.dataSource?.name ?? 'Source deleted'}</span>
                <span className="spacer" />
                <span className="faint" title={new Date(saved.updatedAt).toLocaleString()}>
                  Updated {formatWhen(saved.updatedAt, now)}
                </span>
              </div>
              <code className="library-sql" title={saved.sql}>
                {sqlPreview(saved.sql, 200)}
              </code>
              <div className="library-actions">
                <Link className="btn btn-sm" href={`${editor}?saved=${encodeURIComponent(saved.id)}`}>
                  Open in editor
                </Link>
                <button
                  className="btn btn-sm btn-ghost"
                  onClick={() => setDialog({ kind: 'rename', saved })}
                  disabled={!saved.dataSource}
                  title={saved.dataSource ? undefined : 'Its data source was deleted'}
                >
                  Rename
                </button>
                <button
                  className="btn btn-sm btn-ghost library-delete"
                  onClick={() => setDialog({ kind: 'delete', saved })}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {dialog?.kind === 'rename' ? (
        <SaveQueryDialog
          target={{ kind: 'rename', id: dialog.saved.id }}
          initialName={dialog.saved.name}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteSavedQueryDialog saved={dialog.saved} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
    </div>
  );
}
