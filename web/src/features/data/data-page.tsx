import { useCallback, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { getFragmentData, type FragmentType } from '../../gql';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { setCurrentProject } from '../home/current-project';
import { ConnectDialog } from './connect/connect-dialog';
import { KIND_LABEL } from './connection-fields';
import { formatDate, KindMark } from './kind-mark';
import { DataSourceListItemFragment, DataSourcesDocument, DataSourceTablesDocument } from './operations';
import './data.css';

/** `/p/<projectId>/data`: the project's sources, and the ways to add one. */
export default function DataPage({ projectId }: { projectId: string }) {
  useEffect(() => setCurrentProject(projectId), [projectId]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DataSourcesDocument,
    variables: { projectId },
  });
  const [connecting, setConnecting] = useState(false);
  const closeConnect = useCallback(() => setConnecting(false), []);
  const sources = data?.project?.dataSources ?? [];
  return (
    <div className="page">
      <div className="page-header">
        <h1>Data</h1>
        <span className="spacer" />
        <button className="btn" onClick={() => setConnecting(true)}>
          Connect a database
        </button>
        <Link className="btn btn-primary" href={`/p/${projectId}/data/upload`}>
          Upload files
        </Link>
      </div>
      {!data && fetching ? (
        <div className="source-list" role="status" aria-label="Loading sources">
          {[0, 1, 2].map((i) => (
            <div key={i} className="card source-row">
              <Skeleton width={32} height={32} />
              <Skeleton width="40%" />
              <Skeleton width={120} />
              <span />
            </div>
          ))}
        </div>
      ) : !data?.project ? (
        <div className="alert" role="alert">
          {errorInfo(error)?.message ?? 'This project does not exist or you have no access to it.'}{' '}
          <button className="btn btn-sm" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            Try again
          </button>
        </div>
      ) : sources.length === 0 ? (
        <EmptyState
          title="No data sources yet"
          action={
            <Link className="btn btn-primary" href={`/p/${projectId}/data/upload`}>
              Upload files
            </Link>
          }
        >
          Connect a database or upload CSV, Parquet, JSON or Excel files.
        </EmptyState>
      ) : (
        <ul
          className="source-list"
          aria-label="Data sources"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {sources.map((s) => (
            <li key={s.id}>
              <SourceRow projectId={projectId} source={s} />
            </li>
          ))}
        </ul>
      )}
      {connecting ? <ConnectDialog projectId={projectId} onClose={closeConnect} /> : null}
    </div>
  );
}

function SourceRow({
  projectId,
  source: ref,
}: {
  projectId: string;
  source: FragmentType<typeof DataSourceListItemFragment>;
}) {
  const source = getFragmentData(DataSourceListItemFragment, ref);
  return (
    <Link className="card source-row" href={`/p/${projectId}/data/${source.id}`}>
      <KindMark kind={source.kind} />
      <span>
        <span className="source-name">{source.name}</span>
        <span className="muted"> · {KIND_LABEL[source.kind]}</span>
      </span>
      <span className="source-meta">
        <TablesCount sourceId={source.id} />
        <span title={source.createdAt}>Created {formatDate(source.createdAt)}</span>
      </span>
      <span aria-hidden="true" className="faint">
        ›
      </span>
    </Link>
  );
}

/** Each source reads its own schema, so one unreachable database never hides the others. */
function TablesCount({ sourceId }: { sourceId: string }) {
  const [{ data, fetching, error }] = useQuery({
    query: DataSourceTablesDocument,
    variables: { id: sourceId },
  });
  if (!data && fetching) return <Skeleton width={60} />;
  if (error || !data?.dataSource)
    return (
      <span className="error-text" title={errorInfo(error)?.message}>
        Unreachable
      </span>
    );
  const count = data.dataSource.tables.length;
  return <span>{count === 1 ? '1 table' : `${count} tables`}</span>;
}
