// SQL block: collaborative CodeMirror (Y.Text `content.sql`, remote cursors), data source, run
// (Mod-Enter), running state with cancel, result table, Ask (natural language → SQL).
// Running writes `content.runSql` (the statement everyone's view runs), so a run reaches the other
// editors at once; each viewer's runner executes it with the canvas's filter values.
import { blockText, updateBlock, type BlockJson } from '@tessera/canvas-model';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { EditorView } from '@codemirror/view';
import { yCollab } from 'y-codemirror.next';
import * as Y from 'yjs';
import { DataSourceSchemaDocument } from '../../queries/operations';
import { QueryRunner, useRunState } from '../../queries/query-runner';
import { ResultTable } from '../../queries/result-table';
import { RunStatus } from '../../queries/run-status';
import { SqlEditor } from '../../queries/sql-editor';
import { AskPanel } from '../../ai/ask-panel';
import { FixWithAi } from '../../ai/fix-with-ai';
import { ExportMenu } from '../../queries/export-menu';
import { blockParameters, useCanvas } from '../runtime';
import { NoRows, TimeoutNotice } from './run-notices';
import { SchemaDrawerFrame, SchemaToggle, useSchemaDrawer } from '../schema-drawer/schema-drawer';

export function SqlBlock({ block }: { block: BlockJson }) {
  const {
    doc,
    awareness,
    runtime,
    readOnly,
    dataSources,
    blocks,
    lockedFilters,
    filterOverrides,
    selectedBlockId,
    projectId,
  } = useCanvas();
  const runner = runtime.runner(block.id);
  const state = useRunState(runner);
  const ytext = useMemo(() => blockText(doc, block.id, 'sql') ?? new Y.Text(), [doc, block.id]);
  const extensions = useMemo(
    () => [
      yCollab(ytext, awareness, { undoManager: readOnly ? false : new Y.UndoManager(ytext) }),
      // Long lines wrap: a 300-character query never pushes the Run button and the result aside.
      EditorView.lineWrapping,
    ],
    [ytext, awareness, readOnly],
  );
  const dataSourceId =
    (typeof block.content.dataSourceId === 'string' ? block.content.dataSourceId : null) ??
    dataSources[0]?.id ??
    null;
  const [{ data: schema }] = useQuery({
    query: DataSourceSchemaDocument,
    variables: { id: dataSourceId ?? '' },
    pause: !dataSourceId || readOnly,
  });
  const tables = useMemo(() => schema?.dataSource?.tables ?? [], [schema]);
  const [asking, setAsking] = useState(false);
  const drawer = useSchemaDrawer();

  // The statement to run: the last one someone ran, else the text as it was when the block loaded.
  const loaded = useRef<string | null>(null);
  if (loaded.current === null) loaded.current = ytext.toString();
  const committed = typeof block.content.runSql === 'string' ? block.content.runSql : loaded.current;
  const params = blockParameters(
    { ...block, content: { ...block.content, sql: committed } },
    blocks,
    lockedFilters,
    filterOverrides,
  );
  const request =
    dataSourceId && committed.trim() ? { dataSourceId, sql: committed, parameters: params } : null;
  const key = request ? QueryRunner.keyOf(request) : null;
  useEffect(() => {
    if (request && runner.get().key !== key) void runner.run(request);
    // `key` captures the whole request.
  }, [key, runner]);

  const run = () => {
    if (readOnly) {
      if (request) void runner.run(request); // viewers re-run the saved statement
      return;
    }
    if (!dataSourceId) return;
    const sql = ytext.toString();
    if (!sql.trim()) return;
    if (sql === committed && request) void runner.run({ ...request, sql });
    else updateBlock(doc, block.id, { content: { runSql: sql, dataSourceId } });
  };

  const running = state.phase === 'running' || state.phase === 'cancelling';
  const errorPosition =
    state.phase === 'done' && state.error?.position != null && ytext.toString() === committed
      ? state.error.position
      : null;
  return (
    <SchemaDrawerFrame drawer={drawer} dataSourceId={dataSourceId} enabled={!readOnly}>
      <div className="sql-block">
        <div className="block-toolbar">
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
          <ExportMenu runId={state.phase === 'done' && !state.error ? state.run?.id : null} />
          {!readOnly || request ? (
            <button
              className="btn btn-sm btn-primary"
              onClick={run}
              disabled={running || !dataSourceId}
              aria-keyshortcuts="Control+Enter Meta+Enter"
              title="Run (Ctrl/⌘+Enter)"
            >
              ▶ Run
            </button>
          ) : null}
        </div>
        {asking && dataSourceId ? (
          <AskPanel
            block={block}
            ytext={ytext}
            dataSourceId={dataSourceId}
            onDone={() => setAsking(false)}
            onAccepted={run}
          />
        ) : null}
        <div className="sql-block-editor">
          <SqlEditor
            initialValue={ytext.toString()}
            ariaLabel={`SQL of ${typeof block.content.title === 'string' ? block.content.title : 'this block'}`}
            extensions={extensions}
            tables={tables}
            onRun={run}
            readOnly={readOnly}
            errorPosition={errorPosition}
            onView={drawer.onView}
            minHeight={60}
            placeholder="SELECT … (Ctrl/⌘+Enter runs)"
          />
        </div>
        {state.phase === 'done' && state.error?.code === 'TIMEOUT' ? (
          <TimeoutNotice state={state} projectId={projectId} />
        ) : (
          <RunStatus
            state={state}
            sql={committed}
            onCancel={() => void runner.cancel()}
            fix={(message) =>
              !readOnly && dataSourceId ? (
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
        ) : state.phase === 'idle' && selectedBlockId === block.id && !readOnly ? (
          <p className="faint" style={{ margin: 0 }}>
            Ctrl/⌘+Enter runs the query for everyone on the canvas.
          </p>
        ) : null}
      </div>
    </SchemaDrawerFrame>
  );
}
