import type { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { navigate, useLocation } from '../../router/router';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { FixWithAi } from '../ai/fix-with-ai';
import { setCurrentProject } from '../home/current-project';
import { SaveQueryDialog } from '../library/saved-query-dialogs';
import { useEditorPreset } from './editor-preset';
import { ProjectDataSourcesDocument } from './operations';
import { useQueryRunner, useRunState } from './query-runner';
import { ResultPanel } from './result-panel';
import { RunStatus } from './run-status';
import { SchemaPanel } from './schema-panel';
import { isSchemaShortcut, SCHEMA_SHORTCUT } from './schema-search';
import { SqlEditor } from './sql-editor';
import { insertIntoEditor } from './sql-insert';
import { useSourceSchema } from './use-schema';

const DRAFT_KEY = 'tessera.queryDraft';
const STARTER =
  "SELECT date_trunc('month', order_date) AS month, SUM(total_amount) AS revenue\nFROM orders\nWHERE status = 'completed'\nGROUP BY 1\nORDER BY 1";

/** `/p/<projectId>/query`: the SQL block on its own; `?saved=<id>` or `?run=<id>` opens that SQL. */
export default function QueryEditorPage({ projectId }: { projectId: string }) {
  useEffect(() => setCurrentProject(projectId), [projectId]);
  const { search } = useLocation();
  const [{ data, fetching, error }] = useQuery({
    query: ProjectDataSourcesDocument,
    variables: { id: projectId },
  });
  const sources = data?.project?.dataSources ?? [];
  const [sourceId, setSourceId] = useState<string | null>(null);
  const dataSourceId = sourceId ?? sources[0]?.id ?? null;
  const schema = useSourceSchema(dataSourceId);
  const [sql, setSql] = useState(() => localStorage.getItem(DRAFT_KEY) ?? STARTER);
  const runner = useQueryRunner();
  const state = useRunState(runner);
  const [ranSql, setRanSql] = useState('');
  const view = useRef<EditorView | null>(null);
  const [schemaOpen, setSchemaOpen] = useState(true);
  const [focusSchema, setFocusSchema] = useState(false);
  const [saving, setSaving] = useState(false);
  const [savedName, setSavedName] = useState<string | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  // A run opened from the history runs again with the parameters it bound.
  const [parameters, setParameters] = useState<Record<string, unknown> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The editor is remounted (new key) when a saved query or a run replaces its text.
  const [editorKey, setEditorKey] = useState('draft');
  const [revision, setRevision] = useState(0);
  const preset = useEditorPreset(projectId, search);

  useEffect(() => {
    const p = preset.preset;
    if (!p || p.key === editorKey) return;
    setSql(p.sql);
    localStorage.setItem(DRAFT_KEY, p.sql);
    if (p.dataSourceId) setSourceId(p.dataSourceId);
    setSavedName(p.name);
    setSavedId(p.key.startsWith('saved:') ? p.key.slice('saved:'.length) : null);
    setParameters(p.parameters);
    setEditorKey(p.key);
    runner.reset();
  }, [preset.preset, editorKey, runner]);

  const run = (text = sql) => {
    if (!dataSourceId || !text.trim()) return;
    setRanSql(text);
    void runner.run({ dataSourceId, sql: text, parameters });
  };
  // A fix replaces the editor's text (remounted with it) and runs at once.
  const applyFix = (fixed: string) => {
    onChange(fixed);
    setRevision((r) => r + 1);
    run(fixed);
  };
  const onChange = (text: string) => {
    setSql(text);
    setNotice(null);
    localStorage.setItem(DRAFT_KEY, text);
  };
  const insert = (text: string) => {
    if (view.current) insertIntoEditor(view.current, text);
  };
  const openSchema = () => {
    setSchemaOpen(true);
    setFocusSchema(true);
  };
  const closeSchema = () => {
    setSchemaOpen(false);
    view.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!isSchemaShortcut(e)) return;
    e.preventDefault();
    if (schemaOpen) closeSchema();
    else openSchema();
  };

  if (!data && fetching) {
    return (
      <div className="page">
        <Skeleton height={300} />
      </div>
    );
  }
  if (error || !data?.project) {
    return (
      <div className="page">
        <div className="alert" role="alert">
          {errorInfo(error)?.message ?? 'Project not found'}
        </div>
      </div>
    );
  }
  const running = state.phase === 'running' || state.phase === 'cancelling';
  return (
    <div className={`qe${schemaOpen ? '' : ' qe-schema-closed'}`} onKeyDown={onKeyDown}>
      {schemaOpen ? (
        <aside className="qe-side" aria-label="Schema">
          <label>
            Data source
            <select value={dataSourceId ?? ''} onChange={(e) => setSourceId(e.target.value)}>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <SchemaPanel schema={schema} onInsert={insert} onClose={closeSchema} autoFocus={focusSchema} />
        </aside>
      ) : null}
      <section className="qe-main" aria-label="Query editor">
        <div className="qe-head">
          <div className="row" style={{ flexWrap: 'wrap' }}>
            {!schemaOpen ? (
              <button
                className="btn btn-sm"
                aria-expanded={false}
                onClick={openSchema}
                aria-keyshortcuts={SCHEMA_SHORTCUT.aria}
                title={`Schema (${SCHEMA_SHORTCUT.label})`}
              >
                ☰ Schema
              </button>
            ) : null}
            <h1 style={{ fontSize: 18 }}>{savedName ?? 'Query editor'}</h1>
            <span className="muted">{data.project.name}</span>
            <span className="spacer" />
            <button
              className="btn btn-sm"
              onClick={() => setSaving(true)}
              disabled={!dataSourceId || !sql.trim()}
            >
              Save…
            </button>
            <span className="faint">Ctrl/⌘ + Enter to run</span>
            <button
              className="btn btn-primary"
              onClick={() => run()}
              disabled={running || !dataSourceId}
              aria-keyshortcuts="Control+Enter Meta+Enter"
            >
              ▶ Run
            </button>
          </div>
          {preset.error ? (
            <div className="alert" role="alert">
              {preset.error}{' '}
              <button
                className="btn btn-ghost btn-sm"
                onClick={() => navigate(`/p/${projectId}/query`, { replace: true })}
              >
                Dismiss
              </button>
            </div>
          ) : notice ? (
            <div className="alert alert-info" role="status">
              {notice}
            </div>
          ) : null}
        </div>
        <div className="qe-editor">
          {preset.loading ? (
            <Skeleton height="100%" />
          ) : (
            <SqlEditor
              key={`${editorKey}:${revision}`}
              ariaLabel="SQL"
              initialValue={sql}
              onChange={onChange}
              onRun={() => run()}
              tables={schema.tables}
              onView={(v) => (view.current = v)}
              errorPosition={
                state.phase === 'done' && ranSql === sql ? (state.error?.position ?? null) : null
              }
            />
          )}
        </div>
        <RunStatus
          state={state}
          sql={ranSql}
          onCancel={() => void runner.cancel()}
          fix={(message) =>
            dataSourceId ? (
              <FixWithAi
                key={`${ranSql}\n${message}`}
                dataSourceId={dataSourceId}
                sql={ranSql}
                error={message}
                onApply={applyFix}
              />
            ) : null
          }
        />
        <div style={{ minHeight: 0 }}>
          {state.run && state.phase === 'done' && !state.error ? (
            <ResultPanel run={state.run} />
          ) : state.phase === 'idle' ? (
            <EmptyState title="Run a query to see results">
              Write SQL above; autocomplete knows the tables of {schema.name ?? 'the data source'}.
            </EmptyState>
          ) : null}
        </div>
      </section>
      {saving && dataSourceId ? (
        <SaveQueryDialog
          target={
            savedId
              ? { kind: 'changes', id: savedId, dataSourceId, sql }
              : { kind: 'new', projectId, dataSourceId, sql }
          }
          initialName={savedName ?? ''}
          onClose={() => setSaving(false)}
          onSaved={(saved) => {
            setSaving(false);
            setSavedName(saved.name);
            setSavedId(saved.id);
            setNotice(`Saved as “${saved.name}”.`);
          }}
        />
      ) : null}
    </div>
  );
}
