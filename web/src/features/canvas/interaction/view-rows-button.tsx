// "View rows" beside a block's selected mark: opens the drill-down panel for it (also: shift-click
// or the context menu on a mark).
import { commentOnPoint } from '../../comments/pending-anchor';
import { useCanvasBase } from '../runtime';
import type { InteractionFilter } from './view-state';

export function ViewRowsButton({ selected }: { selected: InteractionFilter | null }) {
  const { drill, openComments } = useCanvasBase();
  if (!selected || !drill) return null;
  return (
    <div className="xf-selection" role="group" aria-label="Selected mark">
      <span className="faint">
        {selected.field} = <strong>{String(selected.value)}</strong>
      </span>
      <button type="button" className="btn btn-sm" onClick={() => drill(selected)}>
        View rows
      </button>
      {openComments ? (
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => {
            commentOnPoint({
              blockId: selected.sourceBlockId,
              field: selected.field,
              value: String(selected.value),
            });
            openComments(selected.sourceBlockId);
          }}
        >
          Comment
        </button>
      ) : null}
    </div>
  );
}
