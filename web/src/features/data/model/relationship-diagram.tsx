import { BOX_WIDTH, diagramLayout, HEADER, ROW } from './diagram-layout';
import type { EditableRelationship, EditableTable } from './model-edits';

/** Tables as boxes and joins as lines between their columns; inferred joins are dashed. */
export function RelationshipDiagram({
  tables,
  relationships,
}: {
  tables: EditableTable[];
  relationships: EditableRelationship[];
}) {
  if (relationships.length === 0)
    return (
      <p className="muted" style={{ margin: 0 }}>
        No relationships: each table is queried on its own. Add one below when two tables share a key.
      </p>
    );
  const { boxes, links, width, height } = diagramLayout(relationships);
  const labelOf = (name: string) => tables.find((t) => t.name === name)?.label || name;
  return (
    <figure className="diagram card" style={{ margin: 0 }}>
      <svg width={width} height={height} role="img" aria-labelledby="diagram-title diagram-desc">
        <title id="diagram-title">Relationships between tables</title>
        <desc id="diagram-desc">{links.map((l) => l.title).join('; ')}</desc>
        <defs>
          <marker
            id="diagram-arrow"
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L8,4 L0,8 z" fill="var(--accent)" />
          </marker>
        </defs>
        {boxes.map((box) => (
          <g key={box.table} transform={`translate(${box.x}, ${box.y})`}>
            <rect className="box" width={BOX_WIDTH} height={box.height} rx={8} />
            <path
              className="box-head"
              d={`M 0.5 8 a 7.5 7.5 0 0 1 7.5 -7.5 h ${BOX_WIDTH - 16} a 7.5 7.5 0 0 1 7.5 7.5 v ${HEADER - 8} h ${-BOX_WIDTH + 1} z`}
            />
            <text x={10} y={18} fontWeight={600}>
              {clip(labelOf(box.table), 24)}
            </text>
            {box.columns.map((column, i) => (
              <text
                key={column}
                className="col-text"
                x={10}
                y={HEADER + i * ROW + 15}
                fontFamily="ui-monospace, monospace"
              >
                {clip(column, 26)}
              </text>
            ))}
          </g>
        ))}
        {links.map((link) => (
          <path
            key={link.key}
            className={`link${link.inferred ? ' inferred' : ''}`}
            d={link.path}
            markerEnd="url(#diagram-arrow)"
          >
            <title>{link.title}</title>
          </path>
        ))}
      </svg>
      <figcaption className="row faint" style={{ fontSize: 12, gap: 14, paddingTop: 6 }}>
        <span>
          <svg width="28" height="6" aria-hidden="true">
            <line x1="0" y1="3" x2="28" y2="3" className="link" />
          </svg>{' '}
          confirmed
        </span>
        <span>
          <svg width="28" height="6" aria-hidden="true">
            <line x1="0" y1="3" x2="28" y2="3" className="link inferred" />
          </svg>{' '}
          inferred
        </span>
      </figcaption>
    </figure>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
