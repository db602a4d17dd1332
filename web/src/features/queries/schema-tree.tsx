// The schema browser shared by the query editor page and the canvas's schema drawer: a search box
// (a combobox over a tree: arrows move, → / ← open and close a table, Enter inserts), tables with
// their columns, types and, when the semantic model has them, labels and role icons. A click
// inserts `table.column` (or the table's name); rows can be dragged into an editor.
import { useId, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import {
  filterSchema,
  moveActive,
  rowKey,
  visibleRows,
  type ColumnRole,
  type SchemaRow,
  type SchemaTable,
} from './schema-search';
import { referenceText, SCHEMA_DRAG_TYPE, type SqlDialect } from './sql-insert';

const ROLE_ICONS: Record<ColumnRole, { icon: string; label: string }> = {
  MEASURE: { icon: 'Σ', label: 'Measure' },
  DIMENSION: { icon: '◇', label: 'Dimension' },
  TIME: { icon: '◷', label: 'Time' },
  IDENTIFIER: { icon: '#', label: 'Identifier' },
};

interface Props {
  tables: readonly SchemaTable[];
  dialect?: SqlDialect;
  /** Inserts into the editor; without it (a read-only editor) the tree only browses. */
  onInsert?: (text: string) => void;
  /** Escape in the search box (the drawer closes and gives focus back to the editor). */
  onEscape?: () => void;
  autoFocus?: boolean;
}

function insertTextOf(row: SchemaRow, dialect: SqlDialect): string {
  return referenceText(row.table.name, row.kind === 'column' ? row.column.name : null, dialect);
}

export function SchemaTree({ tables, dialect = 'postgres', onInsert, onEscape, autoFocus }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(-1);
  const searching = query.trim().length > 0;
  const filtered = useMemo(() => filterSchema(tables, query), [tables, query]);
  const rows = useMemo(() => visibleRows(filtered, toggled, searching), [filtered, toggled, searching]);
  const activeRow = rows[active];
  const rowId = (row: SchemaRow) => `${id}-${rowKey(row).replace(/[^\w-]/g, '_')}`;

  const toggle = (table: string) => {
    setToggled((t) => {
      const next = new Set(t);
      if (!next.delete(table)) next.add(table);
      return next;
    });
  };
  const search = (text: string) => {
    setQuery(text);
    setToggled(new Set());
    if (!text.trim()) return setActive(-1);
    // The first matching column is what a search usually looks for.
    const next = visibleRows(filterSchema(tables, text), new Set(), true);
    setActive(
      Math.max(
        0,
        next.findIndex((r) => r.kind === 'column'),
      ),
    );
  };
  const insert = (row: SchemaRow) => onInsert?.(insertTextOf(row, dialect));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (
      e.key === 'ArrowDown' ||
      e.key === 'ArrowUp' ||
      ((e.key === 'Home' || e.key === 'End') && active >= 0)
    ) {
      e.preventDefault();
      setActive(moveActive(active, e.key, rows.length));
    } else if (e.key === 'Enter' && activeRow) {
      e.preventDefault();
      insert(activeRow);
    } else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && activeRow) {
      if (activeRow.kind === 'column') {
        if (e.key === 'ArrowLeft') {
          e.preventDefault();
          setActive(rows.findIndex((r) => r.kind === 'table' && r.table === activeRow.table));
        }
        return;
      }
      if ((e.key === 'ArrowRight') !== activeRow.expanded) {
        e.preventDefault();
        toggle(activeRow.table.name);
      }
    } else if (e.key === 'Escape') {
      if (query) {
        e.preventDefault();
        search('');
      } else if (onEscape) {
        e.preventDefault();
        e.stopPropagation();
        onEscape();
      }
    }
  };

  const dragStart = (e: DragEvent, row: SchemaRow) => {
    const text = insertTextOf(row, dialect);
    e.dataTransfer.setData(SCHEMA_DRAG_TYPE, text);
    e.dataTransfer.setData('text/plain', text);
    e.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <div className="schema-browser">
      <input
        type="search"
        className="schema-search"
        placeholder="Search tables and columns"
        aria-label="Search tables and columns"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-tree`}
        aria-autocomplete="list"
        aria-activedescendant={activeRow ? rowId(activeRow) : undefined}
        value={query}
        autoFocus={autoFocus}
        onChange={(e) => search(e.target.value)}
        onKeyDown={onKeyDown}
        maxLength={200}
      />
      {tables.length === 0 ? (
        <p className="muted">No tables found.</p>
      ) : rows.length === 0 ? (
        <p className="muted" role="status">
          Nothing matches “{query.trim()}”.
        </p>
      ) : null}
      <div role="tree" id={`${id}-tree`} className="schema-tree" aria-label="Tables">
        {rows.map((row, index) =>
          row.kind === 'table' ? (
            <div
              key={rowKey(row)}
              id={rowId(row)}
              role="treeitem"
              aria-level={1}
              aria-expanded={row.expanded}
              aria-selected={index === active}
              className={`schema-row schema-table${index === active ? ' active' : ''}`}
              draggable={Boolean(onInsert)}
              onDragStart={(e) => dragStart(e, row)}
            >
              <button
                type="button"
                tabIndex={-1}
                className="schema-toggle"
                onClick={() => (setActive(index), toggle(row.table.name))}
                title={row.expanded ? 'Hide columns' : 'Show columns'}
              >
                <span aria-hidden="true" className="schema-chevron">
                  {row.expanded ? '▾' : '▸'}
                </span>
                <span className="mono">{row.table.name}</span>
                {row.table.label ? <span className="faint schema-label">{row.table.label}</span> : null}
              </button>
              {onInsert ? (
                <button
                  type="button"
                  tabIndex={-1}
                  className="schema-insert"
                  onClick={() => (setActive(index), insert(row))}
                  aria-label={`Insert ${row.table.name}`}
                  title="Insert the table name"
                >
                  ↵
                </button>
              ) : null}
            </div>
          ) : (
            <div
              key={rowKey(row)}
              id={rowId(row)}
              role="treeitem"
              aria-level={2}
              aria-selected={index === active}
              className={`schema-row schema-column${index === active ? ' active' : ''}${onInsert ? ' insertable' : ''}`}
              draggable={Boolean(onInsert)}
              onDragStart={(e) => dragStart(e, row)}
              onClick={() => (setActive(index), insert(row))}
              title={
                onInsert ? `Insert ${insertTextOf(row, dialect)} (or drag it into the editor)` : undefined
              }
            >
              <RoleIcon role={row.column.role} />
              <span className="mono schema-name">{row.column.name}</span>
              {row.column.label ? <span className="faint schema-label">{row.column.label}</span> : null}
              <span className="faint schema-type">{row.column.type.toLowerCase()}</span>
            </div>
          ),
        )}
      </div>
    </div>
  );
}

function RoleIcon({ role }: { role: ColumnRole | undefined }) {
  if (!role) return <span className="schema-role" aria-hidden="true" />;
  const { icon, label } = ROLE_ICONS[role];
  return (
    <span className={`schema-role role-${role.toLowerCase()}`} role="img" aria-label={label} title={label}>
      {icon}
    </span>
  );
}
