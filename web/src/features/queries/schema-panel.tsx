// The schema drawer's content, the same on the query editor page and beside a canvas SQL block:
// a title with the source's name, the shortcut, a close button, and the schema browser.
import { Skeleton } from '../../ui/skeleton';
import { SCHEMA_SHORTCUT } from './schema-search';
import { SchemaTree } from './schema-tree';
import type { SourceSchema } from './use-schema';

interface Props {
  schema: SourceSchema;
  onInsert?: (text: string) => void;
  onClose?: () => void;
  autoFocus?: boolean;
}

export function SchemaPanel({ schema, onInsert, onClose, autoFocus }: Props) {
  return (
    <div className="schema-panel">
      <div className="schema-panel-head">
        <strong>Schema</strong>
        {schema.name ? <span className="faint schema-source">{schema.name}</span> : null}
        <span className="spacer" />
        {onClose ? (
          <button
            type="button"
            className="btn btn-ghost btn-sm icon-btn"
            onClick={onClose}
            aria-label="Close the schema"
            title={`Close (${SCHEMA_SHORTCUT.label})`}
          >
            ✕
          </button>
        ) : null}
      </div>
      {schema.error ? (
        <div className="alert" role="alert">
          {schema.error}
        </div>
      ) : schema.loading ? (
        <div role="status" aria-label="Loading the schema" style={{ display: 'grid', gap: 6 }}>
          <Skeleton height={26} />
          <Skeleton height={16} width="70%" />
          <Skeleton height={16} width="55%" />
        </div>
      ) : (
        <SchemaTree
          tables={schema.tables}
          dialect={schema.dialect}
          onInsert={onInsert}
          onEscape={onClose}
          autoFocus={autoFocus}
        />
      )}
      {onInsert && !schema.loading && !schema.error ? (
        <p className="faint schema-hint">
          Click or drag a column into the SQL; ↑↓ and Enter from the search box.
        </p>
      ) : null}
    </div>
  );
}
