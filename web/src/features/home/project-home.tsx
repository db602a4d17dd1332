import { useEffect } from 'react';
import { useQuery } from 'urql';
import { getFragmentData } from '../../gql';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton, SkeletonTiles } from '../../ui/skeleton';
import { ProjectCanvases } from '../canvas/project-canvases';
import { setCurrentProject } from './current-project';
import { DataSourceTileFragment, ProjectHomeDocument } from './operations';

const KIND_LABEL: Record<string, string> = {
  DEMO: 'Demo · DuckDB',
  POSTGRES: 'PostgreSQL',
  MYSQL: 'MySQL',
  CLICKHOUSE: 'ClickHouse',
  DUCKDB: 'DuckDB',
  FILE: 'File',
};

/** `/p/<projectId>`: the project's canvases and data sources. */
export function ProjectHome({ projectId }: { projectId: string }) {
  useEffect(() => setCurrentProject(projectId), [projectId]);
  const [{ data, fetching, error }] = useQuery({ query: ProjectHomeDocument, variables: { id: projectId } });
  if (!data && fetching) {
    return (
      <div className="page" role="status" aria-label="Loading project">
        <Skeleton width={280} height={28} />
        <SkeletonTiles />
        <SkeletonTiles count={2} />
      </div>
    );
  }
  const project = data?.project;
  if (!project) {
    return (
      <div className="page">
        <div className="alert" role="alert">
          {errorInfo(error)?.message ?? 'This project does not exist or you have no access to it.'}
        </div>
      </div>
    );
  }
  const sources = getFragmentData(DataSourceTileFragment, project.dataSources);
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <div className="muted">{project.organization.name}</div>
          <h1>{project.name}</h1>
        </div>
        <span className="spacer" />
        <Link className="btn" href={`/p/${project.id}/query`}>
          Open query editor
        </Link>
      </div>
      <ProjectCanvases projectId={project.id} />
      <section aria-labelledby="sources-title" style={{ display: 'grid', gap: 12 }}>
        <div className="row">
          <h2 id="sources-title">Data sources</h2>
          <span className="spacer" />
          <Link className="btn btn-sm" href={`/p/${project.id}/data`}>
            Manage data
          </Link>
        </div>
        {sources.length === 0 ? (
          <EmptyState
            title="No data sources"
            action={
              <Link className="btn btn-sm" href={`/p/${project.id}/data`}>
                Connect or upload
              </Link>
            }
          >
            Connect a database or upload files to start querying.
          </EmptyState>
        ) : (
          <div className="grid-list">
            {sources.map((s) => (
              <Link
                key={s.id}
                className="card tile"
                href={`/p/${project.id}/data/${s.id}`}
                aria-label={`${s.name} data source`}
              >
                <strong>{s.name}</strong>
                <span className="muted">{KIND_LABEL[s.kind] ?? s.kind}</span>
              </Link>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
