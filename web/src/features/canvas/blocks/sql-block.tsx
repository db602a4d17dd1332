// SQL block: collaborative CodeMirror (Y.Text `content.sql`, remote cursors), data source, run
// (Mod-Enter), running state with cancel, result table, Ask (natural language → SQL).
// Running writes `content.runSql` (the statement everyone's view runs), so a run reaches the other
// editors at once; each viewer's runner executes it with the canvas's filter values. A block that
// reads other blocks (`{{name}}`, canvas-model R33) runs on their results, without a data source;
// re-running a block re-runs what depends on it (R36), with progress shown here.
import { blockText, updateBlock, type BlockJson } from '@tessera/canvas-model';
import { blockReferencesIn } from '@tessera/canvas-model';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { useDeferredWorkReady, useSecondaryRequestsReady } from '../../../urql/secondary-requests';
import type { EditorView } from '@codemirror/view';
import * as Y from 'yjs';
import { DataSourceSchemaDocument } from '../../queries/operations';
import { QueryRunner, useRunState } from '../../queries/query-runner';
import { ResultTable } from '../../queries/result-table';
import { RunStatus } from '../../queries/run-status';
import { ExportMenu } from '../../queries/export-menu';
import { useBlockSelected, useCanvasBase, useCanvasViewState } from '../runtime';
import { useBlocks } from '../use-canvas-doc';
import { rerunDependents, sqlRunRequest, type DependentsProgress } from './sql-run';
import './chained-sql.css';
import { NoRows, TimeoutNotice } from './run-notices';
import { SchemaDrawerFrame, SchemaToggle, useSchemaDrawer } from '../schema-drawer/schema-drawer';
import { sqlBlockEditor } from './editors';

// CodeMirror and what is built on it load on their own chunks (blocks/editors.ts).
const AskPanel = lazy(() => import('../../ai/ask-panel').then((m) => ({ default: m.AskPanel })));
const FixWithAi = lazy(() => import('../../ai/fix-with-ai').then((m) => ({ default: m.FixWithAi })));

export function SqlBlock({ block }: { block: BlockJson }) {
  const { doc, awareness, runtime, readOnly, dataSources, lockedFilters, projectId } = useCanvasBase();
  const { filterOverrides } = useCanvasViewState();
  const selected = useBlockSelected();
  // The other blocks: parameters (FILTER blocks) and the blocks this one reads by name.
  const blocks = useBlocks(doc);
  const runner = runtime.runner(block.id);
  const state = useRunState(runner);
  const ytext = useMemo(() => blockText(doc, block.id, 'sql') ?? new Y.Text(), [doc, block.id]);
  const dataSourceId =
    (typeof block.content.dataSourceId === 'string' ? block.content.dataSourceId : null) ??
    dataSources[0]?.id ??
    null;
  const secondaryReady = useSecondaryRequestsReady();
  const deferredReady = useDeferredWorkReady();
  // A click or Tab into the statement before the deferred editors mount mounts this one at once
  // and puts the caret in it, so nothing typed in that first second is lost.
  const [editorWanted, setEditorWanted] = useState(false);
  const editorReady = deferredReady || editorWanted;
  const SqlBlockEditor = sqlBlockEditor.useComponent(editorReady);
  const onEditorView = (view: EditorView | null) => {
    drawer.onView(view);
    if (view && editorWanted && !deferredReady) view.focus();
  };
  const [{ data: schema }] = useQuery({
    query: DataSourceSchemaDocument,
    variables: { id: dataSourceId ?? '' },
    pause: !dataSourceId || readOnly || !secondaryReady,
  });
  const tables = useMemo(() => schema?.dataSource?.tables ?? [], [schema]);
  const [asking, setAsking] = useState(false);
  const drawer = useSchemaDrawer();

  // The statement to run: the last one someone ran, else the text as it was when the block loaded.
  const loaded = useRef<string | null>(null);
  if (loaded.current === null) loaded.current = ytext.toString();
  const committed = typeof block.content.runSql === 'string' ? block.content.runSql : loaded.current;
  const runContext = { runtime, blocks, dataSources, lockedFilters, filterOverrides };
  const request = sqlRunRequest(block, committed, runContext);
  const params = request?.parameters ?? null;
  const key = request ? QueryRunner.keyOf(request) : null;
  // The blocks this one reads by name, from its current text: it runs on their results.
  const liveSql = typeof block.content.sql === 'string' ? block.content.sql : committed;
  const reads = blockReferencesIn(liveSql, blocks);
  const chained = reads.length > 0 || (request !== null && request.dataSourceId === '');
  const [dependents, setDependents] = useState<DependentsProgress | null>(null);
  const latest = useRef(runContext);
  latest.current = runContext;
  const rerunAfter = (since: number) => void rerunDependents(block, latest.current, setDependents, since);
  const mounted = useRef(false);
  useEffect(() => {
    // On load every block runs itself; a later change of the request (a new statement, a filter)
    // re-runs what reads this block once this run is done.
    const first = !mounted.current;
    mounted.current = true;
    if (request && runner.get().key !== key) {
      const since = Date.now();
      void runner.run(request).then((done) => {
        if (!first && !done.error && done.key === key) rerunAfter(since);
      });
    }
    // `key` captures the whole request.
  }, [key, runner]);

  const rerun = (current: NonNullable<typeof request>) => {
    const since = Date.now();
    void runner.run(current).then((done) => {
      if (!done.error) rerunAfter(since);
    });
  };
  const run = () => {
    if (readOnly) {
      if (request) rerun(request); // viewers re-run the saved statement
      return;
    }
    const sql = ytext.toString();
    if (!sql.trim()) return;
    const readsBlocks = blockReferencesIn(sql, blocks).length > 0;
    if (!dataSourceId && !readsBlocks) return;
    if (sql === committed && request) rerun({ ...request, sql });
    // A block that reads other blocks keeps no data source of its own (R36).
    else
      updateBlock(doc, block.id, {
        content: { runSql: sql, ...(readsBlocks || !dataSourceId ? {} : { dataSourceId }) },
      });
  };

  // The statement as text until the editor mounts (after the canvas's first load) and while its code loads.
  const preview = (
    <pre
      className="sql-preview"
      data-testid="sql-preview"
      tabIndex={readOnly ? undefined : 0}
      onPointerDown={readOnly ? undefined : () => setEditorWanted(true)}
      onFocus={readOnly ? undefined : () => setEditorWanted(true)}
    >
      {ytext.toString()}
    </pre>
  );
  const running = state.phase === 'running' || state.phase === 'cancelling';
  const errorPosition =
    state.phase === 'done' && state.error?.position != null && ytext.toString() === committed
      ? state.error.position
      : null;
  return (
    <SchemaDrawerFrame drawer={drawer} dataSourceId={dataSourceId} enabled={!readOnly}>
      <div className="sql-block">
        <div className="block-toolbar">
          {chained ? (
            <span
              className="badge chain-source"
              title={`Runs over the results of ${reads.join(', ') || 'other blocks'}: no data source needed`}
            >
              Runs on block results
            </span>
          ) : (
            <select
              aria-label="Data source"
              value={dataSourceId ?? ''}
              disabled={readOnly}
              onChange={(e) => updateBlock(doc, block.id, { content: { dataSourceId: e.target.value } })}
              className="compact"
            >
              {dataSources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
          {params ? (
            <span className="badge" title={JSON.stringify(params)}>
              {Object.keys(params).length} param{Object.keys(params).length > 1 ? 's' : ''}
            </span>
          ) : null}
          <span className="spacer" />
          {!readOnly ? <SchemaToggle drawer={drawer} /> : null}
          {!readOnly ? (
            <button className="btn btn-sm" aria-expanded={asking} onClick={() => setAsking((a) => !a)}>
              ✦ Ask
            </button>
          ) : null}
          {/* A chain compiled into one statement is a stored run; one run block by block has no id. */}
          <ExportMenu runId={state.phase === 'done' && !state.error ? state.run?.id || null : null} />
          {!readOnly || request ? (
            <button
              className="btn btn-sm btn-primary"
              onClick={run}
              disabled={running || (!dataSourceId && !chained)}
              aria-keyshortcuts="Control+Enter Meta+Enter"
              title="Run (Ctrl/⌘+Enter)"
            >
              ▶ Run
            </button>
          ) : null}
        </div>
        {asking && dataSourceId ? (
          <Suspense fallback={null}>
            <AskPanel
              block={block}
              ytext={ytext}
              dataSourceId={dataSourceId}
              onDone={() => setAsking(false)}
              onAccepted={run}
            />
          </Suspense>
        ) : null}
        <div className="sql-block-editor">
          {editorReady && SqlBlockEditor ? (
            <SqlBlockEditor
              ytext={ytext}
              awareness={awareness}
              readOnly={readOnly}
              ariaLabel={`SQL of ${typeof block.content.title === 'string' ? block.content.title : 'this block'}`}
              tables={tables}
              onRun={run}
              errorPosition={errorPosition}
              onView={onEditorView}
            />
          ) : (
            preview
          )}
        </div>
        {dependents ? (
          <p className="dependents-progress faint" role="status">
            <span className="spinner" aria-hidden="true" /> Re-running what depends on this block:{' '}
            {dependents.current} ({dependents.done + 1} of {dependents.total})
            {dependents.failed.length ? ` · failed: ${dependents.failed.join(', ')}` : ''}
          </p>
        ) : null}
        {state.phase === 'done' && state.error?.code === 'TIMEOUT' ? (
          <TimeoutNotice
            state={state}
            projectId={projectId}
            onRunLonger={(timeoutSeconds) => request && rerun({ ...request, timeoutSeconds })}
          />
        ) : (
          <RunStatus
            state={state}
            sql={committed}
            onCancel={() => void runner.cancel()}
            fix={(message) =>
              !readOnly && dataSourceId ? (
                <Suspense fallback={null}>
                  <FixWithAi
                    key={`${committed}\n${message}`}
                    dataSourceId={dataSourceId}
                    sql={committed}
                    error={message}
                    onApply={(fixed) => {
                      doc.transact(() => {
                        ytext.delete(0, ytext.length);
                        ytext.insert(0, fixed);
                      });
                      run();
                    }}
                  />
                </Suspense>
              ) : null
            }
          />
        )}
        {state.run && state.phase === 'done' && !state.error && state.run.rows.length === 0 ? (
          <NoRows />
        ) : state.run && state.phase === 'done' && !state.error ? (
          <div className="sql-block-result">
            <ResultTable result={state.run} height="100%" />
          </div>
        ) : state.phase === 'idle' && selected && !readOnly ? (
          <p className="faint" style={{ margin: 0 }}>
            Ctrl/⌘+Enter runs the query for everyone on the canvas.
          </p>
        ) : null}
      </div>
    </SchemaDrawerFrame>
  );
}
