// FILTER block: a select or a date range. Its value (the person's own choice, else the shared
// `content.default`) is the parameter {{parameter}} (or {{parameter_from}} / {{parameter_to}}) of the SQL blocks it
// targets (all of them when `targets` is empty). Share-link locks win and cannot be changed; a
// read-only viewer's own choice stays in their view. Choices are listed, or read from a column of a
// SQL block's result (canvas-model R17).
import { readFilter, updateBlock, type BlockJson, type FilterBlock } from '@tessera/canvas-model';
import { useState } from 'react';
import { useBlockSelected, useCanvasBase, useCanvasViewState } from '../runtime';
import { useBlocks } from '../use-canvas-doc';
import { blockTitle } from './block-body';
import { FilterBinder } from './filter-binder';
import { useSourceRun } from './source';

const MAX_CHOICES = 1000;

/** The filter's choices: its `options`, or the distinct values of `optionsFrom.column` once the source ran. */
function useChoices(filter: FilterBlock): string[] {
  const from = filter.optionsFrom;
  const { run } = useSourceRun(from?.sourceBlockId ?? null);
  const index = from && run ? run.columns.findIndex((c) => c.name === from.column) : -1;
  if (!run || index < 0) return filter.options.map(String);
  const values = run.rows.map((row) => row[index]).filter((v) => v !== null && v !== undefined);
  return [...new Set(values.map(String))].slice(0, MAX_CHOICES);
}

export function FilterBlock({ block }: { block: BlockJson }) {
  const { doc, readOnly, lockedFilters, setFilterOverride } = useCanvasBase();
  const { filterOverrides } = useCanvasViewState();
  const selected = useBlockSelected();
  const sqlBlocks = useBlocks(doc).filter((b) => b.type === 'SQL');
  const filter: FilterBlock = readFilter(block) ?? {
    id: block.id,
    parameter: 'param',
    kind: 'select',
    options: [],
    optionsFrom: null,
    default: undefined,
    targets: [],
  };
  const locked = filter.parameter in lockedFilters;
  const label = filter.label || filter.parameter;
  const [settings, setSettings] = useState(false);
  // optionsFrom is written once it names a column too (an incomplete one would not validate).
  const [fromSource, setFromSource] = useState(filter.optionsFrom?.sourceBlockId ?? '');
  const value = locked
    ? lockedFilters[filter.parameter]
    : filter.parameter in filterOverrides
      ? filterOverrides[filter.parameter]
      : filter.default;
  // Per-person views: a choice is the person's own (kept in presence, not in the document); the
  // stored `default` is the shared view, written by "Share my view".
  const setValue = (next: unknown) => setFilterOverride(filter.parameter, next);
  const mine = !locked && filter.parameter in filterOverrides;
  const options = useChoices(filter);
  const range = (typeof value === 'object' && value !== null ? value : {}) as { from?: string; to?: string };

  return (
    <div className="filter-block" data-parameter={filter.parameter}>
      <div className="row" style={{ flexWrap: 'wrap' }}>
        {filter.kind === 'dateRange' ? (
          <>
            <label className="filter-control">
              <span>{label} from</span>
              <input
                type="date"
                value={range.from ?? ''}
                disabled={locked}
                onChange={(e) => setValue({ from: e.target.value, to: range.to ?? e.target.value })}
              />
            </label>
            <label className="filter-control">
              <span>to</span>
              <input
                type="date"
                value={range.to ?? ''}
                disabled={locked}
                onChange={(e) => setValue({ from: range.from ?? e.target.value, to: e.target.value })}
              />
            </label>
          </>
        ) : (
          <label className="filter-control">
            <span>{label}</span>
            <select
              value={value === null || value === undefined ? '' : String(value)}
              disabled={locked}
              onChange={(e) => setValue(e.target.value === '' ? null : e.target.value)}
              aria-label={label}
            >
              {options.includes('All') ? null : <option value="">All</option>}
              {options.map((o) => (
                <option key={o}>{o}</option>
              ))}
            </select>
          </label>
        )}

        {mine && JSON.stringify(value ?? null) !== JSON.stringify(filter.default ?? null) ? (
          <span className="badge" title="Only you see this value until you share your view">
            your view
          </span>
        ) : null}
        {locked ? (
          <span className="badge" title="Fixed by the share link">
            🔒 locked
          </span>
        ) : null}
        {!readOnly && selected ? (
          <button
            className="btn btn-sm btn-ghost"
            aria-label="Filter settings"
            aria-expanded={settings}
            onClick={() => setSettings((s) => !s)}
          >
            ⚙
          </button>
        ) : null}
      </div>
      {filter.kind === 'select' && !filter.optionsFrom && filter.options.length === 0 && !readOnly ? (
        <FilterBinder block={block} sqlBlocks={sqlBlocks} />
      ) : null}
      {settings && !readOnly ? (
        <div className="filter-settings">
          <label>
            Parameter
            <input
              defaultValue={filter.parameter}
              pattern="[A-Za-z_]\w*"
              onBlur={(e) =>
                /^[A-Za-z_]\w*$/.test(e.target.value) &&
                updateBlock(doc, block.id, { content: { parameter: e.target.value } })
              }
            />
          </label>
          <label>
            Kind
            <select
              value={filter.kind}
              onChange={(e) =>
                updateBlock(doc, block.id, { content: { kind: e.target.value, default: null } })
              }
            >
              <option value="select">Select</option>
              <option value="dateRange">Date range</option>
            </select>
          </label>
          {filter.kind === 'select' ? (
            <>
              <label>
                Choices from
                <select
                  value={fromSource}
                  onChange={(e) => {
                    setFromSource(e.target.value);
                    if (!e.target.value) updateBlock(doc, block.id, { content: { optionsFrom: null } });
                    else if (filter.optionsFrom)
                      updateBlock(doc, block.id, {
                        content: { optionsFrom: { ...filter.optionsFrom, sourceBlockId: e.target.value } },
                      });
                  }}
                >
                  <option value="">The list below</option>
                  {sqlBlocks.map((b) => (
                    <option key={b.id} value={b.id}>
                      {blockTitle(b)}
                    </option>
                  ))}
                </select>
              </label>
              {fromSource ? (
                <label>
                  Column
                  <input
                    defaultValue={filter.optionsFrom?.column ?? ''}
                    onBlur={(e) =>
                      e.target.value.trim() &&
                      updateBlock(doc, block.id, {
                        content: {
                          optionsFrom: { sourceBlockId: fromSource, column: e.target.value.trim() },
                        },
                      })
                    }
                  />
                </label>
              ) : (
                <label>
                  Options (comma-separated)
                  <input
                    defaultValue={filter.options.join(', ')}
                    onBlur={(e) =>
                      updateBlock(doc, block.id, {
                        content: {
                          options: e.target.value
                            .split(',')
                            .map((s) => s.trim())
                            .filter(Boolean),
                        },
                      })
                    }
                  />
                </label>
              )}
            </>
          ) : null}
          <p className="faint" style={{ margin: 0 }}>
            Use it in SQL as{' '}
            <code>
              {filter.kind === 'dateRange'
                ? `{{${filter.parameter}_from}} / {{${filter.parameter}_to}}`
                : `{{${filter.parameter}}}`}
            </code>
          </p>
        </div>
      ) : null}
    </div>
  );
}
