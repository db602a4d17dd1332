import { useEffect } from 'react';
import { useQuery } from 'urql';
import { Link, navigate, useLocation } from '../../router/router';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { Tabs } from '../../ui/tabs';
import { setCurrentProject } from '../home/current-project';
import { KIND_LABEL } from './connection-fields';
import { GlossaryTab } from './glossary/glossary-tab';
import { formatDate, KindMark } from './kind-mark';
import { ModelTab } from './model/model-tab';
import { DataSourceDetailDocument } from './operations';
import { SettingsTab } from './settings/settings-tab';
import { TablesTab } from './tables-tab';
import './data.css';

const TABS = [
  { key: 'tables', label: 'Tables' },
  { key: 'model', label: 'Model' },
  { key: 'glossary', label: 'Glossary' },
  { key: 'settings', label: 'Settings' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/** `/p/<projectId>/data/<sourceId>?tab=…`: one source, its schema, model, glossary and settings. */
export default function SourcePage({ projectId, sourceId }: { projectId: string; sourceId: string }) {
  useEffect(() => setCurrentProject(projectId), [projectId]);
  const { search } = useLocation();
  const tab: TabKey = TABS.find((t) => t.key === search.get('tab'))?.key ?? 'tables';
  const [{ data, fetching, error }] = useQuery({
    query: DataSourceDetailDocument,
    variables: { id: sourceId },
  });
  const source = data?.dataSource;
  if (!data && fetching) {
    return (
      <div className="page" role="status" aria-label="Loading source">
        <Skeleton width={280} height={28} />
        <Skeleton height={36} />
        <Skeleton height={200} />
      </div>
    );
  }
  if (!source) {
    return (
      <div className="page">
        <BackLink projectId={projectId} />
        <div className="alert" role="alert">
          {errorInfo(error)?.message ??
            'This data source does not exist, was deleted, or you have no access to it.'}
        </div>
      </div>
    );
  }
  return (
    <div className="page">
      <div className="page-header">
        <KindMark kind={source.kind} size={40} />
        <div>
          <BackLink projectId={projectId} />
          <h1>{source.name}</h1>
          <div className="muted">
            {KIND_LABEL[source.kind]} · created {formatDate(source.createdAt)}
          </div>
        </div>
        <span className="spacer" />
        {source.kind === 'FILE' ? (
          <Link className="btn" href={`/p/${projectId}/data/upload?source=${source.id}`}>
            Add files
          </Link>
        ) : null}
        <Link className="btn" href={`/p/${projectId}/query`}>
          Query
        </Link>
      </div>
      <Tabs
        label="Source sections"
        tabs={[...TABS]}
        selected={tab}
        onSelect={(key) => navigate(`/p/${projectId}/data/${sourceId}?tab=${key}`, { replace: true })}
      >
        {tab === 'tables' ? <TablesTab sourceId={sourceId} /> : null}
        {tab === 'model' ? <ModelTab sourceId={sourceId} /> : null}
        {tab === 'glossary' ? <GlossaryTab sourceId={sourceId} /> : null}
        {tab === 'settings' ? <SettingsTab projectId={projectId} source={source} /> : null}
      </Tabs>
    </div>
  );
}

function BackLink({ projectId }: { projectId: string }) {
  return (
    <Link href={`/p/${projectId}/data`} className="muted" style={{ fontSize: 13 }}>
      ← Data
    </Link>
  );
}
