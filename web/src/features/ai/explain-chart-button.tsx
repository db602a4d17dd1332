import type { BlockJson, ChartView } from '@tessera/canvas-model';
import { useState } from 'react';
import { useClient } from 'urql';
import { describeChart, explainChartSql, type ChartData } from './explain-chart';
import './ask-canvas.css';

/** "Explain this chart" on a chart block: its data in words, and what its SQL computes. */
export function ExplainChartButton({
  spec,
  data,
  source,
}: {
  spec: ChartView | null;
  data: ChartData | null;
  source: BlockJson | undefined;
}) {
  const client = useClient();
  const [text, setText] = useState<{ chart: string; sql: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!spec || !data) return null;
  const explain = async () => {
    if (text) return setText(null);
    setBusy(true);
    const sql = typeof source?.content.sql === 'string' ? source.content.sql : '';
    const dataSourceId =
      typeof source?.content.dataSourceId === 'string' ? source.content.dataSourceId : null;
    const sqlText = sql ? await explainChartSql(client, sql, dataSourceId) : null;
    setBusy(false);
    setText({ chart: describeChart(spec, data), sql: sqlText });
  };
  return (
    <>
      <button
        className="btn btn-sm"
        aria-expanded={text !== null}
        disabled={busy}
        onClick={() => void explain()}
      >
        {busy ? 'Explaining…' : 'Explain this chart'}
      </button>
      {text ? (
        <div
          className="chart-explanation"
          role="note"
          aria-label="What this chart shows"
          data-testid="chart-explanation"
        >
          <p style={{ margin: 0 }}>{text.chart}</p>
          {text.sql ? (
            <p className="muted" style={{ margin: '4px 0 0' }}>
              The data: {text.sql}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
